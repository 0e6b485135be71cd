"""Companies, skills and places read or created during one import run, kept in memory.

A day's feed names the same few thousand employers, skills and cities over and over: reading each once per run
instead of once per posting saves most of an import's SELECTs. Rows created inside a file's transaction are
only remembered once that file commits, so a file that is rolled back leaves no id behind that does not exist.
The cache also carries what a batch writer holds back until its batch's INSERTs (`rows`, see import_rows).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from .import_rows import RowBuffer
from .models import Company, Location, Role, Skill
from .parsing.people import company_key
from .services import free_slug, role_slug_base, unique_role_slug

PlaceKey = tuple[str, str, str]  # name, region, country


@dataclass
class ImportCache:
    """What one run has seen: companies by key, skills by slug (id, name), places by key (id).

    With `hold_rows` the new rows under new roles wait in `rows` for the batch writer to insert them.
    """

    companies: dict[str, Company] = field(default_factory=dict)
    skills: dict[str, tuple[int, str]] = field(default_factory=dict)
    places: dict[PlaceKey, int] = field(default_factory=dict)
    hold_rows: bool = False
    rows: RowBuffer = field(default_factory=RowBuffer)
    # Set for a batch by importing.batch_claim: the company keys it holds locks on, and which of its
    # contents were stored before it began (None: unknown, ask the database).
    locked: frozenset[str] = frozenset()
    stored: frozenset[str] | None = None
    written: set[str] = field(default_factory=set)  # contents this batch stored since
    absent: frozenset[str] = frozenset()  # company keys no row had when the batch began
    slugs: dict[str, set[str]] = field(default_factory=dict)  # per slug base, the role slugs it begins
    _pending: list[tuple[dict, object, object]] = field(default_factory=list)

    def _remember(self, table: dict, key, value) -> None:
        """Keep a row seen inside the current file's transaction until the file commits (or is undone)."""
        self._pending.append((table, key, value))

    def commit(self) -> None:
        """The file's transaction committed: what it read or wrote is now safe to reuse."""
        for table, key, value in self._pending:
            table[key] = value
        self._pending.clear()
        self.rows.file_done()

    def rollback(self) -> None:
        """The file's transaction was undone: forget what it saw."""
        self._pending.clear()
        self.rows.file_undone()

    def add_rows(self, rows: list[models.Model], *, role: Role) -> None:
        """New rows under a role: held for the batch's INSERTs when the writer batches, else inserted now."""
        self.rows.add(rows, role=role)
        if not self.hold_rows:
            self.rows.flush_file()

    def batch_begin(self, *, locked: frozenset[str], stored: frozenset[str]) -> None:
        """A batch holds these companies' locks and knows which of its contents are stored; its companies
        are read in one query (those it lacks are then created without being looked for)."""
        self.locked, self.stored = locked, stored
        self.written.clear()
        wanted = [key for key in locked if key not in self.companies]
        found = {company.key: company for company in Company.objects.filter(key__in=wanted)}
        self.companies.update(found)  # stored before the batch: safe to keep whatever becomes of it
        self.absent = frozenset(wanted) - found.keys()

    def batch_slugs(self, bases: set[str]) -> None:
        """Read the role slugs beginning with each of these bases in one query, for the batch's new roles."""
        self.slugs = {base: set() for base in bases}
        if not bases:
            return
        match = reduce(or_, (Q(slug__startswith=base) for base in bases))
        for slug in Role.objects.filter(match).values_list("slug", flat=True):
            self._slug_taken(slug)

    def role_slug(self, *, company_name: str, title: str) -> str:
        """A free slug for a new role: from the batch's slugs when its base was read, else the database's."""
        base = role_slug_base(company_name=company_name, title=title)
        if base in self.slugs:
            slug = free_slug(base, self.slugs[base])
        else:
            slug = unique_role_slug(company_name=company_name, title=title)
        self._slug_taken(slug)
        return slug

    def _slug_taken(self, slug: str) -> None:
        # Only lower-case candidates are ever looked up, so SQLite's case-blind LIKE makes no difference.
        for base, taken in self.slugs.items():
            if slug.startswith(base):
                taken.add(slug)

    def batch_end(self) -> None:
        """The batch's transaction is over, and its locks with it."""
        self.locked, self.stored, self.absent = frozenset(), None, frozenset()
        self.written.clear()
        self.slugs = {}

    def may_be_stored(self, digest: str) -> bool:
        """Whether content with this hash may be stored already (False only when the batch knows)."""
        return self.stored is None or digest in self.stored or digest in self.written

    def _pending_value(self, table: dict, key):
        return next((value for t, k, value in reversed(self._pending) if t is table and k == key), None)

    def company(self, *, name: str) -> Company:
        """The company whose normalised name matches, created when new."""
        key = company_key(name)
        found = self.companies.get(key) or self._pending_value(self.companies, key)
        if found is None:
            # A key absent when the batch began is still absent: its lock is held (no one else creates it).
            stored = None if key in self.absent else Company.objects.filter(key=key).first()
            found = stored or _company_create(name)
            self._remember(self.companies, key, found)
        return found

    def skills_for(self, wanted: list[dict]) -> dict[str, tuple[int, str]]:
        """{slug: (id, name)} for these parsed skills, creating the ones the database lacks."""
        found = {s["slug"]: self._skill(s["slug"]) for s in wanted}
        missing = [s for s in wanted if found[s["slug"]] is None]
        if missing:
            for slug, value in _skills_fetch_or_create(missing).items():
                self._remember(self.skills, slug, value)
                found[slug] = value
        return {slug: value for slug, value in found.items() if value is not None}

    def _skill(self, slug: str) -> tuple[int, str] | None:
        return self.skills.get(slug) or self._pending_value(self.skills, slug)

    def place_ids(self, keys: Iterable[PlaceKey]) -> list[int]:
        """The ids of these places, in order, creating the ones the database lacks."""
        keys = list(dict.fromkeys(keys))
        found = {key: self.places.get(key) or self._pending_value(self.places, key) for key in keys}
        missing = [key for key, value in found.items() if value is None]
        if missing:
            for key, value in _places_fetch_or_create(missing).items():
                self._remember(self.places, key, value)
                found[key] = value
        return [found[key] for key in keys if found[key] is not None]


