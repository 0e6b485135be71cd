"""RoleFilter: every parameter of DESIGN.md, invalid values ignored."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.utils import timezone

from postings.filters import RoleFilter
from postings.models import Role
from tests.factories import make_company, make_role

pytestmark = pytest.mark.django_db


def results(query: str) -> set[str]:
    return set(
        RoleFilter(QueryDict(query), queryset=Role.objects.visible()).qs.values_list("title", flat=True)
    )


@pytest.fixture
def roles():
    acme, beta = make_company(name="Acme", slug="acme"), make_company(name="Beta", slug="beta")
    old = timezone.now() - timedelta(days=60)
    make_role(
        title="A",
        company=acme,
        seniority="senior",
        work_mode="remote",
        employment_type="full_time",
        pay=(150000, 180000),
        skills=["Python", "Rust"],
        locations=[("Berlin", "DE")],
    )
    make_role(
        title="B",
        company=acme,
        seniority="staff",
        work_mode="hybrid",
        employment_type="contract",
        pay=(60000, 80000),
        skills=["Python"],
        locations=[("London", "GB")],
        remote_restriction="",
    )
    make_role(
        title="C",
        company=beta,
        seniority="junior",
        work_mode="remote",
        remote_restriction="US",
        skills=["Go"],
        locations=[("Austin", "US")],
    )
    make_role(title="D", company=beta, seniority="senior", work_mode="onsite", status="closed")
    role = make_role(
        title="E", company=beta, seniority="mid", work_mode="remote", pay=(40, 50, "EUR", "hour")
    )
    # 40–50 EUR an hour, annualised (2,080 hours) at the static rate, as role_refresh would store it.
    Role.objects.filter(pk=role.pk).update(listed_at=old, pay_min_usd=97344, pay_max_usd=121680)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"A", "B", "C", "E"}),
        ("include_closed=1", {"A", "B", "C", "D", "E"}),
        ("seniority=senior", {"A"}),
        ("seniority=senior&seniority=staff", {"A", "B"}),
        ("work_mode=remote", {"A", "C", "E"}),
        ("employment_type=contract", {"B"}),
        ("country=DE&country=us", {"A", "C"}),
        ("location=lond", {"B"}),
        ("remote_from=US", {"A", "C", "E"}),
        ("remote_from=DE", {"A", "E"}),
        ("remote_from=de", {"A", "E"}),
        ("remote_from=zz", {"A", "E"}),
        # A minimum pay keeps out roles that state none (C), unless they are asked for.
        ("pay_min=100000", {"A", "E"}),
        ("pay_min=150000", {"A"}),
        ("pay_min=100000&include_unknown_pay=1", {"A", "C", "E"}),
        ("pay_min=150000&include_unknown_pay=1", {"A", "C"}),
        ("pay_min=100000&include_unknown_pay=0", {"A", "E"}),
        ("include_unknown_pay=1", {"A", "B", "C", "E"}),
        ("pay_min=0", {"A", "B", "E"}),
        ("pay_min=90000&currency=EUR", {"A", "E"}),
        ("pay_min=90000&currency=EUR&include_unknown_pay=1", {"A", "C", "E"}),
        # with_pay (older links) means stated pay only, whatever else is asked.
        ("pay_min=100000&with_pay=1", {"A", "E"}),
        ("pay_min=100000&with_pay=1&include_unknown_pay=1", {"A", "E"}),
        ("with_pay=1", {"A", "B", "E"}),
        ("with_pay=0", {"A", "B", "C", "E"}),
        ("pay_min=90000&currency=EUR&with_pay=1", {"A", "E"}),
        ("skill=python", {"A", "B"}),
        ("skill=python&skill=rust", {"A"}),
        ("skill=python,rust", {"A"}),
        ("skill=unknown-skill", set()),
        ("company=acme", {"A", "B"}),
        ("company=acme&company=beta", {"A", "B", "C", "E"}),
        ("posted_within=30", {"A", "B", "C"}),
        ("include_closed=0", {"A", "B", "C", "E"}),
        ("q=company:acme", {"A", "B"}),
        ("q=skill:rust", {"A"}),
        ("q=location:london or location:austin", {"B", "C"}),
        ("q=-company:acme", {"C", "E"}),
        ("q=company:beta&include_closed=1", {"C", "D", "E"}),
    ],
)
def test_each_filter(roles, query, expected):
    assert results(query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "pay_min=abc",
        "posted_within=-3",
        "sort=sideways",
        "seniority=wizard",
        "country=USA",
        "q=" + "x" * 10000,
        "currency=XXX&pay_min=1&include_unknown_pay=1",
        "pay_min=NaN&include_unknown_pay=1",
        "pay_min=1e400",
        "pay_min=-5",
        "skill=%00",
        "include_closed=maybe",
    ],
)
def test_invalid_values_are_ignored_not_raised(roles, query):
    filterset = RoleFilter(QueryDict(query), queryset=Role.objects.all())
    assert len(filterset.qs) >= 4
    assert filterset.errors or query.startswith("include_closed")


def test_sort_defaults_follow_the_query(roles):
    assert RoleFilter(QueryDict(""), queryset=Role.objects.all()).sort_order == "newest"
    assert RoleFilter(QueryDict("q=engineer"), queryset=Role.objects.all()).sort_order == "relevance"
    assert RoleFilter(QueryDict("sort=relevance"), queryset=Role.objects.all()).sort_order == "newest"


def test_sort_by_pay_puts_unstated_pay_last(roles):
    qs = RoleFilter(QueryDict("sort=pay"), queryset=Role.objects.all()).qs
    assert [r.title for r in qs][:2] == ["A", "E"]
    assert qs.last().pay_max_usd is None
    assert Decimal(qs.first().pay_max_usd) == 180000


def test_unbound_filterset_gives_open_roles_newest_first(roles):
    assert [r.title for r in RoleFilter(queryset=Role.objects.all()).qs][-1] == "E"


def test_unknown_search_field_is_a_note(roles):
    filterset = RoleFilter(QueryDict("q=colour:blue OR shape:round"), queryset=Role.objects.all())
    assert list(filterset.qs) == []
    filterset.shared_queryset()  # the query filters twice; the note is given once
    assert filterset.notes == [
        "“colour:”, “shape:” are not search fields: searched as plain words. "
        "Fields: title:, company:, skill:, location:"
    ]
    assert RoleFilter(QueryDict("q=company:acme"), queryset=Role.objects.all()).notes == []


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("DE", {"Europe", "EMEA", "EU, US", "Anywhere"}),
        ("NG", {"EMEA", "Anywhere"}),
        ("BR", {"LATAM", "Anywhere"}),
        ("US", {"EU, US", "Anywhere"}),
        # "CA" and "RO" are letters of "Americas" and "Europe", never a match inside them.
        ("CA", {"Anywhere"}),
        ("RO", {"Europe", "EMEA", "EU, US", "Anywhere"}),
        ("CH", {"Europe", "EMEA", "Anywhere"}),  # in Europe, not in the EU
    ],
)
def test_remote_from_a_country_finds_roles_restricted_to_its_region(country, expected):
    for title, restriction in (
        ("Europe", "Europe"), ("EMEA", "EMEA"), ("LATAM", "LATAM"), ("EU, US", "EU,US"), ("Anywhere", ""),
    ):  # fmt: skip
        make_role(title=title, work_mode="remote", remote_restriction=restriction)
    make_role(title="Office", work_mode="onsite")
    assert results(f"remote_from={country}") == expected
