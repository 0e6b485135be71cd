"""The interface both search backends implement, and the snippet marking they share."""

from collections.abc import Iterable

from django.db import connections
from django.db.models import Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Engines wrap matches in these control characters; the text is escaped first, then they become <mark>.
START, STOP = "\x02", "\x03"


def mark(text: str) -> SafeString:
    """Escape a snippet from the engine, then turn its match markers into <mark> elements."""
    cleaned = escape(text.replace("\n", " "))
    return mark_safe(cleaned.replace(START, "<mark>").replace(STOP, "</mark>"))  # escaped above


class SearchBackend:
    """Keep an index of roles and answer web-search style queries against it."""

    vendor = ""
    # Rank only this many of the newest matches (the rest follow, newest first); None: rank every match.
    rank_candidates: int | None = None

    def window_sql(self) -> str | None:
        """SQL of the oldest `listed_at` among the newest fraction (one %s parameter) of roles, or None when
        the backend samples the facet match set as its newest rows by id instead (see newest_by_id)."""
        return None

    def newest_by_id(self, queryset: QuerySet) -> QuerySet:
        """The queryset newest (highest id) first, in an order the backend's index reads without sorting."""
        return queryset.order_by("-pk")

    def count_up_to(self, queryset: QuerySet, limit: int) -> int:
        """The number of rows, counting no further than `limit` (reads at most `limit` matches)."""
        return queryset.order_by().values("pk")[:limit].count()

    def sized_count(self, queryset: QuerySet, limit: int) -> tuple[int, int | None]:
        """The rows counted up to `limit` and, when the count reached it, an estimate of them all or None."""
        counted = self.count_up_to(queryset, limit)
        return counted, (self.estimate_count(queryset) if counted >= limit else None)

    def group_ids_sql(self, column: str) -> str:
        """An aggregate joining the column's values with commas."""
        return f"group_concat({column}, ',')"

    def session_sql(self) -> str:
        """Statements run, in the facet query's transaction, before it (planner settings); may be empty."""
        return ""

    def search(self, queryset: QuerySet, q: str) -> QuerySet:
        """Roles matching the query, annotated with `rank` (higher is better); all roles when q is empty."""
        raise NotImplementedError

    def order_by_relevance(self, queryset: QuerySet) -> QuerySet:
        """A searched queryset, best match first, newest first among ties."""
        return queryset.order_by("-rank", "-listed_at", "-id")

    def snippets(self, roles: Iterable, q: str) -> dict[int, SafeString]:
        """Escaped HTML excerpts of each role's text around the matched words, keyed by role id."""
        raise NotImplementedError

    def index(self, role_ids: Iterable[int]) -> None:
        """Bring these roles' index entries up to date (the database does it on write; kept as a hook)."""

    def remove(self, role_ids: Iterable[int]) -> None:
        """Drop these roles from the index (the database does it on delete; kept as a hook)."""

    def install(self, using: str) -> None:
        """Create the index structures if missing (idempotent; run by migrations and after migrate)."""
        raise NotImplementedError

    def rebuild(self, using: str | None = None) -> None:
        """Re-index every role, e.g. after a bulk load."""
        raise NotImplementedError

    def estimate_count(self, queryset: QuerySet) -> int | None:
        """The planner's estimate of the number of rows, or None when the database cannot say cheaply."""
        return None

    def with_any_skill(self, skill_ids: QuerySet) -> Q:
        """Roles asking for any of these skills (a subquery of ids), through what the backend indexes best."""
        raise NotImplementedError

    def skill_rows_sql(self, table: str, where: str) -> str:
        """SQL selecting one `skill_id` row per skill of each row of `table` matching `where`."""
        raise NotImplementedError

    def place_rows_sql(self, table: str, where: str) -> str:
        """SQL selecting a (`role_id`, `location_id`) row per place of each `table` row matching `where`."""
        raise NotImplementedError

    def _cursor(self, using: str | None):
        return connections[using or "default"].cursor()
