"""Write parsed posting files to the database, a batch to a transaction, and count what became of each.

The one write path of an import: `import_postings` runs it in its own process, and a queue worker
(postings/tasks.py) runs it on the batch of files it was handed, so a queued import writes exactly as a local
one does. Each file stays atomic under a savepoint of its own; the rows under the batch's new roles are
inserted a table at a time before it commits (import_rows); a batch whose transaction the database ends (a
deadlock with another import, or those INSERTs refused) is written again a transaction per file.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import DatabaseError, transaction

from .import_cache import ImportCache
from .import_pool import ParsedFile
from .import_progress import Tally
from .importing import ImportProblem, postings_import

logger = logging.getLogger(__name__)

_TRANSACTION_LOST = {"40P01", "40001"}  # deadlock, serialisation failure: PostgreSQL ended the transaction


class _BatchLost(Exception):
    """The database ended a batch's transaction; its files are written again one transaction each."""


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
        """Write a batch of files in one transaction, each file atomic under a savepoint of its own (a commit
        per file costs PostgreSQL a flush of its log). When the batch's transaction is lost (its commit fails,
        or the database ends it to break a deadlock with another import) the batch is written again, a
        transaction per file. `on_file` is told each file's position in the batch once it is written."""
        saved = self.tally.copy(), len(self.errors), len(self.warnings), len(self.results)
        try:
            with transaction.atomic():
                self._write_files(batch, in_batch=True, on_file=on_file)
                self.cache.rows.flush()
        except (_BatchLost, DatabaseError):
            self.tally = saved[0]
            del self.errors[saved[1] :], self.warnings[saved[2] :], self.results[saved[3] :]
            # It may hold rows of the lost transaction. Each file is written whole in its own transaction.
            self.cache = ImportCache()
            self._write_files(batch, in_batch=False, on_file=on_file)
            self.cache.hold_rows = True

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
            outcomes = postings_import(
                postings=list(parsed.postings), file_name=name, company=self.company, cache=self.cache
            )
        except ImportProblem as exc:
            return FileResult(name, "failed", reason=str(exc))
        except DatabaseError as exc:
            if in_batch and getattr(exc.__cause__, "sqlstate", None) in _TRANSACTION_LOST:
                raise _BatchLost from exc
            reason = f"database refused the posting: {str(exc).splitlines()[0]}"
            return FileResult(name, "failed", reason=reason)
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the run or show a traceback
            logger.exception("importing %s failed", name)
            reason = f"internal error while importing ({type(exc).__name__}: {exc})"
            return FileResult(name, "failed", reason=reason)
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
