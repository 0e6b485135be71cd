"""The admin's view of what the public sends: job submissions (with their roles) and listing reports, and the
report count of each role (a column and a filter of the role list)."""

from django.contrib import admin
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from .submission_models import JobSubmission, ListingReport


def report_count() -> Coalesce:
    """An annotation: how many reports the role has had."""
    counts = (
        ListingReport.objects.filter(role=OuterRef("pk")).order_by().values("role").annotate(n=Count("pk"))
    )
    return Coalesce(Subquery(counts.values("n")), 0)


class ReportedFilter(admin.SimpleListFilter):
    """Roles with reports, so a moderator can look at the reported ones first."""

    title = "reports"
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [("yes", "Reported"), ("no", "Not reported")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(report_count__gt=0)
        if self.value() == "no":
            return queryset.filter(report_count=0)
        return queryset


@admin.register(ListingReport)
class ListingReportAdmin(admin.ModelAdmin):
    list_display = ["role", "reason", "created_at", "email", "ip"]
    list_filter = ["reason", "created_at"]
    list_select_related = ["role", "role__company"]
    search_fields = ["role__title", "role__company__name", "details", "email", "ip"]
    readonly_fields = ["role", "reason", "details", "email", "ip", "created_at"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(JobSubmission)
class JobSubmissionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "email", "created_at", "sent_at", "confirmed_at", "role"]
    list_filter = ["created_at", "confirmed_at"]
    list_select_related = ["role"]
    search_fields = ["email", "raw_text", "ip"]
    readonly_fields = [
        "email", "ip", "file_name", "fields", "raw_text", "created_at", "sent_at", "confirmed_at", "role"
    ]  # fmt: skip

    def has_add_permission(self, request) -> bool:
        return False
