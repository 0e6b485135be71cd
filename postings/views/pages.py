"""Role, source and company pages: a queryset and a template each."""

from django.shortcuts import get_object_or_404, render

from ..models import Company, Role, Source


def role_detail(request, slug: str):
    """One role with its pay, sections, skills and sources."""
    role = get_object_or_404(Role.objects.visible().with_cards(), slug=slug)
    return render(request, "postings/role_detail.html", {"role": role, "sources": role.sources.all()})


def source_raw(request, slug: str, pk: int):
    """A source's raw text exactly as imported (escaped by the template)."""
    source = get_object_or_404(Source.objects.select_related("role__company"), pk=pk, role__slug=slug)
    return render(request, "postings/source_raw.html", {"source": source, "role": source.role})


def company_detail(request, slug: str):
    """A company and its open roles."""
    company = get_object_or_404(Company, slug=slug)
    roles = Role.objects.visible().open().with_cards().filter(company=company).newest_first()
    return render(request, "postings/company_detail.html", {"company": company, "roles": roles})


def _not_built(request, *args, **kwargs):
    """Placeholder until the pages work lands."""
    from django.http import Http404

    raise Http404("not built yet")


role_feed = sitemap = robots_txt = _not_built
