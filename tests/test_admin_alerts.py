"""Admin for saved searches: list with states, read-only provenance, the deliveries, unsubscribe action."""

import pytest
from django.utils import timezone

from postings.alert_models import Alert, AlertDelivery

from .factories import make_role

pytestmark = pytest.mark.django_db


def test_alerts_list_filter_and_change_page(staff_client, django_assert_max_num_queries):
    now = timezone.now()
    active = Alert.objects.create(email="ada@example.com", query="q=go", confirmed_at=now, sent_through=now)
    Alert.objects.create(email="<b>bob</b>@example.com", query="q=rust")
    AlertDelivery.objects.create(alert=active, role=make_role(title="Go developer"), sent_at=now)
    with django_assert_max_num_queries(12):
        page = staff_client.get("/admin/postings/alert/").content.decode()
    assert "ada@example.com" in page and "<b>bob</b>" not in page
    filtered = staff_client.get("/admin/postings/alert/?state=pending").content.decode()
    assert "bob" in filtered and "ada@example.com" not in filtered
    change = staff_client.get(f"/admin/postings/alert/{active.pk}/change/").content.decode()
    assert "Go developer" in change
    assert staff_client.get("/admin/postings/alert/add/").status_code == 403


def test_unsubscribe_action(staff_client):
    now = timezone.now()
    alert = Alert.objects.create(email="ada@example.com", query="", confirmed_at=now, sent_through=now)
    staff_client.post(
        "/admin/postings/alert/", {"action": "unsubscribe", "_selected_action": [alert.pk]}, follow=True
    )
    alert.refresh_from_db()
    assert alert.state == "unsubscribed"
