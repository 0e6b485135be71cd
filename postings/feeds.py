"""RSS and Atom feeds of new open roles, filtered by the search page's parameters.

A saved search becomes a feed: ``/feeds/roles/?skill=rust&work_mode=remote`` lists what
``/?skill=rust&work_mode=remote`` would, newest first. Posting text is untrusted, so every description
is built as escaped HTML (feed readers render descriptions as HTML).
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, format_html
from django.utils.text import Truncator

from .filters import RoleFilter
from .models import Role, RoleSkill

FEED_SIZE = 50
SUMMARY_WORDS = 60
# Parameters that change a page of results but not which roles a feed follows.
_NOT_FILTERS = {"page", "page_size", "sort", "format", "include_closed"}


@dataclass(frozen=True)
class FeedQuery:
    """What one request asked for: its filter parameters and the matching roles."""

    params: QueryDict
    roles: QuerySet


def filtered_roles(params: QueryDict) -> QuerySet:
    """Open roles matching the search page's filters, newest first."""
    # A feed follows new open roles whatever the search's sort or include_closed say, so the base is
    # fixed and the order is set again after filtering.
    roles = Role.objects.visible().open()
    return RoleFilter(params, queryset=roles).qs.newest_first()


class RoleFeed(Feed):
    """New roles as RSS 2.0; AtomRoleFeed below is the same feed in Atom."""

    feed_type = Rss201rev2Feed

    def get_object(self, request: HttpRequest, *args, **kwargs) -> FeedQuery:
        params = request.GET.copy()
        for name in _NOT_FILTERS:
            params.pop(name, None)
        return FeedQuery(params=params, roles=filtered_roles(params))

    def title(self, obj: FeedQuery) -> str:
        return "jobboard: new roles" + (" matching your search" if obj.params else "")

    def link(self, obj: FeedQuery) -> str:
        query = obj.params.urlencode()
        return reverse("postings:role_list") + (f"?{query}" if query else "")

    def feed_url(self, obj: FeedQuery) -> str:
        query = obj.params.urlencode()
        return reverse(self.url_name) + (f"?{query}" if query else "")

    url_name = "postings:role_feed"

    def description(self, obj: FeedQuery) -> str:
        return "Newly listed open roles, with pay as each posting states it."

    def items(self, obj: FeedQuery) -> list[Role]:
        return obj.roles.select_related("text").prefetch_related(
            "locations",
            "compensations",
            Prefetch("role_skills", queryset=RoleSkill.objects.select_related("skill")),
        )[:FEED_SIZE]

    def item_title(self, item: Role) -> str:
        # Django escapes titles once more when writing XML, as its own default item_title does (#6533).
        return escape(f"{item.title} at {item.company.name}")

    def item_description(self, item: Role) -> str:
        places = "; ".join(str(loc) for loc in item.locations.all()) or item.get_work_mode_display()
        pay = item.pay.display if item.pay else "Pay not stated"
        summary = Truncator(item.body.summary).words(SUMMARY_WORDS)
        return format_html("<p>{} · {}</p><p>{}</p><p>{}</p>", item.company.name, places, pay, summary)

    def item_link(self, item: Role) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Role) -> datetime:
        return item.listed_at

    def item_updateddate(self, item: Role) -> datetime:
        return item.updated_at

    def item_author_name(self, item: Role) -> str:
        return item.company.name

    def item_categories(self, item: Role) -> list[str]:
        return [rs.skill.name for rs in item.role_skills.all()]


class AtomRoleFeed(RoleFeed):
    """The same feed in Atom 1.0."""

    feed_type = Atom1Feed
    url_name = "postings:role_feed_atom"

    def subtitle(self, obj: FeedQuery) -> str:
        return self.description(obj)
