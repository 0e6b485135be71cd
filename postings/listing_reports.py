"""Reporting a listing: store the report, hold back floods from one address, and send a role that several
people reported since it was last opened back to review (a recorded lifecycle move).

A "person" is an IP address: an e-mail address here is optional and unverified, so counting addresses would
let one visitor count as many. Rate limits count the ListingReport rows in the database.
"""

from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from .choices import RoleStatus
from .lifecycle import role_transition
from .models import Role
from .submission_models import ListingReport, ReportReason


class ReportRefused(Exception):
    """A report not taken; the message is a sentence for the reporter."""


def report_send(*, role: Role, reason: str, details: str, email: str, ip: str | None) -> ListingReport:
    """Store one report and, when enough distinct people have reported the open role, send it to review."""
    since = timezone.now() - timedelta(hours=1)
    if (
        ip
        and ListingReport.objects.filter(ip=ip, created_at__gte=since).count()
        >= settings.REPORTS_PER_IP_PER_HOUR
    ):
        raise ReportRefused("You have sent many reports in the last hour; please try again later.")
    if ip and ListingReport.objects.filter(role=role, ip=ip, created_at__gte=_counting_since(role)).exists():
        raise ReportRefused("You have already reported this listing; thank you, a moderator will look at it.")
    with transaction.atomic():
        report = ListingReport.objects.create(role=role, reason=reason, details=details, email=email, ip=ip)
        role_review_if_reported(role=role)
    return report


def _counting_since(role: Role):
    """Reports count from the last time the role was opened: a moderator who reopens it starts afresh."""
    if role.status == RoleStatus.OPEN and role.status_changed_at:
        return role.status_changed_at
    return role.created_at


def role_review_if_reported(*, role: Role) -> bool:
    """Move an open role to pending review when reports from enough distinct IP addresses arrived since it
    was opened; the move's reason lists why they reported it."""
    role = (
        Role.objects.select_for_update()
        .only("pk", "status", "status_changed_at", "created_at")
        .get(pk=role.pk)
    )
    if role.status != RoleStatus.OPEN:
        return False
    recent = ListingReport.objects.filter(role=role, created_at__gte=_counting_since(role))
    people = recent.exclude(ip=None).values("ip").distinct().count()
    if people < settings.REPORTS_TO_REVIEW:
        return False
    reasons = Counter(dict(recent.values_list("reason").annotate(n=Count("pk")).values_list("reason", "n")))
    why = ", ".join(f"{ReportReason(key).label.lower()} ({n})" for key, n in reasons.most_common())
    role_transition(role=role, to=RoleStatus.PENDING, reason=f"Reported by {people} people: {why}.")
    return True
