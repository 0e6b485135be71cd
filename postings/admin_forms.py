"""Admin forms that refuse bad data in words a person understands, and remember what a person edited.

Currency is a choice among ISO 4217 codes (typed lower case, it is read upper case); period and kind are
choices; the database constraints are checked by every form (Django validates them, with the sentences
given as each constraint's violation_error_message). A role's sections are text areas, one item a line.
"""

from django import forms

from .currencies import CURRENCIES, CURRENCY_CHOICES
from .merging import merge
from .models import Compensation, Role, RoleText
from .parsing.pay import Pay, annual_usd
from .provenance import FIELDS, by_trust, describe, merged_value

LIST_SECTIONS = ("responsibilities", "requirements", "nice_to_have", "benefits")
# Parsed-posting keys whose names differ from the role's, and labels provenance.FIELDS lacks.
PARSED_KEY = {"closes_on": "valid_through"}
LABELS = {"apply_url": "Apply link"}


class CurrencyField(forms.ChoiceField):
    """An ISO 4217 code from the list; "usd" or " Usd " is read as "USD"."""

    def to_python(self, value) -> str:
        return super().to_python(value).strip().upper()


class CompensationForm(forms.ModelForm):
    currency = CurrencyField(choices=CURRENCY_CHOICES, initial="USD", help_text="ISO 4217")

    class Meta:
        model = Compensation
        fields = ["min_amount", "max_amount", "currency", "period", "kind", "is_estimate", "equity", "source"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.instance.currency if self.instance.pk else None
        if stored and stored not in CURRENCIES:
            # An imported code that is not in the list stays choosable, so the rest of the role can be saved.
            self.fields["currency"].choices = [(stored, f"{stored} (as imported)"), *CURRENCY_CHOICES]

    def save(self, commit: bool = True) -> Compensation:
        # The annual US-dollar figures search filters and sorts by follow the amounts just typed.
        pay = self.instance
        figure = Pay(pay.min_amount, pay.max_amount, pay.currency, pay.period, pay.kind)
        pay.annual_min_usd, pay.annual_max_usd = annual_usd(figure)
        return super().save(commit=commit)


class LinesField(forms.CharField):
    """A list of short texts edited as one text area, one item a line (blank lines are dropped)."""

    widget = forms.Textarea

    def prepare_value(self, value):
        return "\n".join(str(item) for item in value) if isinstance(value, list | tuple) else value

    def to_python(self, value) -> list[str]:
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]


class RoleTextForm(forms.ModelForm):
    """The description: the summary and "about" as prose, each list section one item a line."""

    responsibilities = LinesField(label="What you'll do", required=False, help_text="One item a line")
    requirements = LinesField(label="Requirements", required=False, help_text="One item a line")
    nice_to_have = LinesField(label="Nice to have", required=False, help_text="One item a line")
    benefits = LinesField(label="Benefits", required=False, help_text="One item a line")

    class Meta:
        model = RoleText
        fields = list(RoleText.BODY)
        labels = {"summary": "About the role", "about_company": "About the company"}


def hand_edited(*, role_form, text_forms, pay_forms, skill_forms=()) -> set[str]:
    """The importable fields a save changed: the role's own, its description's, "pay" when a stated figure
    was added, changed or removed, and "skills" when a skill was."""
    edited = set(role_form.changed_data) & set(Role.HAND_EDITABLE)
    if any(form.has_changed() or form.cleaned_data.get("DELETE") for form in skill_forms):
        edited.add("skills")
    for form in text_forms:
        edited |= set(form.changed_data) & set(RoleText.BODY)
    for form in pay_forms:
        # A stated figure before or after the save (an estimate turned into pay, or pay into an estimate).
        before = form.initial.get("is_estimate", False)
        stated = not before or not form.cleaned_data.get("is_estimate", False)
        deleted = form.cleaned_data.get("DELETE")
        if stated and (form.has_changed() or deleted):
            edited.add("pay")
    return edited


def hand_edit_rows(role: Role, sources) -> list[tuple[str, str, str]]:
    """(label, the role's value, what the sources say) for each field edited by hand."""
    rows = []
    for name in role.edited_fields or []:
        key = PARSED_KEY.get(name, name)
        label = FIELDS.get(key) or LABELS.get(name, name)
        if name == "pay":
            pay = role.pay
            mine = pay.display if pay else "not stated"
        elif name == "skills":
            mine = ", ".join(link.skill.name for link in role.role_skills.all()) or "not stated"
            stated = merge([s.parsed for s in by_trust(sources)])["skills"]  # every source's, as merged
            said = ", ".join(str(s.get("name") or s.get("slug")) for s in stated) or "not stated"
            rows.append(("Skills", mine, said))
            continue
        elif name == "locations":
            places = [
                {"name": p.name, "region": p.region, "country": p.country} for p in role.locations.all()
            ]
            mine = describe(key, places or None)
        elif name in RoleText.BODY:
            mine = describe(key, getattr(role.body, name) or None)
        else:
            value = getattr(role, name)
            mine = describe(
                key, value.split(",") if name == "remote_restriction" and value else value or None
            )
        rows.append((label, mine, describe(key, merged_value(sources, key))))
    return rows
