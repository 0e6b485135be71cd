"""parse() end to end on small postings: how the field readers combine."""

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postings.parsing.posting import _team_name, parse, parse_all

HEADER_POSTING = """Lumen Works | Careers

Senior QA Engineer
Bristol, UK · On-site · Full-time

We're Lumen Works, a lighting company. Our Test Automation team builds the rigs.
The robots don't work from home.

What you'll do
- Write tests in Python.

You might be a great fit if you have
- 3+ years of experience in QA.
- Help with immigration and relocation to Bristol is available.
"""


def test_header_line_states_work_mode_place_and_employer():
    posting = parse(HEADER_POSTING, filename="a.txt")
    assert posting.company == "Lumen Works"
    assert posting.title == "Senior QA Engineer"
    assert posting.work_mode == "onsite"
    assert [(p.name, p.country) for p in posting.locations] == [("Bristol", "GB")]
    assert posting.employment_type == "full_time"
    assert posting.team == "Test Automation"
    assert posting.min_years_experience == 3
    assert posting.requirements[0].startswith("3+ years")
    assert posting.relocation_assistance is True


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Contract: Permanent, full-time", "full_time"),
        ("Senior Data Engineer (Contract)", "contract"),
        ("Length: 13 weeks (13-week travel contract)", "contract"),
        ("Job Type: Full Time / Part Time", None),
    ],
)
def test_employment_type_from_labels(line, expected):
    text = f"Acme Corp | Careers\n\nData Engineer\n{line}\n\nWhat you'll do\n- Build pipelines.\n"
    assert parse(text, filename="a.txt").employment_type == expected


def test_recruiter_header_is_not_the_title():
    text = (
        "Keystone Talent Partners — Technology Staffing\n\nDevOps Engineer\n100% Remote\n\n"
        "About Keystone Talent Partners\nKeystone Talent Partners places engineers.\n"
    )
    posting = parse(text, filename="a.txt")
    assert posting.title == "DevOps Engineer"
    assert posting.work_mode == "remote"


def test_team_sizes_durations_and_lowercase_phrases_are_not_teams():
    assert (
        parse("Acme | Careers\n\nNurse - 13 Weeks\n\nJoin our 9-person Night Care team.\n").team
        == "Night Care"
    )
    assert parse("Acme | Careers\n\nDeveloper\n\nJoin the product engineering group.\n").team is None


def test_estimate_label_in_header_facts_is_flagged():
    text = (
        "Nurse\nBrightwater Health\nEstimated salary: $88K - $104K a year\n\nPay\n$52.40 - $71.15 an hour\n"
    )
    posting = parse(text, filename="a.txt")
    assert (posting.pay.min_amount, posting.pay.period, posting.pay.is_estimate) == (
        Decimal("52.40"),
        "hour",
        False,
    )
    assert [e.min_amount for e in posting.estimates] == [88000]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=3000), st.binary(max_size=3000)))
def test_parse_never_raises(data):
    for posting in parse_all(data, filename="x.txt"):
        assert posting.problem or posting.title


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000), st.sampled_from(["a.html", "a.json", "a.md", "a.jsonl", None]))
def test_parse_never_raises_for_any_format(text, filename):
    assert parse_all(text, filename=filename)


@pytest.mark.parametrize("figure", ["$-5", "-$5", "€-100"])
def test_negative_pay_is_ignored_with_a_warning(figure):
    posting = parse(f"Data Analyst\nat Fernway Analytics\nSalary: {figure}\n\nWhat you'll do:\n- SQL.\n")
    assert posting.pay is None
    assert any("negative pay" in warning for warning in posting.warnings)


def test_a_range_is_not_a_negative_figure():
    posting = parse("Data Analyst\nat Fernway Analytics\nSalary: $100,000 - $120,000\n")
    assert posting.pay.min_amount == 100000 and not posting.warnings


def test_trailing_currency_range_is_not_negative():
    posting = parse("Sous Chef\nTaberna Sol\nSalario: 28.000 € - 32.000 € bruto/año\n")
    assert (posting.pay.min_amount, posting.pay.max_amount, posting.pay.currency) == (28000, 32000, "EUR")
    assert not posting.warnings


