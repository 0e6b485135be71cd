"""Pay-transparency flags: which laws cover a role, what its posting lacks, the admin's filter and warning."""

import pytest
from django.urls import reverse

from postings import pay_transparency
from postings.models import Location, Role
from postings.pay_transparency import (
    MISSING_RANGE,
    NO_BENEFITS,
    OPEN_ENDED,
    PayLaw,
    covered_q,
    laws_for,
    problems_q,
    role_pay_problems,
)
from tests.factories import make_compensation, make_role

pytestmark = pytest.mark.django_db


def _at(name: str, region: str, country: str, **overrides) -> Role:
    role = make_role(**overrides)
    place, _ = Location.objects.get_or_create(name=name, region=region, country=country)
    role.locations.add(place)
    return Role.objects.get(pk=role.pk)


def _problems(role: Role) -> dict[str, list[str]]:
    return {law.key: problems for law, problems in role_pay_problems(Role.objects.get(pk=role.pk))}


def test_a_colorado_role_without_pay_or_benefits_is_flagged_for_both():
    role = _at("Denver", "Colorado", "US", title="Denver Role")
    assert _problems(role) == {"colorado": [MISSING_RANGE, NO_BENEFITS]}


def test_an_open_ended_range_in_new_york_city_is_flagged():
    role = _at("New York", "New York", "US", title="NYC Role")
    make_compensation(role=role, min_amount=120000, max_amount=None)
    assert _problems(role) == {"nyc": [OPEN_ENDED]}


def test_new_york_state_outside_the_city_is_not_covered():
    assert laws_for(_at("Albany", "New York", "US")) == []


def test_a_full_range_in_california_satisfies_its_law():
    role = _at("San Francisco", "California", "US", pay=(150000, 190000))
    assert [law.key for law in laws_for(role)] == ["california"]
    assert _problems(role) == {}


def test_washington_also_asks_for_benefits():
    role = _at("Seattle", "Washington", "US", pay=(150000, 190000))
    assert _problems(role) == {"washington": [NO_BENEFITS]}
    described = _at("Spokane", "Washington", "US", pay=(1, 2), benefits=["Health insurance"])
    assert _problems(described) == {}


def test_an_estimate_is_not_a_stated_range():
    role = _at("Los Angeles", "California", "US")
    make_compensation(role=role, is_estimate=True)
    assert _problems(role) == {"california": [MISSING_RANGE]}


@pytest.mark.parametrize(
    ("restriction", "covered"),
    [("US", True), ("US,CA", True), ("", True), ("DE", False), ("North America", True), ("EMEA", False)],
)
def test_a_remote_role_open_to_the_us_is_covered_by_every_us_law(restriction, covered):
    role = make_role(work_mode="remote", remote_restriction=restriction)
    expected = ["colorado", "nyc", "california", "washington"] if covered else []
    assert [law.key for law in laws_for(role)] == expected


def test_places_elsewhere_are_not_covered():
    assert laws_for(_at("Berlin", "Berlin", "DE")) == []
    assert laws_for(_at("Perth", "WA", "AU")) == []  # Western Australia is not Washington


def test_a_new_place_is_one_row_of_the_table(monkeypatch):
    role = _at("Toronto", "Ontario", "CA", title="Toronto Role")
    assert laws_for(role) == []
    ontario = PayLaw("ontario", "Ontario (Working for Workers Act)", "CA", regions=("Ontario",))
    monkeypatch.setattr(pay_transparency, "PAY_LAWS", (*pay_transparency.PAY_LAWS, ontario))
    assert _problems(role) == {"ontario": [MISSING_RANGE]}
    assert list(Role.objects.filter(problems_q()).values_list("title", flat=True)) == ["Toronto Role"]


def test_the_query_conditions_agree_with_the_python_rules():
    roles = [
        _at("Denver", "Colorado", "US"),
        _at("Boulder", "Colorado", "US", pay=(1, 2), benefits=["Dental"]),
        _at("Brooklyn", "", "US"),
        _at("Fresno", "California", "US", pay=(1, 2)),
        _at("Tacoma", "Washington", "US", pay=(1, 2)),
        _at("Berlin", "Berlin", "DE"),
        make_role(work_mode="remote", remote_restriction="US"),
        make_role(work_mode="remote", remote_restriction="DE"),
        make_role(work_mode="remote", remote_restriction="", pay=(1, 2), benefits=["Pension"]),
        make_role(work_mode="remote", remote_restriction="Americas"),
        make_role(work_mode="remote", remote_restriction="Europe"),
    ]
    make_compensation(role=roles[2], min_amount=None, max_amount=90000)
    loaded = [Role.objects.get(pk=r.pk) for r in roles]
    flagged = {r.pk for r in loaded if role_pay_problems(r)}
    covered = {r.pk for r in loaded if laws_for(r)}
    assert set(Role.objects.filter(problems_q()).values_list("pk", flat=True)) == flagged
    assert set(Role.objects.filter(covered_q()).values_list("pk", flat=True)) == covered
    assert len(flagged) == 5 and len(covered) == 8  # Denver, Brooklyn, Tacoma, remote US, remote Americas


def test_the_admin_filters_and_warns(staff_client):
    flagged = _at("Denver", "Colorado", "US", title="Flagged Denver Role")
    _at("Berlin", "Berlin", "DE", title="Berlin Role")
    listing = staff_client.get(
        reverse("admin:postings_role_changelist") + "?pay_law=problem"
    ).content.decode()
    assert "Flagged Denver Role" in listing and "Berlin Role" not in listing
    assert "Covered, something missing" in listing
    page = staff_client.get(reverse("admin:postings_role_change", args=[flagged.pk])).content.decode()
    assert (
        "Colorado (Equal Pay for Equal Work Act) asks for pay in postings: "
        "no pay range is stated; no benefits are described." in page
    )
    assert 'class="warning"' in page


def test_the_public_page_still_says_pay_not_stated(client):
    role = _at("Denver", "Colorado", "US")
    assert "Pay not stated" in client.get(role.get_absolute_url()).content.decode()
