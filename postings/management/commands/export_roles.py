"""Write every role, with its company, pay, skills, places, sources (raw text included), state history,
reports and submission, as JSON Lines: a header line (format, version, migrations, fields), then one object
per role. import_roles loads the file back into an empty database, or the same one.

Roles are read a chunk at a time (--chunk-size, 200) in one consistent snapshot, so memory stays flat
however many there are. By default only roles still in play (draft, pending review, open) are written;
--include-closed adds closed, expired and rejected ones: use it for a backup. A FILE ending in .gz is
compressed. The file is written beside FILE and renamed into place once complete, so a failed run never
leaves a cut-short FILE.

    python manage.py export_roles --include-closed --output roles.jsonl.gz
    python manage.py export_roles > open-roles.jsonl        # standard output (the default, or -)
"""

import gzip
import json
import os
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from postings.import_progress import ProgressBar
from postings.role_archive import header
from postings.role_export import CHUNK_SIZE, role_chunks, role_line, roles_to_export, snapshot


class Command(BaseCommand):
    help = "Write every role with its sources and history as JSON Lines (restore with import_roles)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", "-o", default="-", help="FILE (.gz to compress), or - for stdout")
        parser.add_argument(
            "--include-closed", action="store_true", help="also closed, expired and rejected roles"
        )
        parser.add_argument("--chunk-size", type=_positive, default=CHUNK_SIZE, help="roles read at a time")

    def handle(self, *args, **options) -> None:
        output = options["output"]
        # On standard output the file is the output: messages go to standard error.
        log = self.stderr if output == "-" else self.stdout
        started = time.monotonic()
        try:
            with snapshot(), self._opened(output) as stream:
                counts = self._export(stream, options)
        except KeyboardInterrupt:
            raise CommandError(f"Interrupted: {_name(output)} was not written.", returncode=130) from None
        except OSError as exc:
            raise CommandError(f"Cannot write {_name(output)}: {exc.strerror or exc}") from None
        if options["verbosity"] >= 1:
            roles, companies, sources = counts
            log.write(
                self.style.SUCCESS(
                    f"Exported {roles:,} role(s) of {companies:,} compan{'y' if companies == 1 else 'ies'}, "
                    f"{sources:,} source(s), to {_name(output)} in {time.monotonic() - started:.1f} s."
                )
            )

    def _export(self, stream, options: dict) -> tuple[int, int, int]:
        roles = roles_to_export(include_closed=options["include_closed"])
        total = roles.count()
        shown = options["verbosity"] >= 1 and self.stderr.isatty()
        progress = ProgressBar(self.stderr, total, enabled=shown, unit="roles")
        stream.write(json.dumps(header(roles=total, include_closed=options["include_closed"])) + "\n")
        done, sources, companies = 0, 0, set()
        for chunk in role_chunks(roles, size=options["chunk_size"]):
            for role in chunk:
                stream.write(role_line(role) + "\n")
                companies.add(role.company_id)
                sources += len(role.sources.all())
            done += len(chunk)
            progress.update(done)
        return done, len(companies), sources

    @contextmanager
    def _opened(self, output: str):
        """Standard output, or a file written beside FILE and renamed into place once complete."""
        if output == "-":
            yield _Lines(self.stdout)
            return
        partial = f"{output}.partial"
        opener = gzip.open if output.endswith(".gz") else open
        try:
            with opener(partial, "wt", encoding="utf-8", newline="\n") as stream:
                yield stream
            os.replace(partial, output)
        finally:
            if os.path.exists(partial):
                os.unlink(partial)


class _Lines:
    """Django's stdout wrapper takes lines: write them as they are."""

    def __init__(self, wrapper) -> None:
        self.wrapper = wrapper

    def write(self, text: str) -> None:
        self.wrapper.write(text, ending="")


def _name(output: str) -> str:
    return "standard output" if output == "-" else output


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number
