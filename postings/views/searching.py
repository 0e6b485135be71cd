"""What the search page and API share: totals, capped pagination, notes, links that keep the filters."""

from dataclasses import dataclass, field
from functools import cache

from django.core.paginator import Page, Paginator
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from ..cards import role_card
from ..facets import Facets
from ..filters import RoleFilter
from ..models import CURRENCY_SYMBOLS, Role
from ..parsing._rates import USD_PER_UNIT
from ..search import get_backend

# Below this many estimated matches the total is counted exactly; above it the page says "about N".
EXACT_BELOW = 5_000
# OFFSET cost grows with depth: pages stop at 500 (10,000 roles at 20 a page); narrow the search instead.
MAX_PAGES = 500
# From this offset on, a page first reads its ids (an index-only scan), then loads those rows.
DEFERRED_FROM = 200
FILTER_LABELS = {
    "q": "Search",
    "seniority": "Seniority",
    "work_mode": "Work mode",
    "employment_type": "Employment type",
    "country": "Country",
    "location": "Location",
    "remote_from": "Remote from",
    "pay_min": "Minimum pay",
    "include_unknown_pay": "Including roles with no stated pay",
    "with_pay": "Only roles with pay",
    "skill": "Skill",
    "company": "Company",
    "posted_within": "Posted within (days)",
    "include_closed": "Including closed and expired roles",
}
# Yes/no parameters: their chip is the label alone, shown when the value reads as yes.
FLAGS = ("include_unknown_pay", "with_pay", "include_closed")


FACET_LEGENDS = {
    "seniority": "Seniority",
    "work_mode": "Work mode",
    "employment_type": "Employment type",
    "country": "Country",
    "skill": "Skills (all must match)",
    "company": "Companies",
}
# Currencies offered for the minimum pay: the common ones first, then the rest of the rate table.
CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "INR"]
CURRENCIES += sorted(set(USD_PER_UNIT) - set(CURRENCIES))


@cache
def currency_options(selected: str) -> SafeString:
    """The currency select's options, built once per selected currency (160 of them were ~800 template
    nodes on every search page)."""
    selected_mark = mark_safe(" selected")  # a constant attribute
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((code, selected_mark if code == selected else "", code) for code in CURRENCIES),
    )


class CountedPaginator(Paginator):
    """A paginator told its count (from the facet query or an estimate), with a capped number of pages."""

    def __init__(self, object_list, per_page: int, *, count: int):
        super().__init__(object_list, per_page, allow_empty_first_page=True)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count

    @cached_property
    def num_pages(self) -> int:
        return min(super().num_pages, MAX_PAGES)


