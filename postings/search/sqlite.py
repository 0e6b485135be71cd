"""SQLite: an external-content FTS5 table over the role rows and their text, kept in step by triggers, ranked
by bm25.

The indexed columns live in two tables (title and keywords on the narrow role row, the body in RoleText), so
the FTS5 content is a view joining them. Every write to either table first deletes the role's entry as the
view shows it (BEFORE), then inserts it as the view shows it now (AFTER): FTS5 needs the exact old values to
delete an entry, and the view always has them. SQLite will not remake (rename) a table that a view or trigger
reads, so a migration that remakes postings_role or postings_roletext calls uninstall() first and install()
after (see 0007).
"""

from collections.abc import Iterable
from functools import reduce
from operator import or_

from django.db import connections
from django.db.models import Expression, F, FloatField, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils.safestring import SafeString

from ..models import RoleSkill
from .base import START, STOP, SearchBackend, mark
from .lookups import clause_condition
from .models import TABLE, RoleSearchEntry
from .query import Clause, ParsedQuery, clause_fts5, excluded_fts5, parse, to_fts5

COLUMNS = ("title", "search_keywords", "search_document")
# bm25 weights per column: a title match outweighs company/skills, which outweigh the body.
WEIGHTS = "bm25(10.0, 4.0, 1.0)"

CONTENT = f"{TABLE}_content"
_VIEW = f"""
CREATE VIEW IF NOT EXISTS {CONTENT} AS SELECT r.id AS id, r.title AS title,
    r.search_keywords AS search_keywords, t.search_document AS search_document
FROM postings_role r LEFT JOIN postings_roletext t ON t.role_id = r.id"""
_CREATE = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
    {", ".join(COLUMNS)}, content='{CONTENT}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
)"""


def _delete(role_id: str) -> str:
    return (
        f"INSERT INTO {TABLE}({TABLE}, rowid, {', '.join(COLUMNS)}) "
        f"SELECT 'delete', id, {', '.join(COLUMNS)} FROM {CONTENT} WHERE id = {role_id};"
    )


def _insert(role_id: str) -> str:
    return (
        f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) "
        f"SELECT id, {', '.join(COLUMNS)} FROM {CONTENT} WHERE id = {role_id};"
    )


# Triggers catch every write (importer, admin, deletes, bulk loads); a table remake by a later migration
# drops them, which is why install() also runs after every migrate.
def _triggers(name: str, event: str, table: str, old: str | None, new: str | None) -> dict[str, str]:
    """A write's triggers: unindex the role's entry before it (old), index it again after (new)."""
    found = {}
    if old:
        found[f"{TABLE}_{name}_unindex"] = f"BEFORE {event} ON {table} BEGIN {_delete(old)} END"
    if new:
        found[f"{TABLE}_{name}_index"] = f"AFTER {event} ON {table} BEGIN {_insert(new)} END"
    return found


_ROLE, _TEXT = "postings_role", "postings_roletext"
TRIGGERS = {
    **_triggers("role_insert", "INSERT", _ROLE, None, "new.id"),
    **_triggers("role_delete", "DELETE", _ROLE, "old.id", None),
    **_triggers("role_update", "UPDATE OF title, search_keywords", _ROLE, "old.id", "new.id"),
    **_triggers("text_insert", "INSERT", _TEXT, "new.role_id", "new.role_id"),
    **_triggers("text_update", "UPDATE OF search_document", _TEXT, "old.role_id", "new.role_id"),
    **_triggers("text_delete", "DELETE", _TEXT, "old.role_id", "old.role_id"),
}
# Before RoleText (migration 0006) the index read the role table itself, under these trigger names.
LEGACY_TRIGGERS = (f"{TABLE}_insert", f"{TABLE}_delete", f"{TABLE}_update")


class TextRank(Expression):
    """The role's bm25 rank for an FTS5 expression (higher is better), NULL when its text does not match."""

    output_field = FloatField()

    def __init__(self, expression: str):
        super().__init__()
        self.expression = expression

    def as_sql(self, compiler, connection):
        role = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        # LIMIT -1 keeps SQLite from flattening the subquery into one MATCH per role (1.1 s for 7,000 roles):
        # it reads the matches once, with an automatic index on id (40 ms).
        matches = f"SELECT rowid AS id, rank FROM {TABLE} WHERE {TABLE} MATCH %s LIMIT -1"
        return f"(SELECT -m.rank FROM ({matches}) m WHERE m.id = {role}.id)", [self.expression]


