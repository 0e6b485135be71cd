test_vac = {
    'id': '91282950',
    'premium': False,
    'name': 'Бизнес-аналитик',
    'department': None,
    'has_test': False,
    'response_letter_required': False,
    'area':
        {
            'id': '1',
            'name': 'Москва',
            'url': 'https://api.hh.ru/areas/1'
         },
    'salary':
        {
            'from': 100000,
            'to': 150000,
            'currency': 'RUR',
            'gross': False
         },
    'type':
        {
            'id': 'open',
            'name': 'Открытая'
         },
    'address': None,
    'response_url': None,
    'sort_point_distance': None,
    'published_at': '2024-01-09T11:35:01+0300',
    'created_at': '2024-01-09T11:35:01+0300',
    'archived': False,
    'apply_alternate_url': 'https://hh.ru/applicant/vacancy_response?vacancyId=91282950',
    'show_logo_in_search': None,
    'insider_interview': None,
    'url': 'https://api.hh.ru/vacancies/91282950?host=hh.ru',
    'alternate_url': 'https://hh.ru/vacancy/91282950',
    'relations': [],
    'employer':
        {
            'id': '5276997',
            'name': 'CAPYBARA IT AGENCY',
            'url': 'https://api.hh.ru/employers/5276997',
            'alternate_url': 'https://hh.ru/employer/5276997',
            'logo_urls':
                {
                    'original': 'https://hhcdn.ru/employer-logo-original/1063802.png',
                    '90': 'https://hhcdn.ru/employer-logo/5875841.png',
                    '240': 'https://hhcdn.ru/employer-logo/5875842.png'
                },
            'vacancies_url': 'https://api.hh.ru/vacancies?employer_id=5276997',
            'accredited_it_employer': False, 'trusted': True
        }, 'snippet':
        {
            'requirement': 'Опыт работы в разработке необязателен. Приветствуются базовые знания SQL.',
            'responsibility': 'Сбор требований. Написание технических заданий. Анализ бизнес-процессов. Составление схем процессов в нотациях BPMN и UML. Постановка задач разработчикам. '
        },
    'contacts': None,
    'schedule':
        {
            'id': 'fullDay',
            'name': 'Полный день'
        },
    'working_days': [],
    'working_time_intervals': [],
    'working_time_modes': [],
    'accept_temporary': False,
    'professional_roles': [
        {
            'id': '150',
            'name': 'Бизнес-аналитик'
        }
    ],
    'accept_incomplete_resumes': False,
    'experience':
        {
            'id': 'noExperience',
            'name': 'Нет опыта'},
    'employment':
        {
            'id': 'full',
            'name': 'Полная занятость'
        },
    'adv_response_url': None,
    'is_adv_vacancy': False,
    'adv_context': None
}
