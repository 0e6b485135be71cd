export const vacancyData = {
    "_id": "5fbe39131e9342001d3c4cb5",
    "visibleAuthorOnPreview": false,
    "visibleDateCreated": false,
    "imgMain": {
        "_id": "5fd247e5b039a50072b1c13f",
        "name": "Artboard 1 copy 25.png",
        "alternativeText": "",
        "caption": "",
        "hash": "Artboard_1_copy_25_1fd4a5ce7a",
        "ext": ".png",
        "mime": "image/png",
        "size": 2363.14,
        "width": 1639,
        "height": 1441,
        "url": "https://458615.selcdn.ru/rmr_main/Artboard_1_copy_25_1fd4a5ce7a.png",
        "formats": {
            "thumbnail": {
                "name": "thumbnail_Artboard 1 copy 25.png",
                "hash": "thumbnail_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 177,
                "height": 156,
                "size": 4.95,
                "path": null,
                "url": "https://458615.selcdn.ru/rmr_main/thumbnail_Artboard_1_copy_25_1fd4a5ce7a.png"
            },
            "large": {
                "name": "large_Artboard 1 copy 25.png",
                "hash": "large_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 1248,
                "height": 1097,
                "size": 1552.04,
                "path": null,
                "urlCDN": "https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/large_Artboard_1_copy_25_1fd4a5ce7a.png",
                "url": "https://458615.selcdn.ru/rmr_main/large_Artboard_1_copy_25_1fd4a5ce7a.png"
            },
            "medium": {
                "name": "medium_Artboard 1 copy 25.png",
                "hash": "medium_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 888,
                "height": 781,
                "size": 803.5,
                "path": null,
                "urlCDN": "https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/medium_Artboard_1_copy_25_1fd4a5ce7a.png",
                "url": "https://458615.selcdn.ru/rmr_main/medium_Artboard_1_copy_25_1fd4a5ce7a.png"
            },
            "smallRetina": {
                "name": "smallRetina_Artboard 1 copy 25.png",
                "hash": "smallRetina_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 920,
                "height": 809,
                "size": 862.46,
                "path": null,
                "urlCDN": "https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/smallRetina_Artboard_1_copy_25_1fd4a5ce7a.png",
                "url": "https://458615.selcdn.ru/rmr_main/smallRetina_Artboard_1_copy_25_1fd4a5ce7a.png"
            },
            "small": {
                "name": "small_Artboard 1 copy 25.png",
                "hash": "small_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 460,
                "height": 404,
                "size": 234.81,
                "path": null,
                "urlCDN": "https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/small_Artboard_1_copy_25_1fd4a5ce7a.png",
                "url": "https://458615.selcdn.ru/rmr_main/small_Artboard_1_copy_25_1fd4a5ce7a.png"
            },
            "microRetina": {
                "name": "microRetina_Artboard 1 copy 25.png",
                "hash": "microRetina_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 128,
                "height": 112,
                "size": 24.29,
                "path": null,
                "urlCDN": "https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/microRetina_Artboard_1_copy_25_1fd4a5ce7a.png",
                "url": "https://458615.selcdn.ru/rmr_main/microRetina_Artboard_1_copy_25_1fd4a5ce7a.png"
            },
            "micro": {
                "name": "micro_Artboard 1 copy 25.png",
                "hash": "micro_Artboard_1_copy_25_1fd4a5ce7a",
                "ext": ".png",
                "mime": "image/png",
                "width": 64,
                "height": 56,
                "size": 7.67,
                "path": null,
                "urlCDN": "https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/micro_Artboard_1_copy_25_1fd4a5ce7a.png",
                "url": "https://458615.selcdn.ru/rmr_main/micro_Artboard_1_copy_25_1fd4a5ce7a.png"
            }
        },
        "provider": "aws-s3",
        "createdAt": "2020-12-10T16:08:05.884Z",
        "updatedAt": "2020-12-10T16:08:12.287Z",
        "__v": 0,
        "created_by": "5fd0b397873e27001c608cb5",
        "updated_by": "5fd0b397873e27001c608cb5"
    },
    "employees": [],
    "tags": [
        {
            "_id": "5fabd173c97bd4001ca51bd8",
            "url": "backend",
            "name": "Backend",
            "__v": 0
        },
        {
            "_id": "5fabd804c97bd4001ca51bfe",
            "url": "vakansii",
            "name": "Вакансии",
            "__v": 0
        },
        {
            "_id": "5fdb246ee483b7001c1e783e",
            "url": "moskva",
            "name": "Москва",
            "__v": 0
        }
    ],
    "similarArticles": [],
    "similarTags": [],
    "url": "senior-backend-razrabotchik-moskva",
    "mainContent": {
        "time": 1609326201121,
        "blocks": [
            {
                "type": "header",
                "data": {
                    "text": "Предстоит делать такую работу:",
                    "level": 5
                }
            },
            {
                "type": "list",
                "data": {
                    "style": "unordered",
                    "styleColor": "blackList",
                    "items": [
                        "принимать архитектурные решения и&nbsp;думать наперед;",
                        "реализовывать серверную бизнес-логику мобильных приложений;",
                        "думать о&nbsp;производительности и&nbsp;надежности поставляемых продуктов;",
                        "вплотную работать с&nbsp;мобильными и&nbsp;web-разработчиками, бизнес-аналитиками и&nbsp;дизайнерами, вместе создавая продукты, которыми довольны как&nbsp;заказчик, так и&nbsp;конечные пользователи;",
                        "влиять на&nbsp;развитие отдела и&nbsp;выбор технологий в&nbsp;проектах;",
                        "принимать участие в&nbsp;совершенствовании процессов разработки."
                    ]
                }
            },
            {
                "type": "header",
                "data": {
                    "text": "От вас потребуется:",
                    "level": 5
                }
            },
            {
                "type": "list",
                "data": {
                    "style": "unordered",
                    "styleColor": "blackList",
                    "items": [
                        "иметь опыт разработки на&nbsp;одном из&nbsp;языков: Python 3, Go (в своей работе мы используем оба, в&nbsp;зависимости от&nbsp;задач)*",
                        "иметь опыт написания асинхронного кода;",
                        "разбираться в&nbsp;Postgresql (мы ценим хорошее знание этой и&nbsp;других БД);",
                        "иметь минимальные навыки администрирования unix-систем, базовые знания по&nbsp;компьютерных сетей;",
                        "знание паттернов построения backend-систем;",
                        "практический опыт работы с&nbsp;Docker;"
                    ]
                }
            },
            {
                "type": "smallText",
                "data": {
                    "text": "*подразумеваем знание и&nbsp;следование принятым в&nbsp;индустрии лучшим практикам, опыт работы в&nbsp;команде и&nbsp;умение писать код промышленного уровня."
                }
            },
            {
                "type": "header",
                "data": {
                    "text": "Плюсами будут:",
                    "level": 5
                }
            },
            {
                "type": "list",
                "data": {
                    "style": "ordered",
                    "styleColor": "blackList",
                    "items": [
                        "использование Redis, RabbitMQ, ElasticSearch, Cassandra, etc;",
                        "опыт работы с&nbsp;Kubernetes или другими оркестраторамиl;",
                        "опыт работы с&nbsp;gRPC."
                    ]
                }
            },
            {
                "type": "header",
                "data": {
                    "text": "Условия:",
                    "level": 5
                }
            },
            {
                "type": "list",
                "data": {
                    "style": "unordered",
                    "styleColor": "blackList",
                    "items": [
                        "полный рабочий день с&nbsp;гибким графиком и&nbsp;возможностью работать часть времени дома;",
                        "уютный двухэтажный лофт на&nbsp;Белорусской;",
                        "полностью «белая» зарплата, соответствующая вашей квалификации;",
                        "прозрачная система развития и&nbsp;возможность карьерного роста;",
                        "возможность повышать квалификацию внутри компании;",
                        "постоянно обновляемая корпоративная библиотека;",
                        "ДМС для&nbsp;каждого сотрудника после полугода работы в&nbsp;компании;",
                        "работающая менторская система;",
                        "адекватная корпоративная культура и&nbsp;команда профессионалов."
                    ]
                }
            },
        ],
        "version": "2.18.0"
    },
    "introText": "За любым мобильным и web-клиентом стоит back-end, от которого полностью зависит успех проекта и возможности приложения. Мы не штампуем одноразовые продукты, не собираем прототипы из костылей и не пилим монолит годами. Мы ищем сильного и&nbsp;смелого&nbsp;Senior Back-end-разработчика.&nbsp;",
    "title": "Senior Back-end-разработчик",
    "seo": null,
    "createdAt": "2020-11-25T10:59:31.088Z",
    "updatedAt": "2021-04-09T11:34:43.644Z",
    "__v": 0,
    about_team: {
        image: {
            url: 'https://458615.selcdn.ru/rmr_main/Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
            width: 1639,
            caption: '',
            alt: '',
            formats: {
                thumbnail: {
                    name: 'thumbnail_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'thumbnail_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 177,
                    height: 156,
                    size: 4.95,
                    path: null,
                    url: 'https://458615.selcdn.ru/rmr_main/thumbnail_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                large: {
                    name: 'large_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'large_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 1248,
                    height: 1097,
                    size: 1552.04,
                    path: null,
                    urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/large_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    url: 'https://458615.selcdn.ru/rmr_main/large_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                medium: {
                    name: 'medium_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'medium_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 888,
                    height: 781,
                    size: 803.5,
                    path: null,
                    urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/medium_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    url: 'https://458615.selcdn.ru/rmr_main/medium_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                smallRetina: {
                    name: 'smallRetina_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'smallRetina_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 920,
                    height: 809,
                    size: 862.46,
                    path: null,
                    urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/smallRetina_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    url: 'https://458615.selcdn.ru/rmr_main/smallRetina_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                small: {
                    name: 'small_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'small_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 460,
                    height: 404,
                    size: 234.81,
                    path: null,
                    urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/small_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    url: 'https://458615.selcdn.ru/rmr_main/small_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                microRetina: {
                    name: 'microRetina_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'microRetina_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 128,
                    height: 112,
                    size: 24.29,
                    path: null,
                    urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/microRetina_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    url: 'https://458615.selcdn.ru/rmr_main/microRetina_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                micro: {
                    name: 'micro_Artboard_1_copy_25_1fd4a5ce7a.png',
                    hash: 'micro_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064',
                    ext: '.png',
                    mime: 'image/png',
                    width: 64,
                    height: 56,
                    size: 7.67,
                    path: null,
                    urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/micro_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    url: 'https://458615.selcdn.ru/rmr_main/micro_Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png'
                },
                'default': {
                    url: 'https://458615.selcdn.ru/rmr_main/Artboard_1_copy_25_1fd4a5ce7a_d2efc9c064.png',
                    type: 'origin',
                    width: 1639
                }
            }
        },
        heading: "О команде back-end-разработки",
        text: "В backend практике работаем на разных проектах, а значит можем пробовать разные системы, технологии, языки и фреймворки — от тонких клиентов для интеграций в банках или маркетплейсах, до полноценных микросервисных бэкэндов. Основной акцент сейчас приходится на Go, но есть и Python с FastAPI или Django, где это уместно. Не ведем «продуктовую» размеренную разработку, но в этом и есть наш драйв — скорость работы и постоянный профессиональный вызов :) Постоянно общаемся внутри команды, обмениваемся опытом, обсуждаем решения и подходы. Практикуем менторство, чтобы постоянно и совместно развиваться."
    },
    conditions: {
        scroll: {
            image: {
                url: 'https://458615.selcdn.ru/rmr_main/star_8cae57a030.png',
                width: 448,
                caption: '',
                alt: '',
                formats: {
                    thumbnail: {
                        name: 'thumbnail_star.png',
                        hash: 'thumbnail_star_8cae57a030',
                        ext: '.png',
                        mime: 'image/png',
                        width: 161,
                        height: 156,
                        size: 4.37,
                        path: null,
                        url: 'https://458615.selcdn.ru/rmr_main/thumbnail_star_8cae57a030.png'
                    },
                    microRetina: {
                        name: 'microRetina_star.png',
                        hash: 'microRetina_star_8cae57a030',
                        ext: '.png',
                        mime: 'image/png',
                        width: 128,
                        height: 124,
                        size: 26.96,
                        path: null,
                        urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/microRetina_star_8cae57a030.png',
                        url: 'https://458615.selcdn.ru/rmr_main/microRetina_star_8cae57a030.png'
                    },
                    micro: {
                        name: 'micro_star.png',
                        hash: 'micro_star_8cae57a030',
                        ext: '.png',
                        mime: 'image/png',
                        width: 64,
                        height: 62,
                        size: 9.24,
                        path: null,
                        urlCDN: 'https://3060c06e-a6a8-4cac-92fc-49f3e4749ede.selcdn.net/micro_star_8cae57a030.png',
                        url: 'https://458615.selcdn.ru/rmr_main/micro_star_8cae57a030.png'
                    },
                    'default': {
                        url: 'https://458615.selcdn.ru/rmr_main/star_8cae57a030.png',
                        type: 'origin',
                        width: 448
                    }
                }
            },
            text: "Для своих создаём условия, которые помогают комфортно работать и развиваться"
        },
        list: [
            {
                _id: 0,
                heading: "Возмещаем ДМС",
                text: "После 6 месяцев работы — весь пакет медицинского обслуживания."
            },
            {
                _id: 1,
                heading: "Предлагаем гибридный офис",
                text: "Роботы сами решают, откуда работать — из дома, офиса или совмещая."
            },
            {
                _id: 2,
                heading: "Строим карьерные треки",
                text: "Находим общие цели для каждого робота и компании, рассчитываем траекторию, регулярно чекаем прогресс и корректируем план."
            },
            {
                _id: 3,
                heading: "Обучаем",
                text: "Помогаем прокачать софт и хард скиллы внутри компании и на внешних площадках, потому что развитие — это одна из наших ключевых ценностей."
            },
            {
                _id: 4,
                heading: "Менторим",
                text: "Прозрачная и эффективная система наставничества для каждого сотрудника."
            },
            {
                _id: 5,
                heading: "Поддерживаем ментал хелс",
                text: "Возмещаем 50% расходов на психотерапию, потому что знаем, что ментальное здоровье — это важно."
            },
            {
                _id: 6,
                heading: "Занимаемся спортом",
                text: "Создали робо-сборную и собираемся раз в неделю попинать мяч и побегать в парке."
            },
            {
                _id: 7,
                heading: "Выдаем макбук",
                text: "Можем и ноут с виндой, если так тебе удобнее."
            },
            {
                _id: 8,
                heading: "Даём доступ к онлайн-библиотеке МИФ",
                text: "Безлимитное чтение любой литературы издательства — для работы, саморазвития и просто для души."
            },
            {
                _id: 9,
                heading: "Приобщаем к культурному коду",
                text: "корпоративная культура, которая становится культом (шутка). Просто с нами хорошо."
            },
        ]
    },
    
}









