
const jobList =[
    {
        "reviewed_at": null,
        "title": "SDE 2 / 3 - Frontend (Women Return To Work)",
        "gender": 2,
        "public_url": "https://www.instahyre.com/job-252698-sde-2-3-frontend-women-return-to-work-at-angel-one-bangalore-work-from-home/",
        "drive": null,
        "locations": "Bangalore,Work From Home",
        "keywords": [
            "CSS",
            "HTML",
            "JavaScript",
            "React.js",
            "Ember.js",
            "jQuery",
            "Vue.js"
        ],
        "interview_status": 0,
        "employer": {
            "profile_image_src": "https://instahyre-2.s3-ap-south-1.amazonaws.com/media/CACHE/images/images/profile/base/employer/2732/328c670d63/Big_size_sq_layout/05627134067f03978bc8f34f6c8011ad.jpg",
            "company_tagline": "Calling all Tech-wizards to help us build India's finest fintech SuperApp",
            "company_founded": 1987,
            "company_name": "Angel One",
            "employee_count": 1000,
            "instahyre_note": "Angel One provides retail personal financial services in India. The company offers e-broking, portfolio management, mutual fund, private client group, commodities broking, investment advisory, etc. ",
            "id": 2732,
            "resource_uri": "/api/v1/candidate_opportunity_employer/2732"
        },
        "id": 252698,
        "accept_outstation": true,
        "resource_uri": "/api/v1/job_search/252698"
    },
    ]


    export default jobList
    // "meta": {
    //     "total_count": 3,
    //     "next": null,
    //     "limit": 30,
    //     "offset": 0,
    //     "filter_date": "2023-05-15T17:27:46",
    //     "previous": null
    // },
    // "calculation_done_at": "2023-04-17T19:14:36.480036+00:00"
