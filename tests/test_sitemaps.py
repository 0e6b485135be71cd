"""sitemap.xml lists open roles and their companies with lastmod; robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest

from postings.models import Role
from tests.factories import import_seeds, make_role

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def seeds():
    import_seeds()


def shards(client) -> list[str]:
    """The sitemap pages /sitemap.xml (an index) lists, as paths."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{NS}sitemapindex"
    return [loc.removeprefix("http://testserver") for loc in root.itertext() if loc.startswith("http")]


def entries(client) -> dict[str, str]:
    urls = {}
    for shard in shards(client):
        response = client.get(shard)
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        urls |= {url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod") for url in root.findall(f"{NS}url")}
    return urls


def test_sitemap_lists_seed_roles_and_company_with_lastmod(client, seeds):
    urls = entries(client)
    for role in Role.objects.all():
        assert urls[f"http://testserver{role.get_absolute_url()}"] == role.updated_at.date().isoformat()
    assert "http://testserver/companies/discord/" in urls
    assert all(urls.values())
    assert len(urls) == 4


def test_sitemap_leaves_out_closed_roles_and_companies_without_open_roles(client):
    closed = make_role(status="closed")
    open_role = make_role()
    urls = entries(client)
    assert f"http://testserver{closed.get_absolute_url()}" not in urls
    assert f"http://testserver{closed.company.get_absolute_url()}" not in urls
    assert f"http://testserver{open_role.get_absolute_url()}" in urls


def test_sitemap_runs_a_constant_number_of_queries(client, seeds, django_assert_max_num_queries):
    for _ in range(5):
        make_role()
    with django_assert_max_num_queries(4):
        client.get("/sitemap.xml")
    with django_assert_max_num_queries(4):
        client.get("/sitemap-roles.xml")


def test_sitemap_is_an_index_of_shards_of_at_most_the_shard_size(client, settings):
    settings.SITEMAP_SHARD_SIZE = 2
    roles = [make_role() for _ in range(5)]
    assert shards(client) == [
        "/sitemap-roles.xml",
        "/sitemap-roles.xml?p=2",
        "/sitemap-roles.xml?p=3",
        "/sitemap-companies.xml",
        "/sitemap-companies.xml?p=2",
        "/sitemap-companies.xml?p=3",
    ]
    sizes = [len(ET.fromstring(client.get(shard).content).findall(f"{NS}url")) for shard in shards(client)]
    assert sizes == [2, 2, 1, 2, 2, 1]
    assert {f"http://testserver{role.get_absolute_url()}" for role in roles} <= set(entries(client))
    assert client.get("/sitemap-roles.xml?p=4").status_code == 404


def test_sitemaps_are_cached(client, settings, django_assert_num_queries):
    from django.core.cache import cache

    settings.SITEMAP_CACHE_SECONDS = 60
    cache.clear()
    first = make_role()
    before = entries(client)
    later = make_role()
    with django_assert_num_queries(0):
        assert entries(client) == before  # served from the cache, queries and all
    assert f"http://testserver{first.get_absolute_url()}" in before
    assert f"http://testserver{later.get_absolute_url()}" not in before
    cache.clear()
    assert f"http://testserver{later.get_absolute_url()}" in entries(client)


def test_sitemap_pages_are_what_djangos_template_writes(rf, seeds):
    """urlset_xml writes the page without the template engine, byte for byte as sitemap.xml would."""
    from django.contrib.sitemaps.views import sitemap as django_sitemap

    from postings.sitemaps import SITEMAPS
    from postings.views.pages import _sitemap_page

    make_role(slug="odd_but-valid_slug-9")
    pages = {}
    for section in SITEMAPS:
        expected = django_sitemap(rf.get(f"/sitemap-{section}.xml"), sitemaps=SITEMAPS, section=section)
        expected.render()
        ours = _sitemap_page(rf.get(f"/sitemap-{section}.xml"), section)
        assert ours.content == expected.content
        assert ours["Last-Modified"] == expected["Last-Modified"]
        pages[section] = ours.content
    assert b"<loc>http://testserver/roles/odd_but-valid_slug-9/</loc>" in pages["roles"]


def test_sitemap_locations_are_the_pages_urls(db):
    from postings.sitemaps import CompanySitemap, RoleSitemap

    role = make_role(slug="a-role_2")
    assert RoleSitemap().location(role) == role.get_absolute_url() == "/roles/a-role_2/"
    assert CompanySitemap().location(role.company) == role.company.get_absolute_url()


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /api/" in lines
    # The admin's path is a secret of staff (ADMIN_PATH): robots.txt, read by anyone, never names it.
    assert not any("admin" in line for line in lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
