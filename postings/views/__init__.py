"""Thin views: a queryset, a filterset, pagination and a template (or JSON) for each page."""

from .alerts import alert_confirm_view, alert_create, alert_requested, alert_unsubscribe_view
from .pages import (
    company_detail,
    favicon,
    robots_txt,
    role_detail,
    role_feed,
    role_feed_atom,
    sitemap,
    sitemap_section,
    source_raw,
)
from .search import api_roles, role_list
from .submit import report_listing, submit_confirm, submit_preview, submit_sent, submit_start

__all__ = [
    "alert_confirm_view",
    "alert_create",
    "alert_requested",
    "alert_unsubscribe_view",
    "api_roles",
    "company_detail",
    "report_listing",
    "favicon",
    "robots_txt",
    "role_detail",
    "role_feed",
    "role_feed_atom",
    "role_list",
    "sitemap",
    "sitemap_section",
    "source_raw",
    "submit_confirm",
    "submit_preview",
    "submit_sent",
    "submit_start",
]
