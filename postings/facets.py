"""Facet counts for the search page: every facet from ONE query over the match set.

The match set of the filters that are not facets (query, place, closed roles) is materialised once, with a
boolean column per active facet filter. Each facet then counts the rows that pass every *other* facet filter,
so ticking "senior" still shows how many "staff" roles there are. Skills are the exception: all ticked skills
must match, so their counts apply the skill filter too and each count is what ticking that skill would give.

Counts are exact when the match set holds at most settings.SEARCH_FACETS_EXACT_UP_TO roles, as a bounded
count of the actual rows says (never a planner's guess). Larger sets are counted on a window of their newest
matches and scaled by the window's share of the table, so the query's cost stays flat however many roles
match: on SQLite the newest N+1 matches by id (the same query, FTS5 reading its rowids backwards), on
PostgreSQL the matches among the newest fraction of roles by listed_at (a text-index bitmap ANDed with the
listed_at index). Pages then say "about N". On PostgreSQL a searched match set of at most WHOLE_UP_TO roles
with facet filters ticked is read whole, the window a column rather than a condition: the text index's bitmap
reads every match's row either way, and the filtered total (often below the page's exact threshold) is then
exact without a second count.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone

from .choices import EmploymentType, Seniority, WorkMode
from .filters import FACETED, RoleFilter
from .parsing._rates import to_usd
from .search import get_backend

TOP = 8
# Up to this many estimated matches the facet query reads every match (PostgreSQL).
WHOLE_UP_TO = 25_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TOP_MORE = 60
PAY_BANDS = (50_000, 100_000, 150_000, 200_000, 300_000)  # per year, in the visitor's currency
POSTED_WITHIN = (1, 7, 30)
ENUMS = {"seniority": Seniority, "work_mode": WorkMode, "employment_type": EmploymentType}
COLUMNS = ("id", "seniority", "work_mode", "employment_type", "company_id", "skill_ids", "location_ids")
COLUMNS += ("pay_min_usd", "pay_max_usd", "listed_at")


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facets:
    total: int
    # True when counts come from a window of the newest matches, scaled: shown as "about N".
    approximate: bool = False
    # True when `total` was counted over every match (even when the other counts were sampled).
    total_exact: bool = True
    groups: dict[str, list[FacetValue]] = field(default_factory=dict)
    more: dict[str, bool] = field(default_factory=dict)
    with_pay: int = 0
    without_pay: int = 0
    # Ids of the newest matches to rank (relevance sort on a backend that ranks a bounded set), else None.
    candidates: list[int] | None = None
    # How many matching roles the approximate counts were counted on.
    sample_size: int = 0


class _Sql:
    """Accumulates UNION ALL branches and their parameters in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list = []

    def add(self, sql: str, *params) -> None:
        self.parts.append(sql)
        self.params.extend(params)


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))


def _base_sql(
    filterset: RoleFilter, flags: dict, limit: int | None, window=None, *, whole: bool = False
) -> tuple[str, list]:
    queryset = filterset.shared_queryset().order_by()
    if limit:
        # The newest matches first, in the order the index reads them: the LIMIT stops the scan.
        queryset = get_backend(queryset.db).newest_by_id(queryset)
    if window and not filterset.has_query:
        # Browsing: the newest roles straight from the (status, listed_at) index.
        queryset, limit, window = queryset.order_by("-listed_at", "-id"), window[2], None
    wrapped = {f"f_{name}": ExpressionWrapper(q, output_field=BooleanField()) for name, q in flags.items()}
    if window:
        sql, fraction, _ = window
        newest = Q(listed_at__gte=Coalesce(RawSQL(sql, [fraction]), Value(_EPOCH)))
        if whole:
            # Every match, marked whether it is in the window: the counts read the window, the total all.
            wrapped["in_window"] = ExpressionWrapper(newest, output_field=BooleanField())
        else:
            # Only the newest roles: a GIN bitmap ANDed with the (status, listed_at) index, no LIMIT scan.
            queryset = queryset.filter(newest)
    queryset = queryset.annotate(**wrapped).values(*COLUMNS, *wrapped)
    if limit:
        queryset = queryset[:limit]
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    return sql, list(params)


def _enum_branches(sql: _Sql, where) -> None:
    for name in ENUMS:
        sql.add(
            f"SELECT '{name}', {name}, '', COUNT(*) FROM base WHERE {where(name)} AND {name} <> '' "
            f"GROUP BY {name}"
        )


