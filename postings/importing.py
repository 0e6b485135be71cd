"""ParsedPosting → database: match the company, find the same role, keep every source, rebuild the role.

Every write goes through the functions here inside ``transaction.atomic()``, so one file's import either
lands whole or not at all. Importing content already stored (same SHA-256) changes nothing.
"""

import hashlib
import zlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import connection, transaction
from django.utils.text import slugify

from . import merging
from .choices import SourceKind
from .models import Company, Compensation, Location, Role, RoleSkill, RoleText, Skill, Source
from .parsing.links import safe_url
from .parsing.pay import Pay, annual_usd
from .parsing.people import company_key
from .parsing.posting import PARSER_VERSION, REVIEW_BELOW, ParsedPosting, parse_all
from .parsing.similarity import title_similarity
from .services import role_refresh, role_text_save, unique_role_slug

CANDIDATE_TITLE_SIMILARITY = 0.3


class ImportProblem(Exception):
    """A posting that cannot be imported; the message is the one-line reason shown to the user."""


@dataclass(frozen=True)
class Outcome:
    role_id: int
    outcome: str  # created | updated | unchanged
    warnings: tuple[str, ...] = ()


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def file_import(
    *, data: bytes | str, file_name: str, url: str | None = None, company: str | None = None
) -> list[Outcome]:
    """Import every posting in one file atomically; raise ImportProblem when any cannot be imported."""
    postings = parse_all(data, filename=file_name, url=url, budget=settings.IMPORT_PARSE_SECONDS)
    with transaction.atomic():
        return [posting_import(posting=p, file_name=file_name, company=company) for p in postings]


def posting_import(*, posting: ParsedPosting, file_name: str, company: str | None = None) -> Outcome:
    """Attach one parsed posting to its role (found or created) and rebuild that role."""
    if posting.problem and not (company and posting.title):
        raise ImportProblem(posting.problem)
    digest = content_hash(posting.raw)
    existing = Source.objects.filter(content_hash=digest).only("role_id").first()
    if existing:
        return Outcome(existing.role_id, "unchanged")
    name = posting.company or company
    _lock(company_key(name))
    existing = Source.objects.filter(content_hash=digest).only("role_id").first()
    if existing:  # another process imported it while we waited for the lock
        return Outcome(existing.role_id, "unchanged")
    company_obj = company_get_or_create(name=name)
    parsed = posting.to_dict()
    role = role_find_same(company=company_obj, parsed=parsed)
    created = role is None
    if created:
        role = Role.objects.create(
            company=company_obj,
            title=posting.title,
            slug=unique_role_slug(company_name=company_obj.name, title=posting.title),
        )
    source_attach(role=role, posting=posting, parsed=parsed, file_name=file_name, digest=digest)
    role_rebuild(role=role)
    return Outcome(role.pk, "created" if created else "updated", posting.warnings)


def _lock(key: str) -> None:
    """Serialise imports for one company on PostgreSQL so concurrent runs cannot create duplicates."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(key.encode())])


def company_get_or_create(*, name: str) -> Company:
    """The company whose normalised name matches, created when new."""
    key = company_key(name)
    found = Company.objects.filter(key=key).first()
    if found:
        return found
    base = slugify(name)[:190] or "company"
    slug, n = base, 2
    while Company.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return Company.objects.create(name=name, slug=slug)


def role_find_same(*, company: Company, parsed: dict) -> Role | None:
    """The company's role that this posting is another copy of, if any."""
    candidates = [
        role_id
        for role_id, title in Role.objects.filter(company=company).values_list("id", "title")
        if title_similarity(title, parsed.get("title")) >= CANDIDATE_TITLE_SIMILARITY
    ]
    by_role: dict[int, list[dict]] = {}
    for role_id, other in Source.objects.filter(role_id__in=candidates).values_list("role_id", "parsed"):
        by_role.setdefault(role_id, []).append(other)
    scored = [(merging.same_role_score(parsed, sources), role_id) for role_id, sources in by_role.items()]
    scored = [pair for pair in scored if pair[0] > 0]
    return Role.objects.get(pk=max(scored)[1]) if scored else None


def source_attach(*, role: Role, posting: ParsedPosting, parsed: dict, file_name: str, digest: str) -> Source:
    """Keep the posting's raw text and parsed fields as a source of the role."""
    kind = posting.source_kind if posting.source_kind in SourceKind.values else SourceKind.OTHER
    return Source.objects.create(
        role=role,
        kind=kind,
        url=safe_url(posting.url) or "",
        file_name=file_name[:500],
        raw_text=posting.raw,
        content_hash=digest,
        parser_version=PARSER_VERSION,
        parsed=parsed,
    )


