"""export_roles: the file's header and lines, which roles it writes, streaming in chunks of a few queries."""

import gzip
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from postings.models import Role
from postings.role_archive import FORMAT, VERSION, schema
from postings.role_export import role_chunks, roles_to_export

from .factories import make_estimate, make_role, make_source

pytestmark = pytest.mark.django_db

# Queries a chunk costs: the roles (with company, text and submission joined), then places, skills,
# sources, pay, history and reports.
PER_CHUNK = 7


def _rich_role(**overrides) -> Role:
    role = make_role(
        pay=(100000, 120000), skills=("Python", "Rust"), locations=[("Berlin", "DE")], **overrides
    )
    source = make_source(role=role, raw_text=f"The posting of {role.title}")
    make_estimate(role=role, source=source)
    return role


def _export(*args, **options) -> tuple[list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("export_roles", *args, stdout=out, stderr=err, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_the_first_line_says_what_the_file_is_and_each_role_is_a_line_of_its_own():
    role = _rich_role()
    (head, line), messages = _export("--include-closed")

    assert head["format"] == FORMAT and head["version"] == VERSION
    assert head["roles"] == 1 and head["include_closed"] is True
    assert "0015_saved_search_alerts" in head["migrations"]["postings"]
    assert head["schema"] == schema() and "raw_text" in head["schema"]["source"]
    assert line["slug"] == role.slug and line["company"]["slug"] == role.company.slug
    assert [skill["slug"] for skill in line["skills"]] == ["python", "rust"]
    assert line["locations"] == [{"name": "Berlin", "region": "", "country": "DE"}]
    assert line["sources"][0]["raw_text"] == f"The posting of {role.title}"
    stated, estimate = line["compensations"]
    assert stated["min_amount"] == "100000.00" and stated["source"] is None
    assert estimate["is_estimate"] is True and estimate["source"] == line["sources"][0]["content_hash"]
    # On standard output the file is the output: the summary goes to standard error.
    assert "Exported 1 role(s) of 1 company, 1 source(s), to standard output" in messages


def test_ended_roles_are_written_only_with_include_closed():
    kept = {make_role(status=status).slug for status in ("draft", "pending", "open")}
    ended = {make_role(status=status).slug for status in ("closed", "expired", "rejected")}

    lines, _ = _export()
    every, _ = _export("--include-closed")

    assert {line["slug"] for line in lines[1:]} == kept and lines[0]["roles"] == 3
    assert {line["slug"] for line in every[1:]} == kept | ended


def test_chunks_cost_the_same_few_queries_however_many_roles(django_assert_max_num_queries):
    for _ in range(12):
        _rich_role()
    roles = roles_to_export(include_closed=True)

    chunks = role_chunks(roles, size=5)
    with django_assert_max_num_queries(PER_CHUNK):
        assert len(next(chunks)) == 5  # nothing read ahead: one chunk, its seven queries
    with django_assert_max_num_queries(2 * PER_CHUNK):
        assert [len(chunk) for chunk in chunks] == [5, 2]


def test_the_command_runs_a_constant_number_of_queries_per_chunk(django_assert_max_num_queries):
    for _ in range(12):
        _rich_role()
    # Three chunks (5, 5, 2), plus the count, the migrations for the header (is the table there, which are
    # applied) and the snapshot's savepoint and its release.
    with django_assert_max_num_queries(3 * PER_CHUNK + 5):
        lines, _ = _export("--include-closed", chunk_size=5)
    assert len(lines) == 13


def test_a_file_output_is_renamed_into_place_complete_and_gz_is_compressed(tmp_path):
    _rich_role()
    out = io.StringIO()
    call_command("export_roles", "--include-closed", output=str(tmp_path / "roles.jsonl.gz"), stdout=out)

    with gzip.open(tmp_path / "roles.jsonl.gz", "rt", encoding="utf-8") as handle:
        assert len(handle.read().splitlines()) == 2
    assert [path.name for path in tmp_path.iterdir()] == ["roles.jsonl.gz"]
    assert f"to {tmp_path / 'roles.jsonl.gz'} in" in out.getvalue()


def test_a_failed_export_leaves_no_file_behind(tmp_path, monkeypatch):
    _rich_role()

    def broken(role):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("postings.management.commands.export_roles.role_line", broken)
    with pytest.raises(CommandError, match="No space left on device"):
        call_command("export_roles", output=str(tmp_path / "roles.jsonl"), stdout=io.StringIO())
    assert list(tmp_path.iterdir()) == []


def test_a_terminal_gets_a_progress_bar_counting_roles(monkeypatch):
    for _ in range(3):
        make_role()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    call_command("export_roles", stdout=io.StringIO(), stderr=err)
    assert "3/3 roles 100%" in err.getvalue() and "roles/s" in err.getvalue()
