export const data = {
  status: 'OK',

  request_id: '3105352d-f69c-4c7e-99bf-875ac46b6b50',

  parameters: {
    query: 'javascript developer in texas, usa',
    page: 1,
    num_pages: 1,
  },

  data: [
    {
      employer_name: 'System Canada',

      employer_logo: null,

      employer_website: null,

      employer_company_type: null,

      job_publisher: 'Learn4Good',

      job_id: 'ZjYFdJ-QsEoAAAAAAAAAAA==',

      job_employment_type: 'FULLTIME',

      job_title: 'JavaScript Developer ( Corp to Corp',

      job_apply_link:
        'https://www.learn4good.com/jobs/irving/texas/software_development/2453612392/e/',

      job_apply_is_direct: false,

      job_apply_quality_score: 0.381,

      job_description:
        'Position: JavaScript Developer ( Corp to Corp )\n' +
        'System Canada resources have a broad range of skills in different technologies. The large skill-set has been made possible by a conscious focus on strengthening our skills base. Every person selected for our team brings something new, something that adds to our offerings. We learn continuously, both on the job and through formal training programs.\n' +
        '\n' +
        'Job Description\n' +
        '\n' +
        'Recruitment agency can contact us.\n' +
        '\n' +
        'This is only Corp to Corp\n' +
        '\n' +
        'Location:\n' +
        '\n' +
        'Irving, TX\n' +
        '\n' +
        'Duration: 6 months\n' +
        '\n' +
        'Job Description :\n' +
        '\n' +
        'o Having good knowledge in objects and prototype.\n' +
        '\n' +
        'o Having good knowledge in closures.\n' +
        '\n' +
        'o Having good knowledge in OOPS.\n' +
        '\n' +
        '• Having good knowledge in DOM tree manipulation in terms of improving the page performance.\n' +
        '\n' +
        '• Having good knowledge in any of the MVC framework.\n' +
        '\n' +
        '• Having very good knowledge in CSS3,\n' +
        '\n' +
        '• Having very good knowledge in improving page performance by optimizing CSS3 and html files.',

      job_is_remote: false,

      job_posted_at_timestamp: 1689033600,

      job_posted_at_datetime_utc: '2023-07-11T00:00:00.000Z',

      job_city: 'Irving',

      job_state: 'TX',

      job_country: 'US',

      job_latitude: 32.81402,

      job_longitude: -96.94889,

      job_benefits: null,

      job_google_link:
        'https://www.google.com/search?gl=us&hl=en&rciv=jb&q=javascript+developer+in+texas,+usa&start=0&ibp=htl;jobs#fpstate=tldetail&htivrt=jobs&htiq=javascript+developer+in+texas,+usa&htidocid=ZjYFdJ-QsEoAAAAAAAAAAA%3D%3D',

      job_offer_expiration_datetime_utc: '2024-01-10T00:00:00.000Z',

      job_offer_expiration_timestamp: 1704844800,

      job_required_experience: {
        no_experience_required: false,

        required_experience_in_months: null,

        experience_mentioned: false,

        experience_preferred: false,
      },

      job_required_skills: null,

      job_required_education: {
        postgraduate_degree: false,

        professional_certification: false,

        high_school: false,

        associates_degree: false,

        bachelors_degree: false,

        degree_mentioned: false,

        degree_preferred: false,

        professional_certification_mentioned: false,
      },

      job_experience_in_place_of_education: false,

      job_min_salary: null,

      job_max_salary: null,

      job_salary_currency: null,

      job_salary_period: null,

      job_highlights: {
        Qualifications:
          Array(6)[
            ('Having good knowledge in objects and prototype',
            'Having good knowledge in closures',
            'Having good knowledge in OOPS',
            'Having good knowledge in DOM tree manipulation in terms of improving the page performance',
            'Having good knowledge in any of the MVC framework',
            'Having very good knowledge in improving page performance by optimizing CSS3 and html files')
          ],
      },

      job_job_title: null,

      job_posting_language: 'en',

      job_onet_soc: '15113400',

      job_onet_job_zone: '3',

      job_occupational_categories: [
        'Systems Developer',
        'Javascript',
        'PHP',
        'HTML CSS',
      ],
    },
  ],
};
