"""Sitemaps of open roles and of the companies that have them, with last-modified dates."""

from datetime import datetime

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q, QuerySet

from .choices import RoleStatus
from .models import Company, Role


class ShardedSitemap(Sitemap):
    """Pages of at most SITEMAP_SHARD_SIZE URLs (the protocol's limit is 50,000), listed by the index."""

    @property
    def limit(self) -> int:
        return settings.SITEMAP_SHARD_SIZE


class RoleSitemap(ShardedSitemap):
    """Open roles only: a closed role's page stays reachable but is no longer worth crawling."""

    changefreq = "weekly"
    priority = 0.8

    def items(self) -> QuerySet:
        # The URL needs only the slug; skipping the company join and the long text columns keeps a
        # 50,000-URL sitemap page cheap.
        return Role.objects.visible().open().select_related(None).only("slug", "updated_at").order_by("id")

    def lastmod(self, item: Role) -> datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> datetime | None:
        # For the index, in one aggregate (Django's default reads every item).
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class CompanySitemap(ShardedSitemap):
    """Companies with at least one open role, modified when any of their roles last changed."""

    changefreq = "weekly"
    priority = 0.5

    def items(self) -> QuerySet:
        open_roles = Q(roles__status=RoleStatus.OPEN)
        return (
            Company.objects.annotate(last_role_change=Max("roles__updated_at", filter=open_roles))
            .filter(last_role_change__isnull=False)
            .only("slug")
            .order_by("id")
        )

    def lastmod(self, item: Company) -> datetime:
        return item.last_role_change

    def get_latest_lastmod(self) -> datetime | None:
        return Role.objects.filter(status=RoleStatus.OPEN).aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {"roles": RoleSitemap, "companies": CompanySitemap}
