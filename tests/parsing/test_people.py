import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.people import (
    TitleInfo,
    clean_company,
    company_key,
    find_title,
    seniority,
    title_from_sentences,
)


@pytest.mark.parametrize(
    ("lines", "facts", "expected"),
    [
        (
            ["Discord is looking for a Principal Software Engineer to join our Infrastructure organization."],
            None,
            TitleInfo("Principal Software Engineer", "Infrastructure", "Discord"),
        ),
        (
            ["Staff Software Engineer| Real Time Infrastructure", "Location: San Francisco, California"],
            {"company name": "Discord"},
            TitleInfo(
                "Staff Software Engineer, Real Time Infrastructure", "Real Time Infrastructure", "Discord"
            ),
        ),
        (
            [
                "Senior Software Engineer - Platform Infrastructure",
                "at Discord",
                "San Francisco Bay Area (US)",
            ],
            None,
            TitleInfo(
                "Senior Software Engineer, Platform Infrastructure", "Platform Infrastructure", "Discord"
            ),
        ),
        (
            ["Sr| Software Engineer | Pleasanton| CA", "Company: Acme Robotics"],
            None,
            TitleInfo("Sr Software Engineer", None, "Acme Robotics"),
        ),
        (
            ["Registered Nurse - ICU", "at Mercy General Hospital", "Sacramento, CA"],
            None,
            TitleInfo("Registered Nurse, ICU", "ICU", "Mercy General Hospital"),
        ),
        (
            ["Product Designer at Figma", "London, UK"],
            None,
            TitleInfo("Product Designer", None, "Figma"),
        ),
        (
            ["Senior Data Analyst | Monzo", "About Monzo", "Monzo is a bank that lives on your phone."],
            None,
            TitleInfo("Senior Data Analyst", None, "Monzo"),
        ),
        (
            ["Backend Engineer (m/f/d) - Remote", "Zalando SE"],
            None,
            TitleInfo("Backend Engineer (m/f/d)", None, None),
        ),
        (
            ["Stripe is hiring an Account Executive to grow our enterprise business."],
            None,
            TitleInfo("Account Executive", None, "Stripe"),
        ),
        (
            ["We're hiring a talented Machine Learning Engineer to build our ranking systems."],
            None,
            TitleInfo("Machine Learning Engineer", None, None),
        ),
        (
            [
                "Acme's Payments organization moves billions of dollars a year.",
                "As a Staff Engineer on the Ledger team, you'll design our accounting core.",
            ],
            None,
            TitleInfo("Staff Engineer", "Ledger", "Acme"),
        ),
        (
            ["Overview", "The Growth Marketing team is looking for a Lifecycle Marketing Manager."],
            {"job title": "Lifecycle Marketing Manager", "company": "Canva Pty Ltd"},
            TitleInfo("Lifecycle Marketing Manager", "Growth Marketing", "Canva Pty Ltd"),
        ),
        (
            ["Head of Sales, EMEA", "Berlin, Germany"],
            None,
            TitleInfo("Head of Sales", None, None),
        ),
        (
            ["At Globex, we build tools for farmers.", "We are looking for a Customer Support Specialist."],
            None,
            TitleInfo("Customer Support Specialist", None, "Globex"),
        ),
        (
            ["Job Title: Staff Accountant", "Company Name: Initech LLC", "Job Type: Full-time"],
            None,
            TitleInfo("Staff Accountant", None, "Initech LLC"),
        ),
        (
            ["Join our growing Data Platform team!", "Data Engineer II", "Remote (US only)"],
            None,
            TitleInfo("Data Engineer II", "Data Platform", None),
        ),
        (
            ["Senior Engineer - Acme - Careers"],
            {"company": "Acme"},
            TitleInfo("Senior Engineer", None, "Acme"),
        ),
        (
            ["Careers", "Registered Nurse (RN) - Med/Surg | Night Shift", "Kaiser Permanente is hiring!"],
            None,
            TitleInfo("Registered Nurse (RN), Med/Surg", "Med/Surg", "Kaiser Permanente"),
        ),
        (
            ["Senior Frontend Engineer (React) - Remote, Europe"],
            None,
            TitleInfo("Senior Frontend Engineer (React)", None, None),
        ),
        (
            ["Our client, a leading fintech, is seeking a Senior Java Developer for a 6 month contract."],
            None,
            TitleInfo("Senior Java Developer", None, None),
        ),
        (
            ["Are you a passionate UX Designer? Join our team at Spotify."],
            None,
            TitleInfo("UX Designer", None, "Spotify"),
        ),
    ],
)
def test_find_title(lines, facts, expected):
    assert find_title(lines, facts=facts) == expected


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["What You'll Do", "- Build things."],
        ["We build software for hospitals. Our mission is simple."],
        ["Related jobs"],
    ],
)
def test_find_title_unknown(lines):
    assert find_title(lines).title is None


