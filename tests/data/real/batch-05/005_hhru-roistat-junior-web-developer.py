# -*- coding: utf-8 -*-

full_vacancy = {
    "id": "28427634",
    "premium": False,
    "billing_type": {
        "id": "standard",
        "name": "Стандарт"
    },
    "relations": [],
    "name": "Junior Web Developer в отдел разработки интеграций",
    "response_letter_required": False,
    "area": {
        "id": "1",
        "name": "Москва",
        "url": "https://api.hh.ru/areas/1"
    },
    "salary": {
        "from": None,
        "to": 45000,
        "currency": "RUR",
        "gross": False
    },
    "type": {
        "id": "open",
        "name": "Открытая"
    },
    "address": None,
    "allow_messages": True,
    "site": {
        "id": "hh",
        "name": "hh.ru"
    },
    "experience": {
        "id": "between1And3",
        "name": "От 1 года до 3 лет"
    },
    "schedule": {
        "id": "remote",
        "name": "Удаленная работа"
    },
    "employment": {
        "id": "full",
        "name": "Полная занятость"
    },
    "department": None,
    "contacts": None,
    "description": "<p><strong>Roistat</strong> — одна из первых систем для получения качественной аналитики бизнеса без затрат на отдел разработки. Мы ежедневно сильно упрощаем жизнь многим нашим клиентам, предоставляя инструмент, который позволяет увидеть полную картину бизнеса и его слабые места.</p> <p>Мы хотим найти к себе в команду Junior web-developer (удаленно), задачей которого будет важнейшая специализация — подключение наших клиентов к системе Roistat.</p> <p> </p> <p><strong>Обязательные требования:</strong></p> <ul> <li>Стэк технологий: PHP, MySQL, JS, HTML CSS;</li> <li>Опыт разработки от 1 года.</li> </ul> <p> </p> <p><strong>Будет дополнительным плюсом:</strong></p> <ul> <li>Опыт работы с Git;</li> <li>Опыт разработки на Python;</li> <li>Опыт разработки на ASP.NET;</li> <li>Опыт работы с API различных CMS и CRM, рекламных площадок;</li> <li>Опыт работы с системами веб-аналитики (автоматизация, используя API).</li> </ul> <p> </p> <p><strong>Что у нас хорошего:</strong></p> <ul> <li>Опыт работы в SaaS сервисе с высокими нагрузками и большим объемом данных;</li> <li>Продукт сложный и очень интересный, создан сильной командой разработчиков;</li> <li>Минимум рутины;</li> <li>Молодой коллектив, в котором нет никакой бюрократии;</li> <li>Возможность профессионального и карьерного роста.</li> </ul> <p> </p> <p><strong>Условия:</strong></p> <ul> <li>Уровень дохода обсуждается на собеседовании;</li> <li>Отличная возможность профессионального роста;</li> <li>Удаленная работа с 10 до 19 по московскому времени;</li> <li>Профессиональное развитие: обучение, повышение квалификации;</li> <li>Премии за прочитанную профессиональную литературу.</li> </ul>",
    "branded_description": "\n<style type=\"text/css\">\n.tmplt_hh {\n    width: 100%;\n    margin: 10px auto;\n    overflow: hidden;\n    font-family: 'Arial', sans-serif;\n}\n\n.tmplt_hh-clearfix:before,\n.tmplt_hh-clearfix:after {\n    content: \"\";\n    display: table;\n}\n\n.tmplt_hh-clearfix:after {\n    clear: both;\n}\n\n.tmplt_hh h1,\n.tmplt_hh h2,\n.tmplt_hh h3,\n.tmplt_hh h4,\n.tmplt_hh h5,\n.tmplt_hh h6,\n.tmplt_hh p,\n.tmplt_hh blockquote,\n.tmplt_hh pre,\n.tmplt_hh a,\n.tmplt_hh abbr,\n.tmplt_hh acronym,\n.tmplt_hh address,\n.tmplt_hh big,\n.tmplt_hh cite,\n.tmplt_hh code,\n.tmplt_hh img,\n.tmplt_hh ol,\n.tmplt_hh ul,\n.tmplt_hh li,\n.tmplt_hh footer,\n.tmplt_hh header {\n    margin: 0;\n    padding: 0;\n    border: 0;\n    font-size: 100%;\n    font: inherit;\n    vertical-align: baseline;\n}\n\n.tmplt_hh ul,\n.tmplt_hh ul ul {\n    list-style: none;\n}\n\n.tmplt_hh-content ol li b,\n.tmplt_hh-content ol li strong,\n.tmplt_hh-content ol li p b,\n.tmplt_hh-content ol li p strong,\n.tmplt_hh-content ul li b,\n.tmplt_hh-content ul li strong,\n.tmplt_hh-content ul li p b,\n.tmplt_hh-content ul li p strong {\n    font-weight: normal;\n    font-size: inherit!important;\n    line-height: inherit!important;\n    color: inherit!important;\n    margin: 0!important;\n    padding: 0!important;\n    background: none!important;\n    display: inline!important;\n    text-transform: none;\n}\n\n.tmplt_hh-content ol li p,\n.tmplt_hh-content ul li p {\n    font-weight: normal;\n    margin: 0;\n}\n\n.tmplt_hh-content p b,\n.tmplt_hh-content p strong {\n    display: inline;\n    margin: 0;\n}\n\n.tmplt_hh-header {\n    padding-top: 6.0606vw;\n    padding-bottom: 9.0909vw;\n}\n\n.tmplt_hh-header svg {\n    display: block;\n    margin: 0 auto;\n    width: 33.6364vw;\n    height: 8.1818vw;\n}\n\n.tmplt_hh-banner img {\n    width: 100%;\n    display: block;\n}\n\n.tmplt_hh-banner {\n    position: relative;\n}\n\n.tmplt_hh-text {\n    color: #fff;\n    background: linear-gradient(to right, #008cc7, #01add7 40%, #01add7 60%, #008cc7 100%);\n    font-size: 4.8485vw;\n    line-height: 5.4545vw;\n    padding: 7.5758vw 5.1515vw 7.2727vw 6.3636vw;\n    letter-spacing: 0.1px;\n}\n\n.tmplt_hh-text b small {\n    font-size: 3.0303vw;\n    position: relative;\n    top: -1.2121vw;\n    left: 0px;\n}\n\n\n/* Styles content */\n\n.tmplt_hh-content {\n    padding: 0 0 8.4848vw 0;\n    -webkit-box-sizing: border-box;\n    -moz-box-sizing: border-box;\n    box-sizing: border-box;\n    margin: 0 auto;\n    color: #020202;\n    font-size: 4.2424vw;\n    line-height: 5.1515vw;\n}\n\n.tmplt_hh-content strong,\n.tmplt_hh-content b {\n    display: inline-block;\n    font-size: 4.8485vw;\n    line-height: 5.4545vw;\n    color: #038cd5;\n}\n\n.tmplt_hh-content p,\n.tmplt_hh-content strong,\n.tmplt_hh-content b {\n    margin: 8.1818vw 0 0;\n    font-size: 4.8485vw;\n    line-height: 5.4545vw;\n}\n\n.tmplt_hh .tmplt_hh-content ul,\n.tmplt_hh .tmplt_hh-content ul ul {\n    list-style: none;\n}\n\n.tmplt_hh-content ol {\n    list-style: decimal inside;\n}\n\n.tmplt_hh-content ul,\n.tmplt_hh-content ol ol {\n    margin-left: 5.7576vw;\n}\n\n.tmplt_hh-content ol ul {\n    margin-left: 11.5152vw;\n}\n\n.tmplt_hh-content ul,\n.tmplt_hh-content ol {\n    margin-top: 2.7273vw;\n}\n\n.tmplt_hh-content ul li,\n.tmplt_hh-content ol li {\n    position: relative;\n    margin-bottom: 2.4242vw;\n}\n\n.tmplt_hh-content ul>li:before {\n    content: '—';\n    position: absolute;\n    top: -0.3030vw;\n    left: -5.7576vw;\n}\n\nimg.tmplt_hh-bottom {\n    width: 100%;\n    display: block;\n}\n\np.tmplt_hh-bottom {\n    text-align: center;\n    text-transform: uppercase;\n    color: #038cd5;\n    font-size: 4.2424vw;\n    line-height: 6.0606vw;\n    padding-top: 7.2727vw;\n    padding-bottom: 4.2424vw;\n}\n</style>\n \n<!-- begin tmplt_hh -->\n<div class=\"tmplt_hh\">\n    <div class=\"tmplt_hh-header\">\n        <svg viewBox=\"0 0 212.4 48.1\"><path d=\"M0 .3h12.6c5.5 0 9.7.6 13 2.8C28.8 5.2 31 8.6 31 13.3c0 4.3-1.9 7.8-4.9 9.9-2.1 1.6-4.7 2.3-7.6 2.8l15.7 21.4h-4.8l-15.3-21L4 26.3v21H0V.3zm13.8 22.6c4.9 0 8-.8 10.3-2.7 2-1.7 3-4 3-6.8 0-3.4-1.5-5.8-3.8-7.3-2.6-1.7-5.7-2.1-11-2.1H4v19l9.8-.1zM84.3 15.4h3.8v32h-3.8zM99.2 41.2c3.4 2.2 7.9 3.4 12.1 3.4 5.4 0 8.8-1.9 8.8-5.7 0-4.8-5.3-5.3-10.3-6.1-5.3-.8-11.4-2.4-11.4-8.9 0-6 5.1-9.2 12.4-9.2 4.2 0 8.4 1 11.5 2.7v4c-3.4-2.1-7.7-3.2-11.6-3.2-5 0-8.4 1.8-8.4 5.4 0 4.5 5.2 4.9 10 5.7 5.8.9 11.7 2.5 11.7 9.2 0 6.3-5.1 9.5-12.9 9.5-4.2 0-8.6-1-11.9-2.8v-4zM136.5 36.5V18.8h-6.4v-3.4h6.4v-9l3.8-.6v9.6h10.3v3.4h-10.3v17c0 4.8.7 8.8 5.8 8.8 1.7 0 3.3-.5 4.5-1.2V47c-1.2.6-3.1 1-5.1 1-2.3 0-5-.6-6.8-2.7-1.6-1.8-2.2-4.7-2.2-8.8zM160.9 45.9c-2.1-1.6-3.3-3.9-3.3-6.9 0-3.4 1.6-5.8 4-7.4 2.4-1.6 5.7-2.1 8.8-2.1 2.9 0 5.6.5 8.2 1.2V27c0-3.1-.6-5.1-2.3-6.7-1.5-1.3-3.7-2-6.6-2-3.8 0-7.2 1.2-9.8 3.1v-3.8c2.6-1.6 6.2-2.9 10.2-2.9 3.8 0 6.9 1 9.1 2.8 2.1 1.8 3.2 4.7 3.2 8.6v13.8c0 2.7.6 4.7 3.2 4.7.8 0 1.5-.2 2.1-.5v3.3c-.7.3-1.7.5-2.8.5-2.7 0-4.9-1.3-5.8-3.8h-.1c-2.4 2.1-6.3 4-10.7 4-2.6 0-5.3-.7-7.4-2.2zm17.8-5v-7.2c-2.5-.7-5.3-1.2-7.9-1.2-4.5 0-9.2 1.4-9.2 6.2 0 4.2 3.6 6 7.5 6 3.5-.1 7-1.6 9.6-3.8zM198.2 36.5V18.8h-6.4v-3.4h6.4v-9l3.8-.6v9.6h10.3v3.4H202v17c0 4.8.7 8.8 5.8 8.8 1.7 0 3.3-.5 4.5-1.2V47c-1.2.6-3.1 1-5.1 1-2.3 0-5-.6-6.8-2.7-1.5-1.8-2.2-4.7-2.2-8.8z\"></path><path d=\"M63.6 26.6c.9 1.3 1.4 3 1.4 4.7 0 4.5-3.4 8.2-7.9 8.2s-7.9-3.6-7.9-8.2c0-4.5 3.4-8.2 7.9-8.2 2 0 3.8.7 5.2 1.9l5.8-7.1c-3-2.1-6.8-3.4-11-3.4-10.1.2-17.7 7.5-17.7 16.9 0 9.4 7.6 16.7 17.8 16.7 10.2 0 17.8-7.3 17.8-16.7 0-3.9-1.3-7.5-3.6-10.3l-7.8 5.5zM83 8.6L90.8 3c-.9-1.1-2-2.2-3.2-3l-5.8 7.1c.4.4.8.9 1.2 1.5z\" fill=\"#00aeef\"></path></svg>\n    </div>\n    <div class=\"tmplt_hh-banner\">\n        <img src=\"https://hhcdn.ru/ichameleon/95174.jpg\" alt=\"\">\n        <div class=\"tmplt_hh-text\">\n            <b>Roistat <small>18+</small></b> — одна из первых систем для получения качественной аналитики бизнеса, не требующая затрат на отдел разработки. Мы ежедневно сильно упрощаем жизнь многим нашим клиентам, предоставляя инструмент, который позволяет увидеть полную картину бизнеса и его слабые места.\n        </div>\n    </div>\n    <div class=\"tmplt_hh-content\">\n        <p><strong>Roistat</strong> — одна из первых систем для получения качественной аналитики бизнеса без затрат на отдел разработки. Мы ежедневно сильно упрощаем жизнь многим нашим клиентам, предоставляя инструмент, который позволяет увидеть полную картину бизнеса и его слабые места.</p> <p>Мы хотим найти к себе в команду Junior web-developer (удаленно), задачей которого будет важнейшая специализация — подключение наших клиентов к системе Roistat.</p> <p> </p> <p><strong>Обязательные требования:</strong></p> <ul> <li>Стэк технологий: PHP, MySQL, JS, HTML CSS;</li> <li>Опыт разработки от 1 года.</li> </ul> <p> </p> <p><strong>Будет дополнительным плюсом:</strong></p> <ul> <li>Опыт работы с Git;</li> <li>Опыт разработки на Python;</li> <li>Опыт разработки на ASP.NET;</li> <li>Опыт работы с API различных CMS и CRM, рекламных площадок;</li> <li>Опыт работы с системами веб-аналитики (автоматизация, используя API).</li> </ul> <p> </p> <p><strong>Что у нас хорошего:</strong></p> <ul> <li>Опыт работы в SaaS сервисе с высокими нагрузками и большим объемом данных;</li> <li>Продукт сложный и очень интересный, создан сильной командой разработчиков;</li> <li>Минимум рутины;</li> <li>Молодой коллектив, в котором нет никакой бюрократии;</li> <li>Возможность профессионального и карьерного роста.</li> </ul> <p> </p> <p><strong>Условия:</strong></p> <ul> <li>Уровень дохода обсуждается на собеседовании;</li> <li>Отличная возможность профессионального роста;</li> <li>Удаленная работа с 10 до 19 по московскому времени;</li> <li>Профессиональное развитие: обучение, повышение квалификации;</li> <li>Премии за прочитанную профессиональную литературу.</li> </ul></div>\n    <img src=\"https://hhcdn.ru/ichameleon/95175.jpg\" alt=\"\" class=\"tmplt_hh-bottom\">\n    <p class=\"tmplt_hh-bottom\">\n        Самая большая ценность компании Roistat — это наша команда\n    </p>\n</div>\n<!-- end tmplt_hh-->\n",
    "key_skills": [
        {
            "name": "PHP"
        },
        {
            "name": "HTML"
        },
        {
            "name": "MySQL"
        },
        {
            "name": "CSS"
        },
        {
            "name": "Git"
        },
        {
            "name": "Python"
        }
    ],
    "accept_handicapped": False,
    "accept_kids": False,
    "archived": False,
    "response_url": None,
    "specializations": [
        {
            "id": "1.221",
            "name": "Программирование, Разработка",
            "profarea_id": "1",
            "profarea_name": "Информационные технологии, интернет, телеком"
        },
        {
            "id": "1.82",
            "name": "Инженер",
            "profarea_id": "1",
            "profarea_name": "Информационные технологии, интернет, телеком"
        },
        {
            "id": "1.9",
            "name": "Web инженер",
            "profarea_id": "1",
            "profarea_name": "Информационные технологии, интернет, телеком"
        },
        {
            "id": "1.10",
            "name": "Web мастер",
            "profarea_id": "1",
            "profarea_name": "Информационные технологии, интернет, телеком"
        }
    ],
    "code": None,
    "hidden": False,
    "quick_responses_allowed": False,
    "driver_license_types": [],
    "accept_incomplete_resumes": False,
    "employer": {
        "id": "1525202",
        "name": "Roistat",
        "url": "https://api.hh.ru/employers/1525202",
        "alternate_url": "https://hh.ru/employer/1525202",
        "logo_urls": {
            "240": "https://hhcdn.ru/employer-logo/1530411.png",
            "90": "https://hhcdn.ru/employer-logo/1530410.png",
            "original": "https://hhcdn.ru/employer-logo-original/271970.png"
        },
        "vacancies_url": "https://api.hh.ru/vacancies?employer_id=1525202",
        "trusted": True
    },
    "published_at": "2018-11-07T19:21:39+0300",
    "created_at": "2018-11-07T19:21:39+0300",
    "negotiations_url": None,
    "suitable_resumes_url": None,
    "apply_alternate_url": "https://hh.ru/applicant/vacancy_response?vacancyId=28427634",
    "has_test": False,
    "test": None,
    "alternate_url": "https://hh.ru/vacancy/28427634"
}
