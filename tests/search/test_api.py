"""/api/roles/: same parameters as the page, JSON results with URLs, total and facets."""

import pytest
from django.urls import reverse

from tests.factories import make_role

pytestmark = pytest.mark.django_db
URL = reverse("postings:api_roles")


@pytest.fixture
def roles():
    return [
        make_role(title=f"Go Developer {i}", seniority="senior" if i % 2 else "mid", pay=(90000, 99000))
        for i in range(30)
    ]


def test_results_total_and_facets(client, roles):
    data = client.get(URL, {"q": "developer", "seniority": "senior"}).json()
    assert data["total"] == 15 and data["total_is_estimate"] is False
    assert len(data["results"]) == 15
    first = data["results"][0]
    assert first["url"].startswith("http://testserver/roles/")
    assert first["pay"]["display"].startswith("$90,000")
    assert {v["value"]: v["count"] for v in data["facets"]["seniority"]} == {"senior": 15, "mid": 15}


def test_page_size_default_and_cap(client, roles):
    assert len(client.get(URL).json()["results"]) == 20
    assert len(client.get(URL, {"page_size": "5"}).json()["results"]) == 5
    data = client.get(URL, {"page_size": "1000"}).json()
    assert len(data["results"]) == 20 and data["notes"]
    assert client.get(URL, {"page": "2"}).json()["previous"].endswith("page=1")


def test_invalid_parameters_are_notes(client, roles):
    response = client.get(URL, {"pay_min": "abc", "sort": "nope"})
    assert response.status_code == 200
    assert len(response.json()["notes"]) == 2
