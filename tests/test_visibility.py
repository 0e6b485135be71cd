"""Only open roles are listed anywhere; ended ones keep their page; unpublished ones are not public."""

import json

import pytest
from django.urls import reverse

from postings.similar import similar_roles
from tests.factories import make_role, make_source
from tests.page_helpers import text_of

pytestmark = pytest.mark.django_db

HIDDEN = ["draft", "pending", "rejected"]
ENDED = ["closed", "expired"]


def _roles(skills=("Rust", "Go")):
    """An open role and one in every other state, all alike (same skills, level and title words)."""
    common = {"skills": skills, "seniority": "senior"}
    roles = {"open": make_role(title="Rust Platform Engineer Open", **common)}
    for status in HIDDEN + ENDED:
        roles[status] = make_role(title=f"Rust Platform Engineer {status.title()}", status=status, **common)
        make_source(role=roles[status], raw_text=f"posting {status}")
    return roles


def _listed(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/", "/?q=rust", "/api/roles/", "/feeds/roles/", "/feeds/roles/atom/", "/sitemap-roles.xml"],
)
def test_only_open_roles_are_listed(client, url):
    roles = _roles()
    body = _listed(client, url)
    assert roles["open"].slug in body
    for status in HIDDEN + ENDED:
        assert roles[status].slug not in body, status


def test_include_closed_shows_ended_roles_marked_but_never_unpublished_ones(client):
    roles = _roles()
    body = _listed(client, "/?include_closed=1")
    for status in ENDED:
        assert roles[status].slug in body
    assert '<span class="tag tag-closed">Expired</span>' in body
    assert '<span class="tag tag-closed">Closed</span>' in body
    assert "Including closed and expired roles" in body  # the chip that removes the filter
    for status in HIDDEN:
        assert roles[status].slug not in body
    api = json.loads(_listed(client, "/api/roles/?include_closed=1"))
    assert {r["status"] for r in api["results"]} == {"open", "closed", "expired"}


def test_similar_roles_and_company_pages_list_open_roles_only(client):
    roles = _roles()
    anchor = make_role(title="Rust Platform Engineer Anchor", skills=("Rust", "Go"), seniority="senior")
    assert [r.pk for r in similar_roles(anchor)] == [roles["open"].pk]
    for status in HIDDEN + ENDED:
        company_page = _listed(client, roles[status].company.get_absolute_url())
        assert roles[status].slug not in company_page


@pytest.mark.parametrize("status", HIDDEN)
def test_an_unpublished_role_is_not_found_by_visitors(client, status):
    role = _roles()[status]
    assert client.get(role.get_absolute_url()).status_code == 404
    assert client.get(role.sources.get().get_absolute_url()).status_code == 404


@pytest.mark.parametrize("status", HIDDEN)
def test_staff_preview_an_unpublished_role_with_a_notice(staff_client, status):
    role = _roles()[status]
    response = staff_client.get(role.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert "Preview: this role is" in body and "Visitors cannot see this page" in body
    assert '<meta name="robots" content="noindex">' in body
    assert "application/ld+json" not in body
    assert reverse("admin:postings_role_change", args=[role.pk]) in body


@pytest.mark.parametrize(
    ("status", "notice"),
    [("expired", "This role expired on 3 March 2026"), ("closed", "This role was closed on 3 March 2026")],
)
def test_an_ended_role_keeps_an_honest_page(client, status, notice):
    from datetime import UTC, date, datetime

    role = make_role(
        title="Ended Role",
        status=status,
        status_changed_at=datetime(2026, 3, 3, 9, tzinfo=UTC),
        closes_on=date(2026, 3, 2),
        apply_url="https://example.com/apply",
    )
    response = client.get(role.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert notice in text_of(response)
    assert '<meta name="robots" content="noindex">' in body
    assert "application/ld+json" not in body
    assert "https://example.com/apply" not in body and "Apply at" not in body
    assert f"({status})</title>" in body.replace(" · jobboard", "")
    assert role.slug not in client.get("/sitemap.xml").content.decode()


def test_an_expired_role_names_its_passed_closing_date(client):
    from datetime import date

    role = make_role(title="Old Role", status="expired", closes_on=date(2025, 5, 31))
    body = " ".join(client.get(role.get_absolute_url()).content.decode().split())
    assert 'Its closing date was <time datetime="2025-05-31">31 May 2025</time>.' in body


def test_an_open_role_is_indexable_and_carries_valid_through(client):
    from datetime import date

    role = make_role(title="Live Role", closes_on=date(2030, 1, 31))
    body = client.get(role.get_absolute_url()).content.decode()
    assert "noindex" not in body
    assert '"validThrough":"2030-01-31"' in body.replace(" ", "")


def test_an_expired_role_without_a_closing_date_says_when_it_was_last_seen(client):
    from datetime import UTC, datetime

    role = make_role(title="Unseen Role", status="expired")
    seen = datetime(2026, 2, 1, 8, tzinfo=UTC)
    make_source(role=role, imported_at=datetime(2026, 1, 5, tzinfo=UTC), last_seen_at=seen)
    response = client.get(role.get_absolute_url())
    text = text_of(response)
    assert "Its postings were last seen on 1 February 2026" in text
    assert "imported 5 Jan 2026 , last seen 1 Feb 2026" in text
