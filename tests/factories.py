"""Test data factories: make_role(**overrides) and friends, with sensible defaults."""

import hashlib
import itertools
from decimal import Decimal

from postings.models import Company, Compensation, Location, Role, RoleSkill, RoleText, Skill, Source
from postings.services import role_refresh, role_text_save, unique_role_slug

_counter = itertools.count(1)


def make_company(**overrides) -> Company:
    n = next(_counter)
    fields = {"name": f"Company {n}", "slug": f"company-{n}"} | overrides
    return Company.objects.create(**fields)


def make_role(
    *, company: Company | None = None, pay: tuple | None = None, skills=(), locations=(), **overrides
) -> Role:
    """A role; pay=(min, max[, currency, period]) adds a stated compensation."""
    company = company or make_company()
    title = overrides.pop("title", f"Software Engineer {next(_counter)}")
    slug = overrides.pop("slug", None) or unique_role_slug(company_name=company.name, title=title)
    body = {name: overrides.pop(name) for name in RoleText.BODY if name in overrides}
    role = Role.objects.create(company=company, title=title, slug=slug, **overrides)
    role_text_save(role=role, **body)
    if pay:
        make_compensation(
            role=role,
            min_amount=pay[0],
            max_amount=pay[1],
            currency=pay[2] if len(pay) > 2 else "USD",
            period=pay[3] if len(pay) > 3 else "year",
        )
    for name in skills:
        skill, _ = Skill.objects.get_or_create(slug=name.lower().replace(" ", "-"), defaults={"name": name})
        RoleSkill.objects.create(role=role, skill=skill, required=True)
    for name, country in locations:
        location, _ = Location.objects.get_or_create(name=name, region="", country=country)
        role.locations.add(location)
    role_refresh(role=role)
    role.refresh_from_db()
    return role


def make_compensation(*, role: Role, **overrides) -> Compensation:
    fields = {
        "min_amount": Decimal(100000),
        "max_amount": Decimal(120000),
        "currency": "USD",
        "period": "year",
    }
    fields |= overrides
    if "annual_min_usd" not in fields and fields["currency"] == "USD" and fields["period"] == "year":
        fields["annual_min_usd"], fields["annual_max_usd"] = fields["min_amount"], fields["max_amount"]
    return Compensation.objects.create(role=role, **fields)


def make_source(*, role: Role, raw_text: str = "A posting", **overrides) -> Source:
    fields = {
        "kind": "careers",
        "file_name": "posting.txt",
        "content_hash": hashlib.sha256(raw_text.encode()).hexdigest(),
        "parser_version": "test",
    } | overrides
    return Source.objects.create(role=role, raw_text=raw_text, **fields)


# Helpers for the page, feed and sitemap tests.
SEEDS_DIR = "fixtures/seeds"


def import_seeds(*, approve: bool = True) -> None:
    """Import the four seed postings, as `make run` does; with `approve`, a moderator then opens the one
    waiting for review (the aggregator's copy: its pay doubted), so pages show all three roles."""
    import io

    from django.core.management import call_command

    call_command("import_postings", SEEDS_DIR, stdout=io.StringIO())
    if approve:
        approve_pending()


def approve_pending() -> None:
    """Open every role waiting for review, as a moderator approving the whole queue would."""
    from postings.lifecycle import role_transition

    for role in Role.objects.in_review():
        role_transition(role=role, to="open", reason="Approved in a test.")


def make_estimate(*, role: Role, source: Source | None = None, **overrides) -> Compensation:
    """An aggregator's estimate for the role (never its pay)."""
    fields = {"min_amount": Decimal(16000), "max_amount": Decimal(19000), "is_estimate": True} | overrides
    return make_compensation(role=role, source=source, **fields)


# Helpers for the search tests.
def make_searchable_role(*, title: str, body: str = "", **overrides) -> Role:
    """A role whose body text (summary) is given, for search and snippet tests."""
    return make_role(title=title, summary=body, **overrides)
