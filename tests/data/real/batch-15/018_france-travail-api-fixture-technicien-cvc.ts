
export const employsFakers = [


    {
        id: "143KJDS",
        intitule: "TECHNICIEN DE MAINTENANCE MULTITECHNIQUE CVC (H/F)",
        description: "BPS INTERIM PAYS BASQUE recrute un TECHNICIEN DE MAINTENANCE MULTITECHNIQUE CVC (H/F) au plus vite pour l'un de nos clients. \n\nVous aurez pour missions de :\n\n- Assurer la maintenance des installations en multitechnique, notamment en CVC.\n\n- Réaliser les interventions de maintenance préventive et corrective (sur pompes, vannes, terminaux, équipement centraux, armoires divisionnaires, onduleurs, chaudière, radiateurs, serrurerie, missions de second oeuvre..)\n\n- Réaliser les dépannages \n\n- Prendre en compte les demandes d'intervention auprès de l'encadrement\n\n- Réaliser des petits travaux liés à la maintenance corrective\n\n- Appliquer, faire vivre et améliorer les dispositifs et principes de sécurité Vous êtes issu(e) d'une formation en technicien CVC (H/F) \nVous bénéficiez idéalement d'une expérience de 2 années minimum dans ce domaine. \nVous êtes autonome, rigoureux(se) et vous appréciez la relation avec les clients.\nVous êtes respectueux(se) des consignes de sécurité, autonome et rigoureux. \nVous disposez d'un bon esprit d'équipe et savez analyser les priorités.",
        dateCreation: "2022-11-01T09:28:52.000Z",
        dateActualisation: "2022-11-01T09:28:53.000Z",
        pays: "France", lieuTravail: {
            libelle: "64 - BAYONNE",
            latitude: 43.488544,
            longitude: -1.466564,
            codePostal: "64100",
            commune: "64102"
        },
        romeCode: "I1306",
        romeLibelle: "Installation et maintenance en froid, conditionnement d'air",
        appellationlibelle: "Technicien / Technicienne en froid et climatisation",
        entreprise: {
            nom: "BPS PAYS BASQUE",
            entrepriseAdaptee: false
        },
        typeContrat: "MIS",
        typeContratLibelle: "Mission intérimaire - 3 Mois",
        natureContrat: "Contrat travail",
        experienceExige: "D",
        experienceLibelle: "Débutant accepté",
        permis: [
            {
                libelle: "B - Véhicule léger",
                exigence: "S"
            }
        ],
        competences: [
            {
                code: "106740",
                libelle: "Positionner et fixer les groupes, condenseurs, tubes, câbles électriques, ... de l'installation frigorifique, de conditionnement d'air, ...",
                exigence: "S"
            },
            {
                code: "106742",
                libelle: "Vérifier la conformité de l'installation, contrôler l'étanchéité et déterminer la charge de fluide frigorigène, tirer au vide l'installation et charger le circuit",
                exigence: "S"
            },
            {
                code: "106743",
                libelle: "Démarrer l'installation, ajuster les réglages (paramètres de fonctionnement, de régulation, températures, pressions, ...)",
                exigence: "S"
            },
            {
                code: "124394",
                libelle: "Corriger un dysfonctionnement",
                exigence: "S"
            },
            {
                code: "124395",
                libelle: "Déterminer l'opération de remise en état d'une installation",
                exigence: "S"
            }
        ],
        salaire: {
            libelle: "Horaire de 12,00 Euros à 14,00 Euros sur 12 mois"
        },
        dureeTravailLibelle: "35H Horaires normaux",
        dureeTravailLibelleConverti: "Temps plein",
        alternance: false,
        contact: {
            coordonnees1: "http://app.mytalentplug.com/description-offre.aspx?ojid=yNlSnf5+v9zuDuhdhpDmgg==",
            urlPostulation: "http://app.mytalentplug.com/description-offre.aspx?ojid=yNlSnf5+v9zuDuhdhpDmgg=="
        },
        nombrePostes: 1,
        accessibleTH: false,
        qualificationCode: "7",
        qualificationLibelle: "Technicien",
        secteurActivite: "78",
        secteurActiviteLibelle: "Activités des agences de travail temporaire",
        origineOffre: {
            origine: "1",
            urlOrigine: "https://candidat.pole-emploi.fr/offres/recherche/detail/143KJDS"
        },
        offresManqueCandidats: false
    }
]
