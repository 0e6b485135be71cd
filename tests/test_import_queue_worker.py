"""The queue for real: `celery -A jobboard worker` processes against the Redis at 127.0.0.1:6379 import what
`import_postings --queue --wait` sends, and two imports of the same files at once create no duplicates."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import redis
from django.db import connection

from jobboard.celery import QUEUE_OFF

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/5"  # a database of its own, emptied before and after
FILES = [
    "fixtures/seeds",
    "tests/data/postings/001_northwind-senior-backend-payments.txt",
    "tests/data/postings/002_northwind-backend-payments-ats.txt",
]
COUNT = (
    "from postings.models import Company, Role, Source; "
    "print(Company.objects.count(), Role.objects.count(), Source.objects.count())"
)
COUNTS = ["shell", "--verbosity", "0", "-c", COUNT]


@pytest.fixture
def redis_db():
    """Redis database 5, empty; the test is skipped when Redis does not answer within a second."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(
            f"Redis is not reachable at {REDIS_URL} ({exc}), so no real worker can run: start redis-server "
            "to run this test (the queue's import path is also tested in eager mode in test_import_queue.py)"
        )
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def database_url(tmp_path) -> str:
    """A database the worker processes share with the test: PostgreSQL's test database, or a migrated
    SQLite file (the SQLite test database lives in this process's memory)."""
    if connection.vendor == "postgresql":
        cfg = connection.settings_dict
        host = f"{cfg['HOST'] or '127.0.0.1'}:{cfg['PORT'] or 5432}"
        return f"postgres://{cfg['USER']}:{cfg['PASSWORD'] or ''}@{host}/{cfg['NAME']}"
    url = f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    manage("migrate", "--no-input", env=environment(url))
    return url


def environment(database_url: str, broker: str = REDIS_URL) -> dict:
    return os.environ | {"DATABASE_URL": database_url, "CELERY_BROKER_URL": broker, "DEBUG": "1"}


def manage(*args: str, env: dict) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def worker(env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "celery", "-A", "jobboard", "worker", "--concurrency", "2"]
    command += ["--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    command += ["--hostname", f"jobboard-test-{os.getpid()}@%h"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen) -> None:
    process.terminate()  # a warm shutdown: the worker finishes its tasks and closes its connections
    try:
        process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()


@pytest.mark.django_db(transaction=True)
def test_workers_import_queued_files_once_however_often_they_are_sent(redis_db, database_url):
    env = environment(database_url)
    workers = worker(env)
    try:
        command = [sys.executable, "manage.py", "import_postings", "--queue", "--wait", "--timeout", "90"]
        command += ["--format", "json", *FILES]
        runs = [
            subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        results = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], results
        reports = [json.loads(out) for out, _ in results]
        assert manage(*COUNTS, env=env).split() == ["2", "4", "6"]
        # Each role was created by exactly one of the two imports; the other found it.
        assert sum(report["summary"]["created"] for report in reports) == 4
        assert all(report["files"]["read"] == 6 and not report["errors"] for report in reports)
        again = json.loads(
            subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=120).stdout
        )
        assert again["files"] == {"read": 6, "imported": 0, "unchanged": 6, "failed": 0}
        assert manage(*COUNTS, env=env).split() == ["2", "4", "6"]
    finally:
        stop(workers)


def test_a_worker_without_a_broker_url_refuses_to_start(tmp_path):
    env = environment(f"sqlite:///{tmp_path / 'none.sqlite3'}", broker="") | {"REDIS_URL": ""}
    done = subprocess.run(
        [sys.executable, "-m", "celery", "-A", "jobboard", "worker"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0 and QUEUE_OFF in done.stderr
