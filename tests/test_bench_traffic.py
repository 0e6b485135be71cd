"""`make bench-load` and `make bench-fault` without the load: the mix's URLs, the log, the figures, the goals
and the rows of docs/benchmarks.md."""

import importlib.util
import json
import os
import random
import subprocess
import sys
from collections import Counter

import pytest

from bench import pg_settings, traffic, traffic_mix, traffic_report
from bench.traffic_report import Request
from tests.factories import make_company, make_role
from tests.test_settings import ROOT


@pytest.fixture
def board(db):
    """A few open roles with skills, places and pay, a closed one, and their Catalogue."""
    acme, globex = make_company(name="Acme", slug="acme"), make_company(name="Globex", slug="globex")
    for n in range(6):
        make_role(
            company=(acme, globex)[n % 2],
            title=("Senior Python Engineer", "Data Analyst", "Registered Nurse")[n % 3],
            seniority=("senior", "mid", "junior")[n % 3],
            work_mode=("remote", "hybrid", "onsite")[n % 3],
            skills=("Python", "SQL")[: 1 + n % 2],
            locations=[("Berlin", "DE"), ("Austin", "US")][n % 2 :],
            pay=(90_000 + n * 10_000, 150_000),
        )
    make_role(company=acme, title="Closed Role", status="closed", slug="closed-role")
    return traffic_mix.catalogue()


def test_catalogue_names_open_roles_and_what_exists(board):
    assert len(board.roles) == 6 and "closed-role" not in board.roles
    assert board.companies == ("acme", "globex")
    assert board.skills == ("python", "sql")
    assert board.countries == ("DE", "US")


def test_catalogue_round_trips_through_json(board, tmp_path):
    board.save(tmp_path / "c.json")
    assert traffic_mix.Catalogue.load(tmp_path / "c.json") == board


def test_every_kind_of_the_mix_answers_200(board, client):
    rng, seen = random.Random(3), Counter()
    for kind, (build, _) in traffic_mix.MIX.items():
        for _ in range(12):
            url = build(rng, board)
            response = client.get(url)
            assert response.status_code == 200, (kind, url)
            seen[kind] += 1
    assert set(seen) == {"role", "home", "search", "filtered", "next_page", "company", "feed", "sitemap"}


def test_mix_weights_are_out_of_1000_with_role_pages_most_common(board):
    weights = {kind: weight for kind, (_, weight) in traffic_mix.MIX.items()}
    assert sum(weights.values()) == 1000
    assert max(weights, key=weights.get) == "role"
    rng = random.Random(1)
    drawn = Counter(traffic_mix.pick(rng, board)[0] for _ in range(5000))
    assert drawn["role"] > drawn["home"] > drawn["sitemap"]


def test_filtered_and_paged_urls_carry_facets_and_pages(board):
    rng = random.Random(5)
    filtered = [traffic_mix.filtered(rng, board) for _ in range(50)]
    assert all(url.startswith("/?") for url in filtered)
    assert any("skill=" in url for url in filtered) and any("country=" in url for url in filtered)
    assert all("page=" in traffic_mix.next_page(rng, board) for _ in range(20))


def test_read_log_skips_torn_lines(tmp_path):
    log = tmp_path / "requests.log"
    log.write_text("10.0 10.05 role 200\n10.1 10.3 home 503\n10.2 10.2 sitemap\n\n10.4 x role 200\n10.5 1")
    assert traffic_report.read_log(log) == [
        Request(10.0, 10.05, "role", 200),
        Request(10.1, 10.3, "home", 503),
    ]


def test_summary_counts_throughput_percentiles_and_errors():
    requests = [Request(0.0, 0.01 * (n + 1), "role" if n % 2 else "home", 200) for n in range(99)]
    requests.append(Request(1.0, 2.0, "home", 500))
    s = traffic_report.summarise(requests)
    assert s["requests"] == 100 and s["seconds"] == 2.0 and s["rps"] == 50.0
    assert s["p50_ms"] == pytest.approx(500) and s["p99_ms"] == pytest.approx(990)
    assert s["errors"] == 1 and s["error_statuses"] == {500: 1}
    assert s["kinds"]["home"]["requests"] == 51 and s["kinds"]["home"]["errors"] == 1
    assert traffic_report.summarise([])["rps"] == 0.0


def test_percentile_is_nearest_rank():
    assert traffic_report.percentile([5, 1, 3], 0.5) == 3
    assert traffic_report.percentile(list(range(1, 101)), 0.99) == 99
    assert traffic_report.percentile([], 0.5) == 0.0


