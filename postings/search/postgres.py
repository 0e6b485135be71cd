"""PostgreSQL: a weighted tsvector column kept by triggers, a GIN index, websearch_to_tsquery, ts_rank_cd.

The vector stays on the role row, next to the columns it is filtered with (one GIN bitmap ANDed with theirs),
while the body it indexes lives in RoleText: a trigger on each table recomputes it in the same transaction
as the write (the role's title and keywords with its text's document).
"""

from collections.abc import Iterable, Sequence
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections
from django.db.models import Case, Expression, F, FloatField, Q, QuerySet, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.utils.safestring import SafeString

from .base import START, STOP, SearchBackend, mark
from .lookups import clause_condition
from .query import Clause, ParsedQuery, parse, title_tsquery, to_websearch

CONFIG = "english"
# Ranking reads every match's vector from TOAST (~10 µs each in PERFORMANCE.md, ~100 µs measured on the
# 1M bench database): rank only the newest N matches; older matches follow, newest first.
RANK_CANDIDATES = 200
# Bodies longer than this are cut before indexing: tsvector positions stop at 16,383 anyway.
MAX_BODY = 100_000


def vector_sql(title: str, keywords: str, document: str) -> str:
    """The weighted vector of these SQL expressions: title A, company/team/skills B, body C."""
    return f"""
    setweight(to_tsvector('{CONFIG}', coalesce({title}, '')), 'A')
    || setweight(to_tsvector('{CONFIG}', coalesce({keywords}, '')), 'B')
    || setweight(to_tsvector('{CONFIG}', left(coalesce({document}, ''), {MAX_BODY})), 'C')"""


def _document_of(role_id: str) -> str:
    return f"(SELECT t.search_document FROM postings_roletext t WHERE t.role_id = {role_id})"


_ROLE_VECTOR = vector_sql("NEW.title", "NEW.search_keywords", _document_of("NEW.id"))
# The role row's UPDATE sets search_vector alone, which does not fire the role trigger again.
_TEXT_VECTOR = vector_sql("r.title", "r.search_keywords", "{document}")
TRIGGERS = [
    f"""CREATE OR REPLACE FUNCTION postings_role_search_vector() RETURNS trigger AS $$
    BEGIN NEW.search_vector := {_ROLE_VECTOR}; RETURN NEW; END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS postings_role_search_vector ON postings_role",
    """CREATE TRIGGER postings_role_search_vector
    BEFORE INSERT OR UPDATE OF title, search_keywords ON postings_role
    FOR EACH ROW EXECUTE FUNCTION postings_role_search_vector()""",
    f"""CREATE OR REPLACE FUNCTION postings_roletext_search_vector() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            UPDATE postings_role r SET search_vector = {_TEXT_VECTOR.format(document="NULL")}
            WHERE r.id = OLD.role_id;
            RETURN OLD;
        END IF;
        UPDATE postings_role r SET search_vector = {_TEXT_VECTOR.format(document="NEW.search_document")}
        WHERE r.id = NEW.role_id;
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS postings_roletext_search_vector ON postings_roletext",
    """CREATE TRIGGER postings_roletext_search_vector
    AFTER INSERT OR UPDATE OF search_document OR DELETE ON postings_roletext
    FOR EACH ROW EXECUTE FUNCTION postings_roletext_search_vector()""",
]
DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS postings_roletext_search_vector ON postings_roletext",
    "DROP FUNCTION IF EXISTS postings_roletext_search_vector()",
    "DROP TRIGGER IF EXISTS postings_role_search_vector ON postings_role",
    "DROP FUNCTION IF EXISTS postings_role_search_vector()",
]
# Triggers rather than a generated column: the vector reads two tables.
INSTALL = [
    "ALTER TABLE postings_role ADD COLUMN IF NOT EXISTS search_vector tsvector",
    *TRIGGERS,
    "CREATE INDEX IF NOT EXISTS role_search_vector ON postings_role USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS role_skill_ids ON postings_role USING gin (skill_ids)",
]
UNINSTALL = [
    *DROP_TRIGGERS,
    "DROP INDEX IF EXISTS role_skill_ids",
    "ALTER TABLE postings_role DROP COLUMN IF EXISTS search_vector",
]
HEADLINE_OPTIONS = f'StartSel="{START}", StopSel="{STOP}", MaxWords=35, MinWords=15, MaxFragments=2'


