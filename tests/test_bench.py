"""The benchmark's generator, loader and scenarios work at tiny sizes (no timing is asserted)."""

import re

import pytest

from bench import corpus, generate, prose, report, scenarios
from bench.load import ensure
from postings.models import Compensation, Role, RoleSkill
from postings.services import role_refresh, role_text_save

RESERVED = re.compile(r"engin|\brust\b|infrastructur", re.IGNORECASE)


def test_roles_are_deterministic_and_varied():
    assert generate.role(7) == generate.role(7)
    assert generate.role(7) != generate.role(8)
    roles = [generate.role(i) for i in range(1, 201)]
    assert {r.family for r in roles} == {f.key for f in corpus.FAMILIES}
    assert len({r.company.id for r in roles}) > 100
    assert len({r.pay.currency for r in roles if r.pay}) > 3
    assert {r.pay.period for r in roles if r.pay} >= {"year", "hour"}
    assert any(r.estimate for r in roles) and any(r.pay is None for r in roles)
    sizes = sorted(len(r.search_document()) for r in roles)
    assert 2_000 < sizes[len(sizes) // 2] < 6_000


def test_postings_stream_is_deterministic_with_varied_shapes():
    first = list(generate.postings(60))
    assert first == list(generate.postings(60))
    assert {name.rsplit("-", 1)[1].split(".")[0] for name, _ in first} >= {"text", "markdown", "html"}
    assert all(2_000 < len(text) < 20_000 for _, text in first)


def test_only_flagged_roles_use_reserved_words():
    generic = [
        *prose.SUMMARY_OPEN,
        *prose.SUMMARY_BODY,
        *prose.ABOUT,
        *prose.BENEFITS,
        *prose.HOW_WE_WORK,
        *prose.NOUNS,
        *prose.OUTCOMES,
        *(line for pools in prose.FAMILY_PROSE.values() for pool in pools for line in pool),
        *(text for family in corpus.OTHER_FAMILIES for text in (*family.titles, *family.teams)),
        *corpus.COMPANY_HEADS,
        *corpus.COMPANY_TAILS,
    ]
    assert [text for text in generic if RESERVED.search(text)] == []
    for role in (generate.role(i) for i in range(1, 400)):
        text = f"{role.title}\n{role.search_keywords()}\n{role.search_document()}".lower()
        assert ("engin" in text) == (role.family == "engineering")
        assert bool(re.search(r"\brust\b", text)) == role.rust
        assert ("infrastructur" in text) == role.infra


def test_parse_scenario_runs(tmp_path):
    batch = tmp_path / "batch-01"
    batch.mkdir()
    for source in sorted((scenarios.REAL_CORPUS / "batch-01").iterdir())[:3]:
        (batch / source.name).write_bytes(source.read_bytes())  # three postings: truth.json sorts after them
    result = scenarios.run_parse(30, real=tmp_path)
    assert result["count"] == 30 and result["rate"] > 0
    assert sum(result["shapes"].values()) == 30
    assert result["real"]["files"] == 3 and result["real"]["count"] >= 3 and result["real"]["rate"] > 0
    assert "real corpus" in "\n".join(report.parse_table(result))


@pytest.mark.django_db
def test_import_scenario_runs():
    result = scenarios.run_import(30, apply_migrations=False)
    assert result["count"] == 30
    assert result["roles"] > 0 and sum(result["outcomes"].values()) > 0


@pytest.mark.django_db
def test_import_command_scenario_runs_with_workers_and_is_tabled():
    two = scenarios.run_import_command(12, jobs=2, apply_migrations=False)
    assert (two["count"], two["jobs"], two["files"]["read"]) == (12, 2, 12)
    assert two["roles"] > 0 and two["sources"] == two["files"]["imported"]
    assert two["worker_cpu_ms"] > 0  # the parsing was done by the workers, and counted
    one = dict(two, jobs=1, rate=two["rate"] / 2)
    lines = report.import_command_table({"sqlite": [one, two]}, cores=2)
    assert "(2 cores here)" in lines[0]
    assert [line.split()[4] for line in lines if line.startswith("  sqlite")] == ["1.00×", "2.00×"]


@pytest.mark.django_db
def test_loaded_rows_match_what_the_app_computes():
    ensure(40, workers=0, apply_migrations=False)
    assert Role.objects.count() == 40
    assert RoleSkill.objects.exists() and Compensation.objects.exists()
    columns = ("title_key", "listed_at", "pay_min_usd", "pay_max_usd", "search_keywords")
    for role in Role.objects.select_related("company", "text").order_by("pk")[:15]:
        loaded = {name: getattr(role, name) for name in (*columns, "skill_ids")}
        document = role.text.search_document
        role_refresh(role=role)
        role.refresh_from_db()
        assert loaded == {name: getattr(role, name) for name in (*columns, "skill_ids")}, role.pk
        assert role_text_save(role=role).search_document == document, role.pk


@pytest.mark.django_db
def test_search_scenario_runs():
    result = scenarios.run_search(40, repeats=1, budget=0, workers=0, apply_migrations=False)
    assert [case["key"] for case in result["cases"]] == ["a", "b", "c", "d1", "d2"]
    assert all(case.get("status") == 200 and case["queries"] > 0 for case in result["cases"]), result


def test_queued_import_is_tabled_or_says_why_not():
    row = {"count": 40, "workers": 2, "rate": 20.0, "load_average": [1.0, 1.5], "roles": 38, "sources": 40}
    row["files"] = {"read": 40, "imported": 40, "unchanged": 0, "failed": 0}
    lines = report.import_queue_table({"sqlite": row, "postgres": {"error": "Redis is not reachable"}})
    assert lines[2].split()[:4] == ["sqlite", "2", "40", "20.0"]
    assert lines[3].split() == ["postgres", "Redis", "is", "not", "reachable"]
