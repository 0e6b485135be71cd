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
    python manage.py import_postings --queue --wait feed/   # batches for `celery -A jobboard worker`

With --queue the files are sent in batches to the import queue (CELERY_BROKER_URL), and the workers of
`celery -A jobboard worker`, on this machine or others, parse and write them; --wait waits for them and
prints the same report as a local run.
"""

import glob
import itertools
import json
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from postings.import_pool import FileJob, ParsePool, chunksize_for
from postings.import_progress import ProgressBar
from postings.import_queue import ImportQueue, QueueUnavailable, queue_batches
from postings.import_writer import FileResult, FileWriter
from postings.importing import ImportProblem, sources_reparse
from postings.models import Company, ImportRun
from postings.reports import role_report, roles_for_report

BATCH_FILES = 50  # files written per transaction


class _Rollback(Exception):
    """Raised to undo a dry run or a --strict run after its report is built."""


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
        parser.add_argument("--queue", action="store_true", help="send the files to the workers' queue")
        parser.add_argument("--wait", action="store_true", help="with --queue: wait for the workers, report")
        parser.add_argument(
            "--timeout", type=float, help="with --wait: seconds to wait at most (default: none)"
        )

    def handle(self, *args, **options) -> None:
        if not options["paths"] and not options["reparse"]:
            raise CommandError("Give at least one PATH (file, directory, glob or -), or --reparse.")
        self._check_queue_options(options)
        self.options = options
        self.json_mode = options["format"] == "json"
        self.log = self.stderr if self.json_mode else self.stdout
        self.progress = ProgressBar(self.stderr, 0, enabled=False)
        self.writer = FileWriter(company=options["company"], strict=options["strict"], on_result=self._show)
        started = timezone.now()
        try:
            report = self._queue_all() if options["queue"] else self._run_in_transaction()
        except QueueUnavailable as exc:
            raise CommandError(str(exc)) from None
        except KeyboardInterrupt:
            self.progress.clear()
            if options["queue"]:
                raise CommandError(
                    "Interrupted: the batches already sent stay queued, and the workers import them.",
                    returncode=130,
                ) from None
            kept = "none are kept" if options["dry_run"] or options["strict"] else "earlier ones are kept"
            raise CommandError(
                f"Interrupted: the files written since the last commit (at most {BATCH_FILES}) were undone; "
                f"{kept}.",
                returncode=130,
            ) from None
        if report and not options["dry_run"] and not (options["strict"] and self.writer.errors):
            self._record_run(started, report)
        if report:
            self._print(report)
        if failed := len(self.writer.errors):
            raise CommandError(f"{failed} file(s) could not be imported; see the errors above.")

    def _run_in_transaction(self) -> dict:
        undo = self.options["dry_run"] or self.options["strict"]
        report: dict = {}
        try:
            with transaction.atomic() if undo else nullcontext():
                self._import_all()
                report = self._report()
                if self.options["dry_run"] or (self.options["strict"] and self.writer.errors):
                    raise _Rollback
        except _Rollback:
            pass
        return report

    def _import_all(self) -> None:
        if self.options["reparse"]:
            for outcome in sources_reparse():
                self.writer.tally.role(outcome.role_id, outcome.outcome)
        files = list(self._discover(self.options["paths"]))
        shown = self.options["verbosity"] >= 1 and self.stderr.isatty()
        self.progress = ProgressBar(self.stderr, len(files), enabled=shown)
        workers = max(1, min(self.options["jobs"], len(files)))  # no pool for a single file
        jobs = (_read(name, reader) for name, reader in files)
        with ParsePool(workers=workers, budget=settings.IMPORT_PARSE_SECONDS) as pool:
            parsed_files = pool.imap(jobs, chunksize=chunksize_for(len(files), workers))
            done = 0
            for batch in _batches(parsed_files, BATCH_FILES):
                # A batch written again (its transaction lost) redraws the same positions.
                self.writer.write_batch(
                    batch, on_file=lambda n, before=done: self.progress.update(before + n)
                )
                done += len(batch)
                if self.writer.stopped:
                    break

    def _check_queue_options(self, options: dict) -> None:
        if options["queue"] and (options["dry_run"] or options["strict"] or options["reparse"]):
            raise CommandError(
                "--queue imports for good: it cannot be combined with --dry-run, --strict or --reparse."
            )
        if (options["wait"] or options["timeout"] is not None) and not options["queue"]:
            raise CommandError("--wait and --timeout go with --queue.")

    def _queue_all(self) -> dict:
        """Send the files to the queue in batches; with --wait, count what the workers made of each file.
        The report is empty (nothing printed or recorded) when the command does not wait."""
        queue = ImportQueue()
        files = list(self._discover(self.options["paths"]))
        jobs = (_read(name, reader) for name, reader in files)
        batches = queue_batches(jobs, files=BATCH_FILES)
        sent = [queue.send(batch, company=self.options["company"]) for batch in batches]
        if not self.options["wait"]:
            count = f"{len(sent):,} batch{'' if len(sent) == 1 else 'es'}"
            where = f"Queued {len(files):,} files in {count} on {queue.where}"
            self._say(
                self.log, self.style.SUCCESS(f"{where}; workers (celery -A jobboard worker) import them.")
            )
            return {}
        shown = self.options["verbosity"] >= 1 and self.stderr.isatty()
        self.progress = ProgressBar(self.stderr, len(files), enabled=shown)
        done = 0
        for results in queue.wait(sent, timeout=self.options["timeout"]):
            for result in results:
                self.writer.record(result)
            done += len(results)
            self.progress.update(done)
        return self._report()

    def _show(self, result: FileResult) -> None:
        """Errors and warnings by file name as they come; each posting's outcome at verbosity 2."""
        if result.reason is not None:
            self.progress.clear()
            self.stderr.write(self.style.ERROR(f"{result.name}: {result.reason}"))
        for message in result.warnings:
            self._say(self.stderr, self.style.WARNING(f"{result.name}: warning: {message}"))
        if self.options["verbosity"] >= 2:
            for _, outcome in result.roles:
                self._say(self.log, f"{result.name}: {outcome}")

    def _say(self, stream, message: str) -> None:
        """A message for the user, on its own line even while the progress bar is drawn."""
        if self.options["verbosity"] >= 1:
            self.progress.clear()
            stream.write(message)

    def _discover(self, paths: list[str]) -> Iterator[tuple[str, object]]:
        """(display name, reader) for each file to import, in a stable order."""
        for raw in paths:
            if raw == "-":
                yield "<stdin>", _stdin_reader
                continue
            matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
            if not matches:
                self.writer.fail(raw, "no file matches this pattern")
            for match in matches:
                path = Path(match)
                if path.is_dir():
                    yield from self._walk(path)
                elif path.exists() or path.is_symlink():
                    problem = _not_regular(path)
                    if problem:
                        self.writer.fail(match, problem)
                    else:
                        yield str(path), _file_reader(path)
                else:
                    self.writer.fail(match, "no such file or directory")

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
                    self.writer.fail(str(path), "a link to a file outside the import folder; not followed")
                elif problem := _not_regular(target):
                    self.writer.fail(str(path), problem)
                else:
                    yield str(path), _file_reader(target)
        if not found:
            self.writer.fail(str(root), "directory holds no files")

    def _report(self) -> dict:
        outcomes = self.writer.tally.roles
        roles = roles_for_report(list(outcomes))
        companies = sorted({role.company.name for role in roles}) or list(
            Company.objects.filter(roles__pk__in=list(outcomes)).values_list("name", flat=True).distinct()
        )
        return {
            "companies": companies,
            "roles": [role_report(role, outcomes[role.pk]) for role in roles],
            "errors": self.writer.errors,
            "warnings": self.writer.warnings,
            "summary": {
                **self.writer.tally.role_counts(),
                "failed": len(self.writer.errors),
                "merged": len(self.writer.tally.merged),
            },
            "files": self.writer.tally.file_counts(),
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
            errors=self.writer.errors,
            warnings=self.writer.warnings,
        )

    def _print(self, report: dict) -> None:
        if self.json_mode:
            self.stdout.write(json.dumps(report, indent=2, ensure_ascii=False))
        line = self.writer.tally.line(warnings=len(self.writer.warnings))
        if self.options["dry_run"]:
            line += " (Dry run: nothing was written.)"
        elif self.options["strict"] and self.writer.errors:
            line += " (--strict: everything was rolled back.)"
        if self.options["verbosity"] >= 1:
            style = self.style.WARNING if self.writer.errors or self.writer.warnings else self.style.SUCCESS
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
