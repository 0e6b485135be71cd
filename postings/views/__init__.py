"""Thin views: a queryset, a filterset, pagination and a template (or JSON) for each page."""

from .pages import company_detail, role_detail, source_raw
from .search import role_list

__all__ = ["company_detail", "role_detail", "role_list", "source_raw"]