def _top_branches(sql: _Sql, filterset: RoleFilter, where, limits: dict, backend) -> None:
    # One row beyond the limit (plus the ticked ones) tells whether a "more" link is needed.
    limits = {name: limit + 1 + len(filterset.cleaned(name) or []) for name, limit in limits.items()}
    skills = backend.skill_rows_sql("base", where("skill"))
    sql.add(
        f"SELECT 'skill', s.slug, s.name, t.n FROM (SELECT skill_id, COUNT(*) AS n FROM ({skills}) x "
        f"GROUP BY skill_id ORDER BY n DESC, skill_id LIMIT {limits['skill']}) t "
        "JOIN postings_skill s ON s.id = t.skill_id"
    )
    sql.add(
        f"SELECT 'company', c.slug, c.name, t.n FROM (SELECT company_id, COUNT(*) AS n FROM base "
        f"WHERE {where('company')} GROUP BY company_id ORDER BY n DESC, company_id "
        f"LIMIT {limits['company']}) t JOIN postings_company c ON c.id = t.company_id"
    )
    # Place ids on the role row: the join is with the small place table, not the role-place links.
    places = (
        f"FROM ({backend.place_rows_sql('base', where('country'))}) p "
        "JOIN postings_location l ON l.id = p.location_id WHERE l.country <> ''"
    )
    sql.add(
        f"SELECT 'country', t.country, t.country, t.n FROM (SELECT l.country, COUNT(DISTINCT p.role_id) AS n "
        f"{places} GROUP BY l.country ORDER BY n DESC, l.country LIMIT {limits['country']}) t"
    )
    # Ticked values outside the top still need their counts, so they can be unticked.
    if slugs := filterset.cleaned("company"):
        sql.add(
            "SELECT 'company', c.slug, c.name, COUNT(base.id) FROM postings_company c LEFT JOIN base "
            f"ON base.company_id = c.id AND {where('company')} WHERE c.slug IN ({_marks(slugs)}) "
            "GROUP BY c.slug, c.name",
            *slugs,
        )
    if codes := filterset.cleaned("country"):
        sql.add(
            f"SELECT 'country', l.country, l.country, COUNT(DISTINCT p.role_id) {places} "
            f"AND l.country IN ({_marks(codes)}) GROUP BY l.country",
            *codes,
        )


def _band_branches(sql: _Sql, filterset: RoleFilter, where, connection) -> None:
    currency = filterset.cleaned("currency") or "USD"
    thresholds = [float(to_usd(Decimal(band), currency) or band) for band in PAY_BANDS]
    top = "COALESCE(pay_max_usd, pay_min_usd)"
    cases = " ".join(
        f"WHEN {top} >= %s THEN {band}" for band, _ in reversed(list(zip(PAY_BANDS, thresholds, strict=True)))
    )
    sql.add(
        f"SELECT 'pay', CAST(band AS TEXT), '', COUNT(*) FROM (SELECT CASE WHEN {top} IS NULL THEN -1 "
        f"{cases} ELSE 0 END AS band FROM base WHERE {where('pay')}) x GROUP BY band",
        *reversed(thresholds),
    )
    now = timezone.now()
    since = [connection.ops.adapt_datetimefield_value(now - timedelta(days=d)) for d in POSTED_WITHIN]
    cases = " ".join(f"WHEN listed_at >= %s THEN {days}" for days in POSTED_WITHIN)
    sql.add(
        f"SELECT 'posted_within', CAST(days AS TEXT), '', COUNT(*) FROM (SELECT CASE {cases} ELSE 0 END "
        f"AS days FROM base WHERE {where('posted_within')}) x GROUP BY days",
        *since,
    )


def exact_up_to() -> int:
    """The largest match set whose facets are counted exactly."""
    return settings.SEARCH_FACETS_EXACT_UP_TO


def _window(filterset: RoleFilter, backend) -> tuple[float | None, bool]:
    """The fraction of newest roles whose matches stand for the whole match set (None for all of them), and
    whether the match set is small enough to read whole all the same."""
    limit = exact_up_to()
    shared = filterset.shared_queryset()
    counted, estimate = backend.sized_count(shared, limit + 1)
    if counted <= limit:
        return None, False
    # The estimate only sizes the window; the window's share of the table scales the counts.
    estimate = max(estimate or 0, limit + 1)
    # With facet filters ticked the total is a part of the matches, which a window may not count well.
    whole = filterset.has_query and bool(filterset.facet_conditions()) and estimate <= WHOLE_UP_TO
    return limit / estimate, whole


