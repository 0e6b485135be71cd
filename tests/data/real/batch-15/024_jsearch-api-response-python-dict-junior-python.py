ninja_response = {
    "data": [
        {
            "apply_options": [
                {
                    "apply_link": "https://www.optnation.com/junior-python-developer-job-in-arlington-va-view-jobid-28530?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
                    "is_direct": False,
                    "publisher": "OPTnation",
                }
            ],
            "employer_logo": "https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcTPd-hps7yHu6ZmQPwa8QzKacpqKLbzwCNNoBVY&s=0",
            "employer_name": "OPT Nation",
            "employer_website": "https://www.optnation.com",
            "job_apply_is_direct": False,
            "job_apply_link": "https://www.optnation.com/junior-python-developer-job-in-arlington-va-view-jobid-28530?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            "job_benefits": None,
            "job_city": "Arlington",
            "job_country": "US",
            "job_description": "ABS Group is a global professional services "
            "company with 87 offices in 33 countries. Our "
            "Global Government division headquartered in "
            "Arlington VA deploys cutting-edge technical "
            "expertise for federal agencies such as the "
            "Department of Homeland Security Department of "
            "Transportation and Department of Interior. At "
            "ABS Group you can transform the way agencies "
            "quantify analyze and ultimately manage risk.\n"
            "\n"
            "We are seeking a Junior Python Developer to "
            "help conceptualize and develop ground-breaking "
            "solutions for our clients.\n"
            "\n"
            "Qualifications\n"
            "\n"
            "The successful candidate will have a "
            "demonstrated history of Developing software "
            "applications (can be during an internship or "
            "personal projects) Creative thinking and "
            "problem-solving Meeting deadlines in fast-paced "
            "goal-oriented environment Collaborating "
            "effectively within a team to achieve a "
            "goal/objective\n"
            "\n"
            "Required Experience with object-oriented "
            "programming in Python\n"
            "\n"
            "Desired UI/UX experience Experience with "
            "database systems such as SQL and Oracle Blazor "
            "and Telerik experience Azure experience "
            "Experience with statistical modeling Agile "
            "development experience QT Framework and/or .NET "
            "framework experience\n"
            "\n"
            "Education & Experience Requirements 0-3 years "
            "of relevant professional experience Bachelor’s "
            "degree in a relevant technical field (e.g. "
            "Computer Science Engineering Applied "
            "Mathematics Data Analytics Statistics etc.) or "
            "equivalent experience Must be able to obtain "
            "and maintain Secret",
            "job_employment_type": "Full-time, Part-time, and Contractor",
            "job_employment_types": ["FULLTIME", "PARTTIME", "CONTRACTOR"],
            "job_google_link": "https://www.google.com/search?q=jobs&gl=us&hl=en&udm=8#vhid=vt%3D20/docid%3DtBORWp7ickn4t9twAAAAAA%3D%3D&vssid=jobs-detail-viewer",
            "job_highlights": {
                "Qualifications": [
                    "The successful candidate "
                    "will have a demonstrated "
                    "history of Developing "
                    "software applications (can "
                    "be during an internship or "
                    "personal projects) Creative "
                    "thinking and problem-solving "
                    "Meeting deadlines in "
                    "fast-paced goal-oriented "
                    "environment Collaborating "
                    "effectively within a team to "
                    "achieve a goal/objective",
                    "Required Experience with "
                    "object-oriented programming "
                    "in Python",
                    "Education & Experience "
                    "Requirements 0-3 years of "
                    "relevant professional "
                    "experience Bachelor’s degree "
                    "in a relevant technical "
                    "field (e.g. Computer Science "
                    "Engineering Applied "
                    "Mathematics Data Analytics "
                    "Statistics etc.) or "
                    "equivalent experience Must "
                    "be able to obtain and "
                    "maintain Secret",
                ],
                "Responsibilities": [
                    "We are seeking a Junior "
                    "Python Developer to help "
                    "conceptualize and develop "
                    "ground-breaking solutions "
                    "for our clients"
                ],
            },
            "job_id": "tBORWp7ickn4t9twAAAAAA==",
            "job_is_remote": False,
            "job_latitude": 38.8816208,
            "job_location": "Arlington, VA",
            "job_longitude": -77.09098089999999,
            "job_max_salary": 80000,
            "job_min_salary": 63000,
            "job_onet_job_zone": "4",
            "job_onet_soc": "15113200",
            "job_posted_at": None,
            "job_posted_at_datetime_utc": None,
            "job_posted_at_timestamp": None,
            "job_publisher": "OPTnation",
            "job_salary_period": "YEAR",
            "job_state": "Virginia",
            "job_title": "Junior Python Developer",
        }
    ],
    "parameters": {
        "country": "us",
        "language": "en",
        "num_pages": 1,
        "page": 1,
        "query": "junior python",
    },
    "request_id": "a5816a14-75c2-464a-b0e1-c1708e858272",
    "status": "OK",
}
