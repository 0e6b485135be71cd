"""Sitemaps of open roles and of the companies that have them, with last-modified dates."""

from datetime import date, datetime
from html import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from .choices import RoleStatus
from .models import Company, Role


class ShardedSitemap(Sitemap):
    """Pages of at most SITEMAP_SHARD_SIZE URLs (the protocol's limit is 50,000), listed by the index."""

    url_name = ""  # the page of one item, by its slug

    @property
    def limit(self) -> int:
        return settings.SITEMAP_SHARD_SIZE

    @cached_property
    def _around_slug(self) -> tuple[str, str]:
        head, _, tail = reverse(self.url_name, kwargs={"slug": "slug"}).rpartition("slug")
        return head, tail

    def location(self, item) -> str:
        """The item's get_absolute_url() from one reverse() per page: one per URL cost seconds at 50,000
        (slugs are ASCII letters, digits, hyphens and underscores, which reverse() leaves as they are)."""
        head, tail = self._around_slug
        return f"{head}{item.slug}{tail}"


class RoleSitemap(ShardedSitemap):
    """Open roles only: a closed role's page stays reachable but is no longer worth crawling."""

    changefreq = "weekly"
    priority = 0.8
    url_name = "postings:role_detail"

    def items(self) -> QuerySet:
        # The URL needs only the slug and the date: rows of two values, not model instances, keep a
        # 50,000-URL sitemap page cheap.
        return (
            Role.objects.visible()
            .open()
            .select_related(None)
            .order_by("id")
            .values_list("slug", "updated_at", named=True)
        )

    def lastmod(self, item) -> datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> datetime | None:
        # For the index, in one aggregate (Django's default reads every item).
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class CompanySitemap(ShardedSitemap):
    """Companies with at least one open role, modified when any of their roles last changed."""

    changefreq = "weekly"
    priority = 0.5
    url_name = "postings:company_detail"

    def items(self) -> QuerySet:
        open_roles = Q(roles__status=RoleStatus.OPEN)
        return (
            Company.objects.annotate(last_role_change=Max("roles__updated_at", filter=open_roles))
            .filter(last_role_change__isnull=False)
            .order_by("id")
            .values_list("slug", "last_role_change", named=True)
        )

    def lastmod(self, item) -> datetime:
        return item.last_role_change

    def get_latest_lastmod(self) -> datetime | None:
        return Role.objects.filter(status=RoleStatus.OPEN).aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {"roles": RoleSitemap, "companies": CompanySitemap}

URLSET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def _day(value: date | datetime) -> str:
    """As the template's `date:"Y-m-d"`: an aware datetime in the current time zone."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.strftime("%Y-%m-%d")


def urlset_xml(urls: list[dict]) -> str:
    """A sitemap page for Sitemap.get_urls()'s entries, byte for byte what Django's sitemap.xml template
    writes (its escaping is the standard library's), without the template engine: it took ~4 s of CPU for
    a 50,000-URL page (make bench-load)."""
    parts = [URLSET_HEAD]
    for url in urls:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url.get("lastmod"):
            parts.append(f"<lastmod>{_day(url['lastmod'])}</lastmod>")
        if url.get("changefreq"):
            parts.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
        if url.get("priority"):
            parts.append(f"<priority>{escape(url['priority'])}</priority>")
        for alternate in url.get("alternates") or ():
            parts.append(
                f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
                f'href="{escape(alternate["location"])}"/>'
            )
        parts.append("</url>")
    parts.append("\n</urlset>\n")
    return "".join(parts)
