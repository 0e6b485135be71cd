"""send_alerts: new open roles matching each confirmed alert, one message per alert, never a role twice."""

import io
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from postings.alert_models import Alert, AlertDelivery
from postings.alert_sending import MAX_ROLES, alert_send
from postings.alerts import unsubscribe_token
from postings.lifecycle import role_transition

from .factories import make_company, make_role

pytestmark = pytest.mark.django_db
START = timezone.now() - timedelta(days=2)


def make_alert(query: str = "q=python", *, frequency: str = "daily", email: str = "ada@example.com", **kw):
    fields = {"confirmed_at": START, "sent_through": START} | kw
    return Alert.objects.create(email=email, query=query, frequency=frequency, **fields)


def opened_role(title: str, *, hours_after: float = 1, **overrides):
    when = START + timedelta(hours=hours_after)
    return make_role(title=title, created_at=when, status_changed_at=when, **overrides)


def send(*args: str) -> str:
    out = io.StringIO()
    call_command("send_alerts", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_sends_new_open_matching_roles_in_one_message_with_links_and_headers():
    alert = make_alert("q=python&seniority=senior")
    company = make_company(name="Acme & Sons")
    wanted = opened_role("Senior Python Engineer", seniority="senior", company=company, pay=(150000, 180000))
    opened_role("Senior Rust Engineer", seniority="senior")  # other words
    opened_role("Junior Python Engineer", seniority="junior")  # other level
    opened_role("Senior Python Lead", seniority="senior", hours_after=-30)  # opened before the alert
    opened_role("Senior Python Closed", seniority="senior", status="closed")
    opened_role("Senior Python Pending", seniority="senior", status="pending")
    make_alert("q=python", confirmed_at=None, sent_through=None, email="pending@example.com")
    make_alert("q=python", unsubscribed_at=START, email="gone@example.com")

    output = send("--frequency", "daily")

    assert "Sent 1 message(s) to 1 daily alert(s)" in output
    [message] = mail.outbox
    assert message.to == ["ada@example.com"]
    assert message.subject == "1 new role for your job alert"
    unsubscribe = f"https://jobs.example.com/alerts/unsubscribe/{unsubscribe_token(alert)}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = message.alternatives[0][0]
    for body in (message.body, html):
        assert "Senior Python Engineer" in body
        assert f"https://jobs.example.com{wanted.get_absolute_url()}" in body
        assert "https://jobs.example.com/?q=python&" in body and "sort=newest" in body
        assert unsubscribe in body
        assert "Rust" not in body and "Junior" not in body and "Lead" not in body
        assert "Closed" not in body and "Pending" not in body
    assert "Acme & Sons" in message.body and "Acme &amp; Sons" in html  # plain text is not HTML-escaped
    assert "$150,000" in message.body
    assert list(AlertDelivery.objects.values_list("role_id", flat=True)) == [wanted.pk]
    assert AlertDelivery.objects.get().sent_at is not None


def test_a_rerun_sends_nothing_twice_and_later_roles_once():
    make_alert()
    opened_role("Python developer")
    send("--frequency", "daily")
    send("--frequency", "daily")
    assert len(mail.outbox) == 1
    later = make_role(title="Python analyst")  # opens now, after the first run's mark
    send("--frequency", "daily")
    assert len(mail.outbox) == 2
    assert "Python analyst" in mail.outbox[1].body and "Python developer" not in mail.outbox[1].body
    assert AlertDelivery.objects.filter(role=later).count() == 1


def test_only_the_frequency_asked_for_is_sent():
    make_alert(frequency="weekly")
    opened_role("Python developer")
    assert "Sent 0 message(s) to 0 daily alert(s)" in send("--frequency", "daily")
    send("--frequency", "weekly")
    assert len(mail.outbox) == 1


def test_no_new_roles_means_no_message_but_the_mark_moves():
    alert = make_alert()
    send("--frequency", "daily")
    assert not mail.outbox
    alert.refresh_from_db()
    assert alert.sent_through > START


def test_a_reopened_role_already_sent_is_not_sent_again():
    make_alert()
    role = opened_role("Python developer")
    send("--frequency", "daily")
    role_transition(role=role, to="closed")
    role_transition(role=role, to="open")  # opens again: new to the window, not to this alert
    send("--frequency", "daily")
    assert len(mail.outbox) == 1


def test_a_role_that_opens_after_review_counts_from_its_opening():
    make_alert()
    role = opened_role("Python developer", status="pending", hours_after=-40)  # imported before the alert
    send("--frequency", "daily")
    assert not mail.outbox
    role_transition(role=role, to="open")
    send("--frequency", "daily")
    assert "Python developer" in mail.outbox[0].body


def test_a_role_committed_late_by_a_concurrent_import_is_still_found():
    """The window reaches back before the mark (OVERLAP); delivery rows keep it from repeating a role."""
    make_alert()
    opened_role("Python developer")
    send("--frequency", "daily")
    mark = Alert.objects.get().sent_through
    opened_role("Python late", hours_after=(mark - START).total_seconds() / 3600 - 0.1)
    send("--frequency", "daily")
    assert len(mail.outbox) == 2 and "Python late" in mail.outbox[1].body
    assert "Python developer" not in mail.outbox[1].body


def test_the_replayed_query_uses_role_filter():
    make_alert("pay_min=100000&currency=USD&work_mode=remote")
    opened_role("Well paid remote", work_mode="remote", pay=(120000, 130000))
    opened_role("Poorly paid remote", work_mode="remote", pay=(20000, 30000))
    opened_role("Well paid onsite", work_mode="onsite", pay=(120000, 130000))
    send("--frequency", "daily")
    body = mail.outbox[0].body
    assert "Well paid remote" in body and "Poorly" not in body and "onsite" not in body


def test_a_long_list_is_cut_with_a_link_to_the_rest():
    make_alert("")
    for n in range(MAX_ROLES + 2):
        opened_role(f"Role {n}", hours_after=1 + n / 100)
    send("--frequency", "daily")
    message = mail.outbox[0]
    assert message.subject == f"{MAX_ROLES + 2} new roles for your job alert"
    assert "And 2 more" in message.body
    assert AlertDelivery.objects.count() == MAX_ROLES


def test_dry_run_prints_and_changes_nothing():
    alert = make_alert()
    opened_role("Python developer")
    output = send("--frequency", "daily", "--dry-run")
    assert "ada@example.com (alert" in output and "would get 1 role(s)" in output
    assert "Python developer at" in output
    assert "nothing was sent or changed" in output
    assert not mail.outbox and not AlertDelivery.objects.exists()
    alert.refresh_from_db()
    assert alert.sent_through == START


def test_a_crash_after_the_claim_never_resends():
    """The run dies after the mark moved and the roles were recorded, before the server took the message:
    the rerun sends none of those roles again and says so (at most once)."""
    make_alert()
    opened_role("Python developer")
    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=KeyboardInterrupt),
        pytest.raises(KeyboardInterrupt),
    ):
        send("--frequency", "daily")
    output = send("--frequency", "daily")
    assert not mail.outbox
    assert "1 role(s) were claimed by an earlier run" in output
    assert AlertDelivery.objects.get().sent_at is None