def test_find_title_ignores_related_company_when_header_names_employer():
    info = find_title(["Engineering Manager, Ads Formats", "at Discord"])
    assert info == TitleInfo("Engineering Manager, Ads Formats", "Ads Formats", "Discord")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sr. Software Engineer", "senior"),
        ("Sr Backend Developer", "senior"),
        ("Senior Software Engineer, Platform Infrastructure", "senior"),
        ("Jr Data Analyst", "junior"),
        ("Junior Graphic Designer", "junior"),
        ("Associate Product Manager", "junior"),
        ("Entry Level Sales Representative", "junior"),
        ("Graduate Nurse", "junior"),
        ("Staff Software Engineer", "staff"),
        ("Senior Staff Engineer", "staff"),
        ("Principal Software Engineer", "principal"),
        ("Principal Product Manager", "principal"),
        ("Tech Lead, Payments", "lead"),
        ("Lead Designer", "lead"),
        ("Engineering Manager, Ads Formats", "manager"),
        ("Senior Manager, Data Science", "manager"),
        ("Nurse Manager - Emergency Department", "manager"),
        ("Head of Engineering", "director"),
        ("Director of Product", "director"),
        ("Senior Director, Sales", "director"),
        ("VP of Marketing", "vp"),
        ("Vice President, Engineering", "vp"),
        ("Software Engineering Intern", "intern"),
        ("Summer Internship - Finance", "intern"),
        ("Software Engineer II", "mid"),
        ("Mid-level Frontend Developer", "mid"),
        ("Engineer III", "senior"),
        ("Senior Product Manager", "senior"),
        ("Product Manager", None),
        ("Program Manager", None),
        ("Project Manager", None),
        ("Account Manager", None),
        ("Software Engineer", None),
        ("Staff Nurse", None),
        ("Lead Generation Specialist", None),
        ("Internal Communications Specialist", None),
        ("Sales Associate", None),
        ("", None),
        (None, None),
    ],
)
def test_seniority(title, expected):
    assert seniority(title) == expected


@pytest.mark.parametrize(
    ("name", "key", "display"),
    [
        ("Discord Inc.", "discord", "Discord"),
        ("Discord", "discord", "Discord"),
        ("Acme, LLC", "acme", "Acme"),
        ("ACME GmbH", "acme", "ACME"),
        ("Canva Pty Ltd", "canva", "Canva"),
        ("Globex Corporation", "globex", "Globex"),
        ("Johnson & Johnson", "johnson and johnson", "Johnson & Johnson"),
        ("The Foo Company", "foo company", "The Foo Company"),
        ("Société Générale S.A.", "societe generale", "Société Générale"),
        ("Initech, Inc.", "initech", "Initech"),
        ("  ", "", ""),
    ],
)
def test_company_key_and_clean_company(name, key, display):
    assert company_key(name) == key
    assert clean_company(name) == display


@given(st.text())
def test_nothing_raises_on_arbitrary_text(text):
    lines = text.splitlines()
    facts = {"job title": text, "company": text, "published on": text}
    assert isinstance(find_title(lines, facts=facts), TitleInfo)
    seniority(text)
    assert isinstance(company_key(text), str)
    assert isinstance(clean_company(text), str)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Chief of Staff to the CEO", None),
        ("Desenvolvedor(a) Front-end Pleno", "mid"),
        ("Medior Developer", "mid"),
    ],
)
def test_seniority_regressions(title, expected):
    assert seniority(title) == expected


