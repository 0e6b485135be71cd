"""Expiry: a stated closing date or a window after the last sighting; expire_roles; sightings on re-import."""

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from postings.importing import file_import, role_fingerprint
from postings.lifecycle import expiry_date, import_status, roles_expire
from postings.models import ImportRun, Role, RoleStatusChange, Source
from tests.factories import make_role, make_source

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "000_c3544221d691cd20.txt"
NOW = timezone.now()
TODAY = timezone.localdate()


@pytest.fixture(autouse=True)
def _clock():
    """Today as each test starts, not as the module was imported: a run that crosses midnight saw a role
    closing "today" (yesterday by then) expire by its date."""
    global NOW, TODAY
    NOW, TODAY = timezone.now(), timezone.localdate()


def _seen(role, days_ago: int, text: str | None = None):
    return make_source(
        role=role, raw_text=text or f"seen {role.pk}", last_seen_at=NOW - timedelta(days=days_ago)
    )


def _run(*args) -> str:
    out = io.StringIO()
    call_command("expire_roles", *args, stdout=out)
    return out.getvalue()


def _jsonld_posting(valid_through: str, title: str = "Backend Engineer") -> bytes:
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "hiringOrganization": {"name": "Acme Payments"},
        "description": "<p>Build payment services in Python and Go for our lending platform.</p>",
        "validThrough": valid_through,
        "datePosted": "2025-01-05",
    }
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return f"<html><head>{script}</head></html>".encode()


def test_the_last_day_is_the_closing_date_else_the_window_after_the_last_sighting(settings):
    settings.ROLE_EXPIRE_AFTER_DAYS = 30
    assert expiry_date(closes_on=date(2025, 5, 31), last_seen=NOW) == date(2025, 5, 31)
    assert expiry_date(closes_on=None, last_seen=NOW) == TODAY + timedelta(days=30)
    assert expiry_date(closes_on=None, last_seen=None) is None


def test_roles_past_their_closing_date_or_unseen_too_long_expire_with_a_reason(settings):
    settings.ROLE_EXPIRE_AFTER_DAYS = 60
    past_date = make_role(title="Past Date", closes_on=TODAY - timedelta(days=1))
    _seen(past_date, 0)  # seen today, but its stated closing date wins
    closes_today = make_role(title="Closes Today", closes_on=TODAY)
    _seen(closes_today, 100)  # a stated date in the future or today wins over an old sighting
    stale = make_role(title="Stale")
    _seen(stale, 61)
    _seen(stale, 70, "an older copy")
    fresh = make_role(title="Fresh")
    _seen(fresh, 61)
    _seen(fresh, 59, "a recent copy")  # any recent sighting keeps it
    by_hand = make_role(title="No Sources")  # made in the admin: nothing to see it again
    closed = make_role(title="Closed Already", status="closed", closes_on=TODAY - timedelta(days=9))
    report = roles_expire()
    assert (report.by_closing_date, report.by_last_seen, report.held_back) == (1, 1, "")
    statuses = dict(Role.objects.values_list("title", "status"))
    assert statuses == {
        "Past Date": "expired",
        "Closes Today": "open",
        "Stale": "expired",
        "Fresh": "open",
        "No Sources": "open",
        "Closed Already": "closed",
    }
    assert by_hand.pk and fresh.pk and closes_today.pk and closed.pk
    reasons = dict(RoleStatusChange.objects.values_list("role__title", "reason"))
    assert reasons["Past Date"].startswith("Its closing date, ") and "has passed" in reasons["Past Date"]
    assert reasons["Stale"].startswith("No import has seen it since ") and "(60 days" in reasons["Stale"]
    assert Role.objects.get(pk=stale.pk).status_changed_at is not None


def test_the_command_prints_counts_is_idempotent_and_has_a_dry_run():
    role = make_role(closes_on=TODAY - timedelta(days=3))
    out = _run("--dry-run")
    assert "Would expire 1 role(s): 1 past their closing date, 0 not seen" in out
    assert "dry run: nothing was changed" in out
    assert Role.objects.get(pk=role.pk).status == "open"
    assert "Expired 1 role(s)" in _run()
    assert Role.objects.get(pk=role.pk).status == "expired"
    assert "Expired 0 role(s)" in _run()  # idempotent: nothing more to do
    assert RoleStatusChange.objects.filter(role=role).count() == 1
    assert _run("--verbosity", "0") == ""


