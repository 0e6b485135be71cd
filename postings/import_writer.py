"""Write parsed posting files to the database, a batch to a transaction, and count what became of each.

The one write path of an import: `import_postings` runs it in its own process, and a queue worker
(postings/tasks.py) runs it on the batch of files it was handed, so a queued import writes exactly as a local
one does. A file that cannot be imported is refused before it writes anything; the rows under the batch's new
roles are inserted a table at a time before it commits (import_rows). Each file stays atomic without a
savepoint of its own: when anything fails once a file has begun to write (the database ends the transaction
in a deadlock with another import, refuses a row, or a bug), the batch is written again a transaction per
file, so that file is undone whole and reported, and the others are kept.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import DatabaseError, transaction

from .import_cache import ImportCache
from .import_pool import ParsedFile
from .import_progress import Tally
from .importing import ImportProblem, batch_claim, postings_import

logger = logging.getLogger(__name__)


class _BatchLost(Exception):
    """A batch's transaction is lost: the database ended it (a deadlock with another import), or a file
    failed once it had begun to write. Its files are written again one transaction each."""


def _failed(name: str, exc: Exception) -> "FileResult":
    """The result of a file that failed in a transaction of its own (undone with it)."""
    if isinstance(exc, DatabaseError):
        return FileResult(name, "failed", reason=f"database refused the posting: {str(exc).splitlines()[0]}")
    logger.exception("importing %s failed", name)
    return FileResult(name, "failed", reason=f"internal error while importing ({type(exc).__name__}: {exc})")


@dataclass(frozen=True)
class FileResult:
    """What became of one file: imported, unchanged or failed, its roles' outcomes, its warnings."""

    name: str
    outcome: str
    roles: tuple[tuple[int, str], ...] = ()
    reason: str | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """Plain JSON, as a queue worker sends it back."""
        return {
            "file": self.name,
            "outcome": self.outcome,
            "roles": [list(role) for role in self.roles],
            "reason": self.reason,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "FileResult":
        roles = tuple((int(role_id), outcome) for role_id, outcome in data["roles"])
        return cls(data["file"], data["outcome"], roles, data["reason"], tuple(data["warnings"]))


class FileWriter:
    """Write batches of parsed files and keep the run's counts, errors and warnings.

    `on_result` is called with each file's result as it is recorded (the command prints from it).
    """

    def __init__(
        self,
        *,
        company: str | None = None,
        strict: bool = False,
        on_result: Callable[[FileResult], None] | None = None,
    ) -> None:
        self.company = company
        self.strict = strict
        self.on_result = on_result or (lambda result: None)
        self.tally = Tally()
        self.errors: list[dict] = []
        self.warnings: list[dict] = []
        self.results: list[FileResult] = []
        # Companies, skills and places read once for the whole run; the rows under new roles held for one
        # INSERT per table per batch.
        self.cache = ImportCache(hold_rows=True)

    @property
    def stopped(self) -> bool:
        """--strict and a file failed: nothing more is written."""
        return self.strict and bool(self.errors)

    def write_batch(
        self, batch: list[ParsedFile], *, on_file: Callable[[int], None] = lambda n: None
    ) -> None:
        """Write a batch of files in one transaction (a commit per file costs PostgreSQL a flush of its log).
        When the batch's transaction is lost (its commit fails, the database ends it to break a deadlock with
        another import, or a file fails once it has begun to write) the batch is written again, a transaction
        per file. `on_file` is told each file's position in the batch once it is written."""
        saved = self.tally.copy(), len(self.errors), len(self.warnings), len(self.results)
        try:
            with transaction.atomic():
                postings = [p for parsed in batch for p in parsed.postings]
                batch_claim(postings=postings, company=self.company, cache=self.cache)
                self._write_files(batch, in_batch=True, on_file=on_file)
                self.cache.rows.flush()
        except (_BatchLost, DatabaseError):
            self.tally = saved[0]
            del self.errors[saved[1] :], self.warnings[saved[2] :], self.results[saved[3] :]
            # It may hold rows of the lost transaction. Each file is written whole in its own transaction.
            self.cache = ImportCache()
            self._write_files(batch, in_batch=False, on_file=on_file)
            self.cache.hold_rows = True
        finally:
            self.cache.batch_end()

    def _write_files(
        self, batch: list[ParsedFile], *, in_batch: bool, on_file: Callable[[int], None]
    ) -> None:
        for position, parsed in enumerate(batch, start=1):
            self.record(self._write_one(parsed, in_batch=in_batch))
            on_file(position)
            if self.stopped:
                return

    def _write_one(self, parsed: ParsedFile, *, in_batch: bool) -> FileResult:
        name = parsed.name
        if parsed.error is not None:
            return FileResult(name, "failed", reason=parsed.error)
        try:
            # In a batch a file has no savepoint of its own (two queries a file): a file that fails once it
            # has begun to write has the batch written again a transaction per file, so it is undone whole.
            outcomes = postings_import(
                postings=list(parsed.postings),
                file_name=name,
                company=self.company,
                cache=self.cache,
                atomic=not in_batch,
            )
        except ImportProblem as exc:  # refused before anything was written
            return FileResult(name, "failed", reason=str(exc))
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the run or show a traceback
            if in_batch:
                raise _BatchLost from exc
            return _failed(name, exc)
        changed = any(outcome.outcome != "unchanged" for outcome in outcomes)
        return FileResult(
            name,
            "imported" if changed else "unchanged",
            roles=tuple((outcome.role_id, outcome.outcome) for outcome in outcomes),
            warnings=tuple(message for outcome in outcomes for message in outcome.warnings),
        )

    def fail(self, name: str, reason: str) -> None:
        """Count a file that was never written (not found, not readable) as failed."""
        self.record(FileResult(name, "failed", reason=reason))

    def record(self, result: FileResult) -> None:
        """Add one file's result to the run's counts (written here, or by a queue worker)."""
        self.results.append(result)
        self.tally.files[result.outcome] += 1
        if result.reason is not None:
            self.errors.append({"file": result.name, "reason": result.reason})
        for role_id, outcome in result.roles:
            self.tally.role(role_id, outcome)
            if outcome == "updated":  # the posting joined a role stored before it
                self.tally.merged.add(role_id)
        self.warnings.extend({"file": result.name, "message": message} for message in result.warnings)
        self.on_result(result)