@pytest.mark.parametrize(
    "text, filename, expected",
    [
        ("Sommelier\n\n- Company: Vine & Co\n- Location: Lyon, France\n\nPour wine.\n", "a.txt", "Sommelier"),
        (
            "<html><head><title>Head Sommelier at Vine House | JobRadar</title></head><body>"
            "<h1>Head Sommelier</h1><p>Vine House is hiring.</p></body></html>",
            "a.html",
            "Head Sommelier",
        ),
        ("We are a friendly company.\nWe like people.\n", "a.txt", None),
    ],
)
def test_title_without_a_known_job_noun(text, filename, expected):
    assert parse(text, filename=filename).title == expected


@pytest.mark.parametrize("amount", ["1e308", "1e999999", '"9' + "9" * 400 + '"', "-5"])
def test_an_impossible_jsonld_salary_drops_the_pay_not_the_posting(amount):
    salary = (
        f'{{"currency": "USD", "value": {{"minValue": {amount}, "maxValue": {amount}, "unitText": "YEAR"}}}}'
    )
    text = (
        '{"@type": "JobPosting", "title": "Backend Engineer", "hiringOrganization": {"name": "Acme"},'
        f' "description": "Build APIs in Python.", "baseSalary": {salary}}}'
    )
    posting = parse(text, filename="p.json")
    assert posting.problem is None
    assert posting.title == "Backend Engineer"
    assert posting.pay is None


def test_an_impossible_stated_salary_is_no_pay():
    posting = parse("Backend Engineer\nat Acme\n\nSalary: $" + "9" * 40 + " per year\n")
    assert posting.title == "Backend Engineer"
    assert posting.pay is None


def test_a_remote_area_named_by_a_job_board_field_is_the_restriction():
    record = (
        '{"title": "Data Analyst", "company_name": "Telia", "candidate_required_location": "Lithuania",'
        ' "description": "Analyse network data with SQL and Python for our operations teams every day."}'
    )
    posting = parse(record, filename="job.json")
    assert posting.remote_restriction == ("LT",) and posting.work_mode == "remote"


@pytest.mark.parametrize(
    "team",
    [
        "Szczecin",  # a place
        "Vila Velha/ES",  # a place and its state
        "Miranda (Makeup Artistry Experience Preferred)",  # a suburb and a note
        "Acme Robotics",  # the employer
        "Snout https://www.snoutplans.com/",  # a link
        "als Kreditspezialist im Homeoffice",  # a fragment of a sentence
        "山东省青岛市南区",  # an address
        "jobs",  # a page word
    ],
)
def test_a_team_that_is_no_team_name_is_dropped(team):
    assert _team_name(team, "Acme Robotics") is None


def test_a_real_team_name_is_kept():
    assert _team_name("Bank Operations", "Hack Club") == "Bank Operations"


def test_a_bare_dollar_in_a_posting_set_in_colombia_is_pesos():
    text = (
        "Técnico de mantenimiento\n\nEmpresa: Alimentos Andinos S.A.S.\nUbicación: Medellín, Colombia\n"
        "Salario: $1.450.000 mensuales\n\nMantenimiento preventivo de equipos de planta."
    )
    posting = parse(text)
    assert posting.pay.currency == "COP"


def test_a_bare_dollar_takes_the_local_currency_before_its_period_is_guessed():
    # "$3.200.000" read as US dollars would be a yearly figure; as Chilean pesos it is a month's pay.
    text = (
        "Desarrollador Fullstack\n\nEmpresa: Pegas Ltda.\nUbicación: Santiago, Chile\n"
        "Sueldo ofrecido: $1.600.000 – $3.200.000\n\nDesarrollo de aplicaciones web con Django."
    )
    pay = parse(text).pay
    assert (pay.currency, pay.period, pay.min_amount) == ("CLP", "month", Decimal(1600000))


def test_a_stipend_naming_no_currency_is_in_the_posting_country_s():
    text = (
        "Frontend Intern\n\nCompany: HackerEarth\nLocation: Bengaluru, India\n"
        "Stipend: 40,000 per month\n\nBuild user interfaces with React."
    )
    pay = parse(text).pay
    assert (pay.min_amount, pay.currency, pay.period) == (Decimal(40000), "INR", "month")


def test_a_bare_figure_is_no_pay_when_the_posting_spans_several_countries():
    text = (
        "Frontend Intern\n\nCompany: HackerEarth\nLocations: Bengaluru, India; Berlin, Germany\n"
        "Stipend: 40,000 per month\n\nBuild user interfaces with React."
    )
    assert parse(text).pay is None


