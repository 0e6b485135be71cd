"""Admin for editing postings: roles with their pay, skills and sources; provenance is read-only."""

from django.contrib import admin, messages
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from .admin_forms import CompensationForm, RoleTextForm, hand_edit_rows, hand_edited
from .admin_reports import ReportedFilter, report_count
from .admin_review import ReviewActions, RoleStatusForm, StatusChangeInline, StatusFilter
from .choices import RoleStatus
from .importing import role_rebuild
from .lifecycle import role_started, role_transition
from .models import Company, Compensation, ImportRun, Location, Role, RoleSkill, RoleText, Skill, Source
from .pay_transparency import covered_q, laws_for, problems_q, role_pay_problems
from .services import role_refresh, role_text_save


class CompensationInline(admin.TabularInline):
    model = Compensation
    form = CompensationForm
    extra = 0
    fields = ["min_amount", "max_amount", "currency", "period", "kind", "is_estimate", "equity", "source"]
    raw_id_fields = ["source"]


class RoleSkillInline(admin.TabularInline):
    model = RoleSkill
    extra = 0
    autocomplete_fields = ["skill"]


class RoleTextInline(admin.StackedInline):
    model = RoleText
    form = RoleTextForm
    verbose_name = verbose_name_plural = "Description"
    fields = list(RoleText.BODY)
    can_delete = False
    min_num = max_num = 1


class SourceInline(admin.StackedInline):
    model = Source
    extra = 0
    can_delete = False
    fields = readonly_fields = [
        "kind",
        "file_name",
        "url",
        "imported_at",
        "last_seen_at",
        "parser_version",
        "content_hash",
        "raw_text",
    ]
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        # Sources come from imports only: provenance must not be invented by hand.
        return False


class PayTransparencyFilter(admin.SimpleListFilter):
    """Roles that a pay-range law covers (Colorado, New York City, California, Washington, …), and those
    whose posting lacks what the law asks for."""

    title = "pay transparency"
    parameter_name = "pay_law"

    def lookups(self, request, model_admin):
        return [("problem", "Covered, something missing"), ("covered", "Covered by a pay-range law")]

    def queryset(self, request, queryset):
        if self.value() == "problem":
            return queryset.filter(problems_q())
        if self.value() == "covered":
            return queryset.filter(covered_q())
        return queryset


