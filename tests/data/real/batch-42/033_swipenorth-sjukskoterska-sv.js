  {
    id: 4,
    workTitle: "Sjuksköterska, Akuten",
    company: "Region Västerbotten, Akutmottagning Skellefteå",
    time: "100%",
    lastApplyDate: "2023-04-19",
    salary: "34'000 - 39'000",
    description:
      "Som medarbetare på akuten möter du hela tiden nya patienter med olika typer av medicinska diagnoser och olycksfall. Det är ett stimulerande arbete som innebär nära samarbete mellan kollegor, yrkesgrupper och andra kliniker.",
  },
