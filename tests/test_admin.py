"""The admin is how people edit postings: it renders for staff, redirects others, stays cheap."""

import pytest
from django.urls import reverse

from postings.models import Role
from tests.factories import make_compensation, make_role, make_source

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "admin:index",
    "admin:postings_role_changelist",
    "admin:postings_company_changelist",
    "admin:postings_skill_changelist",
    "admin:postings_location_changelist",
    "admin:postings_source_changelist",
    "admin:postings_importrun_changelist",
    "admin:postings_role_add",
]


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_pages_render_for_staff(staff_client, name):
    make_source(role=make_role(pay=(1, 2)))
    assert staff_client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_redirects_anonymous_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_role_change_page_shows_raw_source_read_only(staff_client):
    role = make_role()
    make_source(role=role, raw_text="<script>alert(1)</script> raw posting")
    response = staff_client.get(reverse("admin:postings_role_change", args=[role.pk]))
    body = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; raw posting" in body
    assert 'name="sources-0-raw_text"' not in body


def test_close_and_reopen_actions(staff_client):
    roles = [make_role(), make_role()]
    url = reverse("admin:postings_role_changelist")
    ids = [r.pk for r in roles]
    staff_client.post(url, {"action": "close_roles", "_selected_action": ids})
    assert set(Role.objects.values_list("status", flat=True)) == {"closed"}
    staff_client.post(url, {"action": "reopen_roles", "_selected_action": ids})
    assert set(Role.objects.values_list("status", flat=True)) == {"open"}


@pytest.mark.parametrize("name", ["admin:postings_role_changelist", "admin:postings_company_changelist"])
def test_admin_lists_run_constant_queries(staff_client, django_assert_max_num_queries, name):
    for _ in range(30):
        role = make_role(pay=(100, 200))
        make_compensation(role=role, min_amount=1, max_amount=2, is_estimate=True)
        make_source(role=role, raw_text=f"text {role.pk}")
    with django_assert_max_num_queries(12):
        assert staff_client.get(reverse(name)).status_code == 200


@pytest.mark.django_db
def test_admin_filters_roles_that_need_review(staff_client):
    from tests.factories import make_role

    make_role(title="Checked Role")
    make_role(title="Doubtful Role", needs_review=True)
    body = staff_client.get("/admin/postings/role/?needs_review__exact=1").content.decode()
    assert "Doubtful Role" in body and "Checked Role" not in body