class SQLiteBackend(SearchBackend):
    vendor = "sqlite"

    def search(self, queryset: QuerySet, q: str) -> QuerySet:
        parsed = parse(q)
        if len(parsed.clauses) > 1 and parsed.has_lookups:
            return self._search_alternatives(queryset, parsed)
        clause = parsed.clauses[0] if len(parsed.clauses) == 1 else Clause()
        expression = to_fts5(parsed)
        if expression:
            # Joined, not a subquery: bm25 ranks in the same pass that matches.
            queryset = queryset.filter(search_entry__match__fts=expression).annotate(
                rank=-F("search_entry__rank")
            )
        else:
            if excluded := excluded_fts5(clause):
                queryset = queryset.exclude(_matching(excluded))
            queryset = queryset.annotate(rank=Value(0.0, output_field=FloatField()))
        return queryset.filter(clause_condition(clause, self))

    def _search_alternatives(self, queryset: QuerySet, parsed: ParsedQuery) -> QuerySet:
        """ "a or company:b": each alternative's text match is a subquery of the index, ORed with the rest."""
        alternatives = []
        for clause in parsed.clauses:
            text = Q()
            if clause.has_text:
                text = _matching(clause_fts5(clause))
            elif excluded := excluded_fts5(clause):
                text = ~_matching(excluded)
            alternatives.append(text & clause_condition(clause, self))
        rank = Value(0.0, output_field=FloatField())
        if expression := to_fts5(parsed):
            # Roles matched only by a company, skill or place rank 0, the others by their text.
            rank = Coalesce(TextRank(expression), rank, output_field=FloatField())
        return queryset.filter(reduce(or_, alternatives)).annotate(rank=rank)

    def snippets(self, roles: Iterable, q: str) -> dict[int, SafeString]:
        expression = to_fts5(parse(q).for_highlighting())
        ids = [role.pk for role in roles]
        if not expression or not ids:
            return {}
        sql = (
            f"SELECT rowid, snippet({TABLE}, 2, %s, %s, '…', 24) FROM {TABLE} "
            f"WHERE {TABLE} MATCH %s AND rowid IN ({', '.join(['%s'] * len(ids))})"
        )
        with connections["default"].cursor() as cursor:
            cursor.execute(sql, [START, STOP, expression, *ids])
            return {pk: mark(text) for pk, text in cursor.fetchall() if text}

    def install(self, using: str) -> None:
        with connections[using].cursor() as cursor:
            cursor.execute(_VIEW)
            cursor.execute(_CREATE)
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('rank', %s)", [WEIGHTS])
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            existing = {name for (name,) in cursor.fetchall()}
            missing = [name for name in TRIGGERS if name not in existing]
            for name in missing:
                cursor.execute(f"CREATE TRIGGER {name} {TRIGGERS[name]}")
        if missing:
            self.rebuild(using)

    def rebuild(self, using: str | None = None) -> None:
        with connections[using or "default"].cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")

    def newest_by_id(self, queryset: QuerySet) -> QuerySet:
        # FTS5 walks a match's rowids backwards itself (10 ms for the newest 2,001 of 27,000 "engineer"
        # roles); ordering by the role's id instead sorted every match.
        if any(join.table_name == TABLE for join in queryset.query.alias_map.values()):
            return queryset.order_by("-search_entry__role_id")
        return queryset.order_by("-pk")

    def with_any_skill(self, skill_ids: QuerySet) -> Q:
        # Through the role-skill table's skill index.
        return Q(pk__in=RoleSkill.objects.filter(skill_id__in=skill_ids).values("role_id"))

    def skill_rows_sql(self, table: str, where: str) -> str:
        return f"SELECT j.value AS skill_id FROM {table}, json_each({table}.skill_ids) AS j WHERE {where}"

    def place_rows_sql(self, table: str, where: str) -> str:
        return (
            f"SELECT {table}.id AS role_id, j.value AS location_id "
            f"FROM {table}, json_each({table}.location_ids) AS j WHERE {where}"
        )


def _matching(expression: str) -> Q:
    """Roles whose index entry matches the FTS5 expression."""
    return Q(pk__in=RoleSearchEntry.objects.filter(match__fts=expression).values("role_id"))


def uninstall(using: str) -> None:
    """Drop the FTS table, its content view and its triggers, current or legacy (the migrations' reverse)."""
    with connections[using].cursor() as cursor:
        for name in (*TRIGGERS, *LEGACY_TRIGGERS):
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
        cursor.execute(f"DROP VIEW IF EXISTS {CONTENT}")
