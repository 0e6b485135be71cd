"""A role's rows from its sources: every column computed in memory first, then each row written once.

Each write of a role row re-runs the search trigger (on PostgreSQL: the weighted tsvector and its GIN
entries), so the merged fields, pay, skills, places and the denormalised columns are all known before the
role's one INSERT (a new role) or one UPDATE (a role that another source joined). The rows under a role go
through the import cache (`ImportCache.add_rows`), which a batch writer has hold them for one INSERT per table
per batch.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import connection, models
from django.utils import timezone

from . import lifecycle, merging
from .import_cache import ImportCache, PlaceKey
from .models import Compensation, Role, RoleSkill, RoleText, Source
from .parsing import regions
from .parsing.links import safe_url
from .parsing.pay import Pay, annual_usd
from .parsing.posting import REVIEW_BELOW
from .search import get_backend
from .services import keywords_text, role_derive, search_document, skill_keywords

RESTRICTION_MAX = Role._meta.get_field("remote_restriction").max_length
SCALARS = ("title", "team", "seniority", "employment_type", "work_mode")


@dataclass
class RoleRows:
    """The rows of a role besides its own, unsaved."""

    text: RoleText
    pay: list[Compensation]
    skills: list[RoleSkill]
    place_ids: list[int]


def role_write_new(*, role: Role, source: Source, cache: ImportCache) -> None:
    """Insert a new role with its first source and every row that hangs off it, and record the state it
    starts in (open, or pending review: see lifecycle.import_status)."""
    rows = role_fill(role=role, sources=[source], cache=cache)
    role.status, reason = lifecycle.import_status(
        source_kind=source.kind, doubts=role_doubts([source]), closes_on=role.closes_on
    )
    role.status_changed_at = timezone.now()
    if connection.vendor == "postgresql":
        # The description goes in first, so the role's INSERT computes its search vector whole; foreign keys
        # are checked at commit on PostgreSQL, and the description's own trigger finds no role row to update.
        role.pk = _next_role_id()
        rows.text.role = role
        rows.text.save(force_insert=True)
        role.save(force_insert=True)
    else:
        role.save(force_insert=True)
        rows.text.role = role
        rows.text.save(force_insert=True)
    source.role = role
    start = lifecycle.role_start_change(role=role, reason=reason)
    cache.add_rows([source, *_children(role, rows), start], role=role)
    get_backend().index([role.pk])


def role_write(*, role: Role, sources: list[Source], cache: ImportCache) -> None:
    """Rewrite a stored role from its (saved) sources: one UPDATE of its row, its other rows replaced."""
    old_places = set(role.location_ids or [])
    old_text = _text_values(role.body)
    rows = role_fill(role=role, sources=sources, cache=cache)
    role.save()
    if rows.text._state.adding:
        rows.text.save(force_insert=True)
    elif _text_values(rows.text) != old_text:
        rows.text.save()
    # Pay and skill rows are replaced, except those a person edited (kept as they are, not inserted again).
    kept = [c.pk for c in rows.pay if c.pk]
    Compensation.objects.filter(role=role).exclude(pk__in=kept).delete()
    rows.pay = [c for c in rows.pay if not c.pk]
    RoleSkill.objects.filter(role=role).exclude(pk__in=[k.pk for k in rows.skills if k.pk]).delete()
    rows.skills = [link for link in rows.skills if not link.pk]
    through = Role.locations.through
    if gone := old_places - set(rows.place_ids):
        through.objects.filter(role=role, location_id__in=gone).delete()
    rows.place_ids = [pk for pk in rows.place_ids if pk not in old_places]
    cache.add_rows(_children(role, rows), role=role)
    get_backend().index([role.pk])


def _children(role: Role, rows: RoleRows) -> list[models.Model]:
    """The role's new pay, skill and place rows (inserted a table at a time by the cache's row buffer)."""
    through = Role.locations.through
    return [*rows.pay, *rows.skills, *(through(role_id=role.pk, location_id=pk) for pk in rows.place_ids)]


def _next_role_id() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", [Role._meta.db_table])
        return cursor.fetchone()[0]


def _text_values(text: RoleText) -> tuple:
    return tuple(getattr(text, name) for name in (*RoleText.BODY, "search_document"))


def role_fill(*, role: Role, sources: list[Source], cache: ImportCache) -> RoleRows:
    """Set every column of the role from its sources in memory, and return its other rows unsaved."""
    sources = by_trust(sources)
    merged = merging.merge([s.parsed for s in sources])
    hand = set(role.edited_fields or [])
    values = {key: (merged[key] or "")[: Role._meta.get_field(key).max_length or None] for key in SCALARS}
    values |= {
        "relocation_assistance": merged["relocation_assistance"],
        "min_years_experience": merged["min_years_experience"],
        "posted_at": _date(merged["posted_at"]),
        "closes_on": _date(merged["valid_through"]),
        "remote_restriction": _restriction(merged["remote_restriction"] or []),
        "apply_url": role_apply_link(sources),
    }
    for name, value in values.items():
        if name not in hand:  # a person's edit outlives every re-import
            setattr(role, name, value)
    role.needs_review = role_doubts(sources) != {}
    pay = _pay_rows(role, merged, sources, keep_stated="pay" in hand)
    if "skills" in hand:  # kept as a person left them
        skills = list(role.role_skills.select_related("skill"))
        names = [link.skill.name for link in sorted(skills, key=lambda k: (not k.required, k.skill.name))]
    else:
        skills, names = _skill_rows(role, merged["skills"] or [], cache)
    if "locations" in hand:
        place_ids = list(role.location_ids or [])
    else:
        place_ids = cache.place_ids(_place_key(place) for place in merged["locations"] or [])
    role_derive(
        role=role,
        pay=next((c for c in pay if not c.is_estimate), None),
        keywords=keywords_text(company_name=role.company.name, team=role.team, skill_names=names),
        skill_ids=[link.skill_id for link in skills],
        location_ids=place_ids,
    )
    return RoleRows(_text(role, merged, hand), pay, skills, place_ids)


def by_trust(sources) -> list[Source]:
    """Sources most trusted first (careers page over ATS copy over aggregator), then oldest first."""
    return sorted(sources, key=lambda s: (-s.trust, s.imported_at, s.pk))


def _text(role: Role, merged: dict, hand: set[str]) -> RoleText:
    """The role's description (the stored row when there is one), set from the merged fields except those
    edited by hand."""
    text = role.body
    for key in RoleText.BODY:
        if key in hand:
            continue
        value = merged[key] or ("" if key in ("summary", "about_company") else [])
        setattr(text, key, value if isinstance(value, str) else list(value))
    text.search_document = search_document(text)
    return text


def _skill_rows(role: Role, skills: list[dict], cache: ImportCache) -> tuple[list[RoleSkill], list[str]]:
    """The role's skill links, and the skills' names in the order search keywords list them."""
    known = cache.skills_for(skills) if skills else {}
    links = [
        (
            RoleSkill(
                role=role,
                skill_id=known[s["slug"]][0],
                required=s["required"],
                written=(s.get("written") or "")[:100],
            ),
            known[s["slug"]][1],
        )
        for s in skills
        if s["slug"] in known
    ]
    # Required skills first, then by name: the order RoleSkill's Meta gives search_keywords() elsewhere.
    # A skill the posting names otherwise ("GCP") is found by that name too.
    ordered = sorted(links, key=lambda pair: (not pair[0].required, pair[1]))
    names = [skill_keywords(name, link.written) for link, name in ordered]
    return [link for link, _ in links], names


def _place_key(place: dict) -> PlaceKey:
    country = place.get("country") if _is_code(place.get("country"), 2) else ""
    return (place.get("name") or "")[:200], (place.get("region") or "")[:100], country


def role_confidence(sources: list[Source]) -> dict[str, float]:
    """How sure the parser was of employer, title and pay, as the most trusted source (first) read them."""
    pairs = (sources[0].parsed or {}).get("confidence") if sources else None
    return {
        pair[0]: pair[1]
        for pair in pairs or []
        if isinstance(pair, list | tuple) and len(pair) == 2 and isinstance(pair[1], int | float)
    }


def role_doubts(sources: list[Source]) -> dict[str, float]:
    """The fields the most trusted source's parser was unsure of, with how sure it was."""
    return {field: sure for field, sure in role_confidence(sources).items() if sure < REVIEW_BELOW}


