"""Job records kept inside program code: joined strings, a JSON document in one string, cut-off literals."""

from decimal import Decimal

import pytest

from postings.parsing._code_literals import closed, joined_strings, string_payload
from postings.parsing.formats import to_documents
from postings.parsing.places import parse_place
from postings.parsing.posting import parse_all


def test_strings_joined_with_plus_become_one_string():
    code = "{ description: \"L'accueil des clients\\n\" +\n  'et la vente.' + `\\n` }"
    assert joined_strings(code) == '{ description: "L\'accueil des clients\\net la vente.\\n" }'


def test_a_plus_outside_strings_and_a_template_with_code_are_left_alone():
    code = "{ total: a + b, text: `Hi ${name}` + 'x' }"
    assert joined_strings(code) == code


def test_comments_hide_their_quotes():
    code = "// don't read this\n{ title: 'Chef' + ' de partie' }"
    assert joined_strings(code) == '// don\'t read this\n{ title: "Chef de partie" }'


def test_the_json_a_program_holds_in_one_string():
    java = (
        'public static String mock() {\n  return "[\\n" +\n'
        '    "  {\\"title\\": \\"IT-rekryterare\\",\\n" +\n'
        '    "   \\"employer\\": \\"Zacco\\"}\\n" +\n    "]";\n}'
    )
    assert string_payload(java) == '[\n  {"title": "IT-rekryterare",\n   "employer": "Zacco"}\n]'
    assert string_payload('String s = "short";') is None


def test_a_literal_cut_after_its_record_is_closed():
    cut = '[\n  { title: "Cook", tags: ["a", "b"] },\n'
    assert closed(cut) == '[\n  { title: "Cook", tags: ["a", "b"] }]'
    assert closed("{ title: '[draft' ") == "{ title: '[draft'}"  # brackets in strings do not count
    assert closed('{ "a": 1 }') is None  # nothing open
    assert closed('{ "a": [1 }') is None  # brackets that do not pair


def test_records_in_code_read_as_postings():
    js = (
        "exports.mock = [\n  {\n    employer_name: 'Les Fleurs',\n    job_title: 'Fleuriste',\n"
        '    job_description: "Accueil et conseil de la clientèle.\\n" +\n'
        "      'Confection de bouquets pour les évènements.',\n  },\n"
    )
    (posting,) = parse_all(js, filename="mock.js")
    assert (posting.title, posting.company) == ("Fleuriste", "Les Fleurs")
    assert "Confection de bouquets" in posting.summary + " ".join(posting.responsibilities)


def test_a_python_dict_printed_with_true_false_and_cut_off_is_read():
    py = (
        "{'data': {'header': {'jobName': '網站研發工程師', 'custName': '肯狄科研有限公司',\n"
        " 'isSaved': False},\n 'jobDetail': {'jobDescription':\n"
        " '負責網站前後端開發與維護，使用 Python 與 Django。', 'remote': None},\n"
    )
    (posting,) = parse_all(py, filename="job.py")
    assert (posting.title, posting.company) == ("網站研發工程師", "肯狄科研有限公司")


def test_an_api_response_stands_for_the_records_it_lists():
    response = (
        '{"apiVersion": "2.0", "friendlyNotice": "'
        + "Please credit us as the source of these listings. " * 6
        + '",'
        '"jobs": [{"jobTitle": "Junior Copywriter", "companyName": "Storyteller",'
        ' "jobDescription": "Write copy for campaigns across channels and formats."}]}'
    )
    docs = to_documents(response, filename="response.json")
    assert [d.structured["title"] for d in docs] == ["Junior Copywriter"]


def test_a_record_figure_without_currency_is_in_the_posting_country_s():
    record = (
        '{"title": "Web Engineer", "company": "Kendi Research", "location": "Taipei, Taiwan",'
        ' "description": "Build and run our web services in Python.",'
        ' "baseSalary": {"@type": "MonetaryAmount", "value": {"minValue": 50000, "maxValue": 70000,'
        ' "unitText": "MONTH"}}}'
    )
    (posting,) = parse_all(record, filename="job.json")
    assert (posting.pay.min_amount, posting.pay.currency) == (Decimal(50000), "TWD")


