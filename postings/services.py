"""Write-side helpers shared by the importer and the admin: slugs and denormalised role fields."""

from collections.abc import Iterable
from datetime import UTC, datetime, time

from django.db import transaction
from django.utils.text import slugify

from .models import Compensation, Role, RoleText
from .parsing.similarity import title_key
from .search import get_backend


def unique_role_slug(*, company_name: str, title: str, exclude_pk: int | None = None) -> str:
    """Slug from company and title, with a numeric suffix when another role holds it."""
    base = role_slug_base(company_name=company_name, title=title)
    taken = set(
        Role.objects.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True)
    )
    return free_slug(base, taken)


def role_slug_base(*, company_name: str, title: str) -> str:
    """The slug a role of this company and title gets when no other role holds it."""
    return slugify(f"{company_name} {title}")[:240].strip("-") or "role"


def free_slug(base: str, taken: set[str]) -> str:
    """The base, or the base with the first numeric suffix that no slug in `taken` holds."""
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def search_keywords(role: Role) -> str:
    """What search weighs above the body: company name, team and skill names."""
    skills = [skill_keywords(rs.skill.name, rs.written) for rs in role.role_skills.select_related("skill")]
    return keywords_text(company_name=role.company.name, team=role.team, skill_names=skills)


def skill_keywords(name: str, written: str) -> str:
    """A skill's words for search: its name, and how the posting names it where that differs ("GCP")."""
    return f"{name} {written}" if written else name


def keywords_text(*, company_name: str, team: str, skill_names: Iterable[str]) -> str:
    """The search keywords of a role from its parts, for writers that hold them in memory (the importer)."""
    return "\n".join(part for part in (company_name, team, " ".join(skill_names)) if part)


def search_document(text: RoleText) -> str:
    """The body text search indexes (title, company and skills are indexed on their own)."""
    parts = [
        text.summary,
        *text.responsibilities,
        *text.requirements,
        *text.nice_to_have,
        text.about_company,
    ]
    return "\n".join(part for part in parts if part)


@transaction.atomic
def role_text_save(*, role: Role, **body) -> RoleText:
    """Store the role's description (RoleText.BODY fields given by keyword) with its search document."""
    text = RoleText.objects.filter(role=role).first() or RoleText(role=role)
    for name, value in body.items():
        setattr(text, name, value)
    text.search_document = search_document(text)
    text.save()
    role.text = text
    return text


@transaction.atomic
def role_refresh(*, role: Role) -> None:
    """Recompute the role's derived columns after its rows changed (import or admin edit)."""
    role_derive(
        role=role,
        pay=next((c for c in role.compensations.order_by("id") if not c.is_estimate), None),
        keywords=search_keywords(role),
        skill_ids=role.role_skills.values_list("skill_id", flat=True),
        location_ids=role.locations.values_list("id", flat=True),
    )
    Role.objects.filter(pk=role.pk).update(**{name: getattr(role, name) for name in DERIVED})
    get_backend().index([role.pk])


# The role columns role_derive() sets.
DERIVED = (
    "pay_min_usd",
    "pay_max_usd",
    "title_key",
    "listed_at",
    "search_keywords",
    "skill_ids",
    "location_ids",
)


def role_derive(
    *,
    role: Role,
    pay: Compensation | None,
    keywords: str,
    skill_ids: Iterable[int],
    location_ids: Iterable[int],
) -> None:
    """Set the role's denormalised columns in memory (nothing is written): the importer computes them
    before its one INSERT or UPDATE of the row, since each write of a role re-runs the search trigger."""
    role.pay_min_usd = pay.annual_min_usd if pay else None
    role.pay_max_usd = pay.annual_max_usd if pay else None
    if role.pay_min_usd is not None and role.pay_max_usd is not None and role.pay_min_usd > role.pay_max_usd:
        role.pay_min_usd, role.pay_max_usd = role.pay_max_usd, role.pay_min_usd
    role.title_key = title_key(role.title)
    role.listed_at = (
        datetime.combine(role.posted_at, time.min, tzinfo=UTC) if role.posted_at else role.created_at
    )
    role.search_keywords = keywords
    role.skill_ids = sorted(skill_ids)
    role.location_ids = sorted(location_ids)
