"""Migration 0006 moves the description out of the role row and back, with the search index on both sides."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE, AFTER = ("postings", "0005_role_needs_review"), ("postings", "0006_role_text")


def migrate(target=None):
    """Migrate to the target (the latest migrations when None); the apps of that state."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = [target] if target else executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def search(q: str) -> set[str]:
    from postings.models import Role

    return set(Role.objects.search(q).values_list("title", flat=True))


@pytest.mark.django_db(transaction=True)
def test_text_moves_to_role_text_and_back():
    old = migrate(BEFORE)
    company = old.get_model("postings", "Company").objects.create(name="Acme", slug="acme", key="acme")
    old.get_model("postings", "Role").objects.create(
        company=company,
        title="Nurse",
        slug="acme-nurse",
        summary="Night shifts.",
        requirements=["A licence"],
        search_document="Night shifts on the quantum ward",
    )
    assert search("quantum") == {"Nurse"}  # the 0002 index, over the role row

    new = migrate(AFTER)
    text = new.get_model("postings", "RoleText").objects.get(role__slug="acme-nurse")
    assert (text.summary, text.requirements) == ("Night shifts.", ["A licence"])
    assert text.search_document == "Night shifts on the quantum ward"
    assert search("quantum") == {"Nurse"}  # the current index, over both tables
    migrate()
    assert search("quantum") == {"Nurse"}  # and after the later migrations

    old = migrate(BEFORE)
    role = old.get_model("postings", "Role").objects.get(slug="acme-nurse")
    assert (role.summary, role.requirements, role.search_document) == (
        "Night shifts.",
        ["A licence"],
        "Night shifts on the quantum ward",
    )
    with connection.cursor() as cursor:
        cursor.execute("UPDATE postings_role SET search_document = 'on the ward of chemistry'")
    assert search("chemistry") == {"Nurse"} and search("quantum") == set()  # 0002's triggers are back
    migrate()
    assert search("chemistry") == {"Nurse"}