def test_an_interns_title_makes_the_job_an_internship_when_nothing_else_says():
    text = "Data Science Intern\n\nAcme Analytics\n\nJoin our data team for the summer and build models."
    assert parse(text).employment_type == "internship"


@pytest.mark.parametrize(
    ("text", "filename", "kind"),
    [
        ("title,company,description\nNurse,Acme Care,Care for patients.\n", "jobs.csv", "dataset"),
        ("acme/jobs · issue #7 · open\n# Backend Engineer at Acme\n\nWe build APIs in Go.", "7.md", "forum"),
        ("Backend Engineer\nAcme\n\nWe build APIs in Go for banks.", "acme.txt", "careers"),
    ],
)
def test_the_kind_of_source_comes_from_the_files_shape(text, filename, kind):
    assert parse(text, filename=filename).source_kind == kind


def test_a_team_named_in_another_script_is_kept_beside_a_named_employer():
    # Regression: its matching key is empty, and "" is in every employer's key.
    assert _team_name("고객감동팀", "Makestar") == "고객감동팀"
    assert _team_name("Отдел продаж", "Ангара") == "Отдел продаж"


def test_a_page_title_that_names_a_city_places_a_posting_that_names_none():
    page = (
        "<html><head><title>Cafe Classen - Arnhem</title></head><body><h1>Barmedewerker</h1>"
        "<p>Je staat achter de bar in het leukste bruine café. Cafe Classen zoekt een barmedewerker.</p>"
        "</body></html>"
    )
    posting = parse(page, filename="vacature.html")
    assert [(p.name, p.country) for p in posting.locations] == [("Arnhem", "NL")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("titulo,empresa,descripcion,tipo_trabajo\nAnalista,Acme SA,Analizar impuestos y balances cada mes,"
         "Full-time\n", "full_time"),
        ("Servicetekniker\nZeekit AS søker servicetekniker. Fulltidsstilling i Oslo.", "full_time"),
    ],
)  # fmt: skip
def test_employment_types_named_by_other_fields_and_languages(text, kind):
    posting = parse(text, filename="a.csv" if "," in text.splitlines()[0] else "a.txt")
    assert posting.employment_type == kind


def test_a_careers_pages_own_name_is_no_title_but_keeps_the_posting_when_nothing_else_is():
    text = "---\ntitle: Careers\n---\n\n## Web Applications Engineer\n\nWe build web apps for clients.\n"
    assert parse(text, filename="careers.md").title == "Web Applications Engineer"
    text = "---\ntitle: Careers\n---\n\nWe build things for Acme Corp and pay well. Mail jobs@acme.example.\n"
    posting = parse(text, filename="careers.md")
    assert posting.title == "Careers" and dict(posting.confidence)["title"] <= 0.3


def test_gender_marks_are_no_part_of_the_matching_key():
    from postings.parsing.similarity import title_key

    assert title_key("Erzieher (m/w/d)") == title_key("Erzieher") == "erzieher"


def test_a_page_titles_first_part_is_the_title_when_it_names_a_job_the_text_does_not():
    page = (
        "<html><head><title>Open Source Community Manager (d/f/m) | Sovereign Cloud Stack</title></head>"
        "<body>"
        "<p>The position is to be filled as soon as possible at the Sovereign Cloud Stack project.</p>"
        "<p>Mail jobs@scs.example to apply.</p></body></html>"
    )
    assert parse(page, filename="job.html").title == "Open Source Community Manager"


def test_a_jsp_page_s_directives_are_no_text_and_a_labelled_title_loses_its_number_and_status_note():
    page = (
        '<%@ page language="java" contentType="text/html; charset=UTF-8"%>'
        '<%@include file="/include/header.jsp"%>'
        "<h2>채용정보</h2><p>커피전문기업 모모스와 동행자가 되어주세요.</p>"
        "<dl><dt>모집분야</dt><dd>01_바리스타팀 [채용시 마감]</dd>"
        "<dt>근무조건</dt><dd>1일 8시간 근무</dd></dl>"
        "<p>이메일 recruit@momos.co.kr로 지원</p>"
    )
    (posting,) = parse_all(page, filename="recruit.jsp")
    assert posting.title == "바리스타팀"
    assert "page language" not in posting.summary + posting.body


