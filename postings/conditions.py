"""The filters of the search page as Q objects, shared by QuerySet methods and the facet query.

The models module builds its manager from these (through querysets.py), so other tables are named through
the app registry when a condition is built, never imported.
"""

import re
from datetime import timedelta
from decimal import Decimal

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from .choices import RoleStatus
from .parsing import regions


def _model(name: str):
    return apps.get_model("postings", name)


def field_in(name: str, values) -> Q:
    return Q(**{f"{name}__in": list(values)})


def is_open() -> Q:
    return Q(status=RoleStatus.OPEN)


def in_countries(codes) -> Q:
    through = _model("Role").locations.through
    return Q(pk__in=through.objects.filter(location__country__in=list(codes)).values("role_id"))


def located(text: str) -> Q:
    through = _model("Role").locations.through
    places = through.objects.filter(Q(location__name__icontains=text) | Q(location__region__icontains=text))
    return Q(pk__in=places.values("role_id"))


def remote_from(code: str) -> Q:
    """Remote roles open to someone living in the country ``code``: unrestricted, restricted to that country,
    or to a world region holding it ("Europe", "EMEA")."""
    names = [code, *regions.regions_holding(code)]
    # remote_restriction is a comma-separated list of those names; a regex finds whole ones in one lookup.
    whole = r"(^|,)(" + "|".join(re.escape(name) for name in names) + r")(,|$)"
    return Q(work_mode="remote") & (Q(remote_restriction="") | Q(remote_restriction__regex=whole))


def at_companies(slugs) -> Q:
    companies = _model("Company").objects.filter(slug__in=list(slugs))
    return Q(company_id__in=companies.values("id"))


def with_all_skills(skill_ids) -> Q:
    return Q(skill_ids__has_all=list(skill_ids))


def with_pay() -> Q:
    return Q(pay_max_usd__isnull=False) | Q(pay_min_usd__isnull=False)


def pay_reaches(minimum_usd: Decimal, *, only_with_pay: bool = False) -> Q:
    # The top of the range must reach the minimum; an open-ended "from X" range is judged by its floor.
    reaches = Q(pay_max_usd__gte=minimum_usd) | Q(pay_max_usd__isnull=True, pay_min_usd__gte=minimum_usd)
    return reaches if only_with_pay else reaches | Q(pay_max_usd__isnull=True, pay_min_usd__isnull=True)


def posted_within(days: int) -> Q:
    return Q(listed_at__gte=timezone.now() - timedelta(days=days))
