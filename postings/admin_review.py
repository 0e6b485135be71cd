"""The admin's side of a role's life: the review queue (a status filter with counts), its history inline,
the change form's "move to" field and the approve, reject, close and reopen actions.

Every move goes through lifecycle.role_transition, so the admin can only make the moves the state machine
allows, and each one is recorded with the moderator's name and reason.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from .choices import TRANSITIONS, RoleStatus
from .lifecycle import TransitionError, role_transition
from .models import Role, RoleStatusChange
from .parsing import regions

# The states a role made by hand in the admin may start in.
START_STATES = (RoleStatus.DRAFT, RoleStatus.PENDING, RoleStatus.OPEN)
# The states approve and reject act on.
REVIEWED = (RoleStatus.PENDING, RoleStatus.DRAFT)


class StatusFilter(admin.SimpleListFilter):
    """Status with how many roles are in each, so the review queue's size shows at a glance."""

    title = "status"
    parameter_name = "status__exact"

    def lookups(self, request, model_admin):
        counts = dict(
            Role.objects.order_by().values_list("status").annotate(n=Count("pk")).values_list("status", "n")
        )
        return [(value, f"{label} ({counts.get(value, 0):,})") for value, label in RoleStatus.choices]

    def queryset(self, request, queryset):
        return queryset.filter(status=self.value()) if self.value() else queryset


class StatusChangeInline(admin.TabularInline):
    """The role's history, read-only: moves are made with the form's "move to" field or the actions."""

    model = RoleStatusChange
    extra = 0
    can_delete = False
    verbose_name = "status change"
    verbose_name_plural = "Status history"
    fields = readonly_fields = ["changed_at", "from_status", "to_status", "changed_by", "reason"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")


class RoleStatusForm(forms.ModelForm):
    """The role's form with a "move to" choice limited to the moves allowed from its state."""

    move_to = forms.ChoiceField(
        label="Move to", required=False, help_text="Change the status; the move is recorded in the history"
    )
    move_reason = forms.CharField(
        label="Reason",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Why (required when rejecting; shown in the status history)",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            allowed = TRANSITIONS[self.instance.status]
            self.fields["move_to"].choices = [("", "(keep as it is)")] + [
                (value, label) for value, label in RoleStatus.choices if value in allowed
            ]
        elif "status" in self.fields:
            self.fields["status"].choices = [(s.value, s.label) for s in START_STATES]

    def clean_remote_restriction(self) -> str:
        """ "us, europe" → "US,Europe": country codes and region names as the filters read them."""
        names, unknown = [], []
        for part in (self.cleaned_data.get("remote_restriction") or "").split(","):
            part = part.strip()
            name = part.upper() if len(part) == 2 and part.isalpha() else regions.stored_name(part)
            if part and not name:
                unknown.append(part)
            elif name and name not in names:
                names.append(name)
        if unknown:
            raise forms.ValidationError(
                f"Not a country code or a known region: {', '.join(unknown)}. "
                "Use two-letter codes (US, DE) or regions such as Europe, EU, EMEA, APAC, LATAM, Americas."
            )
        return ",".join(names)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("move_to") == RoleStatus.REJECTED and not (cleaned.get("move_reason") or "").strip():
            self.add_error("move_reason", "Say why the role is rejected; the reason is kept in its history.")
        return cleaned


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Reason for rejecting",
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text="Kept in each role's status history.",
    )


def move_roles(
    modeladmin, request, queryset, *, to: str, reason: str, verb: str, only_from: tuple = ()
) -> None:
    """Make one move on each selected role, and say how many moved and why the others could not."""
    moved, refused = 0, {}
    for role in queryset.select_related(None).only("pk", "status"):
        if only_from and role.status not in only_from:
            problem = f"only roles pending review or drafts can be {verb}."
            refused[problem] = refused.get(problem, 0) + 1
            continue
        try:
            role_transition(role=role, to=to, by=request.user, reason=reason)
            moved += 1
        except TransitionError as exc:
            refused[str(exc)] = refused.get(str(exc), 0) + 1
    if moved:
        message = ngettext("%d role was %s.", "%d roles were %s.", moved) % (moved, verb)
        modeladmin.message_user(request, message, messages.SUCCESS)
    for problem, count in refused.items():
        left = ngettext("%d role was left as it was: %s", "%d roles were left as they were: %s", count)
        modeladmin.message_user(request, left % (count, problem), messages.WARNING)


class ReviewActions:
    """Admin actions for the review queue and for ending or reopening roles (mixed into RoleAdmin)."""

    @admin.action(description="Approve selected roles (open them)")
    def approve_roles(self, request, queryset) -> None:
        move_roles(
            self,
            request,
            queryset,
            to=RoleStatus.OPEN,
            reason="Approved.",
            verb="approved",
            only_from=REVIEWED,
        )

    @admin.action(description="Reject selected roles, with a reason…")
    def reject_roles(self, request, queryset):
        form = RejectForm(request.POST if "confirm" in request.POST else None)
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            move_roles(
                self,
                request,
                queryset,
                to=RoleStatus.REJECTED,
                reason=reason,
                verb="rejected",
                only_from=REVIEWED,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Reject roles",
            "opts": self.model._meta,
            "roles": queryset.select_related("company"),
            "form": form,
            "action": "reject_roles",
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/postings/role/reject_roles.html", context)

    @admin.action(description="Close selected roles")
    def close_roles(self, request, queryset) -> None:
        move_roles(self, request, queryset, to=RoleStatus.CLOSED, reason="Closed by hand.", verb="closed")

    @admin.action(description="Reopen selected roles")
    def reopen_roles(self, request, queryset) -> None:
        move_roles(self, request, queryset, to=RoleStatus.OPEN, reason="Reopened by hand.", verb="reopened")
