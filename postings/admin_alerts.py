"""Admin for saved searches: who asked for what, its state, its mark, and the roles it sent."""

from django.contrib import admin
from django.utils import timezone

from .alert_models import Alert, AlertDelivery


class AlertStateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("active", "Active"),
            ("pending", "Waiting for confirmation"),
            ("unsubscribed", "Unsubscribed"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.active()
        if self.value() == "pending":
            return queryset.pending()
        if self.value() == "unsubscribed":
            return queryset.filter(unsubscribed_at__isnull=False)
        return queryset


class AlertDeliveryInline(admin.TabularInline):
    model = AlertDelivery
    extra = 0
    can_delete = False
    fields = readonly_fields = ["role", "claimed_at", "sent_at"]
    raw_id_fields = ["role"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # written by send_alerts only: they are what keeps a role from being sent twice


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    list_display = ["email", "query", "frequency", "state", "created_at", "confirmed_at", "last_sent_at"]
    list_filter = [AlertStateFilter, "frequency"]
    search_fields = ["email", "query"]
    date_hierarchy = "created_at"
    readonly_fields = ["email", "query", "created_at", "confirmed_at", "sent_through", "last_sent_at"]
    fields = ["email", "query", "frequency", "created_at", "confirmed_at", "unsubscribed_at"]
    fields += ["sent_through", "last_sent_at"]
    inlines = [AlertDeliveryInline]
    actions = ["unsubscribe"]

    def has_add_permission(self, request) -> bool:
        return False  # only the address itself may ask for an alert (double opt-in)

    @admin.display(description="state")
    def state(self, obj: Alert) -> str:
        return obj.state

    @admin.action(description="Unsubscribe the selected alerts")
    def unsubscribe(self, request, queryset) -> None:
        count = queryset.filter(unsubscribed_at__isnull=True).update(unsubscribed_at=timezone.now())
        self.message_user(request, f"Unsubscribed {count} alert(s).")
