"""Bulk-load N synthetic roles into the configured database, once: later runs reuse it when it matches.

PostgreSQL: secondary indexes are dropped, two processes COPY chunks of roles in parallel (foreign-key
triggers off), then indexes are rebuilt, sequences reset and tables analysed. SQLite: executemany in
chunked transactions. Either way the search backend's ``rebuild()`` runs afterwards when it exists.
"""

import json
import multiprocessing
import sys
import time

from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.models import NOT_PROVIDED

from postings.models import Company, Compensation, Location, Role, RoleSkill, RoleText, Skill, Source

from . import generate, rows

META_TABLE = "bench_meta"
CHUNK = 5_000
MODELS = (Company, Location, Skill, Role, RoleText, Source, Compensation, RoleSkill)
FIELDS = {
    "company": (Company, ("id", "name", "slug", "key", "website", "description", "created_at")),
    "location": (Location, ("id", "name", "region", "country")),
    "skill": (Skill, ("id", "name", "slug", "category")),
    "role": (
        Role,
        (
            "id", "company_id", "title", "slug", "team", "seniority", "employment_type", "work_mode",
            "remote_restriction", "relocation_assistance", "min_years_experience", "apply_url",
            "posted_at", "status", "created_at", "updated_at", "listed_at", "pay_min_usd", "pay_max_usd",
            "title_key", "search_keywords", "skill_ids", "location_ids",
        ),
    ),
    "roletext": (
        RoleText,
        (
            "role_id", "summary", "responsibilities", "requirements", "nice_to_have", "benefits",
            "about_company", "search_document",
        ),
    ),
    "source": (
        Source,
        (
            "id", "role_id", "kind", "url", "file_name", "raw_text", "content_hash", "parser_version",
            "parsed", "imported_at",
        ),
    ),
    "compensation": (
        Compensation,
        (
            "role_id", "source_id", "min_amount", "max_amount", "currency", "period", "kind", "is_estimate",
            "equity", "stated_base", "annual_min_usd", "annual_max_usd",
        ),
    ),
    "roleskill": (RoleSkill, ("role_id", "skill_id", "required")),
}  # fmt: skip
CHILD_TABLES = ("role", "roletext", "source", "role_locations", "roleskill", "compensation")


def log(message: str) -> None:
    print(f"  [load] {message}", file=sys.stderr, flush=True)


def _table(model, attnames: tuple[str, ...]) -> rows.Table:
    """The model's table with our columns, plus defaults for columns added since (e.g. by the search work)."""
    by_attname = {f.attname: f for f in model._meta.concrete_fields}
    columns = tuple(by_attname[name].column for name in attnames)
    extra = []
    for field in model._meta.concrete_fields:
        if field.attname in attnames or field.primary_key or getattr(field, "generated", False):
            continue
        if field.default is not NOT_PROVIDED:
            value = field.get_db_prep_save(field.get_default(), connection)
            extra.append((field.column, getattr(value, "adapted", value)))
        elif not field.null:
            extra.append((field.column, ""))
    return rows.Table(model._meta.db_table, columns, tuple(extra))


def tables() -> dict[str, rows.Table]:
    out = {key: _table(model, attnames) for key, (model, attnames) in FIELDS.items()}
    through = Role.locations.through
    out["role_locations"] = rows.Table(through._meta.db_table, ("role_id", "location_id"))
    return out


def migrate() -> bool:
    """Apply migrations; True when any was applied (a cached database then needs a search rebuild)."""
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    call_command("migrate", verbosity=0, interactive=False)
    return bool(pending)


def _meta_value(count: int) -> str:
    return f"v{generate.GENERATOR_VERSION} seed={generate.SEED} roles={count}"


def cached(count: int) -> bool:
    """Whether this database already holds exactly this generator's `count` roles."""
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key varchar(50) PRIMARY KEY, value text)")
        cursor.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'dataset'")
        row = cursor.fetchone()
    return bool(row and row[0] == _meta_value(count) and Role.objects.count() == count)


