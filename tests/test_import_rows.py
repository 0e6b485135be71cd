"""A batch's rows under new roles go in one INSERT per table, and each file stays atomic around them."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from postings.import_pool import FileJob, parse_file
from postings.import_writer import FileWriter
from postings.models import Compensation, Role, RoleSkill, RoleStatusChange, Source

from .test_import_parallel import database_rows

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
POSTING = (
    "{title}\nat {company}\nLondon, UK\n\nSalary: £50,000 - £60,000 a year\n\n"
    "What you'll do:\n- Build dashboards in SQL and Python for the finance team.\n"
    "- Look after the data models the company's reporting is built on.\n"
)


def parsed(files: dict[str, str]) -> list:
    return [parse_file(FileJob(name, text.encode()), budget=None) for name, text in files.items()]


def inserts(queries, table: str) -> int:
    return sum(q["sql"].startswith(f'INSERT INTO "{table}"') for q in queries)


def test_a_batch_inserts_each_table_under_its_roles_once():
    companies = ["Fernway Analytics", "Otherway Labs", "Northwind Data", "Bluefin Health", "Kestrel Bank"]
    files = {f"{n}.txt": POSTING.format(title="Data Analyst", company=c) for n, c in enumerate(companies)}
    writer = FileWriter()
    with CaptureQueriesContext(connection) as queries:
        writer.write_batch(parsed(files))
    assert writer.tally.files["imported"] == 5 and not writer.errors
    assert inserts(queries, "postings_role") == 5  # a role row each, written once
    for table in ("source", "compensation", "roleskill", "role_locations", "rolestatuschange"):
        assert inserts(queries, f"postings_{table}") == 1, table
    assert Source.objects.count() == Compensation.objects.count() == RoleStatusChange.objects.count() == 5
    assert RoleSkill.objects.count() >= 5 and Role.locations.through.objects.count() == 5
    assert all(c.source_id for c in Compensation.objects.all())


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_one_batch_gives_the_rows_of_one_batch_per_file():
    # The seeds: one company, postings 000 and 001 one role, so the second joins a role whose rows the batch
    # still holds.
    files = {str(path): path.read_text() for path in sorted(SEEDS.glob("*.txt"))}
    writer = FileWriter()
    for one in parsed(files):
        writer.write_batch([one])
    one_by_one = database_rows()
    call_command("flush", interactive=False, verbosity=0)
    batched = FileWriter()
    batched.write_batch(parsed(files))
    assert database_rows() == one_by_one
    assert [r.roles for r in batched.results] == [r.roles for r in writer.results]
    assert Role.objects.count() == 3 and Source.objects.count() == 4


def test_the_same_content_twice_in_one_batch_is_stored_once():
    text = POSTING.format(title="Data Analyst", company="Fernway Analytics")
    writer = FileWriter()
    with CaptureQueriesContext(connection) as queries:
        writer.write_batch(parsed({"a.txt": text, "b.txt": text}))
    assert inserts(queries, "postings_source") == 1  # a's rows went in before b was read, in the one batch
    assert [r.outcome for r in writer.results] == ["imported", "unchanged"]
    assert Source.objects.count() == 1 and Role.objects.count() == 1


def test_two_copies_of_a_role_in_one_file_make_one_role():
    copy = {
        "@type": "JobPosting",
        "title": "Data Analyst",
        "hiringOrganization": {"name": "Fernway Analytics"},
        "description": "Build dashboards in SQL and Python for the finance team. Look after the data models "
        "the reporting of the whole company is built on, and teach others to use them well.",
    }
    both = [copy, {**copy, "url": "https://fernway.example/jobs/1"}]
    writer = FileWriter()
    writer.write_batch(parsed({"both.json": json.dumps(both)}))
    [result] = writer.results
    assert [outcome for _, outcome in result.roles] == ["created", "updated"]
    assert Role.objects.count() == 1 and Source.objects.count() == 2
    assert RoleStatusChange.objects.count() == 1


def test_a_file_undone_after_an_earlier_files_rows_went_in_keeps_them():
    first = POSTING.format(title="Data Analyst", company="Fernway Analytics")
    # The second file's first posting is of the same company (the batch's rows go in before it), and its
    # second posting cannot be imported: the file is undone, the first file's rows stay.
    half = [
        {"@type": "JobPosting", "title": "Data Analyst", "hiringOrganization": {"name": "Fernway Analytics"},
         "description": first},
        {"@type": "JobPosting", "title": "", "hiringOrganization": {"name": "Fernway Analytics"},
         "description": "We are a friendly company."},
    ]  # fmt: skip
    last = POSTING.format(title="Nurse", company="Otherway Labs")
    writer = FileWriter()
    writer.write_batch(parsed({"first.txt": first, "half.json": json.dumps(half), "last.txt": last}))
    assert [r.outcome for r in writer.results] == ["imported", "failed", "imported"]
    assert sorted(Source.objects.values_list("file_name", flat=True)) == ["first.txt", "last.txt"]
    role = Role.objects.get(title="Data Analyst")
    assert role.compensations.count() == 1 and role.status_changes.count() == 1
    assert role.locations.count() == 1 and role.role_skills.exists()


def test_a_batch_whose_held_rows_fail_is_written_again_file_by_file(monkeypatch):
    files = {f"{n}.txt": POSTING.format(title="Data Analyst", company=c) for n, c in enumerate(["A1", "B2"])}
    real, calls = RoleStatusChange.objects.bulk_create, []

    def fails_once(rows, *args, **kwargs):
        calls.append(len(rows))
        if len(calls) == 1:
            from django.db import IntegrityError

            raise IntegrityError("refused")
        return real(rows, *args, **kwargs)

    monkeypatch.setattr(RoleStatusChange.objects, "bulk_create", fails_once)
    writer = FileWriter()
    writer.write_batch(parsed(files))
    assert calls == [2, 1, 1]  # the batch's one INSERT, then one per file
    assert [r.outcome for r in writer.results] == ["imported", "imported"] and not writer.errors
    assert Role.objects.count() == Source.objects.count() == RoleStatusChange.objects.count() == 2


def test_a_batch_reads_its_companies_and_contents_once():
    stored = POSTING.format(title="Nurse", company="Fernway Analytics")
    FileWriter().write_batch(parsed({"old.txt": stored}))
    companies = ["Fernway Analytics", "Otherway Labs", "Northwind Data"]
    files = {f"{n}.txt": POSTING.format(title="Data Analyst", company=c) for n, c in enumerate(companies)}
    writer = FileWriter()
    with CaptureQueriesContext(connection) as queries:
        writer.write_batch(parsed({**files, "again.txt": stored}))
    assert [r.outcome for r in writer.results] == ["imported", "imported", "imported", "unchanged"]
    company_reads = [q for q in queries if q["sql"].startswith('SELECT "postings_company"')]
    assert len(company_reads) == 1  # the batch's companies, known or not, in one query
    source_checks = [q for q in queries if '"postings_source"."content_hash"' in q["sql"]]
    assert len(source_checks) == 3  # the batch's contents in one query; the stored one: UPDATE, role read
    locks = [q for q in queries if "pg_advisory_xact_lock" in q["sql"]]
    assert len(locks) == (1 if connection.vendor == "postgresql" else 0)


def test_a_batch_reads_the_slugs_its_new_roles_may_take_once():
    def at(place: str) -> str:
        return POSTING.format(title="Data Analyst", company="Fernway Analytics").replace("London, UK", place)

    FileWriter().write_batch(parsed({"london.txt": at("London, UK")}))
    writer = FileWriter()
    with CaptureQueriesContext(connection) as queries:
        writer.write_batch(parsed({"berlin.txt": at("Berlin, Germany"), "paris.txt": at("Paris, France")}))
    slug_reads = [q for q in queries if q["sql"].startswith('SELECT "postings_role"."slug"')]
    assert len(slug_reads) == 1
    assert sorted(Role.objects.values_list("slug", flat=True)) == [
        "fernway-analytics-data-analyst",
        "fernway-analytics-data-analyst-2",
        "fernway-analytics-data-analyst-3",
    ]
