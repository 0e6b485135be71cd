import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.formats import Document, UnusableInput, decode, jobposting_text, to_documents

JOBPOSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Backend Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Acme &amp; Co"},
    "jobLocation": [
        {"@type": "Place", "address": {"addressLocality": "Berlin", "addressCountry": "DE"}},
        {"@type": "Place", "address": {"addressLocality": "Lisbon", "addressCountry": {"name": "Portugal"}}},
    ],
    "employmentType": "FULL_TIME",
    "baseSalary": {"currency": "EUR", "value": {"minValue": 60000, "maxValue": 80000, "unitText": "YEAR"}},
    "datePosted": "2025-09-21T10:00:00Z",
    "url": "https://acme.example/jobs/42",
    "description": "<p>Build APIs.</p><h3>Requirements</h3><ul><li>Go</li><li>SQL &amp; Postgres</li></ul>",
}


@pytest.mark.parametrize(
    "raw, text, warning",
    [
        (b"Hello", "Hello", None),
        ("Caf\u00e9 \u2013 Barista".encode(), "Caf\u00e9 \u2013 Barista", None),
        (b"\xef\xbb\xbfWith BOM", "With BOM", None),
        ("UTF-16 posting".encode("utf-16"), "UTF-16 posting", None),
        ("Big endian".encode("utf-16-be").join([b"\xfe\xff", b""]), "Big endian", None),
        (b"Caf\xe9 \x96 \x80100", "Caf\u00e9 \u2013 \u20ac100", "not valid UTF-8; read as Windows-1252"),
        ("No BOM at all".encode("utf-16-le"), "No BOM at all", "no byte-order mark; read as UTF-16"),
        (b"Tabs\tand\r\nnewlines\x0c", "Tabs\tand\r\nnewlines\x0c", None),
    ],
)
def test_decode(raw, text, warning):
    assert decode(raw) == (text, warning)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
        (b"text with a NUL \x00 inside", "binary file, not text"),
        (bytes(range(1, 32)) * 4, "binary file, not text"),
    ],
)
def test_decode_rejects(raw, reason):
    with pytest.raises(UnusableInput, match=reason):
        decode(raw)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("• One\n● Two\n▪ Three\n* Four\n– Five", "- One\n- Two\n- Three\n- Four\n- Five"),
        ("Title   \n\n\n\n\nBody", "Title\n\nBody"),
        ("Salary:\u00a0$100k\u200b", "Salary: $100k"),
        ("  -   indented item", "- indented item"),
        ("Windows\r\nline\rends", "Windows\nline\nends"),
        ("-5 degrees is not a bullet", "-5 degrees is not a bullet"),
        ("**Bold** stays in plain text", "**Bold** stays in plain text"),
    ],
)
def test_plain_text(text, expected):
    assert to_documents(text, filename="posting.txt") == [Document(expected, "text")]


@pytest.mark.parametrize(
    "markdown, expected",
    [
        ("# Senior Engineer\n\n## What you'll do", "Senior Engineer\n\nWhat you'll do"),
        ("* Python\n+ Go\n- Rust", "- Python\n- Go\n- Rust"),
        ("1. First\n2) Second", "- First\n- Second"),
        ("**Bold** and _em_ and *em* but snake_case_name", "Bold and em and em but snake_case_name"),
        ("See [our site](https://x.example) or [ref][1]\n[1]: https://x.example", "See our site or ref"),
        ("```python\nprint('hi')\n```", "print('hi')"),
        ("Title\n=====\n\n---\n\nText", "Title\n\nText"),
        ("> Quoted line", "Quoted line"),
        ("Line one<br>Line two &amp; more", "Line one\nLine two & more"),
        ("| Key | Value |\n|---|---|\n| Location | Remote |", "Key | Value\nLocation | Remote"),
        ("Use `kubectl` daily", "Use kubectl daily"),
    ],
)
def test_markdown(markdown, expected):
    (doc,) = to_documents(markdown, filename="posting.md")
    assert (doc.text, doc.fmt) == (expected, "markdown")


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<p>Hello&nbsp;&amp; welcome</p><p>Second</p>", "Hello & welcome\nSecond"),
        ("<ul><li>One</li><li><p>Two</p></li><li>Th<b>ree</b></li></ul>", "- One\n- Two\n- Three"),
        ("<div>a<br>b<br/>c</div>", "a\nb\nc"),
        ("<p>Keep</p><script>var x = 1;</script><style>p {}</style><noscript>JS off</noscript>", "Keep"),
        ("<p>Keep</p><nav>Home</nav><footer>(c)</footer><aside>Ad</aside><form>Email</form>", "Keep"),
        ("<p>Keep</p><button>Apply now</button><template>t</template><svg><text>s</text></svg>", "Keep"),
        ("<p>Keep</p><div hidden>Secret</div><span aria-hidden='true'>icon</span>", "Keep"),
        ("<p>Keep</p><p style='display: none'>gone</p>", "Keep"),
        (
            "<p>Keep</p><div id='cookie-banner'>We use cookies</div><div class='share-buttons'>Share</div>",
            "Keep",
        ),
        ("<p>Keep</p><section class='related-jobs'><h2>Related</h2></section>", "Keep"),
        ("<p>Keep</p><div class='newsletter-signup'>Subscribe</div>", "Keep"),
        ("<header><a>Jobs</a></header><p>Keep</p>", "Keep"),
        ("<header><h1>Data Engineer</h1></header><p>Keep</p>", "Data Engineer\nKeep"),
        (
            "<table><tr><th>Location</th><td>Berlin</td></tr><tr><td>a</td><td>b</td></tr></table>",
            "Location: Berlin\na | b",
        ),
        ("<h2>Requirements</h2><p>Go</p>", "Requirements\nGo"),
        ("<pre>line 1\nline 2</pre>", "line 1\nline 2"),
        ("<html><head><title>T</title><body><p>Unclosed head</p></body></html>", "Unclosed head"),
        ("<p>Stray</p></div></span><p>tags</p>", "Stray\ntags"),
    ],
)
def test_html(html, expected):
    (doc,) = to_documents(html, filename="posting.html")
    assert (doc.text, doc.fmt) == (expected, "html")


