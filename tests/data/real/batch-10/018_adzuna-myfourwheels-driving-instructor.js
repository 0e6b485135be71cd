    {
      title: "Driving Instructor",
      __CLASS__: "Adzuna::API::Response::Job",
      redirect_url:
        "https://www.adzuna.co.uk/jobs/land/ad/3701305741?se=GrKwX1-i7RGGvY8KYNd1jQ&utm_medium=api&utm_source=36e59f90&v=E26BE0EDD4C3CCEDB0A91480D8E532CE130D143C",
      description:
        "My Four Wheels are looking to expand our team and are recruiting both part time and full time Driving Instructors throughout the UK. Around 1.6 million people take their driving test every year, teaching people how to drive is not only an industry proof profession but one which grows every day due to the expanding population of the UK. Each driving instructor work within their local area, work the hours which suit them (Monday - Sunday) and get their very own branded car complete with duel cont\u2026",
      location: {
        display_name: "Shepherd's Bush, West London",
        area: ["UK", "London", "West London", "Shepherd's Bush"],
        __CLASS__: "Adzuna::API::Response::Location",
      },
      latitude: 51.5149,
      category: {
        label: "Logistics & Warehouse Jobs",
        __CLASS__: "Adzuna::API::Response::Category",
        tag: "logistics-warehouse-jobs",
      },
      created: "2022-11-18T15:07:45Z",
      adref:
        "eyJhbGciOiJIUzI1NiJ9.eyJpIjoiMzcwMTMwNTc0MSIsInMiOiJHckt3WDEtaTdSR0d2WThLWU5kMWpRIn0.BJoQXGJE4msVzVql5xFRbLYVrr3cFr_QJ6Hmj_-n4x4",
      longitude: -0.229655,
      company: { __CLASS__: "Adzuna::API::Response::Company", display_name: "My Four Wheels" },
      salary_min: 39961.72,
      salary_is_predicted: "1",
      salary_max: 39961.72,
      id: "3701305741",
      contract_type: "permanent",
      contract_time: "full_time",
    }
