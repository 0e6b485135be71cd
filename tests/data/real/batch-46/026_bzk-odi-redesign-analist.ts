        {
          title: 'Redesign Analist',
          organisation: 'Rijksorganisatie ODI · Ministerie van BZK',
          pitch:
            'Analyseer wet- en regelgeving en vertaal die naar machine-uitvoerbare specificaties. Je ontleedt complexe uitvoeringsprocessen en werkt in multidisciplinaire teams samen met engineers die de regels in code omzetten.',
          meta: ['Schaal 12', '€4.691 – €6.907', '32 – 36 uur', 'Den Haag'],
          closes: '2026-06-24',
          ctaLabel: 'Bekijk de vacature',
          ctaHref:
            'https://www.werkenvoornederland.nl/vacatures/redesign-analist-BZK-2026-9806',
          contacts: [
            { label: 'Abram Klop (opgavemanager)', href: 'tel:+31650035732' },
            {
              label: 'Suzanne de Jager (recruiter)',
              href: 'tel:+31627295317',
            },
          ],
        },
