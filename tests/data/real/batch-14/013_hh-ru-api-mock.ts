export const vacanciesResponse = {
  items: [
    {
      id: '123880305',
      premium: false,
      name: 'Мерчандайзер',
      department: null,
      has_test: false,
      response_letter_required: false,
      area: {
        id: '23',
        name: 'Владимир',
        url: 'https://api.hh.ru/areas/23',
      },
      salary: {
        from: 58500,
        to: 125000,
        currency: 'RUR',
        gross: false,
      },
      salary_range: {
        from: 58500,
        to: 125000,
        currency: 'RUR',
        gross: false,
        mode: {
          id: 'MONTH',
          name: 'За месяц',
        },
        frequency: {
          id: 'DAILY',
          name: 'Ежедневно',
        },
      },
      type: {
        id: 'open',
        name: 'Открытая',
      },
      address: {
        city: 'Владимир',
        street: null,
        building: null,
        lat: 56.129057,
        lng: 40.406635,
        description: null,
        raw: 'Владимир',
        metro: null,
        metro_stations: [],
        id: '12276363',
      },
      response_url: null,
      sort_point_distance: null,
      published_at: '2025-08-11T09:55:46+0300',
      created_at: '2025-08-11T09:55:46+0300',
      archived: false,
      apply_alternate_url:
        'https://hh.ru/applicant/vacancy_response?vacancyId=123880305',
      show_logo_in_search: null,
      show_contacts: true,
      insider_interview: null,
      url: 'https://api.hh.ru/vacancies/123880305?host=hh.ru',
      alternate_url: 'https://hh.ru/vacancy/123880305',
      relations: [],
      employer: {
        id: '8639172',
        name: 'Сервис+ служба доставки',
        url: 'https://api.hh.ru/employers/8639172',
        alternate_url: 'https://hh.ru/employer/8639172',
        logo_urls: {
          original: 'https://img.hhcdn.ru/employer-logo-original/1244969.png',
          '90': 'https://img.hhcdn.ru/employer-logo/6600305.png',
          '240': 'https://img.hhcdn.ru/employer-logo/6600306.png',
        },
        vacancies_url: 'https://api.hh.ru/vacancies?employer_id=8639172',
        accredited_it_employer: false,
        trusted: true,
      },
      snippet: {
        requirement: 'Отвлекать звонками тебя не будем.',
        responsibility:
          'Работа в торговом зале по выкладке товаров в супермаркетах федерального уровня, которые знают все.',
      },
      contacts: null,
      schedule: {
        id: 'fullDay',
        name: 'Полный день',
      },
      working_days: [],
      working_time_intervals: [
        {
          id: 'from_four_to_six_hours_in_a_day',
          name: 'Можно сменами по 4-6 часов в день',
        },
      ],
      working_time_modes: [],
      accept_temporary: true,
      fly_in_fly_out_duration: [],
      work_format: [
        {
          id: 'ON_SITE',
          name: 'На месте работодателя',
        },
      ],
      working_hours: [
        {
          id: 'HOURS_4',
          name: '4 часа',
        },
        {
          id: 'HOURS_5',
          name: '5 часов',
        },
        {
          id: 'HOURS_6',
          name: '6 часов',
        },
        {
          id: 'HOURS_7',
          name: '7 часов',
        },
        {
          id: 'HOURS_8',
          name: '8 часов',
        },
        {
          id: 'HOURS_9',
          name: '9 часов',
        },
        {
          id: 'HOURS_10',
          name: '10 часов',
        },
        {
          id: 'HOURS_11',
          name: '11 часов',
        },
        {
          id: 'HOURS_12',
          name: '12 часов',
        },
        {
          id: 'HOURS_24',
          name: '24 часа',
        },
        {
          id: 'FLEXIBLE',
          name: 'По договорённости',
        },
        {
          id: 'OTHER',
          name: 'Другое',
        },
      ],
      work_schedule_by_days: [
        {
          id: 'SIX_ON_ONE_OFF',
          name: '6/1',
        },
        {
          id: 'FIVE_ON_TWO_OFF',
          name: '5/2',
        },
        {
          id: 'FOUR_ON_FOUR_OFF',
          name: '4/4',
        },
        {
          id: 'FOUR_ON_THREE_OFF',
          name: '4/3',
        },
        {
          id: 'FOUR_ON_TWO_OFF',
          name: '4/2',
        },
        {
          id: 'THREE_ON_THREE_OFF',
          name: '3/3',
        },
        {
          id: 'THREE_ON_TWO_OFF',
          name: '3/2',
        },
        {
          id: 'TWO_ON_TWO_OFF',
          name: '2/2',
        },
        {
          id: 'TWO_ON_ONE_OFF',
          name: '2/1',
        },
        {
          id: 'ONE_ON_THREE_OFF',
          name: '1/3',
        },
        {
          id: 'ONE_ON_TWO_OFF',
          name: '1/2',
        },
        {
          id: 'WEEKEND',
          name: 'По выходным',
        },
        {
          id: 'FLEXIBLE',
          name: 'Свободный',
        },
        {
          id: 'OTHER',
          name: 'Другое',
        },
      ],
      night_shifts: true,
      professional_roles: [
        {
          id: '77',
          name: 'Мерчандайзер',
        },
      ],
      accept_incomplete_resumes: true,
      experience: {
        id: 'noExperience',
        name: 'Нет опыта',
      },
      employment: {
        id: 'full',
        name: 'Полная занятость',
      },
      employment_form: {
        id: 'FULL',
        name: 'Полная',
      },
      internship: false,
      adv_response_url: null,
      is_adv_vacancy: false,
      adv_context: null,
    },
  ],
  found: 1170210,
  pages: 2000,
  page: 0,
  per_page: 1,
  clusters: null,
  arguments: null,
  fixes: null,
  suggests: null,
  alternate_url:
    'https://hh.ru/search/vacancy?enable_snippets=true&items_on_page=1',
};
