const data = {
  results: [
    {
      id: "2869016095",
      created: "2022-02-04T13:27:54Z",
      location: {
        display_name: "Albert, Péronne",
        area: ["France", "Hauts-De-France", "Somme", "Péronne", "Albert"],
        __CLASS__: "Adzuna::API::Response::Location",
      },
      __CLASS__: "Adzuna::API::Response::Job",
      adref:
        "eyJhbGciOiJIUzI1NiJ9.eyJpIjoiMjg2OTAxNjA5NSIsInMiOiJZTUh1LVZLSDdCR2dFN0FKUC1TVVR3In0.8WMwHt75osbMTzQdWCdTBmmUMCZ90GwopDsYf6pAreQ",
      redirect_url:
        "https://www.adzuna.fr/land/ad/2869016095?se=YMHu-VKH7BGgE7AJP-SUTw&utm_medium=api&utm_source=8028b95d&v=9DAB369C3292C3014BB638A9C0519A7C9FA6B7B4",
      title: "ASSISTANT ADMINISTRATIF ET COMMERCIAL H/F",
      salary_is_predicted: "0",
      category: {
        tag: "hospitality-catering-jobs",
        label: "Emplois Hospitalité et Restauration",
        __CLASS__: "Adzuna::API::Response::Category",
      },
      longitude: 2.61322,
      company: {
        __CLASS__: "Adzuna::API::Response::Company",
        display_name: "Schmidt",
      },
      description:
        "Schmidt Groupe, 1er fabricant français dans l'aménagement sur-mesure de l'habitat, poursuit sa croissance en développant de plus en plus fortement sa présence à l'international avec ses 2 réseaux de distribution (700 magasins) : SCHMIDT et CUISINELLA. Description du poste Etes-vous prêt(e) à réaliser TOUS les rêves ? Nous sommes là pour accompagner tous les projets, ceux de nos clients et les vôtres  Notre ambition : Avoir des clients 100% satisfaits et des collaborateurs 100% épanouis  Schmidt…",
      latitude: 50.06256,
      contract_type: "permanent",
    },
