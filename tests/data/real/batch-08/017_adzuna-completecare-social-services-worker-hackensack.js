{
      company: {
        display_name: "Complete Care at Prospect Heights",
        __CLASS__: "Adzuna::API::Response::Company",
      },
      salary_min: 73025.61,
      location: {
        display_name: "Hackensack, Bergen County",
        area: ["US", "New Jersey", "Bergen County", "Hackensack"],
        __CLASS__: "Adzuna::API::Response::Location",
      },
      category: {
        label: "Social work Jobs",
        __CLASS__: "Adzuna::API::Response::Category",
        tag: "social-work-jobs",
      },
      adref:
        "eyJhbGciOiJIUzI1NiJ9.eyJzIjoib2pBandTQWk4QkdraVNmUjNMV0NldyIsImkiOiI1MTM1NjY0OTE4In0.gnSCeD1e0ihrVl1HURBohuJQ7lJEfnvWdbrfafgDJm8",
      title: "Social Services Worker",
      id: "5135664918",
      created: "2025-04-08T13:35:27Z",
      salary_max: 73025.61,
      __CLASS__: "Adzuna::API::Response::Job",
      description:
        "Complete Care at Prospect Heights - NOW HIRING: Social Worker - Part-Time Complete Care at Prospect Heights is a pillar in the community of Hackensack, NJ. We approach every day with one goal: To improve the lives we touch through high-quality healthcare and extraordinary compassion. NOW HIRING: Social Worker Responsibilities (Social Worker): Help to identify resident\u2019s psychosocial, mental, and emotional needs. Complete Social History and Psychosocial assessment of residents. Work with an inte\u2026",
      latitude: 40.887572,
      salary_is_predicted: "1",
      redirect_url:
        "https://www.adzuna.com/details/5135664918?utm_medium=api&utm_source=9ab21b1f",
      longitude: -74.049884,
    }