class VectorColumn(Expression):
    """The role table's search_vector column (not a model field: it exists on PostgreSQL only)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.search_vector", []


class PostgresBackend(SearchBackend):
    vendor = "postgresql"
    rank_candidates = RANK_CANDIDATES

    def window_sql(self) -> str | None:
        # The planner's histogram of listed_at (no scan): the bound below which lie (1 - fraction) of roles.
        return (
            "(SELECT b[GREATEST(1, LEAST(array_length(b, 1), "
            "floor((1 - %s) * (array_length(b, 1) - 1))::int + 1))] FROM "
            "(SELECT histogram_bounds::text::timestamptz[] AS b FROM pg_stats WHERE "
            "schemaname = current_schema() AND tablename = 'postings_role' AND attname = 'listed_at') h)"
        )

    def group_ids_sql(self, column: str) -> str:
        return f"string_agg(CAST({column} AS TEXT), ',')"

    def session_sql(self) -> str:
        # A 300k-match GIN bitmap goes lossy in the default 4 MB work_mem, and every lossy page is rechecked
        # by detoasting vectors (1.5 s instead of 0.2 s for "engineer"); JIT costs ~20 ms per plan; parallel
        # workers only repeat the subplans on 2 cores; a runaway facet query is cut off.
        return (
            "SET LOCAL work_mem = '64MB'; SET LOCAL jit = off; "
            "SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL statement_timeout = '5s'; "
        )

    def search(self, queryset: QuerySet, q: str) -> QuerySet:
        parsed = parse(q)
        query = text_query(parsed.clauses)
        if query is None:
            queryset = queryset.annotate(rank=Value(0.0, output_field=FloatField()))
        else:
            queryset = queryset.alias(search_vector=VectorColumn()).annotate(
                rank=SearchRank(VectorColumn(), query, cover_density=True)
            )
        if not parsed.has_lookups:
            return queryset if query is None else queryset.filter(search_vector=query)
        # Each alternative: its text (if any) and its company, skill and place conditions.
        alternatives = []
        for clause in parsed.clauses:
            text = text_query([clause])
            matches = Q() if text is None else Q(search_vector=text)
            alternatives.append(matches & clause_condition(clause, self))
        return queryset.filter(reduce(or_, alternatives))

    def order_by_relevance(self, queryset: QuerySet) -> QuerySet:
        candidates = queryset.order_by("-listed_at", "-id").values("pk")[: self.rank_candidates]
        bounded = Case(When(pk__in=candidates, then=F("rank")), default=Value(0.0), output_field=FloatField())
        return queryset.alias(bounded_rank=bounded).order_by("-bounded_rank", "-listed_at", "-id")

    def snippets(self, roles: Iterable, q: str) -> dict[int, SafeString]:
        parsed, ids = parse(q).for_highlighting(), [role.pk for role in roles]
        if not parsed.words or not ids:
            return {}
        sql = (
            "SELECT role_id, ts_headline(%s, search_document, websearch_to_tsquery(%s, %s), %s) "
            "FROM postings_roletext WHERE role_id = ANY(%s)"
        )
        with connections["default"].cursor() as cursor:
            cursor.execute(sql, [CONFIG, CONFIG, to_websearch(parsed), HEADLINE_OPTIONS, ids])
            return {pk: mark(text) for pk, text in cursor.fetchall() if text}

    def install(self, using: str) -> None:
        with connections[using].cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM information_schema.columns "
                "WHERE table_name = 'postings_role' AND column_name = 'search_vector'"
            )
            fresh = cursor.fetchone() is None
            for statement in INSTALL:
                cursor.execute(statement)
        if fresh:
            self.rebuild(using)

    def rebuild(self, using: str | None = None) -> None:
        # The trigger fills the vector on INSERT (COPY included): a full rewrite is needed only for rows
        # written before it existed, so only rows without a vector are touched; then fresh statistics.
        with connections[using or "default"].cursor() as cursor:
            vector = vector_sql("r.title", "r.search_keywords", _document_of("r.id"))
            cursor.execute(
                f"UPDATE postings_role r SET search_vector = {vector} WHERE r.search_vector IS NULL"
            )
            cursor.execute("ANALYZE postings_role")

    def count_up_to(self, queryset: QuerySet, limit: int) -> int:
        return self._bounded_count(queryset, limit)[0]

    def sized_count(self, queryset: QuerySet, limit: int) -> tuple[int, int | None]:
        # The planner multiplies the words' frequencies as if independent: 5,143 for "rust infrastructure"
        # on 1,000,000 roles that hold 17,665 matches, which made the facet window 3.4 times too wide. The
        # bitmap reads matches in table order, so the share of the table read before the limit was reached
        # measures the whole set (17,038 there; 226,600 for the 269,740 of "engineer").
        counted, pages_read, pages = self._bounded_count(queryset, limit)
        if counted < limit:
            return counted, None
        if pages_read and pages:
            return counted, round(counted * pages / pages_read)
        return counted, self.estimate_count(queryset)

    def _bounded_count(self, queryset: QuerySet, limit: int) -> tuple[int, int | None, int | None]:
        """The count up to `limit`, and for a text search the table pages read to reach it and the table's."""
        # With a LIMIT the planner prefers reading rows in table or id order and testing each one's vector,
        # detoasting thousands ("engineer": 7,600 vectors, 110-150 ms on 100,000 roles); the text index's
        # bitmap answers the same count from heap pages alone (13 ms).
        text = "search_vector" in queryset.query.annotations
        if not text:
            sql, params = queryset.order_by().values("pk")[:limit].query.sql_with_params()
            with connections[queryset.db].cursor() as cursor:
                cursor.execute(f"SELECT COUNT(*) FROM ({sql}) counted", params)
                return int(cursor.fetchone()[0]), None, None
        table = queryset.model._meta.db_table
        row = RawSQL(f'"{table}".ctid', [], output_field=TextField())
        sql, params = queryset.order_by().annotate(row=row).values("row")[:limit].query.sql_with_params()
        # The bitmap heap scan returns rows in table order: the last row's page is how far it read.
        counted = (
            "SELECT COUNT(*), MAX((CAST(CAST(row AS TEXT) AS point))[0]) + 1, "
            f"pg_relation_size('{table}') / current_setting('block_size')::int FROM ({sql}) counted"
        )
        bitmap = "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; "
        # One round trip, so the SET LOCALs and the count share one implicit transaction.
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(bitmap + counted, params)
            while cursor.description is None and cursor.nextset():
                pass  # skip the results of the SET statements
            found, pages_read, pages = cursor.fetchone()
            return int(found), pages_read and int(pages_read), pages and int(pages)

    def estimate_count(self, queryset: QuerySet) -> int | None:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        return int(plan[0]["Plan"]["Plan Rows"])

    def with_any_skill(self, skill_ids: QuerySet) -> Q:
        # The GIN-indexed skill_ids array: a bitmap ANDed with the text index's (30 ms for "skill:rust
        # infrastructure" on 200,000 roles, where a join checked the text of each Rust role: 300 ms).
        return Q(skill_ids__has_any=skill_ids)

    def skill_rows_sql(self, table: str, where: str) -> str:
        return f"SELECT unnest({table}.skill_ids) AS skill_id FROM {table} WHERE {where}"

    def place_rows_sql(self, table: str, where: str) -> str:
        places = f"unnest({table}.location_ids) AS location_id"
        return f"SELECT {table}.id AS role_id, {places} FROM {table} WHERE {where}"


