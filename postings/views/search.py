"""The search page and its JSON twin: a filterset, pagination and facet counts."""

from django.core.paginator import Paginator
from django.shortcuts import render

from ..models import Role

PAGE_SIZE = 20


def role_list(request):
    """The home page: open roles, newest first."""
    roles = Role.objects.visible().open().with_cards().newest_first()
    page = Paginator(roles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "postings/role_list.html", {"page_obj": page, "roles": page.object_list})


def api_roles(request):
    """Placeholder until the search work lands: the JSON twin of the search page."""
    from django.http import Http404

    raise Http404("not built yet")
