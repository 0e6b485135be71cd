"""Public pages render with and without data."""

from datetime import date

import pytest

from tests.factories import make_role

pytestmark = pytest.mark.django_db


def test_home_page_empty_state(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "No roles yet" in response.content.decode()


def test_home_page_lists_roles_newest_first(client):
    make_role(title="Older Role", posted_at=date(2025, 1, 1))
    make_role(title="Newer Role", posted_at=date(2025, 6, 1), pay=(100000, 120000))
    body = client.get("/").content.decode()
    assert body.index("Newer Role") < body.index("Older Role")
    assert "$100,000 – $120,000 per year" in body
    assert "2 roles" in body


def test_posting_text_is_escaped(client):
    make_role(title="<script>alert(1)</script> Engineer")
    body = client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_unknown_role_is_404(client):
    assert client.get("/roles/no-such-role/").status_code == 404


@pytest.mark.parametrize("path", ["/", "/api/roles/", "/feeds/roles/", "/feeds/roles/atom/"])
def test_every_listing_keeps_unknown_pay_out_of_a_minimum_unless_asked(client, path):
    make_role(title="Well Paid Role", pay=(150000, 180000))
    make_role(title="Poorly Paid Role", pay=(30000, 40000))
    make_role(title="Silent Pay Role")
    make_role(title="Field Search Role", skills=["Kotlin"])
    cases = [
        ({"pay_min": "100000"}, {"Well Paid Role"}),
        (
            {"pay_min": "100000", "include_unknown_pay": "1"},
            {"Well Paid Role", "Silent Pay Role", "Field Search Role"},
        ),
        ({"q": "skill:kotlin", "pay_min": "100000", "include_unknown_pay": "1"}, {"Field Search Role"}),
        ({"pay_min": "abc"}, {"Well Paid Role", "Poorly Paid Role", "Silent Pay Role", "Field Search Role"}),
    ]
    for params, expected in cases:
        response = client.get(path, params)
        assert response.status_code == 200
        body = response.content.decode()
        shown = {
            title
            for title in ("Well Paid Role", "Poorly Paid Role", "Silent Pay Role", "Field Search Role")
            if title in body
        }
        assert shown == expected, (path, params)


@pytest.mark.parametrize("sort", ["pay", "newest"])
def test_a_search_sorted_by_pay_or_date_ranks_no_match(client, sort):
    """Its ids are sorted without a rank, then the page's rows loaded: ranking every match first (ts_rank_cd
    in the select list, PostgreSQL) cost 300 ms for "engineer" at 100,000 roles. SQLite's rank is a column."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    low = make_role(title="Rust Engineer", summary="Rust.", pay=(90_000, 100_000), posted_at=date(2026, 1, 2))
    high = make_role(title="Rust Lead", summary="Rust.", pay=(150_000, 200_000), posted_at=date(2026, 1, 1))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/?q=rust&sort={sort}")
    assert [role.pk for role in response.context["page_obj"].object_list] == (
        [high.pk, low.pk] if sort == "pay" else [low.pk, high.pk]
    )
    ordered = [q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "LIMIT" in q["sql"]]
    assert ordered
    assert not any("ts_rank" in sql or "bm25" in sql.lower() for sql in ordered)
