"""Facet counts: one query, multi-select semantics, counts equal the real number of roles."""

import pytest
from django.db import connection
from django.http import QueryDict

from postings.facets import facet_counts
from postings.filters import RoleFilter
from postings.models import Role
from tests.factories import make_company, make_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles():
    acme, beta = make_company(name="Acme", slug="acme"), make_company(name="Beta", slug="beta")
    specs = [
        ("senior", "remote", acme, (150000, 180000), ["Python", "Rust"], [("Berlin", "DE")]),
        ("senior", "hybrid", acme, (90000, 110000), ["Python"], [("London", "GB")]),
        ("staff", "remote", beta, None, ["Go", "Python"], [("Austin", "US")]),
        ("staff", "onsite", beta, (220000, 260000), ["Rust"], [("Austin", "US"), ("Berlin", "DE")]),
        ("junior", "remote", beta, (40000, 50000), [], []),
    ]
    for n, (seniority, mode, company, pay, skills, places) in enumerate(specs):
        make_role(
            title=f"Engineer {n}",
            summary="Backend engineer",
            seniority=seniority,
            work_mode=mode,
            company=company,
            pay=pay,
            skills=skills,
            locations=places,
        )
    make_role(title="Closed one", seniority="senior", status="closed")


def facets_for(query: str):
    filterset = RoleFilter(QueryDict(query), queryset=Role.objects.visible())
    return filterset, facet_counts(filterset)


def counts(facets, name: str) -> dict[str, int]:
    return {v.value: v.count for v in facets.groups[name]}


def test_all_facets_in_one_query(roles, django_assert_max_num_queries):
    filterset = RoleFilter(
        QueryDict("seniority=senior&work_mode=remote&country=DE"), queryset=Role.objects.all()
    )
    filterset.errors  # noqa: B018 - validation is not a query
    # One query for every count, plus (PostgreSQL) a bounded count deciding whether to count on a window.
    with django_assert_max_num_queries(2 if connection.vendor == "postgresql" else 1):
        facet_counts(filterset)


def test_a_facet_ignores_its_own_filter(roles):
    _, facets = facets_for("seniority=senior")
    assert facets.total == 2
    assert counts(facets, "seniority") == {"senior": 2, "staff": 2, "junior": 1}
    assert counts(facets, "work_mode") == {"remote": 1, "hybrid": 1}
    assert [v.value for v in facets.groups["seniority"] if v.selected] == ["senior"]


def test_skills_drill_down(roles):
    _, facets = facets_for("skill=python")
    assert counts(facets, "skill") == {"python": 3, "rust": 1, "go": 1}


def test_company_country_and_pay_counts(roles):
    _, facets = facets_for("work_mode=remote")
    assert counts(facets, "company") == {"acme": 1, "beta": 2}
    assert counts(facets, "country") == {"DE": 1, "US": 1}
    # Bands count roles reaching them; roles without stated pay only when they are asked for.
    assert counts(facets, "pay")["100000"] == 1
    assert facets.with_pay == 2 and facets.without_pay == 1
    _, facets = facets_for("work_mode=remote&include_unknown_pay=1")
    assert counts(facets, "pay")["100000"] == 2
    assert facets.without_pay == 1
    assert counts(facets, "posted_within")["7"] == 3


@pytest.mark.parametrize(
    "query",
    [
        "",
        "seniority=senior",
        "work_mode=remote&seniority=staff",
        "skill=python&country=US",
        "company=beta&pay_min=100000",
        "pay_min=100000&with_pay=1",
        "pay_min=100000&include_unknown_pay=1",
        "pay_min=0&seniority=staff",
        "q=company:acme&seniority=senior",
        "q=skill:python -location:berlin",
        "include_closed=1",
        "q=backend&seniority=staff",
        "posted_within=7&country=DE&country=GB",
    ],
)
def test_counts_equal_the_real_number_of_roles(roles, query):
    filterset, facets = facets_for(query)
    assert facets.total == filterset.qs.count()
    assert not facets.approximate
    for value in facets.groups["seniority"]:
        toggled = QueryDict(query, mutable=True)
        toggled.setlist("seniority", [value.value])
        assert value.count == RoleFilter(toggled, queryset=Role.objects.all()).qs.count()
    for value in facets.groups["company"]:
        toggled = QueryDict(query, mutable=True)
        toggled.setlist("company", [value.value])
        assert value.count == RoleFilter(toggled, queryset=Role.objects.all()).qs.count()


def test_top_values_with_more(roles):
    for n in range(12):
        make_role(title=f"Many {n}", company=make_company(name=f"Extra {n}", slug=f"extra-{n}"))
    filterset = RoleFilter(QueryDict("company=beta"), queryset=Role.objects.all())
    facets = facet_counts(filterset)
    assert facets.more["company"] is True
    assert len(facets.groups["company"]) == 8
    assert facets.groups["company"][0].value == "beta"  # ticked values stay in view
    assert len(facet_counts(filterset, expand="company").groups["company"]) == 14


def test_ticked_value_without_matches_still_shows(roles):
    _, facets = facets_for("seniority=intern")
    assert counts(facets, "seniority")["intern"] == 0
    assert facets.total == 0


def test_the_actual_count_decides_exact_counts_not_an_estimate(roles, settings, monkeypatch):
    from postings.search import get_backend

    # A planner that guesses a million matches must not make five roles "about 5".
    monkeypatch.setattr(type(get_backend()), "estimate_count", lambda self, queryset: 1_000_000)
    settings.SEARCH_FACETS_EXACT_UP_TO = 5
    filterset, facets = facets_for("")
    assert not facets.approximate and facets.sample_size == 0
    assert facets.total == filterset.qs.count() == 5
    assert counts(facets, "seniority") == {"senior": 2, "staff": 2, "junior": 1}


