"""Role, source and company pages: every seed field shown, honest pay, closed and unknown roles."""

import io
import re
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from postings.choices import EmploymentType, Seniority, WorkMode
from postings.models import Company, Role, Source
from tests.factories import import_seeds, make_estimate, make_role, make_source
from tests.page_helpers import EXPECTED, accepted, text_of

pytestmark = pytest.mark.django_db

ROLE_PAGE_QUERIES = 8
COMPANY_PAGE_QUERIES = 6


@pytest.fixture
def seeds():
    import_seeds()
    return {role.title: role for role in Role.objects.all()}


def _fact(text: str, label: str) -> str:
    """The value shown after a label in the facts list (up to the next known label)."""
    labels = "Status|Level|Employment|Work mode|Locations|Candidates must be based in|Relocation assistance"
    found = re.search(rf"{label} (.*?) (?:{labels}|Experience|Posted|About the role)", text)
    assert found, label
    return found.group(1)


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["title"] for e in EXPECTED])
def test_role_page_shows_every_seed_field(client, seeds, expected):
    role = seeds[expected["title"]]
    response = client.get(role.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert expected["title"] in text and expected["team"] in text
    assert f"{expected['company']} · {expected['team']}" in text
    assert _fact(text, "Level") == Seniority(expected["seniority"]).label
    employment = expected["employment_type"]
    assert _fact(text, "Employment") == (EmploymentType(employment).label if employment else "Not stated")
    work_modes = [WorkMode(m).label if m else "Not stated" for m in accepted(expected["work_mode"])]
    assert _fact(text, "Work mode") in work_modes
    for place in expected["locations"]:
        assert place["name"] in _fact(text, "Locations") and place["country"] in _fact(text, "Locations")
    if "US" in accepted(expected["remote_restriction"]) and role.remote_restriction:
        assert "Candidates must be based in United States (US)" in text
    if expected.get("relocation_assistance"):
        assert _fact(text, "Relocation assistance") == "Offered"
    assert f"Experience {expected['min_years_experience']}+ years" in text
    posted = expected["posted_at"]
    assert (f"Posted {date.fromisoformat(posted):%-d %B %Y}" if posted else "Posted Not stated") in text
    for skill in expected["skills_include"]:
        assert skill in text
    for file_name in expected["sources"]:
        assert file_name in text
    for junk in expected["must_not_contain"]:
        assert junk not in text


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["title"] for e in EXPECTED])
def test_role_page_states_pay_as_posted(client, seeds, expected):
    text = text_of(client.get(seeds[expected["title"]].get_absolute_url()))
    pay = expected["pay"]
    assert f"Pay ${pay['min']:,} – ${pay['max']:,} per year" in text
    assert ", + equity" in text
    assert "Pay not stated" not in text


def test_base_is_said_only_where_the_posting_says_so(client, seeds):
    senior = text_of(
        client.get(seeds["Senior Software Engineer, Platform Infrastructure"].get_absolute_url())
    )
    principal = text_of(client.get(seeds["Principal Software Engineer"].get_absolute_url()))
    assert "$196,000 – $220,500 per year, base, + equity" in senior
    assert "$400,000 – $450,000 per year, + equity" in principal


def test_aggregator_estimate_is_only_a_flagged_note(client, seeds):
    response = client.get(seeds["Staff Software Engineer, Real Time Infrastructure"].get_absolute_url())
    text = text_of(response)
    assert "$223,000 – $245,500 per year, base, + equity" in text
    assert "An aggregator estimated $16K–$19K; the posting states the range above." in text
    body = response.content.decode()
    notes = re.findall(r'<p class="estimate-note">.*?</p>', body, re.S)
    assert len(notes) == 1 and "Estimate, not the employer" in notes[0]
    # The figure appears nowhere but in that note: not as pay, not in the meta description or JSON-LD.
    assert body.count("16K") == 1 and "16,000" not in body and "16000" not in body


def test_role_without_pay_says_so(client):
    role = make_role(title="Quiet Role")
    assert "Pay not stated" in text_of(client.get(role.get_absolute_url()))


def test_estimate_alone_is_not_pay(client):
    role = make_role(title="Estimated Role")
    make_estimate(role=role, source=make_source(role=role, kind="aggregator"))
    text = text_of(client.get(role.get_absolute_url()))
    assert "Pay not stated" in text
    assert "An aggregator estimated $16K–$19K; the posting itself does not state pay." in text