def ensure(count: int, *, workers: int = 2, apply_migrations: bool = True) -> dict:
    """Make the database hold `count` generated roles; returns what was done and how long it took.

    ``workers=0`` loads PostgreSQL in this process and transaction (tests), without dropping indexes.
    """
    migrated = migrate() if apply_migrations else False
    if cached(count):
        log(f"reusing cached database with {count:,} roles")
        rebuild_seconds = rebuild_search() if migrated else None
        return {"loaded": False, "load_seconds": None, "rebuild_seconds": rebuild_seconds}
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {META_TABLE}")
    layout = tables()
    if connection.vendor == "postgresql":
        _load_postgres(count, layout, workers)
    else:
        _load_sqlite(count, layout)
    load_seconds = time.perf_counter() - started
    log(f"loaded {count:,} roles in {load_seconds:.0f} s ({count / load_seconds:,.0f} roles/s)")
    rebuild_seconds = rebuild_search()
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('dataset', %s)", [_meta_value(count)])
    return {"loaded": True, "load_seconds": load_seconds, "rebuild_seconds": rebuild_seconds}


def rebuild_search() -> float | None:
    """Run the search backend's rebuild() if the search package exists yet; returns seconds taken."""
    try:
        from postings.search import get_backend
    except ImportError:
        log("note: postings.search.get_backend not found; skipping the search index rebuild")
        return None
    backend = get_backend()
    if not hasattr(backend, "rebuild"):
        log(f"note: {type(backend).__name__} has no rebuild(); skipping")
        return None
    started = time.perf_counter()
    log(f"rebuilding the search index with {type(backend).__name__}.rebuild() ...")
    backend.rebuild()
    seconds = time.perf_counter() - started
    log(f"search index rebuilt in {seconds:.0f} s")
    return seconds


def _chunks(count: int) -> list[tuple[int, int]]:
    return [(first, min(first + CHUNK - 1, count)) for first in range(1, count + 1, CHUNK)]


def _progress(done: int, count: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    log(f"{done:,}/{count:,} roles, {elapsed:.0f} s, {done / max(elapsed, 1e-9):,.0f} roles/s")


def _load_sqlite(count: int, layout: dict[str, rows.Table]) -> None:
    names = [layout[key].name for key in ("company", "location", "skill", *CHILD_TABLES)]
    with transaction.atomic(), connection.cursor() as cursor:
        for name in reversed(names):
            cursor.execute(f'DELETE FROM "{name}"')
    connection.ensure_connection()
    raw = connection.connection
    if not connection.in_atomic_block:  # SQLite refuses inside a transaction (tests run in one)
        raw.execute("PRAGMA synchronous = OFF")
    with transaction.atomic():
        rows.sqlite_write(raw, layout["company"], rows.company_rows())
        rows.sqlite_write(raw, layout["location"], rows.location_rows())
        rows.sqlite_write(raw, layout["skill"], rows.skill_rows())
    started, done = time.perf_counter(), 0
    for first, last in _chunks(count):
        chunk = rows.chunk_rows(first, last)
        with transaction.atomic():
            for key in CHILD_TABLES:
                if chunk.get(key):
                    rows.sqlite_write(raw, layout[key], chunk[key])
        done += last - first + 1
        if done % 50_000 == 0 or done == count:
            _progress(done, count, started)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _dsn() -> str:
    params = connection.get_connection_params()
    keys = ("host", "port", "dbname", "user", "password")
    return " ".join(f"{key}='{params[key]}'" for key in keys if params.get(key))


def _droppable(names: list[str]) -> dict[str, list[str]]:
    """Secondary indexes and foreign keys on these tables: {name: [drop SQL, restore SQL]}."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT indexname, tablename, indexdef FROM pg_indexes
               WHERE schemaname = current_schema() AND tablename = ANY(%s)
                 AND indexname NOT IN (SELECT conname FROM pg_constraint)""",
            [names],
        )
        found = {
            name: [f'DROP INDEX IF EXISTS "{name}"', sql.replace("INDEX", "INDEX IF NOT EXISTS", 1)]
            for name, _, sql in cursor.fetchall()
        }
        cursor.execute(
            """SELECT conname, conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint
               WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)""",
            [names],
        )
        for name, table, definition in cursor.fetchall():
            found[name] = [
                f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS "{name}"',
                f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}',
            ]
    return found