@dataclass
class SearchPage:
    request: object
    filterset: RoleFilter
    facets: Facets
    total: int
    approximate: bool
    page: Page
    roles: list[Role]
    snippets: dict
    notes: list[str] = field(default_factory=list)

    def params(self, *, drop: tuple = ("page",)):
        query = self.request.GET.copy()
        # Invalid values were ignored: links must not carry them (or their notes) along.
        for name in (*drop, *self.filterset.errors):
            query.pop(name, None)
        return query

    def page_url(self, number: int) -> str:
        query = self.params()
        query["page"] = str(number)
        return f"{self.request.path}?{query.urlencode()}"

    def without(self, name: str, value: str | None = None) -> str:
        """This search with one filter value (or the whole filter) removed."""
        query = self.params()
        kept = [v for v in query.getlist(name) if value is not None and v != value]
        query.setlist(name, kept)
        return f"?{query.urlencode()}" if query else "?"

    def active_filters(self) -> list[tuple[str, str]]:
        """(label, url without it) for every filter in effect, for chips and the empty state."""
        active = []
        for name, label in FILTER_LABELS.items():
            if name in self.filterset.errors:
                continue
            if name in FLAGS:
                # Roles without pay are only ever added to a minimum pay: alone the box changes nothing.
                pay_min = self.filterset.cleaned("pay_min")
                if self.filterset.cleaned(name) and (name != "include_unknown_pay" or pay_min is not None):
                    active.append((label, self.without(name)))
                continue
            for value in self.request.GET.getlist(name):
                if value:
                    text = self.pay_label() if name == "pay_min" else f"{label}: {value}"
                    active.append((text, self.without(name, value)))
        return active

    def pay_label(self) -> str:
        """The minimum pay in the visitor's currency: "Pay from €100,000", "Pay from 90,000 CHF"."""
        amount, currency = self.filterset.cleaned("pay_min"), self.filterset.cleaned("currency") or "USD"
        if not amount:
            return "Only roles with pay"
        digits = f"{amount:,.2f}".removesuffix(".00")
        symbol = CURRENCY_SYMBOLS.get(currency)
        return f"Pay from {symbol}{digits}" if symbol else f"Pay from {digits} {currency}"

    def context(self) -> dict:
        total_text = f"about {self.total:,}" if self.approximate else f"{self.total:,}"
        page_numbers = self.page.paginator.get_elided_page_range(self.page.number, on_each_side=2, on_ends=1)
        return {
            "search": self,
            "filter": self.filterset,
            "form": self.filterset.form,
            "facets": self.facets,
            "page_obj": self.page,
            "page_numbers": list(page_numbers),
            "roles": self.roles,
            "cards": [role_card(role) for role in self.roles],
            "snippets": self.snippets,
            "notes": self.notes,
            "total_text": total_text,
            "query_string": self.params().urlencode(),
            "feed_url": f"{reverse('postings:role_feed')}?{self.params(drop=('page', 'sort')).urlencode()}",
            "active_filters": self.active_filters(),
            "sort": self.filterset.sort_order,
            "facet_sections": self.facet_sections(),
            "currency_options": currency_options(self.filterset.cleaned("currency") or "USD"),
            "custom_pay_min": self.custom_pay_min(),
            "pay_stated_only": self.filterset.cleaned("pay_min") == 0,
            "max_pages": MAX_PAGES,
        }

    def facet_sections(self) -> list[dict]:
        """The checkbox facets in page order, each with a "more" link when values were left out."""
        sections = []
        for name, legend in FACET_LEGENDS.items():
            more_url = None
            if self.facets.more.get(name):
                query = self.params(drop=("page", "more"))
                query["more"] = name
                more_url = f"?{query.urlencode()}#facet-{name}"
            sections.append(
                {"name": name, "legend": legend, "values": self.facets.groups[name], "more_url": more_url}
            )
        return sections

    def custom_pay_min(self) -> str | None:
        """A minimum pay typed into the URL that is not one of the bands, so the select can show it."""
        amount = self.filterset.cleaned("pay_min")
        if not amount or any(item.selected for item in self.facets.groups["pay"]):
            return None
        return f"{amount:f}".rstrip("0").rstrip(".")


def _total(filterset: RoleFilter, facets: Facets) -> tuple[int, bool]:
    if facets.total_exact:
        return facets.total, False
    # The facet query's scaled total stands for the estimate (no second planner round trip).
    estimate = facets.total
    if estimate < EXACT_BELOW:
        return filterset.qs.count(), False
    return round(estimate, -len(str(estimate)) + 2), True