def test_breadcrumb_before_the_title_is_dropped():
    lines = ["FERNWAY", "Open roles > Engineering > Senior Data Engineer", "Location: London"]
    assert find_title(lines).title == "Senior Data Engineer"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Acerca de nosotros", "Vaga: Especialista Product Designer I"], "Especialista Product Designer I"),
        (["【上海】执楠科技 - 前端招聘", "职位名称：Web 前端开发工程师"], "Web 前端开发工程师"),
        # The gender mark is how the posting names the job, and stays with the title.
        (['intitule: "Agent Polyvalent en Résidence (H/F)",'], "Agent Polyvalent en Résidence (H/F)"),
        (["Dachdecker (m/w/d)", "Wir suchen Verstärkung"], "Dachdecker (m/w/d)"),
        (["Pädagogische Fachkraft (w/m/d) in Vollzeit"], "Pädagogische Fachkraft (w/m/d) in Vollzeit"),
    ],
)
def test_titles_under_labels_in_any_language_or_with_a_gender_mark(lines, title):
    assert find_title(lines).title == title


def test_a_forum_post_opening_line_names_company_and_role():
    info = find_title(["Globex | Senior Backend Engineer | REMOTE | Full-time Salary: $150k-$180k a year."])
    assert (info.title, info.company) == ("Senior Backend Engineer", "Globex")


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["Zelfstandig elektromonteur woningbouw", "Functie omschrijving"],
            "Zelfstandig elektromonteur woningbouw",
        ),
        (["Empfangsmitarbeiter", "Du bist kommunikativ?"], "Empfangsmitarbeiter"),
        (["Técnico de mantenimiento", "Buscamos personas"], "Técnico de mantenimiento"),
        (["Web 前端开发工程师", "公司介绍"], "Web 前端开发工程师"),
        (["New Job", "Título del trabajo", "Software Development Engineer"], "Software Development Engineer"),
    ],
)
def test_job_nouns_of_other_languages_compounds_and_form_answers(lines, title):
    assert find_title(lines).title == title


def test_a_form_names_the_company_on_the_line_under_its_label():
    info = find_title(
        ["Nombre de la compañía", "Amazon", "Título del trabajo", "Software Development Engineer"]
    )
    assert (info.title, info.company) == ("Software Development Engineer", "Amazon")


@pytest.mark.parametrize(
    ("line", "title", "company"),
    [
        ("Frontend Developer bij de Nederlandse Transplantatie Stichting", "Frontend Developer",
         "Nederlandse Transplantatie Stichting"),
        ("Koch bei Hotel Adler", "Koch", "Hotel Adler"),
        ("Développeur chez Necoh", "Développeur", "Necoh"),
    ],
)  # fmt: skip
def test_title_at_company_in_other_languages(line, title, company):
    info = find_title([line])
    assert (info.title, info.company) == (title, company)


@pytest.mark.parametrize(
    "title",
    ["Stage curriculare Area Gare e Acquisti", "Stażysta Python", "Praktikant Marketing (m/w/d)", "实习生"],
)
def test_internships_in_other_languages_are_intern_level(title):
    assert seniority(title) == "intern"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("[REMOTE WORK] Android Developer Pleno/Sênior na [Solvis]", "Android Developer Pleno/Sênior"),
        ("[HÀ NỘI] – SENIOR ANDROID DEV", "SENIOR ANDROID DEV"),
        (
            "[Desenvolvedor Back end Java Pleno] - CLT/híbrido 3 dias no escritório",
            "Desenvolvedor Back end Java Pleno",
        ),
        ("【徵才】(遠端工作) InsCoder - 前端工程師", "前端工程師"),
        ("Acme Tech - 北京 - 中级前端 - 15~30K", "中级前端"),
    ],
)
def test_a_title_between_tags_labels_and_separators_is_found(line, title):
    assert find_title([line]).title == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Darien Library seeks a full-time Custodian to keep our spaces clean and welcoming for all.",
            "Custodian",
        ),
        ("Wir suchen ab sofort eine Pflegefachkraft (m/w/d) für unsere Intensivstation.", "Pflegefachkraft"),
        ("NAK Emmeloord is op zoek naar een Front-end Developer die graag bouwt.", "Front-end Developer"),
        ("Nous recherchons un Chef de projet pour notre agence de Lyon.", "Chef de projet"),
    ],
)
def test_a_sentence_that_seeks_someone_names_the_title(sentence, title):
    assert find_title(["Über uns", sentence]).title == title