def test_throughput_goal_is_70_percent_of_cpus_times_1000_over_single_p50():
    assert traffic_report.throughput_goal(2, 20.0) == pytest.approx(70.0)
    assert traffic_report.throughput_goal(4, 35.0) == pytest.approx(80.0)


def test_load_goals_pass_and_fail():
    good = {"rps": 75.0, "p99_ms": 900.0, "errors": 0}
    assert [g.met for g in traffic_report.load_goals(good, 2, 20.0)] == [True, True, True]
    bad = {"rps": 60.0, "p99_ms": 1000.0, "errors": 3}
    goals = traffic_report.load_goals(bad, 2, 20.0)
    assert [g.met for g in goals] == [False, False, False]
    assert "MISSED" in goals[0].line() and ">= 70.0 req/s" in goals[0].line()


def test_fault_phases_split_by_the_outage():
    requests = [
        Request(1.0, 1.1, "role", 200),  # before
        Request(4.0, 5.5, "home", 503),  # overlaps the start: during
        Request(7.0, 7.1, "role", 503),  # during
        Request(9.9, 10.4, "role", 200),  # started before it was back: during
        Request(10.0, 10.1, "role", 200),  # after
        Request(11.0, 11.2, "feed", 500),  # after, an error
    ]
    phases = traffic_report.fault_phases(requests, down_at=5.0, up_at=10.0)
    assert {k: v["requests"] for k, v in phases.items()} == {"before": 1, "during": 3, "after": 2}
    assert phases["during"]["statuses"] == {503: 2} and phases["after"]["statuses"] == {500: 1}
    assert [g.met for g in traffic_report.fault_goals(phases)] == [True, False]
    phases["during"]["statuses"][500] = 1
    assert not traffic_report.fault_goals(phases)[0].met


def _load_result() -> dict:
    summary = traffic_report.summarise([Request(0.0, 0.02, "role", 200), Request(0.0, 0.04, "home", 200)])
    return {
        "date": "2026-12-01 16:00", "roles": 100_000, "users": 20, "seconds": 60, "cpus": 2,
        "load_start": (1.5, 1.2, 0.9), "load_end": (2.0, 1.5, 1.0), "client_cpu": 12.0,
        "single": {"requests": 120, "p50_ms": 20.0, "mean_ms": 25.0}, "summary": summary,
        "pg_settings": dict(pg_settings.DOCUMENTED, server_version="15.20"),
        "server_cpu": {"gunicorn": 0.04, "postgres": 0.01},
    }  # fmt: skip


def test_load_lines_and_row_show_figures_beside_goals():
    result = _load_result()
    text = "\n".join(traffic_report.load_lines(result))
    assert "2 CPUs" in text and "single request p50 20.0 ms" in text and "load average at start 1.50" in text
    assert "goal >= 70.0 req/s" in text and "p99" in text
    row = traffic_report.load_row(result)
    assert row.startswith("| 2026-12-01 16:00 | 100,000 | 20 × 60 | 2 | 1.50 / 1.20 / 0.90 | 20.0 |")
    assert "| 50.0 (≥ 70.0) |" in row and row.endswith(
        "| throughput MISSED, p99 met, errors met | 25.0 = 20.0 + 5.0 (80) | as docs/deploy.md |"
    )
    assert row.count("|") == traffic_report.LOAD_HEADER[1].count("|")


def test_server_cpu_per_request_and_what_the_cpus_alone_would_serve():
    cpu = traffic_report.server_cpu(_load_result())  # 0.05 CPU seconds for 2 requests in 0.04 s
    assert cpu == pytest.approx(
        {"gunicorn_ms": 20.0, "postgres_ms": 5.0, "per_request_ms": 25.0, "cores": 1.25, "capacity": 80.0}
    )
    assert "server CPU per request 25.0 ms" in "\n".join(traffic_report.load_lines(_load_result()))
    assert traffic_report.server_cpu(_load_result() | {"server_cpu": None}) is None


def test_docs_tables_have_the_headers_the_rows_are_written_for():
    lines = (ROOT / "docs" / "benchmarks.md").read_text().splitlines()
    for section, header in (
        (traffic_report.LOAD_SECTION, traffic_report.LOAD_HEADER),
        (traffic_report.FAULT_SECTION, traffic_report.FAULT_HEADER),
    ):
        at = lines.index(section)
        assert lines[at + 2 : at + 4] == list(header)


