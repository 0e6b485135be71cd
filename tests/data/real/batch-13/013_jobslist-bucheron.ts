    {
        id: "143KJDC",
        intitule: "Bûcheron / Bûcheronne",
        description: "Coupe à la tronçonneuse, mise en andains et débardage au chargeur télescopique de Genévriers entiers, pour broyage ultérieur.\nChantiers sur la commune de SAULT-84.\nDurée de ces chantiers: environ 2 mois,\nSalaire selon expérience.\nPoste disponible immédiatement.",
        dateCreation: "2022-11-01T09:20:16.000Z",
        dateActualisation: "2022-11-01T09:33:28.000Z",
        pays: "France", lieuTravail: {
            libelle: "84 - SAULT",
            latitude: 44.087669,
            longitude: 5.416767,
            codePostal: "84390",
            commune: "84123"
        },
        romeCode: "A1201",
        romeLibelle: "Bûcheronnage et élagage",
        appellationlibelle: "Bûcheron / Bûcheronne",
        entreprise: {
            nom: "GAEC AROMA PLANTES",
            "logo": "https://entreprise.pole-emploi.fr/static/img/logos/a04e0f61d75444dabf4de41a8a4146a2.png",
            entrepriseAdaptee: false
        },
        typeContrat: "CDD",
        typeContratLibelle: "Contrat à durée déterminée - 2 Mois",
        natureContrat: "Contrat travail",
        experienceExige: "E",
        experienceLibelle: "6 mois",
        permis: [
            {
                libelle: "B - Véhicule léger",
                exigence: "E"
            }
        ],
        salaire: {
            libelle: "Mensuel de 1900,00 Euros à 2500,00 Euros sur 12 mois"
        },
        dureeTravailLibelle: "39H Horaires normaux",
        dureeTravailLibelleConverti: "Temps plein",
        alternance: false,
        contact: {
            nom: "GAEC AROMA PLANTES - M. Guillaume LIARDET",
            coordonnees1: "Pour postuler, utiliser le lien suivant : https://candidat.pole-emploi.fr/offres/recherche/detail/143KJDC",
            "courriel": "Pour postuler, utiliser le lien suivant : https://candidat.pole-emploi.fr/offres/recherche/detail/143KJDC"
        },
        nombrePostes: 1,
        accessibleTH: false,
        qualificationCode: "2",
        qualificationLibelle: "Ouvrier spécialisé",
        secteurActivite: "01",
        secteurActiviteLibelle: "Culture de plantes à épices, aromatiques, médicinales et pharmaceutiques",
        "qualitesProfessionnelles": [
            {
                libelle: "Réactivité",
                description: "Capacité à réagir rapidement face à des évènements et à des imprévus, en hiérarchisant les actions, en fonction de leur degré d'urgence / d'importance. Exemple : faire preuve de dynamisme, vivacité, énergie, comprendre vite"
            },
            {
                libelle: "Autonomie",
                description: "Capacité à prendre en charge son activité sans devoir être encadré de façon continue. Exemple : travailler efficacement sans responsable"
            },
            {
                libelle: "Rigueur",
                description: "Capacité à respecter les règles et codes de l'entreprise, à réaliser des tâches en suivant avec précision les procédures et instructions fournies , à transmettre des informations avec exactitude. Exemple : être ponctuel, respecter les engagements, résister à la distraction"
            }
        ],
        origineOffre: {
            origine: "1",
            urlOrigine: "https://candidat.pole-emploi.fr/offres/recherche/detail/143KJDC"
        },
        offresManqueCandidats: false
    },
