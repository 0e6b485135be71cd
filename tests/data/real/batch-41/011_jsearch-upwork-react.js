export default dummyData = [
  {
    "job_id": "oRwoqWbzBVgucoclAAAAAA==",
    "employer_name": "Upwork",
    "employer_logo": "https://image.status.io/z6aeO6kAGsAG.png",
    "employer_website": "http://www.elance.com",
    "employer_company_type": "Computer Services",
    "job_publisher": "Upwork",
    "job_employment_type": "FULLTIME",
    "job_title": "React developer for health care startup [Monthly salary] - Contract to Hire",
    "job_apply_link": "https://www.upwork.com/freelance-jobs/apply/React-developer-for-health-care-startup-Monthly-salary_~011a94d08e7ed6f064/",
    "job_apply_is_direct": true,
    "job_apply_quality_score": 0.6847,
    "apply_options": [
      {
        "publisher": "Upwork",
        "apply_link": "https://www.upwork.com/freelance-jobs/apply/React-developer-for-health-care-startup-Monthly-salary_~011a94d08e7ed6f064/",
        "is_direct": true
      }
    ],
    "job_description": "We are seeking a React developer to join our startup on a short-term basis, with the potential to transition to a full-time role as we grow. Your primary responsibility will be to assist in delivering our SaaS product to its minimum viable product (MVP) stage and potentially beyond.\n\nFor this position, we value collaborative work. Our team follows a highly collaborative approach to refining user stories, planning, and conducting code reviews. We believe in open communication and teamwork to achieve our goals effectively.\n\nWe are looking for candidates with strong React skills and experience integrating with APIs. Knowledge of creating mobile apps using React Native will be a significant plus.\n\nOur budget for this role is $300 per month. If you are passionate about building innovative software solutions and thrive in a collaborative environment, we'd love to hear from you.",
    "job_is_remote": true,
    "job_posted_at_timestamp": 1710515340,
    "job_posted_at_datetime_utc": "2024-03-15T15:09:00.000Z",
    "job_city": null,
    "job_state": null,
    "job_country": "US",
    "job_latitude": 37.09024,
    "job_longitude": -95.71289,
    "job_benefits": null,
    "job_google_link": "https://www.google.com/search?gl=us&hl=en&rciv=jb&q=react+developer&start=0&ibp=htl;jobs#fpstate=tldetail&htivrt=jobs&htiq=react+developer&htidocid=oRwoqWbzBVgucoclAAAAAA%3D%3D",
    "job_offer_expiration_datetime_utc": null,
    "job_offer_expiration_timestamp": null,
    "job_required_experience": {
      "no_experience_required": false,
      "required_experience_in_months": null,
      "experience_mentioned": true,
      "experience_preferred": true
    },
    "job_required_skills": [
      "React",
      "JavaScript",
      "Web Development",
      "HTML",
      "CSS",
      "Node.js"
    ],
    "job_required_education": {
      "postgraduate_degree": false,
      "professional_certification": false,
      "high_school": false,
      "associates_degree": false,
      "bachelors_degree": false,
      "degree_mentioned": false,
      "degree_preferred": false,
      "professional_certification_mentioned": false
    },
    "job_experience_in_place_of_education": false,
    "job_min_salary": null,
    "job_max_salary": null,
    "job_salary_currency": null,
    "job_salary_period": null,
    "job_highlights": {
      "Qualifications": [
        "We are looking for candidates with strong React skills and experience integrating with APIs",
        "Knowledge of creating mobile apps using React Native will be a significant plus"
      ],
      "Responsibilities": [
        "Your primary responsibility will be to assist in delivering our SaaS product to its minimum viable product (MVP) stage and potentially beyond"
      ],
      "Benefits": [
        "Our budget for this role is $300 per month"
      ]
    },
    "job_job_title": null,
    "job_posting_language": "en",
    "job_onet_soc": "15113400",
    "job_onet_job_zone": "3",
    "job_naics_code": "541511",
    "job_naics_name": "Custom Computer Programming Services"
  },
  {
    "job_id": "KsCfcz5slmlMbHzUAAAAAA==",
    "employer_name": "Dexian Inc",
    "employer_logo": "https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcTWVddevNahuYYDcoLrM-2UNfk7gwjODqWSp7qY&s=0",
    "employer_website": null,