def test_fault_lines_and_row():
    phases = {
        "before": {"requests": 100, "errors": 0, "statuses": {}},
        "during": {"requests": 50, "errors": 45, "statuses": {503: 44, 0: 1}},
        "after": {"requests": 200, "errors": 0, "statuses": {}},
    }
    result = _load_result() | {"phases": phases, "outage_start": 20.1, "outage_end": 31.4}
    result |= {"tracebacks": 0, "unavailable_lines": 44}
    text = "\n".join(traffic_report.fault_lines(result))
    assert "during      50 requests     45 errors (503: 44, no answer: 1)" in text
    row = traffic_report.fault_row(result)
    assert "| 20–31 s | 100 / 0 | 50 / 44 / 0 / 1 | 200 / 0 | 0 |" in row
    assert "these are the settings docs/deploy.md documents" in text
    assert row.count("|") == len(traffic_report.FAULT_HEADER[1].split("|")) - 1


def test_settings_cell_names_what_differs_from_deploy_md():
    assert traffic_report.settings_cell(dict(pg_settings.DOCUMENTED)) == "as docs/deploy.md"
    stock = dict(pg_settings.DOCUMENTED, shared_buffers="128MB", jit="on")
    assert traffic_report.settings_cell(stock) == "differs: shared_buffers 128MB, jit on"
    assert traffic_report.settings_cell({}) == "?"


def test_add_row_creates_the_section_then_appends_to_its_table():
    text = "# Benchmarks\n\nIntro.\n"
    once = traffic_report.add_row(text, "## make bench-load", ("| a |", "| --- |"), "| 1 |")
    assert once == "# Benchmarks\n\nIntro.\n\n## make bench-load\n\n| a |\n| --- |\n| 1 |\n"
    with_fault = once + "\n## make bench-fault\n\n| b |\n| --- |\n| x |\n"
    twice = traffic_report.add_row(with_fault, "## make bench-load", ("| a |", "| --- |"), "| 2 |")
    assert "| 1 |\n| 2 |\n\n## make bench-fault\n\n| b |\n| --- |\n| x |\n" in twice
    fault = traffic_report.add_row(twice, "## make bench-fault", ("| b |", "| --- |"), "| y |")
    assert fault.endswith("| x |\n| y |\n")


def test_write_doc_adds_a_row(tmp_path, monkeypatch):
    monkeypatch.setattr(traffic, "DOC", tmp_path / "benchmarks.md")
    traffic._write_doc(_load_result(), fault=False)
    text = (tmp_path / "benchmarks.md").read_text()
    assert traffic_report.LOAD_SECTION in text and "| 2026-12-01 16:00 |" in text


@pytest.fixture
def fake_pg_ctlcluster(tmp_path, monkeypatch):
    """A pg_ctlcluster on PATH that records its arguments and keeps a running/stopped state in a file."""
    calls, state = tmp_path / "calls", tmp_path / "state"
    script = tmp_path / "pg_ctlcluster"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> {calls}\n'
        f'case "$*" in *stop) echo down > {state};; *start) echo up > {state};; '
        f"*status) grep -q up {state};; esac\n"
    )
    script.chmod(0o755)
    state.write_text("up")
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    return calls


def test_outage_stops_then_starts_the_cluster(fake_pg_ctlcluster):
    import time

    outage = traffic.Outage(["15", "main"], 0.2)
    outage.schedule(time.time() + 0.1)
    outage.join()
    assert fake_pg_ctlcluster.read_text().splitlines() == [
        "--skip-systemctl-redirect 15 main stop",
        "15 main status",
        "--skip-systemctl-redirect 15 main start",
    ]
    assert outage.up_at - outage.down_at >= 0.2 and not outage.failure
    outage.ensure_up()  # running: only asks
    assert fake_pg_ctlcluster.read_text().splitlines()[-1] == "15 main status"


def test_locust_loads_the_locustfile(tmp_path):
    if importlib.util.find_spec("locust") is None:  # not imported here: it patches the process with gevent
        pytest.skip("locust is not installed (make install-dev installs it)")
    path = tmp_path / "catalogue.json"
    path.write_text(
        json.dumps({"roles": ["a-1"], "companies": ["a"], "skills": ["python"], "countries": ["DE"]})
    )
    env = {**os.environ, "BENCH_CATALOGUE": str(path)}
    command = [sys.executable, "-m", "locust", "-f", "bench/locustfile.py", "--list"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Visitor" in done.stdout
