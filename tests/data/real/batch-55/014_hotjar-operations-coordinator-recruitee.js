/* eslint-disable */
/* prettier-ignore */
exports.input={
    offers: [
      {
        id: 570508,
        slug: 'operations-coordinator-emea',
        position: 112,
        status: 'published',
        options_phone: 'off',
        options_photo: 'off',
        options_cover_letter: 'optional',
        options_cv: 'required',
        remote: true,
        country_code: 'MT',
        state_code: '01',
        postal_code: 'STJ 3155',
        min_hours: 40,
        max_hours: 40,
        title: 'Operations Coordinator (EMEA)',
        description: `<p style="text-align: center;"><strong><u>An Important December Note!</u></strong><br />During the month of December, a lot of Hotjar team members will be taking time off from work to rest and celebrate various holidays. We'd like to let you know that over this time, we will be slower to respond to applications. We'd still love to hear from you, and will do our best to answer as quickly as we're able to through this period.</p>\n` +
          '<p><strong><br /></strong></p>\n' +
          '<p><strong>Please do not apply for this role if you are not physically located in Europe, Africa or the Middle East</strong>. While this is a remote position, we can not consider candidates that are not based in these regions. You can find a detailed explanation in our<a href="https://hotjar.atlassian.net/wiki/spaces/REC/pages/269942975/Recruitment+FAQs#Because-it%E2%80%99s-a-remote-job%2C-why-does-it-matter-what-time-zone-or-region-I%E2%80%99m-in%3F"> Recruitment FAQs</a>.</p>\n' +
          '<p><br /></p>\n' +
          '<p>At Hotjar, we’re building Behavior Analytics software for businesses selling online. We make it easy for them to go beyond traditional web analytics and understand what users are really doing on their site.</p>\n' +
          '<p><br /></p>\n' +
          '<p>We’re looking for someone excited about supporting multiple projects at once, working with team members from all parts of the organization, and doing some routine administrative work as well. Reporting to the Operations Manager, you’ll work on a variety of one-time and recurring projects, everything from onboarding new team members to helping execute our meetups. You will also maintain many of our administrative systems such as access to tools, managing inventory of merchandise and stock laptops, and writing documentation for our team manual. </p>\n' +
          '<p><br /></p>\n' +
          '<p>There are also plenty of opportunities to improve our processes and introduce automation. In order to pull this off, you’ll need excellent attention to detail.</p>\n' +
          '<p><br /></p>\n' +
          '<p>This is a great opportunity to grow within a fast-paced environment. We’re looking for someone who’s hands-on, excels in handling multiple responsibilities, and can think operationally.</p>',
        requirements: '<ul><li>Manage configuration and access to company tools including onboarding and offboarding team members</li><li>Provide maintenance and support for operations tools such as our workflow, documentation, OKR and contract management tools</li><li>Manage a variety of requests and questions from the team</li><li>Lead pilots for new and replacement tools</li><li>Manage inventory of our customer and team member merchandise</li><li>Manage laptop procurement, laptop stock and replacement laptops</li><li>Improve and document current processes </li><li>Administrative work for virtual and in-person company meetups</li><li>Collaborate with different departments on large company projects</li></ul>\n' +
          '<p><br /></p>\n' +
          '<p>  </p>\n' +
          '<p><strong>Position Requirements</strong></p>\n' +
          '<ul><li>Experience in project management, event planning or administration, from past work experience or from extracurricular groups</li><li>Willingness to do detailed and administrative tasks </li><li>Ability to juggle multiple priorities and projects</li><li>Desire to work in a respectful, transparent, and collaborative work environment, in line with Hotjar’s <a href="https://hotjar.atlassian.net/wiki/spaces/REC/pages/269942884/Hotjar+Core+Values">company values</a>, <a href="https://careers.hotjar.com/">culture</a> and <a href="https://hotjar.atlassian.net/wiki/spaces/REC/pages/269779142/Working+at+Hotjar">ways of working</a>.</li><li>Must submit to a background check confidentially processed by our third-party.</li></ul>\n' +
          '<p><br /></p>\n' +
          '<p><strong>Compensation Range</strong></p>\n' +
          `<p>The compensation range for this role is <strong>€35,000 to €55,000</strong> annually. This was established after performing market research and is aligned with our approach to compensation. We encourage all candidates to read our <a href="https://hotjar.atlassian.net/wiki/spaces/REC/pages/269942975/Recruitment+FAQs#What-is-Hotjar's-approach-to-Compensation%3F">Recruitment FAQs</a> to further understand our approach to compensation and how we structure our contracts.</p>\n` +
          '<p>In addition to the monetary compensation, we also provide all team members with an assortment of unique and popular<a href="https://hotjar.atlassian.net/wiki/spaces/REC/pages/158105691/Our+Perks"> perks</a>. </p>',
        location: 'Remote job',
        city: 'Europe',
        country: 'Malta',
        careers_url: 'http://careers.hotjar.com/o/operations-coordinator-emea',
        careers_apply_url: 'http://careers.hotjar.com/o/operations-coordinator-emea/c/new',
        mailbox_email: 'job.bkgbr@hotjar.recruitee.com',
        company_name: 'Hotjar',
        department: 'Operations',
        created_at: '2020-11-26 13:17:09 UTC',
        employment_type_code: 'fulltime',
        category_code: 'internet',
        experience_code: 'entry_level',
        education_code: 'vocational',
        tags: [],
        translations: [],
        open_questions: []
      }
    ]
  }
