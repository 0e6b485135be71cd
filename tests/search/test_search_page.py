"""The search page: renders every state, constant queries, notes instead of errors."""

import pytest
from django.urls import reverse

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
    ],
)
def test_query_count_is_constant(client, django_assert_max_num_queries, n, query):
    seed(n)
    with django_assert_max_num_queries(8):
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