def test_pay_in_another_currency_shows_annual_usd(client):
    role = make_role(title="Berlin Role", pay=(60000, 70000, "EUR", "year"))
    role.compensations.update(annual_min_usd=70200, annual_max_usd=81900)
    text = text_of(client.get(role.get_absolute_url()))
    assert "€60,000 – €70,000 per year" in text
    assert "About $70,200 – $81,900 a year in US dollars" in text


def test_skills_link_to_filtered_search(client, seeds):
    body = client.get(seeds["Staff Software Engineer, Real Time Infrastructure"].get_absolute_url()).content
    assert b'href="/?skill=erlang"' in body
    assert b"Required" in body and b"Bonus" in body


def test_a_skill_the_posting_lists_in_its_own_words_is_shown_and_searchable(client, tmp_path):
    posting = tmp_path / "prophylaxe.txt"
    posting.write_text(
        "Dentalhygienikerin (m/w/d)\n\nZahnarztpraxis Sonnenhof GmbH, Berlin\n\n"
        "Wir suchen Verstärkung für unser Prophylaxe-Team.\n\n"
        "Skills:\nRöntgenschein\nProfessionelle Zahnreinigung\n\nWir bieten\n- Gutes Gehalt\n",
        encoding="utf-8",
    )
    call_command("import_postings", str(posting), stdout=io.StringIO())
    role = Role.objects.get(title="Dentalhygienikerin (m/w/d)")
    role.status = "open"
    role.save(update_fields=["status"])
    body = client.get(role.get_absolute_url()).content.decode()
    assert "Röntgenschein" in body and "?skill=r%C3%B6ntgenschein" in body
    found = client.get("/", {"skill": "röntgenschein"})
    assert found.status_code == 200 and "Dentalhygienikerin" in found.content.decode()


def test_apply_link_goes_to_most_trusted_source(client):
    role = make_role(title="Applyable", apply_url="https://careers.example.com/jobs/1")
    body = client.get(role.get_absolute_url()).content.decode()
    assert 'href="https://careers.example.com/jobs/1"' in body
    assert f"Apply at {role.company.name}" in body


def test_sources_list_every_source_and_where_they_differ(client, seeds):
    response = client.get(seeds["Principal Software Engineer"].get_absolute_url())
    text = text_of(response)
    assert "Careers page" in text and "ATS copy" in text
    assert "Where the sources differ" in text
    assert "Principal Engineer" in text  # the ATS copy's title, shown as what that source said
    for source in seeds["Principal Software Engineer"].sources.all():
        assert source.get_absolute_url() in response.content.decode()


def test_similar_roles_are_listed(client, seeds):
    text = text_of(client.get(seeds["Staff Software Engineer, Real Time Infrastructure"].get_absolute_url()))
    assert "Similar roles" in text
    assert "Principal Software Engineer" in text.split("Similar roles", 1)[1]


def test_head_has_title_description_canonical_and_open_graph(client, seeds):
    role = seeds["Senior Software Engineer, Platform Infrastructure"]
    body = client.get(role.get_absolute_url()).content.decode()
    url = f"http://testserver{role.get_absolute_url()}"
    assert "<title>Senior Software Engineer, Platform Infrastructure at Discord · jobboard</title>" in body
    assert f'<link rel="canonical" href="{url}">' in body
    assert f'<meta property="og:url" content="{url}">' in body
    assert (
        '<meta property="og:title" content="Senior Software Engineer, Platform Infrastructure at Discord">'
        in body
    )
    assert re.search(r'<meta name="description" content="[^"]*\$196,000', body)


def test_posting_text_is_escaped_on_the_role_page(client):
    role = make_role(title="Evil <img src=x onerror=alert(1)>", summary="<script>alert(1)</script>")
    body = client.get(role.get_absolute_url()).content.decode()
    assert "<img src=x" not in body and "<script>alert(1)" not in body
    assert "&lt;img src=x" in body


