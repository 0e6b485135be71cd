"""The search structures as migrations 0002-0005 left them (the body on the role row), for those migrations
and for the reverse of 0006, which moved the body to RoleText. Frozen: never change these to follow the
current schema; the current structures are in sqlite.py and postgres.py."""

from django.db import connections

from .models import TABLE

_COLUMNS = "title, search_keywords, search_document"
_OLD = "old.title, old.search_keywords, old.search_document"
_NEW = "new.title, new.search_keywords, new.search_document"
_DELETE_OLD = f"INSERT INTO {TABLE}({TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD});"
_INSERT_NEW = f"INSERT INTO {TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW});"
SQLITE_TRIGGERS = {
    f"{TABLE}_insert": f"AFTER INSERT ON postings_role BEGIN {_INSERT_NEW} END",
    f"{TABLE}_delete": f"AFTER DELETE ON postings_role BEGIN {_DELETE_OLD} END",
    f"{TABLE}_update": f"AFTER UPDATE OF {_COLUMNS} ON postings_role BEGIN {_DELETE_OLD} {_INSERT_NEW} END",
}
SQLITE_INSTALL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({_COLUMNS}, content='postings_role',
    content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""",
    f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)')",
    *(f"CREATE TRIGGER IF NOT EXISTS {name} {body}" for name, body in SQLITE_TRIGGERS.items()),
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS),
    f"DROP TABLE IF EXISTS {TABLE}",
]

_VECTOR = """
    setweight(to_tsvector('english', coalesce({p}title, '')), 'A')
    || setweight(to_tsvector('english', coalesce({p}search_keywords, '')), 'B')
    || setweight(to_tsvector('english', left(coalesce({p}search_document, ''), 100000)), 'C')"""
POSTGRES_TRIGGER = [
    f"""CREATE OR REPLACE FUNCTION postings_role_search_vector() RETURNS trigger AS $$
    BEGIN NEW.search_vector := {_VECTOR.format(p="NEW.")}; RETURN NEW; END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS postings_role_search_vector ON postings_role",
    """CREATE TRIGGER postings_role_search_vector
    BEFORE INSERT OR UPDATE OF title, search_keywords, search_document ON postings_role
    FOR EACH ROW EXECUTE FUNCTION postings_role_search_vector()""",
]
POSTGRES_INSTALL = [
    "ALTER TABLE postings_role ADD COLUMN IF NOT EXISTS search_vector tsvector",
    *POSTGRES_TRIGGER,
    "CREATE INDEX IF NOT EXISTS role_search_vector ON postings_role USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS role_skill_ids ON postings_role USING gin (skill_ids)",
    f"UPDATE postings_role SET search_vector = {_VECTOR.format(p='')} WHERE search_vector IS NULL",
]
POSTGRES_DROP_TRIGGER = [
    "DROP TRIGGER IF EXISTS postings_role_search_vector ON postings_role",
    "DROP FUNCTION IF EXISTS postings_role_search_vector()",
]
POSTGRES_UNINSTALL = [
    *POSTGRES_DROP_TRIGGER,
    "DROP INDEX IF EXISTS role_skill_ids",
    "ALTER TABLE postings_role DROP COLUMN IF EXISTS search_vector",
]


def _run(using: str, statements: list[str]) -> None:
    with connections[using].cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install(using: str) -> None:
    """Create the 0002-0005 search structures (idempotent) and fill them."""
    vendor = connections[using].vendor
    _run(using, POSTGRES_INSTALL if vendor == "postgresql" else SQLITE_INSTALL)


def uninstall(using: str) -> None:
    """Drop the 0002-0005 search structures (the vector column and its index too, on PostgreSQL)."""
    vendor = connections[using].vendor
    _run(using, POSTGRES_UNINSTALL if vendor == "postgresql" else SQLITE_UNINSTALL)