class Results:
    """The paginator's object list: a slice is two cheap queries, the ids of the page, then its cards.

    Ids come from a narrow query (an index-only scan for browsing, even at OFFSET 10,000); with a bounded
    ranked set (facets.candidates) a page ranks only those ids, and pages past them list the other matches
    newest first, so no query ranks or sorts every match.
    """

    def __init__(self, filterset: RoleFilter, facets: Facets):
        self.filterset, self.facets = filterset, facets

    def __getitem__(self, key: slice) -> list[Role]:
        start, stop = key.start or 0, key.stop
        if self.facets.candidates is None and start < DEFERRED_FROM:
            qs = self.filterset.qs
            if self.filterset.cleaned("q") and self.filterset.sort_order != "relevance":
                # Matched text sorted by pay or date: the page's ids in a subquery that ranks nothing, since
                # a rank in the select list is computed for every match before the sort (300 ms for
                # "engineer" by pay at 100,000 roles).
                page = self.filterset.queryset.filter(pk__in=qs.values("pk")[start:stop])
                return list(page.with_cards().order_by(*qs.query.order_by))
            return list(qs.with_cards()[start:stop])  # shallow: one query is cheaper
        ids = self._ids(start, stop)
        if not ids:
            return []
        by_id = {role.pk: role for role in self.filterset.queryset.filter(pk__in=ids).with_cards()}
        return [by_id[pk] for pk in ids if pk in by_id]

    def _ids(self, start: int, stop: int) -> list[int]:
        qs, candidates = self.filterset.qs, self.facets.candidates
        if candidates is None:
            return list(qs.values_list("pk", flat=True)[start:stop])
        ids: list[int] = []
        known = len(candidates)
        if start < known:
            ranked = qs.filter(pk__in=candidates).order_by("-rank", "-listed_at", "-id")
            ids += ranked.values_list("pk", flat=True)[start : min(known, stop)]
        everything = self.facets.total_exact and known >= self.facets.total
        if stop > known and not everything:
            rest = qs.exclude(pk__in=candidates).order_by("-listed_at", "-id")
            ids += rest.values_list("pk", flat=True)[max(0, start - known) : stop - known]
        return ids


def _page_number(raw: str | None, num_pages: int, notes: list[str]) -> int:
    if raw in (None, ""):
        return 1
    if not raw.isdigit() or int(raw) < 1:
        notes.append("The page number was not a positive whole number; showing page 1.")
        return 1
    if int(raw) > num_pages:
        notes.append(f"There are only {num_pages:,} pages; showing the last one.")
        return num_pages
    return int(raw)


def search_page(request, filterset: RoleFilter, facets: Facets, *, page_size: int) -> SearchPage:
    """Run the search: total, the requested page of results with their snippets, and notes."""
    notes = [
        f"Ignored {FILTER_LABELS.get(name, name)}: {errors[0]}" for name, errors in filterset.errors.items()
    ]
    notes += filterset.notes
    total, approximate = _total(filterset, facets)
    paginator = CountedPaginator(Results(filterset, facets), page_size, count=total)
    page = paginator.page(_page_number(request.GET.get("page"), paginator.num_pages, notes))
    roles = list(page.object_list)
    q = filterset.cleaned("q") or ""
    snippets = get_backend(filterset.queryset.db).snippets(roles, q) if filterset.has_query else {}
    for role in roles:
        role.snippet = snippets.get(role.pk)
    return SearchPage(request, filterset, facets, total, approximate, page, roles, snippets, notes)


def role_json(request, role: Role, snippet: str | None) -> dict:
    """One result as the API returns it; pay only when stated (estimates are never pay)."""
    pay = role.pay
    return {
        "id": role.pk,
        "title": role.title,
        "url": request.build_absolute_uri(role.get_absolute_url()),
        "company": {
            "name": role.company.name,
            "slug": role.company.slug,
            "url": request.build_absolute_uri(role.company.get_absolute_url()),
        },
        "seniority": role.seniority or None,
        "employment_type": role.employment_type or None,
        "work_mode": role.work_mode or None,
        "remote_countries": role.remote_countries,
        "locations": [
            {"name": loc.name, "region": loc.region, "country": loc.country} for loc in role.locations.all()
        ],
        "pay": pay
        and {
            "min": pay.min_amount and str(pay.min_amount),
            "max": pay.max_amount and str(pay.max_amount),
            "currency": pay.currency,
            "period": pay.period,
            "kind": pay.kind,
            "display": pay.display,
        },
        "skills": [rs.skill.slug for rs in role.role_skills.all()],
        "posted_at": role.posted_at and role.posted_at.isoformat(),
        "listed_at": role.listed_at.isoformat(),
        "status": role.status,
        "sources": role.source_count,
        "snippet": snippet,
    }
