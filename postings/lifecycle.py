"""A role's life: the moves between its states, each recorded; review on import; expiry and reopening.

Which moves are allowed is said once, by RoleStatus and TRANSITIONS in choices.py. Every change of a role's
status goes through ``role_transition`` (or, for many roles at once, ``roles_expire``), which writes the
row and its RoleStatusChange (who, when, why) in one transaction.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.dateformat import format as date_format

from .choices import RoleStatus, SourceKind
from .models import ImportRun, Role, RoleStatusChange, Source

EXPIRE_BATCH = 500


class TransitionError(ValueError):
    """A move the state machine does not allow; the message is a sentence for the person who asked."""


def role_transition(*, role: Role, to: str, by=None, reason: str = "") -> RoleStatusChange:
    """Move the role to the state `to` if allowed, and record who moved it, when and why."""
    current, target = RoleStatus(role.status), RoleStatus(to)
    if not current.can_become(target):
        raise TransitionError(f"A role that is {current.label.lower()} cannot become {target.label.lower()}.")
    now = timezone.now()
    with transaction.atomic():
        # An UPDATE of two columns: saving the whole row would re-run the search trigger for nothing.
        Role.objects.filter(pk=role.pk).update(status=target, status_changed_at=now)
        change = RoleStatusChange.objects.create(
            role=role,
            from_status=current,
            to_status=target,
            changed_at=now,
            changed_by=by if by is not None and by.is_authenticated else None,
            reason=reason,
        )
    role.status, role.status_changed_at = target, now
    return change


def import_status(
    *, source_kind: str, doubts: dict[str, float], closes_on: date | None = None, today: date | None = None
) -> tuple[str, str]:
    """The state a newly imported role starts in, and why: open; pending review when the parser was unsure
    of its employer, title or pay, or when its kind of source is set to be reviewed; expired when the
    closing date it states has already passed (an old posting is never listed, even for a moment).
    A person checks a doubted role first; approving one that is past its date lets expire_roles end it."""
    if source_kind == SourceKind.SUBMISSION:
        return (
            RoleStatus.PENDING,
            "Submitted by the employer and confirmed by e-mail; submissions are reviewed.",
        )
    if doubts:
        fields = ", ".join(f"{name} ({sure:.0%} sure)" for name, sure in sorted(doubts.items()))
        return RoleStatus.PENDING, f"Imported; the parser was unsure of the {fields}."
    kinds = {kind.strip().lower() for kind in settings.ROLE_REVIEW_SOURCE_KINDS}
    label = SourceKind(source_kind).label.lower() if source_kind in SourceKind.values else source_kind
    if "all" in kinds or source_kind in kinds:
        return RoleStatus.PENDING, f"Imported (source: {label}); roles from this kind of source are reviewed."
    if closes_on and closes_on < (today or timezone.localdate()):
        return RoleStatus.EXPIRED, f"Imported after its closing date, {date_format(closes_on, 'j F Y')}."
    return RoleStatus.OPEN, f"Imported (source: {label})."


def role_started(*, role: Role, reason: str, by=None) -> RoleStatusChange:
    """Record the state a new role starts in (its first history row)."""
    change = role_start_change(role=role, reason=reason, by=by)
    change.save(force_insert=True)
    return change


def role_start_change(*, role: Role, reason: str, by=None) -> RoleStatusChange:
    """The first history row of a new role, not saved yet (the importer inserts a batch's together)."""
    return RoleStatusChange(
        role=role,
        from_status="",
        to_status=role.status,
        changed_at=role.status_changed_at or timezone.now(),
        changed_by=by if by is not None and by.is_authenticated else None,
        reason=reason,
    )


def expire_after() -> timedelta:
    return timedelta(days=settings.ROLE_EXPIRE_AFTER_DAYS)


def expiry_date(*, closes_on: date | None, last_seen: datetime | None) -> date | None:
    """The last day a role stays open: its stated closing date, else the window after it was last seen."""
    if closes_on:
        return closes_on
    return (timezone.localtime(last_seen) + expire_after()).date() if last_seen else None


def _last_seen() -> Subquery:
    seen = Source.objects.filter(role=OuterRef("pk")).order_by().values("role")
    return Subquery(seen.annotate(latest=Max("last_seen_at")).values("latest"))


def due_to_expire(*, now: datetime, by_closing_date: bool = True, by_last_seen: bool = True) -> QuerySet:
    """Open roles past their closing date, or (stating none) whose sources no import has seen lately."""
    today = timezone.localtime(now).date()
    due = Q(pk__in=[])
    if by_closing_date:
        due |= Q(closes_on__lt=today)
    if by_last_seen:
        due |= Q(closes_on__isnull=True, last_seen__lt=now - expire_after())
    return Role.objects.open().annotate(last_seen=_last_seen()).filter(due)


def _expiry_reason(role: Role) -> str:
    if role.closes_on:
        return f"Its closing date, {date_format(role.closes_on, 'j F Y')}, has passed."
    days = settings.ROLE_EXPIRE_AFTER_DAYS
    seen = date_format(timezone.localtime(role.last_seen), "j F Y")
    return f"No import has seen it since {seen} ({days} days without a sighting)."


@dataclass(frozen=True)
class ExpiryReport:
    by_closing_date: int
    by_last_seen: int
    # Why roles not seen lately were left open (a failed or partial last import), or "".
    held_back: str = ""

    @property
    def total(self) -> int:
        return self.by_closing_date + self.by_last_seen


def last_import_problem() -> str:
    """Why sightings cannot be trusted now (the last import failed in part), or ""."""
    run = ImportRun.objects.order_by("-started_at", "-id").first()
    if run is None or not run.failed:
        return ""
    when = date_format(timezone.localtime(run.started_at), "j F Y H:i")
    return f"the last import ({when}) failed for {run.failed} file(s)"


def roles_expire(*, now: datetime | None = None, dry_run: bool = False) -> ExpiryReport:
    """Expire every open role that is due; after a failed import only stated closing dates count."""
    now = now or timezone.now()
    held_back = last_import_problem()
    due = list(
        due_to_expire(now=now, by_last_seen=not held_back)
        .select_related(None)
        .only("pk", "status", "closes_on")
        .order_by("pk")
    )
    by_date = sum(1 for role in due if role.closes_on)
    if not dry_run:
        for start in range(0, len(due), EXPIRE_BATCH):
            _expire_batch(due[start : start + EXPIRE_BATCH], now)
    return ExpiryReport(by_closing_date=by_date, by_last_seen=len(due) - by_date, held_back=held_back)


@transaction.atomic
def _expire_batch(roles: list[Role], now: datetime) -> None:
    # Only roles still open: another process may have closed one since it was read.
    ids = set(
        Role.objects.select_for_update()
        .filter(pk__in=[role.pk for role in roles], status=RoleStatus.OPEN)
        .values_list("pk", flat=True)
    )
    Role.objects.filter(pk__in=ids).update(status=RoleStatus.EXPIRED, status_changed_at=now)
    RoleStatusChange.objects.bulk_create(
        RoleStatusChange(
            role_id=role.pk,
            from_status=RoleStatus.OPEN,
            to_status=RoleStatus.EXPIRED,
            changed_at=now,
            reason=_expiry_reason(role),
        )
        for role in roles
        if role.pk in ids
    )


def role_seen_again(*, role: Role, now: datetime | None = None) -> bool:
    """Reopen an expired role that an import has just seen again, unless its closing date has passed."""
    now = now or timezone.now()
    if role.status != RoleStatus.EXPIRED:
        return False
    if role.closes_on and role.closes_on < timezone.localtime(now).date():
        return False
    role_transition(role=role, to=RoleStatus.OPEN, reason="An import saw the posting again.")
    return True


def source_seen(*, digest: str) -> tuple[int, bool] | None:
    """Mark the source with this content as seen now; (its role, whether that reopened it), or None."""
    now = timezone.now()
    if not Source.objects.filter(content_hash=digest).update(last_seen_at=now):
        return None
    role = Role.objects.filter(sources__content_hash=digest).only("pk", "status", "closes_on").get()
    return role.pk, role_seen_again(role=role, now=now)