def _span_branch(sql: _Sql) -> None:
    """The id range the sampled rows cover, and the table's: the sample's share of the table."""
    sql.add(
        "SELECT 'span', CAST((SELECT MAX(id) FROM postings_role) - MIN(base.id) + 1 AS TEXT), '', "
        "(SELECT MAX(id) - MIN(id) + 1 FROM postings_role) FROM base"
    )


def _run(filterset: RoleFilter, limits: dict) -> tuple[list[tuple], float | None, bool]:
    """Rows of (facet, value, label, count) from one query, the sampled fraction (None: all rows) and whether
    the total was counted over every match all the same."""
    backend = get_backend(filterset.queryset.db)
    connection = connections[filterset.queryset.db]
    flags = filterset.facet_conditions()

    sql, limit, window, fraction, whole = _Sql(), exact_up_to(), None, None, False

    def where(own: str | None) -> str:
        # Skills drill down (all must match), so they keep their own filter.
        return " AND ".join(f"f_{n}" for n in flags if n != own or own == "skill") or "1 = 1"

    if backend.window_sql() is not None:
        fraction, whole = _window(filterset, backend)
        window = (backend.window_sql(), fraction, limit) if fraction else None
        base, base_params = _base_sql(filterset, flags, None, window, whole=whole)
    else:
        # One row past the limit tells that the set is larger: the newest limit + 1 matches are the window.
        base, base_params = _base_sql(filterset, flags, limit + 1)
        _span_branch(sql)
    # Every match is in `whole` when the set is read whole (`base` is then its window), else in `base`.
    everything = "whole" if whole else "base"
    sql.add(f"SELECT 'total', '', '', COUNT(*) FROM {everything} WHERE {where(None)}")
    sql.add("SELECT 'base', '', '', COUNT(*) FROM base")
    if window and filterset.has_query:
        # Whether the window applied (without planner statistics it keeps every row: counts stay exact).
        sql.add(f"SELECT 'window', '', '', CASE WHEN {window[0]} IS NULL THEN 0 ELSE 1 END", fraction)
    if backend.rank_candidates and filterset.sort_order == "relevance":
        # The newest matches to rank, from the rows this query reads anyway (no second scan of the matches).
        sql.add(
            f"SELECT 'candidates', {backend.group_ids_sql('id')}, '', COUNT(*) FROM (SELECT id FROM "
            f"{everything} WHERE {where(None)} ORDER BY listed_at DESC, id DESC "
            f"LIMIT {backend.rank_candidates}) x"
        )
    _enum_branches(sql, where)
    _top_branches(sql, filterset, where, limits, backend)
    _band_branches(sql, filterset, where, connection)
    if whole:
        base = f"{base}), base AS MATERIALIZED (SELECT * FROM whole WHERE in_window"
    ctes = f"WITH {everything} AS MATERIALIZED ({base}) "
    query = backend.session_sql() + ctes + " UNION ALL ".join(sql.parts)
    # One round trip: session statements and the query form one implicit transaction, so SET LOCAL holds.
    with connection.cursor() as cursor:
        cursor.execute(query, base_params + sql.params)
        while cursor.description is None and cursor.nextset():
            pass  # skip the results of the session statements
        rows = cursor.fetchall()
    base_count = next(int(n) for facet, _, _, n in rows if facet == "base")
    if any(facet == "window" and not int(n) for facet, _, _, n in rows):
        # No statistics yet, so no window: every match was counted (exact, though above the limit).
        fraction = 1.0
    if window is None and base_count > limit:
        covered, extent = next((int(v), int(n)) for facet, v, _, n in rows if facet == "span")
        fraction = min(1.0, covered / max(extent, 1))
    return rows, fraction, whole


def _scale(rows: list[tuple], fraction: float, *, keep: tuple[str, ...] = ("candidates",)) -> list[tuple]:
    """Scale sampled counts up to the whole match set (but those of the `keep` rows)."""
    factor = max(1.0, 1 / fraction)
    return [
        (facet, value, label, n if facet in keep else round(int(n) * factor))
        for facet, value, label, n in rows
    ]