def test_after_a_failed_import_only_stated_closing_dates_count():
    stale = make_role(title="Stale")
    _seen(stale, 400)
    past = make_role(title="Past", closes_on=TODAY - timedelta(days=1))
    ImportRun.objects.create(started_at=NOW, finished_at=NOW, created=3, failed=2)
    out = _run()
    assert "Roles not seen lately were left open: the last import" in out and "failed for 2 file(s)" in out
    assert Role.objects.get(pk=stale.pk).status == "open"
    assert Role.objects.get(pk=past.pk).status == "expired"
    ImportRun.objects.create(started_at=NOW + timedelta(minutes=5), created=0, failed=0)
    _run()  # a clean import since: sightings are trusted again
    assert Role.objects.get(pk=stale.pk).status == "expired"


def test_reimporting_the_same_content_refreshes_the_sighting_and_nothing_else():
    [first] = file_import(data=SEED.read_bytes(), file_name=SEED.name)
    Source.objects.update(last_seen_at=NOW - timedelta(days=30))
    role = Role.objects.get(pk=first.role_id)
    before, updated_at = role_fingerprint(role), role.updated_at
    [again] = file_import(data=SEED.read_bytes(), file_name=SEED.name)
    assert again.outcome == "unchanged"
    role = Role.objects.get(pk=first.role_id)
    assert role_fingerprint(role) == before and role.updated_at == updated_at
    assert Source.objects.get().last_seen_at > NOW - timedelta(minutes=1)
    assert RoleStatusChange.objects.filter(role=role).count() == 1


def test_seeing_an_expired_role_again_reopens_it():
    [first] = file_import(data=SEED.read_bytes(), file_name=SEED.name)
    Source.objects.update(last_seen_at=NOW - timedelta(days=90))
    roles_expire()
    assert Role.objects.get(pk=first.role_id).status == "expired"
    [again] = file_import(data=SEED.read_bytes(), file_name=SEED.name)
    assert again.outcome == "updated"
    role = Role.objects.get(pk=first.role_id)
    assert role.status == "open"
    assert role.status_changes.last().reason == "An import saw the posting again."
    assert roles_expire().total == 0


def test_seeing_a_role_again_after_its_closing_date_does_not_reopen_it():
    data = _jsonld_posting((TODAY + timedelta(days=2)).isoformat())
    [first] = file_import(data=data, file_name="a.html")
    role = Role.objects.get(pk=first.role_id)
    assert role.closes_on == TODAY + timedelta(days=2)  # stored from the posting's validThrough
    Role.objects.filter(pk=role.pk).update(closes_on=TODAY - timedelta(days=1))
    roles_expire()
    [again] = file_import(data=data, file_name="a.html")
    assert again.outcome == "unchanged"
    assert Role.objects.get(pk=role.pk).status == "expired"


def test_a_posting_imported_after_its_closing_date_starts_expired():
    [outcome] = file_import(data=_jsonld_posting("2025-05-31"), file_name="old.html")
    role = Role.objects.get(pk=outcome.role_id)
    assert role.status == "expired" and role.closes_on == date(2025, 5, 31)
    assert role.status_changes.get().reason == "Imported after its closing date, 31 May 2025."


def test_a_doubted_role_past_its_date_is_still_reviewed_first():
    status, _ = import_status(source_kind="careers", doubts={"title": 0.3}, closes_on=date(2020, 1, 1))
    assert status == "pending"


def test_a_failed_file_expires_nothing_and_refreshes_nothing():
    role = make_role(title="Listed")
    _seen(role, 10)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(Exception, match="could not be imported"):
        call_command("import_postings", "/nonexistent/posting.txt", stdout=out, stderr=err)
    assert Role.objects.get(pk=role.pk).status == "open"
    assert Source.objects.get().last_seen_at < NOW - timedelta(days=9)
