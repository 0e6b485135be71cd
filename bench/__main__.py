"""python -m bench [parse|import|search|all] [--roles N] [--postings N] [--jobs 1,N] [--quick]: print figures.

Each scenario runs in its own process with its own DATABASE_URL (so SQLite and PostgreSQL never share a
connection and memory figures are per scenario); this process only orchestrates and prints the tables.
Loaded search databases are kept (bench/.cache/*.sqlite3, PostgreSQL jobboard_bench_<N>) and reused.
BENCH_PG_URL names the PostgreSQL server and BENCH_PG_DB the prefix of the bench's database names (two
checkouts with different schemas on one server need different prefixes); BENCH_PG_IMPORT_DB names the
database the import scenarios drop and create afresh (default <prefix>_import). PostgreSQL figures count for
the settings in docs/deploy.md; the report prints the server's own beside them.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import report

CACHE = Path(__file__).resolve().parent / ".cache"
PG_BASE = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
PG_PREFIX = os.environ.get("BENCH_PG_DB", "jobboard_bench")
QUEUE_WORKERS = 2  # local Celery worker processes of the queued import
BENCH_ENV = {
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DEBUG": "0",
    # A bench-only key: the settings refuse to start without one when DEBUG is off.
    "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-only-not-a-secret-" + "x" * 32,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        return _child(args)
    CACHE.mkdir(exist_ok=True)
    postings = args.postings or (2_000 if args.quick else 10_000)
    roles_sqlite = args.roles or (10_000 if args.quick else 100_000)
    roles_pg = args.roles or (10_000 if args.quick else 1_000_000)
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    if "postgres" in backends and not _pg_available():
        print(f"PostgreSQL is not reachable at {PG_BASE}: skipping its scenarios.", file=sys.stderr)
        backends.remove("postgres")
    repeats = args.repeats or (5 if args.quick else 20)
    results: dict = {}
    started = time.perf_counter()
    if args.scenario in ("parse", "all"):
        results["parse"] = _run("parse", "none", postings, None)
        _print(report.parse_table(results["parse"]))
    if args.scenario in ("import", "all"):
        results["import"] = {}
        for backend in backends:
            url = _import_database(backend)
            results["import"][backend] = _run("import", backend, postings, url)
        _print(report.import_table(results["import"]))
        results["import_command"] = {
            backend: [
                _run("import-command", backend, postings, _import_database(backend), ["--jobs", str(jobs)])
                for jobs in _jobs_list(args.jobs)
            ]
            for backend in backends
        }
        _print(report.import_command_table(results["import_command"], cores=_cores()))
        results["import_queue"] = {
            backend: _run("import-queue", backend, postings, _import_database(backend))
            for backend in backends
        }
        _print(report.import_queue_table(results["import_queue"]))
    if args.scenario in ("search", "all"):
        results["search"] = {}
        for backend in backends:
            count = roles_sqlite if backend == "sqlite" else roles_pg
            url = _search_database(backend, count)
            extra = ["--repeats", str(repeats), "--budget", str(args.budget)]
            results["search"][backend] = _run("search", backend, count, url, extra)
        _print(report.search_table(results["search"]))
    (CACHE / "last-results.json").write_text(json.dumps(results, indent=1, default=str))
    print(f"\nDone in {time.perf_counter() - started:.0f} s; raw figures in {CACHE / 'last-results.json'}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("scenario", nargs="?", default="all", choices=("parse", "import", "search", "all"))
    parser.add_argument("--roles", type=int, help="roles for search (default 100,000 SQLite / 1,000,000 PG)")
    parser.add_argument("--postings", type=int, help="postings to parse and import (default 10,000)")
    parser.add_argument("--quick", action="store_true", help="2,000 postings, 10,000 roles, 5 runs")
    parser.add_argument("--backend", default="both", choices=("sqlite", "postgres", "both"))
    parser.add_argument("--repeats", type=int, help="timed runs per search case (default 20)")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per search case (min 3 runs)")
    parser.add_argument(
        "--jobs", default=f"1,{_cores()}", help="import_postings --jobs values to time (default 1,<cores>)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    return parser


def _print(lines: list[str]) -> None:
    print("\n" + "\n".join(lines), flush=True)


def _run(
    scenario: str, backend: str, count: int, url: str | None, extra: tuple[str, ...] | list[str] = ()
) -> dict:
    """Run one scenario in a fresh process and return its result (or {"error": ...})."""
    print(f"\n-- {scenario} ({backend}, {count:,})", file=sys.stderr, flush=True)
    env = {**os.environ, **BENCH_ENV}
    if url:
        env["DATABASE_URL"] = url
    with tempfile.NamedTemporaryFile(suffix=".json", dir=CACHE, delete=False) as handle:
        out = Path(handle.name)
    command = [sys.executable, "-m", "bench", "--child", scenario, "--count", str(count), "--out", str(out)]
    try:
        done = subprocess.run([*command, *extra], env=env, cwd=Path(__file__).resolve().parent.parent)
        if done.returncode != 0:
            return {"error": f"the {scenario} process failed (exit {done.returncode}); see its output above"}
        result = json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)
    result["vendor"] = {"sqlite": "sqlite", "postgres": "postgresql"}.get(backend, backend)
    return result


def _child(args) -> int:
    import django

    for key, value in BENCH_ENV.items():
        os.environ.setdefault(key, value)
    django.setup()
    from . import scenarios

    if args.child == "parse":
        result = scenarios.run_parse(args.count)
    elif args.child == "import":
        result = scenarios.run_import(args.count)
    elif args.child == "import-queue":
        from .queue import run_import_queue

        result = run_import_queue(args.count, workers=QUEUE_WORKERS)
    elif args.child == "import-command":
        result = scenarios.run_import_command(args.count, jobs=_jobs_list(args.jobs)[0])
    else:
        result = scenarios.run_search(args.count, repeats=args.repeats or 20, budget=args.budget)
    Path(args.out).write_text(json.dumps(result, default=str))
    return 0


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _jobs_list(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def _pg_available() -> bool:
    import psycopg

    try:
        with psycopg.connect(f"{PG_BASE}/postgres", connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def _pg_admin(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_BASE}/postgres", autocommit=True) as conn:
        conn.execute(statement)


def _pg_exists(name: str) -> bool:
    import psycopg

    with psycopg.connect(f"{PG_BASE}/postgres") as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def _import_database(backend: str) -> str:
    """A fresh, empty database for the import scenario."""
    if backend == "sqlite":
        path = CACHE / "import.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    name = os.environ.get("BENCH_PG_IMPORT_DB") or f"{PG_PREFIX}_import"
    _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_admin(f'CREATE DATABASE "{name}"')
    return f"{PG_BASE}/{name}"


def _search_database(backend: str, count: int) -> str:
    """The cached database for `count` roles (created empty when missing; the child loads it)."""
    if backend == "sqlite":
        return f"sqlite:///{CACHE / f'search-{count}.sqlite3'}"
    name = f"{PG_PREFIX}_1m" if count == 1_000_000 else f"{PG_PREFIX}_{count}"
    if not _pg_exists(name):
        _pg_admin(f'CREATE DATABASE "{name}"')
    return f"{PG_BASE}/{name}"


if __name__ == "__main__":
    sys.exit(main())
