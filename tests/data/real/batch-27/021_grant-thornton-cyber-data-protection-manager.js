export const jobs = {
  status: "OK",
  request_id: "7a801f69-6f09-4632-b4c7-6f82f836e911",
  parameters: {
    query: "developer jobs in chicago",
    page: 1,
    num_pages: 1,
    date_posted: "all",
    country: "us",
    language: "en",
  },
  "data": [
    {
      "job_id": "yxW585vxX7NaDNS0AAAAAA==",
      "job_title": "Cyber Data Protection Manager",
      "employer_name": "Grant Thornton (US)",
      "employer_logo": "https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcQrjNPDvWBq2AwXMzFWt1g6nDq-VBqUpxR8Z6wp&s=0",
      "employer_website": "https://www.grantthornton.com",
      "job_publisher": "LinkedIn",
      "job_employment_type": "Full-time",
      "job_employment_types": [
        "FULLTIME"
      ],
      "job_apply_link": "https://www.linkedin.com/jobs/view/cyber-data-protection-manager-at-grant-thornton-us-4268909813?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
      "job_apply_is_direct": false,
      "apply_options": [
        {
          "publisher": "LinkedIn",
          "apply_link": "https://www.linkedin.com/jobs/view/cyber-data-protection-manager-at-grant-thornton-us-4268909813?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "Ladders",
          "apply_link": "https://www.theladders.com/job/cyber-data-protection-manager-grantthornton-arlington-va_82503458?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "JobGet",
          "apply_link": "https://www.jobget.com/jobs/job/ec13cee6-e77c-4505-a22d-f963d345ba3c?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "LazyApply",
          "apply_link": "https://lazyapply.com/jobpreview/cyber-data-protection-manager-grantthornton-arlington-va_82503458?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "BeBee",
          "apply_link": "https://us.bebee.com/job/75da0ef36eb778ff245348784723679c?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "Jobrapido",
          "apply_link": "https://us.jobrapido.com/recruit/www.theladders.com/7311935079863812096?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "Recruit.net",
          "apply_link": "https://www.recruit.net/job/cyber-data-protection-manager-jobs/07CA31BB3D30BE1F?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        },
        {
          "publisher": "Jobs Trabajo.org",
          "apply_link": "https://us.trabajo.org/job-3035-f25a9ac36b26bd229a56a8a639c3b958?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
          "is_direct": false
        }
      ],
      "job_description": "Job Description\n\nAs a Cyber Data Protection Manager with a focus on Microsoft Purview, you will help clients design and implement enterprise data governance and compliance strategies using Microsoft’s cloud-native tools. You will work with cross-functional teams to assess data protection risks, define governance frameworks, and deploy Microsoft Purview solutions that support regulatory compliance and business resilience.\n\nFrom day one, you’ll be empowered by the greater Risk team to help clients make the moves that will help them achieve their vision and help you achieve more, confidently.\n\nYour day-to-day may include:\n• Leading the implementation of Microsoft Purview capabilities, including:\n• Information Protection & Sensitivity Labels\n• Data Loss Prevention (DLP)\n• Insider Risk Management\n• eDiscovery and Compliance Manager\n• Data Lifecycle and Records Management\n• Supporting clients in aligning Microsoft Purview with regulatory frameworks such as GDPR, HIPAA, CCPA, and ISO 27001.\n• Conducting current-state assessments of data governance and compliance programs.\n• Developing future-state roadmaps and implementation plans for Microsoft Purview adoption.\n• Collaborating with client stakeholders to define data classification, retention, and access policies.\n• Supporting the integration of Microsoft Purview with Microsoft 365, Azure, and third-party platforms.\n• Delivering workshops and training sessions to educate client teams on Microsoft compliance tools.\n• Contributing to internal knowledge development and client proposal efforts.\n\nYou have the following technical skills and qualifications:\n• Bachelor’s degree in Cybersecurity, Information Systems, Business, or a related field.\n• Relevant certifications such as SC-400, CIPP, CIPM, CISSP, CISM, or other related certifications required\n• 5+ years of experience in cybersecurity, data governance, or compliance consulting.\n• Hands-on experience with Microsoft Purview and Microsoft 365 compliance solutions.\n• Strong understanding of data privacy regulations and risk management frameworks.\n• Familiarity with Microsoft Copilot for Compliance and AI-driven governance tools.\n• Strong communication skills and the ability to translate technical concepts for business stakeholders.\n• Experience in project management and cross-functional team leadership.\n\nThe base salary range for this position in Chicago, IL only is between $144,000 and $216,000.\n\nThe base salary range for this position in New York, NY only is between $155,500 and $233,300.\n\nAbout Us\n\nAt Grant Thornton, we believe in making business more personal and building trust into every result – for our clients and you. Here, we go beyond your expectations of a career in professional services by offering a career path with more: more opportunity, more flexibility, and more support. It’s what makes us different, and we think being different makes us better.\n\nIn the U.S., Grant Thornton delivers professional services through two specialized entities: Grant Thornton LLP, a licensed, certified public accounting (CPA) firm that provides audit and assurance services ― and Grant Thornton Advisors LLC (not a licensed CPA firm), which exclusively provides non-attest offerings, including tax and advisory services.\n\nIn 2025, Grant Thornton formed a multinational, multidisciplinary platform with Grant Thornton Ireland. The platform offers a premier Trans-Atlantic advisory and tax practice, as well as independent American and Irish audit practices. With $2.7 billion in revenues and more than 50 offices spanning the U.S., Ireland and other territories, the platform delivers a singular client experience that includes enhanced solutions and capabilities, backed by powerful technologies and a roster of 12,000 quality-driven professionals enjoying exceptional career-growth opportunities and a distinctive cross-border culture.\n\nGrant Thornton is part of the Grant Thornton International Limited network, which provides access to its member firms in more than 150 global markets.\n\nAbout The Team\n\nThe team you’re about to join is ready to help you thrive. Here’s how:\n• Whether it’s your work location, weekly schedule, or flex time off, we empower you with the options to work in the way that best serves your clients and your life. Consistent with the firm’s hybrid work model, this position will require in-person attendance at least two days per week, either at a GT office or client site.\n• Here, you are supported to prioritize your overall well-being through work-life integration options that work best for you and those in your household.\n• We understand that your needs, responsibilities and experiences are different — and we think that’s a good thing. That’s why we support you with personalized and comprehensive benefits that recognize and empower all the identities, roles and aspirations that make you, well, you. See how at www.gt.com/careers\n• When it comes to inclusion, we are committed to doing more than checking boxes. Explore all the ways we’re taking action for diversity, equity & inclusion at www.gt.com/careers\n\nHere’s what you can expect next:\n\nIf you apply and are selected to interview, a Grant Thornton team member will reach out to you to schedule a time to connect. We encourage you to also check out other roles that may be a good fit for you or get to know us a little bit better at www.gt.com/careers.\n\nBenefits:\n\nWe understand that your needs, responsibilities and experiences are different, and we think that’s a good thing. That’s why we support you with personalized and comprehensive benefits that recognize and empower all the identities, roles and aspirations that make you, well, you. For an overview of our benefit offerings, please visit: https://www.grantthornton.com/careers/rewards-and-benefits\n• Benefits for internship positions: Grant Thornton interns are eligible to participate in the firm’s medical, dental and vision insurance programs and the firm’s employee assistance program. Interns also receive a minimum of 72 hours of paid sick leave, and are paid for firm holidays that fall within their internship period.\n• Benefits for seasonal employee positions: Grant Thornton seasonal employees are eligible to participate in the firm’s medical, dental and vision insurance programs and the firm’s employee assistance program. Seasonal employees may also be eligible to participate in the firm’s 401(k) savings plan and employee retirement plan in accordance with applicable plan terms and eligibility requirements. Seasonal employees receive a minimum of 72 hours of paid sick leave.\n\nGrant Thornton employees may be eligible for a discretionary, annual bonus based on individual and firm performance, subject to the terms, conditions and eligibility criteria of the applicable bonus plan or program. Interns and seasonal employees are not eligible for bonus compensation.\n\nAdditional Details:\n\nIt is the policy of Grant Thornton to promote equal employment opportunities. All personnel decisions (including, but not limited to, recruiting, hiring, training, working conditions, promotion, transfer, compensation, benefits, evaluations, and termination) are made without regard to race, color, religion, national origin, sex, age, marital or civil union status, pregnancy or pregnancy-related condition, sexual orientation, gender identity or expression, citizenship status, veteran status, disability, handicap, genetic predisposition or any other characteristic protected by applicable federal, state, or local law.\n\nConsistent with the Americans with Disabilities Act (ADA) and applicable state and local laws, it is the policy of Grant Thornton to provide reasonable accommodation when requested by a qualified applicant or employee with a disability, unless such accommodation would cause an undue hardship. The policy regarding requests for reasonable accommodation applies to all aspects of employment, including the application process. To make an accommodation request, please contact HR@us.gt.com.\n\nFor Los Angeles Applicants only: We will consider for employment all qualified Applicants, including those with Criminal Histories, in a manner consistent with the requirements of applicable state and local laws, including the City of Los Angeles’ Fair Chance Initiative for Hiring Ordinance.",
      "job_is_remote": false,
      "job_posted_at": "11 days ago",
      "job_posted_at_timestamp": 1753142400,
      "job_posted_at_datetime_utc": "2025-07-22T00:00:00.000Z",
      "job_location": "Arlington, VA",
      "job_city": "Arlington",
      "job_state": "Virginia",
      "job_country": "US",
      "job_latitude": 38.8816208,
      "job_longitude": -77.09098089999999,
      "job_benefits": [
        "health_insurance",
        "dental_coverage"
      ],
      "job_google_link": "https://www.google.com/search?q=jobs&gl=us&hl=en&udm=8#vhid=vt%3D20/docid%3DyxW585vxX7NaDNS0AAAAAA%3D%3D&vssid=jobs-detail-viewer",
      "job_min_salary": 144000,
      "job_max_salary": 233000,
      "job_salary_period": "YEAR",
      "job_highlights": {
        "Qualifications": [
          "Bachelor’s degree in Cybersecurity, Information Systems, Business, or a related field",
          "Relevant certifications such as SC-400, CIPP, CIPM, CISSP, CISM, or other related certifications required",
          "5+ years of experience in cybersecurity, data governance, or compliance consulting",
          "Hands-on experience with Microsoft Purview and Microsoft 365 compliance solutions",
          "Strong understanding of data privacy regulations and risk management frameworks",
          "Familiarity with Microsoft Copilot for Compliance and AI-driven governance tools",
          "Strong communication skills and the ability to translate technical concepts for business stakeholders",
          "Experience in project management and cross-functional team leadership"
        ],
        "Benefits": [
          "The base salary range for this position in Chicago, IL only is between $144,000 and $216,000",
          "The base salary range for this position in New York, NY only is between $155,500 and $233,300",
          "Here, you are supported to prioritize your overall well-being through work-life integration options that work best for you and those in your household",
          "Benefits for internship positions: Grant Thornton interns are eligible to participate in the firm’s medical, dental and vision insurance programs and the firm’s employee assistance program",
          "Interns also receive a minimum of 72 hours of paid sick leave, and are paid for firm holidays that fall within their internship period",
          "Benefits for seasonal employee positions: Grant Thornton seasonal employees are eligible to participate in the firm’s medical, dental and vision insurance programs and the firm’s employee assistance program",
          "Seasonal employees may also be eligible to participate in the firm’s 401(k) savings plan and employee retirement plan in accordance with applicable plan terms and eligibility requirements",
          "Seasonal employees receive a minimum of 72 hours of paid sick leave",
          "Grant Thornton employees may be eligible for a discretionary, annual bonus based on individual and firm performance, subject to the terms, conditions and eligibility criteria of the applicable bonus plan or program",
          "Interns and seasonal employees are not eligible for bonus compensation"
        ],
        "Responsibilities": [
          "As a Cyber Data Protection Manager with a focus on Microsoft Purview, you will help clients design and implement enterprise data governance and compliance strategies using Microsoft’s cloud-native tools",
          "You will work with cross-functional teams to assess data protection risks, define governance frameworks, and deploy Microsoft Purview solutions that support regulatory compliance and business resilience",
          "From day one, you’ll be empowered by the greater Risk team to help clients make the moves that will help them achieve their vision and help you achieve more, confidently",
          "eDiscovery and Compliance Manager",
          "Data Lifecycle and Records Management",
          "Supporting clients in aligning Microsoft Purview with regulatory frameworks such as GDPR, HIPAA, CCPA, and ISO 27001",
          "Conducting current-state assessments of data governance and compliance programs",
          "Developing future-state roadmaps and implementation plans for Microsoft Purview adoption",
          "Collaborating with client stakeholders to define data classification, retention, and access policies",
          "Supporting the integration of Microsoft Purview with Microsoft 365, Azure, and third-party platforms",
          "Delivering workshops and training sessions to educate client teams on Microsoft compliance tools",
          "Contributing to internal knowledge development and client proposal efforts",
          "Whether it’s your work location, weekly schedule, or flex time off, we empower you with the options to work in the way that best serves your clients and your life",
          "Consistent with the firm’s hybrid work model, this position will require in-person attendance at least two days per week, either at a GT office or client site"
        ]
      },
      "job_onet_soc": "11302100",
      "job_onet_job_zone": "4"
    }
  ]
};



