"""Saved searches: the query an alert keeps, sign-up with rate limits, double opt-in and unsubscribe.

Nothing is sent to an address before it confirms, except the one confirmation message. The links in the
messages are signed with django.core.signing (the confirmation link expires, the unsubscribe link does not,
so an old message can always stop the alerts).
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .alert_models import Alert
from .choices import AlertFrequency
from .filters import RoleFilter
from .models import Role

CONFIRM_SALT = "postings.alerts.confirm"
UNSUBSCRIBE_SALT = "postings.alerts.unsubscribe"
# Search parameters an alert keeps: every filter but the sort, the page and closed roles (alerts are about
# roles that just opened).
KEPT = [name for name in RoleFilter.base_filters if name not in ("sort", "include_closed")]
# Yes/no parameters: shown by their label alone.
FLAGS = ("include_unknown_pay", "with_pay")
RATE_WINDOW = timedelta(hours=1)


class RateLimited(Exception):
    """Too many sign-ups from this address or this network lately; the message says which and for how long."""


class BadLink(Exception):
    """A signed link that is altered, expired or points at no alert; the message is for the visitor."""


@dataclass(frozen=True)
class AlertQuery:
    """A search's parameters after RoleFilter: the query string kept, and what was dropped and why."""

    query: str
    dropped: list[str] = field(default_factory=list)

    @property
    def summary(self) -> list[str]:
        return query_summary(self.query)


def _text(value) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return "1" if value is True else str(value)


def alert_query(params: QueryDict) -> AlertQuery:
    """Validate a search's parameters through RoleFilter; invalid ones are dropped, each with a reason."""
    filterset = RoleFilter(params, queryset=Role.objects.none())
    dropped = [
        f"{filterset.form[name].label}: {errors[0]}"
        for name, errors in filterset.errors.items()
        if name in KEPT
    ]
    query = QueryDict(mutable=True)
    for name in KEPT:
        value = None if name in filterset.errors else filterset.cleaned(name)
        if value in (None, "", [], False) or (isinstance(value, str) and not value.strip()):
            continue
        query.setlist(name, [_text(v) for v in value] if isinstance(value, list) else [_text(value)])
    return AlertQuery(query.urlencode(), dropped)


def query_summary(query: str) -> list[str]:
    """The kept search in words: ["Search: python", "Seniority: Senior", "Minimum pay: 100000 USD"]."""
    params = QueryDict(query)
    filterset = RoleFilter(params, queryset=Role.objects.none())
    parts = []
    for name in KEPT:
        values = params.getlist(name)
        if not values or name == "currency":
            continue
        choices = dict(getattr(filterset.filters[name].field, "choices", []) or [])
        shown = ", ".join(str(choices.get(v, v)) for v in values)
        if name == "pay_min":
            shown += f" {params.get('currency', 'USD')} a year"
        label = filterset.form[name].label
        parts.append(label if name in FLAGS else f"{label}: {shown}")
    return parts or ["All open roles"]


def search_url(query: str, *, base: str = "") -> str:
    """The search page showing the alert's roles, newest first."""
    params = QueryDict(query, mutable=True)
    params["sort"] = "newest"
    return f"{base}{reverse('postings:role_list')}?{params.urlencode()}"


def ip_hash(ip: str | None) -> str:
    """A keyed hash of the IP address: enough to count sign-ups from it, useless to anyone reading rows."""
    return salted_hmac("postings.alerts.ip", ip or "unknown").hexdigest()[:32]


def signups_check(*, email: str, ip: str | None, now: datetime | None = None) -> None:
    """Raise RateLimited when this address or this IP has asked for too many alerts in the last hour."""
    since = (now or timezone.now()) - RATE_WINDOW
    recent = Alert.objects.filter(created_at__gte=since)
    if recent.filter(email__iexact=email).count() >= settings.ALERT_SIGNUPS_PER_ADDRESS:
        raise RateLimited("This address has asked for several alerts in the last hour. Try again later.")
    if recent.filter(ip_hash=ip_hash(ip)).count() >= settings.ALERT_SIGNUPS_PER_IP:
        raise RateLimited("Many alerts were asked for from your network in the last hour. Try again later.")


