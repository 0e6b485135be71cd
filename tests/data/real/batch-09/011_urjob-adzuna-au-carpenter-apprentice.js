  {
    description:
      'Sarina Russo Apprenticeships has a client that is in the construction industry specialising in new builds, renovations & general carpentry requirements around the ACT/NSW area. Due to business needs they are looking for 2 keen & reliable apprentices to join their busy/friendly team. As an apprentice you will have the opportunity to learn all aspects of the trade including, but not limited to complete house builds from frame to lockup, renovations and much more. You will complete a 4 year appren…',
    location: {
      area: ['Australia', 'Australian Capital Territory'],
      __CLASS__: 'Adzuna::API::Response::Location',
      display_name: 'Australian Capital Territory, Australia',
    },
    created: '2020-12-16T01:36:55Z',
    redirect_url:
      'https://www.adzuna.com.au/details/1882572484?se=SoP-1eY-6xG1vtxobypDFg&utm_medium=api&utm_source=8e0f4672&v=EC847C0732BC117CE56EF336502AE6F6CD6A4C21',
    adref:
      'eyJhbGciOiJIUzI1NiJ9.eyJpIjoiMTg4MjU3MjQ4NCIsInMiOiJTb1AtMWVZLTZ4RzF2dHhvYnlwREZnIn0.7ACo8Ekz2lK5auSSy8ZK2kvpeYMHDxb1yIut5_JYgxM',
    salary_is_predicted: '0',
    id: '1882572484',
    title: 'Carpenter – 1st, 2nd or 3rd year Apprentice X 2',
    contract_time: 'full_time',
    company: {
      display_name: 'Sarina Russo Apprenticeships',
      __CLASS__: 'Adzuna::API::Response::Company',
    },
    category: {
      tag: 'graduate-jobs',
      label: 'Graduate Jobs',
      __CLASS__: 'Adzuna::API::Response::Category',
    },
    __CLASS__: 'Adzuna::API::Response::Job',
  }
