
const dummydata = 

{
    "count": 2416,
    "mean": 59605.5,
    "__CLASS__": "Adzuna::API::Response::JobSearchResults",
    "results": [
        {
            "contract_type": "contract",
            "longitude": -0.139134,
            "id": "4052030600",
            "contract_time": "full_time",
            "title": "Highway Development Control Engineer",
            "adref": "eyJhbGciOiJIUzI1NiJ9.eyJpIjoiNDA1MjAzMDYwMCIsInMiOiI0QjJTVjh2cDdSR2hHZ2puOGlqUmdnIn0.6skOP23eQceO_vnZ3FkVN33oo_Bz1vTpRPJTk-QtKo4",
            "salary_is_predicted": "1",
            "company": {
                "__CLASS__": "Adzuna::API::Response::Company",
                "display_name": "Carrington West"
            },
            "category": {
                "label": "Engineering Jobs",
                "tag": "engineering-jobs",
                "__CLASS__": "Adzuna::API::Response::Category"
            },
            "__CLASS__": "Adzuna::API::Response::Job",
            "salary_min": 73058.35,
            "created": "2023-04-21T00:42:33Z",
            "location": {
                "__CLASS__": "Adzuna::API::Response::Location",
                "display_name": "London, UK",
                "area": [
                    "UK",
                    "London"
                ]
            },
            "latitude": 51.503378,
            "description": "An opportunity has arisen for a Highway Development Control Engineer / Coordinator to join a client in London. Your main duties include responding to planning enquiries from a highway engineering perspective, managing the design review process for highway DC projects, undertaking site inspections and representing the client in public enquires / hearings when necessary. This is a full-time contract position. The rate on offer is £30 - £35 per hour  expenses - negotiable for the right candidate. …",
            "salary_max": 73058.35,
            "redirect_url": "https://www.adzuna.co.uk/jobs/land/ad/4052030600?se=4B2SV8vp7RGhGgjn8ijRgg&utm_medium=api&utm_source=e3f9c2a0&v=627FC4E746F570F4AA5CCF1838F2C5BBBBA7846E"
        }
    ]
}

module.exports = dummydata;