def test_a_county_is_not_the_city_it_shares_a_name_with():
    assert parse_place("Bergen County") is None
    assert parse_place("Hackensack, Bergen County, New Jersey").country == "US"


def test_an_xml_feed_held_in_a_php_string_reads_as_its_items():
    php = (
        "<?php\nclass FeedTest {\n  private function createXmlResponse()\n  {\n"
        '    return "<?xml version=\\"1.0\\"?><rss version=\\"2.0\\"><channel><title>jobs</title>'
        "<item><title>Full Stack Engineer at Sandstorm Design (Chicago, IL)</title>"
        "<description>Build Drupal and Python sites for our clients.</description></item>"
        "<item><title>Data Engineer at Acme (formerly Foo)</title>"
        '<description>Run our data pipelines on Postgres.</description></item></channel></rss>";\n  }\n}\n'
    )
    postings = parse_all(php, filename="FeedTest.php")
    assert [(p.title, p.company) for p in postings] == [
        ("Full Stack Engineer", "Sandstorm Design"),
        ("Data Engineer", "Acme (formerly Foo)"),
    ]
    assert [(place.name, place.country) for place in postings[0].locations] == [("Chicago", "US")]


def test_a_job_board_record_with_its_facts_in_value_objects():
    # InfoJobs' list items: the publisher as "author", figures and facts as {"id": …, "value": "…"}.
    js = (
        "export const page = {\n  currentPage: 1,\n  items: [\n    {\n"
        "      title: 'Almacenero/a Conductor/a C1',\n      city: 'Sevilla',\n"
        "      contractType: { id: 5, value: 'Otros contratos' },\n"
        "      salaryMin: { id: 255, value: '15.000 €' },\n"
        "      salaryMax: { id: 1270, value: '16.000 €' },\n"
        "      salaryPeriod: { id: 3, value: 'Bruto/año' },\n"
        "      experienceMin: { id: 6, value: 'Al menos 2 años' },\n"
        "      workDay: { id: 1, value: 'Completa' },\n      teleworking: { id: 1, value: 'Presencial' },\n"
        "      author: { id: '3913', name: 'RELUX SUMINISTROS SL', logoUrl: 'https://x.test/logo.png' },\n"
        "    },\n"
    )
    (posting,) = parse_all(js, filename="sevilla.js")
    assert posting.company == "RELUX SUMINISTROS SL"
    terms = (posting.employment_type, posting.work_mode, posting.min_years_experience)
    assert terms == ("full_time", "onsite", 2)
    assert (posting.pay.min_amount, posting.pay.max_amount, posting.pay.currency, posting.pay.period) == (
        Decimal(15000),
        Decimal(16000),
        "EUR",
        "year",
    )


def test_a_forum_poster_named_as_author_is_no_employer():
    page = (
        '---\ntitle: "ASBL : Full-Stack Engineers"\nauthor:\n  name: archerabi\n'
        "  url: https://news.ycombinator.com/item?id=1\n---\n"
        "ASBL - Full-Stack Engineers - Hyderabad, India - ONSITE\n\nWe build homes with React and Postgres.\n"
    )
    (posting,) = parse_all(page, filename="post.md")
    assert posting.company != "archerabi"


def test_annual_salary_fields_of_a_record():
    record = (
        '{"jobs": [{"jobTitle": "Junior Copywriter", "companyName": "Storyteller",'
        ' "jobDescription": "Write copy for campaigns across channels and formats.",'
        ' "annualSalaryMin": "36000", "annualSalaryMax": "44000", "salaryCurrency": "CAD"}]}'
    )
    (posting,) = parse_all(record, filename="jobicy.json")
    assert (posting.pay.min_amount, posting.pay.max_amount, posting.pay.currency) == (36000, 44000, "CAD")