def test_above_the_limit_counts_come_from_the_newest_matches_and_say_so(roles, client, settings):
    settings.SEARCH_FACETS_EXACT_UP_TO = 2
    newest = Role.objects.filter(status="open").order_by("-id")[:3]
    filterset, facets = facets_for("")
    assert facets.approximate
    assert 2 <= facets.sample_size <= 5
    assert facets.total >= 3  # scaled up from the window to the whole set
    if connection.vendor == "sqlite":
        # The newest three open roles (by id) are the window: the oldest two are not counted.
        assert facets.sample_size == 3
        window_seniorities = sorted(role.seniority for role in newest)
        assert sorted(counts(facets, "seniority")) == sorted(set(window_seniorities))
    response = client.get("/", {"work_mode": "remote"})
    html = response.content.decode()
    assert "counts estimated" in html
    assert f"counted on the newest {response.context['facets'].sample_size} matching roles" in html
    assert response.context["search"].total == 3  # below the page's own threshold: the total is exact
    assert '<span class="muted">(estimated)</span>' not in html  # so the count does not say "estimated"


def test_above_the_limit_a_text_search_is_windowed_too(roles, settings):
    settings.SEARCH_FACETS_EXACT_UP_TO = 2
    filterset, facets = facets_for("q=engineer")
    assert facets.approximate and facets.sample_size >= 3
    if connection.vendor == "sqlite":  # the newest three matches, read from the text index backwards
        newest = Role.objects.filter(status="open").order_by("-id")[:3]
        assert sorted(counts(facets, "seniority")) == sorted({role.seniority for role in newest})
    settings.SEARCH_FACETS_EXACT_UP_TO = 5
    filterset, facets = facets_for("q=engineer")
    assert not facets.approximate and facets.total == filterset.qs.count() == 5


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the listed_at window needs pg_stats")
def test_postgres_counts_on_a_window_of_the_newest_roles(settings):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    for n in range(40):
        make_role(title=f"Engineer {n}", summary="Backend engineer", listed_at=now - timedelta(days=n))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE postings_role")
    settings.SEARCH_FACETS_EXACT_UP_TO = 4
    filterset, facets = facets_for("q=engineer")
    assert facets.approximate
    assert facets.sample_size < 40  # only the newest roles were read
    assert 20 <= facets.total <= 80


def test_country_counts_come_from_place_ids_on_the_role(roles):
    _, facets = facets_for("seniority=staff")
    assert counts(facets, "country") == {"US": 2, "DE": 1}  # two Austin roles; one also in Berlin
    role = Role.objects.get(title="Engineer 3")
    assert sorted(role.location_ids) == sorted(role.locations.values_list("id", flat=True))
    role.locations.clear()  # the links alone are not what the facet reads: role_refresh copies them
    from postings.services import role_refresh

    role_refresh(role=role)
    _, facets = facets_for("seniority=staff")
    assert counts(facets, "country") == {"US": 1}


def test_a_bounded_count_also_estimates_the_whole_set(roles):
    from postings.search import get_backend

    backend = get_backend()
    matches = RoleFilter(QueryDict("q=engineer"), queryset=Role.objects.all()).shared_queryset()
    assert backend.sized_count(matches, 10) == (5, None)  # below the limit the count is the answer
    counted, estimate = backend.sized_count(matches, 3)
    assert counted == 3
    if connection.vendor == "postgresql":
        # From the share of the table read before the limit: never fewer than the matches counted.
        assert estimate is not None and estimate >= 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the listed_at window needs pg_stats")
def test_postgres_reads_a_small_filtered_match_set_whole_for_an_exact_total(settings, monkeypatch, client):
    from datetime import timedelta

    from django.db import connection as db
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from postings import facets as facets_module

    now = timezone.now()
    for n in range(40):
        seniority = "senior" if n % 4 == 0 else "junior"
        make_role(title=f"Engineer {n}", seniority=seniority, listed_at=now - timedelta(days=n))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE postings_role")
    settings.SEARCH_FACETS_EXACT_UP_TO = 4
    filterset, facets = facets_for("q=engineer&seniority=senior")
    assert facets.approximate and facets.sample_size < 40  # the facet counts come from the window
    assert facets.total_exact and facets.total == filterset.qs.count() == 10
    with CaptureQueriesContext(db) as queries:
        response = client.get("/", {"q": "engineer", "seniority": "senior"})
    assert response.context["search"].total == 10 and not response.context["search"].approximate
    assert not any('AS "__count"' in query["sql"] for query in queries.captured_queries)  # no second count
    # Unticked, or above WHOLE_UP_TO, the total is the window's, scaled.
    assert not facets_for("q=engineer")[1].total_exact
    monkeypatch.setattr(facets_module, "WHOLE_UP_TO", 4)
    assert not facets_for("q=engineer&seniority=senior")[1].total_exact


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the listed_at window needs pg_stats")
def test_postgres_without_statistics_a_whole_match_set_keeps_its_exact_total(settings):
    for n in range(12):
        make_role(title=f"Engineer {n}", seniority="senior" if n % 3 == 0 else "junior")
    settings.SEARCH_FACETS_EXACT_UP_TO = 4
    # No ANALYZE: no listed_at histogram, so the window keeps every match and nothing is scaled.
    filterset, facets = facets_for("q=engineer&seniority=senior")
    assert facets.total_exact and facets.total == filterset.qs.count() == 4
    assert counts(facets, "seniority") == {"senior": 4, "junior": 8}
