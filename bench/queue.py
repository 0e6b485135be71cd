"""`import_postings --queue --wait` over generated posting files, with N local Celery worker processes.

The workers run against the Redis at BENCH_REDIS_URL (default redis://127.0.0.1:6379/6, a database of the
bench's own, emptied before and after) and the scenario's database. They are started and answering before
the clock starts; the timed call sends every batch, waits for the workers and builds the report. Without
Redis the scenario returns the reason instead of figures.
"""

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import generate

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
ROOT = Path(__file__).resolve().parent.parent
READY_SECONDS = 60


def run_import_queue(count: int, *, workers: int, apply_migrations: bool = True) -> dict:
    """Time a queued import of `count` postings through `workers` worker processes on this machine."""
    import redis
    from django.conf import settings
    from django.core.management import CommandError, call_command

    from jobboard.celery import app
    from postings.models import Role, Source

    from .load import migrate

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=5)
    try:
        client.flushdb()
    except redis.RedisError as exc:
        return {"error": f"Redis is not reachable at {REDIS_URL} ({exc}): no queued import timed"}
    if apply_migrations:
        migrate()
    settings.CELERY_BROKER_URL = REDIS_URL
    app.conf.update(broker_url=REDIS_URL, result_backend=REDIS_URL)
    process = _workers(workers)
    try:
        _wait_ready(app)
        with tempfile.TemporaryDirectory(prefix="bench-queue-") as folder:
            for name, text in generate.postings(count):
                Path(folder, name).write_text(text)
            out = io.StringIO()
            load, started = os.getloadavg()[0], time.perf_counter()
            with contextlib.suppress(CommandError):  # files that fail are counted in the report
                call_command(
                    "import_postings",
                    folder,
                    queue=True,
                    wait=True,
                    format="json",
                    stdout=out,
                    stderr=io.StringIO(),
                )
            seconds = time.perf_counter() - started
    finally:
        process.terminate()
        process.communicate(timeout=60)
        client.flushdb()
    report = json.loads(out.getvalue())
    return {
        "count": count,
        "workers": workers,
        "seconds": seconds,
        "rate": count / seconds,
        "load_average": [load, os.getloadavg()[0]],
        "files": report["files"],
        "roles": Role.objects.count(),
        "sources": Source.objects.count(),
    }


def _workers(concurrency: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "celery", "-A", "jobboard", "worker", "--concurrency", str(concurrency)]
    command += ["--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    command += ["--hostname", f"jobboard-bench-{os.getpid()}@%h"]
    env = os.environ | {"CELERY_BROKER_URL": REDIS_URL, "CELERY_RESULT_BACKEND": REDIS_URL}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_ready(app) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if app.control.ping(timeout=1):
            return
    raise RuntimeError(f"the Celery workers did not answer within {READY_SECONDS} s")
