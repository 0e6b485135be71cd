const mock = {
    count: 1160766,
    __CLASS__: "Adzuna::API::Response::JobSearchResults",
    results: [
        {
            id: "3204540421",
            description:
                "Job summary Amazon Operations sits at the heart of the Amazon customer experience. We look after everything from the moment a customer clicks buy, to the moment their item is delivered \u2013 from desktop to doorstep. Across Europe we have more than 50 Fulfillment Centers, hundreds of Delivery Stations, thousands of machines, and tens of thousands of employees, all working together in harmony to make sure the right item gets delivered to the right person, in the right place, at the right time. Worki\u2026",
            contract_time: "full_time",
            salary_min: 42766.78,
            adref:
                "eyJhbGciOiJIUzI1NiJ9.eyJzIjoiT2dydDhMTVM3UkdHWUl2S0xXdkhxUSIsImkiOiIzMjA0NTQwNDIxIn0.ogfhcDIZat9cBaXYHQp54X5hrtzAC0qwtyAVuZBC1Xc",
            salary_max: 42766.78,
            redirect_url:
                "https://www.adzuna.co.uk/jobs/land/ad/3204540421?se=Ogrt8LMS7RGGYIvKLWvHqQ&utm_medium=api&utm_source=edc56392&v=58EBE1A4368B4582539080F1E4A5675FFE722F18",
            company: {
                display_name: "Amazon UK Services Ltd.",
                __CLASS__: "Adzuna::API::Response::Company",
            },
            __CLASS__: "Adzuna::API::Response::Job",
            location: {
                __CLASS__: "Adzuna::API::Response::Location",
                area: ["UK", "West Midlands", "Coventry"],
                display_name: "Coventry, West Midlands",
            },
            salary_is_predicted: "1",
            category: {
                label: "IT Jobs",
                __CLASS__: "Adzuna::API::Response::Category",
                tag: "it-jobs",
            },
            created: "2022-06-07T04:14:28Z",
            title: "Senior Reliability Maintenance Engineering Technician",
        },
