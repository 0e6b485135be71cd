const value = {
  type: "search-job-results",
  id: "1418835",
  attributes: {
    title: "Mitarbeiter Montage (m/w/d)",
    introduction: "",
    responsibilities:
      "Die Firma ARMATEC FTS GmbH &amp; Co. KG mit Sitz in Kisslegg / Allgäu wurde bereits im Jahre 1965 gegründet und ist eines der führenden Unternehmen in den Bereichen RÜHREN – PUMPEN – BEWEGEN. Neben verschiedenen Rührsystemlösungen und Pumpen, fertigen wir auch Separatoren und Zerkleinerer für die Landwirtschaft, Biogasanlagen, Klär- und Abwassertechnik und Industriebereiche. Für unsere Abteilung Montage suchen wir eine/n         Monteur (m/w/d)     Ihre Aufgaben:  Selbständige Montage und Reparatur von Rührwerken und Pumpen Durchführung von Schlosserarbeiten an Werkzeug- und Maschinenbauteilen Durchführung fachgerechter Arbeiten an Werkzeugbauteilen (Polieren, Einpassen usw.) Bereitschaft zur Inbetrieb- und Abnahme beim Kunden Rückmeldung aller festgestellten Mängel bei der Arbeitsplanung Mitwirkung und Erfahrungsaustausch bei Projekten, abgeschlossene Arbeitsgänge / Montage zurückmelden und Weitergabe an Folgearbeitsplatz Führung von Helfern in fachlicher Hinsicht       Unser Angebot:  Unbefristeter Arbeitsvertrag Maßgebliche Gestaltung des Verantwortungsbereiches Abwechslungsreiche und interessante Tätigkeit Schulung und Weiterbildung Sehr gutes Betriebsklima   ",
    requirements:
      "abgeschlossene technische Ausbildung, z. B. als Landmaschinenmechaniker/in oder Industriemechaniker/in oder vergleichbare Ausbildung mit mehrjähriger Berufserfahrung in diesem Bereich gute Umgangsformen sicheres Auftreten selbständige Arbeitsweise Genauigkeit und Sorgfalt Teamfähigkeit Zulassung Elektrik Umwelt-, Verantwortungs- und Qualifikationsbewusstsein Belastbarkeit, Flexibilität Bitte bewerben Sie sich online unter Angabe „ MONTAGE“ und senden Sie uns neben Ihren persönlichen Kontaktinformationen Ihren Lebenslauf sowie ein Anschreiben (inkl. Angabe der Gehaltsvorstellung und Verfügbarkeit) als Microsoft Word- oder PDF-Dokument.     Senden Sie bitte Ihre aussagekräftige Bewerbungsunterlagen online zu Händen Herrn Ralf Schmid – eMail Adresse schmid@armatec-fts.de.  Wir freuen uns auf Ihre Bewerbung!    ",
    benefits: "",
    closingText: "",
    previewText:
      "Die Firma ARMATEC FTS GmbH &amp; Co. KG mit Sitz in Kisslegg / Allgäu wurde bereits im Jahre 1965 gegründet und ist eines der führenden Unternehmen in den Bereichen RÜHREN – PUMPEN – BEWEGEN. Neben verschiedenen Rührsystemlösungen und Pumpen, fertigen wir auch Separatoren und Zerkleinerer für die Landwirtschaft, Biogasanlagen, Klär- und Abwassertechnik und Industriebereiche. Für unsere Abteilung Montage suchen wir eine/n         Monteur (m/w/d)     Ihre Aufgaben:  Selbständige Montage und Reparatur von Rührwerken und Pumpen Durchführung von Schlosserarbeiten an Werkzeug- und Maschinenbauteilen Durchführung fachgerechter Arbeiten an Werkzeugbauteilen (Polieren, Einpassen usw.) Bereitschaft zur Inbetrieb- und Abnahme beim Kunden Rückmeldung aller festgestellten Mängel bei der Arbeitsplanung Mitwirkung und Erfahrungsaustausch bei Projekten, abgeschlossene Arbeitsgänge / Montage zurückmelden und Weitergabe an Folgearbeitsplatz Führung von Helfern in fachlicher Hinsicht       Unser Angebot:  Unbefristeter Arbeitsvertrag Maßgebliche Gestaltung des Verantwortungsbereiches Abwechslungsreiche und interessante Tätigkeit Schulung und Weiterbildung Sehr gutes Betriebsklima   ",
    location: {
      type: "single",
      city: "Kisslegg",
      area: null,
    },
    qualifications: [
      {
        id: 5,
        title: "Abgeschlossene Berufsausbildung / Lehrabschluss",
      },
      {
        id: 7,
        title: "Mit Berufserfahrung(1 bis 3 Jahre)",
      },
      {
        id: 8,
        title: "Mit Berufserfahrung(mehr als 3 Jahre)",
      },
    ],
    workingTimes: [
      {
        id: 1,
        title: "Vollzeit",
      },
    ],
    employmentTypes: [
      {
        id: 1,
        title: "Festanstellung",
      },
    ],
    salary: {
      type: "noInformation",
      period: null,
      currency: null,
      minValue: null,
      maxValue: null,
      text: null,
    },
    company: {
      id: "46664",
      name: "ARMATEC FTS GmbH & Co. KG",
      logo: "https://d3r623tes721q0.cloudfront.net/S_IDZexF5S2-Pktw7e4ab5de95c94a9fb6fd49e8826f6cffd5d52f08/logo-armatec-mg-com-4c_list.jpg",
      is_staffing_agency: true,
      city: "Kisslegg",
      industry: "Maschinen-, Anlagen u. Fahrzeugbau",
    },
    url_slug: "mitarbeiter-montage-kisslegg",
    relativeDetailUrl: "/jobs/mitarbeiter-montage-kisslegg?jobid=1418835",
    is_imported: false,
    publications: [
      {
        topJobs: [
          {
            start: "2021-05-27T00:00:00Z",
            end: "2021-06-25T00:00:00Z",
          },
        ],
        createTime: "2021-05-03T10:18:19Z",
        expirationTime: "2021-06-25T00:00:00Z",
        publicationTime: "2021-05-27T00:00:00Z",
        domain: "45",
        boostExpirationTime: null,
        id: "5447604",
        isInsideGeofence: true,
      },
    ],
    distance: null,
    score: 3,
    jobClass: "Job",
  },
};

export default value;
