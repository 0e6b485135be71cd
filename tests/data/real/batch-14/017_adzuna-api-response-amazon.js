let test = {
  results: [
    {
      adref:
        "eyJhbGciOiJIUzI1NiJ9.eyJzIjoiR3JLd1gxLWk3UkdHdlk4S1lOZDFqUSIsImkiOiIzODUwNTU4MDY5In0.nKv5Y8J2K66yFaXgU6DIWT4_oa8z-9DHMyPCOxs0r8s",
      longitude: -0.081533,
      company: { display_name: "AMAZON", __CLASS__: "Adzuna::API::Response::Company" },
      salary_min: 37258.19,
      salary_is_predicted: "1",
      salary_max: 37258.19,
      id: "3850558069",
      contract_time: "full_time",
      __CLASS__: "Adzuna::API::Response::Job",
      title: "Reliability Maintenance Engineering Technician, AMZL - Enfield (London)",
      redirect_url:
        "https://www.adzuna.co.uk/jobs/land/ad/3850558069?se=GrKwX1-i7RGGvY8KYNd1jQ&utm_medium=api&utm_source=36e59f90&v=C68C89AFF92DFA6C219AB49E22E50049D8AEA04F",
      description:
        "Amazon Operations sits at the heart of the Amazon customer experience. We look after everything from the moment a customer clicks buy, to the moment their item is delivered \u2013 from desktop to doorstep. Across Europe we have more than 50 Fulfillment Centers, hundreds of Delivery Stations, thousands of machines, and tens of thousands of employees, all working together in harmony to make sure the right item gets delivered to the right person, in the right place, at the right time. Working in Amazon\u2026",
      location: {
        __CLASS__: "Adzuna::API::Response::Location",
        display_name: "Enfield, London",
        area: ["UK", "London", "Enfield"],
      },
      latitude: 51.6521,
      category: { label: "Engineering Jobs", __CLASS__: "Adzuna::API::Response::Category", tag: "engineering-jobs" },
      created: "2023-01-15T14:19:23Z",
    },