def sources_by_trust(role: Role) -> list[Source]:
    """The role's sources, most trusted first (careers page over ATS copy over aggregator)."""
    return sorted(role.sources.all(), key=lambda s: (-s.trust, s.imported_at, s.pk))


@transaction.atomic
def role_rebuild(*, role: Role) -> None:
    """Set the role's fields, pay, skills and places from all its sources."""
    sources = sources_by_trust(role)
    merged = merging.merge([s.parsed for s in sources])
    for key in ("title", "team", "seniority", "employment_type", "work_mode"):
        setattr(role, key, (merged[key] or "")[: Role._meta.get_field(key).max_length or None])
    body = {key: merged[key] or "" for key in ("summary", "about_company")}
    body |= {key: list(merged[key] or []) for key in RoleText.BODY if key not in body}
    role.relocation_assistance = merged["relocation_assistance"]
    role.min_years_experience = merged["min_years_experience"]
    role.posted_at = _date(merged["posted_at"])
    role.remote_restriction = ",".join(
        code for code in merged["remote_restriction"] or [] if _is_code(code, 2)
    )
    role.apply_url = role_apply_link(sources)
    role.needs_review = role_doubts(sources) != {}
    role.save()
    role_text_save(role=role, **body)
    _replace_pay(role, merged, sources)
    _replace_skills(role, merged["skills"])
    role.locations.set([_location(place) for place in merged["locations"] or []])
    role_refresh(role=role)


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


def _replace_pay(role: Role, merged: dict, sources: list[Source]) -> None:
    role.compensations.all().delete()
    rows = []
    if merged["pay"]:
        rows.append(_compensation(role, merged["pay"], sources[merged["pay_source"]]))
    rows += [_compensation(role, estimate, sources[index]) for index, estimate in merged["estimates"]]
    Compensation.objects.bulk_create([row for row in rows if row])


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


def _replace_skills(role: Role, skills: list[dict]) -> None:
    role.role_skills.all().delete()
    known = {s.slug: s for s in Skill.objects.filter(slug__in=[s["slug"] for s in skills])}
    missing = [
        Skill(name=s["name"], slug=s["slug"], category=s["category"])
        for s in skills
        if s["slug"] not in known
    ]
    for skill in Skill.objects.bulk_create(missing, ignore_conflicts=True):
        known.setdefault(skill.slug, skill)
    if any(
        skill.pk is None for skill in known.values()
    ):  # ignore_conflicts leaves pks unset on some backends
        known = {s.slug: s for s in Skill.objects.filter(slug__in=[s["slug"] for s in skills])}
    RoleSkill.objects.bulk_create(
        [
            RoleSkill(role=role, skill=known[s["slug"]], required=s["required"])
            for s in skills
            if s["slug"] in known
        ]
    )


def _location(place: dict) -> Location:
    country = place.get("country") if _is_code(place.get("country"), 2) else ""
    location, _ = Location.objects.get_or_create(
        name=(place.get("name") or "")[:200], region=(place.get("region") or "")[:100], country=country
    )
    return location


def sources_reparse() -> list[Outcome]:
    """Re-read every stored source with the current parser and rebuild each role from its sources."""
    outcomes = []
    for role in Role.objects.prefetch_related("sources").order_by("pk").iterator(chunk_size=200):
        with transaction.atomic():
            before = role_fingerprint(role)
            for source in role.sources.all():
                posting = parse_all(
                    source.raw_text, filename=source.file_name or None, url=source.url or None
                )[0]
                source.parsed, source.parser_version = posting.to_dict(), PARSER_VERSION
                if posting.source_kind in SourceKind.values and not posting.problem:
                    source.kind = posting.source_kind
                source.save(update_fields=["parsed", "parser_version", "kind"])
            role_rebuild(role=role)
            changed = role_fingerprint(Role.objects.get(pk=role.pk)) != before
        outcomes.append(Outcome(role.pk, "updated" if changed else "unchanged"))
    return outcomes


def role_fingerprint(role: Role) -> tuple:
    """Everything an import can change on a role, to tell "updated" from "unchanged"."""
    fields = [f.attname for f in Role._meta.concrete_fields if f.attname != "updated_at"]
    text = role.body
    return (
        tuple(getattr(role, name) for name in fields),
        tuple(getattr(text, name) for name in RoleText.BODY),
        tuple(
            role.compensations.order_by("pk").values_list(
                "min_amount", "max_amount", "currency", "period", "is_estimate", "equity"
            )
        ),
        tuple(role.role_skills.order_by("skill_id").values_list("skill_id", "required")),
        tuple(role.locations.order_by("pk").values_list("pk", flat=True)),
    )
