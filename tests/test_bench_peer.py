"""`make bench-peer` without timing: the peer's file and metadata, the order, the servers, the table."""

import asyncio
import json
import sqlite3
import sys
from collections import Counter

import pytest
from django.db import connection

from bench import peer, peer_data, report

SCHEMA = """
CREATE TABLE bench_meta (key text PRIMARY KEY, value text);
CREATE TABLE postings_company (id integer PRIMARY KEY, name text);
CREATE TABLE postings_role (id integer PRIMARY KEY, company_id integer, title text, seniority text,
    work_mode text, employment_type text, listed_at text, pay_min_usd integer, pay_max_usd integer,
    status text);
CREATE TABLE postings_roletext (role_id integer PRIMARY KEY, search_document text);
CREATE TABLE postings_skill (id integer PRIMARY KEY, name text);
CREATE TABLE postings_roleskill (role_id integer, skill_id integer);
CREATE TABLE postings_location (id integer PRIMARY KEY, country text);
CREATE TABLE postings_role_locations (role_id integer, location_id integer);
INSERT INTO bench_meta VALUES ('dataset', 'v1 seed=1 roles=3');
INSERT INTO postings_company VALUES (1, 'Acme'), (2, 'Globex');
INSERT INTO postings_role VALUES
    (1, 1, 'Rust Infrastructure Engineer', 'senior', 'remote', 'full_time', '2026-01-03', 150000, NULL,
     'open'),
    (2, 2, 'Data Analyst', 'mid', 'onsite', 'full_time', '2026-01-02', NULL, NULL, 'open'),
    (3, 2, 'Closed Rust Role', 'senior', 'remote', 'contract', '2026-01-04', NULL, NULL, 'closed');
INSERT INTO postings_roletext VALUES
    (1, 'We build infrastructure in Rust.'), (2, 'Dashboards and infrastructure reports.'),
    (3, 'Rust infrastructure, closed.');
INSERT INTO postings_skill VALUES (1, 'Rust'), (2, 'SQL');
INSERT INTO postings_roleskill VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO postings_location VALUES (1, 'DE'), (2, 'US'), (3, '');
INSERT INTO postings_role_locations VALUES (1, 1), (1, 2), (2, 3);
"""


@pytest.fixture
def source(tmp_path):
    """A tiny stand-in for the bench's SQLite file, with the columns the peer reads."""
    path = tmp_path / "search-3.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
    conn.close()
    return path


@pytest.fixture
def built(source, tmp_path):
    pytest.importorskip("sqlite_utils", reason="sqlite-utils is not installed (make install-dev installs it)")
    target = tmp_path / "peer-3.sqlite3"
    assert peer_data.build(source, target) == 2
    return target


def test_metadata_points_search_facets_and_sort_at_the_roles_table():
    table = peer_data.metadata("peer-3")["databases"]["peer-3"]["tables"]["roles"]
    assert table["fts_table"] == "role_text_fts" and table["fts_pk"] == "id"
    assert {"array": "skills"} in table["facets"] and "seniority" in table["facets"]
    assert table["sort_desc"] == "listed_at" and table["size"] == 20
    assert peer_data.settings()["suggest_facets"] == "off"


def test_build_keeps_open_roles_with_arrays_and_a_text_index(built, source):
    with sqlite3.connect(built) as conn:
        rows = conn.execute("SELECT id, company, skills, countries FROM roles ORDER BY id").fetchall()
        found = conn.execute(
            "SELECT rowid FROM role_text_fts WHERE role_text_fts MATCH 'infrastructures rust'"
        ).fetchall()
        columns = [name for _, name, *_ in conn.execute("PRAGMA table_info(roles)")]
    conn.close()
    assert rows == [(1, "Acme", '["Rust", "SQL"]', '["DE", "US"]'), (2, "Globex", '["SQL"]', "[]")]
    assert found == [(1,)]  # stemmed like jobboard's index; the closed role is not there
    assert "description" not in columns
    assert peer_data.is_current(source, built)


def test_a_changed_source_makes_the_peer_stale(built, source):
    with sqlite3.connect(source) as conn:
        conn.execute("UPDATE bench_meta SET value = 'v1 seed=1 roles=4'")
    conn.close()
    assert not peer_data.is_current(source, built)
    assert not peer_data.is_current(source, built.with_name("missing.sqlite3"))


def test_datasette_serves_the_peer_with_search_facets_and_sort(built):
    pytest.importorskip("datasette", reason="Datasette is not installed (make install-dev installs it)")
    from datasette.app import Datasette

    database = built.stem
    settings = {name: value != "off" and int(value) for name, value in peer_data.settings().items()}
    app = Datasette([str(built)], immutables=[], metadata=peer_data.metadata(database), settings=settings)

    async def get(path):
        response = await app.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    searched = asyncio.run(get(f"/{database}/roles.json?_search=rust+infrastructure&_shape=objects"))
    assert [row["id"] for row in searched["rows"]] == [1]
    browsed = asyncio.run(get(f"/{database}/roles.json?_shape=objects"))
    assert [row["id"] for row in browsed["rows"]] == [1, 2]  # newest first
    facets = browsed["facet_results"]
    assert {"seniority", "work_mode", "company", "skills", "countries"} <= set(facets)
    assert {value["value"]: value["count"] for value in facets["skills"]["results"]} == {"SQL": 2, "Rust": 1}
    assert set(peer_data.facet_names()) == set(facets)  # none timed out


