"""The roles archive (export_roles, import_roles): JSON Lines, a header line then one object per role.

The header says what the file is (format and version), when it was written, the database's migration
state and, per kind of record, the fields each record holds, so a reader knows what it is looking at without
this code. A role's object holds every column of the role and of the rows that belong to it (company,
description, places, skills, sources with their raw text, pay, state history, listing reports, the
employer's submission); rows refer to each other by natural keys (slugs, a source's content hash, a
user's name), never by database ids, so the file loads into any database. The columns that are only
lists of ids (`skill_ids`, `location_ids`) are left out and recomputed on restore.

Values are JSON: dates and times in ISO 8601 (times with their offset, microseconds kept), decimals as
strings (no float rounding), JSON columns as they are.
"""

from datetime import date, datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import F, Model, Prefetch, QuerySet
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

FORMAT = "jobboard-roles"
VERSION = 1

# Per kind of record: its model and the fields that are not written (ids, links to the parent, id lists).
_PARENT = {"id", "role"}
MODELS: dict[str, tuple[type[Model], set[str]]] = {
    "role": (Role, {"id", "company", "skill_ids", "location_ids"}),
    "company": (Company, {"id"}),
    "text": (RoleText, {"role"}),
    "location": (Location, {"id"}),
    "skill": (Skill, {"id"}),
    "role_skill": (RoleSkill, {"id", "role", "skill"}),
    "source": (Source, _PARENT),
    "compensation": (Compensation, _PARENT),
    "status_change": (RoleStatusChange, _PARENT),
    "report": (ListingReport, _PARENT),
    "submission": (JobSubmission, _PARENT),
}
# Where each kind sits in a role's object, and whether it is a list, one object or one object or null.
NESTED = {
    "company": ("company", "one"),
    "text": ("text", "optional"),
    "locations": ("location", "list"),
    "skills": ("skill", "list"),
    "sources": ("source", "list"),
    "compensations": ("compensation", "list"),
    "history": ("status_change", "list"),
    "reports": ("report", "list"),
    "submission": ("submission", "optional"),
}


def fields(kind: str) -> list:
    """The model fields a record of this kind holds, in the model's order."""
    model, left_out = MODELS[kind]
    return [field for field in model._meta.concrete_fields if field.name not in left_out]


def schema() -> dict[str, list[str]]:
    """Field names per kind of record, as the header states them. A skill entry is a skill with its
    `required` flag; a compensation's `source` is the content hash of one of the role's sources; a
    history row's `changed_by` is a user name."""
    names = {kind: [field.name for field in fields(kind)] for kind in MODELS if kind != "role_skill"}
    names["skill"] += [field.name for field in fields("role_skill")]
    return names


def migration_state(using: str = "default") -> dict[str, list[str]]:
    """The migrations applied to the database, by app."""
    state: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        state.setdefault(app, []).append(name)
    return state


def header(*, roles: int, include_closed: bool, using: str = "default") -> dict:
    """The file's first line: what it is and the database it came from."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "roles": roles,
        "include_closed": include_closed,
        "database": connections[using].vendor,
        "migrations": migration_state(using),
        "schema": schema(),
    }


def encode(value):
    """A column's value as JSON."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _columns(obj: Model, kind: str) -> dict:
    return {
        field.name: encode(field.value_from_object(obj)) for field in fields(kind) if not field.is_relation
    }


def _row(obj: Model, kind: str, **links) -> dict:
    """A row's columns in the model's order, its links to other rows given by natural keys."""
    record = {}
    for field in fields(kind):
        record[field.name] = links[field.name] if field.is_relation else encode(field.value_from_object(obj))
    return record


def role_record(role: Role) -> dict:
    """One role as the archive writes it (the role loaded by `for_archive`, so nothing is queried)."""
    # A missing one-to-one row raises an AttributeError subclass: getattr's default makes it None.
    text, submission = getattr(role, "text", None), getattr(role, "submission", None)
    return {
        **_columns(role, "role"),
        "company": _columns(role.company, "company"),
        "text": _columns(text, "text") if text else None,
        "locations": [_columns(location, "location") for location in role.locations.all()],
        "skills": [
            {**_columns(link.skill, "skill"), **_columns(link, "role_skill")}
            for link in role.role_skills.all()
        ],
        "sources": [_columns(source, "source") for source in role.sources.all()],
        "compensations": [
            _row(pay, "compensation", source=pay.source_hash) for pay in role.compensations.all()
        ],
        "history": [
            _row(change, "status_change", changed_by=change.changed_by_name)
            for change in role.status_changes.all()
        ],
        "reports": [_columns(report, "report") for report in role.reports.all()],
        "submission": _columns(submission, "submission") if submission else None,
    }


def for_archive(queryset: QuerySet) -> QuerySet:
    """The roles with everything `role_record` reads, in seven queries however many roles there are."""
    user_name = f"changed_by__{get_user_model().USERNAME_FIELD}"
    return queryset.select_related("company", "text", "submission").prefetch_related(
        Prefetch("locations", queryset=Location.objects.order_by("country", "region", "name", "id")),
        Prefetch(
            "role_skills",
            queryset=RoleSkill.objects.select_related("skill").order_by(
                "-required", "skill__name", "skill__slug"
            ),
        ),
        Prefetch("sources", queryset=Source.objects.order_by("imported_at", "id")),
        Prefetch(
            "compensations",
            queryset=Compensation.objects.annotate(source_hash=F("source__content_hash")).order_by(
                "is_estimate", "id"
            ),
        ),
        Prefetch(
            "status_changes",
            queryset=RoleStatusChange.objects.annotate(changed_by_name=F(user_name)).order_by(
                "changed_at", "id"
            ),
        ),
        Prefetch("reports", queryset=ListingReport.objects.order_by("created_at", "id")),
    )