def text_query(clauses: Sequence[Clause]) -> SearchQuery | None:
    """One tsquery for the clauses' words and title: terms, or None when they have none."""
    if not any(t.field == "title" for c in clauses for t in c.include + c.exclude):
        text = to_websearch(ParsedQuery(tuple(clauses)))
        return SearchQuery(text, search_type="websearch", config=CONFIG) if text else None
    alternatives = [query for query in map(_clause_query, clauses) if query is not None]
    return reduce(or_, alternatives) if alternatives else None


def _clause_query(clause: Clause) -> SearchQuery | None:
    """Plain words in websearch syntax, ANDed with each title: term restricted to the title's weight A."""
    plain = [tuple(t for t in terms if not t.field) for terms in (clause.include, clause.exclude)]
    text = to_websearch(ParsedQuery((Clause(*plain),)))
    parts = [SearchQuery(text, search_type="websearch", config=CONFIG)] if text else []
    for terms, negated in ((clause.include, False), (clause.exclude, True)):
        for term in terms:
            if term.field == "title":
                title = SearchQuery(title_tsquery(term), search_type="raw", config=CONFIG)
                parts.append(~title if negated else title)
    return reduce(and_, parts) if parts else None


def uninstall(using: str) -> None:
    """Drop the column, trigger and indexes (the migration's reverse)."""
    with connections[using].cursor() as cursor:
        for statement in UNINSTALL:
            cursor.execute(statement)
