"""Sending alerts: each active alert's saved query replayed through RoleFilter, new open roles e-mailed.

Idempotence, and the order chosen. For each alert, one transaction moves its high-water mark to the run's
start and records every role the message will list (AlertDelivery, `sent_at` empty); only after that commit
is the message handed to the mail server, and then `sent_at` is filled. A role with a delivery row is never
sent to that alert again. So a run that dies between the commit and the mail server's answer loses that one
message (its roles stay claimed, and the next run reports them as unconfirmed instead of resending them):
at most once, never twice. A send that fails with an error (server refused, connection lost) is undone in
a second transaction: its rows are deleted and the mark moved back, so the next run lists those roles again.

Which roles are new: open roles matching the query whose latest opening (status_changed_at, else created_at)
is after the mark. The window starts OVERLAP before the mark, so a role whose import committed after a run
had read it as not yet there is still found; the delivery rows keep that overlap from repeating a role, and
the window never starts before the alert was confirmed.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone

from .alert_models import Alert, AlertDelivery
from .alerts import alert_links, query_summary
from .cards import role_card
from .choices import AlertFrequency
from .filters import RoleFilter
from .models import Role

OVERLAP = timedelta(hours=1)
# Roles listed in one message at most; the message links to the search for the rest.
MAX_ROLES = 25


@dataclass
class AlertOutcome:
    alert: Alert
    roles: list[Role] = field(default_factory=list)
    more: int = 0
    sent: bool = False
    error: str = ""


@dataclass
class AlertRun:
    frequency: str
    outcomes: list[AlertOutcome] = field(default_factory=list)
    # Roles claimed by an earlier run that stopped before the mail server took the message: not resent.
    unconfirmed: int = 0

    @property
    def sent(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.sent)

    @property
    def failed(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.error)


def new_roles(alert: Alert, *, now: datetime) -> tuple[list[Role], int]:
    """The open roles matching the alert's query that opened since its mark and it never sent, newest
    first (at most MAX_ROLES), and how many more there are."""
    filterset = RoleFilter(QueryDict(alert.query), queryset=Role.objects.visible())
    since = max(alert.sent_through - OVERLAP, alert.confirmed_at)
    delivered = AlertDelivery.objects.filter(alert=alert, role=OuterRef("pk"))
    matches = (
        filterset.qs.open()
        .alias(opened_at=Coalesce("status_changed_at", "created_at"))
        .filter(opened_at__gt=since, opened_at__lte=now)
        .exclude(Exists(delivered))
    )
    roles = list(matches.with_cards().order_by("-opened_at", "-id")[: MAX_ROLES + 1])
    more = matches.count() - MAX_ROLES if len(roles) > MAX_ROLES else 0
    return roles[:MAX_ROLES], more


def alert_message(outcome: AlertOutcome, *, base_url: str) -> EmailMultiAlternatives:
    """The alert's message in plain text and HTML, with the one-click unsubscribe headers (RFC 8058)."""
    alert, count = outcome.alert, len(outcome.roles) + outcome.more
    links = alert_links(alert, base_url=base_url)
    context = {
        "alert": alert,
        "summary": query_summary(alert.query),
        "frequency": AlertFrequency(alert.frequency),
        "cards": [role_card(role) for role in outcome.roles],
        "roles": outcome.roles,
        "more": outcome.more,
        "count": count,
        "base_url": base_url,
        **links,
    }
    message = EmailMultiAlternatives(
        subject=f"{count} new role{'s' if count != 1 else ''} for your job alert",
        body=render_to_string("postings/alerts/email/alert.txt", context),
        to=[alert.email],
        headers={
            "List-Unsubscribe": f"<{links['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(render_to_string("postings/alerts/email/alert.html", context), "text/html")
    return message


def _claim(alert: Alert, roles: list[Role], *, now: datetime) -> bool:
    """Move the mark and record the roles in one transaction; False when another run moved it first."""
    with transaction.atomic():
        moved = Alert.objects.filter(pk=alert.pk, sent_through=alert.sent_through).update(sent_through=now)
        if moved:
            AlertDelivery.objects.bulk_create(
                AlertDelivery(alert=alert, role=role, claimed_at=now) for role in roles
            )
    return bool(moved)


@transaction.atomic
def _unclaim(alert: Alert, *, previous: datetime, now: datetime) -> None:
    AlertDelivery.objects.filter(alert=alert, claimed_at=now, sent_at__isnull=True).delete()
    Alert.objects.filter(pk=alert.pk, sent_through=now).update(sent_through=previous)


def alert_send(alert: Alert, *, now: datetime, base_url: str, dry_run: bool = False) -> AlertOutcome:
    """At most one message for this alert in this run, listing the roles new to it."""
    roles, more = new_roles(alert, now=now)
    outcome = AlertOutcome(alert, roles, more)
    if dry_run:
        return outcome
    previous = alert.sent_through
    if not _claim(alert, roles, now=now) or not roles:
        return outcome  # nothing new (the mark moved on), or another run took this alert
    try:
        alert_message(outcome, base_url=base_url).send()
    except Exception as error:  # noqa: BLE001 - any failure to hand over the message is undone the same way
        _unclaim(alert, previous=previous, now=now)
        outcome.error = f"{type(error).__name__}: {error}"
        return outcome
    AlertDelivery.objects.filter(alert=alert, claimed_at=now, sent_at__isnull=True).update(
        sent_at=timezone.now()
    )
    Alert.objects.filter(pk=alert.pk).update(last_sent_at=timezone.now())
    outcome.sent = True
    return outcome


def alerts_send(
    *, frequency: str, now: datetime | None = None, dry_run: bool = False, base_url: str | None = None
) -> AlertRun:
    """Send every active alert of this frequency its new roles (one message each at most)."""
    now = now or timezone.now()
    base_url = settings.SITE_URL if base_url is None else base_url
    run = AlertRun(frequency=AlertFrequency(frequency))
    alerts = Alert.objects.active().filter(frequency=frequency).order_by("pk")
    run.unconfirmed = AlertDelivery.objects.filter(alert__in=alerts, sent_at__isnull=True).count()
    for alert in alerts.iterator():
        run.outcomes.append(alert_send(alert, now=now, base_url=base_url, dry_run=dry_run))
    return run
