"""The search page: renders every state, constant queries, notes instead of errors."""

from decimal import Decimal

import pytest
from django.urls import reverse

from postings.models import Role
from postings.parsing._rates import to_usd
from tests.factories import make_company, make_role, make_source

pytestmark = pytest.mark.django_db
URL = reverse("postings:role_list")


def seed(n: int):
    company = make_company(name="Acme", slug="acme")
    for i in range(n):
        role = make_role(
            title=f"Rust Engineer {i}",
            summary="Rust services <b>bold</b>",
            company=company,
            seniority="senior",
            work_mode="remote",
            pay=(100000 + i, 120000 + i),
            skills=["Rust", "Python"],
            locations=[("Berlin", "DE")],
        )
        make_source(role=role, raw_text=f"posting {i}")


def test_page_shows_results_facets_and_form(client):
    seed(3)
    html = client.get(URL, {"q": "rust"}).content.decode()
    assert "Rust Engineer 0" in html
    assert '<fieldset class="facet" id="facet-seniority">' in html and "<legend>Seniority</legend>" in html
    assert "<mark>Rust</mark>" in html and "<b>bold</b>" not in html
    assert "$100,000 – $120,000 per year" in html
    assert 'href="/feeds/roles/?q=rust"' in html
    assert 'for="id_q"' in html


@pytest.mark.parametrize("n", [3, 45])
@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "rust"},
        {
            "q": "rust",
            "seniority": "senior",
            "skill": "rust",
            "country": "DE",
            "pay_min": "1000",
            "sort": "pay",
        },
        {
            "q": 'title:rust company:acme skill:rust location:berlin -company:"beta corp"',
            "seniority": "senior",
        },
        {"q": "rust or company:acme or -skill:go", "pay_min": "100000", "include_unknown_pay": "1"},
        {"q": "colour:blue", "pay_min": "0"},
    ],
)
@pytest.mark.parametrize("exact_up_to", [2_000, 2])  # exact facet counts, and counts on a window
def test_query_count_is_constant(client, django_assert_max_num_queries, settings, n, query, exact_up_to):
    settings.SEARCH_FACETS_EXACT_UP_TO = exact_up_to
    seed(n)
    # On a window, PostgreSQL adds a planner estimate, and the page an exact count of a small total.
    with django_assert_max_num_queries(8 if exact_up_to > n else 10):
        response = client.get(URL, query)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "pay_min=abc",
        "page=-1",
        "page=abc",
        "page=99999",
        "sort=sideways",
        "q=" + "x" * 10000,
        "posted_within=0",
        "country=%FF",
        "currency=ZZZ",
        "more=nope",
        'q="',
        "skill=Ünïcode",
        "page_size=1000",
        "pay_min=1e400",
        "pay_min=NaN&include_unknown_pay=1",
        "pay_min=-1&currency=EUR",
        "pay_min=100000&include_unknown_pay=%FF",
        "q=company:%FF",
        'q=title:"<script>" skill:"',
        "q=location:" + "é" * 300,
    ],
)
def test_invalid_parameters_never_500(client, query):
    seed(2)
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200


def test_invalid_values_get_a_visible_note(client):
    seed(1)
    html = client.get(URL, {"pay_min": "abc", "page": "-1"}).content.decode()
    assert "Ignored Minimum pay" in html
    assert "showing page 1" in html


def test_out_of_range_page_shows_the_last(client):
    seed(25)
    response = client.get(URL, {"page": "99"})
    assert response.context["page_obj"].number == 2
    assert "only 2 pages" in response.content.decode()


def test_pagination_keeps_filters_and_marks_current_page(client):
    seed(25)
    html = client.get(URL, {"seniority": "senior", "page": "2"}).content.decode()
    assert 'href="?seniority=senior&amp;page=1"' in html
    assert 'aria-current="page"' in html


def test_empty_state_offers_to_drop_each_filter(client):
    seed(2)
    html = client.get(URL, {"q": "rust", "seniority": "junior"}).content.decode()
    assert "No roles match" in html
    assert 'href="?q=rust"' in html  # dropping seniority
    assert 'href="?seniority=junior"' in html  # dropping the query


def test_closed_roles_only_when_asked(client):
    make_role(title="Closed Rust role", status="closed")
    assert "Closed Rust role" not in client.get(URL).content.decode()
    assert "Closed Rust role" in client.get(URL, {"include_closed": "1"}).content.decode()


