vacancy = \
{
    "id": "29509170",
    "premium": False,
    "name": "Инженер разработчик РЭА",
    "department": None,
    "has_test": False,
    "response_letter_required": True,
    "area": {
        "id": "1",
        "name": "Москва",
        "url": "https://api.hh.ru/areas/1"
    },
    "salary": None,
    "type": {
        "id": "open",
        "name": "Открытая"
    },
    "address": {'metro': {'station_name': None}},
    "response_url": None,
    "sort_point_distance": None,
    "employer": {
        "id": "3469977",
        "name": "Тоталзед",
        "url": "https://api.hh.ru/employers/3469977",
        "alternate_url": "https://hh.ru/employer/3469977",
        "logo_urls": {
            "90": "https://hhcdn.ru/employer-logo/2600713.jpeg",
            "240": "https://hhcdn.ru/employer-logo/2600714.jpeg",
            "original": "https://hhcdn.ru/employer-logo-original/539810.jpg"
        },
        "vacancies_url": "https://api.hh.ru/vacancies?employer_id=3469977",
        "trusted": True
    },
    "published_at": "2019-01-06T03:32:44+0300",
    "created_at": "2019-01-06T03:32:44+0300",
    "archived": False,
    "apply_alternate_url": "https://hh.ru/applicant/vacancy_response?vacancyId=29509170",
    "insider_interview": None,
    "url": "https://api.hh.ru/vacancies/29509170?host=hh.ru",
    "alternate_url": "https://hh.ru/vacancy/29509170",
    "relations": [],
    "snippet": {
        "requirement": "Опыт проектирования плат. Наличие портфолио. Опыт программирования.",
        "responsibility": "Разработка электронных плат и устройств. Составление схем и трассировок. Написание ПО. Монтаж, настройка и отладка опытных образцов. Самостоятельное генерирование рац. "
    },
    "contacts": None
}
