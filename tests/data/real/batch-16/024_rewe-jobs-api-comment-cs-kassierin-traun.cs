using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace REWE.JobService.Domain.Jobs
{
    internal class JobOffer
    {
        /*
         * "job": {
    "jobId": "02105-83-2-4-4050-T",
    "jobDescriptionId": "02105-83-2-4",
    "accountingCompanyId": "02105",
    "accountingCompany": "PENNY",
    "displayAccountingCompanyId": "02105",
    "displayAccountingCompany": "PENNY",
    "jobType": "83",
    "title": "Kassier:in mit Regalbetreuung",
    "shortDescription": "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/gNpROGebQe8\" frameborder=\"0\" allowfullscreen></iframe>",
    "employmentLevelId": "T",
    "employmentLevel": "Teilzeit",
    "jobNumber": 2,
    "paymentClass": 4,
    "jobGroups": [
      {
        "jobGroupId": 19,
        "name": "Verkauf",
        "subGroups": [
          {
            "jobGroupId": 34,
            "name": "Kassa",
            "subGroups": []
          }
        ]
      }
    ],
    "countryCode": "AUT",
    "zip": "4050",
    "city": "Traun",
    "provinceId": "AUT-4",
    "provinceNumber": 4,
    "provinceName": "Oberösterreich",
    "districtId": "AUT-410",
    "districtNumber": 410,
    "districtName": "Linz-Land",
    "startDate": "2022-09-05T00:00:00",
    "creationDate": "2022-09-05T13:00:12",
    "hours": 20,
    "minHours": 20,
    "amountOfJobs": 2,
    "stores": [
      {
        "id": 4140,
        "street": "Unterer Floetzerweg 40",
        "amountOfJobs": 2
      }
    ],
    "synonyms": [
      "Convenience",
      "Kassa",
      "Kassier",
      "Kunden",
      "Kundenberatung",
      "Qualität",
      "Regalbetreuer",
      "Regalbetreuung",
      "Reklamation",
      "Verkaufsmitarbeiter"
    ],
    "jobLevels": [
      "Einstiegsposition",
      "Position mit Berufserfahrung"
    ]
  },
  "description": {
    "jobDescriptionId": "02105-83-2-4",
    "jobType": 83,
    "jobNumber": 2,
    "paymentClass": 4,
    "name": "Kassier:in mit Regalbetreuung",
    "shortDescription": "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/gNpROGebQe8\" frameborder=\"0\" allowfullscreen></iframe>",
    "description": "Sie wollen Teil eines ambitionierten Teams in einem internationalen Handelsunternehmen werden? Sie suchen einen Arbeitsplatz, der Sie fordert aber gleichzeitig etwas zurückgibt? Alle reden von Teamgeist, aber Sie möchten diesen auch wirklich mal erleben?\nWir bei PENNY sind stolz auf unsere 2.900 Mitarbeiter:innen und suchen engagierte, kreative und eigenverantwortlich handelnde Persönlichkeiten. Sie geben uns Impulse - wir bieten Ihnen Perspektiven.\nGemeinsam wollen wir noch mehr erreichen, daher suchen wir Verstärkung für unser Team!\n",
    "functions": [
      "Kassiertätigkeit",
      "Einschlichten der Ware in die Regale",
      "Aufbacken von frischem Brot und Gebäck",
      "Laufende Kontrolle der Frische",
      "Verantwortung für ein ordentliches Erscheinungsbild der Regale sowie der Filiale",
      "Beratung der Kund:innen\n",
      "Arbeitszeit nach Vereinbarung im Zeitrahmen Mo-Fr: 6:00-19:30 Uhr bzw. 6:00 bis 20:30 in den Ballungszentren (Wien, St.Pölten, Linz, Salzburg Stadt, Graz und Klagenfurt) und Sa: 6:00-18:30 Uhr"
    ],
    "skills": [
      "Berufserfahrung in ähnlicher Position von Vorteil",
      "Freundliches und gepflegtes Auftreten",
      "Freude am Umgang mit Menschen",
      "Zeitliche Flexibilität und Belastbarkeit",
      "Zuverlässigkeit, Engagement sowie Genauigkeit",
      "Deutschkenntnisse der Tätigkeit entsprechend",
      "Einwandfreies Leumundszeugnis"
    ],
    "offers": [
      "Langfristige, abwechslungsreiche Tätigkeit bei einem verlässlichen Arbeitgeber in einem kollegialen Team",
      "Geregelte Arbeitszeiten",
      "Individuelle Einschulung in die Filial- und Kassierabläufe für einen optimalen Start",
      "Mitarbeiter:innen-Rabatte bei Einkauf und Reisen",
      "Zahlreiche Ausbildungs- und Weiterentwicklungsmöglichkeiten im Konzern"
    ],
    "functionsTitle": "IHRE AUFGABEN - VIELSEITIG WIE DER HANDEL",
    "skillsTitle": "IHR PROFIL - STARK WIE UNSERE MARKEN",
    "offersTitle": "UNSER ANGEBOT - ÜBERZEUGEND WIE DAS SORTIMENT",
    "paymentInfo": "Ihr Einstiegsgehalt beträgt laut Kollektivvertrag mindestens 1.800.- Euro brutto/Monat auf Vollzeitbasis (38,5 Stunden/Woche). In einem persönlichen Gespräch stellen wir gemeinsam sicher, dass Ihre individuelle Bezahlung Ihrer Ausbildung und Erfahrung entspricht."
  }
         */
    }
}
