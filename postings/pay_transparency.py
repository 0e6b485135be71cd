"""Pay-transparency checks: roles in (or remote-open to) places whose laws require a pay range in postings.

Each law is one row of PAY_LAWS: add a place by adding a row. A role is covered by a law when one of its
locations is in the law's place, or when it is remote and open to candidates in that country (a remote
role that may be done there counts, as Colorado's and New York City's guidance say). A covered role is
flagged when it states no pay, states an open-ended figure ("from $X", "up to $Y"), or, where the law asks
for it, describes no benefits. Estimates never count as stated pay.

``role_pay_problems`` reads a role already loaded (its places, pay and description); ``covered_q`` and
``problems_q`` are the same rules as query conditions, for the admin's list filter.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q

from . import conditions

MISSING_RANGE = "no pay range is stated"
OPEN_ENDED = "the pay range is open-ended (only a minimum or only a maximum)"
NO_BENEFITS = "no benefits are described"


@dataclass(frozen=True)
class PayLaw:
    key: str
    name: str
    country: str
    # Places are matched on a location's region (state) or name (city), as the importer stores them.
    regions: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    requires_benefits: bool = False


PAY_LAWS: tuple[PayLaw, ...] = (
    PayLaw(
        "colorado",
        "Colorado (Equal Pay for Equal Work Act)",
        "US",
        regions=("Colorado", "CO"),
        requires_benefits=True,
    ),
    PayLaw(
        "nyc",
        "New York City (Local Law 32 of 2022)",
        "US",
        cities=(
            "New York",
            "New York City",
            "NYC",
            "Manhattan",
            "Brooklyn",
            "Queens",
            "Bronx",
            "Staten Island",
        ),
    ),
    PayLaw("california", "California (SB 1162)", "US", regions=("California", "CA")),
    PayLaw(
        "washington",
        "Washington state (Equal Pay and Opportunities Act)",
        "US",
        regions=("Washington", "WA"),
        requires_benefits=True,
    ),
)


def _place_matches(law: PayLaw, *, name: str, region: str, country: str) -> bool:
    if country and country != law.country:
        return False
    folded = {v.casefold() for v in law.regions}
    return region.casefold() in folded or name.casefold() in {c.casefold() for c in law.cities}


def laws_for(role) -> list[PayLaw]:
    """The pay-range laws that cover the role (its places prefetched or cheap to read)."""
    places = list(role.locations.all())
    return [
        law
        for law in PAY_LAWS
        if role.remote_open_to(law.country)
        or any(_place_matches(law, name=p.name, region=p.region, country=p.country) for p in places)
    ]


def role_pay_problems(role) -> list[tuple[PayLaw, list[str]]]:
    """For each law covering the role, what its posting lacks (laws it satisfies are left out)."""
    pay = role.pay
    found = []
    for law in laws_for(role):
        problems = []
        if pay is None:
            problems.append(MISSING_RANGE)
        elif pay.min_amount is None or pay.max_amount is None:
            problems.append(OPEN_ENDED)
        if law.requires_benefits and not role.body.benefits:
            problems.append(NO_BENEFITS)
        if problems:
            found.append((law, problems))
    return found


def _law_q(law: PayLaw) -> Q:
    through = apps.get_model("postings", "Role").locations.through
    here = Q(location__region__in=law.regions) | Q(location__name__in=law.cities)
    located = through.objects.filter(here, location__country__in=[law.country, ""]).values("role_id")
    return Q(pk__in=located) | conditions.remote_from(law.country)


def covered_q(laws: tuple[PayLaw, ...] | list[PayLaw] | None = None) -> Q:
    """Roles that any of these laws (all of PAY_LAWS by default) cover."""
    condition = Q(pk__in=[])
    for law in PAY_LAWS if laws is None else laws:
        condition |= _law_q(law)
    return condition


def problems_q() -> Q:
    """Roles that a law covers and whose posting lacks what that law asks for."""
    compensation = apps.get_model("postings", "Compensation")
    role_text = apps.get_model("postings", "RoleText")
    stated = compensation.objects.filter(is_estimate=False)
    open_ended = stated.filter(Q(min_amount__isnull=True) | Q(max_amount__isnull=True)).values("role_id")
    pay_lacking = ~Q(pk__in=stated.values("role_id")) | Q(pk__in=open_ended)
    described = role_text.objects.exclude(benefits=[]).values("role_id")
    benefit_laws = [law for law in PAY_LAWS if law.requires_benefits]
    return covered_q() & pay_lacking | covered_q(benefit_laws) & ~Q(pk__in=described)
