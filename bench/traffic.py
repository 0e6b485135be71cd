"""python -m bench.traffic [--fault] [--roles N] [--users N] [--seconds N]: `make bench-load` / `bench-fault`.

Loads (or reuses) the bench's PostgreSQL database of N roles (BENCH_ROLES, default 100,000; bench.load),
collects static files and starts gunicorn with the repo's gunicorn.conf.py and production settings (DEBUG
off) on a free loopback port. It times the traffic mix (bench.traffic_mix) one request at a time first (the
single-request p50), then drives it with locust, headless, from N clients without pauses, and prints
req/s, p50, p99, errors and the goals of issue 17 beside them. --fault stops PostgreSQL a third of the way
in and starts it again OUTAGE seconds later (pg_ctlcluster; BENCH_PG_CLUSTER, default "15 main") and
prints the errors before, during and after the outage. The result is added to docs/benchmarks.md as a dated
row (--no-write leaves it alone). The server and locust stop, and PostgreSQL is started again, on exit,
Ctrl-C or SIGTERM.
"""

import argparse
import json
import os
import random
import resource
import shlex
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from . import traffic_mix, traffic_report
from .__main__ import BENCH_ENV, CACHE, PG_BASE, _pg_available, _search_database
from .peer import Server, fetch

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SINGLE_REQUESTS = 120
OUTAGE_SECONDS = 10


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child_prepare:
        return _prepare(args.roles, Path(args.child_prepare))
    if not _pg_available():
        print(f"make bench-load needs PostgreSQL at {PG_BASE} (BENCH_PG_URL).", file=sys.stderr)
        return 2
    cluster = os.environ.get("BENCH_PG_CLUSTER", "15 main").split()
    if args.fault and subprocess.run(["which", "pg_ctlcluster"], capture_output=True).returncode:
        print("make bench-fault restarts PostgreSQL with pg_ctlcluster, which is not here.", file=sys.stderr)
        return 2
    CACHE.mkdir(exist_ok=True)
    url = _search_database("postgres", args.roles)
    catalogue_path = CACHE / f"traffic-catalogue-{args.roles}.json"
    env = {**os.environ, **BENCH_ENV, "DATABASE_URL": url}
    command = [sys.executable, "-m", "bench.traffic", "--roles", str(args.roles), "--child-prepare"]
    if subprocess.run([*command, str(catalogue_path)], env=env, cwd=ROOT).returncode:
        print("loading the bench's roles failed; see above", file=sys.stderr)
        return 1
    server = _server(url)
    handlers = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: _exit, signal.SIGHUP: _exit}
    previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
    outage = Outage(cluster, OUTAGE_SECONDS) if args.fault else None
    try:
        _collectstatic(server.env)
        server.start("/readyz")
        result = run(args, server, traffic_mix.Catalogue.load(catalogue_path), outage)
    except KeyboardInterrupt:
        print("\ninterrupted; the server is stopped", file=sys.stderr)
        return 130
    finally:
        if outage:
            outage.ensure_up()
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    lines = traffic_report.fault_lines(result) if args.fault else traffic_report.load_lines(result)
    print("\n" + "\n".join(lines))
    (CACHE / f"traffic-{'fault' if args.fault else 'load'}-results.json").write_text(
        json.dumps(result, indent=1)
    )
    if not args.no_write:
        _write_doc(result, fault=args.fault)
        print(f"\nAdded to {DOC.relative_to(ROOT)}; server log in {server.log}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.traffic", description=__doc__.splitlines()[0])
    parser.add_argument("--fault", action="store_true", help="restart PostgreSQL in the middle")
    parser.add_argument("--roles", type=int, default=int(os.environ.get("BENCH_ROLES", "100000")))
    parser.add_argument("--users", type=int, default=20, help="locust clients (default 20)")
    parser.add_argument("--seconds", type=int, default=60, help="length of the load (default 60)")
    parser.add_argument("--no-write", action="store_true", help="leave docs/benchmarks.md alone")
    parser.add_argument("--child-prepare", help=argparse.SUPPRESS)
    return parser