def test_closed_role_stays_readable_with_a_clear_notice(client):
    role = make_role(title="Gone Role", status="closed", apply_url="https://example.com/apply", pay=(1, 2))
    response = client.get(role.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert "This role was closed and no longer accepts applications." in text
    assert "Apply at" not in text
    assert b"application/ld+json" not in response.content  # Google: no JobPosting data once expired
    assert "(closed)" in response.content.decode().split("</title>")[0]


def test_unknown_role_gets_the_custom_404(client):
    response = client.get("/roles/no-such-role/")
    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    text = text_of(response)
    assert "Page not found" in text and "Skip to content" in text and "Search all open roles" in text


def test_unknown_company_is_404(client):
    assert client.get("/companies/nobody/").status_code == 404


def test_500_page_renders_without_a_request():
    page = render_to_string("500.html")
    assert "Something went wrong" in page and 'class="site-header"' in page


def test_raw_source_is_escaped_and_tied_to_its_role(client):
    role = make_role(title="Raw Role")
    other = make_role(title="Other Role")
    source = make_source(role=role, raw_text="Hello <script>alert(1)</script>", file_name="a/b/raw.txt")
    response = client.get(source.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>alert(1)" not in body
    assert '<meta name="robots" content="noindex">' in body
    assert client.get(f"/roles/{other.slug}/sources/{source.pk}/").status_code == 404


def test_company_page(client, seeds):
    company = Company.objects.get(name="Discord")
    Role.objects.filter(title="Principal Software Engineer").update(status="closed")
    response = client.get(company.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert "2 open roles" in text
    assert "Principal Software Engineer" not in text
    assert "$196,000 – $220,500 per year, base, + equity" in text
    assert "San Francisco Bay Area, California, US" in text
    assert "Skills in demand" in text and "Kubernetes" in text
    body = response.content.decode()
    assert 'href="/?company=discord"' in body
    assert len(re.findall(r'class="chart-bar" x="[\d.]+%" width="[\d.]+%"', body)) == 2


def test_company_without_open_roles(client):
    company = make_role(status="closed").company
    assert f"{company.name} has no open roles right now." in text_of(client.get(company.get_absolute_url()))


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _grow(company: Company, n: int = 5) -> None:
    """More roles, skills, places and sources, to show the query count does not follow them."""
    for i in range(n):
        role = make_role(
            company=company,
            title=f"Staff Infrastructure Engineer {i}",
            seniority="staff",
            pay=(100000 + i, 200000),
            skills=["Rust", "Elixir", f"Skill {i}"],
            locations=[(f"City {i}", "US")],
        )
        make_source(role=role, raw_text=f"posting {i}")
        make_source(role=role, raw_text=f"copy {i}", kind="aggregator")
        make_estimate(role=role)


def test_pages_run_a_constant_number_of_queries(client, seeds, django_assert_max_num_queries):
    role = seeds["Staff Software Engineer, Real Time Infrastructure"]
    company = role.company
    before = _queries(client, role.get_absolute_url()), _queries(client, company.get_absolute_url())
    _grow(company)
    after = _queries(client, role.get_absolute_url()), _queries(client, company.get_absolute_url())
    assert before == after
    with django_assert_max_num_queries(ROLE_PAGE_QUERIES):
        client.get(role.get_absolute_url())
    with django_assert_max_num_queries(COMPANY_PAGE_QUERIES):
        client.get(company.get_absolute_url())
    source_url = role.sources.first().get_absolute_url()
    with django_assert_max_num_queries(2):
        client.get(source_url)


def test_closing_date_from_a_source_is_shown(client):
    role = make_role(title="Closing Role", closes_on=date(2025, 3, 1))  # the importer stores it there
    assert "Closes 1 March 2025" in text_of(client.get(role.get_absolute_url()))


def test_raw_source_page_names_the_file_never_the_server_path(client):
    role = make_role(title="Pathless")
    source = Source.objects.create(
        role=role, file_name="/srv/imports/2026/acme/posting-7.html", raw_text="x", content_hash="b" * 64,
        parser_version="1",
    )  # fmt: skip
    body = client.get(source.get_absolute_url()).content.decode()
    assert "posting-7.html" in body
    assert "/srv/imports" not in body
    assert "/srv/imports" not in client.get(role.get_absolute_url()).content.decode()


def test_a_posting_for_remote_work_in_a_region_is_found_from_its_countries(client, tmp_path):
    posting = tmp_path / "support.md"
    posting.write_text(
        "# Customer Support Specialist\n\nNorthwind Analytics is hiring a Customer Support Specialist.\n\n"
        "Location: Remote (EMEA)\n\nYou will answer customers' questions by e-mail and chat.\n",
        encoding="utf-8",
    )
    call_command("import_postings", str(posting), stdout=io.StringIO())
    role = Role.objects.get()
    assert (role.work_mode, role.remote_restriction) == ("remote", "EMEA")
    text = text_of(client.get(role.get_absolute_url()))
    assert "Candidates must be based in EMEA" in text
    assert role.title in text_of(client.get("/?remote_from=NG"))
    assert role.title not in text_of(client.get("/?remote_from=US"))
