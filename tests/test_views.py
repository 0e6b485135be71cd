"""Public pages render with and without data."""

from datetime import date

import pytest

from tests.factories import make_role

pytestmark = pytest.mark.django_db


def test_home_page_empty_state(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "No roles yet" in response.content.decode()


def test_home_page_lists_roles_newest_first(client):
    make_role(title="Older Role", posted_at=date(2025, 1, 1))
    make_role(title="Newer Role", posted_at=date(2025, 6, 1), pay=(100000, 120000))
    body = client.get("/").content.decode()
    assert body.index("Newer Role") < body.index("Older Role")
    assert "$100,000 – $120,000 per year" in body
    assert "2 roles" in body


def test_posting_text_is_escaped(client):
    make_role(title="<script>alert(1)</script> Engineer")
    body = client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_unknown_role_is_404(client):
    assert client.get("/roles/no-such-role/").status_code == 404
