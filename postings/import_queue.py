"""Send posting files to the import queue in batches, and gather what the workers made of them.

A batch is the unit of work: its files travel inside the message (name and bytes), so a worker on another
machine needs no shared disk, only the broker and the database. A worker writes a batch as the command
writes one locally (postings/tasks.py); re-running a batch changes nothing (content hashes), and workers
importing at once cannot duplicate a role (the importer's per-company lock on PostgreSQL, a write lock taken
at BEGIN on SQLite). Celery is imported only here and in the task, when a queued import is asked for.
"""

import base64
import time
from collections.abc import Iterable, Iterator

from django.conf import settings

from .import_pool import FileJob
from .import_writer import FileResult

BROKER_CHECK_SECONDS = 5
# A batch also closes at this many bytes of files, so one message stays far below what a broker holds (a
# file may be up to IMPORT_MAX_BYTES; base64 adds a third).
BATCH_BYTES = 8 * 1024 * 1024


class QueueUnavailable(Exception):
    """The queue is off, Celery is not installed, or the broker does not answer; the message says which."""


def queue_batches(jobs: Iterable[FileJob], *, files: int) -> Iterator[list[FileJob]]:
    """The files in order, in batches of at most `files` files and, past one file, BATCH_BYTES bytes."""
    batch: list[FileJob] = []
    size = 0
    for job in jobs:
        if batch and (len(batch) == files or size + len(job.data) > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(job)
        size += len(job.data)
    if batch:
        yield batch


def batch_message(jobs: Iterable[FileJob]) -> list[dict]:
    """A batch as plain JSON (the files' bytes in base64)."""
    return [
        {"name": job.name, "data": base64.b64encode(job.data).decode(), "error": job.error} for job in jobs
    ]


def batch_jobs(message: list[dict]) -> list[FileJob]:
    """The files of a batch message, as the parser takes them."""
    return [FileJob(item["name"], base64.b64decode(item["data"]), item["error"]) for item in message]


class ImportQueue:
    """The broker the batches go to, checked before the first is sent."""

    def __init__(self) -> None:
        if not settings.CELERY_BROKER_URL:
            from jobboard.celery import QUEUE_OFF

            raise QueueUnavailable(QUEUE_OFF)
        try:
            from jobboard.celery import app

            from .tasks import import_batch
        except ImportError as exc:
            raise QueueUnavailable(
                f"The import queue needs Celery and redis ({exc}): pip install -e '.[queue]'"
            ) from exc
        self.app, self.task = app, import_batch
        self.where = settings.CELERY_BROKER_URL if app.conf.task_always_eager else self._check()

    def _check(self) -> str:
        """The broker's address (password hidden), or QueueUnavailable when it does not answer in time."""
        with self.app.connection_for_write() as connection:
            where = connection.as_uri()
            try:
                connection.ensure_connection(max_retries=1, timeout=BROKER_CHECK_SECONDS)
            except Exception as exc:  # noqa: BLE001 - any transport's failure to connect means the same
                raise QueueUnavailable(
                    f"The import queue's broker at {where} does not answer: {exc}"
                ) from exc
        return where

    def send(self, jobs: list[FileJob], *, company: str | None) -> "Sent":
        """Queue one batch of files."""
        return Sent([job.name for job in jobs], self.task.delay(batch_message(jobs), company))

    def wait(self, sent: list["Sent"], *, timeout: float | None) -> Iterator[list[FileResult]]:
        """Each batch's file results, in the order sent; files of a batch whose task failed are failed."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for batch in sent:
            left = None if deadline is None else max(0.1, deadline - time.monotonic())
            yield batch.results(timeout=left)


class Sent:
    """A queued batch: its files' names and the task's result."""

    def __init__(self, names: list[str], result) -> None:
        self.names, self.result = names, result

    def results(self, *, timeout: float | None) -> list[FileResult]:
        from celery.exceptions import TimeoutError as WaitTimeout

        try:
            return [FileResult.from_dict(item) for item in self.result.get(timeout=timeout)]
        except WaitTimeout:
            raise QueueUnavailable(
                "the workers had not finished within --timeout; the batches left stay queued, and workers "
                "import them (run the command again with --wait to count them: re-importing changes nothing)"
            ) from None
        except Exception as exc:  # noqa: BLE001 - a worker's failure is the batch's files' failure
            reason = f"the queue worker failed on this file's batch ({type(exc).__name__}: {exc})"
            return [FileResult(name, "failed", reason=reason) for name in self.names]
