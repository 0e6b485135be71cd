export const jobList = {
  "count": 8799172,
  "next": "https://jobdataapi.com/api/jobs/?page=2",
  "previous": null,
  "results": [
    {
      "id": 11460526,
      "ext_id": "1846162",
      "company": {
        "id": 35614,
        "name": "inexogy smart metering",
        "logo": "https://jobdataapi.com/media/company/logo/24/07/logo_img_4pdceb6.png",
        "website_url": "https://www.inexogy.com/",
        "linkedin_url": "https://www.linkedin.com/company/inexogy-smart-metering/",
        "twitter_handle": null,
        "github_url": null
      },
      "title": "Fachkraft für Lagerlogistik (m/w/d)",
      "location": "Stolberg",
      "types": [
        {
          "id": 1,
          "name": "Full Time"
        }
      ],
      "cities": [
        {
          "geonameid": 2826595,
          "asciiname": "Stolberg",
          "name": "Stolberg",
          "country": {
            "code": "DE",
            "name": "Germany",
            "region": {
              "id": 3,
              "name": "Europe"
            }
          },
          "timezone": "Europe/Berlin",
          "latitude": "50.77368",
          "longitude": "6.22595"
        }
      ],
      "countries": [
        {
          "code": "DE",
          "name": "Germany",
          "region": {
            "id": 3,
            "name": "Europe"
          }
        }
      ],
      "regions": [
        {
          "id": 3,
          "name": "Europe"
        }
      ],
      "has_remote": false,
      "published": "2024-11-23T10:11:48Z",
      "description": "<h5>Deine Herausforderung bei uns</h5>\n<ul><li>Warenausgang betreuen: kommissionieren, verpacken, Versandpapiere erstellen und versenden der bestellten Ware</li><li>Wareneingang betreuen: Waren in Empfang nehmen, einlagern und den Lagerplatz bestimmen</li><li>Buchen von Warenein- und Ausgängen im Warenwirtschaftssystem (SAP) </li><li>Durchführen von Bestandskontrollen und Inventuren</li><li>Bearbeitung von Rücklieferungen</li></ul>\n<h5> Das bringst Du mit</h5>\n<ul><li>Ausbildung zur Fachkraft für Lagerlogistik, zum Fachlageristen, einen vergleichbaren Abschluss oder mehrjährige relevante Berufserfahrung</li><li>Sicherer Umgang mit MS Office Anwendungen</li><li>Interesse an technischen Zusammenhängen</li><li>Engagement, Flexibilität und Verantwortungsbereitschaft</li><li>Gute Deutschkenntnisse in Wort und Schrift </li><li>Führerschein Klasse B (PKW)</li></ul>\n<h5>Das bieten wir Dir </h5>\n<ul><li>Regelmäßige Teamevents - Lerne deine Kolleg:innen auch privat kennen!</li><li>30 Tage Urlaub und zusätzlicher Urlaub bei Geburten und Hochzeit</li><li>Nachhaltig unterwegs – Möglichkeit ein Deutschlandticket zu erwerben</li><li>Betriebliche Altersvorsorge - wir unterstützen dich!</li><li>Mitarbeiterrabatte bei Kooperationspartnern</li><li>Gleitzeit ohne Schichtarbeit </li></ul>\n<h5>Wie du uns erreichst</h5>\n\n                            Emily Kraft<br/>HR Manager<br/>Tel: 0 6221 6793916\n                        \n\n\n<a href=\"#apply\" id=\"apply-job-button-top\">\n                    Apply for this job\n                </a>\n<h5>Über uns</h5>\n<span>Die inexogy smart metering GmbH &amp; Co. KG ist der führende Komplettanbieter von Smart Metering Lösungen und der erste unabhängige Messstellenbetreiber in Deutschland. Als Vordenker der Energiewende und Vorreiter bei der Nutzung fortschrittlicher Big-Data-Technologien bieten wir Unternehmen und Privatpersonen nicht nur maximale Transparenz über Stromverbrauch und Erzeugung, sondern auch zahlreiche Dienstleistungen, die die effiziente und kostengünstige Nutzung von Energie ermöglichen.</span>",
      "experience_level": "EN",
      "application_url": "https://inexogy-gmbh.jobs.personio.com/job/1846162",
      "language": "de",
      "salary_min": null,
      "salary_max": null,
      "salary_currency": null
    }
  ]
}