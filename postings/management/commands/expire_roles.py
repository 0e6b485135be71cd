"""Expire open roles that are past their date, and print how many.

A role expires the day after its closing date when a source states one; otherwise when no import has seen
any of its sources for ROLE_EXPIRE_AFTER_DAYS days (60 unless set). Sightings are only trusted while
imports succeed: when the last import failed for some files, roles not seen lately are left open and only
stated closing dates count. Running it twice expires nothing more (idempotent), so cron may run it as
often as it likes:

    python manage.py expire_roles              # expire, print counts
    python manage.py expire_roles --dry-run    # print what would expire, change nothing
"""

from django.core.management.base import BaseCommand

from postings.lifecycle import roles_expire


class Command(BaseCommand):
    help = "Move open roles past their closing date (or unseen for too long) to expired."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="count what would expire, change nothing")

    def handle(self, *args, **options) -> None:
        dry_run = options["dry_run"]
        report = roles_expire(dry_run=dry_run)
        if options["verbosity"] < 1:
            return
        if report.held_back:
            self.stdout.write(
                self.style.WARNING(
                    f"Roles not seen lately were left open: {report.held_back}. "
                    "Only stated closing dates were applied."
                )
            )
        verb = "Would expire" if dry_run else "Expired"
        line = (
            f"{verb} {report.total} role(s): {report.by_closing_date} past their closing date, "
            f"{report.by_last_seen} not seen by an import for too long."
        )
        if dry_run:
            line += " (dry run: nothing was changed)"
        self.stdout.write(self.style.SUCCESS(line))