def _drop_for_load(names: list[str]) -> dict[str, list[str]]:
    """Drop secondary indexes and foreign keys, remembering them in the meta table first, so a load
    that is interrupted still restores them next time."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'dropped'")
        row = cursor.fetchone()
        dropped = (json.loads(row[0]) if row else {}) | _droppable(names)
        cursor.execute(f"DELETE FROM {META_TABLE} WHERE key = 'dropped'")
        cursor.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES ('dropped', %s)", [json.dumps(dropped)])
        for drop, _ in dropped.values():
            cursor.execute(drop)
    return dropped


def _restore(dropped: dict[str, list[str]]) -> None:
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '1GB'")
        cursor.execute("SET max_parallel_maintenance_workers = 2")
        for name, (_, restore) in sorted(dropped.items(), key=lambda item: "CONSTRAINT" in item[1][1]):
            cursor.execute("SELECT 1 FROM pg_constraint WHERE conname = %s", [name])
            if cursor.fetchone() is None:
                log(f"restoring {name}")
                cursor.execute(restore)
        cursor.execute(f"DELETE FROM {META_TABLE} WHERE key = 'dropped'")
        for statement in connection.ops.sequence_reset_sql(no_style(), MODELS):
            cursor.execute(statement)
    log(f"indexes and foreign keys restored in {time.perf_counter() - started:.0f} s; VACUUM ANALYZE")


def _load_postgres(count: int, layout: dict[str, rows.Table], workers: int) -> None:
    names = [table.name for table in layout.values()]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(names)} RESTART IDENTITY CASCADE")
    if workers == 0:
        _load_postgres_here(count, layout)
        return
    dropped = _drop_for_load(names)
    with connection.cursor() as cursor:
        for key, make in (("company", rows.company_rows), ("location", rows.location_rows)):
            rows.pg_write(cursor.cursor, layout[key], make())
        rows.pg_write(cursor.cursor, layout["skill"], rows.skill_rows())
    log(f"dropped {len(dropped)} indexes and foreign keys; loading with {workers} COPY processes")
    started, done = time.perf_counter(), 0
    child_layout = {key: layout[key] for key in CHILD_TABLES}
    jobs = [(_dsn(), child_layout, first, last) for first, last in _chunks(count)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for first, last, _ in pool.imap_unordered(rows.pg_load_chunk, jobs):
            done += last - first + 1
            if done % 50_000 == 0 or done == count:
                _progress(done, count, started)
    _restore(dropped)
    _vacuum()


def _load_postgres_here(count: int, layout: dict[str, rows.Table]) -> None:
    """A small load through Django's own connection, inside the caller's transaction."""
    with connection.cursor() as cursor:
        rows.pg_write(cursor.cursor, layout["company"], rows.company_rows())
        rows.pg_write(cursor.cursor, layout["location"], rows.location_rows())
        rows.pg_write(cursor.cursor, layout["skill"], rows.skill_rows())
        for first, last in _chunks(count):
            chunk = rows.chunk_rows(first, last)
            for key in CHILD_TABLES:
                if chunk.get(key):
                    rows.pg_write(cursor.cursor, layout[key], chunk[key])
        for statement in connection.ops.sequence_reset_sql(no_style(), MODELS):
            cursor.execute(statement)
        cursor.execute("ANALYZE")


def _vacuum() -> None:
    connection.ensure_connection()
    previous = connection.connection.autocommit
    connection.connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
    finally:
        connection.connection.autocommit = previous
