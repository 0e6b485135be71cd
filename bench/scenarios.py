"""The timed scenarios, each run in its own process (see ``__main__``) and returning plain JSON-able dicts.

Figures are wall-clock times of the measured call only (generating the input is not timed) and the
process's peak resident memory (``ru_maxrss``) at checkpoints, which shows whether memory stays flat.
"""

import contextlib
import gc
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from . import generate

REAL_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real"
SEARCH_CASES = (
    ("a", "two words", "q=rust+infrastructure"),
    ("b", "two words + 3 filters", "q=rust+infrastructure&seniority=senior&work_mode=remote&pay_min=150000"),
    ("c", "common word", "q=engineer"),
    ("d1", "no query, filtered, newest, page 1", "work_mode=remote&sort=newest"),
    ("d2", "no query, filtered, newest, page 500", "work_mode=remote&sort=newest&page=500"),
)


def log(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def checkpoints(count: int) -> tuple[int, ...]:
    """Where to read memory: 2,000 / 5,000 / 10,000 of a full run, the same fractions of a short one."""
    return tuple(sorted({max(1, count * part // 10) for part in (2, 5, 10)}))


def run_parse(count: int, *, real: Path = REAL_CORPUS) -> dict:
    """Parse `count` streamed postings on one core, then the real corpus under `real`."""
    from postings.parsing.posting import parse_all

    marks, memory, busy, problems, shapes = checkpoints(count), {}, 0.0, Counter(), Counter()
    started = time.perf_counter()
    for k, (name, text) in enumerate(generate.postings(count), start=1):
        data = text.encode()
        t0 = time.perf_counter()
        parsed = parse_all(data, filename=name)
        busy += time.perf_counter() - t0
        shapes[name.rsplit("-", 1)[1].split(".")[0]] += 1
        for posting in parsed:
            if posting.problem:
                problems[posting.problem.split(" (")[0]] += 1
        if k in marks:
            memory[k] = peak_rss_mib()
            log(f"parse: {k:,} postings, {k / busy:,.0f}/s, peak RSS {memory[k]:.0f} MiB")
    return {
        "count": count,
        "seconds": busy,
        "rate": count / busy,
        "wall_seconds": time.perf_counter() - started,
        "memory_mib": memory,
        "problems": dict(problems),
        "shapes": dict(shapes),
        "real": run_parse_real(real),
    }


def run_parse_real(folder: Path = REAL_CORPUS) -> dict:
    """Parse every posting file of the real corpus (tests/data/real/batch-*) once, on one core."""
    from postings.parsing.posting import parse_all

    files = sorted(p for p in folder.glob("batch-*/*") if p.name not in ("truth.json", "MANIFEST.json"))
    busy, postings = 0.0, 0
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
        postings += len(parse_all(data, filename=path.name))
        busy += time.perf_counter() - t0
    log(f"parse: {len(files):,} real posting files, {postings / busy if busy else 0:,.0f} postings/s")
    return {"files": len(files), "count": postings, "seconds": busy, "rate": postings / busy if busy else 0.0}


def run_import(count: int, *, apply_migrations: bool = True) -> dict:
    """Import `count` streamed postings with postings.importing.file_import into a fresh database."""
    from django.db import connection

    from postings.import_cache import ImportCache
    from postings.importing import ImportProblem, file_import
    from postings.models import Role, Source

    from .load import migrate

    if apply_migrations:
        migrate()
    marks, memory, busy, outcomes, failures = checkpoints(count), {}, 0.0, Counter(), Counter()
    cache = ImportCache()  # one run, as import_postings does
    for k, (name, text) in enumerate(generate.postings(count), start=1):
        data = text.encode()
        t0 = time.perf_counter()
        try:
            results = file_import(data=data, file_name=name, cache=cache)
        except ImportProblem as exc:
            failures[str(exc).split(" (")[0]] += 1
        else:
            outcomes.update(result.outcome for result in results)
        busy += time.perf_counter() - t0
        if k in marks:
            gc.collect()
            memory[k] = peak_rss_mib()
            rate = k / busy
            log(f"import ({connection.vendor}): {k:,} postings, {rate:,.0f}/s, peak RSS {memory[k]:.0f} MiB")
    return {
        "count": count,
        "seconds": busy,
        "rate": count / busy,
        "memory_mib": memory,
        "outcomes": dict(outcomes),
        "failures": dict(failures),
        "roles": Role.objects.count(),
        "sources": Source.objects.count(),
    }


def run_import_command(count: int, *, jobs: int, apply_migrations: bool = True) -> dict:
    """`import_postings --jobs N` over `count` generated postings written as files, into a fresh database.

    The command's whole path is timed: reading the files, parsing them in N processes, writing them in file
    order from this one, and building the report. Writing the files beforehand is not timed.
    """
    from django.core.management import CommandError, call_command

    from postings.models import Role, Source

    from .load import migrate

    if apply_migrations:
        migrate()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        for name, text in generate.postings(count):
            Path(folder, name).write_text(text)
        out = io.StringIO()
        load, cpu, started = os.getloadavg()[0], _cpu_seconds(), time.perf_counter()
        with contextlib.suppress(CommandError):  # files that fail are counted in the report
            call_command(
                "import_postings", folder, jobs=jobs, format="json", stdout=out, stderr=io.StringIO()
            )
        seconds = time.perf_counter() - started
        writer_cpu, worker_cpu = (after - before for after, before in zip(_cpu_seconds(), cpu, strict=True))
    report = json.loads(out.getvalue())
    log(f"import_postings --jobs {jobs}: {count:,} postings, {count / seconds:,.0f}/s")
    return {
        "count": count,
        "jobs": jobs,
        "seconds": seconds,
        "rate": count / seconds,
        "memory_mib": peak_rss_mib(),
        "worker_memory_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        # CPU per posting says what the wall clock cannot on a shared machine: where the work went.
        "writer_cpu_ms": 1000 * writer_cpu / count,
        "worker_cpu_ms": 1000 * worker_cpu / count,
        "load_average": [load, os.getloadavg()[0]],
        "summary": report["summary"],
        "files": report["files"],
        "roles": Role.objects.count(),
        "sources": Source.objects.count(),
    }


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its ended children (the parse workers)."""
    mine, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return mine.ru_utime + mine.ru_stime, children.ru_utime + children.ru_stime


def run_search(count: int, *, repeats: int, budget: float, **load_options) -> dict:
    """Load (or reuse) `count` roles, then time the search page for each case."""
    from django.db import connection
    from django.test import Client

    from .load import ensure

    loading = ensure(count, **load_options)
    if not connection.in_atomic_block:  # (tests run in one)
        # A fresh session: the loader's SETs (maintenance_work_mem for index builds) are not to be shown.
        connection.close()
    client = Client()
    cases = []
    for key, label, query in SEARCH_CASES:
        case = {"key": key, "label": label, "url": f"/?{query}"}
        try:
            case |= _time_page(client, case["url"], repeats=repeats, budget=budget)
        except Exception as exc:  # noqa: BLE001 - a broken page is a result to report, not a crash
            case["error"] = f"{type(exc).__name__}: {exc}"[:300]
            log(f"search {key}: {case['error']}")
        else:
            figures = f"p50 {case['p50_ms']:.1f} ms, p95 {case['p95_ms']:.1f} ms"
            log(f"search {key}: {figures}, {case['queries']} queries")
        cases.append(case)
    result = {"count": count, "vendor": connection.vendor, "loading": loading, "cases": cases}
    if connection.vendor == "postgresql":
        from . import pg_settings

        result["server_settings"] = pg_settings.read(connection)
    return result


def _time_page(client, url: str, *, repeats: int, budget: float) -> dict:
    """Median and p95 of the page's server time, and its SQL queries (counted in a separate run)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm-up: caches, connection, first touch of pages
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < repeats:
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        if len(times) >= 3 and time.perf_counter() - started > budget:
            break
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times.sort()
    return {
        "runs": len(times),
        "status": response.status_code,
        "bytes": len(response.content),
        "p50_ms": statistics.median(times),
        "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
        "queries": len(queries),
        "slowest_sql_ms": max((float(q["time"]) * 1000 for q in queries.captured_queries), default=0.0),
        "slowest_sql": max(queries.captured_queries, key=lambda q: float(q["time"]), default={}).get(
            "sql", ""
        )[:400],
    }
