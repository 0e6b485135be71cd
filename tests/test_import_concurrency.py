"""Two processes importing the same files at once create no duplicates (PostgreSQL advisory locks)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from postings.models import Company, Role, Source

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db(transaction=True)
def test_concurrent_imports_create_no_duplicates():
    if connection.vendor != "postgresql":
        pytest.skip(
            "concurrent writers need a server database; SQLite serialises writers with BEGIN IMMEDIATE"
        )
    cfg = connection.settings_dict
    url = (
        f"postgres://{cfg['USER']}:{cfg['PASSWORD'] or ''}@{cfg['HOST'] or '127.0.0.1'}:{cfg['PORT'] or 5432}"
    )
    env = os.environ | {"DATABASE_URL": f"{url}/{cfg['NAME']}", "DEBUG": "1"}
    command = [
        sys.executable,
        "manage.py",
        "import_postings",
        "fixtures/seeds",
        "tests/data/postings/001_northwind-senior-backend-payments.txt",
        "tests/data/postings/002_northwind-backend-payments-ats.txt",
    ]
    runs = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], results
    assert Source.objects.count() == 6
    assert Role.objects.count() == 4
    assert Company.objects.count() == 2