def _exit(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _prepare(roles: int, out: Path) -> int:
    """In a child process with the bench's settings: load the roles, write the Catalogue."""
    import django

    django.setup()
    from django.db import connection

    from . import pg_settings
    from .load import ensure

    ensure(roles)
    traffic_mix.catalogue().save(out)
    out.with_suffix(".settings.json").write_text(json.dumps(pg_settings.read(connection)))
    return 0


def _server(url: str) -> Server:
    env = {
        **os.environ,
        **BENCH_ENV,
        "DJANGO_SETTINGS_MODULE": "jobboard.settings",  # production's, not the bench's (caches on)
        "DATABASE_URL": url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
    }
    server = Server("gunicorn", [], env, CACHE / "traffic-server.log")
    server.command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "jobboard.wsgi"]
    server.env["BIND"] = f"127.0.0.1:{server.port}"
    return server


def _collectstatic(env: dict) -> None:
    command = [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"]
    subprocess.run(command, env=env, cwd=ROOT, check=True)


def single_requests(port: int, catalogue: traffic_mix.Catalogue, count: int = SINGLE_REQUESTS) -> dict:
    """The mix one request at a time (seeded, after one warm-up request of each kind): p50 and mean."""
    rng = random.Random(1)
    for build, _ in traffic_mix.MIX.values():
        fetch(port, build(rng, catalogue))
    times = []
    for _ in range(count):
        _, url = traffic_mix.pick(rng, catalogue)
        status, _, ms = fetch(port, url)
        times.append(ms)
    return {"requests": count, "p50_ms": statistics.median(times), "mean_ms": statistics.fmean(times)}


def run(args, server: Server, catalogue: traffic_mix.Catalogue, outage: "Outage | None") -> dict:
    """Time single requests, then the load; the result as a dict for the report."""
    load_start = os.getloadavg()
    single = single_requests(server.port, catalogue)
    print(f"  [traffic] single-request p50 {single['p50_ms']:.1f} ms; {args.users} clients for "
          f"{args.seconds} s ...", file=sys.stderr, flush=True)  # fmt: skip
    log = CACHE / "traffic-requests.log"
    log.write_text("")
    catalogue_path = CACHE / f"traffic-catalogue-{args.roles}.json"
    env = {**os.environ, "BENCH_CATALOGUE": str(catalogue_path)}
    env["BENCH_REQUEST_LOG"] = str(log)
    command = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "locustfile.py"), "--headless"]
    command += ["-u", str(args.users), "-r", str(args.users), "-t", f"{args.seconds}s", "--only-summary"]
    command += ["--host", f"http://127.0.0.1:{server.port}", "--loglevel", "WARNING", "--stop-timeout", "10"]
    cpu_before = _children_cpu()
    meter = CpuMeter(server.process.pid, database=server.env["DATABASE_URL"].rsplit("/", 1)[-1])
    meter.start()
    started = time.time()
    if outage:
        outage.schedule(started + args.seconds / 3)
    # Locust exits 1 when any request failed; the figures come from the log either way.
    with (CACHE / "traffic-locust.log").open("wb") as out:
        locust = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            locust.wait()
        finally:
            if locust.poll() is None:
                os.killpg(locust.pid, signal.SIGTERM)
                locust.wait(10)
    server_cpu = meter.stop()
    if outage:
        outage.join()
    requests = traffic_report.read_log(log)
    result = {
        "date": time.strftime("%Y-%m-%d %H:%M", time.gmtime(started)),
        "roles": args.roles,
        "users": args.users,
        "seconds": args.seconds,
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_start": load_start,
        "load_end": os.getloadavg(),
        "single": single,
        "summary": traffic_report.summarise(requests),
        "client_cpu": _children_cpu() - cpu_before,
        "server_cpu": server_cpu,
        "pg_settings": json.loads(catalogue_path.with_suffix(".settings.json").read_text()),
    }
    if outage:
        if outage.failure:
            raise RuntimeError(outage.failure)
        result["outage_start"], result["outage_end"] = outage.down_at - started, outage.up_at - started
        result["phases"] = traffic_report.fault_phases(requests, outage.down_at, outage.up_at)
        text = server.log.read_text(errors="replace")
        result["tracebacks"] = text.count("Traceback (most recent call last)")
        result["unavailable_lines"] = text.count("database unavailable:")
    return result


