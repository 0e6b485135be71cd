"""The admin refuses bad data in plain words, edits sections as lines, and keeps hand edits over imports."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from postings.admin_forms import CompensationForm, LinesField
from postings.currencies import CURRENCIES
from postings.importing import file_import
from postings.models import Compensation, Location, Role, RoleText, Source
from postings.parsing._rates import USD_PER_UNIT
from tests.admin_helpers import post_change_form
from tests.factories import make_compensation, make_role, make_source

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "000_c3544221d691cd20.txt"
SEED_ATS = SEED.parent / "001_54e4c1c61de909f0.txt"


def _change_url(role: Role) -> str:
    return reverse("admin:postings_role_change", args=[role.pk])


def _save(client, role: Role, **changes):
    return post_change_form(client, _change_url(role), **changes)


def _errors(response) -> str:
    assert response.status_code == 200, "the form was accepted"
    return response.content.decode()


# Currency, period and kind.
@pytest.mark.parametrize("typed", ["usd", " Usd ", "USD"])
def test_currency_typed_in_any_case_is_stored_in_capitals(staff_client, typed):
    role = make_role(pay=(100, 200, "EUR"))
    response = _save(staff_client, role, **{"compensations-0-currency": typed})
    assert response.status_code == 302
    assert Compensation.objects.get(role=role).currency == "USD"


def test_a_word_is_not_a_currency(staff_client):
    role = make_role(pay=(100, 200))
    body = _errors(_save(staff_client, role, **{"compensations-0-currency": "DOLLARS"}))
    assert "Select a valid choice. DOLLARS is not one of the available choices." in body
    assert Compensation.objects.get(role=role).currency == "USD"


def test_currency_is_a_choice_among_iso_codes_with_names(staff_client):
    role = make_role(pay=(100, 200))
    body = staff_client.get(_change_url(role)).content.decode()
    assert '<select name="compensations-0-currency"' in body
    assert '<option value="CHF">CHF — Swiss franc</option>' in body
    assert set(USD_PER_UNIT) <= set(CURRENCIES)  # every currency the parser reads can be chosen


def test_an_imported_code_outside_the_list_stays_choosable():
    role = make_role()
    pay = make_compensation(role=role, currency="XBT")
    form = CompensationForm(instance=pay)
    assert ("XBT", "XBT (as imported)") in form.fields["currency"].choices


@pytest.mark.parametrize(("field", "value"), [("period", "fortnight"), ("kind", "bonus")])
def test_period_and_kind_are_choices(staff_client, field, value):
    role = make_role(pay=(100, 200))
    body = _errors(_save(staff_client, role, **{f"compensations-0-{field}": value}))
    assert f"Select a valid choice. {value} is not one of the available choices." in body


# Database constraints, checked by the form in words.
@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        (
            {"compensations-0-min_amount": "300", "compensations-0-max_amount": "200"},
            "The minimum is above the maximum.",
        ),
        ({"compensations-0-min_amount": "-5"}, "The minimum cannot be negative."),
        (
            {"compensations-0-max_amount": "-5", "compensations-0-min_amount": ""},
            "The maximum cannot be negative.",
        ),
        (
            {"compensations-0-min_amount": "", "compensations-0-max_amount": ""},
            "Give a minimum, a maximum or both.",
        ),
    ],
)
def test_pay_constraints_are_explained(staff_client, changes, sentence):
    role = make_role(pay=(100, 200))
    body = _errors(_save(staff_client, role, **changes))
    assert sentence in body
    assert "Constraint" not in body and "is violated" not in body
    pay = Compensation.objects.get(role=role)
    assert (pay.min_amount, pay.max_amount) == (Decimal(100), Decimal(200))


def test_every_check_constraint_speaks_to_people():
    default = models.CheckConstraint.default_violation_error_message
    for model in apps.get_app_config("postings").get_models():
        for constraint in model._meta.constraints:
            message = str(constraint.violation_error_message or "")
            assert message and message != default, f"{model.__name__}.{constraint.name}"
            assert message.endswith(".") and "%(name)s" not in message


def test_a_lower_case_country_is_refused_in_words(staff_client):
    response = staff_client.post(
        reverse("admin:postings_location_add"), {"name": "Berlin", "region": "", "country": "de"}
    )
    assert "The country must be a two-letter ISO 3166 code, such as US or DE." in _errors(response)
    assert not Location.objects.exists()


# Sections as text.
def test_sections_are_text_areas_one_item_a_line(staff_client):
    role = make_role(requirements=["Python", "SQL <joins>"])
    body = staff_client.get(_change_url(role)).content.decode()
    assert "Python\nSQL &lt;joins&gt;</textarea>" in body
    assert '["Python"' not in body and "[&quot;Python" not in body
    assert '<label for="id_text-0-requirements">Requirements:</label>' in body
    response = _save(staff_client, role, **{"text-0-requirements": "  Go \n\n Rust\r\nKafka  "})
    assert response.status_code == 302
    text = RoleText.objects.get(role=role)
    assert text.requirements == ["Go", "Rust", "Kafka"]
    assert "Rust" in text.search_document


@pytest.mark.parametrize(("typed", "items"), [("", []), ("\n \n", []), ("one", ["one"])])
def test_lines_field_reads_lines(typed, items):
    assert LinesField(required=False).clean(typed) == items


# Raw sources.
def test_sources_are_read_only_everywhere(staff_client):
    role = make_role()
    source = make_source(role=role, raw_text="Raw <b>posting</b>", url="https://example.com/job")
    body = staff_client.get(_change_url(role)).content.decode()
    for field in ("kind", "url", "raw_text", "file_name"):
        assert f'name="sources-0-{field}"' not in body
    page = staff_client.get(reverse("admin:postings_source_change", args=[source.pk])).content.decode()
    for field in ("kind", "url", "raw_text", "parsed", "role"):
        assert f'name="{field}"' not in page
    assert "Raw &lt;b&gt;posting&lt;/b&gt;" in page


# Hand edits outlive re-imports.
def _imported_role() -> Role:
    [outcome] = file_import(data=SEED.read_bytes(), file_name=SEED.name)
    return Role.objects.get(pk=outcome.role_id)


def test_an_edited_title_is_kept_when_another_source_arrives(staff_client):
    role = _imported_role()
    imported_title = role.title
    assert _save(staff_client, role, title="Principal Engineer, Voice").status_code == 302
    assert Role.objects.get(pk=role.pk).edited_fields == ["title"]
    file_import(data=SEED_ATS.read_bytes(), file_name=SEED_ATS.name)  # joins the same role
    role = Role.objects.get(pk=role.pk)
    assert Source.objects.filter(role=role).count() == 2
    assert role.title == "Principal Engineer, Voice"
    body = staff_client.get(_change_url(role)).content.decode()
    assert "Edited by hand" in body
    assert f"(the sources say: {imported_title})" in body


def test_edited_sections_and_pay_are_kept_by_a_reparse(staff_client):
    role = _imported_role()
    changes = {"text-0-benefits": "A bicycle", "compensations-0-max_amount": "999999"}
    assert _save(staff_client, role, **changes).status_code == 302
    assert sorted(Role.objects.get(pk=role.pk).edited_fields) == ["benefits", "pay"]
    from postings.importing import sources_reparse

    sources_reparse()
    role = Role.objects.get(pk=role.pk)
    assert role.text.benefits == ["A bicycle"]
    assert role.pay.max_amount == Decimal(999999)
    assert role.pay_max_usd == Decimal(999999)


def test_saving_without_changes_marks_nothing(staff_client):
    role = _imported_role()
    assert _save(staff_client, role).status_code == 302
    assert Role.objects.get(pk=role.pk).edited_fields == []


def test_undo_returns_to_the_sources_values(staff_client):
    role = _imported_role()
    title = role.title
    _save(staff_client, role, title="Hand Title", **{"text-0-benefits": "A bicycle"})
    staff_client.post(
        reverse("admin:postings_role_changelist"),
        {"action": "undo_hand_edits", "_selected_action": [role.pk]},
    )
    role = Role.objects.get(pk=role.pk)
    assert role.edited_fields == [] and role.title == title
    assert role.text.benefits != ["A bicycle"]


def test_edited_places_and_skills_are_kept_by_a_reparse(staff_client):
    from postings.importing import sources_reparse

    role = _imported_role()
    berlin = Location.objects.create(name="Berlin", region="Berlin", country="DE")
    skills_before = set(role.role_skills.values_list("skill__name", flat=True))
    dropped = role.role_skills.select_related("skill").first()
    index = list(role.role_skills.values_list("pk", flat=True)).index(dropped.pk)
    changes = {"locations": [str(berlin.pk)], f"role_skills-{index}-DELETE": "on"}
    assert _save(staff_client, role, **changes).status_code == 302
    assert sorted(Role.objects.get(pk=role.pk).edited_fields) == ["locations", "skills"]
    sources_reparse()
    role = Role.objects.get(pk=role.pk)
    assert list(role.locations.values_list("name", flat=True)) == ["Berlin"]
    assert role.location_ids == [berlin.pk]
    assert set(role.role_skills.values_list("skill__name", flat=True)) == skills_before - {dropped.skill.name}
    body = staff_client.get(_change_url(role)).content.decode()
    assert "Berlin, Berlin, DE <span>(the sources say: San Francisco Bay Area, California, US)</span>" in body
    assert f"{dropped.skill.name}" in body.split("Edited by hand")[1].split("</ul>")[0]


# Where remote candidates must be based.
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("us, europe", "US,Europe"),
        ("EMEA,emea, de", "EMEA,DE"),
        ("latin america", "Latin America"),
        ("latam", "LATAM"),  # the first of a name's spellings, every time
        ("", ""),
    ],
)
def test_a_restriction_typed_by_hand_is_stored_as_the_filters_read_it(staff_client, typed, stored):
    role = make_role(work_mode="remote")
    assert _save(staff_client, role, remote_restriction=typed).status_code == 302
    assert Role.objects.get(pk=role.pk).remote_restriction == stored


def test_an_unknown_restriction_is_refused_in_words(staff_client):
    role = make_role(work_mode="remote")
    page = _errors(_save(staff_client, role, remote_restriction="US, Narnia"))
    assert "Not a country code or a known region: Narnia" in page
