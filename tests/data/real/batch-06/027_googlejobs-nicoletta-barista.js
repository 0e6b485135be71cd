{
      title: 'Barista',
      company_name: 'Nicoletta Italian Kitchen',
      location: 'Washington, DC',
      via: 'via Culinary Agents',
      description: 'HIRING IMMEDIATELY: Nicoletta Italian Kitchen and Brew’d, located in the heart of Washington, D.C., is looking for a fun-loving, energetic, and passionate baristas to join the team. Nicoletta Italian Kitchen operates as part of Altamarea Group (Highly-acclaimed Marea & Ai Fiori), an award-winning global hospitality firm with 15 restaurants worldwide and, through its talented team of employees... creates special memories through exceptional hospitality, delivering the highest level of food and service across distinct brands and concepts. Altamarea Group offers staff an opportunity to work with high-quality Italian cuisine and wine/spirits and a management team firmly committed to investing in and developing talent.\n' +
        '\n' +
        'Responsibilities include:\n' +
        '\n' +
        '· Prepare drinks in a timely manner according to the restaurant’s recipes\n' +
        '\n' +
        '· Must have genuine interest in interacting with guests and creating regulars\n' +
        '\n' +
        '· Enters orders accurately into POS device; accepts cash and charge payments.\n' +
        '\n' +
        '· Cleans equipment and workstation thoroughly before leaving the area for other assignments.\n' +
        '\n' +
        '· Maintains safe and healthy work environment by following organization standards and sanitation regulations\n' +
        '\n' +
        'Requirements:\n' +
        '\n' +
        '· Must possess passion for coffee and ability to prepare classic espresso beverages\n' +
        '\n' +
        '· Willing to learn and work as a team player\n' +
        '\n' +
        '· Ability to remain calm and organized in a high-volume environment\n' +
        '\n' +
        '· Strong communication skills, organizational skills and ability to prioritize tasks\n' +
        '\n' +
        '· Candidate should demonstrate an energetic and friendly personality\n' +
        '\n' +
        '· Must be able to walk and stand during entire shift\n' +
        '\n' +
        '· Must have open availability and able to work flexible hours\n' +
        '\n' +
        '· Barista experience is a plus\n' +
        '\n' +
        'We offer COMPETITIVE COMPENSATION, medical, dental, and vision benefits after 90 days of employment for full time employees. If you are interested in joining the Nicoletta Italian Kitchen team, please submit your resume. Attachments that cannot be opened will not be considered.\n' +
        '\n' +
        'Altamarea Group is an Equal Opportunity Employer',
      job_highlights: [Array],
      related_links: [Array],
      thumbnail: 'https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcQcyPZyba4WXGvbIMuwQv4jin1Fhkmv0Y0D_BCvNF4&s',
      extensions: [Array],
      detected_extensions: [Object],
      job_id: 'eyJqb2JfdGl0bGUiOiJCYXJpc3RhIiwiaHRpZG9jaWQiOiJyWlJYdlE1ZHlnUUFBQUFBQUFBQUFBPT0iLCJmYyI6IkV2Y0JDcmNCUVVOUWQycHFVVnBIWVdwTGNHTk9RMnhtUVZaWGFYTXlVMXBHVERKcGNEUktlbk5ZZUdkclFsQklRemxtWTNCak5GbDVVa0pYYkV0eVltRktVbmxpVFhaWFprWmhURGhRWWpKR2NETmZaRXBHVkhGdWIzWlJlSGxHYlZCdWNrMWlOM2RNY2xwdWJsWnRZakF5TmpoQk5XOHdNa3RMZVhGMmFrTktWalZhVGxjMVRrSlpkMjV5VWtkYU9HWmtjak0zT0dGNk5VVkhNV3MwTkMxbFRUVk9RekYwYURsSFFtWnhOVTVyTlV4cFRHTkxjUzExWTFwckVoZEhVemhVV2t0VU4wbDBRMFIzWW10UWFYTkRSR2RCY3hvaVFVWmZOazFCVG5aWk1WTklZMjFST0RkZlFXTmpWMUowVm01Q1EyRk1ZakkwVVEiLCJmY3YiOiIzIiwiZmNfaWQiOiJmY18xIiwiYXBwbHlfbGluayI6eyJ0aXRsZSI6Ii5uRmcyZWJ7Zm9udC13ZWlnaHQ6NTAwfS5CaTZEZGN7Zm9udC13ZWlnaHQ6NTAwfUFwcGx5IGRpcmVjdGx5IG9uIEN1bGluYXJ5IEFnZW50cyIsImxpbmsiOiJodHRwczovL2N1bGluYXJ5YWdlbnRzLmNvbS9qb2JzLzQ2MzgzMi1CYXJpc3RhP3V0bV9jYW1wYWlnbj1nb29nbGVfam9ic19hcHBseVx1MDAyNnV0bV9zb3VyY2U9Z29vZ2xlX2pvYnNfYXBwbHlcdTAwMjZ1dG1fbWVkaXVtPW9yZ2FuaWMifX0='
    }
