"""import_roles on bad input: a clear error naming the line and the reason, never a traceback, never a
half-written role; the good lines of the file are restored all the same."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from postings.models import Company, Compensation, Role, Source

from .factories import make_estimate, make_role, make_source

pytestmark = pytest.mark.django_db


def _exported(count: int = 3) -> list[dict]:
    """The lines of an export of `count` roles (header first); the database is emptied after."""
    for n in range(count):
        role = make_role(title=f"Engineer {n}", pay=(100000, 120000), skills=("Python",))
        make_estimate(role=role, source=make_source(role=role, raw_text=f"Posting {n}"))
    out = io.StringIO()
    call_command("export_roles", stdout=out, stderr=io.StringIO())
    Company.objects.all().delete()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def _write(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def _restore(path: Path) -> tuple[str, str, CommandError | None]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_roles", str(path), stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def test_a_line_that_is_not_json_is_named_and_the_other_roles_are_restored(tmp_path):
    head, first, second, third = _exported()
    path = _write(tmp_path / "roles.jsonl", [head, first, '{"slug": "half', third])

    out, err, error = _restore(path)

    assert f"{path}, line 3: not JSON: Unterminated string starting at (column 10)" in err
    assert "Roles: 3 read, 2 created, 0 updated, 0 unchanged, 1 failed." in out
    assert "1 role(s) could not be restored" in str(error)
    assert set(Role.objects.values_list("slug", flat=True)) == {first["slug"], third["slug"]}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda head: head.update(version=2), "line 1: format version 2 is not one this jobboard reads"),
        (
            lambda head: head.update(format="something-else"),
            "line 1: not a roles export: the first line has no",
        ),
        (
            lambda head: head["migrations"]["postings"].append("0099_from_the_future"),
            "line 1: written by a newer version (migrations postings.0099_from_the_future are not applied",
        ),
        (
            lambda head: head["schema"]["role"].append("mood"),
            "line 1: fields this database does not have: role.mood",
        ),
        (lambda head: head.pop("schema"), "line 1: the header's schema must list the fields of"),
    ],
)
def test_a_header_this_database_cannot_take_stops_before_anything_is_written(tmp_path, change, reason):
    head, *roles = _exported()
    change(head)
    _, _, error = _restore(_write(tmp_path / "roles.jsonl", [head, *roles]))

    assert error is not None and reason in str(error)
    assert not Role.objects.exists() and not Company.objects.exists()


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        ([], "line 1: not a roles export"),
        (["[1, 2]"], "line 1: a JSON list, not an object"),
        (["not json at all"], "line 1: not JSON: Expecting value (column 1)"),
    ],
)
def test_a_file_without_a_header_is_refused(tmp_path, lines, reason):
    _, _, error = _restore(_write(tmp_path / "roles.jsonl", lines))
    assert error is not None and reason in str(error)


def test_a_missing_file_is_a_sentence(tmp_path):
    _, _, error = _restore(tmp_path / "nowhere.jsonl")
    assert error is not None and "Cannot read" in str(error) and "No such file or directory" in str(error)


def test_missing_fields_and_wrong_shapes_are_named(tmp_path):
    head, first, second, third = _exported()
    del first["title"]
    second["sources"][0].pop("raw_text")
    third["skills"] = {"slug": "python"}
    path = _write(tmp_path / "roles.jsonl", [head, first, second, third])

    _, err, error = _restore(path)

    assert "line 2: missing field 'title'" in err
    assert "line 3: sources: missing field 'raw_text'" in err
    assert 'line 4: "skills" must be a list' in err
    assert error is not None and not Role.objects.exists()


def test_bad_values_are_named_with_their_field(tmp_path):
    head, first, second, third = _exported()
    first["posted_at"] = "last tuesday"
    second["compensations"][0]["min_amount"] = "lots"
    third["title"] = None
    _, err, _ = _restore(_write(tmp_path / "roles.jsonl", [head, first, second, third]))

    assert "line 2: role.posted_at: “last tuesday” value has an invalid date format" in err
    assert "line 3: compensation.min_amount: “lots” value must be a decimal number." in err
    assert "line 4: role.title may not be null" in err
    assert not Role.objects.exists()


def test_a_role_the_database_refuses_half_way_is_undone_whole(tmp_path):
    head, first, second, third = _exported()
    # Written after the role, its text, skills and sources: the constraint fails on the pay row.
    second["compensations"][0].update(min_amount="900000.00", max_amount="1.00")
    _, err, error = _restore(_write(tmp_path / "roles.jsonl", [head, first, second, third]))

    assert "line 3: the database refused it:" in err and "comp_min_lte_max" in err
    assert error is not None
    assert not Role.objects.filter(slug=second["slug"]).exists()
    assert not Source.objects.filter(content_hash=second["sources"][0]["content_hash"]).exists()
    assert Role.objects.count() == 2 and Compensation.objects.count() == 4


def test_a_source_stored_for_another_role_and_a_repeated_role_are_refused(tmp_path):
    head, first, second, third = _exported()
    second["sources"] = first["sources"]
    second["compensations"] = []
    _, err, _ = _restore(_write(tmp_path / "roles.jsonl", [head, first, second, third, third]))

    assert f"line 3: source 'posting.txt' is already stored for another role, '{first['slug']}'" in err
    assert f"line 5: role '{third['slug']}' is already on line 4" in err
    assert set(Role.objects.values_list("slug", flat=True)) == {first["slug"], third["slug"]}


def test_a_cut_short_file_is_an_error_after_its_roles_are_restored(tmp_path):
    head, first, second, _ = _exported()
    out, err, error = _restore(_write(tmp_path / "roles.jsonl", [head, first, second]))

    assert "the file ends after 2 of the 3 roles its header announces" in err
    assert error is not None and Role.objects.count() == 2


def test_invalid_utf8_is_named(tmp_path):
    head, first, *_ = _exported(1)
    path = tmp_path / "roles.jsonl"
    path.write_bytes(
        json.dumps(head).encode() + b"\n" + b'{"slug": "caf\xe9"}\n' + json.dumps(first).encode()
    )
    _, err, _ = _restore(path)
    assert "line 2: not UTF-8 text" in err and Role.objects.count() == 1


def test_a_dry_run_checks_and_counts_and_writes_nothing(tmp_path):
    lines = _exported()
    out = io.StringIO()
    call_command("import_roles", "--dry-run", str(_write(tmp_path / "r.jsonl", lines)), stdout=out)
    assert "Roles: 3 read, 3 created, 0 updated, 0 unchanged, 0 failed. (Dry run" in out.getvalue()
    assert not Role.objects.exists()


def test_standard_input_is_read_with_a_dash(tmp_path, monkeypatch):
    data = "".join(json.dumps(line) + "\n" for line in _exported(2)).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = io.StringIO()
    call_command("import_roles", "-", stdout=out)
    assert "2 created" in out.getvalue() and Role.objects.count() == 2


def test_history_keeps_user_names_it_can_and_a_restore_sends_no_decision_mail(
    tmp_path, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    from postings.lifecycle import role_transition
    from postings.models import JobSubmission

    moderator = django_user_model.objects.create_user("moderator", password="pw-for-tests-only")
    gone = django_user_model.objects.create_user("gone", password="pw-for-tests-only")
    role = make_role(status="pending")
    JobSubmission.objects.create(role=role, email="boss@example.com", raw_text="We hire")
    role_transition(role=role, to="open", by=moderator, reason="Fine.")
    role_transition(role=role, to="closed", by=gone, reason="Filled.")
    out = io.StringIO()
    call_command("export_roles", "--include-closed", stdout=out, stderr=io.StringIO())
    Company.objects.all().delete()
    gone.delete()
    mailoutbox.clear()
    path = _write(tmp_path / "roles.jsonl", out.getvalue().splitlines())

    with django_capture_on_commit_callbacks(execute=True):
        restored, err, error = _restore(path)
    again, _, _ = _restore(path)

    assert error is None and "1 created" in restored and "1 unchanged" in again
    history = Role.objects.get().status_changes.order_by("changed_at", "id")
    assert [change.changed_by and change.changed_by.username for change in history][-2:] == [
        "moderator",
        None,
    ]
    assert "No such user here: gone; their history rows are restored without a name." in err
    assert mailoutbox == []  # the moderator's decision was mailed when it was made, not again