def test_a_crash_half_way_through_a_run_sends_nobody_a_role_twice():
    make_alert(email="first@example.com")
    make_alert(email="second@example.com")
    opened_role("Python developer")
    real_send = mail.EmailMultiAlternatives.send
    calls = []

    def send_then_die(message, *args, **kwargs):
        calls.append(message.to)
        if len(calls) == 2:
            raise SystemExit("killed")
        return real_send(message, *args, **kwargs)

    with mock.patch("django.core.mail.EmailMultiAlternatives.send", send_then_die), pytest.raises(SystemExit):
        send("--frequency", "daily")
    send("--frequency", "daily")
    assert [m.to for m in mail.outbox] == [["first@example.com"]]


def test_a_failed_send_is_undone_and_retried_next_run():
    alert = make_alert()
    opened_role("Python developer")
    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=ConnectionRefusedError("no")),
        pytest.raises(CommandError, match="could not be sent"),
    ):
        send("--frequency", "daily")
    alert.refresh_from_db()
    assert alert.sent_through == START and not AlertDelivery.objects.exists()
    send("--frequency", "daily")
    assert "Python developer" in mail.outbox[0].body


def test_another_run_that_moved_the_mark_first_wins():
    alert = make_alert()
    opened_role("Python developer")
    stale = Alert.objects.get(pk=alert.pk)
    Alert.objects.filter(pk=alert.pk).update(sent_through=timezone.now())  # a concurrent run took it
    outcome = alert_send(stale, now=timezone.now(), base_url="https://jobs.example.com")
    assert not outcome.sent and not mail.outbox and not AlertDelivery.objects.exists()


def test_needs_a_frequency_and_site_url(settings):
    with pytest.raises(CommandError):
        call_command("send_alerts", stdout=io.StringIO(), stderr=io.StringIO())
    settings.SITE_URL = ""
    with pytest.raises(CommandError, match="SITE_URL"):
        send("--frequency", "daily")


def test_everything_in_the_message_is_escaped():
    make_alert("")
    opened_role("<img src=x onerror=alert(1)> Engineer", company=make_company(name="<b>Evil</b>"))
    send("--frequency", "daily")
    html = mail.outbox[0].alternatives[0][0]
    assert "<img src=x" not in html and "<b>Evil" not in html
    assert "&lt;img src=x" in html


def test_sending_runs_a_constant_number_of_queries_per_alert(django_assert_max_num_queries):
    make_alert()
    for n in range(5):
        opened_role(f"Python developer {n}", skills=["Python", "Go"], locations=[("Berlin", "DE")])
    with django_assert_max_num_queries(16):
        send("--frequency", "daily")
    assert re.search(r"5 new roles", mail.outbox[0].subject)
