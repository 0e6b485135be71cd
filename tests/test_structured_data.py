"""JobPosting JSON-LD: Google's required and recommended properties, honest salary, safe embedding."""

import json
from datetime import date

import pytest

from postings.models import Role
from postings.structured_data import job_posting, to_script_json
from tests.factories import import_seeds, make_estimate, make_role, make_source
from tests.page_helpers import EXPECTED, json_ld

pytestmark = pytest.mark.django_db

REQUIRED = ("@context", "@type", "title", "description", "datePosted", "hiringOrganization")
RECOMMENDED = ("url", "directApply", "identifier", "baseSalary")
EVIL = "</script><script>alert(1)</script>"


@pytest.fixture
def seeds():
    import_seeds()
    return {role.title: role for role in Role.objects.all()}


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["title"] for e in EXPECTED])
def test_seed_roles_have_required_and_recommended_properties(client, seeds, expected):
    role = seeds[expected["title"]]
    data = json_ld(client.get(role.get_absolute_url()))
    for key in REQUIRED + RECOMMENDED:
        assert key in data, key
    assert data["@type"] == "JobPosting" and data["title"] == expected["title"]
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Discord"}
    assert data["url"] == f"http://testserver{role.get_absolute_url()}"
    assert data["directApply"] is False
    assert data["identifier"]["value"] == role.slug
    assert data["datePosted"] == (expected["posted_at"] or role.created_at.date().isoformat())
    address = data["jobLocation"]["address"]
    assert address["@type"] == "PostalAddress"
    assert address["addressLocality"] == expected["locations"][0]["name"]
    assert address["addressCountry"] == expected["locations"][0]["country"]
    if expected["employment_type"] == "full_time":
        assert data["employmentType"] == "FULL_TIME"
    else:
        assert "employmentType" not in data  # not stated: left out rather than guessed
    assert data["experienceRequirements"]["monthsOfExperience"] == expected["min_years_experience"] * 12


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["title"] for e in EXPECTED])
def test_base_salary_is_the_stated_range(client, seeds, expected):
    data = json_ld(client.get(seeds[expected["title"]].get_absolute_url()))
    pay = expected["pay"]
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": pay["currency"],
        "value": {
            "@type": "QuantitativeValue",
            "minValue": pay["min"],
            "maxValue": pay["max"],
            "unitText": "YEAR",
        },
    }


def test_estimate_never_becomes_base_salary():
    role = make_role(title="Estimated Only")
    make_estimate(role=role, source=make_source(role=role, kind="aggregator"))
    role = Role.objects.visible().get(pk=role.pk)
    data = job_posting(role, url="https://example.com/r/", sources=list(role.sources.all()))
    assert "baseSalary" not in data
    assert "16000" not in json.dumps(data)


def test_description_is_html_of_the_sections():
    role = make_role(summary="First.\n\nSecond.", requirements=["Python", "SQL"])
    data = job_posting(Role.objects.get(pk=role.pk), url="https://example.com/r/", sources=[])
    assert (
        data["description"]
        == "<p>First.</p><p>Second.</p><h2>Requirements</h2><ul><li>Python</li><li>SQL</li></ul>"
    )


def test_remote_role_is_telecommute_with_applicant_countries():
    role = make_role(work_mode="remote", remote_restriction="US,CA", employment_type="contract")
    data = job_posting(Role.objects.get(pk=role.pk), url="https://example.com/r/", sources=[])
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == [
        {"@type": "Country", "name": "US"},
        {"@type": "Country", "name": "CA"},
    ]
    assert data["employmentType"] == "CONTRACTOR"
    assert "jobLocation" not in data


def test_a_remote_role_restricted_to_a_region_names_the_region():
    role = make_role(work_mode="remote", remote_restriction="EMEA,GB")
    data = job_posting(Role.objects.get(pk=role.pk), url="https://example.com/r/", sources=[])
    assert data["applicantLocationRequirements"] == [
        {"@type": "AdministrativeArea", "name": "EMEA"},
        {"@type": "Country", "name": "GB"},
    ]


def test_valid_through_and_posted_date_come_from_the_role():
    role = make_role(posted_at=date(2025, 1, 2), closes_on=date(2025, 3, 1))
    role = Role.objects.get(pk=role.pk)
    data = job_posting(role, url="https://example.com/r/", sources=list(role.sources.all()))
    assert data["datePosted"] == "2025-01-02"
    assert data["validThrough"] == "2025-03-01"


def test_hourly_pay_uses_hour_unit_and_single_value():
    role = make_role(pay=(45, 45, "EUR", "hour"))
    salary = job_posting(Role.objects.get(pk=role.pk), url="https://x.test/", sources=[])["baseSalary"]
    assert salary == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "unitText": "HOUR", "value": 45},
    }


def test_script_breaking_text_stays_valid_and_inert(client):
    role = make_role(title=f"Engineer {EVIL}", summary=f"Join us {EVIL} & more", requirements=[EVIL])
    response = client.get(role.get_absolute_url())
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    data = json_ld(response)
    assert data["title"] == f"Engineer {EVIL}"
    assert EVIL in data["description"].replace("&lt;", "<").replace("&gt;", ">")
    assert "<script>" not in data["description"]  # the HTML description escapes posting text too


def test_to_script_json_escapes_markup_characters():
    text = to_script_json({"a": "</script><!-- & \u2028"})
    assert not set("<>&") & set(text) and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_a_region_in_a_json_ld_requirement_is_kept_in_its_stored_spelling():
    from postings.parsing.jsonld import structured_fields

    posting = {
        "@type": "JobPosting",
        "title": "Support Engineer",
        "jobLocationType": "TELECOMMUTE",
        "applicantLocationRequirements": [{"@type": "AdministrativeArea", "name": "emea"}],
    }
    assert structured_fields(posting)["remote_restriction"] == ("EMEA",)