@pytest.mark.django_db
def test_the_source_query_matches_jobboards_schema():
    if connection.vendor != "sqlite":
        pytest.skip("the peer reads the bench's SQLite file")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS bench_meta (key varchar(50) PRIMARY KEY, value text)")
        cursor.execute("EXPLAIN " + peer_data.ROLES_SQL)


def test_requests_are_interleaved_with_alternating_first_side():
    order = peer.interleaved(peer.CASES[:2], repeats=3)
    assert len(order) == 2 * 2 * 3
    assert Counter((case.key, side) for case, side in order) == {
        (case.key, side): 3 for case in peer.CASES[:2] for side in peer.SIDES
    }
    pairs = [order[i : i + 2] for i in range(0, len(order), 2)]
    assert all(a[0] == b[0] and a[1] != b[1] for a, b in pairs)  # one case on both sides, back to back
    assert [pair[0][1] for pair in pairs] == [
        "jobboard",
        "datasette",
        "datasette",
        "jobboard",
        "jobboard",
        "datasette",
    ]


def test_cases_ask_both_sides_the_same_question():
    by_key = {case.key: case for case in peer.CASES}
    assert (
        "q=rust+infrastructure" in by_key["a"].jobboard
        and "_search=rust+infrastructure" in by_key["a"].datasette
    )
    assert "seniority=senior" in by_key["b"].jobboard and "seniority=senior" in by_key["b"].datasette
    assert by_key["d"].jobboard.startswith("/api/roles/") and by_key["d"].datasette.startswith(".json")
    assert by_key["c"].datasette_url("peer-1") == "/peer-1/roles?work_mode=remote"


def test_a_missing_dependency_is_named(monkeypatch):
    monkeypatch.setattr(
        peer.importlib.util, "find_spec", lambda name: None if name == "datasette" else object()
    )
    assert peer.missing_dependencies() == ["datasette"]
    assert peer.main(["--quick"]) == 2


def test_a_server_gets_a_free_port_and_is_stopped(tmp_path):
    command = [sys.executable, "-m", "http.server", "{port}", "--bind", "127.0.0.1"]
    server = peer.Server("http.server", command, {}, tmp_path / "server.log")
    server.start("/")
    assert peer.fetch(server.port, "/")[0] == 200
    server.stop()
    assert server.process.poll() is not None
    with pytest.raises(OSError):
        peer.fetch(server.port, "/", timeout=2)


def test_a_server_that_dies_says_why(tmp_path):
    server = peer.Server(
        "broken", [sys.executable, "-c", "raise SystemExit('no such database')"], {}, tmp_path / "b.log"
    )
    with pytest.raises(RuntimeError, match="no such database"):
        server.start("/")


def test_the_report_gives_both_sides_and_the_ratio():
    result = {
        "date": "2026-12-01",
        "cpus": 2,
        "load_before": (3.0, 0, 0),
        "load_after": (3.5, 0, 0),
        "datasette_version": "0.65.5",
        "peer_roles": 90_005,
        "roles": 100_000,
        "repeats": 25,
        "cases": [
            {
                "key": "a",
                "label": "two-word search + facets",
                "jobboard": {"p50_ms": 150.0, "p95_ms": 170.0},
                "datasette": {"p50_ms": 50.0, "p95_ms": 60.0},
                "matches": {
                    "jobboard": 1721,
                    "jobboard_estimate": False,
                    "datasette": 1721,
                    "facets_timed_out": [],
                },
            },
            {
                "key": "c",
                "label": "browse newest, remote",
                "jobboard": {"p50_ms": 100.0, "p95_ms": 120.0},
                "datasette": {"p50_ms": 400.0, "p95_ms": 500.0},
                "matches": {
                    "jobboard": 27011,
                    "jobboard_estimate": True,
                    "datasette": 27011,
                    "facets_timed_out": [],
                },
            },
        ],
    }
    text = "\n".join(report.peer_table(result))
    assert "90,005 open roles of the bench's 100,000" in text and "load average 3.0 → 3.5" in text
    assert "3.0× slower" in text and "4.0× faster" in text and "about 27,011 / 27,011" in text
    markdown = report.peer_markdown(result)
    assert (
        markdown[2] == "| (a) two-word search + facets | 150 / 170 | 50 / 60 | 3.0× slower | 1,721 / 1,721 |"
    )
    assert report.ratio(0, 10) == "-"
    json.dumps(result)  # what peer.py writes to bench/.cache
