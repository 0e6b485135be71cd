"""python -m bench.peer [--roles N] [--repeats N] [--quick]: jobboard beside Datasette on the same roles.

Both serve the bench's SQLite roles on loopback: jobboard with gunicorn (one sync worker, DEBUG off, as
production runs it) and Datasette (``peer_data`` builds its file and metadata). Every case is timed over
HTTP on both, interleaved request by request (which side goes first alternates), so load from other work on
the machine falls on both alike. Prints p50/p95 per side and their ratio. Both servers stop on exit,
Ctrl-C or SIGTERM.
"""

import argparse
import http.client
import importlib.util
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from . import peer_data, report
from .__main__ import BENCH_ENV, CACHE

ROOT = Path(__file__).resolve().parent.parent
NEEDS = {"datasette": "datasette", "sqlite_utils": "sqlite-utils", "gunicorn": "gunicorn"}
SEARCH = {"q": "rust infrastructure"}
FILTERS = {"seniority": "senior", "work_mode": "remote"}


@dataclass(frozen=True)
class Case:
    key: str
    label: str
    jobboard: str  # path and query on jobboard
    datasette: str  # path and query on Datasette, relative to the table's URL ("" or ".json")

    def datasette_url(self, database: str) -> str:
        return f"/{database}/{peer_data.TABLE}{self.datasette}"


def _q(params: dict) -> str:
    return urlencode(params)


CASES = (
    Case("a", "two-word search + facets", f"/?{_q(SEARCH)}", f"?{_q({'_search': SEARCH['q']})}"),
    Case(
        "b",
        "the same + seniority and work-mode filters",
        f"/?{_q({**SEARCH, **FILTERS})}",
        f"?{_q({'_search': SEARCH['q'], **FILTERS})}",
    ),
    Case(
        "c",
        "browse newest, remote",
        f"/?{_q({'work_mode': 'remote', 'sort': 'newest'})}",
        f"?{_q({'work_mode': 'remote'})}",
    ),
    Case(
        "d",
        "the same as JSON (/api/roles/ vs .json)",
        f"/api/roles/?{_q({'work_mode': 'remote', 'sort': 'newest'})}",
        f".json?{_q({'work_mode': 'remote'})}",
    ),
)
SIDES = ("jobboard", "datasette")


def missing_dependencies() -> list[str]:
    """The packages the peer bench needs that are not importable here."""
    return [package for module, package in NEEDS.items() if importlib.util.find_spec(module) is None]


def interleaved(cases: tuple[Case, ...] | list[Case], repeats: int) -> list[tuple[Case, str]]:
    """The order of timed requests: round by round, every case on both sides, alternating who goes first."""
    order = []
    for run in range(repeats):
        for index, case in enumerate(cases):
            sides = SIDES if (run + index) % 2 == 0 else SIDES[::-1]
            order.extend((case, side) for side in sides)
    return order


def free_port() -> int:
    """A port nothing listens on now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str, timeout: float = 120.0) -> tuple[int, bytes, float]:
    """GET on a new connection (gunicorn's sync worker closes each one); status, body and wall ms."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept-Encoding": "identity"})
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    return response.status, body, (time.perf_counter() - started) * 1000


class Server:
    """A server process in its own session, stopped (TERM, then KILL) by stop() or at exit."""

    def __init__(self, name: str, command: list[str], env: dict, log: Path):
        self.name, self.command, self.env, self.log = name, command, env, log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self, ready_path: str, timeout: float = 120.0) -> None:
        command = [part.format(port=self.port) for part in self.command]
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                command, env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self._log_tail()}")
            try:
                status, _, _ = fetch(self.port, ready_path, timeout=30)
            except OSError:
                time.sleep(0.2)
                continue
            if status == 200:
                return
            raise RuntimeError(f"{self.name} answered {status} for {ready_path}:\n{self._log_tail()}")
        raise RuntimeError(f"{self.name} did not answer within {timeout:.0f} s:\n{self._log_tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)  # the group this process leads: workers go with it
            except ProcessLookupError:
                return
            try:
                self.process.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def _log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-15:])


def jobboard_server(database: Path) -> Server:
    env = {
        **os.environ,
        **BENCH_ENV,
        "DATABASE_URL": f"sqlite:///{database}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }
    # One sync worker: the command line overrides any gunicorn.conf.py for workers and threads.
    command = [sys.executable, "-m", "gunicorn", "jobboard.wsgi", "--bind", "127.0.0.1:{port}"]
    command += ["--workers", "1", "--threads", "1", "--worker-class", "sync", "--timeout", "120"]
    command += ["--log-level", "warning"]
    return Server("jobboard (gunicorn)", command, env, CACHE / "peer-jobboard.log")


def datasette_server(database: Path, metadata: Path) -> Server:
    command = [sys.executable, "-m", "datasette", "serve", "-i", str(database), "--metadata", str(metadata)]
    command += ["--host", "127.0.0.1", "--port", "{port}"]
    for name, value in peer_data.settings().items():
        command += ["--setting", name, value]
    return Server("Datasette", command, dict(os.environ), CACHE / "peer-datasette.log")


def check(cases: tuple[Case, ...], jobboard: int, datasette: int, database: str) -> dict[str, dict]:
    """Each case's match count on both sides (from their JSON) and any facet Datasette gave up on."""
    found = {}
    for case in cases:
        api = case.jobboard if case.jobboard.startswith("/api/") else "/api/roles/" + case.jobboard[1:]
        ours = _json(jobboard, api)
        path = case.datasette_url(database)
        theirs = _json(datasette, path if ".json" in path else path.replace("?", ".json?", 1))
        found[case.key] = {
            "jobboard": ours["total"],
            "jobboard_estimate": ours["total_is_estimate"],
            "datasette": theirs["filtered_table_rows_count"],
            # A facet over its time limit is left out of the JSON (the HTML page names it).
            "facets_timed_out": [
                name for name in peer_data.facet_names() if name not in theirs.get("facet_results", {})
            ],
        }
    return found


def _json(port: int, path: str) -> dict:
    status, body, _ = fetch(port, path)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}")
    return json.loads(body)


