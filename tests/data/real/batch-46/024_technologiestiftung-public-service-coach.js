      {
        headline: {
          en: "Public Service Coach (x/f/m)",
          de: "Public Service Coach (d/w/m)",
        },
        worktype: {
          en: "Voll- oder Teilzeit",
          de: "Voll- oder Teilzeit",
        },
        description: {
          en:
            "Als Verstärkung für unser Smart City-Team suchen wir zum frühestmöglichen Zeitpunkt eine:n Public Service Coach (d/w/m), in Voll- oder Teilzeit.",
          de:
            "Als Verstärkung für unser Smart City-Team suchen wir zum frühestmöglichen Zeitpunkt eine:n Public Service Coach (d/w/m), in Voll- oder Teilzeit.",
        },
        url:
          "https://www.technologiestiftung-berlin.de/de/stiftung/stellenangebote/public-service-coach/",
      },  
