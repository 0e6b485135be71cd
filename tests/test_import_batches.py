"""`import_postings` writes files in batches, one transaction each, every file atomic within its batch."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError

from postings.management.commands import import_postings
from postings.models import Role, Source

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
    real, calls = import_postings.postings_import, []

    def deadlocks_once_on_b(**kwargs):
        calls.append(Path(kwargs["file_name"]).name)
        if calls.count("b.txt") == 1 and kwargs["file_name"].endswith("b.txt"):
            raise OperationalError("deadlock detected") from Deadlock()
        return real(**kwargs)

    monkeypatch.setattr(import_postings, "postings_import", deadlocks_once_on_b)
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
