"""RoleFilter: the parameters of `/`, `/api/roles/` and `/feeds/roles/` (see DESIGN.md, "Search")."""

import re

import django_filters
from django import forms
from django.db.models import Q

from . import conditions
from .choices import EmploymentType, Seniority, WorkMode
from .models import Role, Skill
from .parsing._rates import USD_PER_UNIT, to_usd
from .querysets import RoleQuerySet
from .search.query import FIELDS, MAX_QUERY_LENGTH, parse

SORTS = [("relevance", "Relevance"), ("newest", "Newest"), ("pay", "Highest pay")]
POSTED_WITHIN = [1, 7, 30]
MAX_VALUES = 20
# Filters shown as facets: each facet's counts apply every filter but its own.
FACETED = ("seniority", "work_mode", "employment_type", "country", "skill", "company", "pay", "posted_within")


class ValueListField(forms.Field):
    """A repeatable parameter (`?skill=a&skill=b`, or `?skill=a,b`) whose values all match a pattern."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, pattern: str, upper: bool = False, **kwargs):
        self.pattern, self.upper = re.compile(pattern), upper
        super().__init__(**kwargs)

    def to_python(self, value) -> list[str]:
        values = [v.strip() for item in value or [] for v in str(item).split(",") if v.strip()]
        values = [v.upper() if self.upper else v.lower() for v in values]
        return list(dict.fromkeys(values))[:MAX_VALUES]

    def validate(self, value) -> None:
        bad = [v for v in value if not self.pattern.fullmatch(v)]
        if bad:
            raise forms.ValidationError(f"Not a valid value: {', '.join(bad[:3])[:60]}")


class ValueListFilter(django_filters.Filter):
    field_class = ValueListField


class FlagInput(forms.CheckboxInput):
    """A ticked box sends "1"; in a URL, "0", "false", "no" and "off" say no as well (a plain checkbox
    would read any text as yes)."""

    def value_from_datadict(self, data, files, name) -> bool:
        value = data.get(name)
        if isinstance(value, str) and value.strip().lower() in ("", "0", "false", "no", "off"):
            return False
        return super().value_from_datadict(data, files, name)


class RoleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", max_length=MAX_QUERY_LENGTH, label="Search")
    seniority = django_filters.MultipleChoiceFilter(choices=Seniority.choices, method="filter_seniority")
    work_mode = django_filters.MultipleChoiceFilter(choices=WorkMode.choices, method="filter_work_mode")
    employment_type = django_filters.MultipleChoiceFilter(
        choices=EmploymentType.choices, method="filter_employment_type", label="Employment type"
    )
    country = ValueListFilter(method="filter_country", pattern=r"[A-Z]{2}", upper=True)
    location = django_filters.CharFilter(method="filter_location", max_length=100)
    remote_from = django_filters.CharFilter(method="filter_remote_from", max_length=2, label="Remote from")
    pay_min = django_filters.NumberFilter(
        method="filter_pay_min", min_value=0, max_value=100_000_000, label="Minimum pay"
    )
    currency = django_filters.ChoiceFilter(
        choices=[(code, code) for code in sorted(USD_PER_UNIT)], method="filter_nothing"
    )
    include_unknown_pay = django_filters.BooleanFilter(
        method="filter_nothing", widget=FlagInput, label="Include roles with no stated pay"
    )
    # Older links: the same as a minimum of 0 (pay stated, any amount).
    with_pay = django_filters.BooleanFilter(
        method="filter_with_pay", widget=FlagInput, label="Only roles with pay"
    )
    # a skill's slug in its own script too ("röntgenschein", "普通自動車免許"): a posting's own skill names
    skill = ValueListFilter(method="filter_skill", pattern=r"[^\W_][\w-]{0,99}")
    company = ValueListFilter(method="filter_company", pattern=r"[a-z0-9][a-z0-9_-]{0,199}")
    posted_within = django_filters.NumberFilter(
        method="filter_posted_within", min_value=1, max_value=3650, label="Posted within (days)"
    )
    include_closed = django_filters.BooleanFilter(
        method="filter_nothing", widget=FlagInput, label="Include closed and expired roles"
    )
    sort = django_filters.ChoiceFilter(choices=SORTS, method="filter_nothing", empty_label=None)

    class Meta:
        model = Role
        fields: list[str] = []

    def __init__(self, data=None, queryset=None, **kwargs):
        # Unbound filtersets skip filter_queryset; an empty dict still gets "open roles, newest first".
        super().__init__(data if data is not None else {}, queryset=queryset, **kwargs)
        self.notes: list[str] = []

    # Filter methods: each calls one QuerySet method.
    def filter_nothing(self, queryset, name, value):
        return queryset  # applied in filter_queryset or by another filter

    def filter_q(self, queryset: RoleQuerySet, name, value):
        self.note_unknown_fields(value)
        return queryset.search(value)

    def filter_seniority(self, queryset: RoleQuerySet, name, value):
        return queryset.with_seniority(value)

    def filter_work_mode(self, queryset: RoleQuerySet, name, value):
        return queryset.with_work_mode(value)

    def filter_employment_type(self, queryset: RoleQuerySet, name, value):
        return queryset.with_employment_type(value)

    def filter_country(self, queryset: RoleQuerySet, name, value):
        return queryset.in_countries(value)

    def filter_location(self, queryset: RoleQuerySet, name, value):
        return queryset.located(value.strip()) if value.strip() else queryset

    def filter_remote_from(self, queryset: RoleQuerySet, name, value):
        return queryset.remote_from(value.upper()) if re.fullmatch(r"[A-Za-z]{2}", value) else queryset

    def filter_pay_min(self, queryset: RoleQuerySet, name, value):
        return queryset.filter(self.pay_condition())

    def filter_with_pay(self, queryset: RoleQuerySet, name, value):
        if not value or self.cleaned("pay_min") is not None:
            return queryset  # pay_min applies it together with the minimum
        return queryset.with_pay()

    def filter_skill(self, queryset: RoleQuerySet, name, value):
        return queryset.with_all_skills(self.skill_ids())

    def filter_company(self, queryset: RoleQuerySet, name, value):
        return queryset.at_companies(value)

    def filter_posted_within(self, queryset: RoleQuerySet, name, value):
        return queryset.posted_within(int(value))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.cleaned("include_closed"):
            queryset = queryset.open()
        return self.sort_queryset(queryset)

    # Helpers shared with the facets and the views.
    def cleaned(self, name: str):
        """A parameter after validation; None when missing or invalid (invalid ones are ignored)."""
        self.errors  # noqa: B018 - runs validation once
        return self.form.cleaned_data.get(name)

    @property
    def sort_order(self) -> str:
        """The sort in effect: the one asked for, else relevance with a query and newest without."""
        asked = self.cleaned("sort")
        if asked == "relevance" and not self.has_query:
            return "newest"
        return asked or ("relevance" if self.has_query else "newest")

    @property
    def has_query(self) -> bool:
        return bool((self.cleaned("q") or "").strip())

    def sort_queryset(self, queryset: RoleQuerySet) -> RoleQuerySet:
        if self.sort_order == "pay":
            return queryset.highest_paid_first()
        if self.sort_order == "relevance":
            return queryset.by_relevance()
        return queryset.newest_first()

    def skill_ids(self) -> list[int]:
        """Ids of the requested skills; an unknown slug matches no role (and gets a note)."""
        if not hasattr(self, "_skill_ids"):
            slugs = self.cleaned("skill") or []
            found = dict(Skill.objects.filter(slug__in=slugs).values_list("slug", "id")) if slugs else {}
            unknown = [s for s in slugs if s not in found]
            if unknown:
                self.notes.append(f"No role asks for the skill “{unknown[0]}”.")
            self._skill_ids = list(found.values()) + ([0] if unknown else [])  # id 0 never exists
        return self._skill_ids

    def note_unknown_fields(self, q: str) -> None:
        """Say so when the query names a field that does not exist ("foo:bar" is searched as two words)."""
        unknown = parse(q).unknown_fields
        if not unknown:
            return
        names = ", ".join(f"“{name}:”" for name in unknown[:3])
        verb = "is not a search field" if len(unknown) == 1 else "are not search fields"
        known = ", ".join(f"{name}:" for name in FIELDS)
        note = f"{names} {verb}: searched as plain words. Fields: {known}"
        if note not in self.notes:  # the query filters more than one queryset
            self.notes.append(note)

    def minimum_pay_usd(self):
        """The minimum pay converted to annual USD, or None."""
        amount = self.cleaned("pay_min")
        return None if amount is None else to_usd(amount, self.cleaned("currency") or "USD")

    @property
    def includes_unknown_pay(self) -> bool:
        """Whether roles that state no pay pass a minimum pay (only when asked for, never with with_pay)."""
        return bool(self.cleaned("include_unknown_pay")) and not self.cleaned("with_pay")

    def pay_condition(self) -> Q:
        minimum = self.minimum_pay_usd()
        if minimum is None:
            return conditions.with_pay() if self.cleaned("with_pay") else Q()
        return conditions.pay_reaches(minimum, only_with_pay=not self.includes_unknown_pay)

    def facet_conditions(self) -> dict[str, Q]:
        """The active faceted filters as conditions, keyed like FACETED."""
        get = self.cleaned
        found = {
            "seniority": get("seniority") and conditions.field_in("seniority", get("seniority")),
            "work_mode": get("work_mode") and conditions.field_in("work_mode", get("work_mode")),
            "employment_type": get("employment_type")
            and conditions.field_in("employment_type", get("employment_type")),
            "country": get("country") and conditions.in_countries(get("country")),
            "skill": get("skill") and conditions.with_all_skills(self.skill_ids()),
            "company": get("company") and conditions.at_companies(get("company")),
            "pay": (get("pay_min") is not None or get("with_pay")) and self.pay_condition(),
            "posted_within": get("posted_within") and conditions.posted_within(int(get("posted_within"))),
        }
        return {name: q for name, q in found.items() if q}

    def shared_queryset(self) -> RoleQuerySet:
        """The queryset with only the filters that are not facets (query, place, closed), unsorted."""
        queryset = self.queryset.all()
        for name in ("q", "location", "remote_from"):
            value = self.cleaned(name)
            if value not in (None, ""):
                queryset = self.filters[name].filter(queryset, value)
        return queryset if self.cleaned("include_closed") else queryset.open()
