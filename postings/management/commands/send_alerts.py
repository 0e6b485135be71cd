"""E-mail every confirmed alert of one frequency the open roles that are new to it, one message each.

Schedule it (README "Saved searches and alerts"): daily alerts once a day, weekly ones once a week. Each
alert's saved query is replayed through RoleFilter; only roles that opened since its high-water mark and
that it never sent before are listed. A rerun after a crash sends nobody a role twice (see
postings/alert_sending.py for the order of writes and sends). Links in the messages start with SITE_URL.

    python manage.py send_alerts --frequency daily
    python manage.py send_alerts --frequency weekly --dry-run    # print what would be sent, send nothing
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from postings.alert_sending import AlertRun, alerts_send
from postings.choices import AlertFrequency


class Command(BaseCommand):
    help = "E-mail confirmed alerts of one frequency the open roles that are new to them."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--frequency", required=True, choices=AlertFrequency.values)
        parser.add_argument("--dry-run", action="store_true", help="print what would be sent, send nothing")

    def handle(self, *args, **options) -> None:
        if not settings.SITE_URL:
            raise CommandError("SITE_URL is not set: the links in alert e-mails need the site's address.")
        dry_run = options["dry_run"]
        run = alerts_send(frequency=options["frequency"], dry_run=dry_run)
        if options["verbosity"] >= 1:
            self._report(run, dry_run=dry_run, verbose=options["verbosity"] >= 2 or dry_run)
        if run.failed:
            raise CommandError(
                f"{run.failed} message(s) could not be sent; their roles wait for the next run."
            )

    def _report(self, run: AlertRun, *, dry_run: bool, verbose: bool) -> None:
        for outcome in run.outcomes:
            if outcome.error:
                self.stderr.write(f"{outcome.alert.email} (alert {outcome.alert.pk}): {outcome.error}")
            if verbose and outcome.roles:
                verb = "would get" if dry_run else "got"
                more = f" and {outcome.more} more" if outcome.more else ""
                who = f"{outcome.alert.email} (alert {outcome.alert.pk})"
                self.stdout.write(f"{who} {verb} {len(outcome.roles)} role(s){more}:")
                for role in outcome.roles:
                    self.stdout.write(f"  {role.title} at {role.company.name}")
        if run.unconfirmed:
            self.stdout.write(
                self.style.WARNING(
                    f"{run.unconfirmed} role(s) were claimed by an earlier run that stopped before the mail "
                    "server took its message; they are not sent again."
                )
            )
        with_roles = sum(1 for outcome in run.outcomes if outcome.roles)
        if dry_run:
            line = f"Would send {with_roles} message(s) to {len(run.outcomes)} {run.frequency} alert(s)."
            line += " (dry run: nothing was sent or changed)"
        else:
            line = f"Sent {run.sent} message(s) to {len(run.outcomes)} {run.frequency} alert(s)"
            line += f" ({len(run.outcomes) - with_roles} had no new roles)."
        self.stdout.write(self.style.SUCCESS(line))
