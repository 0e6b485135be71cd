const data = {
  data: {
    mean: 61483.77,
    __CLASS__: 'Adzuna::API::Response::JobSearchResults',
    results: [
      {
        description:
          'Job Description At Boeing, we innovate and collaborate to make the world a better place. From the seabed to outer space, you can contribute to work that matters with a company where diversity, equity and inclusion are shared values. We’re committed to fostering an environment for every teammate that’s welcoming, respectful and inclusive, with great opportunity for professional growth. Find your future with us. The Government Satellite Systems, National Programs team is currently seeking a Mid-L…',
        category: {
          label: 'IT Jobs',
          tag: 'it-jobs',
          __CLASS__: 'Adzuna::API::Response::Category',
        },
        salary_is_predicted: '0',
        longitude: -97.401825,
        adref:
          'eyJhbGciOiJIUzI1NiJ9.eyJpIjoiMjQ3MzM3ODA5MSIsInMiOiJmbzQ1Vi1VYjdCRzNOWVZRczQwekJ3In0.Iria3Eq47QFxyHQ47K0jzGJnMU55ihaodgKChsbUfTg',
        title: 'Mid-Level Full Stack Software Engineer',
        company: {
          __CLASS__: 'Adzuna::API::Response::Company',
          display_name: 'BOEING',
        },
        __CLASS__: 'Adzuna::API::Response::Job',
        id: '2473378091',
        redirect_url:
          'https://www.adzuna.com/land/ad/2473378091?se=fo45V-Ub7BG3NYVQs40zBw&utm_medium=api&utm_source=b082a4d4&v=A9CA30158CF509AA3B6EA2EAC0EE2AF2A50D28D5',
        location: {
          area: ['US', 'Texas', 'Nueces County', 'Corpus Christi'],
          __CLASS__: 'Adzuna::API::Response::Location',
          display_name: 'Corpus Christi, Nueces County',
        },
        created: '2021-09-20T00:18:54Z',
        latitude: 27.795895,
      },