def measure(cases: tuple[Case, ...], ports: dict[str, int], database: str, repeats: int) -> list[dict]:
    """Warm both sides up, then time every case interleaved; p50/p95 per side."""
    urls = {(case.key, side): case.jobboard for case in cases for side in SIDES}
    urls |= {(case.key, "datasette"): case.datasette_url(database) for case in cases}
    for _ in range(2):
        for (_, side), url in urls.items():
            status, _, _ = fetch(ports[side], url)
            if status != 200:
                raise RuntimeError(f"{side} answered {status} for {url}")
    times: dict[tuple[str, str], list[float]] = {key: [] for key in urls}
    sizes: dict[tuple[str, str], int] = {}
    order = interleaved(cases, repeats)
    for done, (case, side) in enumerate(order, start=1):
        status, body, ms = fetch(ports[side], urls[case.key, side])
        if status != 200:
            raise RuntimeError(f"{side} answered {status} for {urls[case.key, side]}")
        times[case.key, side].append(ms)
        sizes[case.key, side] = len(body)
        if done % (2 * len(cases) * 5) == 0:
            print(f"  [peer] {done:,}/{len(order):,} requests", file=sys.stderr, flush=True)
    results = []
    for case in cases:
        row = {"key": case.key, "label": case.label}
        for side in SIDES:
            row[side] = {"url": urls[case.key, side], "bytes": sizes[case.key, side]}
            row[side] |= percentiles(times[case.key, side])
        results.append(row)
    return results


def percentiles(times: list[float]) -> dict:
    ordered = sorted(times)
    return {
        "runs": len(ordered),
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
    }


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child_load:
        return _load(args.child_load)
    if missing := missing_dependencies():
        print(
            f"make bench-peer needs {', '.join(missing)}, which this Python lacks ({sys.executable}).\n"
            "Install the bench extra: `make install-dev` (or `pip install -e '.[bench]'`).",
            file=sys.stderr,
        )
        return 2
    roles = args.roles or (10_000 if args.quick else 100_000)
    repeats = args.repeats or (5 if args.quick else 25)
    CACHE.mkdir(exist_ok=True)
    source, target = CACHE / f"search-{roles}.sqlite3", CACHE / f"peer-{roles}.sqlite3"
    env = {**os.environ, **BENCH_ENV, "DATABASE_URL": f"sqlite:///{source}"}
    if subprocess.run(
        [sys.executable, "-m", "bench.peer", "--child-load", str(roles)], env=env, cwd=ROOT
    ).returncode:
        print("loading the bench's roles failed; see above", file=sys.stderr)
        return 1
    if not peer_data.is_current(source, target):
        started = time.perf_counter()
        print("  [peer] building the Datasette file with sqlite-utils ...", file=sys.stderr, flush=True)
        count = peer_data.build(source, target)
        print(f"  [peer] {count:,} roles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    try:
        result = serve_and_measure(source, target, repeats)
    except KeyboardInterrupt:
        print("\ninterrupted; both servers are stopped", file=sys.stderr)
        return 130
    result["roles"] = roles
    (CACHE / "peer-results.json").write_text(json.dumps(result, indent=1))
    print("\n" + "\n".join(report.peer_table(result)))
    if args.markdown:
        print("\n" + "\n".join(report.peer_markdown(result)))
    print(f"\nRaw figures in {CACHE / 'peer-results.json'}")
    return 0


def serve_and_measure(source: Path, target: Path, repeats: int) -> dict:
    """Start both servers, measure, and stop them whatever happens (Ctrl-C, SIGTERM and SIGHUP included)."""
    import datasette

    database = target.stem
    metadata = CACHE / "peer-metadata.json"
    metadata.write_text(json.dumps(peer_data.metadata(database), indent=1))
    servers = {"jobboard": jobboard_server(source), "datasette": datasette_server(target, metadata)}
    # SIGINT too: a shell starts background jobs with it ignored, and `kill -INT` should still stop both.
    handlers = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: _exit, signal.SIGHUP: _exit}
    previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
    try:
        servers["jobboard"].start("/robots.txt")
        servers["datasette"].start("/-/versions.json")
        ports = {side: server.port for side, server in servers.items()}
        load_before = os.getloadavg()
        totals = check(CASES, ports["jobboard"], ports["datasette"], database)
        cases = measure(CASES, ports, database, repeats)
        for case in cases:
            case["matches"] = totals[case["key"]]
        return {
            "date": time.strftime("%Y-%m-%d"),
            "cpus": os.cpu_count(),
            "load_before": load_before,
            "load_after": os.getloadavg(),
            "datasette_version": datasette.__version__,
            "peer_roles": _count(target),
            "repeats": repeats,
            "cases": cases,
        }
    finally:
        for server in servers.values():
            server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _exit(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _count(path: Path) -> int:
    import sqlite_utils

    return sqlite_utils.Database(path)[peer_data.TABLE].count


def _load(count: int) -> int:
    """In a child process with the bench's settings: make the SQLite file hold `count` roles."""
    import django

    django.setup()
    from .load import ensure

    ensure(count)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.peer", description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, help="roles in the bench's SQLite file (default 100,000)")
    parser.add_argument("--repeats", type=int, help="timed requests per case and side (default 25)")
    parser.add_argument("--quick", action="store_true", help="10,000 roles, 5 runs")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    parser.add_argument("--child-load", type=int, help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