def role_apply_link(sources: list[Source]) -> str:
    """Where to apply: the most trusted source's own apply link, else its address; only safe links."""
    for source in sources:
        for candidate in ((source.parsed or {}).get("apply_url"), source.url):
            link = safe_url(candidate)
            if link:
                return link
    return ""


def _restriction(names) -> str:
    """Country codes and region names, comma-separated, as many whole names as the column holds."""
    kept: list[str] = []
    for name in names:
        if (_is_code(name, 2) or regions.is_region(name)) and len(",".join([*kept, name])) <= RESTRICTION_MAX:
            kept.append(name)
    return ",".join(kept)


def _date(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _is_code(value, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and value.isascii()
        and value.isalpha()
        and value.isupper()
    )


def _pay_rows(role: Role, merged: dict, sources: list[Source], *, keep_stated: bool) -> list[Compensation]:
    """The role's pay rows: the stated figure (the stored one when a person edited it) and the estimates."""
    rows = []
    if keep_stated:
        rows += [c for c in role.compensations.all() if not c.is_estimate]
    elif merged["pay"]:
        rows.append(_compensation(role, merged["pay"], sources[merged["pay_source"]]))
    rows += [_compensation(role, estimate, sources[index]) for index, estimate in merged["estimates"]]
    return [row for row in rows if row]


def _amount(value) -> Decimal | None:
    try:
        amount = Decimal(value) if value is not None else None
    except (InvalidOperation, TypeError, ValueError):
        return None
    return amount if amount is not None and amount.is_finite() and amount >= 0 else None


def _compensation(role: Role, pay: dict, source: Source) -> Compensation | None:
    low, high = _amount(pay.get("min_amount")), _amount(pay.get("max_amount"))
    if low is None and high is None or not _is_code(pay.get("currency"), 3):
        return None
    if low is not None and high is not None and low > high:
        low, high = high, low
    figure = Pay(low, high, pay["currency"], pay["period"], pay.get("kind") or "base")
    annual_min, annual_max = annual_usd(figure)
    return Compensation(
        role=role,
        source=source,
        min_amount=low,
        max_amount=high,
        currency=pay["currency"],
        period=pay["period"],
        kind=pay.get("kind") or "base",
        is_estimate=bool(pay.get("is_estimate")),
        equity=bool(pay.get("equity")),
        stated_base="base" in (pay.get("text") or "").lower(),
        annual_min_usd=annual_min,
        annual_max_usd=annual_max,
    )
