"""ParsedPosting → database: match the company, find the same role, keep every source, rebuild the role.

Every write goes through the functions here inside ``transaction.atomic()``, so one file's import either
lands whole or not at all. Importing content already stored (same SHA-256) changes nothing. A role's columns
are all computed before its row is written (see role_build), and a run reads each company, skill and place
once (see import_cache).
"""

import functools
import hashlib
import zlib
from contextlib import nullcontext
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction

from . import lifecycle, merging
from .choices import SourceKind
from .import_cache import ImportCache
from .models import Company, Role, RoleText, Source
from .parsing.links import safe_url
from .parsing.people import company_key
from .parsing.posting import PARSER_VERSION, ParsedPosting, parse_all
from .parsing.similarity import key_similarity, title_key
from .role_build import by_trust, role_confidence, role_write, role_write_new
from .services import role_slug_base

__all__ = ["role_confidence"]  # reports read it from here, beside sources_by_trust

CANDIDATE_TITLE_SIMILARITY = 0.3
# The company a posting that names no employer is filed under, held for review until a person names one.
UNNAMED_EMPLOYER = "Employer not named"
UNNAMED_KEY = company_key(UNNAMED_EMPLOYER)


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
    *,
    data: bytes | str,
    file_name: str,
    url: str | None = None,
    company: str | None = None,
    cache: ImportCache | None = None,
) -> list[Outcome]:
    """Import every posting in one file atomically; raise ImportProblem when any cannot be imported.

    Pass one ``cache`` to every file of a run: companies, skills and places are then read once per run.
    """
    postings = parse_all(data, filename=file_name, url=url, budget=settings.IMPORT_PARSE_SECONDS)
    return postings_import(postings=postings, file_name=file_name, company=company, cache=cache)


def postings_import(
    *,
    postings: list[ParsedPosting],
    file_name: str,
    company: str | None = None,
    cache: ImportCache | None = None,
    atomic: bool = True,
) -> list[Outcome]:
    """Write one file's parsed postings atomically (parsed here or by a worker process of the run).

    A file with a posting that cannot be imported is refused before anything is written. `atomic=False`
    leaves out the file's savepoint: the caller then undoes the whole transaction if anything fails.
    """
    for posting in postings:
        if posting.problem and not (company and posting.title):
            raise ImportProblem(posting.problem)
    cache = cache if cache is not None else ImportCache()
    if cache.hold_rows and cache.rows.needed_by(
        company_ids=_company_ids(postings, company, cache), hashes=[content_hash(p.raw) for p in postings]
    ):
        cache.rows.flush()  # outside the file's savepoint: undoing this file must not undo earlier ones
    try:
        with transaction.atomic() if atomic else nullcontext():
            outcomes = [
                posting_import(posting=p, file_name=file_name, company=company, cache=cache) for p in postings
            ]
    except BaseException:
        cache.rollback()
        raise
    cache.commit()
    return outcomes


def _company_ids(postings: list[ParsedPosting], company: str | None, cache: ImportCache) -> set[int]:
    """The ids of the companies, as this run knows them, that these postings would be attached to."""
    keys = {company_key(employer_name(p, company)) for p in postings}
    return {found.pk for key in keys if (found := cache.companies.get(key)) is not None}


def employer_name(posting: ParsedPosting, company: str | None) -> str:
    """The employer a posting is filed under: its own, else the one the command gave (--company), else
    UNNAMED_EMPLOYER, under which the role waits for a person (the parser's confidence in it is nil)."""
    return posting.company or company or UNNAMED_EMPLOYER


def posting_import(
    *, posting: ParsedPosting, file_name: str, company: str | None = None, cache: ImportCache
) -> Outcome:
    """Attach one parsed posting to its role (found or created) and rebuild that role."""
    digest = content_hash(posting.raw)
    name = employer_name(posting, company)
    if (key := company_key(name)) not in cache.locked:
        _lock(key)  # before the check: a process that imported this content meanwhile is then seen
    if cache.rows.file_holds(digest=digest):  # the same content twice in one file
        cache.rows.flush_file()
    if cache.may_be_stored(digest) and (seen := lifecycle.source_seen(digest=digest)) is not None:
        # Content already stored: only its sighting is refreshed (which may reopen an expired role).
        role_id, reopened = seen
        return Outcome(role_id, "updated" if reopened else "unchanged")
    cache.written.add(digest)
    company_obj = cache.company(name=name)
    parsed = posting.to_dict()
    found = role_find_same(company=company_obj, parsed=parsed, cache=cache)
    if found is None:
        role = role_create(
            posting=posting, parsed=parsed, company=company_obj, file_name=file_name, cache=cache
        )
        return Outcome(role.pk, "created", posting.warnings)
    role, sources = found
    role.company = company_obj  # keeps role.company.name from costing a query
    source = source_new(role=role, posting=posting, parsed=parsed, file_name=file_name, digest=digest)
    source.save(force_insert=True)
    role_write(role=role, sources=[*sources, source], cache=cache)
    lifecycle.role_seen_again(role=role)
    return Outcome(role.pk, "updated", posting.warnings)


