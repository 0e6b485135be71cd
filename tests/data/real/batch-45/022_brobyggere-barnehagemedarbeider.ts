export type VacancySection =
  | {
      type: "text";
      title: string;
      paragraphs: string[];
    }
  | {
      type: "list";
      title: string;
      items: string[];
    };

export type ContactPerson = {
  image: string; // placeholder path (you will replace)
  name: string;
  title: string; // e.g. "HR-konsulent"
  phone: string; // display label e.g. "+47 479 68 163"
  email: string;
};

export type VacancyRegion = "vestlandet" | "oslo" | "akershus" | "rogaland";

/**
 * Subregions / areas (the nested items)
 * Note: you wrote "Sadness" — I assume you meant "Sandnes".
 */
export type VacancyArea =
  | "bergen"
  | "askoy"
  | "oygarden"
  | "oslo"
  | "asker"
  | "lillestrom"
  | "ullensaker"
  | "lorenskog"
  | "ralingen"
  | "baerum"
  | "stavanger"
  | "sandnes";

export type RegionNode =
  | {
      key: VacancyRegion;
      label: string;
      children: { key: VacancyArea; label: string }[];
    }
  | {
      key: VacancyRegion;
      label: string;
      children?: undefined; // no nesting
      selfAreaKey: VacancyArea; // used for "Oslo" single item
    };

export const regionTree: RegionNode[] = [
  {
    key: "vestlandet",
    label: "Vestlandet",
    children: [
      { key: "bergen", label: "Bergen" },
      { key: "askoy", label: "Askøy" },
      { key: "oygarden", label: "Øygarden" },
    ],
  },
  {
    key: "oslo",
    label: "Oslo",
    selfAreaKey: "oslo",
  },
  {
    key: "akershus",
    label: "Akershus",
    children: [
      { key: "asker", label: "Asker" },
      { key: "lillestrom", label: "Lillestrøm" },
      { key: "ullensaker", label: "Ullensaker" },
      { key: "lorenskog", label: "Lørenskog" },
      { key: "ralingen", label: "Rælingen" },
      { key: "baerum", label: "Bærum" },
    ],
  },
  {
    key: "rogaland",
    label: "Rogaland",
    children: [
      { key: "stavanger", label: "Stavanger" },
      { key: "sandnes", label: "Sandnes" },
    ],
  },
];

export const areaLabel: Record<VacancyArea, string> = {
  bergen: "Bergen",
  askoy: "Askøy",
  oygarden: "Øygarden",
  oslo: "Oslo",
  asker: "Asker",
  lillestrom: "Lillestrøm",
  ullensaker: "Ullensaker",
  lorenskog: "Lørenskog",
  ralingen: "Rælingen",
  baerum: "Bærum",
  stavanger: "Stavanger",
  sandnes: "Sandnes",
};

export const regionLabel: Record<VacancyRegion, string> = {
  vestlandet: "Vestlandet",
  oslo: "Oslo",
  akershus: "Akershus",
  rogaland: "Rogaland",
};

export interface Vacancy {
  id: number;
  slug: string;

  // ✅ NEW structure
  region: VacancyRegion;
  areas: VacancyArea[]; // can be multiple subregions but must be within the same region

  title: string;
  shortDescription: string;
  image: string;
  openPositions: number;
  details: VacancySection[];
  contactPerson: ContactPerson;
}