def _groups(filterset: RoleFilter, rows: list[tuple], limits: dict) -> tuple[dict, dict]:
    groups: dict[str, dict[str, FacetValue]] = {name: {} for name in FACETED}
    for facet, value, label, count in rows:
        if facet in groups and value not in groups[facet]:
            groups[facet][value] = FacetValue(str(value), label or str(value), int(count))
    for name, enum in ENUMS.items():
        groups[name] = {
            v: FacetValue(v, enum(v).label, groups[name][v].count) for v in enum.values if v in groups[name]
        }
    more = {}
    for name, limit in limits.items():
        values = sorted(groups[name].values(), key=lambda v: (-v.count, v.label))
        selected = set(filterset.cleaned(name) or [])
        more[name] = len([v for v in values if v.value not in selected]) > limit
        shown = [v for v in values if v.value in selected] + [v for v in values if v.value not in selected]
        groups[name] = {v.value: v for v in shown[: max(limit, len(selected))]}
    for name in ENUMS.keys() | limits.keys():
        for value in filterset.cleaned(name) or []:
            # A ticked value with no matches still shows (at 0) so it can be unticked.
            groups[name].setdefault(value, FacetValue(value, value, 0)).selected = True
    return {name: list(values.values()) for name, values in groups.items()}, more


def _cumulative(rows: list[tuple], facet: str, steps, *, descending: bool) -> dict[int, int]:
    """Turn counts per highest band reached into counts of "at least this band" (or "within N days")."""
    counts = {int(value): int(n) for f, value, _, n in rows if f == facet}
    ordered = sorted(steps, reverse=descending)
    return {
        step: sum(n for key, n in counts.items() if key > 0 and key in ordered[: i + 1])
        for i, step in enumerate(ordered)
    }


# Parameters that change the page shown, not the counts.
_NOT_COUNTED = {"page", "sort", "page_size"}


def cached_facet_counts(filterset: RoleFilter, params, *, expand: str | None = None) -> Facets:
    """facet_counts kept FACET_CACHE_SECONDS per search: the same search again (the next page, another
    sort, another visitor) reads them from the cache instead of counting again."""
    seconds = settings.FACET_CACHE_SECONDS
    if not seconds:
        return facet_counts(filterset, expand=expand)
    kept = sorted(
        (name, value) for name in params if name not in _NOT_COUNTED for value in params.getlist(name)
    )
    key = "facets:" + hashlib.sha256(repr((kept, expand)).encode()).hexdigest()
    facets = cache.get(key)
    if facets is None:
        facets = facet_counts(filterset, expand=expand)
        cache.set(key, facets, seconds)
    return facets


def facet_counts(filterset: RoleFilter, *, expand: str | None = None) -> Facets:
    """All facet counts for the filterset's match set, in one query (PostgreSQL: a bounded count first, and
    a planner estimate when the set is larger)."""
    limits = {name: (TOP_MORE if expand == name else TOP) for name in ("skill", "company", "country")}
    rows, fraction, whole = _run(filterset, limits)
    sampled = fraction is not None
    counted = next(int(n) for f, _, _, n in rows if f == "base")
    if sampled:
        rows = _scale(rows, fraction, keep=("candidates", "total") if whole else ("candidates",))
    groups, more = _groups(filterset, rows, limits)
    unstated = next((int(n) for f, v, _, n in rows if f == "pay" and str(v) == "-1"), 0)
    bands = _cumulative(rows, "pay", PAY_BANDS, descending=True)
    chosen_pay = filterset.cleaned("pay_min")
    # A band counts the roles that reach it, and those without stated pay only when they are asked for.
    groups["pay"] = [
        FacetValue(
            str(band),
            f"{band:,}+",
            bands[band] + (unstated if filterset.includes_unknown_pay else 0),
            selected=chosen_pay is not None and int(chosen_pay) == band,
        )
        for band in PAY_BANDS
    ]
    days = _cumulative(rows, "posted_within", POSTED_WITHIN, descending=False)
    chosen_days = filterset.cleaned("posted_within")
    groups["posted_within"] = [
        FacetValue(str(d), f"{d} day{'s' if d > 1 else ''}", days[d], selected=chosen_days == d)
        for d in POSTED_WITHIN
    ]
    total = next(int(n) for f, _, _, n in rows if f == "total")
    with_pay = sum(int(n) for f, v, _, n in rows if f == "pay" and str(v) != "-1")
    ids = next((str(v or "") for f, v, _, _ in rows if f == "candidates"), None)
    candidates = None if ids is None else [int(i) for i in ids.split(",") if i]
    facets = Facets(
        total, sampled, not sampled or whole, groups, more, with_pay=with_pay, without_pay=unstated
    )
    facets.candidates = candidates
    facets.sample_size = counted if sampled else 0
    return facets