def _company_create(name: str) -> Company:
    base = slugify(name)[:190] or "company"
    slug, n = base, 2
    while Company.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return Company.objects.create(name=name, slug=slug)


def _skills_fetch_or_create(wanted: list[dict]) -> dict[str, tuple[int, str]]:
    """Skills by slug, inserting the new ones (another import may insert them at the same moment)."""
    slugs = [s["slug"] for s in wanted]
    known = {slug: (pk, name) for slug, (pk, name) in _pairs(Skill.objects.filter(slug__in=slugs))}
    new = [
        Skill(name=s["name"], slug=s["slug"], category=s["category"])
        for s in wanted
        if s["slug"] not in known
    ]
    if new:
        # ignore_conflicts leaves ids unset on PostgreSQL: read them back.
        Skill.objects.bulk_create(new, ignore_conflicts=True)
        known = {slug: (pk, name) for slug, (pk, name) in _pairs(Skill.objects.filter(slug__in=slugs))}
    return known


def _pairs(skills) -> Iterable[tuple[str, tuple[int, str]]]:
    return ((slug, (pk, name)) for slug, pk, name in skills.values_list("slug", "id", "name"))


def _places_fetch_or_create(keys: list[PlaceKey]) -> dict[PlaceKey, int]:
    """Place ids by key, inserting the new ones (another import may insert them at the same moment)."""
    known = _places_fetch(keys)
    new = [Location(name=n, region=r, country=c) for n, r, c in keys if (n, r, c) not in known]
    if new:
        Location.objects.bulk_create(new, ignore_conflicts=True)
        known = _places_fetch(keys)
    return known


def _places_fetch(keys: list[PlaceKey]) -> dict[PlaceKey, int]:
    match = reduce(or_, (Q(name=n, region=r, country=c) for n, r, c in keys))
    rows = Location.objects.filter(match).values_list("name", "region", "country", "id")
    return {(n, r, c): pk for n, r, c, pk in rows}
