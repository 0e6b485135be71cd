"""Reading the roles archive: its header and each role's object checked before anything is written.

Every problem is an ArchiveError whose message is one sentence about the line; import_roles adds the line
number. Values are turned into Python by each model field's own `to_python`, so a date, a decimal or a
choice is read exactly as a form would read it.
"""

import json
from datetime import UTC

from django.core.exceptions import ValidationError
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Field
from django.utils import timezone

from .role_archive import FORMAT, NESTED, VERSION, fields, migration_state, schema


class ArchiveError(ValueError):
    """A line that cannot be restored, and why (a sentence without the line number)."""


def parse_line(raw: bytes) -> dict:
    """A line's JSON object."""
    try:
        value = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError:
        raise ArchiveError("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ArchiveError(f"not JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(value, dict):
        raise ArchiveError(f"a JSON {type(value).__name__}, not an object")
    return value


def check_header(head: dict, using: str = "default") -> dict[str, list[str]]:
    """The fields per kind of record the file holds, once its header says it is an archive this database
    can take: the right format and version, no migrations this database lacks, no unknown fields."""
    if head.get("format") != FORMAT:
        raise ArchiveError(f'not a roles export: the first line has no "format": "{FORMAT}"')
    if head.get("version") != VERSION:
        raise ArchiveError(
            f"format version {head.get('version')!r} is not one this jobboard reads (version {VERSION}); "
            "export the roles again with this version, or restore with the version that wrote the file"
        )
    _check_migrations(head.get("migrations"), using)
    known = schema()
    stated = head.get("schema")
    if not isinstance(stated, dict) or set(stated) != set(known):
        raise ArchiveError(f"the header's schema must list the fields of {', '.join(sorted(known))}")
    unknown = sorted(
        f"{kind}.{name}" for kind, names in stated.items() for name in set(names) - set(known[kind])
    )
    if unknown:
        raise ArchiveError(
            f"fields this database does not have: {', '.join(unknown)} (written by a newer version: "
            "upgrade and migrate first)"
        )
    return stated


def _check_migrations(stated, using: str) -> None:
    connection = connections[using]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise ArchiveError("this database has unapplied migrations: run `manage.py migrate` first")
    if not isinstance(stated, dict):
        raise ArchiveError('the header has no "migrations"')
    applied, installed = migration_state(using), executor.loader.migrated_apps
    missing = [
        f"{app}.{name}"
        for app, names in sorted(stated.items())
        if app in installed
        for name in names
        if name not in applied.get(app, ())
    ]
    if missing:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        raise ArchiveError(
            f"written by a newer version (migrations {shown} are not applied here): upgrade and migrate first"
        )


def check_record(record: dict, stated: dict[str, list[str]]) -> None:
    """Every field the header lists is there, with an object or a list where one belongs."""
    _check_fields(record, "role", stated, nested=set(NESTED))
    for key, (kind, shape) in NESTED.items():
        value = record[key]
        if shape == "list":
            if not isinstance(value, list):
                raise ArchiveError(f'"{key}" must be a list')
            items = value
        elif value is None and shape == "optional":
            items = []
        elif isinstance(value, dict):
            items = [value]
        else:
            raise ArchiveError(f'"{key}" must be an object{" or null" if shape == "optional" else ""}')
        for item in items:
            if not isinstance(item, dict):
                raise ArchiveError(f'each of "{key}" must be an object')
            _check_fields(item, kind, stated, where=f"{key}: ")


def _check_fields(record: dict, kind: str, stated, *, nested=frozenset(), where: str = "") -> None:
    missing = [name for name in [*stated[kind], *sorted(nested)] if name not in record]
    if missing:
        noun = "field" if len(missing) == 1 else "fields"
        raise ArchiveError(f"{where}missing {noun} {', '.join(repr(name) for name in missing)}")
    extra = sorted(set(record) - set(stated[kind]) - set(nested))
    if extra:
        raise ArchiveError(f"{where}unknown field(s) {', '.join(repr(name) for name in extra)}")


def values(kind: str, data: dict) -> dict:
    """The columns of a record of this kind as Python values (fields it lacks keep their defaults)."""
    found = {}
    for field in fields(kind):
        if not field.is_relation and field.name in data:
            found[field.name] = value(field, data[field.name], kind)
    return found


def value(field: Field, raw, kind: str):
    if raw is None:
        if field.null:
            return None
        raise ArchiveError(f"{kind}.{field.name} may not be null")
    try:
        result = field.to_python(raw)
    except ValidationError as exc:
        raise ArchiveError(f"{kind}.{field.name}: {' '.join(exc.messages)}") from None
    if field.get_internal_type() == "DateTimeField" and timezone.is_naive(result):
        result = timezone.make_aware(result, UTC)  # the export writes offsets; a hand-made file may not
    return result


def comparable(record: dict, stated: dict[str, list[str]]) -> dict:
    """The record with only the fields the header lists, so a role compares equal to an older file."""
    keep = set(stated["role"]) | set(NESTED)
    trimmed = {name: value for name, value in record.items() if name in keep}
    for key, (kind, _) in NESTED.items():
        names = set(stated[kind])
        item = trimmed.get(key)
        if isinstance(item, list):
            trimmed[key] = [{k: v for k, v in row.items() if k in names} for row in item]
        elif isinstance(item, dict):
            trimmed[key] = {k: v for k, v in item.items() if k in names}
    return trimmed