def alert_request(*, email: str, frequency: str, query: str, ip: str | None, base_url: str) -> Alert:
    """A pending alert and its confirmation message (rate-limited per address and per IP)."""
    email = email.strip()
    signups_check(email=email, ip=ip)
    with transaction.atomic():
        alert = Alert.objects.create(
            email=email, frequency=AlertFrequency(frequency), query=query, ip_hash=ip_hash(ip)
        )
    confirmation_send(alert=alert, base_url=base_url)
    return alert


def _email_tag(email: str) -> str:
    # Ties the link to the address without putting the address in the link (signed data is only encoded).
    return salted_hmac("postings.alerts.email", email.lower()).hexdigest()[:16]


def confirm_token(alert: Alert) -> str:
    return signing.dumps({"alert": alert.pk, "tag": _email_tag(alert.email)}, salt=CONFIRM_SALT)


def unsubscribe_token(alert: Alert) -> str:
    # No timestamp: the link stays the same in every message and never expires.
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"alert": alert.pk})


def alert_links(alert: Alert, *, base_url: str) -> dict[str, str]:
    """Absolute links for an alert's messages: the search, confirm and unsubscribe."""
    return {
        "search_url": search_url(alert.query, base=base_url),
        "confirm_url": base_url + reverse("postings:alert_confirm", args=[confirm_token(alert)]),
        "unsubscribe_url": base_url + reverse("postings:alert_unsubscribe", args=[unsubscribe_token(alert)]),
    }


def confirmation_send(*, alert: Alert, base_url: str) -> None:
    """E-mail the double opt-in link: the only message an unconfirmed address ever gets."""
    context = {
        "alert": alert,
        "summary": query_summary(alert.query),
        "frequency": AlertFrequency(alert.frequency),
        "days": settings.ALERT_CONFIRM_DAYS,
        **alert_links(alert, base_url=base_url),
    }
    message = EmailMultiAlternatives(
        subject="Confirm your job alert",
        body=render_to_string("postings/alerts/email/confirm.txt", context),
        to=[alert.email],
    )
    message.attach_alternative(render_to_string("postings/alerts/email/confirm.html", context), "text/html")
    message.send()


def _load(token: str, *, salt: str, max_age: timedelta | None = None) -> dict:
    try:
        if max_age is None:
            data = signing.Signer(salt=salt).unsign_object(token)
        else:
            data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise BadLink("This link has expired. Ask for the alert again from the search page.") from error
    except signing.BadSignature as error:
        raise BadLink("This link is not valid: it may have been cut short or changed.") from error
    if not isinstance(data, dict):
        raise BadLink("This link is not valid: it may have been cut short or changed.")
    return data


def alert_from_confirm_token(token: str) -> Alert:
    """The alert a confirmation link names, if the link is intact and recent enough."""
    data = _load(token, salt=CONFIRM_SALT, max_age=timedelta(days=settings.ALERT_CONFIRM_DAYS))
    alert = Alert.objects.filter(pk=data.get("alert")).first()
    if alert is None or _email_tag(alert.email) != data.get("tag"):
        raise BadLink("This alert no longer exists. Ask for it again from the search page.")
    return alert


def alert_from_unsubscribe_token(token: str) -> Alert:
    """The alert an unsubscribe link names, if the link is intact (these links never expire)."""
    alert = Alert.objects.filter(pk=_load(token, salt=UNSUBSCRIBE_SALT).get("alert")).first()
    if alert is None:
        raise BadLink("This alert no longer exists, so there is nothing to unsubscribe from.")
    return alert


@transaction.atomic
def alert_confirm(*, alert: Alert, now: datetime | None = None) -> bool:
    """Activate a pending alert (its mark starts now: only roles opened later are sent); False when it was
    already active or has been unsubscribed. An older active alert of the address for the same search is
    replaced, so a change of frequency never doubles the messages."""
    now = now or timezone.now()
    if not Alert.objects.pending().filter(pk=alert.pk).update(confirmed_at=now, sent_through=now):
        return False
    Alert.objects.active().filter(email__iexact=alert.email, query=alert.query).exclude(pk=alert.pk).update(
        unsubscribed_at=now
    )
    alert.confirmed_at = alert.sent_through = now
    return True


def alert_unsubscribe(*, alert: Alert, now: datetime | None = None) -> bool:
    """Stop the alert; False when it was already stopped."""
    now = now or timezone.now()
    done = Alert.objects.filter(pk=alert.pk, unsubscribed_at__isnull=True).update(unsubscribed_at=now)
    if done:
        alert.unsubscribed_at = now
    return bool(done)
