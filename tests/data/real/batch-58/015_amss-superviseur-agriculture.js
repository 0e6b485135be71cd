// src/data/recrutementsData.js

// ⚠️ Place tes PDF dans /public/recrutements/ et réfère-les avec des chemins absolus
//    ex: "/recrutements/2025-05-13-superviseur-agriculture.pdf"

const recrutementsData = {
  enCours: [
    {
      id: 1,
      category: 'emploi',
      titre: "Un Superviseur en Agriculture",
      lieu: "Mountoungoula, Mali",
      datePublication: "13 mai 2025",
      type: "CDI",
      domaine: "Agriculture",
      description:
        "Recherche d'un superviseur expérimenté pour superviser les activités agricoles dans le cadre du projet Sécurité Alimentaire financé par la Fondation Stromme.",
      competences: ["Diplôme en agronomie", "5 ans d'expérience minimum", "Maîtrise du français et langues locales"],
      dateExpiration: "30 septembre 2025",
      // pdfUrl: "/recrutements/2025-05-13-superviseur-agriculture.pdf",
    },
  ],
};

export default recrutementsData;