@pytest.fixture
def pay_mix():
    """Three roles with stated pay in different currencies, two that state none."""
    acme = make_company(name="Acme", slug="acme")
    make_role(title="Dollar Role", company=acme, pay=(130000, 150000), skills=["Rust"])
    euro = make_role(title="Euro Role", company=acme, pay=(110000, 130000, "EUR"), skills=["Rust"])
    # Annualised in USD as the importer stores it (the factory does so for USD only).
    low, high = (to_usd(Decimal(amount), "EUR") for amount in (110000, 130000))
    Role.objects.filter(pk=euro.pk).update(pay_min_usd=low, pay_max_usd=high)
    make_role(title="Low Role", pay=(40000, 50000))
    make_role(title="Unpaid Role One", company=acme, skills=["Rust"], locations=[("Berlin", "DE")])
    make_role(title="Unpaid Role Two")


def titles_on(response) -> set[str]:
    return {role.title for role in response.context["roles"]}


def test_minimum_pay_leaves_out_unknown_pay_unless_asked(client, pay_mix):
    response = client.get(URL, {"pay_min": "100000"})
    assert titles_on(response) == {"Dollar Role", "Euro Role"}
    html = response.content.decode()
    box = '<input type="checkbox" name="include_unknown_pay" value="1" id="id_include_unknown_pay"'
    assert box in html and f"{box} checked" not in html
    assert '<label for="id_include_unknown_pay">Include roles with no stated pay' in html
    assert "(2 roles)" in html  # the box's count: matching roles that state no pay

    response = client.get(URL, {"pay_min": "100000", "include_unknown_pay": "1"})
    assert titles_on(response) == {"Dollar Role", "Euro Role", "Unpaid Role One", "Unpaid Role Two"}
    html = response.content.decode()
    assert 'id="id_include_unknown_pay" aria-describedby="unknown-pay-help" checked' in html
    assert 'aria-label="Remove Including roles with no stated pay"' in html


def test_unknown_pay_count_follows_the_other_filters(client, pay_mix):
    html = client.get(URL, {"pay_min": "100000", "company": "acme"}).content.decode()
    assert "(1 role)</span></label></p>" in html


def test_any_stated_pay_replaces_only_with_pay(client, pay_mix):
    response = client.get(URL, {"pay_min": "0"})
    assert titles_on(response) == {"Dollar Role", "Euro Role", "Low Role"}
    html = response.content.decode()
    assert '<option value="0" selected>Any stated pay (3)</option>' in html
    assert "Only roles with pay" in html  # its chip
    legacy = client.get(URL, {"with_pay": "1"})
    assert titles_on(legacy) == titles_on(response)
    assert '<input type="hidden" name="with_pay" value="1">' in legacy.content.decode()


@pytest.mark.parametrize(
    ("query", "chip"),
    [
        ({"pay_min": "100000", "currency": "EUR"}, "Pay from €100,000"),
        ({"pay_min": "120000"}, "Pay from $120,000"),
        ({"pay_min": "120000", "currency": "GBP"}, "Pay from £120,000"),
        ({"pay_min": "90000.50", "currency": "CHF"}, "Pay from 90,000.50 CHF"),
    ],
)
def test_pay_chip_names_the_currency(client, pay_mix, query, chip):
    html = client.get(URL, query).content.decode()
    assert f'aria-label="Remove {chip}"' in html


def test_euro_minimum_converts_before_comparing(client, pay_mix):
    # €110,000–130,000 reaches €120,000; $130,000–150,000 is about €120,000–138,000 and reaches it too.
    response = client.get(URL, {"pay_min": "120000", "currency": "EUR"})
    assert titles_on(response) == {"Dollar Role", "Euro Role"}


def test_field_search_on_the_page(client, pay_mix):
    response = client.get(URL, {"q": "company:acme skill:rust -location:berlin"})
    assert titles_on(response) == {"Dollar Role", "Euro Role"}
    html = response.content.decode()
    assert "Roles matching “company:acme skill:rust -location:berlin”" in html
    assert "<code>title:engineer</code>" in html and '<code>company:"Acme Corp"</code>' in html


def test_unknown_field_gets_a_short_note(client, pay_mix):
    response = client.get(URL, {"q": "colour:role"})
    assert "“colour:” is not a search field: searched as plain words." in response.content.decode()
    assert response.context["search"].total == 0
    assert (
        "“colour:” is not a search field"
        in client.get(reverse("postings:api_roles"), {"q": "colour:x"}).json()["notes"][0]
    )


def test_currency_select_marks_the_chosen_currency(client):
    html = client.get(URL, {"pay_min": "100000", "currency": "EUR"}).content.decode()
    assert '<option value="EUR" selected>EUR</option>' in html
    assert '<option value="USD">USD</option>' in html and html.count(" selected>") >= 2  # and the band
    assert '<option value="USD" selected>USD</option>' in client.get(URL).content.decode()
