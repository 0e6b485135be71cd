exports.rapidJobsMock = [
    {
        employer_name: 'LES FLEURS D EMILIE',
        employer_logo: null,
        employer_website: null,
        employer_company_type: null,
        job_publisher: 'BeBee',
        job_id: 'vso4QeGIot8AAAAAAAAAAA==',
        job_employment_type: 'FULLTIME',
        job_title: 'Fleuriste',
        job_apply_link: 'https://fr.bebee.com/job/20230406-0da3bf744736cebf52de4d9709f5bbed',
        job_apply_is_direct: false,
        job_apply_quality_score: 0.5565,
        job_description: "GINKGOFLEURS recherche d'urgence un- e fleuriste expérimenté-e au moins 1 ou diplômé-e CAP fleuriste\n" +
            '\n' +
            'Vos missions: Vous serez en charge de :\n' +
            "• L'accueil et conseil de la clientèle, vente et encaissements.\n" +
            "• La gestion de l'encaissement..\n" +
            '• La gestion des arrivages, conditionnement et entretien des fleurs et plantes,\n' +
            '• La mise en place des végétaux sur les présentoirs et le banc extérieur,\n' +
            '• La confection de bouquets et compositions pour les différents évènements : deuil, mariage,\n' +
            '• Nettoyage et entretien de la surface de vente,\n' +
            'Un test de composition de bouquet est prévu lors du recrutement.\n' +
            '\n' +
            "Profil recherché : expérience d'au moins 1 an sur le même poste et/ ou être titulaire du CAP , BEP Fleuriste.",
        job_is_remote: false,
        job_posted_at_timestamp: 1680790749,
        job_posted_at_datetime_utc: '2023-04-06T14:19:09.000Z',
        job_city: 'Choisy-le-Roi',
        job_state: 'IDF',
        job_country: 'FR',
        job_latitude: 48.762543,
        job_longitude: 2.408876,
        job_benefits: null,
        job_google_link: 'https://www.google.com/search?gl=us&hl=en&rciv=jb&q=fleuriste++france&start=0&ibp=htl;jobs#fpstate=tldetail&htivrt=jobs&htiq=fleuriste++france&htidocid=vso4QeGIot8AAAAAAAAAAA%3D%3D',
        job_offer_expiration_datetime_utc: '2023-04-14T00:00:00.000Z',
        job_offer_expiration_timestamp: 1681430400,
        job_required_experience: {
            no_experience_required: false,
            required_experience_in_months: null,
            experience_mentioned: false,
            experience_preferred: false
        },
        job_required_skills: null,
        job_required_education: {
            postgraduate_degree: false,
            professional_certification: false,
            high_school: false,
            associates_degree: false,
            bachelors_degree: false,
            degree_mentioned: true,
            degree_preferred: false,
            professional_certification_mentioned: false
        },
        job_experience_in_place_of_education: false,
        job_min_salary: null,
        job_max_salary: null,
        job_salary_currency: null,
        job_salary_period: null,
        job_highlights: {},
        job_job_title: null,
        job_posting_language: 'fr',
        job_onet_soc: '27102300',
        job_onet_job_zone: '2'
    },
