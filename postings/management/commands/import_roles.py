"""Restore roles from a file that export_roles wrote, into an empty database or the one it came from.

The header line is checked first (format, version, migrations, fields): a file this database cannot take
stops the command before anything is written. Then each role is restored atomically: one that is already
stored exactly as the file has it is left alone (running the restore twice changes nothing), one that
differs is rewritten to match the file, a new one is created. A bad line (not JSON, missing fields, a value
the database refuses) is reported with its number and the reason while the others go on; the exit status
is then 1. A FILE ending in .gz is read compressed.

    python manage.py import_roles roles.jsonl.gz
    python manage.py import_roles - < roles.jsonl
    python manage.py import_roles --dry-run roles.jsonl    # check and count, write nothing
"""

import gzip
import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from postings.import_progress import ProgressBar
from postings.role_archive_check import ArchiveError, check_header, parse_line
from postings.role_restore import BATCH_ROLES, Outcome, RoleRestorer

OUTCOMES = ("created", "updated", "unchanged", "failed")


class _Rollback(Exception):
    """Undoes a dry run once it is counted."""


class Command(BaseCommand):
    help = (
        "Restore roles from an export_roles file (JSON Lines), each role atomic; re-running changes nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="the file export_roles wrote (.gz read compressed), or - for stdin")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and count every role, write nothing"
        )

    def handle(self, *args, **options) -> None:
        self.name = "<stdin>" if options["file"] == "-" else options["file"]
        self.options = options
        self.counts: Counter = Counter()
        try:
            with self._opened(options["file"]) as lines:
                restorer = self._restore_all(lines)
        except KeyboardInterrupt:
            raise CommandError(
                "Interrupted: the roles written since the last commit were undone; earlier ones are kept.",
                returncode=130,
            ) from None
        except (OSError, EOFError) as exc:
            raise CommandError(f"Cannot read {self.name}: {getattr(exc, 'strerror', None) or exc}") from None
        self._summary(restorer)
        if self.counts["failed"]:
            raise CommandError(
                f"{self.counts['failed']:,} role(s) could not be restored; see the errors above."
            )

    def _restore_all(self, lines: Iterator[bytes]) -> RoleRestorer:
        numbered = ((number, raw) for number, raw in enumerate(lines, 1) if raw.strip())
        number, raw = next(numbered, (1, b""))
        try:
            head = parse_line(raw) if raw else {}
            restorer = RoleRestorer(schema=check_header(head))
        except ArchiveError as exc:
            raise CommandError(f"{self.name}, line {number}: {exc}") from None
        self.announced = head.get("roles") if isinstance(head.get("roles"), int) else None
        shown = self.options["verbosity"] >= 1 and self.stderr.isatty()
        self.progress = ProgressBar(self.stderr, self.announced or 0, enabled=shown, unit="roles")
        try:
            with transaction.atomic() if self.options["dry_run"] else nullcontext():
                self._batches(numbered, restorer)
                if self.options["dry_run"]:
                    raise _Rollback
        except _Rollback:
            pass
        return restorer

    def _batches(self, numbered: Iterator[tuple[int, bytes]], restorer: RoleRestorer) -> None:
        while batch := list(itertools.islice(numbered, BATCH_ROLES)):
            records, outcomes = [], []
            for number, raw in batch:
                try:
                    records.append((number, parse_line(raw)))
                except ArchiveError as exc:
                    outcomes.append(Outcome(number, "", "failed", str(exc)))
            outcomes += restorer.restore_batch(records) if records else []
            for outcome in sorted(outcomes, key=lambda o: o.line):
                self._show(outcome)
            self.progress.update(min(sum(self.counts.values()), self.progress.total))

    def _show(self, outcome: Outcome) -> None:
        self.counts[outcome.outcome] += 1
        if outcome.outcome == "failed":
            self.progress.clear()
            self.stderr.write(self.style.ERROR(f"{self.name}, line {outcome.line}: {outcome.reason}"))
        elif self.options["verbosity"] >= 2:
            self.progress.clear()
            self.stdout.write(f"line {outcome.line}: {outcome.slug} {outcome.outcome}")

    def _summary(self, restorer: RoleRestorer) -> None:
        read = sum(self.counts.values())
        if self.announced is not None and read < self.announced:
            self.counts["failed"] += 1
            self.stderr.write(
                self.style.ERROR(
                    f"{self.name}: the file ends after {read:,} of the {self.announced:,} roles its header "
                    "announces: it was cut short"
                )
            )
        if restorer.unknown_users and self.options["verbosity"] >= 1:
            names = ", ".join(sorted(restorer.unknown_users))
            self.stderr.write(
                self.style.WARNING(
                    f"No such user here: {names}; their history rows are restored without a name."
                )
            )
        if self.options["verbosity"] >= 1:
            parts = ", ".join(f"{self.counts[key]:,} {key}" for key in OUTCOMES)
            line = f"Roles: {read:,} read, {parts}."
            if self.options["dry_run"]:
                line += " (Dry run: nothing was written.)"
            style = self.style.WARNING if self.counts["failed"] else self.style.SUCCESS
            self.stdout.write(style(line))

    @contextmanager
    def _opened(self, name: str):
        if name == "-":
            yield iter(sys.stdin.buffer)
            return
        with (gzip.open if name.endswith(".gz") else open)(name, "rb") as stream:
            yield iter(stream)
