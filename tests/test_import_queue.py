"""`import_postings --queue`: batches run as Celery tasks (eagerly here); the same roles and report as a local
run."""

import io
import json
import time

import pytest
from django.core.management import CommandError, call_command

from jobboard.celery import QUEUE_OFF, app
from postings import import_queue, import_writer
from postings.import_pool import FileJob
from postings.import_queue import batch_jobs, batch_message, queue_batches
from postings.management.commands import import_postings
from postings.models import ImportRun, Role, Source

from .test_import_parallel import CORPUS, database_rows

POSTING = "{title}\nat Fernway Analytics\nLondon, UK\n\nWhat you'll do:\n- Build dashboards in SQL.\n"


def run(*args, **options) -> tuple[dict | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_postings", *map(str, args), stdout=out, stderr=err, **options)
    except CommandError as exc:
        err.write(str(exc))
    text = out.getvalue()
    return (json.loads(text) if options.get("format") == "json" else None), text, err.getvalue()


@pytest.fixture
def eager_queue(settings):
    """Tasks run in this process at once, through Celery's own call path; no broker needed."""
    settings.CELERY_BROKER_URL = "memory://"
    changed = {"task_always_eager": True, "broker_url": "memory://", "result_backend": "cache+memory://"}
    saved = {key: app.conf[key] for key in changed}
    app.conf.update(changed)
    yield app
    app.conf.update(saved)


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(import_postings, "BATCH_FILES", 7)


def test_a_batch_message_carries_any_bytes():
    jobs = [FileJob("a.txt", b"\xff\x00caf\xc3\xa9"), FileJob("b.txt", error="cannot be read")]
    assert batch_jobs(json.loads(json.dumps(batch_message(jobs)))) == jobs


def test_batches_close_at_a_count_of_files_or_of_bytes(monkeypatch):
    monkeypatch.setattr(import_queue, "BATCH_BYTES", 10)
    jobs = [FileJob(name, b"x" * size) for name, size in [("a", 4), ("b", 4), ("c", 4), ("d", 30), ("e", 1)]]
    assert [[job.name for job in batch] for batch in queue_batches(jobs, files=2)] == [
        ["a", "b"],
        ["c"],
        ["d"],
        ["e"],
    ]


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_a_queued_import_gives_the_same_roles_and_report_as_a_local_one(eager_queue, small_batches):
    local, _, _ = run(*CORPUS, format="json", jobs=1)
    local_rows = database_rows()
    call_command("flush", interactive=False, verbosity=0)
    queued, _, err = run(*CORPUS, format="json", queue=True, wait=True)
    assert queued == local
    assert database_rows() == local_rows
    assert local["summary"]["created"] > 60 and local["errors"] and local["warnings"]
    assert ImportRun.objects.get().created == local["summary"]["created"]
    assert all(f"{e['file']}: {e['reason']}" in err for e in local["errors"])


@pytest.mark.django_db
def test_a_queued_batch_run_again_changes_nothing(eager_queue, small_batches):
    _, text, _ = run(*CORPUS[:2], queue=True, wait=True)
    rows = database_rows()
    again, _, _ = run(*CORPUS[:2], format="json", queue=True, wait=True)
    assert {**database_rows(), "ImportRun": []} == {**rows, "ImportRun": []}  # a second run is recorded
    assert again["summary"]["created"] == again["summary"]["updated"] == 0
    assert again["files"]["imported"] == 0 and again["files"]["unchanged"] > 20
    assert text.startswith("Files: ") and "Roles: " in text  # the local run's summary line


@pytest.mark.django_db
def test_without_wait_the_files_are_only_queued(eager_queue, small_batches, tmp_path):
    for n in range(10):
        (tmp_path / f"{n}.txt").write_text(POSTING.format(title=f"Data Analyst {n}"))
    _, text, _ = run(tmp_path, queue=True)
    assert "Queued 10 files in 2 batches on memory://" in text
    assert Role.objects.count() == 10  # eager: the "workers" ran at once
    assert not ImportRun.objects.exists()  # nobody waited to count them


@pytest.mark.django_db
def test_a_batch_whose_task_fails_reports_its_files(eager_queue, tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(POSTING.format(title="Nurse"))

    def broken(self, batch, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(import_writer.FileWriter, "write_batch", broken)
    report, _, err = run(tmp_path, format="json", queue=True, wait=True)
    assert [e["file"] for e in report["errors"]] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert "the queue worker failed on this file's batch (RuntimeError: database went away)" in err
    assert "2 file(s) could not be imported" in err and Source.objects.count() == 0


@pytest.mark.django_db
def test_the_queue_is_off_without_a_broker_url(settings, tmp_path):
    settings.CELERY_BROKER_URL = ""
    (tmp_path / "a.txt").write_text(POSTING.format(title="Nurse"))
    _, _, err = run(tmp_path, queue=True)
    assert QUEUE_OFF in err and Role.objects.count() == 0


@pytest.mark.django_db
def test_an_unreachable_broker_fails_fast(settings, tmp_path):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # the discard port: nothing listens
    saved = app.conf.broker_url
    app.conf.broker_url = settings.CELERY_BROKER_URL
    (tmp_path / "a.txt").write_text(POSTING.format(title="Nurse"))
    started = time.monotonic()
    try:
        _, _, err = run(tmp_path, queue=True, wait=True)
    finally:
        app.conf.broker_url = saved
    assert "The import queue's broker at redis://" in err and "127.0.0.1:9/0 does not answer" in err
    assert time.monotonic() - started < 15


@pytest.mark.parametrize(
    "options, message",
    [
        ({"queue": True, "dry_run": True}, "cannot be combined with --dry-run"),
        ({"queue": True, "reparse": True}, "cannot be combined"),
        ({"wait": True}, "--wait and --timeout go with --queue"),
        ({"timeout": 5.0}, "--wait and --timeout go with --queue"),
    ],
)
def test_queue_options_that_do_not_go_together(options, message):
    _, _, err = run("fixtures/seeds", **options)
    assert message in err
