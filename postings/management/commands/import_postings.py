"""Import job postings: discover files → parse → import → report.

PATH may be a file, a directory (searched recursively), a glob, or "-" for standard input. Each file is
imported atomically: a bad file is reported with its name and the reason, and the others go on. The exit
status is non-zero when any file failed. Re-importing the same content changes nothing. Files are parsed in
--jobs worker processes (default: one per core) and written by this process alone, in the order given, so
the result is the same for any number of workers.

    python manage.py import_postings fixtures/seeds
    python manage.py import_postings --dry-run --format json postings/*.html > report.json
    python manage.py import_postings --reparse        # rebuild every role after a parser change
    python manage.py import_postings --jobs 1 feed/   # parse in this process, no workers
"""

import glob
import itertools
import json
import logging
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from django.utils import timezone

from postings.import_cache import ImportCache
from postings.import_pool import FileJob, ParsedFile, ParsePool, chunksize_for
from postings.import_progress import ProgressBar, Tally
from postings.importing import ImportProblem, postings_import, sources_reparse
from postings.models import Company, ImportRun
from postings.reports import role_report, roles_for_report

logger = logging.getLogger(__name__)


BATCH_FILES = 50  # files written per transaction
_TRANSACTION_LOST = {"40P01", "40001"}  # deadlock, serialisation failure: PostgreSQL ended the transaction


class _Rollback(Exception):
    """Raised to undo a dry run or a --strict run after its report is built."""


class _BatchLost(Exception):
    """The database ended a batch's transaction; its files are written again one transaction each."""