def test_html_json_ld_in_graph_and_canonical_url():
    ld = json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, JOBPOSTING]})
    page = (
        f'<html><head><link rel="canonical" href="https://acme.example/c"><script type="application/ld+json">'
        f"{ld}</script></head><body><h1>Backend Engineer</h1><p>{'Build APIs. ' * 20}</p></body></html>"
    )
    (doc,) = to_documents(page, filename="job.html")
    assert doc.structured["title"] == "Backend Engineer"
    assert doc.url == "https://acme.example/c"
    assert doc.text.startswith("Backend Engineer\nBuild APIs.")


def test_html_shell_falls_back_to_json_ld():
    ld = json.dumps([{"@type": "BreadcrumbList"}, JOBPOSTING])
    page = (
        '<meta property="og:url" content="https://og.example">'
        f'<script type="application/ld+json">{ld}</script><div>Loading</div>'
    )
    (doc,) = to_documents(page)
    assert doc.fmt == "html" and doc.url == "https://og.example"
    assert doc.text == jobposting_text(JOBPOSTING)


def test_jobposting_text():
    assert jobposting_text(JOBPOSTING) == (
        "Backend Engineer\nat Acme & Co\nLocation: Berlin, DE; Lisbon, Portugal\nEmployment type: full-time\n"
        "Salary: €60,000 to €80,000 per year\nDate posted: 2025-09-21\nBuild APIs.\nRequirements\n- Go\n"
        "- SQL & Postgres"
    )


@pytest.mark.parametrize(
    "posting, line",
    [
        (
            {
                "title": "X",
                "jobLocationType": "TELECOMMUTE",
                "applicantLocationRequirements": {"name": "USA"},
            },
            "Location: Remote (USA)",
        ),
        (
            {"title": "X", "baseSalary": {"currency": "USD", "value": {"value": "45", "unitText": "HOUR"}}},
            "Salary: $45 per hour",
        ),
        ({"title": "X", "baseSalary": {"currency": "CHF", "value": 120000}}, "Salary: CHF 120,000"),
        ({"title": "X", "hiringOrganization": "Plain Org"}, "at Plain Org"),
        ({"title": "X", "description": "Plain text with 5 &lt; 6"}, "Plain text with 5 < 6"),
    ],
)
def test_jobposting_text_variants(posting, line):
    assert line in jobposting_text(posting).split("\n")


def test_json_list_and_lines():
    other = dict(JOBPOSTING, title="Frontend Engineer", url=None)
    docs = to_documents(json.dumps([JOBPOSTING, {"@type": "Organization"}, other]), filename="jobs.json")
    assert [(d.fmt, d.text.split("\n")[0], d.url) for d in docs] == [
        ("json", "Backend Engineer", "https://acme.example/jobs/42"),
        ("json", "Frontend Engineer", None),
    ]
    lines = "\n".join(json.dumps(p) for p in (JOBPOSTING, other))
    assert len(to_documents(lines, filename="jobs.jsonl")) == 2
    assert len(to_documents(lines)) == 2


@pytest.mark.parametrize(
    "text, filename",
    [
        ("", "a.txt"),
        ("   \n  ", None),
        ('{"@type": "Organization", "name": "Acme"}', "a.json"),
        ("[1, 2, 3]", None),
        ("<html><body><script>x()</script></body></html>", "a.html"),
        ("<p hidden>nothing visible</p>", "a.htm"),
    ],
)
def test_nothing_usable(text, filename):
    assert to_documents(text, filename=filename) == []


@pytest.mark.parametrize(
    "text, filename, fmt",
    [
        ("Senior Engineer\n- Python", None, "text"),
        ("# Senior Engineer\n\n- Python", None, "markdown"),
        ("<div><p>Senior Engineer</p></div>", None, "html"),
        ("<!DOCTYPE html><html><body><p>Senior Engineer</p></body></html>", "saved.txt", "html"),
        ("Plain text named .json", "oops.json", "text"),
        ("# Heading in a .txt stays text", "a.txt", "text"),
        ("Salary < $100k and > $50k", None, "text"),
    ],
)
def test_format_detection(text, filename, fmt):
    assert to_documents(text, filename=filename)[0].fmt == fmt


@given(st.binary(max_size=300))
def test_decode_raises_only_unusable_input(raw):
    try:
        text, warning = decode(raw)
    except UnusableInput as error:
        assert str(error) in ("empty file", "binary file, not text")
    else:
        assert isinstance(text, str) and (warning in (None, *WARNINGS) or warning.startswith(REGIONAL))


