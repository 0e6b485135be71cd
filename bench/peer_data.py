"""The peer's data: the bench's open roles as Datasette tables, with full-text search and facets.

Built with sqlite-utils from the bench's own SQLite file (never regenerated), as a Datasette user would
publish the same data: a denormalised ``roles`` table (company name, skill names and countries as JSON
arrays, which Datasette facets with ``{"array": ...}``), indexes on the columns it filters, facets and sorts
by, and an FTS5 index on title, company and description with the same Porter stemmer as jobboard's.
The text lives in a table of its own (``role_text``, same ids), which Datasette's search reaches through
``fts_table``/``fts_pk``: with the description in ``roles``, Datasette's array facets (a DISTINCT over whole
rows) took ~10 s to browse 27,000 remote roles, so the peer is given the narrow table.
No Django here: ``peer.py`` runs it in the orchestrating process.
"""

import json
import sqlite3
from contextlib import closing
from pathlib import Path

TABLE = "roles"
TEXT_TABLE = "role_text"
META_TABLE = "peer_source"
# Bump when the table's shape changes, so a cached peer file is rebuilt.
PEER_VERSION = 2
FTS_COLUMNS = ("title", "company", "description")
# The facets jobboard's search page shows that are plain values or lists on a role: its pay bands and
# "posted within" are ranges of a number, which Datasette facets only as raw values.
FACETS = ("seniority", "work_mode", "employment_type", "company", {"array": "skills"}, {"array": "countries"})
SORT_DESC = "listed_at"
PAGE_SIZE = 20  # jobboard's page
FACET_SIZE = 8  # jobboard's postings.facets.TOP
INDEXES = (("listed_at",), ("work_mode", "listed_at"), ("seniority",), ("employment_type",), ("company",))
ROLES_SQL = """
SELECT r.id, r.title, c.name AS company, r.seniority, r.work_mode, r.employment_type, r.listed_at,
       r.pay_min_usd, r.pay_max_usd, t.search_document AS description,
       (SELECT json_group_array(s.name) FROM postings_roleskill rs JOIN postings_skill s ON s.id = rs.skill_id
         WHERE rs.role_id = r.id) AS skills,
       (SELECT json_group_array(DISTINCT l.country) FROM postings_role_locations rl
          JOIN postings_location l ON l.id = rl.location_id WHERE rl.role_id = r.id AND l.country <> '')
         AS countries
FROM postings_role r JOIN postings_company c ON c.id = r.company_id
LEFT JOIN postings_roletext t ON t.role_id = r.id
WHERE r.status = 'open'
ORDER BY r.id
"""


def metadata(database: str) -> dict:
    """Datasette's metadata for the peer file served under the name `database`."""
    return {
        "title": "jobboard's bench roles, served by Datasette",
        "databases": {
            database: {
                "tables": {
                    TABLE: {
                        "fts_table": f"{TEXT_TABLE}_fts",
                        "fts_pk": "id",
                        "searchmode": "escaped",
                        "facets": list(FACETS),
                        "sort_desc": SORT_DESC,
                        "size": PAGE_SIZE,
                    },
                    META_TABLE: {"hidden": True},
                }
            }
        },
    }


def facet_names() -> list[str]:
    """The facets' names as Datasette's JSON keys them in ``facet_results``."""
    return [facet if isinstance(facet, str) else next(iter(facet.values())) for facet in FACETS]


def settings() -> dict[str, str]:
    """Datasette settings (`--setting`): every facet computed, like jobboard's; no suggested facets."""
    return {
        "default_facet_size": str(FACET_SIZE),
        # The defaults (200 ms per facet, 1 s per query) drop a slow facet or count from the page and so
        # would time less work than jobboard does; the bench reports any timeout that still happens.
        "facet_time_limit_ms": "10000",
        "sql_time_limit_ms": "10000",
        # jobboard computes no suggestions; Datasette would run extra queries for them on HTML pages.
        "suggest_facets": "off",
    }


def source_marker(source: Path) -> str:
    """What the bench's file says it holds (its bench_meta row), plus this module's version."""
    with _read_only(source) as conn:
        (value,) = conn.execute("SELECT value FROM bench_meta WHERE key = 'dataset'").fetchone()
    return f"{value} peer=v{PEER_VERSION}"


def is_current(source: Path, target: Path) -> bool:
    """Whether `target` was built from `source` as it is now."""
    if not target.exists():
        return False
    try:
        with _read_only(target) as conn:
            row = conn.execute(f"SELECT marker FROM {META_TABLE}").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == source_marker(source)


def build(source: Path, target: Path) -> int:
    """(Re)build the peer file from the bench's SQLite file; returns the number of roles."""
    import sqlite_utils

    marker = source_marker(source)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    with _read_only(source) as conn:
        conn.row_factory = sqlite3.Row
        for rows in _batches(conn.execute(ROLES_SQL)):
            roles, texts = zip(*(split_role(dict(row)) for row in rows), strict=True)
            db[TABLE].insert_all(roles, pk="id", columns={"skills": str, "countries": str})
            db[TEXT_TABLE].insert_all(texts, pk="id")
    table = db[TABLE]
    db[TEXT_TABLE].enable_fts(list(FTS_COLUMNS), tokenize="porter", create_triggers=False)
    for columns in INDEXES:
        table.create_index(list(columns))
    db[META_TABLE].insert({"marker": marker})
    db.analyze()
    count = table.count
    db.close()
    partial.replace(target)
    return count


def _batches(cursor: sqlite3.Cursor, size: int = 2_000):
    while rows := cursor.fetchmany(size):
        yield rows


def split_role(role: dict) -> tuple[dict, dict]:
    """A source row as a `roles` row and a `role_text` row (the description moves to the latter)."""
    text = {"id": role["id"], "title": role["title"], "company": role["company"]}
    text["description"] = role.pop("description")
    # json_group_array gives [] over no rows and [null] for DISTINCT over NULLs; keep JSON text.
    for name in ("skills", "countries"):
        role[name] = json.dumps([value for value in json.loads(role[name] or "[]") if value])
    return role, text


def _read_only(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