@pytest.mark.parametrize(
    "line, link",
    [
        ("请将简历发送至：501296054@qq.com", "mailto:501296054@qq.com"),
        ("자유 양식의 이력서 작성하여 이메일 recruit@momos.co.kr로 지원", "mailto:recruit@momos.co.kr"),
        ("Резюме отправляйте на hr@example.ru", "mailto:hr@example.ru"),
        ("Questions? Write to anna@example.com or jobs@example.com.", "mailto:anna@example.com"),
        ("Our team: careers@example.de (Bewerbungen), datenschutz@example.de", "mailto:careers@example.de"),
        ("Kontakt: info@landenhof.ch", "mailto:info@landenhof.ch"),
    ],
)
def test_the_application_address_a_posting_gives(line, link):
    text = f"Koch (m/w/d)\n\nRestaurant Sonne GmbH\n\nWir suchen einen Koch für unsere Küche.\n\n{line}\n"
    assert parse(text).apply_url == link


def test_a_privacy_address_alone_is_no_application_address():
    text = "Koch (m/w/d)\n\nRestaurant Sonne GmbH\n\nWir suchen einen Koch.\n\nDatenschutz: privacy@x.de\n"
    assert parse(text).apply_url is None


def test_a_records_country_gives_way_to_the_city_its_text_labels_and_epoch_timestamps_date_it():
    record = (
        '{"employer_name": "Infoplus Ltd", "job_title": "React Native Developer", "job_country": "GB", '
        '"job_city": null, "job_posted_at_timestamp": 1700842006, "job_description": '
        '"Location: London (2 days at Office)\\n\\nBuild our mobile app in React Native with TypeScript."}'
    )
    posting = parse(record, filename="job.json")
    assert [p.name for p in posting.locations] == ["London"]
    assert str(posting.posted_at) == "2023-11-24"
    assert posting.work_mode == "hybrid"


def test_a_title_named_further_down_a_page_is_kept_for_review():
    pitch = "".join(f"Důvod {n}: vzájemně se podporujeme a sdílíme zkušenosti v týmu.\n" for n in range(20))
    page = (
        f"Proč pracovat právě u nás?\n{pitch}\n"
        "FYZIOTERAPEUT/KA PRO DĚTI A DOSPĚLÉ\nNabízíme zajímavé finanční ohodnocení a 5 týdnů dovolené.\n"
    )
    posting = parse(page, filename="kariera.txt")
    assert posting.title == "FYZIOTERAPEUT/KA PRO DĚTI A DOSPĚLÉ"
    assert dict(posting.confidence)["title"] < 0.5  # a person checks it


def test_a_senders_signature_names_no_title():
    lines = "".join(
        f"Point {n}: the work is on drivers and the boot path of set-top boxes.\n" for n in range(20)
    )
    mail = (
        f"Hi all,\n\nWe have an opening in Seattle for somebody who knows the kernel well.\n{lines}\n"
        "Thank you very much for your time,\n\nKim Pelham\nStaffing Director\nKernel Staffing Inc.\n"
    )
    assert parse(mail, filename="job.eml").title is None


def test_skills_named_by_the_title_and_experience_fact():
    posting = parse(
        "Senior Android Developer\nAcme Apps\nExperience: 3 years of Kotlin\n\nAbout the role\n"
        "You will build our mobile app with a small team.\n"
    )
    assert {"Android", "Kotlin"} <= {s.name for s in posting.skills}
    assert all(s.required for s in posting.skills if s.name in ("Android", "Kotlin"))


@pytest.mark.parametrize(
    "title, mode",
    [
        ("Staff Nurse", "onsite"),
        ("Berufskraftfahrer (m/w/d)", "onsite"),
        ("Aide-soignante de nuit", "onsite"),
        ("店舗スタッフ", "onsite"),
        ("Data Warehouse Developer", None),  # office work that borrows a word of the table
        ("Senior Software Engineer", None),  # stated nowhere, and done anywhere
    ],
)
def test_work_done_in_person_is_onsite_when_no_mode_is_stated(title, mode):
    posting = parse(f"{title}\nAcme Care Homes Ltd\nLocation: Leeds, UK\n\nAbout the role\nJoin our team.\n")
    assert posting.work_mode == mode


def test_a_stated_work_mode_wins_over_the_kind_of_job():
    posting = parse("Nurse Case Manager (Remote)\nAcme Health\n\nAbout the role\nFully remote, US only.\n")
    assert posting.work_mode == "remote"


