"""`import_postings` writes files in batches, one transaction each, every file atomic within its batch."""

import io
import json
import threading
import time
import zlib
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection

from postings import import_writer, importing, role_build
from postings.management.commands import import_postings
from postings.models import Company, Role, Source
from postings.parsing.people import company_key

pytestmark = pytest.mark.django_db
POSTING = "{title}\nat Fernway Analytics\nLondon, UK\n\nWhat you'll do:\n- Build dashboards in SQL.\n"


class Deadlock(Exception):
    sqlstate = "40P01"  # what psycopg's DeadlockDetected carries


def run(path: Path, **options) -> tuple[dict, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_postings", str(path), format="json", stdout=out, stderr=err, **options)
    except CommandError as exc:
        err.write(str(exc))
    return json.loads(out.getvalue()), err.getvalue()


def test_a_batch_the_database_ends_is_written_again_file_by_file(tmp_path, monkeypatch):
    for name, title in [("a.txt", "Data Analyst"), ("b.txt", "Nurse"), ("c.txt", "Chef")]:
        (tmp_path / name).write_text(POSTING.format(title=title))
    real, calls = import_writer.postings_import, []

    def deadlocks_once_on_b(**kwargs):
        calls.append(Path(kwargs["file_name"]).name)
        if calls.count("b.txt") == 1 and kwargs["file_name"].endswith("b.txt"):
            raise OperationalError("deadlock detected") from Deadlock()
        return real(**kwargs)

    monkeypatch.setattr(import_writer, "postings_import", deadlocks_once_on_b)
    report, err = run(tmp_path, jobs=1)
    assert calls == ["a.txt", "b.txt", "a.txt", "b.txt", "c.txt"]  # a.txt's first write was undone
    assert report["errors"] == [] and "deadlock" not in err
    assert report["summary"]["created"] == 3 and report["files"]["imported"] == 3
    assert sorted(Role.objects.values_list("title", flat=True)) == ["Chef", "Data Analyst", "Nurse"]
    assert Source.objects.count() == 3


def test_files_beyond_one_batch_and_a_bad_one_inside_a_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(import_postings, "BATCH_FILES", 2)
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(POSTING.format(title=f"Data Analyst {n}") + f"Ref {n}\n")
    (tmp_path / "2.txt").write_bytes(b"")
    report, _ = run(tmp_path, jobs=1)
    assert [e["file"] for e in report["errors"]] == [str(tmp_path / "2.txt")]
    assert report["files"] == {"read": 5, "imported": 4, "unchanged": 0, "failed": 1}
    assert Role.objects.count() == 4 and Source.objects.count() == 4


@pytest.mark.django_db(transaction=True)
def test_a_real_deadlock_with_another_import_costs_no_file(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("deadlocks between importers need PostgreSQL's advisory locks")
    import psycopg

    (tmp_path / "a.txt").write_text(POSTING.format(title="Data Analyst"))  # Fernway Analytics
    (tmp_path / "b.txt").write_text(
        POSTING.format(title="Nurse").replace("Fernway Analytics", "Otherway Labs")
    )
    first, second = (
        zlib.crc32(company_key(name).encode()) for name in ("Fernway Analytics", "Otherway Labs")
    )
    cfg = connection.settings_dict
    other = psycopg.connect(
        host=cfg["HOST"] or "127.0.0.1", port=cfg["PORT"] or 5432, user=cfg["USER"], dbname=cfg["NAME"]
    )
    # Another import holds the second company and, once this one holds the first, waits for it: a cycle.
    # Its longer deadlock_timeout makes this import's session the one PostgreSQL ends.
    other.execute("SET deadlock_timeout = '20s'")
    other.execute("SELECT pg_advisory_xact_lock(%s)", [second])
    outcome = []

    def wait_then_take_the_first():
        deadline = time.monotonic() + 30
        try:
            while not other.execute(_HELD, [first]).fetchone()[0] and time.monotonic() < deadline:
                time.sleep(0.02)
            other.execute("SELECT pg_advisory_xact_lock(%s)", [first])
            outcome.append("got it once the import let go")
        except psycopg.Error as exc:
            outcome.append(type(exc).__name__)
        finally:
            other.rollback()

    thread = threading.Thread(target=wait_then_take_the_first)
    thread.start()
    report, err = run(tmp_path, jobs=1)
    thread.join(timeout=30)
    other.close()
    assert outcome == ["got it once the import let go"]  # PostgreSQL ended the import's transaction
    assert report["errors"] == [] and report["files"]["imported"] == 2, err
    assert sorted(Role.objects.values_list("title", flat=True)) == ["Data Analyst", "Nurse"]


_HELD = "SELECT count(*) > 0 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::bigint = %s"


def test_a_file_that_fails_once_it_has_begun_to_write_is_undone_whole(tmp_path, monkeypatch):
    # A file has no savepoint of its own in a batch: the batch is written again a transaction per file, so
    # the failing file leaves nothing (not even its new company) and the others are kept.
    for name, title in [("a.txt", "Data Analyst"), ("b.txt", "Nurse"), ("c.txt", "Chef")]:
        company = "Otherway Labs" if name == "b.txt" else "Fernway Analytics"
        (tmp_path / name).write_text(POSTING.format(title=title).replace("Fernway Analytics", company))
    real, calls = role_build.role_write_new, []

    def fails_on_nurse(*, role, source, cache):
        calls.append(role.title)
        if role.title == "Nurse":
            raise RuntimeError("a bug")
        return real(role=role, source=source, cache=cache)

    monkeypatch.setattr(role_build, "role_write_new", fails_on_nurse)
    monkeypatch.setattr(importing, "role_write_new", fails_on_nurse)
    report, _ = run(tmp_path, jobs=1)
    assert calls == ["Data Analyst", "Nurse", "Data Analyst", "Nurse", "Chef"]
    assert report["errors"] == [
        {"file": str(tmp_path / "b.txt"), "reason": "internal error while importing (RuntimeError: a bug)"}
    ]
    assert report["files"] == {"read": 3, "imported": 2, "unchanged": 0, "failed": 1}
    assert sorted(Role.objects.values_list("title", flat=True)) == ["Chef", "Data Analyst"]
    assert list(Company.objects.values_list("name", flat=True)) == ["Fernway Analytics"]
