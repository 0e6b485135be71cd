const jobData = {
  absolute_url: 'https://boards.greenhouse.io/christfellowship/jobs/6368003002',
  data_compliance: [
    {
      type: 'gdpr',
      requires_consent: false,
      retention_period: null,
    },
  ],
  education: 'education_optional',
  internal_job_id: 5376072002,
  location: {
    name: 'Palm Beach Gardens, Florida ',
  },
  metadata: [],
  id: 6368003002,
  updated_at: '2022-09-07T12:43:06-04:00',
  requisition_id: '564',
  title: 'Barista',
  content:
    '&lt;p&gt;&lt;strong&gt;JOB SUMMARY:&lt;/strong&gt;&lt;/p&gt;\n&lt;p&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;The&lt;/span&gt;&lt;strong&gt; Barista&lt;/strong&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt; gets to use food, beverage and people (team) to connect with our customers showing them the love of Christ.&amp;nbsp; Our full-service coffee bar serves top-notch drip coffee, quality espresso beverages and deliciously selected pastries and other treats from local vendors and bakers.&amp;nbsp; Responsibilities for this position include customer interaction at the point-of-sale, preparation of food and beverage items and supporting the development of our volunteer team&lt;/span&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;.&amp;nbsp;&amp;nbsp;&lt;/span&gt;&lt;/p&gt;\n&lt;p&gt;&lt;strong&gt;JOB DUTIES:&lt;/strong&gt;&lt;/p&gt;\n&lt;ul&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Maintaining quality standards for all products sold within the coffee bar (food and beverage)&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Providing exceptional customer service within the coffee bar environment (the experience)&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Supporting the growth and development of our volunteer team (steward 1-2 growth tracks per quarter)&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Ensuring that health and safety regulations regarding food handling and preparation are followed.&amp;nbsp; We will certify you in Food Safety Handling covered under the State of Florida.&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Accepting deliveries and completing delivery paperwork (if required).&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Using the point-of-sale system and enhancing your knowledge of POS with online tutorials.&amp;nbsp;&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Ensuring that all equipment is maintained, clean, and in proficient working condition.&lt;/span&gt;&lt;/li&gt;\n&lt;li style=&quot;font-weight: 400;&quot;&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Maintaining clean display cases and arranging café goods and products so that they are attractive. &lt;/span&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;&lt;br&gt;&lt;br&gt;&lt;/span&gt;&lt;/li&gt;\n&lt;/ul&gt;\n&lt;p&gt;&lt;strong&gt;CERTIFICATES&lt;/strong&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;,&lt;/span&gt;&lt;strong&gt; LICENSES and/or REQUIRED TECHNICAL SKILLS:&lt;/strong&gt;&lt;/p&gt;\n&lt;p&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;SafeServe Certification&lt;/span&gt;&lt;/p&gt;\n&lt;p&gt;&lt;strong&gt;RELEVANT WORK EXPERIENCE:&lt;/strong&gt;&lt;/p&gt;\n&lt;p&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;1-3 years&lt;/span&gt;&lt;/p&gt;\n&lt;p&gt;&lt;strong&gt;JOB SPECS:&lt;/strong&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;&amp;nbsp;&lt;/span&gt;&lt;/p&gt;\n&lt;p&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Classification: Part-time hourly, (non-exempt) - 10 hours per week&amp;nbsp;&lt;/span&gt;&lt;/p&gt;\n&lt;p&gt;&lt;span style=&quot;font-weight: 400;&quot;&gt;Reporting to: Retail Operations Manager&lt;/span&gt;&lt;/p&gt;',
  departments: [
    {
      id: 4030171002,
      name: 'Cafe',
      child_ids: [],
      parent_id: null,
    },
  ],
  offices: [
    {
      id: 4015521002,
      name: 'Palm Beach Gardens',
      location: 'Palm Beach Gardens, Florida, United States',
      child_ids: [],
      parent_id: null,
    },
  ],
};

export default jobData;