@admin.register(Role)
class RoleAdmin(ReviewActions, admin.ModelAdmin):
    form = RoleStatusForm
    list_display = [
        "title", "company", "seniority", "work_mode", "pay_range", "status", "source_count", "reports"
    ]  # fmt: skip
    list_filter = [
        StatusFilter,
        ReportedFilter,
        PayTransparencyFilter,
        "needs_review",
        "seniority",
        "work_mode",
        "employment_type",
        "listed_at",
    ]
    list_select_related = ["company"]
    search_fields = ["title", "team", "company__name"]
    date_hierarchy = "listed_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["company", "locations"]
    readonly_fields = [
        "created_at",
        "updated_at",
        "pay_min_usd",
        "pay_max_usd",
        "status_changed_at",
        "hand_edits",
        "pay_transparency",
    ]
    inlines = [RoleTextInline, CompensationInline, RoleSkillInline, SourceInline, StatusChangeInline]
    actions = ["approve_roles", "reject_roles", "close_roles", "reopen_roles", "undo_hand_edits"]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["company", "title", "slug", "team", "needs_review", "apply_url", "hand_edits"]}),
        ("Status", {"fields": ["status", "status_changed_at", "move_to", "move_reason", "closes_on"]}),
        ("Pay transparency", {"fields": ["pay_transparency"]}),
        (
            "Level and place",
            {
                "fields": [
                    "seniority",
                    "employment_type",
                    "work_mode",
                    "locations",
                    "remote_restriction",
                    "relocation_assistance",
                    "min_years_experience",
                    "posted_at",
                    "listed_at",
                ]
            },
        ),
        (
            "Derived",
            {"classes": ["collapse"], "fields": ["pay_min_usd", "pay_max_usd", "created_at", "updated_at"]},
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(source_count=Count("sources", distinct=True), report_count=report_count())
            .prefetch_related("compensations")
        )

    @admin.display(description="Sources", ordering="source_count")
    def source_count(self, role: Role) -> int:
        return role.source_count

    @admin.display(description="Reports", ordering="report_count")
    def reports(self, role: Role) -> int:
        return role.report_count

    @admin.display(description="Pay", ordering="pay_max_usd")
    def pay_range(self, role: Role) -> str:
        return str(role.pay) if role.pay else "—"

    def get_readonly_fields(self, request, obj=None):
        # A stored role's status changes only by a recorded move ("move to", or the list's actions).
        return [*self.readonly_fields, "status"] if obj is not None else self.readonly_fields

    def get_fieldsets(self, request, obj=None):
        if obj is not None:
            return self.fieldsets
        status = ("Status", {"fields": ["status", "closes_on"]})
        return [
            status if name == "Status" else (name, options)
            for name, options in self.fieldsets
            if name != "Pay transparency"
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        role = self.get_object(request, object_id) if request.method == "GET" else None
        if role is not None and (lacking := role_pay_problems(role)):
            laws = " ".join(f"{law.name} asks for pay in postings: {'; '.join(p)}." for law, p in lacking)
            messages.warning(request, f"Pay transparency: {laws}")
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description="Pay-range laws")
    def pay_transparency(self, role: Role) -> str:
        """The pay-range laws covering the role and what its posting lacks for each."""
        if role.pk is None:
            return "—"
        covering = laws_for(role)
        if not covering:
            return "No pay-range law covers this role's places."
        lacking = dict(role_pay_problems(role))
        rows = [(law.name, "; ".join(lacking[law]) if law in lacking else "complete") for law in covering]
        return format_html("<ul>{}</ul>", format_html_join("", "<li><strong>{}</strong>: {}</li>", rows))

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.status_changed_at = timezone.now()
        super().save_model(request, obj, form, change)
        if not change:
            role_started(role=obj, reason="Created by hand.", by=request.user)
        elif form.cleaned_data.get("move_to"):
            reason = form.cleaned_data.get("move_reason", "").strip() or "Changed in the admin."
            role_transition(role=obj, to=form.cleaned_data["move_to"], by=request.user, reason=reason)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        role = form.instance
        if change:
            forms_of = {fs.model: fs.forms for fs in formsets}
            edited = hand_edited(
                role_form=form,
                text_forms=forms_of.get(RoleText, []),
                pay_forms=forms_of.get(Compensation, []),
                skill_forms=forms_of.get(RoleSkill, []),
            )
            if edited - set(role.edited_fields):
                role.edited_fields = sorted(set(role.edited_fields) | edited)
                Role.objects.filter(pk=role.pk).update(edited_fields=role.edited_fields)
        role_text_save(role=role)  # its search document, from the description just saved
        role_refresh(role=role)

    @admin.display(description="Edited by hand")
    def hand_edits(self, role: Role) -> str:
        """Each field a person changed, beside what the sources say (a re-import keeps the edit)."""
        rows = hand_edit_rows(role, list(role.sources.all())) if role.pk else []
        if not rows:
            return "Nothing: every field comes from the sources."
        items = format_html_join(
            "", "<li><strong>{}</strong>: {} <span>(the sources say: {})</span></li>", rows
        )
        return format_html("<ul>{}</ul>", items)

    @admin.action(description="Undo hand edits (take every field from the sources again)")
    def undo_hand_edits(self, request, queryset) -> None:
        count = 0
        for role in queryset.exclude(edited_fields=[]).select_related("company"):
            role.edited_fields = []
            Role.objects.filter(pk=role.pk).update(edited_fields=[])
            if role.sources.exists():
                role_rebuild(role=Role.objects.select_related("company", "text").get(pk=role.pk))
            count += 1
        message = ngettext(
            "%d role now follows its sources again.", "%d roles now follow their sources again.", count
        )
        self.message_user(request, message % count)


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "website_link", "open_roles", "all_roles"]
    search_fields = ["name", "key"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["key", "created_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                role_total=Count("roles", distinct=True),
                role_open=Count("roles", filter=Q(roles__status=RoleStatus.OPEN), distinct=True),
            )
        )

    @admin.display(description="Open roles", ordering="role_open")
    def open_roles(self, company: Company) -> int:
        return company.role_open

    @admin.display(description="All roles", ordering="role_total")
    def all_roles(self, company: Company) -> int:
        return company.role_total

    @admin.display(description="Website")
    def website_link(self, company: Company) -> str:
        if not company.website:
            return "—"
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', company.website, company.website)


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "category", "role_count"]
    list_filter = ["category"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(role_total=Count("role_skills"))

    @admin.display(description="Roles", ordering="role_total")
    def role_count(self, skill: Skill) -> int:
        return skill.role_total


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "country"]
    list_filter = ["country"]
    search_fields = ["name", "region", "country"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "role", "imported_at", "parser_version"]
    list_filter = ["kind", "imported_at"]
    list_select_related = ["role", "role__company"]
    search_fields = ["file_name", "url", "role__title"]
    # Provenance: what was imported is never edited by hand.
    readonly_fields = [
        "role",
        "kind",
        "url",
        "file_name",
        "raw_text",
        "content_hash",
        "parser_version",
        "parsed",
        "imported_at",
        "last_seen_at",
    ]
    date_hierarchy = "imported_at"

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "finished_at", "created", "updated", "unchanged", "failed"]
    date_hierarchy = "started_at"
    readonly_fields = [f.name for f in ImportRun._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


from . import admin_alerts  # noqa: E402, F401 - registers the saved-search admin
