"""A role's states: every allowed move recorded, every other refused; where imported roles start."""

import itertools
from pathlib import Path

import pytest

from postings.choices import TRANSITIONS, RoleStatus
from postings.importing import file_import
from postings.lifecycle import TransitionError, import_status, role_transition
from postings.models import Role, RoleStatusChange
from tests.factories import make_role

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
ALLOWED = [(start, end) for start, ends in TRANSITIONS.items() for end in ends]
REFUSED = [pair for pair in itertools.product(RoleStatus.values, repeat=2) if pair not in ALLOWED]


@pytest.mark.parametrize(("start", "end"), ALLOWED)
def test_every_allowed_move_changes_the_status_and_is_recorded(start, end, django_user_model):
    moderator = django_user_model.objects.create_user("mod", password="pw-for-tests-only")
    role = make_role(status=start)
    change = role_transition(role=role, to=end, by=moderator, reason="Because.")
    stored = Role.objects.get(pk=role.pk)
    assert stored.status == end and role.status == end
    assert stored.status_changed_at == change.changed_at
    assert (change.from_status, change.to_status, change.changed_by, change.reason) == (
        start,
        end,
        moderator,
        "Because.",
    )


@pytest.mark.parametrize(("start", "end"), REFUSED)
def test_every_other_move_is_refused_and_changes_nothing(start, end):
    role = make_role(status=start)
    with pytest.raises(TransitionError, match="cannot become"):
        role_transition(role=role, to=end)
    assert Role.objects.get(pk=role.pk).status == start
    assert not RoleStatusChange.objects.exists()


def test_the_machine_has_no_dead_end_but_rejection_needs_a_second_look():
    # Every state can be left; only "pending review" leads out of "rejected" (never straight to open).
    assert all(TRANSITIONS[state] for state in RoleStatus.values)
    assert TRANSITIONS[RoleStatus.REJECTED] == {RoleStatus.PENDING}
    assert RoleStatus.OPEN not in TRANSITIONS[RoleStatus.REJECTED]


def test_an_anonymous_or_system_move_records_no_person():
    role = make_role()
    change = role_transition(role=role, to="closed", reason="Filled.")
    assert change.changed_by is None


@pytest.mark.parametrize(
    ("kind", "doubts", "review_kinds", "expected"),
    [
        ("careers", {}, [], "open"),
        ("aggregator", {}, [], "open"),
        ("aggregator", {}, ["aggregator"], "pending"),
        ("careers", {}, ["aggregator"], "open"),
        ("careers", {}, ["all"], "pending"),
        ("careers", {}, ["Careers "], "pending"),
        ("careers", {"company": 0.4}, [], "pending"),
    ],
)
def test_where_an_imported_role_starts(settings, kind, doubts, review_kinds, expected):
    settings.ROLE_REVIEW_SOURCE_KINDS = review_kinds
    status, reason = import_status(source_kind=kind, doubts=doubts)
    assert status == expected
    assert reason.startswith("Imported")


def test_a_doubt_is_named_in_the_reason():
    _, reason = import_status(source_kind="careers", doubts={"pay": 0.5})
    assert reason == "Imported; the parser was unsure of the pay (50% sure)."


def test_a_confident_careers_page_opens_at_once_with_its_first_history_row():
    [outcome] = file_import(data=(SEEDS / "000_c3544221d691cd20.txt").read_bytes(), file_name="000.txt")
    role = Role.objects.get(pk=outcome.role_id)
    assert role.status == "open" and role.status_changed_at is not None
    [change] = role.status_changes.all()
    assert (change.from_status, change.to_status, change.changed_by) == ("", "open", None)
    assert change.reason == "Imported (source: careers page)."


def test_a_role_whose_pay_the_parser_doubted_waits_for_review_whatever_its_source():
    # The aggregator's copy: its estimate contradicts the stated range, so the pay is only 50% sure.
    [outcome] = file_import(data=(SEEDS / "003_6a446e219a030844.txt").read_bytes(), file_name="003.txt")
    role = Role.objects.get(pk=outcome.role_id)
    assert role.status == "pending"
    assert "unsure of the pay" in role.status_changes.get().reason


def test_the_review_setting_sends_a_trusted_source_to_review(settings):
    settings.ROLE_REVIEW_SOURCE_KINDS = ["careers"]
    [outcome] = file_import(data=(SEEDS / "000_c3544221d691cd20.txt").read_bytes(), file_name="000.txt")
    assert Role.objects.get(pk=outcome.role_id).status == "pending"


def test_another_source_joining_a_role_does_not_change_its_status():
    file_import(data=(SEEDS / "000_c3544221d691cd20.txt").read_bytes(), file_name="000.txt")
    role = Role.objects.get()
    role_transition(role=role, to="closed", reason="Filled.")
    [outcome] = file_import(data=(SEEDS / "001_54e4c1c61de909f0.txt").read_bytes(), file_name="001.txt")
    assert outcome.outcome == "updated" and outcome.role_id == role.pk
    assert Role.objects.get(pk=role.pk).status == "closed"
    assert role.status_changes.count() == 2


def test_the_import_report_says_which_roles_wait_for_review():
    import io
    import json

    from django.core.management import call_command

    out = io.StringIO()
    call_command("import_postings", str(SEEDS), "--format", "json", stdout=out, stderr=io.StringIO())
    report = json.loads(out.getvalue())
    statuses = {role["title"]: role["status"] for role in report["roles"]}
    assert statuses["Staff Software Engineer, Real Time Infrastructure"] == "pending"
    assert statuses["Principal Software Engineer"] == "open"
    assert all("closes_on" in role for role in report["roles"])