class CpuMeter:
    """CPU seconds that gunicorn's processes and the database's backends (PostgreSQL processes serving
    `database`) spend between start() and stop(): per request, what the server costs whatever else runs."""

    def __init__(self, server_pid: int, database: str):
        self.server_pid, self.database = server_pid, database
        self.before: dict[int, tuple[str, float]] = {}

    def _snapshot(self) -> dict[int, tuple[str, float]]:
        import psutil  # locust's dependency, so in the bench extra

        found = {}
        try:
            server = psutil.Process(self.server_pid)
            processes = [("gunicorn", p) for p in [server, *server.children(recursive=True)]]
        except psutil.NoSuchProcess:
            processes = []
        for process in psutil.process_iter(["name", "cmdline"]):
            command = " ".join(process.info["cmdline"] or [])
            if command.startswith("postgres:") and f" {self.database} " in f"{command} ":
                processes.append(("postgres", process))
        for kind, process in processes:
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue
            found[process.pid] = (kind, times.user + times.system)
        return found

    def start(self) -> None:
        self.before = self._snapshot()

    def stop(self) -> dict[str, float]:
        """{"gunicorn": seconds, "postgres": seconds} (processes that ended in between are not counted)."""
        spent = {"gunicorn": 0.0, "postgres": 0.0}
        for pid, (kind, seconds) in self._snapshot().items():
            spent[kind] += seconds - self.before.get(pid, (kind, 0.0))[1]
        return spent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Outage:
    """PostgreSQL stopped at a given time and started OUTAGE seconds later, in a thread; ensure_up() starts
    it whatever happened."""

    def __init__(self, cluster: list[str], seconds: float):
        self.cluster, self.seconds = cluster, seconds
        self.down_at = self.up_at = 0.0
        self.failure = ""
        self.thread: threading.Thread | None = None

    def _ctl(self, action: str) -> None:
        # "stop" ends every session at once (pg_ctlcluster's default "fast" mode), as a crash would.
        command = ["pg_ctlcluster", "--skip-systemctl-redirect", *self.cluster, action]
        print(f"  [traffic] {shlex.join(command)}", file=sys.stderr, flush=True)
        subprocess.run(command, check=True)

    def schedule(self, at: float) -> None:
        def cycle() -> None:
            time.sleep(max(0.0, at - time.time()))
            self.down_at = time.time()
            try:
                self._ctl("stop")
                time.sleep(self.seconds)
            except (OSError, subprocess.CalledProcessError) as exc:
                self.failure = f"stopping PostgreSQL failed: {exc}"
            finally:
                self.ensure_up()
                self.up_at = time.time()

        self.thread = threading.Thread(target=cycle, daemon=True)
        self.thread.start()

    def join(self) -> None:
        if self.thread:
            self.thread.join()

    def ensure_up(self) -> None:
        """Start the cluster unless it runs (pg_ctlcluster status: 0 running, 3 stopped)."""
        status = subprocess.run(["pg_ctlcluster", *self.cluster, "status"], capture_output=True)
        if status.returncode != 0:
            self._ctl("start")


def _write_doc(result: dict, *, fault: bool) -> None:
    text = DOC.read_text() if DOC.exists() else "# Benchmarks\n"
    if fault:
        text = traffic_report.add_row(
            text, traffic_report.FAULT_SECTION, traffic_report.FAULT_HEADER, traffic_report.fault_row(result)
        )
    else:
        text = traffic_report.add_row(
            text, traffic_report.LOAD_SECTION, traffic_report.LOAD_HEADER, traffic_report.load_row(result)
        )
    DOC.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
