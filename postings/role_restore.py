"""import_roles' work: write the roles of an archive, each atomic, so the database holds what the file says.

A role is known by its slug. A role the database lacks is created; one it holds is compared with the file
(as export_roles would write it) and left alone when they are the same, so running a restore twice changes
nothing; one that differs is rewritten in place (same id, so alerts that sent it still point to it) with
its rows replaced by the file's. Companies and skills (by slug) and places take the file's values.

Roles are written in batches of one transaction, each role under a savepoint of its own: a role that fails
(bad values, a source already stored for another role, a constraint) is undone alone and reported, and
the others go on.
"""

import json
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import DatabaseError, transaction
from django.utils import timezone

from .models import (
    Company,
    Compensation,
    JobSubmission,
    ListingReport,
    Location,
    Role,
    RoleSkill,
    RoleStatusChange,
    RoleText,
    Skill,
    Source,
)
from .role_archive import for_archive, role_record
from .role_archive_check import ArchiveError, check_record, comparable, values

BATCH_ROLES = 100  # roles written per transaction


@dataclass(frozen=True)
class Outcome:
    """What became of one line: created, updated, unchanged or failed (with the reason)."""

    line: int
    slug: str
    outcome: str
    reason: str = ""


@dataclass
class RoleRestorer:
    """Writes roles from archive records; keeps the ids of skills, places and users it has looked up."""

    schema: dict[str, list[str]]
    skills: dict[str, int] = field(default_factory=dict)
    places: dict[tuple[str, str, str], int] = field(default_factory=dict)
    companies: dict[str, tuple[Company, dict]] = field(default_factory=dict)
    users: dict[str, int | None] = field(default_factory=dict)
    lines_of: dict[str, int] = field(default_factory=dict)
    unknown_users: set[str] = field(default_factory=set)

    def restore_batch(self, lines: list[tuple[int, dict]]) -> list[Outcome]:
        """Write a batch of (line number, record) in one transaction, each role under its own savepoint."""
        with transaction.atomic():
            slugs = [record.get("slug") for _, record in lines if isinstance(record.get("slug"), str)]
            stored = {role.slug: role for role in for_archive(Role.objects.filter(slug__in=slugs))}
            return [self._restore(number, record, stored.get(record.get("slug"))) for number, record in lines]

    def _restore(self, number: int, record: dict, current: Role | None) -> Outcome:
        slug = record.get("slug") if isinstance(record.get("slug"), str) else ""
        cached = (dict(self.skills), dict(self.places), dict(self.companies))
        try:
            check_record(record, self.schema)
            if slug in self.lines_of:
                raise ArchiveError(f"role {slug!r} is already on line {self.lines_of[slug]}")
            self.lines_of[slug] = number
            if current is not None and self._same(current, record):
                return Outcome(number, slug, "unchanged")
            with transaction.atomic():
                self._write(record, current)
        except ArchiveError as exc:
            reason = str(exc)
        except DatabaseError as exc:
            reason = f"the database refused it: {_first_line(exc)}"
        except (ValueError, TypeError) as exc:  # a value of the wrong type that no check foresaw
            reason = f"a value could not be used: {_first_line(exc)}"
        else:
            return Outcome(number, slug, "updated" if current else "created")
        self.skills, self.places, self.companies = cached  # rows written under the undone savepoint are gone
        return Outcome(number, slug, "failed", reason)

    def _same(self, role: Role, record: dict) -> bool:
        stored = json.loads(json.dumps(role_record(role)))
        wanted = comparable(record, self.schema)
        # A user this database lacks cannot be named in its history: compare with what it can hold.
        wanted["history"] = [
            {**row, "changed_by": row["changed_by"] if self._user(row.get("changed_by")) else None}
            for row in wanted["history"]
        ]
        return comparable(stored, self.schema) == wanted

    def _write(self, record: dict, current: Role | None) -> Role:
        role = current or Role()
        if current is not None:
            _clear(current)
        for name, value in values("role", record).items():
            setattr(role, name, value)
        role.company = self._company(record["company"])
        place_ids = [self._place(place) for place in record["locations"]]
        skills = [(self._skill(entry), values("role_skill", entry)) for entry in record["skills"]]
        role.location_ids, role.skill_ids = sorted(place_ids), sorted(pk for pk, _ in skills)
        if "updated_at" not in record:
            role.updated_at = timezone.now()
        # Raw, as loaddata saves: the file's updated_at is kept (save() would set it to now), no signals.
        role.save_base(raw=True)
        self._rows(role, record, place_ids, skills)
        return role

    def _rows(self, role: Role, record: dict, place_ids: list[int], skills: list) -> None:
        if record["text"] is not None:
            RoleText.objects.create(role=role, **values("text", record["text"]))
        Role.locations.through.objects.bulk_create(
            Role.locations.through(role_id=role.pk, location_id=pk) for pk in dict.fromkeys(place_ids)
        )
        RoleSkill.objects.bulk_create(RoleSkill(role=role, skill_id=pk, **flags) for pk, flags in skills)
        hashes = self._sources(role, record["sources"])
        Compensation.objects.bulk_create(
            Compensation(
                role=role, source_id=_source_id(pay.get("source"), hashes), **values("compensation", pay)
            )
            for pay in record["compensations"]
        )
        RoleStatusChange.objects.bulk_create(
            RoleStatusChange(
                role=role, changed_by_id=self._user(row.get("changed_by")), **values("status_change", row)
            )
            for row in record["history"]
        )
        ListingReport.objects.bulk_create(
            ListingReport(role=role, **values("report", row)) for row in record["reports"]
        )
        if record["submission"] is not None:
            JobSubmission.objects.create(role=role, **values("submission", record["submission"]))

    def _sources(self, role: Role, rows: list[dict]) -> dict[str, int]:
        """Create the role's sources; their ids by content hash."""
        sources = [Source(role=role, **values("source", row)) for row in rows]
        taken = Source.objects.filter(content_hash__in=[s.content_hash for s in sources]).select_related(
            "role"
        )
        if clash := taken.first():
            raise ArchiveError(
                f"source {clash.file_name or clash.content_hash[:12]!r} is already stored for another role, "
                f"{clash.role.slug!r}"
            )
        Source.objects.bulk_create(sources)
        return {source.content_hash: source.pk for source in sources}

    def _company(self, data: dict) -> Company:
        wanted = values("company", data)
        if (known := self.companies.get(wanted.get("slug"))) and known[1] == wanted:
            return known[0]  # written by an earlier role of this run, with the same values
        company = Company.objects.filter(slug=wanted.get("slug")).first()
        if company is None:
            company = Company(**wanted)
            Company.objects.bulk_create([company])  # not save(): that would recompute the stored key
        elif changed := {name: value for name, value in wanted.items() if getattr(company, name) != value}:
            Company.objects.filter(pk=company.pk).update(**changed)
        self.companies[company.slug] = (company, wanted)
        return company

    def _skill(self, data: dict) -> int:
        wanted = values("skill", data)
        if (pk := self.skills.get(wanted.get("slug"))) is None:
            skill, created = Skill.objects.get_or_create(slug=wanted.get("slug"), defaults=wanted)
            if not created and any(getattr(skill, name) != value for name, value in wanted.items()):
                Skill.objects.filter(pk=skill.pk).update(**wanted)
            pk = self.skills[skill.slug] = skill.pk
        return pk

    def _place(self, data: dict) -> int:
        wanted = values("location", data)
        key = (wanted.get("name", ""), wanted.get("region", ""), wanted.get("country", ""))
        if (pk := self.places.get(key)) is None:
            place, _ = Location.objects.get_or_create(name=key[0], region=key[1], country=key[2])
            pk = self.places[key] = place.pk
        return pk

    def _user(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.users:
            users = get_user_model()._default_manager.filter(**{get_user_model().USERNAME_FIELD: name})
            self.users[name] = users.values_list("pk", flat=True).first()
            if self.users[name] is None:
                self.unknown_users.add(name)
        return self.users[name]


def _clear(role: Role) -> None:
    """Delete the rows that belong to the role, before the file's are written in their place."""
    Compensation.objects.filter(role=role).delete()
    for model in (RoleText, RoleSkill, Source, RoleStatusChange, ListingReport, JobSubmission):
        model.objects.filter(role=role).delete()
    role.locations.clear()


def _source_id(digest: str | None, hashes: dict[str, int]) -> int | None:
    if digest is None:
        return None
    if digest not in hashes:
        raise ArchiveError(f"a compensation names source {digest[:12]!r}, which is not one of the role's")
    return hashes[digest]


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
