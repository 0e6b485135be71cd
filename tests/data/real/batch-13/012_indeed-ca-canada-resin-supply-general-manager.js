  {
    attributes: [
      {
        key: "2ER7H",
        label: "CRM software",
      },
      {
        key: "6GWPM",
        label: "Management",
      },
      {
        key: "BXC4X",
        label: "Data analysis skills",
      },
      {
        key: "CF3CP",
        label: "Full-time",
      },
      {
        key: "D866K",
        label: "English",
      },
      {
        key: "EXSNN",
        label: "Master's degree",
      },
      {
        key: "HFDVW",
        label: "Bachelor's",
      },
      {
        key: "PAXZC",
        label: "Hybrid work",
      },
      {
        key: "SAP7A",
        label: "Monday to Friday",
      },
      {
        key: "TE67X",
        label: "Business management",
      },
      {
        key: "UR2ED",
        label: "Business",
      },
      {
        key: "VZD9Q",
        label: "On call",
      },
      {
        key: "WSBNK",
        label: "Communication skills",
      },
    ],
    benefits: [],
    country: "CA",
    dateOnIndeed: 1720093473000,
    datePublished: 1720093471711,
    description:
      "<p>General Manager</p><p>Overview:<br/>We are seeking a dynamic and experienced General Manager to lead our team in delivering exceptional service and driving business growth in the epoxy industry. The ideal candidate will have a strong background in business management, epoxy products, and customer service.</p><p>Responsibilities:<br/>- Supervise daily operations to ensure smooth functioning of the establishment<br/>- Inventory Management by monitoring levels to meet demands and minimize costs.<br/>- Ensure all products meet the company's quality standards and customer expectations.<br/>- Optimize logistics and distribution channels to ensue timely and cost effective delivery of products.</p><p>-Lead, mentor, and develop a high-performancing team across various departments</p><p>-Develop and execute strategic plans to drive growth and profitability.</p><p>-Identify and capitalize on opportunities to expand the business into new markets.</p><p>-Collaborate with sales and marketing teams to drive revenue growth and enhance brand presence.</p><p>-Ensure that all operations comply with relevant laws and regulations</p><p>-Identify and mitigate operational and financial risks.</p><p>Requirements:<br/>- Minimum 10 years experience in a similar role, preferably in the epoxy flooring or related industry.<br/>- Bachelor's degree in Business Administration, Operations Management, or a related field (MBA preferred)<br/>- Proven track record of leading and developing high-performing teams.<br/>- Strong Financial management skills<br/>- Strong understanding of operational processes and best practices<br/>- Ability to lead and motivate a diverse team/ experience with CRM systems and data analysis.<br/>- Excellent communication and interpersonal skills<br/>- Flexibility to work in a fast-paced environment/ Develop and execute strategic plans.</p><p>Join our team as a General Manager and take your career to the next level! We offer competitive compensation, opportunities for growth, and a supportive work environment. Apply now if you are ready to lead with passion and drive success in the epoxy world of business industry.</p><p>Job Type: Full-time</p><p>Pay: $78,429.60-$150,000.00 per year</p><p>Schedule:</p><ul><li>Monday to Friday</li><li>On call</li></ul><p>Education:</p><ul><li>Bachelor's Degree (preferred)</li></ul><p>Experience:</p><ul><li>Management: 10 years (required)</li></ul><p>Language:</p><ul><li>English (preferred)</li></ul><p>Work Location: Hybrid remote in Nisku, AB T9E 0W8</p><p>Application deadline: 2024-07-19</p>",
    employer: {
      key: "9c1fa6e4c0ef0649",
      tier: "UNSPECIFIED",
      companyPageUrl: "https://ca.indeed.com/cmp/Canada-Resin-Supply-1",
      logoUrl: null,
      headerImageUrl: null,
      overallRating: {
        count: 0,
        value: 0,
      },
    },
    expirationDate: false,
    hiringDemand: {
      isUrgentHire: false,
      isHighVolumeHiring: false,
    },
    jobTitle: "General Manager",
    jobTypes: [
      {
        key: "CF3CP",
        label: "Full-time",
      },
    ],
    jobUrl: "https://ca.indeed.com/viewjob?jk=affa65a3fed290de",
    language: "en",
    location: {
      countryCode: "CA",
      admin1Code: "AB",
      admin2Code: null,
      admin3Code: null,
      admin4Code: null,
      city: "Nisku",
      postalCode: "T9E",
      latitude: 53.33396,
      longitude: -113.54309,
      streetAddress: "201 19 Ave",
    },
    occupations: [
      {
        key: "MGTWW",
        label: "Organization Operations & Administrative Occupations",
      },
    ],
    remote: "REMOTE_HYBRID",
    retrievedAt: 1720095986583,
    salary: {
      currency: "CAD",
      max: 150000,
      min: 78429.6,
      source: "EXTRACTION",
      type: "YEARLY",
    },
    source: {
      name: "Indeed",
      url: "http://ca.indeed.com/job/general-manager-affa65a3fed290de",
    },
    jobKey: "affa65a3fed290de",
  }