class Command(BaseCommand):
    help = "Import job postings (text, Markdown, HTML, JSON) into companies, roles and sources."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", help="files, directories, globs, or - for standard input")
        parser.add_argument("--dry-run", action="store_true", help="parse and report, write nothing")
        parser.add_argument("--format", choices=["text", "json"], default="text", help="report format")
        parser.add_argument("--strict", action="store_true", help="stop at the first bad file, roll back all")
        parser.add_argument("--reparse", action="store_true", help="rebuild every role from stored sources")
        parser.add_argument("--company", help="employer to use when a posting names none")
        parser.add_argument(
            "--jobs",
            type=_positive,
            default=_cores(),
            help="processes that parse files (default: the number of cores; 1 parses in this process)",
        )

    def handle(self, *args, **options) -> None:
        if not options["paths"] and not options["reparse"]:
            raise CommandError("Give at least one PATH (file, directory, glob or -), or --reparse.")
        self.options = options
        self.json_mode = options["format"] == "json"
        self.log = self.stderr if self.json_mode else self.stdout
        self.tally = Tally()
        self.progress = ProgressBar(self.stderr, 0, enabled=False)
        self.errors: list[dict] = []
        self.warnings: list[dict] = []
        self.cache = ImportCache()  # companies, skills and places read once for the whole run
        started = timezone.now()
        try:
            report = self._run_in_transaction()
        except KeyboardInterrupt:
            self.progress.clear()
            kept = "none are kept" if options["dry_run"] or options["strict"] else "earlier ones are kept"
            raise CommandError(
                f"Interrupted: the files written since the last commit (at most {BATCH_FILES}) were undone; "
                f"{kept}.",
                returncode=130,
            ) from None
        if not options["dry_run"] and not (options["strict"] and self.errors):
            self._record_run(started, report)
        self._print(report)
        if self.errors:
            raise CommandError(f"{len(self.errors)} file(s) could not be imported; see the errors above.")

    def _run_in_transaction(self) -> dict:
        undo = self.options["dry_run"] or self.options["strict"]
        report: dict = {}
        try:
            with transaction.atomic() if undo else nullcontext():
                self._import_all()
                report = self._report()
                if self.options["dry_run"] or (self.options["strict"] and self.errors):
                    raise _Rollback
        except _Rollback:
            pass
        return report

    def _import_all(self) -> None:
        if self.options["reparse"]:
            for outcome in sources_reparse():
                self.tally.role(outcome.role_id, outcome.outcome)
        files = list(self._discover(self.options["paths"]))
        shown = self.options["verbosity"] >= 1 and self.stderr.isatty()
        self.progress = ProgressBar(self.stderr, len(files), enabled=shown)
        workers = max(1, min(self.options["jobs"], len(files)))  # no pool for a single file
        jobs = (_read(name, reader) for name, reader in files)
        with ParsePool(workers=workers, budget=settings.IMPORT_PARSE_SECONDS) as pool:
            parsed_files = pool.imap(jobs, chunksize=chunksize_for(len(files), workers))
            for batch in _batches(enumerate(parsed_files, start=1), BATCH_FILES):
                self._import_batch(batch)
                if self.errors and self.options["strict"]:
                    break

    def _import_batch(self, batch: list[tuple[int, ParsedFile]]) -> None:
        """Write a batch of files in one transaction, each file atomic under a savepoint of its own (a commit
        per file costs PostgreSQL a flush of its log). When the batch's transaction is lost (its commit fails,
        or the database ends it to break a deadlock with another import) the batch is written again, a
        transaction per file."""
        saved = self.tally.copy(), len(self.errors), len(self.warnings)
        try:
            with transaction.atomic():
                self._import_files(batch, in_batch=True)
        except (_BatchLost, DatabaseError):
            self.tally = saved[0]
            del self.errors[saved[1] :], self.warnings[saved[2] :]
            self.cache = ImportCache()  # it may hold rows of the lost transaction
            self._import_files(batch, in_batch=False)

    def _import_files(self, batch: list[tuple[int, ParsedFile]], *, in_batch: bool) -> None:
        for number, parsed in batch:
            self._import_one(parsed, in_batch=in_batch)
            self.progress.update(number)
            if self.errors and self.options["strict"]:
                return

    def _import_one(self, parsed: ParsedFile, *, in_batch: bool = False) -> None:
        name = parsed.name
        if parsed.error is not None:
            self._fail(name, parsed.error)
            return
        try:
            outcomes = postings_import(
                postings=list(parsed.postings),
                file_name=name,
                company=self.options["company"],
                cache=self.cache,
            )
        except ImportProblem as exc:
            self._fail(name, str(exc))
            return
        except DatabaseError as exc:
            if in_batch and getattr(exc.__cause__, "sqlstate", None) in _TRANSACTION_LOST:
                raise _BatchLost from exc
            self._fail(name, f"database refused the posting: {str(exc).splitlines()[0]}")
            return
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the run or show a traceback
            logger.exception("importing %s failed", name)
            self._fail(name, f"internal error while importing ({type(exc).__name__}: {exc})")
            return
        changed = any(outcome.outcome != "unchanged" for outcome in outcomes)
        self.tally.files["imported" if changed else "unchanged"] += 1
        for outcome in outcomes:
            self.tally.role(outcome.role_id, outcome.outcome)
            if outcome.outcome == "updated":  # the posting joined a role stored before it
                self.tally.merged.add(outcome.role_id)
            for message in outcome.warnings:
                self.warnings.append({"file": name, "message": message})
                self._say(self.stderr, self.style.WARNING(f"{name}: warning: {message}"))
            if self.options["verbosity"] >= 2:
                self._say(self.log, f"{name}: {outcome.outcome}")

    def _say(self, stream, message: str) -> None:
        """A message for the user, on its own line even while the progress bar is drawn."""
        if self.options["verbosity"] >= 1:
            self.progress.clear()
            stream.write(message)

    def _fail(self, name: str, reason: str) -> None:
        self.errors.append({"file": name, "reason": reason})
        self.tally.files["failed"] += 1
        self.progress.clear()
        self.stderr.write(self.style.ERROR(f"{name}: {reason}"))

    def _discover(self, paths: list[str]) -> Iterator[tuple[str, object]]:
        """(display name, reader) for each file to import, in a stable order."""
        for raw in paths:
            if raw == "-":
                yield "<stdin>", _stdin_reader
                continue
            matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
            if not matches:
                self._fail(raw, "no file matches this pattern")
            for match in matches:
                path = Path(match)
                if path.is_dir():
                    yield from self._walk(path)
                elif path.exists() or path.is_symlink():
                    problem = _not_regular(path)
                    if problem:
                        self._fail(match, problem)
                    else:
                        yield str(path), _file_reader(path)
                else:
                    self._fail(match, "no such file or directory")

    def _walk(self, root: Path) -> Iterator[tuple[str, object]]:
        """The regular files under a folder; links that lead out of it and special files are refused."""
        inside = root.resolve()
        found = False
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]):
                path = Path(folder, name)
                if name.startswith(".") or (path.is_dir() and not path.is_symlink()):
                    continue
                target = path.resolve()
                if path.is_symlink() and target.is_dir() and target.is_relative_to(inside):
                    continue  # the folder it points to is read where it is
                found = True
                if path.is_symlink() and not target.is_relative_to(inside):
                    self._fail(str(path), "a link to a file outside the import folder; not followed")
                elif problem := _not_regular(target):
                    self._fail(str(path), problem)
                else:
                    yield str(path), _file_reader(target)
        if not found:
            self._fail(str(root), "directory holds no files")

    def _report(self) -> dict:
        outcomes = self.tally.roles
        roles = roles_for_report(list(outcomes))
        companies = sorted({role.company.name for role in roles}) or list(
            Company.objects.filter(roles__pk__in=list(outcomes)).values_list("name", flat=True).distinct()
        )
        return {
            "companies": companies,
            "roles": [role_report(role, outcomes[role.pk]) for role in roles],
            "errors": self.errors,
            "warnings": self.warnings,
            "summary": {
                **self.tally.role_counts(),
                "failed": len(self.errors),
                "merged": len(self.tally.merged),
            },
            "files": self.tally.file_counts(),
            "dry_run": self.options["dry_run"],
        }

    def _record_run(self, started, report: dict) -> None:
        summary = report["summary"]
        ImportRun.objects.create(
            started_at=started,
            finished_at=timezone.now(),
            paths="\n".join(self.options["paths"]) or "--reparse",
            created=summary["created"],
            updated=summary["updated"],
            unchanged=summary["unchanged"],
            failed=summary["failed"],
            errors=self.errors,
            warnings=self.warnings,
        )

    def _print(self, report: dict) -> None:
        if self.json_mode:
            self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False))
        line = self.tally.line(warnings=len(self.warnings))
        if self.options["dry_run"]:
            line += " (Dry run: nothing was written.)"
        elif self.options["strict"] and self.errors:
            line += " (--strict: everything was rolled back.)"
        if self.options["verbosity"] >= 1:
            style = self.style.WARNING if self.errors or self.warnings else self.style.SUCCESS
            self._say(self.log, style(line))


