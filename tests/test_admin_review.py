"""The review queue in the admin: counts by status, approve, reject with a reason, moves on the form."""

import pytest
from django.urls import reverse

from postings.models import Role, RoleStatusChange
from tests.admin_helpers import change_form_data, post_change_form
from tests.factories import make_company, make_role

pytestmark = pytest.mark.django_db

LIST = "admin:postings_role_changelist"


def _act(client, action: str, roles, **extra):
    data = {"action": action, "_selected_action": [r.pk for r in roles], **extra}
    return client.post(reverse(LIST), data, follow=True)


def test_the_status_filter_counts_each_state(staff_client):
    for _ in range(2):
        make_role(status="pending")
    make_role()
    body = staff_client.get(reverse(LIST)).content.decode()
    assert "Pending review (2)" in body and "Open (1)" in body and "Rejected (0)" in body
    queue = staff_client.get(reverse(LIST) + "?status__exact=pending").content.decode()
    assert queue.count('class="action-select"') == 2


def test_approve_opens_pending_roles_and_records_the_moderator(staff_client):
    roles = [make_role(status="pending"), make_role(status="draft")]
    response = _act(staff_client, "approve_roles", roles)
    assert "2 roles were approved." in response.content.decode()
    assert set(Role.objects.values_list("status", flat=True)) == {"open"}
    change = RoleStatusChange.objects.filter(role=roles[0]).get()
    assert change.changed_by.username == "admin" and change.reason == "Approved."


def test_approve_leaves_roles_that_are_not_waiting_for_review(staff_client):
    waiting, closed = make_role(status="pending"), make_role(status="closed")
    body = _act(staff_client, "approve_roles", [waiting, closed]).content.decode()
    assert "1 role was approved." in body
    assert "1 role was left as it was: only roles pending review or drafts can be approved." in body
    assert Role.objects.get(pk=closed.pk).status == "closed"


def test_reject_asks_for_a_reason_first(staff_client):
    role = make_role(title="Dubious <b>Role</b>", status="pending")
    response = _act(staff_client, "reject_roles", [role])
    body = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_reason" class="required">Reason for rejecting</label>' in body
    assert "Dubious &lt;b&gt;Role&lt;/b&gt;" in body  # escaped
    assert Role.objects.get(pk=role.pk).status == "pending"
    # Confirming without a reason shows the form again with an error; nothing moves.
    again = _act(staff_client, "reject_roles", [role], confirm="1", reason="  ").content.decode()
    assert "This field is required." in again
    assert Role.objects.get(pk=role.pk).status == "pending"


def test_reject_with_a_reason_keeps_it_in_the_history(staff_client):
    roles = [make_role(status="pending"), make_role(status="pending")]
    body = _act(staff_client, "reject_roles", roles, confirm="1", reason="Spam from a fake employer").content
    assert "2 roles were rejected." in body.decode()
    changes = RoleStatusChange.objects.filter(to_status="rejected")
    assert changes.count() == 2 and {c.reason for c in changes} == {"Spam from a fake employer"}


def test_history_is_shown_read_only_on_the_change_page(staff_client):
    role = make_role(status="pending")
    _act(staff_client, "reject_roles", [role], confirm="1", reason="Not a real job <script>")
    body = staff_client.get(reverse("admin:postings_role_change", args=[role.pk])).content.decode()
    assert "Status history" in body and "Not a real job &lt;script&gt;" in body
    assert 'name="status_changes-0-reason"' not in body  # read-only
    assert 'name="status"' not in body  # only recorded moves change it


def test_the_move_field_offers_only_allowed_moves(staff_client):
    role = make_role(status="rejected")
    data = change_form_data(staff_client.get(reverse("admin:postings_role_change", args=[role.pk])).text)
    assert data["move_to"] == [""]
    body = staff_client.get(reverse("admin:postings_role_change", args=[role.pk])).content.decode()
    assert '<option value="pending">Pending review</option>' in body
    assert '<option value="open">' not in body


def test_moving_a_role_on_its_form_records_the_reason(staff_client):
    role = make_role(status="open")
    url = reverse("admin:postings_role_change", args=[role.pk])
    response = post_change_form(staff_client, url, move_to="closed", move_reason="Filled internally.")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Role.objects.get(pk=role.pk).status == "closed"
    change = RoleStatusChange.objects.get(role=role)
    assert (change.from_status, change.to_status, change.reason) == ("open", "closed", "Filled internally.")


def test_rejecting_on_the_form_needs_a_reason(staff_client):
    role = make_role(status="pending")
    url = reverse("admin:postings_role_change", args=[role.pk])
    response = post_change_form(staff_client, url, move_to="rejected", move_reason="")
    assert response.status_code == 200
    assert "Say why the role is rejected" in response.content.decode()
    assert Role.objects.get(pk=role.pk).status == "pending"


def test_a_role_added_by_hand_starts_as_a_draft_and_says_who_made_it(staff_client):
    company = make_company(name="Handmade Co")
    url = reverse("admin:postings_role_add")
    body = staff_client.get(url).content.decode()
    assert '<option value="closed"' not in body and '<option value="draft"' in body
    response = post_change_form(
        staff_client,
        url,
        company=str(company.pk),
        title="Hand Made Role",
        slug="hand-made-role",
        status="draft",
        listed_at_0="2026-01-01",
        listed_at_1="00:00:00",
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    role = Role.objects.get(slug="hand-made-role")
    assert role.status == "draft"
    change = role.status_changes.get()
    assert change.reason == "Created by hand." and change.changed_by.username == "admin"
