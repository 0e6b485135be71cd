"""RoleQuerySet: the read queries every page starts from (see DESIGN.md, convention 2).

The models module builds Role's manager from it, so it imports no model: related tables are reached from
``self.model``, and the search package it calls imports the models, not the other way round.
"""

from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce

from . import conditions
from .choices import PUBLIC_STATUSES, RoleStatus
from .search import get_backend


class RoleQuerySet(models.QuerySet):
    def visible(self) -> "RoleQuerySet":
        """Roles a visitor may see (open, closed, expired; never drafts, pending or rejected), with what
        every page shows loaded."""
        return self.filter(status__in=PUBLIC_STATUSES).select_related("company")

    def in_review(self) -> "RoleQuerySet":
        """Roles waiting for a moderator."""
        return self.filter(status=RoleStatus.PENDING)

    def open(self) -> "RoleQuerySet":
        """Roles still accepting applications."""
        return self.filter(status=RoleStatus.OPEN)

    def with_pay(self) -> "RoleQuerySet":
        """Roles that state pay (an estimate alone does not count)."""
        return self.filter(conditions.with_pay())

    def newest_first(self) -> "RoleQuerySet":
        """Newest listing first, ties broken by id so pages are stable."""
        return self.order_by("-listed_at", "-id")

    def highest_paid_first(self) -> "RoleQuerySet":
        """Highest stated pay first; roles without pay last, newest first among equals."""
        return self.order_by(F("pay_max_usd").desc(nulls_last=True), "-listed_at", "-id")

    def search(self, q: str) -> "RoleQuerySet":
        """Roles matching a web-search style query, annotated with `rank` (higher is better)."""
        return get_backend(self.db).search(self, q)

    def by_relevance(self) -> "RoleQuerySet":
        """Best match first (after .search()); the backend may rank only the newest matches."""
        return get_backend(self.db).order_by_relevance(self)

    def with_seniority(self, values) -> "RoleQuerySet":
        """Roles at any of these seniority levels."""
        return self.filter(conditions.field_in("seniority", values))

    def with_work_mode(self, values) -> "RoleQuerySet":
        """Roles with any of these work modes."""
        return self.filter(conditions.field_in("work_mode", values))

    def with_employment_type(self, values) -> "RoleQuerySet":
        """Roles with any of these employment types."""
        return self.filter(conditions.field_in("employment_type", values))

    def in_countries(self, codes) -> "RoleQuerySet":
        """Roles with a location in any of these countries (ISO alpha-2)."""
        return self.filter(conditions.in_countries(codes))

    def located(self, text: str) -> "RoleQuerySet":
        """Roles with a location whose name or region contains the text."""
        return self.filter(conditions.located(text))

    def remote_from(self, code: str) -> "RoleQuerySet":
        """Remote roles open to candidates based in this country."""
        return self.filter(conditions.remote_from(code))

    def at_companies(self, slugs) -> "RoleQuerySet":
        """Roles at any of these companies."""
        return self.filter(conditions.at_companies(slugs))

    def with_all_skills(self, skill_ids) -> "RoleQuerySet":
        """Roles asking for every one of these skills."""
        return self.filter(conditions.with_all_skills(skill_ids))

    def pay_reaches(self, minimum_usd, *, only_with_pay: bool = False) -> "RoleQuerySet":
        """Roles whose annualised pay reaches the minimum (and those without stated pay, unless excluded)."""
        return self.filter(conditions.pay_reaches(minimum_usd, only_with_pay=only_with_pay))

    def posted_within(self, days: int) -> "RoleQuerySet":
        """Roles listed in the last `days` days."""
        return self.filter(conditions.posted_within(days))

    def with_cards(self) -> "RoleQuerySet":
        """Prefetch what a result card shows, in a constant number of queries."""
        role_skills = self.model.role_skills.rel.related_model
        return (
            self.select_related("company")
            .prefetch_related(
                "locations",
                models.Prefetch("role_skills", queryset=role_skills.objects.select_related("skill")),
                "compensations",
            )
            # A subquery, not a join + GROUP BY: counted only for the rows shown, not every match.
            .annotate(source_count=self._source_count())
        )

    def _source_count(self) -> models.Func:
        source = self.model.sources.rel.related_model
        counts = source.objects.filter(role=models.OuterRef("pk")).order_by().values("role")
        counted = models.Subquery(counts.annotate(n=models.Count("pk")).values("n"))
        return Coalesce(counted, 0, output_field=models.IntegerField())