def test_a_place_after_its_country_s_flag():
    posting = parse(
        "# Desarrollador frontend\n\nWorky busca un desarrollador.\n\n* 🇲🇽 Ciudad de México\n"
        "* 💰 $20,000 - $25,000\n"
    )
    assert [(p.name, p.country) for p in posting.locations] == [("Mexico City", "MX")]


def test_a_word_the_posting_uses_as_a_label_is_no_employer():
    posting = parse(
        "Data Warehouse Entwickler\nZeitraum / Stunden\nZeitraum: ab sofort\nStunden: Vollzeit\n\n"
        "Ihre Aufgaben\n- Sie gestalten die Datenlandschaft der ÖGK.\n\nKontakt: bewerbung@oegk.at\n"
    )
    assert posting.company == "ÖGK"


def test_a_breadcrumb_is_no_employer():
    posting = parse("Contact Us  »   Careers  »\n\nShipping Laborer\n\nDepartment: Shipping\nBuild racks.\n")
    assert posting.company != "Contact Us » Careers »" and "»" not in (posting.company or "")


def test_a_range_written_with_one_space_is_no_negative_figure():
    posting = parse(
        "## Accounting Manager\n\nCalifornia - Remote\n\n#### Compensation\n\n$40 -$50 per hour\n"
    )
    assert (posting.pay.min_amount, posting.pay.max_amount, posting.pay.period) == (40, 50, "hour")
    assert posting.company is None  # "California - Remote" is the role's place, not its employer


def test_a_job_page_s_heading_is_its_title():
    html = (
        "<html><head><title>Fiche poste | EntraiDucation association</title></head><body>"
        "<h1>Web Marketing</h1><p>Vous aurez pour mission:</p><ul><li>La stratégie de référencement du site"
        "</li></ul></body></html>"
    )
    posting = parse(html, filename="fiche.html")
    assert posting.title == "Web Marketing" and posting.company != "Web Marketing"


def test_work_mode_from_the_title_and_a_remote_only_board():
    record = {
        "title": "Clinical Trial Manager (LSAD) &amp;#8211; UK, Remote &amp;#8211; FSP",
        "company": "Parexel",
        "location": "UK",
        "description": "Manage clinical trials across sites in the UK. " * 5,
    }
    (posting,) = parse_all(json.dumps(record), filename="jobicy.json")
    assert posting.title == "Clinical Trial Manager (LSAD) – UK, Remote – FSP"
    assert posting.work_mode == "remote"
    remotive = {
        "titulo": "Customer Success Manager",
        "empresa": "Crisp",
        "ubicacion": "EMEA, APAC",
        "url": "https://remotive.com/remote-jobs/customer-service/customer-success-manager-2088698",
        "descripcion": "Help our customers succeed with Crisp. " * 6,
    }
    (posting,) = parse_all(json.dumps(remotive), filename="remotive.json")
    assert posting.work_mode == "remote"
    assert posting.locations == ()  # "APAC" is a part of the world, not the Ugandan town of Apac


def test_the_employer_named_after_the_title_further_down():
    text = (
        "Magnet.me - The smart network where students and professionals find their internship or job.\n\n"
        "Woordvoerder\n\nPosted 6 Jul 2025\nSalary\n€4,264 - €6,072 per month\n\n"
        "Woordvoerder bij Stadsdeel West, Gemeente Amsterdam\n\n- Je adviseert bestuurders.\n"
    )
    posting = parse(text)
    assert (posting.title, posting.company) == ("Woordvoerder", "Stadsdeel West")


def test_hh_ru_schedule_and_experience_objects():
    record = {
        "name": "QA инженер",
        "employer": {"name": "Ит-Финанс"},
        "schedule": {"id": "remote", "name": "Удаленная работа"},
        "experience": {"id": "between3And6", "name": "От 3 до 6 лет"},
        "snippet": {"responsibility": "Тестирование банковских систем и автоматизация тестов. " * 5},
    }
    (posting,) = parse_all(json.dumps(record, ensure_ascii=False), filename="hh.json")
    assert (posting.work_mode, posting.min_years_experience) == ("remote", 3)


def test_a_short_part_of_a_place_label_is_no_town():
    record = {
        "title": "Servis Komisi",
        "company": "Dream",
        "location": "İstanbul(Avr.)",
        "description": "Restoranımızda servis komisi olarak çalışacak arkadaş arıyoruz. " * 4,
    }
    (posting,) = parse_all(json.dumps(record, ensure_ascii=False), filename="kariyer.json")
    assert [p.country for p in posting.locations] == ["TR"]