_SPECIAL = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))  # fmt: skip


def _not_regular(path: Path) -> str | None:
    """Why a path is no posting file (a pipe would block the import, a device never ends), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    kind = next((what for test, what in _SPECIAL if test(mode)), "not a regular file")
    return f"{kind}, not a regular file; only regular files are imported"


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def _read(name: str, reader) -> FileJob:
    """The file's bytes for a worker, or the reason it cannot be read (reported in the file's place)."""
    try:
        return FileJob(name, reader())
    except (ImportProblem, OSError) as exc:
        return FileJob(name, error=str(exc))


def _file_reader(path: Path):
    def read() -> bytes:
        # O_NONBLOCK: a file swapped for a pipe after the check must not block the import.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ImportProblem("not a regular file; only regular files are imported")
            return _limited(handle.read(settings.IMPORT_MAX_BYTES + 1), "file")

    return read


def _limited(data: bytes, what: str) -> bytes:
    """The bytes read, or a clear refusal when there were more than the limit (checked on what was read)."""
    if len(data) > settings.IMPORT_MAX_BYTES:
        raise ImportProblem(f"{what} is over the {settings.IMPORT_MAX_BYTES / 1_048_576:g} MiB limit")
    return data


def _stdin_reader() -> bytes:
    return _limited(sys.stdin.buffer.read(settings.IMPORT_MAX_BYTES + 1), "standard input")
