"""Field terms (title:, company:, skill:, location:): the same roles on every backend, alone and combined."""

import pytest
from django.db import connection

from postings.models import Location, Role, Skill
from tests.factories import make_company, make_searchable_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles():
    acme = make_company(name="Acme Corp", slug="acme-corp")
    globex = make_company(name="Globex", slug="globex")
    found = {
        # Each role names in its text what another role has as a field, so a field term must tell them apart.
        "acme_rust": make_searchable_role(
            title="Rust Engineer",
            body="Build Python tooling for our robots.",
            company=acme,
            skills=["Rust"],
            locations=[("Berlin", "DE")],
        ),
        "acme_data": make_searchable_role(
            title="Data Analyst",
            body="Engineer the data pipelines of Globex's rival.",
            company=acme,
            skills=["Python"],
            locations=[("London", "GB")],
        ),
        "globex_python": make_searchable_role(
            title="Python Engineer",
            body="Acme Corp is our biggest client.",
            company=globex,
            skills=["Python", "Go"],
        ),
        "globex_manager": make_searchable_role(
            title="Engineering Manager",
            body="Lead engineers who visit Berlin and London.",
            company=globex,
            skills=["Go"],
            locations=[("Munich", "DE")],
        ),
    }
    san_francisco, _ = Location.objects.get_or_create(name="San Francisco", region="California", country="US")
    found["globex_python"].locations.add(san_francisco)
    return found


def titles(q: str) -> set[str]:
    return set(Role.objects.search(q).values_list("title", flat=True))


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("engineer", {"acme_rust", "acme_data", "globex_python", "globex_manager"}),
        ("title:engineer", {"acme_rust", "globex_python", "globex_manager"}),
        ('title:"rust engineer"', {"acme_rust"}),
        ("-title:engineer", {"acme_data"}),
        ("acme", {"acme_rust", "acme_data", "globex_python"}),
        ("company:acme", {"acme_rust", "acme_data"}),
        ('company:"Acme Corp"', {"acme_rust", "acme_data"}),
        ("company:ACME", {"acme_rust", "acme_data"}),
        ("company:acme-corp", {"acme_rust", "acme_data"}),  # the slug
        ("company:acm", set()),  # whole words
        ("company:corp", set()),  # a legal suffix is not part of the name
        ("company:initech", set()),
        ("python", {"acme_rust", "acme_data", "globex_python"}),
        ("skill:python", {"acme_data", "globex_python"}),
        ("skill:golang", {"globex_python", "globex_manager"}),
        ("skill:cobol", set()),
        ("-skill:go", {"acme_rust", "acme_data"}),
        ("location:berlin", {"acme_rust"}),
        ("location:germany", {"acme_rust", "globex_manager"}),
        ("location:de", {"acme_rust", "globex_manager"}),
        ("location:münchen", {"globex_manager"}),
        ("location:california", {"globex_python"}),
        ('location:"bay area"', {"globex_python"}),
        ("location:usa", {"globex_python"}),
        ("location:europe", set()),
        ("-location:germany", {"acme_data", "globex_python"}),
        ("title:engineer -company:acme", {"globex_python", "globex_manager"}),
        ("title:engineer skill:python", {"globex_python"}),
        ("skill:python location:london", {"acme_data"}),
        ("company:globex -java", {"globex_python", "globex_manager"}),
        ("company:globex -berlin", {"globex_python"}),
        ("location:berlin or skill:python", {"acme_rust", "acme_data", "globex_python"}),
        ("title:manager or company:acme", {"globex_manager", "acme_rust", "acme_data"}),
        ("robots or location:london", {"acme_rust", "acme_data"}),
        ("company:globex -title:manager or location:london", {"globex_python", "acme_data"}),
        ("engineer:rust", {"acme_rust"}),  # not a field: the words "engineer" and "rust"
    ],
)
def test_field_terms_give_the_same_set_on_every_backend(roles, q, expected):
    assert titles(q) == {roles[key].title for key in expected}


def test_text_matches_rank_above_field_only_matches(roles):
    ranked = list(Role.objects.search("robots or location:london").by_relevance())
    assert ranked[0] == roles["acme_rust"]
    assert ranked[0].rank > ranked[1].rank == 0


def test_field_only_query_sorts_newest_first(roles):
    ranked = list(Role.objects.search("company:acme").by_relevance())
    assert ranked == [roles["acme_data"], roles["acme_rust"]]


@pytest.mark.parametrize(
    "q",
    [
        'company:"',
        "title:",
        "skill:%",
        "location:_",
        "company:!!!",
        "-company:",
        'title:"" or skill:',
        "company:" + "x" * 500,
        "skill:c++ or skill:c#",
        'location:"\x00"',
        "title:and or company:or",
    ],
)
def test_hostile_field_queries_never_raise(roles, q):
    list(Role.objects.search(q).by_relevance())


def test_field_terms_do_not_scan_role_text(roles):
    sql = str(Role.objects.search('company:acme skill:python location:london title:"data analyst"').query)
    role_text = ("title", "summary", "search_keywords", "search_document")
    assert not any(f'"postings_role"."{column}" LIKE' in sql for column in role_text)
    # title: is answered by the text index: an FTS5 column filter, or the title's tsvector weight.
    assert ("title : " if connection.vendor == "sqlite" else ":A") in sql


def test_skill_ids_has_any_takes_a_subquery(roles):
    go = Skill.objects.filter(slug="go").values("id")
    found = Role.objects.filter(skill_ids__has_any=go).values_list("title", flat=True)
    assert set(found) == {roles["globex_python"].title, roles["globex_manager"].title}
    cobol = Skill.objects.filter(slug="cobol").values("id")
    assert not Role.objects.filter(skill_ids__has_any=cobol).exists()
