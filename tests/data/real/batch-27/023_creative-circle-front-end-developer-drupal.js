const jobs = [
    
    {
        "job_id": "B7wquhLA5DYaqeCRAAAAAA==",
        "job_title": "Front End Developer (Drupal)",
        "employer_name": "Creative Circle",
        "employer_logo": "https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcRXcm9C49csCIC3a_3V3m6RgJzUjcIFRV5ZepBY&s=0",
        "employer_website": "https://www.creativecircle.com",
        "job_publisher": "LinkedIn",
        "job_employment_type": "Contractor",
        "job_employment_types": [
            "CONTRACTOR",
            "CONTRACTOR"
        ],
        "job_apply_link": "https://www.linkedin.com/jobs/view/front-end-developer-drupal-at-creative-circle-4267811833?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
        "job_apply_is_direct": false,
        "apply_options": [
            {
                "publisher": "LinkedIn",
                "apply_link": "https://www.linkedin.com/jobs/view/front-end-developer-drupal-at-creative-circle-4267811833?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
                "is_direct": false
            },
            {
                "publisher": "Hire Veterans",
                "apply_link": "https://hireveterans.com/job/10910864/front-end-developer-drupal/?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
                "is_direct": false
            }
        ],
        "job_description": "Our financial services client in McLean, VA is looking for a Front End Developer to join their team. This is 6 month onsite engagement, 40 hours/week, with potential extend.\n\nFront End Developer Responsibilities\n• Translate wireframes, comps, and high-level requirements into functional, performant, responsive, production-ready markup\n• Collaborate with a team of UX, UI, designers, writers, and marketing staff to design and develop wireframes, prototypes, and requirements\n• Develop reusable components and user-facing features to enhance user engagement and site functionality\n• Design, develop, and integrate front-end Drupal modules in a multi-site environment\n• Write and maintain technical documentation, including design documents and user manuals\n• Participate in code reviews to ensure that code is developed in accordance with best practices and standards\n• Update or add new features to existing web projects by implementing clean, semantic reusable code/libraries, and provide guidelines for others to follow\n• Optimize components for maximum performance across a wide array of web-capable devices and browsers\n• Present proposed solutions, structures, and designs to a non-technical audience including marketing teams, senior management, designers, and project stakeholders\n\nFront End Developer Qualifications\n• 5+ years of web development experience in professional environment - financial services or governement exp preferred\n• Advanced Drupal 11 experience - Ability to build front-end Drupal environments and manage compilers\n• Knowledge of PHP and managing the Drupal theme layer\n• Highly proficient in layout and design: Twig, HTML5, CSS3/SCSS, responsive/mobile-first design\n• Highly proficient in client-side scripting: JavaScript (ES6+), AJAX, and JQuery\n• Crisp written and verbal communication skills, with a client-facing professional demeanor\n• Strong understanding of web standards, information design, and best practices for accessibility, usability, and SEO\n• Experience with code version control tools like Git or Bitbucket, and CMS\n• Experience with project management tools such as Jira, Confluence, Wrike\n• Familiarity with the Software Development Lifecycle and exposure to Agile\n• Portfolio or showcase of previous work (websites, open-source contribution, personal projects)\n• Experience working with design systems\n• Experience with Google Marketing Platform (Google Analytics, GTM, Data Layer)\n\nIn this position, you may have access to client or customer systems, confidential and/or proprietary information or data, including financial information. This position is onsite and requires you to work closely with other individuals in a collaborative team environment.\n\nBenefits\n\nCreative Circle's Freelance Employee benefits package includes eligibility for Minimum Essential Coverage (MEC) medical plan, dental/vision/term life package, discount prescription program, critical illness, accident, tele-behavioral health, and 401(k) plan. Sick leave is provided to Candidates whose assignment work location is in a state or city subject to sick leave laws. A Minimum Value (MV) PPO medical plan, Employee Stock Purchase Plan, and paid holiday eligibility are based on length and dates of service.\n\nEmail Your Resume In Word To\n\nLooking forward to receiving your resume through our website and going over the position with you. Clicking apply is the best way to apply, but you may also:\n\ncameron.little@jobalert.creativecircle.com\n• Please do NOT change the email subject line in any way. You must keep the JobID: linkedin : CL9-1870972 -- in the email subject line for your application to be considered.***\n\nCameron Little - Senior Recruiter\n\nFor Creative Circle to represent you for this opportunity, you must be currently authorized to work in the United States without the need of employer sponsorship for a non-immigrant visa such as a H-1B, TN, or O visa. We do not support or provide training for STEM/OPT programs. Additionally, you must be physically located in and perform the work for our client in the United States.\n\nThis job was first posted by Creative Circle on 07/17/2025 and applications will be accepted on an ongoing basis until the position is filled or closed.\n\nCreative Circle is an Equal Opportunity Employer\n\nAll qualified applicants will receive consideration for employment without regard to race, color, creed, religion, sex (including pregnancy, childbirth, breastfeeding, or related medical conditions), age, sexual orientation, gender identity or expression, national origin, ancestry, citizenship, genetic information, registered domestic partner status, marital status, disability, status as a crime victim, protected veteran status, or any other characteristic protected by law. Creative Circle will consider qualified applicants with criminal histories in a manner consistent with the requirements of applicable state and local law, including but not limited to the Los Angeles County Fair Chance Ordinance, the San Francisco Fair Chance Ordinance, and the California Fair Chance Act. If you need a reasonable accommodation in the application process, please contact your Recruiter (the person you'll be interviewing with) or a member of our Human Resources team to make arrangements. United Healthcare creates and publishes the Transparency in Coverage Machine-Readable Files on behalf of Creative Circle.\n\n,",
        "job_is_remote": false,
        "job_posted_at": "2 days ago",
        "job_posted_at_timestamp": 1752796800,
        "job_posted_at_datetime_utc": "2025-07-18T00:00:00.000Z",
        "job_location": "McLean, VA",
        "job_city": "McLean",
        "job_state": "Virginia",
        "job_country": "US",
        "job_latitude": 38.9338676,
        "job_longitude": -77.1772604,
        "job_benefits": [
            "dental_coverage",
            "health_insurance"
        ],
        "job_google_link": "https://www.google.com/search?q=jobs&gl=us&hl=en&udm=8#vhid=vt%3D20/docid%3DB7wquhLA5DYaqeCRAAAAAA%3D%3D&vssid=jobs-detail-viewer",
        "job_min_salary": 55,
        "job_max_salary": 60,
        "job_salary_period": "HOUR",
        "job_highlights": {
            "Qualifications": [
                "Front End Developer Qualifications",
                "Advanced Drupal 11 experience - Ability to build front-end Drupal environments and manage compilers",
                "Knowledge of PHP and managing the Drupal theme layer",
                "Highly proficient in layout and design: Twig, HTML5, CSS3/SCSS, responsive/mobile-first design",
                "Highly proficient in client-side scripting: JavaScript (ES6+), AJAX, and JQuery",
                "Crisp written and verbal communication skills, with a client-facing professional demeanor",
                "Strong understanding of web standards, information design, and best practices for accessibility, usability, and SEO",
                "Experience with code version control tools like Git or Bitbucket, and CMS",
                "Experience with project management tools such as Jira, Confluence, Wrike",
                "Familiarity with the Software Development Lifecycle and exposure to Agile",
                "Portfolio or showcase of previous work (websites, open-source contribution, personal projects)",
                "Experience working with design systems",
                "Experience with Google Marketing Platform (Google Analytics, GTM, Data Layer)",
                "This position is onsite and requires you to work closely with other individuals in a collaborative team environment",
                "For Creative Circle to represent you for this opportunity, you must be currently authorized to work in the United States without the need of employer sponsorship for a non-immigrant visa such as a H-1B, TN, or O visa"
            ],
            "Benefits": [
                "Creative Circle's Freelance Employee benefits package includes eligibility for Minimum Essential Coverage (MEC) medical plan, dental/vision/term life package, discount prescription program, critical illness, accident, tele-behavioral health, and 401(k) plan",
                "Sick leave is provided to Candidates whose assignment work location is in a state or city subject to sick leave laws",
                "A Minimum Value (MV) PPO medical plan, Employee Stock Purchase Plan, and paid holiday eligibility are based on length and dates of service"
            ],
            "Responsibilities": [
                "Front End Developer Responsibilities",
                "Translate wireframes, comps, and high-level requirements into functional, performant, responsive, production-ready markup",
                "Collaborate with a team of UX, UI, designers, writers, and marketing staff to design and develop wireframes, prototypes, and requirements",
                "Develop reusable components and user-facing features to enhance user engagement and site functionality",
                "Design, develop, and integrate front-end Drupal modules in a multi-site environment",
                "Write and maintain technical documentation, including design documents and user manuals",
                "Participate in code reviews to ensure that code is developed in accordance with best practices and standards",
                "Update or add new features to existing web projects by implementing clean, semantic reusable code/libraries, and provide guidelines for others to follow",
                "Optimize components for maximum performance across a wide array of web-capable devices and browsers",
                "Present proposed solutions, structures, and designs to a non-technical audience including marketing teams, senior management, designers, and project stakeholders",
                "In this position, you may have access to client or customer systems, confidential and/or proprietary information or data, including financial information"
            ]
        },
        "job_onet_soc": "15113400",
        "job_onet_job_zone": "3"
    }
]


export default jobs;