"""The bench's PostgreSQL settings: read from the server, compared with what docs/deploy.md documents."""

import re
from pathlib import Path

import pytest
from django.db import connection

from bench import pg_settings, report

DEPLOY = Path(__file__).resolve().parent.parent / "docs" / "deploy.md"
STOCK = {
    "server_version": "15.20",
    "shared_buffers": "128MB",
    "effective_cache_size": "4GB",
    "work_mem": "4MB",
    "maintenance_work_mem": "64MB",
    "random_page_cost": "4",
    "effective_io_concurrency": "1",
    "jit": "on",
    "max_parallel_workers_per_gather": "2",
    "statement_timeout": "0",
}


def test_docs_deploy_states_every_documented_value():
    text = DEPLOY.read_text()
    for name, value in pg_settings.DOCUMENTED.items():
        assert re.search(rf"^{name} = '?{re.escape(value)}'?\b", text, re.MULTILINE), name


def test_a_stock_server_differs_and_the_report_says_so():
    differing = pg_settings.differences(STOCK)
    assert differing["shared_buffers"] == ("128MB", "6GB")
    assert set(differing) == set(pg_settings.DOCUMENTED)
    text = "\n".join(pg_settings.lines(STOCK))
    assert "server settings (SHOW): server_version 15.20, shared_buffers 128MB" in text
    assert "this server differs: shared_buffers 128MB (documented 6GB)" in text


def test_units_and_numbers_compare_by_value():
    same = {**STOCK, "shared_buffers": "6144MB", "effective_cache_size": "18GB", "work_mem": "32768kB"}
    same |= {"maintenance_work_mem": "1GB", "random_page_cost": "1.10", "effective_io_concurrency": "200"}
    same |= {"jit": "OFF", "max_parallel_workers_per_gather": "0"}
    assert pg_settings.differences(same) == {}
    assert "the figures count for them" in "\n".join(pg_settings.lines(same))


def test_the_search_table_prints_the_settings_beside_postgresql_figures():
    case = {"key": "a", "label": "two words", "p50_ms": 10.0, "p95_ms": 12.0, "runs": 3, "queries": 6}
    result = {"count": 1_000, "vendor": "postgresql", "cases": [{**case, "status": 200}]}
    lines = report.search_table({"postgres": result | {"server_settings": STOCK}})
    assert any("server settings (SHOW)" in line for line in lines)
    assert not any("SHOW" in line for line in report.search_table({"sqlite": result | {"vendor": "sqlite"}}))


@pytest.mark.django_db
def test_settings_are_read_from_the_server():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL settings")
    found = pg_settings.read(connection)
    assert set(found) == set(pg_settings.SHOWN)
    assert found["jit"] in ("on", "off")
