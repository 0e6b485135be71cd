"""RSS and Atom feeds of new roles: well-formed, filtered like the search page, escaped."""

import xml.etree.ElementTree as ET

import pytest

from postings.models import Role
from tests.factories import import_seeds, make_role
from tests.page_helpers import EXPECTED

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SEED_TITLES = {e["title"] for e in EXPECTED}


@pytest.fixture
def seeds():
    import_seeds()


def rss_items(client, query: str = "") -> list[ET.Element]:
    response = client.get(f"/feeds/roles/{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).findall("./channel/item")


def titles(items) -> set[str]:
    return {item.findtext("title").split(" at ")[0] for item in items}


def test_rss_lists_the_seed_roles(client, seeds):
    items = rss_items(client)
    assert titles(items) == SEED_TITLES
    for item in items:
        assert item.findtext("link").startswith("http://testserver/roles/")
        assert item.findtext("pubDate")
        assert "Discord" in item.findtext("description")
    staff = next(i for i in items if i.findtext("title").startswith("Staff"))
    assert "$223,000 – $245,500 per year, base, + equity" in staff.findtext("description")
    assert "16K" not in staff.findtext("description")  # estimates stay off the feed
    assert "Kubernetes" in [c.text for c in staff.findall("category")]


def test_atom_lists_the_seed_roles(client, seeds):
    response = client.get("/feeds/roles/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert {e.findtext(f"{ATOM}title").split(" at ")[0] for e in entries} == SEED_TITLES
    assert all(e.findtext(f"{ATOM}updated") for e in entries)


def test_feed_accepts_the_search_filters(client, seeds):
    assert titles(rss_items(client, "?seniority=staff")) == {
        "Staff Software Engineer, Real Time Infrastructure"
    }
    assert titles(rss_items(client, "?skill=gevent")) == {"Senior Software Engineer, Platform Infrastructure"}
    assert titles(rss_items(client, "?company=discord&seniority=senior&seniority=principal")) == {
        "Senior Software Engineer, Platform Infrastructure",
        "Principal Software Engineer",
    }
    assert rss_items(client, "?company=nobody") == []


def test_feed_links_back_to_the_same_search(client, seeds):
    channel = ET.fromstring(client.get("/feeds/roles/?skill=rust&page=3").content).find("channel")
    assert channel.findtext("link") == "http://testserver/?skill=rust"
    assert "matching your search" in channel.findtext("title")


def test_feed_lists_newest_first_and_skips_closed_roles(client, seeds):
    Role.objects.filter(title="Principal Software Engineer").update(status="closed")
    items = rss_items(client, "?include_closed=1")
    assert "Principal Software Engineer" not in titles(items)


def test_feed_stays_well_formed_with_hostile_text(client):
    make_role(title="<b>Bold</b> & </title><script>x</script>", summary="]]> <script>alert(1)</script>")
    items = rss_items(client)
    assert items[0].findtext("title").startswith("&lt;b&gt;Bold")  # escaped again inside, as Django does
    assert "<script>" not in items[0].findtext("description")


def test_feed_runs_a_constant_number_of_queries(client, seeds, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        client.get("/feeds/roles/?skill=rust&seniority=staff")
