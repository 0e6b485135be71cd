export const jobsListMock = [
  {
    id: 283475,
    reference: 'WTTJ_Pgr0mGw',
    name: 'Engineering Manager',
    slug: 'engineering-manager_paris',
    description:
      '<p>L’actualité est riche chez Welcome to the Jungle en cette rentrée !</p>\n\n<p>Nous avons annoncé le lancement de nouveaux produits (<a href="https://pros.welcometothejungle.com/fr/welcome-home" target="_blank">Welcome Home</a> et <a href="https://www.welcomeoriginals.com/fr/?utm_source=welcometothejungle.com&amp;utm_medium=referral&amp;utm_campaigns=menu" target="_blank">Welcome Originals</a>) lors de notre événement Human After All très récemment et cela concerne l’ensemble de nos équipes :)<br>\nNous sommes dans une période où tout va très vite et où tout va encore s\'accélérer dans les prochains mois pour continuer à proposer la meilleure expérience possible côté candidats comme côté recruteurs ! Nous avons accompli une infime partie de ce que nous imaginons et c\'est pourquoi nous avons besoin de toi ! </p>\n\n<p>Rattaché directement à <a href="https://www.linkedin.com/in/thomas-haddad-48209884/" target="_blank">Thomas</a>, tu seras en charge de: </p>\n\n<ul>\n<li>Manager une partie de notre équipe de développeurs, les coacher et les accompagner afin de garantir une efficacité optimale dans le développement de nos produits,</li>\n<li>Garantir une belle harmonie au sein de l’équipe afin de participer activement à la bonne évolution de l’équipe engineering,</li>\n<li>Harmoniser les pratiques et les process pour les différentes  squads  et  évangéliser les bonnes pratiques en lien avec la stratégie définie pour l\'engineering </li>\n<li>Répartir ton temps entre les développements nécessaires au bon fonctionnement des différents services et ton activité de mentoring,</li>\n<li>Apporter ton expertise afin d’améliorer nos process et nos méthodologies de travail actuelles (entretenir une bonne liaison entre les différentes squads, savoir se reposer sur les membres de l’équipe pour faire avancer d’autres sujets importants),</li>\n<li>Participer à la rédaction de la roadmap en collaboration avec l’équipe produit afin d’assurer les livraisons à temps,</li>\n<li>Accompagner les équipes sur les mises en production</li>\n<li>Participer à nos recrutements futurs de l’équipe technique.</li>\n<li>Dynamiser notre communication externe (rédaction d’articles, participation à des Meetups etc.)</li>\n</ul>\n',
    published_at: '2021-03-08T09:26:54.445+01:00',
    created_at: {
      fr: 'Le 03 Décembre 2020 à 18h17',
      en: 'The 03 December 2020 at 18h17',
    },
    office: {
      id: 196,
      name: 'Paris',
      address: '16 Rue du Mail',
      zip_code: '75002',
      district: 'Paris',
      city: 'Paris',
      country: {
        fr: 'France',
        en: 'France',
      },
    },
    department: {
      id: 8,
      name: 'Tech',
    },
    contract_type: {
      fr: 'CDI',
      en: 'Full-Time',
      es: 'Contrato indefinido',
      cs: 'Plný úvazek',
      sk: 'Zmluva na dobu neurčitú',
    },
    profile:
      "<p>Il n’y a pas de profil type chez Welcome to the Jungle, nous venons tous d’horizons différents et c’est ce qui fait notre force !</p>\n\n<p>Les diplômes importent peu, on recherche un(e) passionné(e) et surtout quelqu’un qui sait nous parler de ses sujets avec passion !</p>\n\n<p><strong>Tu es le profil idéal si:</strong></p>\n\n<ul>\n<li>Tu disposes d’une expérience d’au moins 5 ans avec une première expérience réussie en tant qu’Engineering Manager</li>\n<li>Tu portes une attention toute particulière aux détails et tu es (très) organisé(e)</li>\n<li>Tu sais veiller à une bonne gestion de la delivery et un certain niveau d’exigence</li>\n<li>Tu sais écouter et accompagner les membres de ton équipe au travers de 1:1s et d’entretiens trimestriels / annuels</li>\n<li>Tu sais mener des entretiens et recruter des profils en harmonie avec l’équipe</li>\n<li>Tu sais faire confiance et déléguer </li>\n<li>Tu as des compétences en développement (à minima sur des langages de script); </li>\n<li>Tu es pragmatique et tu arrives à résoudre des problèmes techniques quelle que soit la stack</li>\n</ul>\n\n<p><strong>Un gros plus si:</strong> </p>\n\n<ul>\n<li>Tu connais notre stack technique (Ruby, Elixir, React.js)</li>\n<li>Tu as des compétences devops</li>\n<li>Tu as des compétences en architecture logicielle</li>\n</ul>\n\n<p>Welcome to the Jungle aspire à avoir un impact social positif, et prête une attention particulière au fait de respecter la diversité, l'inclusion et l’équité. Chaque candidature sera traitée de manière équitable et se basera sur les compétences et les motivations de chacun</p>\n",
    recruitment_process:
      '<p>Le CV n’est pas obligatoire si ton profil LinkedIn est à jour.</p>\n\n<ul>\n<li>Phonescreen de 45 minutes avec <a href="https://www.linkedin.com/in/xavier-dejean-61292b69/" target="_blank">Xavier</a> </li>\n<li>Entretien 1: <a href="https://www.linkedin.com/in/thomas-haddad-48209884/" target="_blank">Thomas</a> + 1 Lead Developer</li>\n<li>Test technique </li>\n<li>Debrief du test  et entretien avec <a href="https://www.linkedin.com/in/kevin-le-roy/" target="_blank">Kevin</a> </li>\n<li>Entretien final avec <a href="https://www.linkedin.com/in/jeremycledat/" target="_blank">Jérémy</a>\n</li>\n</ul>\n',
    salary: {
      min: null,
      max: null,
      currency: 'EUR',
      period: 'none',
    },
    cms_sites_references: ['wttj_fr'],
    websites_urls: [
      {
        website_reference: 'plaine-images',
        url: 'https://plaine-images.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'techcity',
        url: 'https://techcity.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'naaphii',
        url: 'https://naaphii.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'edtech-france',
        url: 'https://edtech-france.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'reseau-entreprendre-paris',
        url:
          'https://reseau-entreprendre-paris.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'station-f-job-board',
        url: 'https://jobs.stationf.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'starther',
        url: 'https://starther.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'xange',
        url: 'https://xange.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'hub-bpifrance',
        url: 'https://hub-bpifrance.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'raise-co',
        url: 'https://raise-co.welcomekit.co/companies/wttj/jobs/engineering-manager_paris',
      },
      {
        website_reference: 'wttj_fr',
        url: 'https://www.welcometothejungle.com/companies/wttj/jobs/engineering-manager_paris',
      },
    ],
  },
]
