
const dummydata = 

{
    "count": 2416,
    "mean": 59605.5,
    "__CLASS__": "Adzuna::API::Response::JobSearchResults",
    "results": [
        {
            "description": "Job Purpose Support the Team Leader in the day-to-day management of roads and transportation matters relating to the planning of new road development and changes to the use of existing road infrastructure whilst taking a key role to ensure that all stakeholders are provided with appropriate and necessary supports including technical advice and guidance on new application processes, assessment and consents relating to traffic generation, accessibility, safety, site layout, SUDs and road construc…",
            "salary_max": 40000,
            "redirect_url": "https://www.adzuna.co.uk/jobs/land/ad/4041227818?se=4B2SV8vp7RGhGgjn8ijRgg&utm_medium=api&utm_source=e3f9c2a0&v=40AA96F1249A78B151FE8C3F39608744F1574027",
            "salary_min": 30001,
            "created": "2023-04-15T08:11:58Z",
            "location": {
                "display_name": "Ayr, South Ayrshire",
                "area": [
                    "UK",
                    "Scotland",
                    "South Ayrshire",
                    "Ayr"
                ],
                "__CLASS__": "Adzuna::API::Response::Location"
            },
            "latitude": 55.4636,
            "company": {
                "display_name": "East Ayrshire Council",
                "__CLASS__": "Adzuna::API::Response::Company"
            },
            "category": {
                "__CLASS__": "Adzuna::API::Response::Category",
                "label": "Charity & Voluntary Jobs",
                "tag": "charity-voluntary-jobs"
            },
            "__CLASS__": "Adzuna::API::Response::Job",
            "contract_type": "permanent",
            "longitude": -4.63319,
            "id": "4041227818",
            "contract_time": "full_time",
            "title": "Technical Officer/Engineer (Development Control) - EAY07954",
            "adref": "eyJhbGciOiJIUzI1NiJ9.eyJzIjoiNEIyU1Y4dnA3UkdoR2dqbjhpalJnZyIsImkiOiI0MDQxMjI3ODE4In0.KjKT_EshQf6eYTuucd0EFG_bK3zHQ9fad_QaqAkZpdk",
            "salary_is_predicted": "0"
        }
    ]
}

module.exports = dummydata;

