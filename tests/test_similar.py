"""Similar roles: close in title, skills and level, open only, ranked in the database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from postings.models import Role
from postings.similar import similar_roles, title_words
from tests.factories import make_role

pytestmark = pytest.mark.django_db


def test_title_words_drop_levels_and_filler():
    assert title_words("Senior Software Engineer, Platform Infrastructure") == ["platform", "infrastructure"]


def test_similar_roles_rank_by_skills_title_and_level():
    role = make_role(title="Staff Backend Engineer, Payments", seniority="staff", skills=["Go", "PostgreSQL"])
    best = make_role(title="Staff Payments Engineer", seniority="staff", skills=["Go", "PostgreSQL"])
    near = make_role(title="Senior Backend Engineer", seniority="senior", skills=["Go"])
    make_role(title="Product Designer", seniority="staff", skills=["Figma"])
    make_role(
        title="Staff Payments Engineer 2", seniority="staff", skills=["Go", "PostgreSQL"], status="closed"
    )
    role = Role.objects.prefetch_related("role_skills").get(pk=role.pk)
    with CaptureQueriesContext(connection) as ctx:
        found = similar_roles(role)
        [r.pay for r in found]
    assert [r.pk for r in found] == [best.pk, near.pk]
    assert len(ctx.captured_queries) <= 2


def test_role_without_skills_is_compared_with_its_company():
    role = make_role(title="Staff Platform Engineer", seniority="staff")
    mate = make_role(company=role.company, title="Staff Platform Engineer, Data", seniority="staff")
    make_role(title="Staff Platform Engineer, Elsewhere", seniority="staff")
    found = similar_roles(Role.objects.get(pk=role.pk))
    assert [r.pk for r in found] == [mate.pk]


@pytest.fixture
def similar_cache(settings):
    """The ranking kept in a cache of its own, as production keeps it (the tests' settings turn it off)."""
    from django.core.cache import cache

    settings.SIMILAR_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_a_ranking_is_kept_and_a_role_closed_since_drops_out(similar_cache):
    role = make_role(title="Staff Backend Engineer, Payments", seniority="staff", skills=["Go", "PostgreSQL"])
    best = make_role(title="Staff Payments Engineer", seniority="staff", skills=["Go", "PostgreSQL"])
    near = make_role(title="Senior Backend Engineer", seniority="senior", skills=["Go"])
    role = Role.objects.prefetch_related("role_skills").get(pk=role.pk)
    assert [r.pk for r in similar_roles(role)] == [best.pk, near.pk]
    Role.objects.filter(pk=best.pk).update(status="closed")
    with CaptureQueriesContext(connection) as ctx:
        found = similar_roles(role)
        [(r.pay, r.company.name) for r in found]
    assert [r.pk for r in found] == [near.pk]  # from the kept ranking, loaded again as open roles
    assert len(ctx.captured_queries) <= 2  # no ranking query: the roles and their pay


def test_a_changed_role_is_ranked_again(similar_cache):
    role = make_role(title="Staff Platform Engineer", seniority="staff")
    make_role(company=role.company, title="Staff Platform Engineer, Data", seniority="staff")
    assert len(similar_roles(Role.objects.get(pk=role.pk))) == 1
    later = make_role(company=role.company, title="Staff Platform Engineer, Search", seniority="staff")
    role.title = "Staff Platform Engineer II"
    role.save()
    assert later.pk in [r.pk for r in similar_roles(Role.objects.get(pk=role.pk))]
