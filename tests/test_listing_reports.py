"""Reporting a listing: the form on the role page, rate limits, the honeypot, the admin's counts, and a role
reported by several distinct people going back to review with the reason in its history."""

import pytest
from django.urls import reverse

from postings.lifecycle import role_transition
from postings.models import ListingReport, Role, RoleStatusChange
from tests.factories import make_role

pytestmark = pytest.mark.django_db


def _report(client, role, ip="10.0.0.1", **data):
    fields = {"reason": "scam", "details": "Asks for a fee to apply."} | data
    return client.post(reverse("postings:report_listing", kwargs={"slug": role.slug}), fields, REMOTE_ADDR=ip)


def test_the_role_page_has_a_labelled_report_form_at_no_extra_query(client, django_assert_max_num_queries):
    role = make_role()
    client.get(role.get_absolute_url())  # warm caches (content types, sites)
    with django_assert_max_num_queries(12):
        page = client.get(role.get_absolute_url()).content.decode()
    assert "Report this listing" in page
    assert f'action="{reverse("postings:report_listing", kwargs={"slug": role.slug})}"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert "<legend>What is wrong?" in page or "What is wrong?" in page
    assert 'for="id_details"' in page and 'for="id_email"' in page


def test_a_report_is_stored_and_thanked(client):
    role = make_role()
    response = _report(client, role, email="me@example.com")
    assert response.status_code == 302 and response["Location"] == role.get_absolute_url()
    report = ListingReport.objects.get()
    assert (report.role, report.reason, report.email, report.ip) == (
        role,
        "scam",
        "me@example.com",
        "10.0.0.1",
    )
    assert "Thank you" in client.get(role.get_absolute_url()).content.decode()


def test_a_report_needs_a_reason_and_is_shown_again_without_javascript(client):
    role = make_role()
    response = _report(client, role, reason="")
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not ListingReport.objects.exists()
    assert client.get(reverse("postings:report_listing", kwargs={"slug": role.slug})).status_code == 200


def test_hidden_roles_cannot_be_reported(client):
    role = make_role(status="pending")
    assert _report(client, role).status_code == 404


def test_the_honeypot_drops_a_bot_report(client):
    role = make_role()
    assert _report(client, role, website="spam").status_code == 302
    assert not ListingReport.objects.exists()


def test_one_report_per_person_and_a_limit_per_hour(client, settings):
    settings.REPORTS_PER_IP_PER_HOUR = 2
    roles = [make_role() for _ in range(3)]
    assert _report(client, roles[0]).status_code == 302
    again = _report(client, roles[0])
    assert again.status_code == 400 and b"already reported this listing" in again.content
    assert _report(client, roles[1]).status_code == 302
    flood = _report(client, roles[2])
    assert flood.status_code == 400 and b"many reports in the last hour" in flood.content
    assert ListingReport.objects.count() == 2


def test_reports_from_several_people_send_the_role_back_to_review(client, settings):
    settings.REPORTS_TO_REVIEW = 3
    role = make_role()
    _report(client, role, ip="10.0.0.1")
    _report(client, role, ip="10.0.0.2", reason="wrong")
    # The same person with another e-mail address still counts once.
    _report(client, role, ip="10.0.0.2", email="other@example.com")
    assert Role.objects.get(pk=role.pk).status == "open"
    _report(client, role, ip="10.0.0.3")
    role.refresh_from_db()
    assert role.status == "pending"
    change = RoleStatusChange.objects.filter(role=role).latest("changed_at")
    assert (change.from_status, change.to_status) == ("open", "pending")
    assert change.reason == "Reported by 3 people: scam, spam or not a real job (2), wrong information " \
        "(pay, place, company) (1)."  # fmt: skip
    assert client.get(role.get_absolute_url()).status_code == 404


def test_a_moderator_reopening_the_role_starts_the_count_afresh(client, settings):
    settings.REPORTS_TO_REVIEW = 2
    role = make_role()
    _report(client, role, ip="10.0.0.1")
    _report(client, role, ip="10.0.0.2")
    role.refresh_from_db()
    role_transition(role=role, to="open", reason="Checked: it is a real job.")
    _report(client, role, ip="10.0.0.3")
    assert Role.objects.get(pk=role.pk).status == "open"
    _report(client, role, ip="10.0.0.1")  # may report again after the reopening
    assert Role.objects.get(pk=role.pk).status == "pending"


def test_the_admin_counts_reports_per_role_and_filters_reported_roles(staff_client):
    reported, quiet = make_role(title="Reported Role"), make_role(title="Quiet Role")
    for ip in ("10.0.0.1", "10.0.0.2"):
        ListingReport.objects.create(role=reported, reason="scam", ip=ip)
    url = reverse("admin:postings_role_changelist")
    page = staff_client.get(url).content.decode()
    assert "Reports" in page and 'class="field-reports">2<' in page
    filtered = staff_client.get(url, {"reported": "yes"}).content.decode()
    assert "Reported Role" in filtered and "Quiet Role" not in filtered
    assert "Quiet Role" in staff_client.get(url, {"reported": "no"}).content.decode()
    sorted_page = staff_client.get(url, {"o": "9"})
    assert sorted_page.status_code == 200
    reports = staff_client.get(reverse("admin:postings_listingreport_changelist")).content.decode()
    assert reports.count("Reported Role") >= 2
    assert quiet.pk