WARNINGS = ("not valid UTF-8; read as Windows-1252", "no byte-order mark; read as UTF-16")
REGIONAL = "not valid UTF-8; read as "  # a region's own encoding the detector found (GBK, Shift JIS ...)
PIECES = [
    "<p>",
    "</p>",
    "<li>",
    "<ul>",
    "<br>",
    "<script>",
    "</div>",
    "{",
    "}",
    "[",
    '"',
    "# ",
    "* ",
    "**",
    "_",
]
MORE = ["[a](b)", "&amp;", "\u00a0", "\u200b", "•", "<header>", "<h1>", "</header>", "<!doctype html>"]
MARKUP = st.sampled_from(
    [*PIECES, *MORE, "\n", '<script type="application/ld+json">', "</script>", '{"@type": "JobPosting"}']
)
TEXTS = st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=30).map("".join)


@given(TEXTS, st.sampled_from([None, "a.txt", "a.html", "a.json", "a.md", "a.jsonl", "noext"]))
def test_to_documents_never_raises(text, filename):
    for doc in to_documents(text, filename=filename):
        assert doc.text and doc.fmt in ("text", "markdown", "html", "json")


KEYS = st.sampled_from(
    [
        "title",
        "description",
        "jobLocation",
        "address",
        "baseSalary",
        "value",
        "minValue",
        "name",
        "@type",
        "hiringOrganization",
    ]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


@given(JSON)
def test_jobposting_text_never_raises(obj):
    assert isinstance(jobposting_text(obj), str)


# Job objects under their own field names: one shape per family of sources (written for these tests).
@pytest.mark.parametrize(
    ("record", "title", "company"),
    [
        (
            {
                "title": "Mechanic",
                "company_name": "Roos GmbH",
                "description": "<p>Repair fleet vans.</p>" * 5,
            },
            "Mechanic",
            "Roos GmbH",
        ),
        (
            {
                "name": "Python Developer",
                "employer": {"name": "Alabuga"},
                "snippet": {
                    "requirement": "Python 3, Django.",
                    "responsibility": "Build services for games.",
                },
                "description": "Build services for games with Python and Django every day.",
            },
            "Python Developer",
            "Alabuga",
        ),
        (
            {
                "MatchedObjectDescriptor": {
                    "PositionTitle": "IT Project Manager",
                    "OrganizationName": "CDC",
                    "QualificationSummary": "One year of specialized experience.",
                }
            },
            "IT Project Manager",
            "CDC",
        ),
        (
            {
                "titulo": "Garzón",
                "Buscado": "Staffing EST",
                "descripción": "Buscamos garzones.\nTurno mañana.",
            },
            "Garzón",
            None,
        ),
    ],
)
def test_job_objects_with_their_own_field_names(record, title, company):
    [doc] = to_documents(json.dumps(record), filename="job.json")
    assert doc.structured["title"] == title
    assert (doc.structured.get("hiringOrganization") or {}).get("name") == company


def test_a_forum_record_without_a_title_keeps_its_text_first():
    record = {
        "by": "someone",
        "time": 1720014173,
        "text": "Globex | Senior Backend Engineer | REMOTE (US) | "
        "Full-time<p>We build billing systems in Go and need help with our ledgers and payment rails.</p>"
        "<p>You will own the invoicing service end to end and work with finance on month-end close.</p>",
    }
    [doc] = to_documents(json.dumps(record), filename="item.json")
    assert doc.text.startswith("Globex | Senior Backend Engineer")
    assert "Date posted: 2024-07-03" in doc.text


def test_a_salary_pair_with_currency_and_period_becomes_base_salary():
    record = {
        "title": "Accountant",
        "description": "Keep the books of a mining client. " * 4,
        "min_salary": 1800000,
        "max_salary": 1800000,
        "currency": "CLP",
        "salary_period": "month",
    }
    [doc] = to_documents(json.dumps(record), filename="job.json")
    assert "Salary: CLP 1,800,000 per month" in doc.text


def test_a_dataset_row_with_a_header_line_is_a_posting():
    table = (
        "Job Title,Company Name,Salary Estimate,Location,Job Description\r\n"
        'Data Scientist,Globex,$53K-$91K (est.),"Albuquerque, NM","Build models in Python.\nSQL daily."\r\n'
    )
    [doc] = to_documents(table, filename="rows.csv")
    assert doc.structured["title"] == "Data Scientist"
    assert "at Globex" in doc.text and "Estimated salary: $53K-$91K (est.)" in doc.text


def test_front_matter_of_a_careers_page_is_read_with_its_text():
    page = (
        "---\ntitle: Comptable (H/F)\ndate: 2023-03-14\nlocation: Chambéry\n---\n\n"
        "## Votre poste\n\n- Tenir les comptes\n"
    )
    [doc] = to_documents(page, filename="job.md")
    assert doc.structured["title"] == "Comptable (H/F)"
    assert "Date posted: 2023-03-14" in doc.text and "Votre poste" in doc.text and "#" not in doc.text


def test_a_list_of_jobs_in_front_matter_is_one_posting_each():
    page = (
        "---\njobs:\n  - title: Comptable\n    desc: Tenir les comptes des clients.\n"
        "  - title: Juriste\n    desc: Rédiger les actes.\n---\n"
    )
    assert [d.structured["title"] for d in to_documents(page, filename="jobs.md")] == ["Comptable", "Juriste"]


def test_broken_front_matter_is_read_as_text():
    page = "---\ntitle: [unclosed\n---\nSenior Engineer at Globex\n"
    [doc] = to_documents(page, filename="job.md")
    assert "Senior Engineer at Globex" in doc.text


def test_a_javascript_object_literal_is_read_as_a_job_object():
    literal = (
        'const job = {\n  id: "15",\n  title: "Field Sales Executive",\n  company: { name: "Cardekho" },\n'
        '  location: ["Jaipur", "Lucknow"],\n'
        "  description: 'Sell cars to dealers across the region every day.',\n};\n"
    )
    [doc] = to_documents(literal, filename="job.ts")
    assert doc.structured["title"] == "Field Sales Executive"
    assert doc.structured["hiringOrganization"]["name"] == "Cardekho"


def test_a_listing_card_with_title_and_company_but_no_text_is_a_posting():
    card = (
        '{"name": "早教老师", "salary": "6k-8k", "companyName": "北京天成创想科技有限公司", "city": "北京"}'
    )
    [doc] = to_documents(card, filename="card.json")
    assert doc.structured["title"] == "早教老师" and "Salary: 6k-8k" in doc.text


@pytest.mark.parametrize(
    "page",
    [
        '+++\ntitle = "Empfangsmitarbeiter (m/w/d)"\ndate = 2024-05-02\n+++\nDu bist kommunikativ.\n',
        '{\n  "title": "Empfangsmitarbeiter (m/w/d)",\n  "date": "2024-05-02"\n}\nDu bist kommunikativ.\n',
    ],
)
def test_toml_and_json_front_matter(page):
    [doc] = to_documents(page, filename="job.md")
    assert doc.structured["title"] == "Empfangsmitarbeiter (m/w/d)"
    assert "Du bist kommunikativ" in doc.text and "Date posted: 2024-05-02" in doc.text


def test_an_issue_threads_opening_post_without_posters_names_or_replies():
    text = (
        "someorg/jobs · issue #559 · closed\nlabels: ESTÁGIO, SALVADOR\n# Policy Reporter - Developer\n\n"
        "cfank · description · 2022-02-04\nWe are hiring a developer.\n\n"
        "someone-else · comment · 2022-02-05\nIs this still open?\n"
    )
    [doc] = to_documents(text, filename="a.md")
    assert "We are hiring a developer." in doc.text and "Policy Reporter - Developer" in doc.text
    assert "Posted: 2022-02-04" in doc.text and "ESTÁGIO, SALVADOR" in doc.text
    for gone in ("cfank", "someorg", "Is this still open", "someone-else"):
        assert gone not in doc.text


def test_two_elements_texts_without_a_blank_are_two_words():
    page = '<html><body><h1>Stores Person<span class="d">Date posted: 21/12/2020</span></h1></body></html>'
    [doc] = to_documents(page, filename="a.html")
    assert "Stores Person Date posted" in doc.text


def test_a_record_wrapped_with_its_workplace_beside_it():
    text = (
        '{platsannons: {annons: {annonsrubrik: "Färgstark make-up artist", annonstext: "Vi söker nu '
        "skönhetskonsulenter med ett brinnande intresse för make-up, hudvård och hårvård. Du kommer att "
        'representera ett välkänt kosmetikvarumärke.", anstallningstyp: "Behovsanställning"}, '
        'arbetsplats: {arbetsplatsnamn: "United Media Group Nordic AB", besoksort: "Stockholm"}}}'
    )
    [doc] = to_documents(text, filename="a.js")
    assert doc.structured["title"] == "Färgstark make-up artist"
    assert doc.structured["hiringOrganization"]["name"] == "United Media Group Nordic AB"


def test_an_xml_feeds_items_are_postings_and_a_generic_fields_name_is_its_key():
    feed = (
        "<?xml version='1.0'?><rss><channel><title>Jobs feed</title><description>All our jobs</description>"
        "<item><title>Licensed Practical Nurse at 61st Street Service Corporation</title>"
        "<pubDate>Sun, 06 Jul 2025 00:00:00 +0000</pubDate><description>Location: White Plains, NY\n"
        "Salary: USD 29 - 44 (hourly)\nProvide nursing care to patients in a busy practice."
        "</description></item>"
        "<item><title>Medical Assistant at 61st Street Service Corporation</title>"
        "<description>Room patients and take vital signs in a busy practice.</description></item>"
        "</channel></rss>"
    )
    docs = to_documents(feed, filename="feed.xml")
    assert [d.structured["title"] for d in docs] == ["Licensed Practical Nurse", "Medical Assistant"]
    assert docs[0].structured["hiringOrganization"]["name"] == "61st Street Service Corporation"
    assert docs[0].structured["datePosted"] == "2025-07-06"
    assert "White Plains, NY\nSalary" in docs[0].text  # the description's lines kept apart
    entry = (
        '<entry xmlns="http://www.w3.org/2005/Atom" xmlns:f="urn:x"><title>GPS montør søkes</title>'
        '<f:adata><f:field name="company"><f:field name="name" value="Zeekit AS"/></f:field>'
        '<f:field name="general_text"><f:value>&lt;p&gt;Service og montering av GPS enheter på kjøretøy, '
        "feilsøking og utskifting av enheter.&lt;/p&gt;</f:value></f:field></f:adata></entry>"
    )
    [doc] = to_documents(entry, filename="ad.xml")
    assert doc.structured["title"] == "GPS montør søkes"
    assert doc.structured["hiringOrganization"]["name"] == "Zeekit AS"
    assert "Service og montering" in doc.text and "<p>" not in doc.text


def test_xml_entities_are_never_resolved_or_fetched():
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE job [<!ENTITY x SYSTEM "file:///etc/passwd">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<job><title>Cook &x; &b;</title>"
        "<description>Cook meals for guests in a busy hotel kitchen every day."
        "</description><company>Hotel Alba</company></job>"
    )
    docs = to_documents(hostile, filename="job.xml")
    text = " ".join(d.text for d in docs)
    assert "root:" not in text and "aaaaaaaaaa" not in text


def test_a_job_boards_record_with_percentile_pay_is_an_estimate():
    record = {
        "jobview": {
            "header": {
                "employer": {"__ref": "Employer:150"},
                "employerNameFromSearch": "Chubb",
                "jobTitleText": "Junior Support Developer",
                "locationName": "Toronto",
                "payCurrency": "CAD",
                "payPeriod": "ANNUAL",
                "payPeriodAdjustedPay": {"p10": 59000, "p50": 72464, "p90": 89000},
                "salarySource": "ESTIMATED",
            },
            "job": {"jobTitleText": "Junior Support Developer"},
        }
    }
    [doc] = to_documents(json.dumps(record), filename="a.json")
    assert doc.structured["title"] == "Junior Support Developer"
    assert doc.structured["hiringOrganization"]["name"] == "Chubb"
    salary = doc.structured["estimatedSalary"]
    assert (salary["value"]["minValue"], salary["value"]["maxValue"], salary["currency"]) == (
        59000,
        89000,
        "CAD",
    )


def test_an_ats_organisation_label_is_the_employers_name():
    record = {
        "jobPostingInfo": {
            "title": "Systems Administrator Intern",
            "jobDescription": "<p>Keep systems running. " * 5,
        },
        "hiringOrganization": {"name": "631 Booz Allen Hamilton_United States"},
    }
    [doc] = to_documents(json.dumps(record), filename="a.json")
    assert doc.structured["hiringOrganization"]["name"] == "Booz Allen Hamilton"


def test_a_public_jobs_datasets_row_with_its_own_column_names():
    header = (
        "Job ID,Agency,Business Title,Full-Time/Part-Time indicator,Salary Range From,Salary Range To,"
        "Salary Frequency,Division/Work Unit,Job Description\n"
    )
    row = (
        '170989,OFFICE OF COLLECTIVE BARGAININ,COLLEGE AIDE - CLERICAL,P,8.75,10.36,Hourly,Administration,"'
        + ('The Office of Collective Bargaining seeks a Clerical College Aide to file records." \n')
    )
    [doc] = to_documents(header + row, filename="jobs.csv")
    posting = doc.structured
    assert posting["title"] == "COLLEGE AIDE - CLERICAL"
    assert posting["hiringOrganization"]["name"] == "OFFICE OF COLLECTIVE BARGAININ"
    assert posting["employmentType"] == "PART_TIME" and posting["x-team"] == "Administration"
    assert (
        posting["baseSalary"]["value"]["minValue"] == 8.75
        and posting["baseSalary"]["value"]["unitText"] == "HOUR"
    )


def test_a_vue_components_template_is_its_page_and_its_components_are_blocks():
    sfc = (
        '<template>\n  <Container as="main">\n    <TextHeading :level="2">Work for us</TextHeading>\n'
        '    <TextHeading :level="3">Grants Fundraiser &amp; Researcher</TextHeading>\n'
        "    <p>We are looking for a fundraiser to write grant applications for our charity.</p>\n"
        "  </Container>\n</template>\n<script setup>const x = 1</script>\n"
    )
    [doc] = to_documents(sfc, filename="work.vue.html")
    assert "Work for us\nGrants Fundraiser & Researcher" in doc.text and "const x" not in doc.text
    assert (
        "漢字の仕事" in to_documents("<p><ruby>漢字<rt></rt></ruby>の仕事です</p>", filename="a.html")[0].text
    )


def test_a_json_ld_block_with_a_stray_field_after_its_object_still_reads():
    page = (
        '<script type="application/ld+json"> {"@context": "http://schema.org/", "@type": "JobPosting", '
        '"title": "春日部市の内装職人", "description": "内装工事の仕事です。", '
        '"hiringOrganization": {"@type": "Organization", "name": "株式会社CHANGE"}}\n'
        '"workHours": "9:00",\n</script>'
    )
    [doc] = to_documents(page, filename="a.html")
    assert doc.structured["title"] == "春日部市の内装職人"


def test_a_python_modules_record_is_read_as_a_literal_never_run():
    module = (
        "# -*- coding: utf-8 -*-\ntest_vac = {\n    'id': '91282950',\n    'premium': False,\n"
        "    'name': 'Бизнес-аналитик',\n    'department': None,\n"
        "    'area': {'id': '1', 'name': 'Москва'},\n"
        "    'employer': {'name': 'CAPYBARA IT AGENCY'},\n"
        "    'description': 'Ищем бизнес-аналитика в команду: BPMN, UML, работа с требованиями.',\n}\n"
    )
    [doc] = to_documents(module, filename="vacancy.py")
    assert doc.structured["title"] == "Бизнес-аналитик"
    assert doc.structured["hiringOrganization"]["name"] == "CAPYBARA IT AGENCY"
    assert (
        to_documents("job = {'title': __import__('os').system('echo hi')}\n", filename="x.py")[0].structured
        is None
    )


def test_a_scrapers_markdown_table_row_whose_description_runs_over_lines():
    table = (
        "| site | title | company | location | interval | min_amount | max_amount | currency "
        "| description |\n|---|---|---|---|---|---|---|---|---|\n"
        "| glassdoor | Vue.js Developer | Octopus Technology | Surat | monthly | 25000.0 | 30000.0 "
        "| INR | Build\n"
        "Vue.js front ends for clients and review pull requests with the team every day. |\n"
    )
    [doc] = to_documents(table, filename="jobs.md")
    assert doc.structured["title"] == "Vue.js Developer"
    assert doc.structured["hiringOrganization"]["name"] == "Octopus Technology"


def test_an_sql_dumps_insert_row():
    sql = (
        "INSERT INTO MY_TABLE(title, description, salary_from, salary_to, company_name) VALUES "
        "('Prime Mover Driver', 'Drive prime movers between the port and the warehouse; it''s shift work.', "
        "'4500', '5000', 'YCH Group Pte Ltd');\n"
    )
    [doc] = to_documents(sql, filename="old.data.sql")
    assert doc.structured["title"] == "Prime Mover Driver"
    assert doc.structured["hiringOrganization"]["name"] == "YCH Group Pte Ltd"
    assert "it's shift work" in doc.text


def test_objects_cut_from_code_keep_their_record():
    # An array's element with the comma after it, and an object followed by an export.
    item = '    {\n        intitule: "Bûcheron / Bûcheronne",\n        description: "Coupe à la tronçonneuse et débardage.",\n        entreprise: {nom: "GAEC AROMA PLANTES"},\n        salaire: {libelle: "Horaire de 11,65 Euros"},\n        lieuTravail: {libelle: "17 - LA ROCHELLE"},\n    },\n'  # noqa: E501
    [doc] = to_documents(item, filename="jobs.ts")
    assert doc.structured["title"] == "Bûcheron / Bûcheronne"
    assert "11,65 Euros" in doc.text
    module = "const jobData = {\n  title: 'Barista',\n  content: 'Make coffee for our guests at the café.',\n};\n\nexport default jobData\n"  # noqa: E501
    assert to_documents(module, filename="testData.js")[0].structured["title"] == "Barista"


def test_a_markdown_page_with_its_own_json_ld_script():
    page = (
        '<script type="application/ld+json">\n{"@type": "JobPosting", '
        '"title": "Zahnmedizinische Fachangestellte",\n"description": "<p>Wir suchen eine ZFA.</p>", '
        '"hiringOrganization": {"name": "Zahnärzte Weiler"},\n}\n'
        "</script>\n\n# Stelle\n\nWir suchen eine ZFA (m/w/d) für die Anmeldung.\n"
    )
    [doc] = to_documents(page, filename="stelle.md")
    assert doc.structured["title"] == "Zahnmedizinische Fachangestellte"


def test_a_csv_row_whose_quoted_cells_run_over_many_lines_stays_one_row():
    description = "Обязанности:\n\n" + "\n".join(f"Пункт {i}, с запятой, и ещё текстом." for i in range(60))
    text = (
        "title,company,location,salary,description,experience\n"
        'Data Scientist ML (Ментор),ТОО itcbootcamp,"Алматы, проспект 458/1","от 200 000 ₸",'
        f'"{description}",3–6 лет\n'
    )
    docs = to_documents(text, filename="rows.csv")
    assert len(docs) == 1 and docs[0].structured["title"] == "Data Scientist ML (Ментор)"


def test_an_sql_dump_with_a_header_and_several_rows_on_their_own_lines():
    dump = (
        '-- phpMyAdmin SQL Dump\n-- Host: 127.0.0.1\nSET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";\n\n'
        "CREATE TABLE `job` (\n  `id` int(11) NOT NULL,\n  `title` varchar(255) NOT NULL\n);\n\n"
        "INSERT INTO `job` (`id`, `title`, `company`, `location`, `description`, `closing_date`) VALUES\n"
        "(1, 'Forklift Driver', 'Harbour Freight', 'Colombo', 'Move pallets.\\r\\nDay shifts.', NULL),\n"
        "(2, 'Stores Clerk', 'Harbour Freight', 'Kelaniya', 'Keep the store''s records.', '2024-05-01');\n"
    )
    docs = to_documents(dump, filename="jobzen.sql")
    assert [d.structured["title"] for d in docs] == ["Forklift Driver", "Stores Clerk"]
    assert "Day shifts." in docs[0].text and "the store's records" in docs[1].text


def test_a_record_among_a_components_other_code():
    vue = (
        "<template>\n  <section><h1>Karriere</h1></section>\n</template>\n<script setup>\n"
        "import { useHead } from '#app'\n// Strukturierte Daten\nconst jobPostings = [\n  {\n"
        '    "@type": "JobPosting",\n    "title": "Anlagenmechaniker (m/w/d)",\n'
        '    "description": "Sie installieren Heizungsanlagen bei unseren Kunden in Kiel.",\n'
        '    "hiringOrganization": {"@type": "Organization", "name": "Nordwärme GmbH"},\n  },\n]\n'
        "useHead({ script: [{ type: 'application/ld+json', children: JSON.stringify(jobPostings) }] })\n"
        "</script>\n"
    )
    [doc] = to_documents(vue, filename="Karriere.vue")
    assert doc.structured["title"] == "Anlagenmechaniker (m/w/d)"
    assert doc.structured["hiringOrganization"]["name"] == "Nordwärme GmbH"


def test_an_api_response_pasted_into_a_block_comment_as_bare_fields():
    code = (
        "namespace Jobs.Domain\n{\n    internal class JobOffer\n    {\n        /*\n"
        '         * "job": {\n    "title": "Verkäufer:in",\n    "city": "Wels",\n'
        '    "shortDescription": "<iframe src=\\"https://video.example/embed/1\\"></iframe>",\n'
        '    "synonyms": ["Kassa", "Kunden", "Verkauf"]\n  },\n'
        '  "description": {\n    "description": "Wir bei Diskont Markt suchen Verstärkung."\n  }\n'
        "         */\n        public string Title { get; set; }\n    }\n}\n"
    )
    [doc] = to_documents(code, filename="JobOffer.cs")
    assert doc.structured["title"] == "Verkäufer:in"
    assert "Wir bei Diskont Markt" in doc.text
    assert "iframe" not in doc.text and "Kunden" not in doc.text  # a video embed and keywords are no text


def test_a_card_title_holding_pay_employer_and_place():
    card = '[{"cargo": "Reponedor/a ($3.100 por hora) | Super Sur | Maipú", "empresa": "Super Sur"}]'
    [doc] = to_documents(card, filename="feed.json")
    assert doc.structured["title"] == "Reponedor/a"
    assert doc.structured["jobLocation"] == [{"address": {"addressLocality": "Maipú"}}]
    assert "$3.100 por hora" in doc.text


def test_a_records_nested_name_objects_and_address():
    record = (
        'export var jobs = [{"JobTitle": "Spray Painter", "JobDescription": "", '
        '"JobQualification": "<ul><li>Min 3 years of spray painting experience</li></ul>", '
        '"JobAddress": "1 Harbour Road Level 5 Singapore", "JobType": {"JobType": "Full Time"}, '
        '"Company": {"CompanyName": "Coatwell Pte Ltd", "CompanyAddress": "1 Harbour Road"}}]'
    )
    [doc] = to_documents(record, filename="seed.ts")
    assert doc.structured["hiringOrganization"]["name"] == "Coatwell Pte Ltd"
    assert doc.structured["employmentType"] == "FULL_TIME"
    assert doc.structured["jobLocation"] == [
        {"address": {"addressLocality": "1 Harbour Road Level 5 Singapore"}}
    ]


def test_a_records_short_description_and_headed_lists_are_its_text():
    record = (
        "const cook = {\n  title: 'Prep Cook',\n  shortDescription: 'Casa Verde is seeking a Prep Cook',\n"
        "  requirements: ['Two years in a busy kitchen', 'Food safety'],\n};\nexport default cook;\n"
    )
    [doc] = to_documents(record, filename="cook.ts")
    assert doc.text.index("Casa Verde is seeking") < doc.text.index("Requirements:\n")


def test_a_scraped_tables_misspelt_headers_are_read_as_the_fields_they_mean():
    table = (
        "job tittle,compaany name,descripton\n"
        "Robotics Instructor,Edu-Zone,Teach robotics to children aged 8 to 12 in our Cairo centre.\n"
    )
    [doc] = to_documents(table, filename="jobs.csv")
    assert doc.structured["title"] == "Robotics Instructor"
    assert doc.structured["hiringOrganization"]["name"] == "Edu-Zone"
    assert "Teach robotics" in doc.text


def test_a_python_record_after_a_line_continuation():
    module = 'vacancy = \\\n{\n    "name": "Инженер-конструктор",\n    "employer": {"name": "Тоталзед"},\n}\n'
    [doc] = to_documents(module, filename="vacancy.py")
    assert doc.structured["title"] == "Инженер-конструктор"


def test_a_file_of_code_commented_out_line_by_line():
    code = (
        '// {\n//   "metadata": {"duplicate_examples": [{"title": "Tutor", "company": "spam.example"}]},\n'
        '//   "jobs": [{"title": "Product Designer", "company": "Onward Search",\n'
        '//     "skills": [{"name": "Figma", "level": 4}]}]\n// }\n'
    )
    [doc] = to_documents(code, filename="data.jsx")  # the response's metadata lists no job of its own
    assert doc.structured["title"] == "Product Designer"
    assert "Figma" in doc.text


def test_a_yaml_data_file_of_employers_with_their_jobs():
    data = (
        "- company: otherocean\n  jobs: []\n- company: bluecross\n  jobs:\n  - post_date: 2024-04-25\n"
        "    jobs:\n    - title: Sr. SharePoint Developer\n      link: https://jobs.example/574751917/\n"
    )
    [doc] = to_documents(data, filename="jobs.yml")
    assert doc.structured["title"] == "Sr. SharePoint Developer"
    assert doc.structured["hiringOrganization"]["name"] == "bluecross"


@pytest.mark.parametrize(
    "record",
    [
        '{"title": "Opettaja", "company": "Asikkala", "publicationStarts": "2021-12-29T13:50:00Z"}',
        '{"titulo": "Coordinador de PMO", "empresa": "Encora", "fecha": "2021-12-29T00:25:07+00:00"}',
        '{"title": "Chef de clinique", "company": "CHUV", "publish_date": "2021-12-29 00:00:00"}',
    ],
)
def test_a_records_posting_date_under_more_names(record):
    [doc] = to_documents(record, filename="job.json")
    assert doc.structured["datePosted"] == "2021-12-29"


def test_a_job_listed_under_a_dated_record_takes_its_date():
    data = "- company: bluecross\n  jobs:\n  - post_date: 2024-04-25\n    jobs:\n    - title: Developer\n"
    [doc] = to_documents(data, filename="jobs.yaml")
    assert doc.structured["datePosted"] == "2024-04-25"


def test_a_data_module_whose_values_name_variables():
    module = (
        "import truckImg from '../images/truck.jpg'\n\nexport const jobs = [\n    {\n"
        "        companyName: 'PostNord',\n        jobTitle: 'Lastbilschaufför C',\n"
        "        shortDescription: 'Vi söker en chaufför för distribution i Umeå, heltid.',\n"
        "        img: truckImg,\n    },\n]\n"
    )
    [doc] = to_documents(module, filename="jobs.js")
    assert doc.structured["title"] == "Lastbilschaufför C"
    assert doc.structured["hiringOrganization"]["name"] == "PostNord"


def test_a_scrapers_not_available_mark_is_no_value():
    """Regression: "Empresa": "N/D" was taken for the employer's name and shown as a company."""
    table = "Título\tEmpresa\tUbicación\tSalario\nData Engineer\tN/D\tN/D\t39.000 €\n"
    [doc] = to_documents(table, filename="ofertas.tsv")
    assert doc.structured["title"] == "Data Engineer"  # a card whose employer is marked unknown is still read
    assert doc.structured.get("hiringOrganization") is None and not doc.structured.get("jobLocation")


def test_an_api_list_s_terms_of_use_beside_its_jobs_is_no_posting():
    # RemoteOK's API answers a list whose first element is its terms: the file once failed as a whole.
    text = json.dumps(
        [
            {"last_updated": 1773720015, "legal": "API Terms of Service: Please link back to the URL. " * 8},
            {"position": "Recruiting Coordinator", "company": "Zocalo Health", "description": "Hire. " * 50},
        ]
    )
    docs = to_documents(text, filename="remoteok.json")
    assert [doc.structured["title"] for doc in docs] == ["Recruiting Coordinator"]


def test_an_e_mail_record_s_subject_is_its_title():
    record = {
        "subject": "[R-jobs] Fish Ecology Post-Doctoral Research Associate needed in Woods Hole, MA",
        "from_name": "Laura Shulman",
        "body": "Integrated Statistics is looking for a postdoc to work on a joint project. " * 5,
    }
    (doc,) = to_documents(json.dumps(record), filename="mail.json")
    assert doc.structured["title"] == "Fish Ecology Post-Doctoral Research Associate"


def test_mojibake_is_repaired_in_text_and_fields():
    record = {
        "title": "Recruiting Coordinator",
        "company": "ZÃ³calo Health",
        "description": "At ZÃ³calo. " * 30,
    }
    (doc,) = to_documents(json.dumps(record), filename="job.json")
    assert doc.structured["hiringOrganization"]["name"] == "Zócalo Health"
    assert "ZÃ" not in doc.text and "Zócalo" in doc.text


def test_a_numbered_field_and_an_institution_name_the_title_and_employer():
    text = (
        "estado,cidade,cargo1,cargo2,instituicao,atuacao\n"
        "CEARÁ,Fortaleza,Enfermeiro,,Hospital Haroldo Juaçaba ,Centro cirúrgico\n"
    )
    (doc,) = to_documents(text, filename="vagas.csv")
    assert doc.structured["title"] == "Enfermeiro"
    assert doc.structured["hiringOrganization"]["name"] == "Hospital Haroldo Juaçaba"


def test_a_scraper_s_company_not_found_names_no_employer():
    text = 'Title,Company,Description\nData Engineer,Company not found,"' + "Build pipelines. " * 20 + '"\n'
    (doc,) = to_documents(text, filename="jobs.csv")
    assert not (doc.structured.get("hiringOrganization") or {}).get("name")


def test_a_salary_object_s_words_give_its_currency_and_no_ceiling_is_no_maximum():
    record = {
        "title": "Продавец - консультант",
        "companyTitle": "Мягкое Золото",
        "createDateString": "18.11.2017",
        "salary": {"min": 30000, "max": 2147483647, "type": "INTERVAL", "text": "от 30 000 руб."},
        "duties": "Реализация, продажа товара, общение с клиентами. " * 6,
    }
    (doc,) = to_documents(json.dumps(record, ensure_ascii=False), filename="vacancy.json")
    assert doc.structured["hiringOrganization"]["name"] == "Мягкое Золото"
    assert doc.structured["x-salary-text"] == "Salary: от 30 000 руб."
    assert doc.structured["datePosted"] == "2017-11-18"


def test_a_figure_whose_field_names_its_period_and_compensation_fields():
    hourly = {
        "title": "School Cook",
        "employer": "Chartwells",
        "location": "Farnborough, GU14 8BX",
        "salaryHourly": 13.81,
        "desc": "School cook at Henry Tyndale. Part-time 25 hrs/week. " * 4,
    }
    (doc,) = to_documents(json.dumps(hourly), filename="jobs.json")
    value = doc.structured["baseSalary"]["value"]
    assert (value["minValue"], value["maxValue"], value["unitText"]) == (13.81, 13.81, "HOUR")
    feed = (
        "<jobs><job><title>Graphic Designer</title><company>Function of Beauty</company>"
        "<min_compensation>$70K</min_compensation><max_compensation>$80K</max_compensation>"
        "<compensation_currency>USD</compensation_currency><compensation_time_frame>annually"
        "</compensation_time_frame><description>Design our brand. Design our brand. Design our brand."
        "</description></job></jobs>"
    )
    (doc,) = to_documents(feed, filename="feed.xml")
    assert doc.structured["x-salary-text"] == "Salary: $70K - $80K annually"


def test_french_record_fields_titre_and_enseigne():
    text = "uuid,titre,ville,enseigne\n1,Secrétaire polyvalente,NOUMEA,Cabinet Dupont Avocats\n"
    (doc,) = to_documents(text, filename="offres.csv")
    assert doc.structured["title"] == "Secrétaire polyvalente"
    assert doc.structured["hiringOrganization"]["name"] == "Cabinet Dupont Avocats"
