export default [
  {
    salary_is_predicted: '0',
    location: {
      display_name: 'Prestons, Liverpool Area',
      __CLASS__: 'Adzuna::API::Response::Location',
      area: [
        'Australia',
        'New South Wales',
        'Sydney Region',
        'Western Sydney',
        'Liverpool Area',
        'Prestons',
      ],
    },
    redirect_url:
      'https://www.adzuna.com.au/details/1882576843?se=SoP-1eY-6xG1vtxobypDFg&utm_medium=api&utm_source=8e0f4672&v=71FEF574574E94F46CFEDEE53E809CE1298EC0D2',
    created: '2020-12-16T01:40:00Z',
    adref:
      'eyJhbGciOiJIUzI1NiJ9.eyJzIjoiU29QLTFlWS02eEcxdnR4b2J5cERGZyIsImkiOiIxODgyNTc2ODQzIn0.9vKnYMIjOZsKEkudkZXmDovPmmUjjwvRj5uZubveLeQ',
    contract_type: 'permanent',
    description:
      'At Guardian, childcare is more than a job When you join Guardian Preston, you’ll be fortunate enough to work with the most passionate, knowledgeable and well-supported early education experts in their field. Our teams partner with families to deliver world-class Curriculum, based on the renowned Reggio framework. Our Teachers and Educators are supporting children to develop the skills they will need to thrive in the 21st century - and we need exceptional, forward-thinking and thoughtful Teacher…',
    company: {
      display_name: 'Guardian Childcare & Education',
      __CLASS__: 'Adzuna::API::Response::Company',
    },
    __CLASS__: 'Adzuna::API::Response::Job',
    category: {
      tag: 'teaching-jobs',
      label: 'Teaching Jobs',
      __CLASS__: 'Adzuna::API::Response::Category',
    },
    latitude: -33.9429,
    contract_time: 'full_time',
    longitude: 150.87214,
    id: '1882576843',
    title: 'Early Childhood Teacher | Preston',
  },
];