def test_a_separated_team_stays_with_its_title():
    info = find_title(["Senior Engineer - Payments Team"])
    assert info.title.startswith("Senior Engineer")


def test_a_big_city_in_a_title_line_is_a_place_not_a_team():
    info = find_title(["GOLANG Dev for Japan Projects - Ha Noi"])
    assert info.team is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Нужен водитель со своим автомобилем.", "водитель"),
        ("Buscamos Camarero para nuestro restaurante.", "Camarero"),
    ],
)
def test_seeking_sentences_in_any_case_and_in_cyrillic(sentence, title):
    assert find_title([sentence]).title == title


@pytest.mark.parametrize(
    ("lines", "title", "company"),
    [
        # A heading whose date sat in an element of its own runs on after the title.
        (
            ["Stores Person Date posted: 21/12/2020", "Do you fancy joining an industry leader?"],
            "Stores Person",
            None,
        ),
        # Vietnamese puts the words that qualify the job after it, and names who seeks before the verb.
        (["Cinema Coffee tuyển nhân viên phục vụ"], "nhân viên phục vụ", "Cinema Coffee"),
        # A Chinese sentence that recruits names the title at its clause's end.
        (["我们想要招聘一位对技术有热情、有开发团队管理经验的技术总监。"], "技术总监", None),
        # Portuguese "na" before the employer, a bracketed employer after a preposition.
        (["[São Paulo] Mobile Hibrido Developer na iCourier"], "Mobile Hibrido Developer", "iCourier"),
        (
            ["Estágio na área de Suporte e Infraestrutura na [Secretaria de Educação]"],
            None,
            "Secretaria de Educação",
        ),
        (["We are currently looking for a Stores Person to join us."], "Stores Person", None),
    ],
)
def test_titles_and_employers_named_in_more_ways(lines, title, company):
    found = find_title(lines)
    assert (title is None or found.title == title) and found.company == company


def test_na_before_a_city_names_a_place_not_an_employer():
    assert find_title(["Engenheiro de Software em São Paulo"]).company is None


@pytest.mark.parametrize(
    ("lines", "title", "company"),
    [
        (["ASBL : Full-Stack Engineers (All Levels)"], "Full-Stack Engineers (All Levels)", "ASBL"),
        (["Poste : Développeur Python"], "Développeur Python", None),  # a French label, not an employer
        (["Posilujeme ekonomický tým – hledáme datového analytika"], "datového analytika", None),
        (["GPS montør / Servicetekniker søkes"], None, None),
    ],
)
def test_forum_and_other_language_title_lines(lines, title, company):
    found = find_title(lines)
    assert found.title is not None and (title is None or found.title == title) and found.company == company


@pytest.mark.parametrize(
    ("lines", "title", "company"),
    [
        (["Walmart Chile busca Desarrollador Fullstack"], "Desarrollador Fullstack", "Walmart Chile"),
        (["[徵才] 邁思擘國際股份有限公司徵 後端開發工程師"], "後端開發工程師", "邁思擘國際股份有限公司"),
        (["Canonical / Ubuntu", "Seeking senior web/frontend developer (html5, css3) [fulltime remote]."],
         "senior web/frontend developer", None),
        (["[Rio de Janeiro] QA Pleno na Firjan"], "QA Pleno", "Firjan"),
    ],
)  # fmt: skip
def test_more_title_lines_of_forums_and_other_languages(lines, title, company):
    facts = {"company": "邁思擘國際股份有限公司"} if "徵" in lines[0] else None
    found = find_title(lines, facts=facts)
    assert found.title == title and (company is None or found.company == company)


