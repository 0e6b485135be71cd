"""The search page and its JSON twin: a filterset, facet counts, pagination and snippets."""

from django.http import JsonResponse
from django.shortcuts import render

from ..facets import cached_facet_counts
from ..filters import RoleFilter
from ..models import Role
from .searching import SearchPage, role_json, search_page

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _search(request, page_size: int) -> SearchPage:
    filterset = RoleFilter(request.GET, queryset=Role.objects.visible())
    facets = cached_facet_counts(filterset, request.GET, expand=request.GET.get("more"))
    return search_page(request, filterset, facets, page_size=page_size)


def role_list(request):
    """The search page at `/`: query, filters with facet counts, results, pagination."""
    page = _search(request, PAGE_SIZE)
    return render(request, "postings/role_list.html", page.context())


def api_roles(request):
    """`/api/roles/`: the search page's results, total and facet counts as JSON."""
    size, notes = PAGE_SIZE, []
    if "page_size" in request.GET:
        raw = request.GET["page_size"]
        if raw.isdigit() and 1 <= int(raw) <= MAX_PAGE_SIZE:
            size = int(raw)
        else:
            notes.append(f"page_size must be 1–{MAX_PAGE_SIZE}; used {PAGE_SIZE}.")
    page = _search(request, size)
    return JsonResponse(
        {
            "total": page.total,
            "total_is_estimate": page.approximate,
            "page": page.page.number,
            "page_size": size,
            "num_pages": page.page.paginator.num_pages,
            "next": page.page_url(page.page.next_page_number()) if page.page.has_next() else None,
            "previous": page.page_url(page.page.previous_page_number()) if page.page.has_previous() else None,
            "sort": page.filterset.sort_order,
            "notes": notes + page.notes,
            "results": [role_json(request, role, page.snippets.get(role.pk)) for role in page.roles],
            "facets": {
                name: [vars(value) for value in values] for name, values in page.facets.groups.items()
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )
