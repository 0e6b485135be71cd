"""`import_postings --jobs N`: the same roles, merges, sources and report as --jobs 1; crashes and Ctrl-C."""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models

from postings import import_pool
from postings.models import Role, Source

from .test_import_pool import dies_on_crash_files

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "fixtures" / "seeds", *(ROOT / "tests" / "data" / "real" / f"batch-0{n}" for n in (1, 2))]
POSTING = "{title}\nat Fernway Analytics\nLondon, UK\n\nWhat you'll do:\n- Build dashboards in SQL.\n"


def run(*args, **options) -> tuple[dict, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_postings", *map(str, args), format="json", stdout=out, stderr=err, **options)
    except CommandError as exc:
        err.write(str(exc))
    return json.loads(out.getvalue()), err.getvalue()


def database_rows() -> dict[str, list[dict]]:
    """Every row the import app holds, ids included, timestamps left out (they differ run to run)."""
    rows = {}
    for model in apps.get_app_config("postings").get_models():
        if not model._meta.managed:
            continue  # the search index's own table: its rank columns are not import results
        stamps = {f.attname for f in model._meta.concrete_fields if isinstance(f, models.DateTimeField)}
        values = model.objects.order_by("pk").values()
        rows[model.__name__] = [{k: v for k, v in row.items() if k not in stamps} for row in values]
    return rows


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_two_workers_give_the_same_result_as_one(tmp_path):
    # A second copy of two seeds under another name merges into roles a first file created.
    (tmp_path / "copy").mkdir()
    for seed in ("000_c3544221d691cd20.txt", "001_54e4c1c61de909f0.txt"):
        text = (ROOT / "fixtures" / "seeds" / seed).read_text()
        (tmp_path / "copy" / seed).write_text(text + "\nApply on our careers page.\n")
    paths = [*CORPUS, tmp_path / "copy"]
    one, _ = run(*paths, jobs=1)
    one_rows = database_rows()
    call_command("flush", interactive=False, verbosity=0)
    two, _ = run(*paths, jobs=2)
    assert two == one
    assert database_rows() == one_rows
    assert one["summary"]["created"] > 60 and one["errors"]
    roles_of = {row["file_name"]: row["role_id"] for row in one_rows["Source"]}
    for seed in ("000_c3544221d691cd20.txt", "001_54e4c1c61de909f0.txt"):  # merged, not new roles
        assert roles_of[str(tmp_path / "copy" / seed)] == roles_of[str(CORPUS[0] / seed)]


@pytest.mark.django_db
def test_dry_run_and_stdin_with_workers(tmp_path, monkeypatch):
    for n, title in enumerate(["Data Analyst", "Backend Engineer", "Nurse"]):
        (tmp_path / f"{n}.txt").write_text(POSTING.format(title=title))
    report, _ = run(tmp_path, dry_run=True, jobs=2)
    assert [role["title"] for role in report["roles"]] == ["Data Analyst", "Backend Engineer", "Nurse"]
    assert Role.objects.count() == 0
    stdin = io.TextIOWrapper(io.BytesIO(POSTING.format(title="Chef").encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    report, _ = run("-", tmp_path / "0.txt", jobs=2)
    assert [s["file"] for role in report["roles"] for s in role["sources"]] == [
        "<stdin>",
        str(tmp_path / "0.txt"),
    ]


@pytest.mark.django_db
def test_a_worker_crash_is_reported_with_the_file_and_the_rest_import(tmp_path, monkeypatch):
    monkeypatch.setattr(import_pool, "parse_chunk", dies_on_crash_files)
    for name, title in [("a.txt", "Data Analyst"), ("b-crash.txt", "Nurse"), ("c.txt", "Chef")]:
        (tmp_path / name).write_text(POSTING.format(title=title))
    report, err = run(tmp_path, jobs=2)
    assert report["errors"] == [
        {
            "file": str(tmp_path / "b-crash.txt"),
            "reason": "the parser's worker process died while reading this file; it was skipped",
        }
    ]
    assert f"{tmp_path / 'b-crash.txt'}: the parser's worker process died" in err
    assert sorted(Role.objects.values_list("title", flat=True)) == ["Chef", "Data Analyst"]


@pytest.mark.django_db
def test_strict_with_workers_rolls_back_everything(tmp_path):
    (tmp_path / "a.txt").write_text(POSTING.format(title="Data Analyst"))
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(POSTING.format(title="Chef"))
    report, _ = run(tmp_path, jobs=2, strict=True)
    assert [e["file"] for e in report["errors"]] == [str(tmp_path / "b.txt")]
    assert (Role.objects.count(), Source.objects.count()) == (0, 0)


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (workers are children; a fork server's would be grandchildren)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """Running or a zombie nobody reaped (both are left-overs)."""
    try:
        return Path(f"/proc/{pid}/stat").exists()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_ctrl_c_leaves_no_worker_behind(tmp_path):
    database = tmp_path / "db.sqlite3"
    env = os.environ | {"DATABASE_URL": f"sqlite:///{database}", "DEBUG": "1"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    for n in range(400):
        (tmp_path / f"{n:03}.txt").write_text(POSTING.format(title=f"Data Analyst {n}") + f"Ref {n}\n")
    command = [*manage, "import_postings", "--jobs", "2", str(tmp_path)]
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline, workers = time.monotonic() + 60, set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = _descendants(process.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the workers never started"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Interrupted: the files written since the last commit (at most 50) were undone" in err.decode()
    assert "Traceback" not in err.decode()
    left = {pid: Path(f"/proc/{pid}/stat").read_text() for pid in workers if _alive(pid)}
    assert left == {}, err.decode()