export const vacanciesData: Vacancy[] = [
  {
    id: 1,
    slug: "barnehageassistent-bergen",
    region: "vestlandet",
    areas: ["bergen", "askoy", "oygarden"],
    title: "Barnehagemedarbeider (Assistent)",
    shortDescription:
      "Vi søker barnehagemedarbeidere og assistenter til Bergen, Askøy og Øygarden. For deg som ønsker en givende og fleksibel jobb.",
    image: "/assets/img/vacancies/bergen1.webp",
    openPositions: 14,
    details: [
      {
        type: "text",
        title:
          "Vi søker barnehagemedarbeidere (assistenter) i Bergen og omegn.",
        paragraphs: [
          "Vi søker nå etter engasjerte og omsorgsfulle medarbeidere til vikaroppdrag i barnehage! Som vikar i Brobyggere kan du få tildelt både korte og langvarige oppdrag etter din tilgjengelighet. Du velger selv hvor ofte du ønsker å jobbe, fra en dag i uken til fem.",
          "Som vikar vil du få muligheten til å jobbe med barn i ulike aldersgrupper og miljøer. Stillingen passer for deg som er student, ønsker en fleksibel hverdag eller er på jakt etter verdifull erfaring. En bonus er at våre medarbeidere ofte får tilbud om faste eller deltidsstillinger direkte hos oppdragsgivere etter en periode som vikar hos oss.",
        ],
      },

      {
        type: "list",
        title:
          "Om du kjenner deg igjen i følgende beskrivelse, kan dette være jobben for deg:",
        items: [
          "Du har fortrinnsvis erfaring med å jobbe med barn, eksempelvis som barnehage/skole-assistent, trener i barneidretten, ansvarlig i korps/teater eller barnevakt",
          "Du er ansvarsfull, pålitelig og selvdrevet ",
          "Du trives med å være kreativ, delta i lek og være i aktivitet ute med barn ",
          "Du ser hvert barn og tilrettelegger etter deres behov",
          "Du er god til å bygge relasjoner og ønsker å være en positiv rollemodell for barn og unge",
          "Du studerer eller er ferdig utdannet barnehagelærer, grunnskolelærer, psykologi, pedagogikk, sosiologi, barnevern eller barne-og ungdomsarbeider ",
          "Relevant utdanning er ikke et krav, men en fordel.",
        ],
      },

      {
        type: "list",
        title: "Kvalifikasjonskrav:",
        items: [
          "Norsk språknivå på minimum B1 (dokumentasjon i form av avlagt norskprøve)",
          "Du er bosatt og kan arbeide innen følgende områder: Bergen, Askøy, Øygarden",
        ],
      },

      {
        type: "text",
        title: "Arbeidsoppgaver:",
        paragraphs: [""],
      },

      {
        type: "text",
        title: "",
        paragraphs: ["Barnehageassistent/Barnehagelærer:"],
      },

      {
        type: "list",
        title: "",
        items: [
          "Bidra til et trygt, inkluderende og positivt læringsmiljø for barna",
          "Delta aktivt i barnas hverdag og bistå dem i deres utvikling",
          "Planlegge og gjennomføre aktiviteter som fremmer både læring og lek",
          "Være en imøtekommende og behjelpelig kollega for personalet i barnehagen",
          "Bidra til et godt foreldresamarbeid ved å introdusere deg selv når foreldre leverer barna og fortelle dem om barnas dag når de henter på slutten av dagen.",
        ],
      },

      {
        type: "list",
        title: "Vi tilbyr:",
        items: [
          "Grundig opplæring i forventninger til rollen som pedagogisk personell",
          "Konkurransedyktig lønn etter tariffavtale",
          "Et godt arbeidsmiljø med fokus på inkludering, anerkjennelse og trivsel",
          "Månedlige sosiale treff for ansatte i Brobyggere",
          "Du får mulighet til å bli kjent med andre vikarer og utveksle erfaringer",
          "Fleksibilitet i arbeidstid og varighet på oppdrag",
          "Gode utviklingsmuligheter",
          "Tilbud om kurs, oppfølging og veiledning ved behov",
        ],
      },
    ],

    // ✅ NEW
    contactPerson: {
      image: "/assets/img/team/stine.webp",
      name: "Stine Soltvedt",
      title: "HR-konsulent",
      phone: "+47 479 68 163",
      email: "stine@brobyggere.com",
    },
  },