def test_code_whose_object_reads_as_no_record_is_read_as_text():
    js = (
        "export const page = {\n  heading: 'Maestro Taquero',\n  blurb: 'Cocinero de línea',\n"
        "  body: 'Buscamos Cocinero para nuestra sucursal. Preparación de alimentos.',\n}\n"
    )
    assert parse_all(js, filename="page.js")  # not refused as "no posting text found"


def test_a_record_s_city_state_and_country_fields_make_one_place():
    js = (
        "exports.mock = [{ employer_name: 'Les Fleurs', job_title: 'Fleuriste',"
        " job_description: 'Accueil et conseil de la clientèle, confection de bouquets.',"
        " job_city: 'Choisy-le-Roi', job_state: 'IDF', job_country: 'FR' }]"
    )
    (posting,) = parse_all(js, filename="mock.js")
    assert [(p.name, p.country) for p in posting.locations] == [("Choisy-le-Roi", "FR")]


def test_a_job_board_response_whose_header_names_the_job_and_a_sibling_describes_it():
    py = (
        "{'data': {'header': {'jobName': 'Web Engineer', 'custName': 'Kendi Research Ltd.',"
        " 'appearDate': '2020/05/31',"
        " 'analysisUrl': '//www.job_104.com.tw/jobs/apply/analysis?j=4b414b2d3f4d455d3839416a3b6b3d2314f51'},"
        " 'jobDetail': {'jobDescription': 'Build our web services with JavaScript, Node.js and React.'},"
        " 'welfare': {'welfare': '1. Lunch subsidy: NTD$150 per working day'}}}"
    )
    (posting,) = parse_all(py, filename="job.py")
    assert {"JavaScript", "Node.js", "React"} <= {skill.name for skill in posting.skills}
    assert posting.posted_at.isoformat() == "2020-05-31"
    assert posting.pay is None  # a lunch subsidy is a perk, not pay


@pytest.mark.parametrize(
    "field",
    [
        '"contrato": "Tiempo Completo"',
        '"employment": {"id": "full", "name": "Полная занятость"}',
        '"workTypes": ["Full time"]',
        '"job_employment_type": "FULLTIME"',
        '"working_hours_type": {"label": "Heltid"}',
    ],
)
def test_a_record_s_employment_field_under_its_board_s_name(field):
    record = (
        '{"title": "Data Engineer", "company": "Acme Analytics", '
        '"description": "Build and run our data pipelines in Python and SQL.", ' + field + "}"
    )
    (posting,) = parse_all(record, filename="job.json")
    assert posting.employment_type == "full_time"


def test_adzuna_s_area_runs_from_the_country_down():
    js = (
        "const mock = { results: [{ title: 'Early Childhood Teacher',"
        " company: { display_name: 'Guardian Childcare' },"
        " description: 'Deliver a play-based curriculum to our preschool children every day.',"
        " location: { display_name: 'Prestons, Liverpool Area',"
        " area: ['Australia', 'New South Wales', 'Sydney Region', 'Liverpool Area', 'Prestons'] } }] }"
    )
    (posting,) = parse_all(js, filename="mock.js")
    assert [(p.name, p.country) for p in posting.locations] == [("Prestons", "AU")]


def test_a_salary_object_with_its_figures_beside_an_empty_value():
    record = (
        '{"title": "Nhân viên Kho", "description": "Quản lý kho hàng, kiểm kê và nhập xuất hàng hóa.",'
        ' "hiringOrganization": {"name": "Công ty ABC"},'
        ' "jobLocation": {"address": {"addressRegion": "Hà Nội"}},'
        ' "baseSalary": {"currency": "VND", "minValue": 7000000, "maxValue": 9000000, "unitText": "MONTH",'
        ' "value": ""}}'
    )
    (posting,) = parse_all(record, filename="topcv.json")
    pay = posting.pay
    assert (pay.min_amount, pay.max_amount, pay.currency, pay.period) == (7000000, 9000000, "VND", "month")
