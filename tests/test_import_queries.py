"""How many SQL queries an import costs: each role row is written once and nothing is read twice."""

from pathlib import Path

import pytest

from postings.importing import file_import

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "000_c3544221d691cd20.txt"
# Plus one since roles have a state history (the new role's first RoleStatusChange row).
# Measured 2026-12-01 into an empty database (new company, skills and place): 23 on PostgreSQL, 20 on SQLite
# (no advisory lock, id allocation or collation check). Before every column was computed ahead of one INSERT:
# 41 and 40 (savepoints, the role row written then updated twice, a query per place and per skill).
MAX_QUERIES = 24


def test_a_one_file_import_runs_a_bounded_number_of_queries(django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        [outcome] = file_import(data=SEED.read_bytes(), file_name=SEED.name)
    assert outcome.outcome == "created"
