"""Role, source and company pages, feeds, sitemap and robots.txt: a queryset and a template each."""

from django.conf import settings
from django.contrib.sitemaps.views import index as sitemap_index_view
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.core.cache import cache
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from ..feeds import AtomRoleFeed, RoleFeed
from ..models import Company, Compensation, Role, RoleSkill, Source
from ..provenance import by_trust, field_origins
from ..similar import similar_roles
from ..sitemaps import SITEMAPS, urlset_xml
from ..structured_data import job_posting, to_script_json
from ..submit_forms import ReportForm


def _role_page_roles(*, preview: bool = False):
    """Roles with everything the role page shows, in a fixed number of queries; with `preview`, roles
    visitors cannot see (drafts, pending review, rejected) as well."""
    roles = Role.objects.select_related("company") if preview else Role.objects.visible()
    return roles.select_related("text").prefetch_related(
        "locations",
        Prefetch("role_skills", queryset=RoleSkill.objects.select_related("skill")),
        # An estimate's note names the kind of source that gave it; raw text is not needed for that.
        Prefetch(
            "compensations",
            queryset=Compensation.objects.select_related("source").defer(
                "source__raw_text", "source__parsed"
            ),
        ),
        Prefetch("sources", queryset=Source.objects.defer("raw_text")),
    )


def role_detail(request, slug: str):
    """One role: facts, honest pay, sections, skills, sources with provenance, similar roles.

    A closed or expired role keeps its page (200) so old links still explain what happened, but it offers
    no apply link, no JobPosting data and asks not to be indexed, as Google asks for expired postings.
    Staff may preview a role visitors cannot see yet (a draft, one pending review or rejected).
    """
    role = _role_page_roles().filter(slug=slug).first()
    if role is None and request.user.is_staff:
        role = _role_page_roles(preview=True).filter(slug=slug).first()
    if role is None:
        raise Http404("No role here.")
    sources = by_trust(role.sources.all())
    url = request.build_absolute_uri(role.get_absolute_url())
    context = {
        "role": role,
        "pay": role.pay,
        "estimates": role.estimates,
        "sources": sources,
        "origins": field_origins(sources),
        "valid_through": role.closes_on,
        "last_seen": max((s.last_seen_at for s in sources), default=None),
        "similar": similar_roles(role),
        "canonical_url": url,
        "report_form": ReportForm(),
        "required_skills": [rs for rs in role.role_skills.all() if rs.required],
        "bonus_skills": [rs for rs in role.role_skills.all() if not rs.required],
        "json_ld": to_script_json(job_posting(role, url=url, sources=sources)) if role.is_open else None,
    }
    return render(request, "postings/role_detail.html", context)


def source_raw(request, slug: str, pk: int):
    """A source's raw text exactly as imported (escaped by the template)."""
    role = get_object_or_404(Role.objects.visible(), slug=slug)
    source = get_object_or_404(Source.objects.filter(role=role), pk=pk)
    return render(request, "postings/source_raw.html", {"source": source, "role": role})


def company_detail(request, slug: str):
    """A company: its open roles on a shared pay axis, where they are and the skills they ask for."""
    company = get_object_or_404(Company, slug=slug)
    roles = list(Role.objects.visible().open().with_cards().filter(company=company).newest_first())
    context = {
        "company": company,
        "roles": roles,
        "canonical_url": request.build_absolute_uri(company.get_absolute_url()),
        "search_url": reverse("postings:role_list") + f"?company={company.slug}",
    }
    return render(request, "postings/company_detail.html", context)


role_feed = RoleFeed()
role_feed_atom = AtomRoleFeed()


def _cached(request, build) -> HttpResponse:
    """A sitemap response kept SITEMAP_CACHE_SECONDS per URL (host included: its links name the host)."""
    seconds = settings.SITEMAP_CACHE_SECONDS
    if not seconds:
        return build()
    key = f"sitemap:{request.build_absolute_uri()}"
    stored = cache.get(key)
    if stored is None:
        response = build()
        if response.status_code != 200:
            return response
        response.render()
        stored = (response.content, response["Content-Type"], response.get("Last-Modified"))
        cache.set(key, stored, seconds)
    content, content_type, last_modified = stored
    response = HttpResponse(content, content_type=content_type)
    if last_modified:
        response["Last-Modified"] = last_modified
    return response


@require_GET
def sitemap(request):
    """The sitemap index: a page per SITEMAP_SHARD_SIZE roles or companies (URLs from the request's host)."""
    return _cached(
        request,
        lambda: sitemap_index_view(request, sitemaps=SITEMAPS, sitemap_url_name="postings:sitemap_section"),
    )


@require_GET
def sitemap_section(request, section: str):
    """One page of a section's URLs (`?p=2` for the second), with last-modified dates."""
    return _cached(request, lambda: _sitemap_page(request, section))


def _sitemap_page(request, section: str) -> HttpResponse:
    """Django's sitemap view (paging, 404s, Last-Modified) with the XML written by urlset_xml."""
    response = sitemap_view(request, sitemaps=SITEMAPS, section=section)
    response.content = urlset_xml(response.context_data["urlset"])
    return response


@require_GET
def robots_txt(request):
    """Crawl everything public; keep crawlers out of the JSON API, and point to the sitemap. The admin is not
    named: its path (ADMIN_PATH) is for staff only, and robots.txt is read by anyone."""
    lines = [
        "User-agent: *",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri(reverse('postings:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico on their own: send them to the fingerprinted icon (cached a day)."""
    response = redirect(static("favicon.ico"))
    response["Cache-Control"] = "public, max-age=86400"
    return response
