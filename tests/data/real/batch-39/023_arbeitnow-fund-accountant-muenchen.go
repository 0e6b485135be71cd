func arbeitnowData() []*jobEntry {
	return []*jobEntry{
		{
			Slug:        "fund-accountant-wertpapierfonds-munich-310570",
			CompanyName: "OPUS ONE Recruitment GmbH",
			Title:       "Fund Accountant Wertpapierfonds (m/w/d)",
			Description: "<p>Unser Kunde gehört zu einem der größten Marktteilnehmer im Bereich der Wertpapierabwicklung und -verwahrung. Hier wird der Fokus daraufgelegt, seinen Kunden einen allumfassenden, individuellen Service anbieten zu können. Flexibilität und Sorgfalt werden hier großgeschrieben. Langjährige Erfahrung und die Kooperation mit vielen Unternehmen im Finanzumfeld zeichnen diesen Bereich des Unternehmens aus. Das Unternehmen bearbeitet die Themengebiete mit seinen qualifizierten Mitarbeitern, einer leistungsfähigen IT-Landschaft und dem gelebten Servicegedanken für alle Geschäftspartner. </p>\n<p>Profitieren Sie von flexiblen Arbeitszeiten mit Homeoffice-Option sowie Aufstiegs- und Weiterbildungsmöglichkeiten. Zudem bietet das Unternehmen familienfreundlichen Arbeitsbedingungen, Sportangebote und abwechslungsreichen Aufgaben. Dies macht unseren Kunden zum Top-Arbeitgeber für Sie. </p>\n<p>Also nutzen Sie die Chance und bewerben Sie sich jetzt!</p>\n<h2>Aufgaben</h2>\n<ul>\n<li>Kontrolle von Differenzen und Absprache mit Fachabteilungen und externen Serviceprovidern</li>\n<li>Verantwortlich für Fondsmigrationen, -verschmelzungen oder -schließungen sowie für die korrekte Verbuchung sämtlicher Geschäftsvorfälle für den Fonds</li>\n<li>Berechnung der Anteilpreise für Publikums und Spezialfonds</li>\n<li>Bearbeitung relevanter Kapitalmaßnahmen </li>\n<li>Tatkräftige Unterstützung bei Projekten</li>\n</ul>\n<h2>Qualifikation</h2>\n<ul>\n<li>Abgeschlossene Ausbildung im Bank- oder im Investmentfondsbereich oder eine vergleichbare Qualifikation</li>\n<li>Erste Berufserfahrung im Umgang mit Wertpapierfonds und im Finanzproduktbereich</li>\n<li>Sichere Handhabung mit Wertpapierfondsbuchhaltungssystemen</li>\n<li>Analytische und selbständige Arbeitsweise</li>\n<li>Sehr gute Deutsch- und Englischkenntnisse; Französischkenntnisse von Vorteil.</li>\n</ul>\n<h2>Benefits</h2>\n<p>Zugang zum sog. verdeckten Stellenmarkt (nicht ausgeschriebene Stellen)</p>\n<ul>\n<li>Persönliches Interview mit anschließendem individuellem Karrierecoaching</li>\n<li>Eine Vielzahl an Stellen, die kurzfristig besetzt werden müssen</li>\n<li>Persönliche Kontakte zu Entscheidern und hilfreiche Informationen</li>\n<li>Beratung zum Arbeitsvertrag des neuen Arbeitgebers</li>\n<li>Selbstverständlich behandeln wir Ihre persönlichen Daten und Bewerbungsunterlagen absolut vertraulich und diskret</li>\n<li>Unsere Leistung ist für Sie als Bewerber (m/w/d) absolut kostenlos</li>\n</ul>\n<p>Werden Sie aktiv! Wir freuen uns darauf, Sie kennen zu lernen! Senden Sie Ihre aussagekräftigen Bewerbungsunterlagen (mit Angaben zu Ihrem Gehaltswunsch sowie Ihrem nächstmöglichen Eintrittstermin).</p>\n<p>Gemeinsam finden wir heraus, ob diese Position die Richtige für Sie ist und ob wir Ihnen außerdem noch andere Perspektiven anbieten können.</p>\n<p><strong>IHR ANSPRECHPARTNER:</strong></p>\n<p>Herr Florian Fendt</p>\n<p>Tel.: 089/ 890 648 127</p>\n<p>Find <a href=\"https://www.arbeitnow.com/\">Jobs in Germany</a> on Arbeitnow</a>",
			Remote:      false,
			URL:         "https://www.arbeitnow.com/jobs/companies/opus-one-recruitment-gmbh/fund-accountant-wertpapierfonds-munich-310570",
			Tags: []string{
				"Finance",
			},
			JobTypes:  []string{},
			Location:  "Munich",
			CreatedAt: 1739357344,
		},
	}
}
