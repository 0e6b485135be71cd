import type { Vacancy } from "@/types/vacancy";

export const vacancies: Vacancy[] = [
  {
    slug: "internationaal-chauffeur",
    locations: ["Coevorden", "Almelo"],
    hours: 40,
    publishedAt: new Date("2026-08-05"),
    image: "/images/chauffeur-01.webp",
    active: true,
    translations: {
      nl: {
        title: "Internationaal Chauffeur",
        department: "Transport",
        employmentType: "Fulltime",
        description:
          "Houd je van internationale ritten, goed materieel en duidelijke afspraken? Stap in en breng onze deel- en complete ladingen door heel Europa.",
        sections: [
          {
            title: "Europa wordt jouw werkgebied",
            paragraphs: [
              "Als Internationaal Chauffeur bij Interlogic vervoer je deel- en complete ladingen naar uiteenlopende bestemmingen in Europa. Je bent gedurende de werkweek van huis en krijgt onderweg veel vrijheid en verantwoordelijkheid.",
              "Een belangrijk onderdeel van je werk is het efficiënt koppelen en wisselen van trailers op strategische locaties. Je houdt contact met onze planning, controleert je documenten en zorgt dat lading, materieel en afspraken in goede handen zijn.",
            ],
            bullets: [
              "Deel- en complete ladingen door Europa vervoeren",
              "Trailers veilig en efficiënt koppelen en wisselen",
              "Lading en transportdocumenten zorgvuldig controleren",
              "Onderweg duidelijk afstemmen met de planning en klanten",
              "Jouw truck netjes houden en professioneel omgaan met ons materieel",
            ],
          },
          {
            title: "Dit neem jij mee",
            paragraphs: [
              "Je werkt graag zelfstandig, maar weet dat goed transport teamwork is. Ook wanneer een rit anders loopt dan gepland, blijf je rustig, betrouwbaar en oplossingsgericht.",
            ],
            bullets: [
              "Rijbewijs B, C en CE, een geldige Code 95 en bestuurderskaart",
              "Een goede beheersing van het Nederlands; Duits en/of Engels is mooi meegenomen",
              "De bereidheid om van maandag tot en met vrijdag onderweg te zijn",
              "Een zelfstandige, zorgvuldige en betrouwbare werkhouding",
            ],
          },
          {
            title: "Daarom rijd je bij Interlogic",
            paragraphs: [
              "Je vertrekt vanuit Coevorden of Almelo en rijdt met modern, goed uitgerust materieel dat onderweg echt jouw werkplek is. Je komt terecht in een klein en hecht team met korte lijnen naar de planning.",
            ],
            bullets: [
              "Arbeidsvoorwaarden en salaris volgens de cao Beroepsgoederenvervoer",
              "Uitzicht op een vast dienstverband",
              "Bedrijfsfitness, aanvullende vakantiedagen en gezamenlijke teamactiviteiten",
              "Een professionele organisatie waarin afspraak ook echt afspraak is",
            ],
          },
        ],
      },
      en: {
        title: "International Driver",
        department: "Transport",
        employmentType: "Full-time",
        description:
          "Do you enjoy international routes, quality equipment and clear agreements? Get behind the wheel and move our part and full loads across Europe.",
        sections: [
          {
            title: "Europe becomes your workplace",
            paragraphs: [
              "As an International Driver at Interlogic, you transport part and full loads to a wide range of destinations across Europe. You spend the working week away from home and enjoy considerable freedom and responsibility on the road.",
              "Efficiently coupling and exchanging trailers at strategic locations is an important part of your work. You stay in contact with planning, check your documents and make sure cargo, equipment and commitments are in safe hands.",
            ],
            bullets: [
              "Transport part and full loads throughout Europe",
              "Couple and exchange trailers safely and efficiently",
              "Carefully check cargo and transport documents",
              "Coordinate clearly with planning and customers while on the road",
              "Keep your truck tidy and treat our equipment professionally",
            ],
          },
          {
            title: "What you bring",
            paragraphs: [
              "You enjoy working independently while understanding that successful transport is a team effort. When a journey takes an unexpected turn, you remain calm, reliable and solution-oriented.",
            ],
            bullets: [
              "B, C and CE driving licences, a valid Code 95 qualification and driver card",
              "A good command of Dutch; German and/or English is an advantage",
              "Willingness to be away from home from Monday through Friday",
              "An independent, careful and reliable approach to work",
            ],
          },
          {
            title: "Why drive for Interlogic",
            paragraphs: [
              "You start from Coevorden or Almelo and drive modern, well-equipped vehicles that become a genuine workplace on the road. You join a close-knit team with direct contact to planning.",
            ],
            bullets: [
              "Salary and employment conditions in accordance with the Dutch road haulage collective agreement",
              "The prospect of a permanent contract",
              "Company fitness, additional leave days and team activities",
              "A professional organisation where agreements really matter",
            ],
          },
        ],
      },
      de: {
        title: "Internationaler Fahrer",
        department: "Transport",
        employmentType: "Vollzeit",
        description:
          "Du liebst internationale Touren, gutes Material und klare Absprachen? Dann steige ein und bringe unsere Teil- und Komplettladungen durch ganz Europa.",
        sections: [
          {
            title: "Europa wird dein Arbeitsplatz",
            paragraphs: [
              "Als internationaler Fahrer bei Interlogic transportierst du Teil- und Komplettladungen zu unterschiedlichen Zielen in Europa. Während der Arbeitswoche bist du unterwegs und genießt dabei viel Freiheit und Verantwortung.",
              "Das effiziente An- und Abkuppeln sowie Wechseln von Aufliegern an strategischen Standorten ist ein wichtiger Teil deiner Arbeit. Du hältst Kontakt mit unserer Disposition, prüfst deine Dokumente und sorgst dafür, dass Ladung, Fahrzeug und Vereinbarungen in guten Händen sind.",
            ],
            bullets: [
              "Teil- und Komplettladungen durch Europa transportieren",
              "Auflieger sicher und effizient an- und abkuppeln sowie wechseln",
              "Ladung und Transportdokumente sorgfältig kontrollieren",
              "Unterwegs klar mit Disposition und Kunden kommunizieren",
              "Deinen Lkw sauber halten und professionell mit unserem Material umgehen",
            ],
          },
          {
            title: "Das bringst du mit",
            paragraphs: [
              "Du arbeitest gerne selbstständig, weißt aber auch, dass guter Transport Teamarbeit ist. Läuft eine Tour anders als geplant, bleibst du ruhig, zuverlässig und lösungsorientiert.",
            ],
            bullets: [
              "Führerscheine B, C und CE, gültige Code-95-Qualifikation und Fahrerkarte",
              "Gute Niederländischkenntnisse; Deutsch und/oder Englisch sind von Vorteil",
              "Bereitschaft, von Montag bis Freitag unterwegs zu sein",
              "Eine selbstständige, sorgfältige und zuverlässige Arbeitsweise",
            ],
          },
          {
            title: "Darum fährst du bei Interlogic",
            paragraphs: [
              "Du startest in Coevorden oder Almelo und fährst mit modernen, gut ausgestatteten Fahrzeugen, die unterwegs zu deinem echten Arbeitsplatz werden. Dich erwartet ein kleines, eng verbundenes Team mit kurzen Wegen zur Disposition.",
            ],
            bullets: [
              "Gehalt und Arbeitsbedingungen nach dem niederländischen Tarifvertrag für den Güterverkehr",
              "Aussicht auf eine Festanstellung",
              "Betriebliche Fitnessangebote, zusätzliche Urlaubstage und gemeinsame Teamaktivitäten",
              "Eine professionelle Organisation, in der Absprachen wirklich zählen",
            ],
          },
        ],
      },
    },
  },
];
