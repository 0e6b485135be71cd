"""export_roles then import_roles into an emptied database gives back the same roles, field for field.

The comparison reads the rows through the ORM (not through the archive's own serialiser), so a column the
archive forgot, or a row it restored wrongly, shows up here.
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Model

from postings.lifecycle import role_transition
from postings.models import (
    Company,
    JobSubmission,
    ListingReport,
    Location,
    Role,
    RoleStatusChange,
    Skill,
    Source,
)
from postings.search import get_backend

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
# Thirty real postings of every format (JSON records, Markdown, HTML, CSV rows, plain text) and language.
REAL = ROOT / "tests" / "data" / "real" / "batch-01" / "0*"


def _columns(obj: Model, *, skip: tuple[str, ...] = ()) -> dict:
    return {
        field.name: field.value_from_object(obj)
        for field in obj._meta.concrete_fields
        if not field.primary_key and not field.is_relation and field.name not in skip
    }


def snapshot() -> dict[str, dict]:
    """Every role by slug: its columns and every row that belongs to it, with ids replaced by natural keys."""
    roles = {}
    for role in Role.objects.order_by("slug"):
        sources = list(role.sources.order_by("imported_at", "id"))
        roles[role.slug] = {
            "role": _columns(role, skip=("skill_ids", "location_ids")),
            "company": _columns(role.company),
            "text": _columns(role.text),
            "locations": sorted((p.name, p.region, p.country) for p in role.locations.all()),
            "skills": sorted(
                (link.skill.slug, link.skill.name, link.skill.category, link.required, link.written)
                for link in role.role_skills.all()
            ),
            "sources": [_columns(source) for source in sources],
            "compensations": [
                {**_columns(pay), "source": pay.source.content_hash if pay.source else None}
                for pay in role.compensations.order_by("is_estimate", "id")
            ],
            "history": [
                {**_columns(change), "by": change.changed_by.username if change.changed_by else None}
                for change in role.status_changes.order_by("changed_at", "id")
            ],
            "reports": [_columns(report) for report in role.reports.order_by("created_at", "id")],
            "submission": _columns(role.submission) if hasattr(role, "submission") else None,
            # The id lists are recomputed on restore: they must name the role's own skills and places.
            "ids_match": (
                sorted(role.skill_ids) == sorted(role.skills.values_list("id", flat=True))
                and sorted(role.location_ids) == sorted(role.locations.values_list("id", flat=True))
            ),
        }
    return roles


@pytest.fixture
def stocked(django_user_model):
    """Seeds and real postings imported, then the things people do: a moderator's moves, a closed role,
    reports, an employer's submission."""
    call_command("import_postings", str(SEEDS), str(REAL), jobs=1, stdout=io.StringIO(), stderr=io.StringIO())
    moderator = django_user_model.objects.create_user("moderator", password="pw-for-tests-only")
    first, second, *_ = Role.objects.open().order_by("pk")
    role_transition(role=first, to="closed", by=moderator, reason="Filled.")
    ListingReport.objects.create(role=second, reason="scam", details="Asks for a fee", ip="203.0.113.9")
    JobSubmission.objects.create(role=second, email="boss@example.com", raw_text="We hire", fields={"t": 1})
    return moderator


def _export(path: Path) -> str:
    out = io.StringIO()
    call_command("export_roles", "--include-closed", output=str(path), stdout=out)
    return out.getvalue()


def _empty_database() -> None:
    Company.objects.all().delete()  # roles and every row of theirs go with their company
    Skill.objects.all().delete()
    Location.objects.all().delete()
    assert not Role.objects.exists() and not Source.objects.exists() and not RoleStatusChange.objects.exists()


def test_a_restore_into_an_empty_database_gives_back_every_role_field_for_field(stocked, tmp_path):
    before = snapshot()
    assert len(before) > 25 and all(entry["ids_match"] for entry in before.values())
    assert sum(len(entry["sources"]) for entry in before.values()) > len(before)  # merged roles included
    assert any(entry["history"][-1]["by"] == "moderator" for entry in before.values())
    _export(tmp_path / "roles.jsonl")
    _empty_database()

    out = io.StringIO()
    call_command("import_roles", str(tmp_path / "roles.jsonl"), stdout=out)

    assert (
        f"Roles: {len(before)} read, {len(before)} created, 0 updated, 0 unchanged, 0 failed."
        in out.getvalue()
    )
    assert snapshot() == before
    _export(tmp_path / "again.jsonl")
    lines = (tmp_path / "roles.jsonl").read_text().splitlines()
    assert (tmp_path / "again.jsonl").read_text().splitlines()[1:] == lines[1:]


def test_restored_roles_are_found_by_search_and_their_source_files_are_whole(stocked, tmp_path):
    raw = {source.content_hash: source.raw_text for source in Source.objects.all()}
    discord = Role.objects.filter(company__name="Discord").order_by("pk").first()
    _export(tmp_path / "roles.jsonl.gz")
    _empty_database()
    call_command("import_roles", str(tmp_path / "roles.jsonl.gz"), stdout=io.StringIO())

    assert {source.content_hash: source.raw_text for source in Source.objects.all()} == raw
    found = get_backend().search(Role.objects.all(), "discord")
    assert discord.slug in set(found.values_list("slug", flat=True))


def test_restoring_twice_changes_nothing(stocked, tmp_path, django_assert_max_num_queries):
    _export(tmp_path / "roles.jsonl")
    _empty_database()
    call_command("import_roles", str(tmp_path / "roles.jsonl"), stdout=io.StringIO())
    before = snapshot()

    out = io.StringIO()
    # Read and compared, nothing written: the archive's seven queries per batch of 100 and a few more.
    with django_assert_max_num_queries(20):
        call_command("import_roles", str(tmp_path / "roles.jsonl"), stdout=out)

    assert f"0 created, 0 updated, {len(before)} unchanged, 0 failed." in out.getvalue()
    assert snapshot() == before


def test_a_restore_into_the_same_database_puts_changed_roles_back_as_the_file_has_them(stocked, tmp_path):
    _export(tmp_path / "roles.jsonl")
    before = snapshot()
    role = Role.objects.filter(role_skills__isnull=False).order_by("pk").first()
    Role.objects.filter(pk=role.pk).update(title="Changed by hand", team="Elsewhere")
    role.role_skills.all().delete()
    role.compensations.all().delete()

    out = io.StringIO()
    call_command("import_roles", str(tmp_path / "roles.jsonl"), stdout=out)

    assert f"0 created, 1 updated, {len(before) - 1} unchanged, 0 failed." in out.getvalue()
    assert snapshot() == before
    assert Role.objects.get(slug=role.slug).pk == role.pk  # rewritten in place: alerts keep pointing at it
