"""Migrations 0011-0012 keep open and closed roles as they were, fill the lifecycle columns, keep search."""

from datetime import UTC, date, datetime

import pytest

from tests.test_migration_role_text import migrate, search

BEFORE = ("postings", "0010_company_keys_in_other_scripts")
AFTER = ("postings", "0012_role_states_backfill")
IMPORTED = datetime(2025, 4, 1, 12, tzinfo=UTC)


def _source(apps, role, n: int, kind: str, parsed: dict):
    return apps.get_model("postings", "Source").objects.create(
        role=role,
        kind=kind,
        raw_text=f"posting {n}",
        content_hash=f"{n:064x}",
        parser_version="test",
        parsed=parsed,
        imported_at=IMPORTED,
    )


@pytest.mark.django_db(transaction=True)
def test_open_and_closed_roles_map_over_with_their_dates():
    old = migrate(BEFORE)
    company = old.get_model("postings", "Company").objects.create(name="Acme", slug="acme", key="acme")
    Role = old.get_model("postings", "Role")
    live = Role.objects.create(company=company, title="Quantum Nurse", slug="acme-nurse", title_key="nurse")
    gone = Role.objects.create(
        company=company, title="Welder", slug="acme-welder", title_key="welder", status="closed"
    )
    old.get_model("postings", "RoleText").objects.create(role=live, search_document="quantum ward")
    # The careers page's closing date wins over the aggregator's, as the importer merges.
    _source(old, live, 1, "aggregator", {"valid_through": "2025-01-01"})
    _source(old, live, 2, "careers", {"valid_through": "2025-06-30"})
    _source(old, gone, 3, "board", {"valid_through": "not a date"})

    new = migrate(AFTER)
    NewRole = new.get_model("postings", "Role")
    live, gone = NewRole.objects.get(slug="acme-nurse"), NewRole.objects.get(slug="acme-welder")
    assert (live.status, live.closes_on, live.status_changed_at) == ("open", date(2025, 6, 30), None)
    assert (gone.status, gone.closes_on) == ("closed", None)
    assert gone.status_changed_at == gone.updated_at  # the best date known for the closed notice
    assert live.edited_fields == []
    sources = new.get_model("postings", "Source").objects.all()
    assert {s.last_seen_at for s in sources} == {IMPORTED}
    assert search("quantum") == {"Quantum Nurse"}  # the search index survived the table's remake
    migrate()
    assert search("quantum") == {"Quantum Nurse"}

    # Back: states older code does not know become closed (never open), and search still works.
    NewRole.objects.filter(slug="acme-welder").update(status="rejected")
    old = migrate(BEFORE)
    assert old.get_model("postings", "Role").objects.get(slug="acme-welder").status == "closed"
    assert search("quantum") == {"Quantum Nurse"}
    migrate()