@pytest.mark.parametrize(
    ("lines", "title", "company"),
    [
        (
            ["Senior ERP / CRM Consultant για την Καρβελάς Α.Ε."],
            "Senior ERP / CRM Consultant",
            "Καρβελάς Α.Ε.",
        ),
        (["2021년 부문별 신입 및 경력사원 모집"], "2021년 부문별 신입 및 경력사원 모집", None),
        (["Coding/STEM Educator"], "Coding/STEM Educator", None),
        (
            ["Wifi Protector - C++ / Linux rockstar - REMOTE (but within Europe)"],
            "C++ / Linux rockstar",
            None,
        ),
    ],
)
def test_titles_with_legal_forms_recruiting_words_and_job_slang(lines, title, company):
    found = find_title(lines)
    assert found.title == title and (company is None or found.company == company)


@pytest.mark.parametrize(
    ("line", "is_title"),
    [
        ("Вакансия Уборщица-посудомойщица", True),  # a hyphenated pair of job nouns
        (
            "キポットプレイス スタッフ募集一時預かり託児スタッフ（無資格者勤務可）",
            True,
        ),  # a note in brackets after it
        ("駐車場管理業務（浜松市駅南駐車場）", True),
        ("ReferWell | node.js contractor", True),
        ("meta_title = 'Вакансия “Backend-разработчик”';?>", False),  # a template's code
        ("Álláshirdetés", False),  # "job advertisement": the page's name
    ],
)
def test_lines_that_read_as_titles(line, is_title):
    from postings.parsing.people import looks_like_title

    assert looks_like_title(line) is is_title


def test_a_page_listing_jobs_under_headings_of_their_own():
    lines = [
        "Munkatársat keresünk az alábbi pozíciókba!",
        "Szakács:",
        "Panziónk hat szobával rendelkezik, reggelit adunk.",
        "Feladatok:",
        "- Ételek elkészítése",
    ]
    assert find_title(lines).title == "Szakács"


def test_a_label_on_its_own_line_is_no_job_heading():
    assert find_title(["Job description:", "Hiring manager:", "Jane Doe", "We build tools."]).title is None


@pytest.mark.parametrize(
    "line, title",
    [
        ("¡En TOTS nos encontramos en la búsqueda de un/a C# Developer!", "C# Developer"),
        ("Nous sommes à la recherche d'un(e) Développeur Python pour notre équipe", "Développeur Python"),
        ("Wir sind auf der Suche nach einer Pflegefachkraft (m/w/d)", "Pflegefachkraft"),
    ],
)
def test_a_sentence_in_search_of_someone_names_the_title(line, title):
    assert title_from_sentences([line]) == title


def test_a_vacancy_word_before_the_title_and_brackets_are_kept_whole():
    assert find_title(["Вакансия машинист автокрана", "Требования"]).title == "Машинист автокрана"
    found = find_title(["Aerospace Colour Blending Technician (MNC, WEST)"])
    assert found.title == "Aerospace Colour Blending Technician (MNC, WEST)" and found.team is None


def test_a_forum_heading_company_dash_title_dash_place():
    found = find_title(["JAVIS - Freelance part-time developer - Hanoi", "Location"])
    assert (found.title, found.company) == ("Freelance part-time developer", "JAVIS")
    # a department before the title is no employer
    assert find_title(["Engineering - Backend Developer - Berlin"]).company is None


@pytest.mark.parametrize(
    "line, title",
    [
        ("Fyzioterapeut pro děti", "Fyzioterapeut pro děti"),
        ("Contabil", "Contabil"),
        ("Psykolog", "Psykolog"),
    ],
)
def test_job_nouns_of_more_languages_make_a_title(line, title):
    assert find_title([line, "Vi tilbyder"]).title == title