def role_create(
    *, posting: ParsedPosting, parsed: dict, company: Company, file_name: str, cache: ImportCache
) -> Role:
    """A new role from one parsed posting, with its source, pay, skills, places, history and search entry.

    The import uses it when no stored role is the same; a job submission always makes a role of its own.
    """
    role = Role(
        company=company,
        title=posting.title,
        slug=cache.role_slug(company_name=company.name, title=posting.title),
    )
    source = source_new(
        role=role,
        posting=posting,
        parsed=parsed,
        file_name=file_name,
        digest=content_hash(posting.raw),
    )
    role_write_new(role=role, source=source, cache=cache)
    return role


def batch_claim(*, postings: list[ParsedPosting], company: str | None, cache: ImportCache) -> None:
    """Begin a batch: lock all its companies (PostgreSQL) in one statement, in one order, then read which of
    its contents are stored, so that no posting of the batch asks either again."""
    keys = {company_key(employer_name(p, company)) for p in postings}
    if connection.vendor == "postgresql" and keys:
        # The same order in every importer, so two batches cannot wait on each other.
        with connection.cursor() as cursor:
            locks = sorted({zlib.crc32(key.encode()) for key in keys})
            cursor.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", [locks])
    digests = {content_hash(p.raw) for p in postings}
    stored = Source.objects.filter(content_hash__in=digests).values_list("content_hash", flat=True)
    cache.batch_begin(locked=frozenset(keys), stored=frozenset(stored))
    # The slugs the batch's new roles may take: company names as stored, else as the posting gives them.
    names = {
        (found.name if (found := cache.companies.get(company_key(name))) else name, p.title)
        for p in postings
        if (name := employer_name(p, company)) and p.title
    }
    cache.batch_slugs({role_slug_base(company_name=name, title=title) for name, title in names})


def _lock(key: str) -> None:
    """Serialise imports for one company on PostgreSQL so concurrent runs cannot create duplicates (SQLite
    serialises whole transactions instead: BEGIN IMMEDIATE)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(key.encode())])


def role_find_same(
    *, company: Company, parsed: dict, cache: ImportCache | None = None
) -> tuple[Role, list[Source]] | None:
    """The company's role that this posting is another copy of, with its sources, if any.

    Only the company's roles whose normalised title starts with this title's first word are read (a range of
    the index on company and title key, whose rows carry the id), and their titles are compared by the stored
    keys, so the lookup grows with the company's roles that share that word, not with all its roles.
    """
    if company.key == UNNAMED_KEY:  # two postings that name no employer are not one role by their titles
        return None
    key = title_key(parsed.get("title"))
    # The stored key is title_key(role.title) (role_derive), so the range's rows need no normalising again.
    candidates = [
        role_id
        for role_id, other in _same_start(company, key).values_list("id", "title_key")
        if key_similarity(other, key) >= CANDIDATE_TITLE_SIMILARITY
    ]
    if not candidates:
        return None
    if cache is not None and cache.rows.file_holds(role_ids=candidates):
        cache.rows.flush_file()  # a role this file created or changed: its rows are read below
    by_role: dict[int, list[Source]] = {}
    for source in Source.objects.filter(role_id__in=candidates).defer("raw_text").order_by("pk"):
        by_role.setdefault(source.role_id, []).append(source)
    scored = [
        (merging.same_role_score(parsed, [s.parsed for s in sources]), role_id)
        for role_id, sources in by_role.items()
    ]
    scored = [pair for pair in scored if pair[0] > 0]
    if not scored:
        return None
    best = max(scored)[1]
    return Role.objects.select_related("text").get(pk=best), by_role[best]


def _same_start(company: Company, key: str):
    """The company's roles whose title key starts with this key's first word ("Principal Engineer" finds
    "Principal Software Engineer"; a copy starting with another word is not taken for the same role).
    """
    first = key.split(" ", 1)[0]
    if not first:
        return Role.objects.none()
    roles = Role.objects.filter(company=company)
    if not _bytewise_order():
        return roles.filter(title_key__startswith=first)
    # An index range: keys hold only [a-z0-9+#] and spaces, all below "~" byte-wise.
    return roles.filter(title_key__gte=first, title_key__lt=f"{first}~")


@functools.cache
def _bytewise_order() -> bool:
    """Whether the database orders text by bytes (SQLite; PostgreSQL under the C or C.UTF-8 collation)."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT datcollate FROM pg_database WHERE datname = current_database()")
        return cursor.fetchone()[0] in ("C", "POSIX", "C.UTF-8", "C.utf8")


def source_new(*, role: Role, posting: ParsedPosting, parsed: dict, file_name: str, digest: str) -> Source:
    """The posting's raw text and parsed fields as a source of the role (not saved yet)."""
    kind = posting.source_kind if posting.source_kind in SourceKind.values else SourceKind.OTHER
    return Source(
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
    return by_trust(role.sources.all())


def role_rebuild(*, role: Role) -> None:
    """Set the role's fields, pay, skills and places from all its sources."""
    role_write(role=role, sources=list(role.sources.all()), cache=ImportCache())


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
        tuple(role.role_skills.order_by("skill_id").values_list("skill_id", "required", "written")),
        tuple(role.locations.order_by("pk").values_list("pk", flat=True)),
    )
