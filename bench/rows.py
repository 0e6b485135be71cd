"""Database rows for synthetic roles, and the writers that insert them (SQLite executemany, PostgreSQL COPY).

Nothing here imports Django models, so PostgreSQL loader processes (``multiprocessing`` spawn) start
quickly; ``load.py`` passes in the table layout (names and columns) it read from the models.
"""

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from postings.parsing.pay import annual_usd

from . import generate


@dataclass(frozen=True)
class Table:
    """A table to fill: its name, the columns we set, and constant values for columns we do not."""

    name: str
    columns: tuple[str, ...]
    extra: tuple[tuple[str, object], ...] = ()

    def all_columns(self) -> tuple[str, ...]:
        return self.columns + tuple(column for column, _ in self.extra)


def company_rows() -> list[tuple]:
    return [
        (c.id, c.name, c.slug, c.key, c.website, c.description, generate.ANCHOR) for c in generate.companies()
    ]


def location_rows() -> list[tuple]:
    return list(generate.locations())


def skill_rows() -> list[tuple]:
    return [(n, s.name, s.slug, s.category) for n, s in enumerate(generate.SKILLS, start=1)]


def role_rows(role: generate.Role) -> dict[str, list[tuple]]:
    """Every row one role needs, keyed by the logical table name used in load.TABLES."""
    pay_min, pay_max = annual_usd(role.pay) if role.pay else (None, None)
    if pay_min is not None and pay_max is not None and pay_min > pay_max:
        pay_min, pay_max = pay_max, pay_min
    raw = f"Synthetic posting {role.id} for {role.title} at {role.company.name} (bench generator)."
    rows = {
        "role": [
            (
                role.id,
                role.company.id,
                role.title,
                role.slug,
                role.team,
                role.seniority,
                role.employment_type,
                role.work_mode,
                role.remote_restriction,
                role.relocation_assistance,
                role.min_years_experience,
                f"{role.company.website}/jobs/{role.id}",
                role.posted_at,
                role.status,
                role.created_at,
                role.created_at,
                role.listed_at,
                pay_min,
                pay_max,
                role.title_key,
                role.search_keywords(),
                role.skill_ids(),
                sorted(role.location_ids),
            )
        ],
        "roletext": [
            (
                role.id,
                role.summary,
                json.dumps(role.responsibilities),
                json.dumps(role.requirements),
                json.dumps(role.nice_to_have),
                json.dumps(role.benefits),
                role.about_company,
                role.search_document(),
            )
        ],
        "source": [
            (
                role.id,
                role.id,
                "careers",
                f"{role.company.website}/jobs/{role.id}",
                f"bench/{role.id}.txt",
                raw,
                hashlib.sha256(raw.encode()).hexdigest(),
                "bench",
                "{}",
                role.created_at,
            )
        ],
        "role_locations": [(role.id, location_id) for location_id in role.location_ids],
        "roleskill": [(role.id, skill_id, required) for skill_id, required in role.skills],
        "compensation": [],
    }
    for pay in (role.pay, role.estimate):
        if pay is not None:
            annual_min, annual_max = annual_usd(pay)
            rows["compensation"].append(
                (
                    role.id,
                    role.id,
                    pay.min_amount,
                    pay.max_amount,
                    pay.currency,
                    pay.period,
                    pay.kind,
                    pay.is_estimate,
                    pay.equity,
                    False,
                    annual_min,
                    annual_max,
                )
            )
    return rows


def chunk_rows(first: int, last: int) -> dict[str, list[tuple]]:
    """Rows for roles first..last (inclusive), grouped by table."""
    out: dict[str, list[tuple]] = {}
    for i in range(first, last + 1):
        for table, rows in role_rows(generate.role(i)).items():
            out.setdefault(table, []).extend(rows)
    return out


def _sqlite_value(value):
    if isinstance(value, datetime):
        return str(value.astimezone(UTC).replace(tzinfo=None))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple | dict):
        return json.dumps(value)
    return value


def sqlite_write(raw_connection, table: Table, rows: list[tuple]) -> None:
    """Insert rows with executemany on a raw sqlite3 connection (inside the caller's transaction)."""
    extra = tuple(_sqlite_value(value) for _, value in table.extra)
    columns = table.all_columns()
    sql = f'INSERT INTO "{table.name}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
    raw_connection.executemany(sql, [tuple(_sqlite_value(v) for v in row) + extra for row in rows])


def pg_write(cursor, table: Table, rows: list[tuple]) -> None:
    """COPY rows into a PostgreSQL table through psycopg 3."""
    extra = tuple(value for _, value in table.extra)
    columns = ", ".join(f'"{c}"' for c in table.all_columns())
    with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row + extra)


def pg_load_chunk(args: tuple) -> tuple[int, int, float]:
    """Worker: generate roles first..last and COPY them in one transaction; returns (first, last, seconds)."""
    import psycopg

    dsn, tables, first, last = args
    started = time.perf_counter()
    rows = chunk_rows(first, last)
    with psycopg.connect(dsn) as conn, conn.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
        for key, table in tables.items():
            if rows.get(key):
                pg_write(cursor, table, rows[key])
    return first, last, time.perf_counter() - started
