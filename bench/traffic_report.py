"""Figures of `make bench-load` and `make bench-fault` from the request log, their goals, and their rows in
docs/benchmarks.md."""

import math
from dataclasses import dataclass
from pathlib import Path

from . import pg_settings

P99_GOAL_MS = 1000.0
THROUGHPUT_SHARE = 0.7  # of CPU count x 1000 / single-request p50 (issue 17)
LOAD_SECTION = "## make bench-load"
FAULT_SECTION = "## make bench-fault"
LOAD_HEADER = (
    "| date (UTC) | roles | clients × s | CPUs | load avg at start | single p50 ms | req/s (goal) | p50 ms "
    "| p99 ms (goal < 1,000) | errors (goal 0) | goals | server CPU ms a request (req/s the CPUs alone "
    "would serve) | PostgreSQL |",
    "| --- | ---: | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | --- | --- | --- |",
)
FAULT_HEADER = (
    "| date (UTC) | roles | clients × s | load avg at start | outage | before: requests / errors "
    "| during: requests / 503 / 500 / other errors | after: requests / errors (goal 0) "
    "| tracebacks in log | goals | PostgreSQL |",
    "| --- | ---: | ---: | --- | --- | --- | --- | --- | ---: | --- | --- |",
)


@dataclass(frozen=True)
class Request:
    start: float
    end: float
    kind: str
    status: int

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000

    @property
    def failed(self) -> bool:
        return not 200 <= self.status < 400


@dataclass(frozen=True)
class Goal:
    name: str
    measured: str
    target: str
    met: bool

    def line(self) -> str:
        return (
            f"  {self.name:<12}{self.measured:>14}   goal {self.target:<22}{'met' if self.met else 'MISSED'}"
        )


def read_log(path: Path) -> list[Request]:
    """The locustfile's request log: "start end kind status" a line; torn or blank lines are skipped."""
    out = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3].isdigit():
            try:
                out.append(Request(float(parts[0]), float(parts[1]), parts[2], int(parts[3])))
            except ValueError:
                continue
    return out


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.5 = median); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summarise(requests: list[Request]) -> dict:
    """Throughput over the span from the first start to the last end, p50/p99, errors by status, per kind."""
    if not requests:
        return {"requests": 0, "seconds": 0.0, "rps": 0.0, "p50_ms": 0.0, "p99_ms": 0.0, "errors": 0}
    seconds = max(r.end for r in requests) - min(r.start for r in requests)
    times = [r.ms for r in requests]
    failed = [r for r in requests if r.failed]
    kinds = sorted({r.kind for r in requests})
    return {
        "requests": len(requests),
        "seconds": seconds,
        "rps": len(requests) / seconds if seconds > 0 else 0.0,
        "p50_ms": percentile(times, 0.5),
        "p99_ms": percentile(times, 0.99),
        "errors": len(failed),
        "error_statuses": _count(r.status for r in failed),
        "kinds": {
            kind: {
                "requests": len(mine := [r.ms for r in requests if r.kind == kind]),
                "p50_ms": percentile(mine, 0.5),
                "p99_ms": percentile(mine, 0.99),
                "errors": sum(1 for r in failed if r.kind == kind),
            }
            for kind in kinds
        },
    }


def _count(values) -> dict[int, int]:
    out: dict[int, int] = {}
    for value in values:
        out[value] = out.get(value, 0) + 1
    return dict(sorted(out.items()))


def throughput_goal(cpus: int, single_p50_ms: float) -> float:
    """Issue 17: at least 70 % of CPU count x 1000 / the single-request p50 (the machine kept busy)."""
    return THROUGHPUT_SHARE * cpus * 1000 / single_p50_ms if single_p50_ms > 0 else math.inf


def load_goals(summary: dict, cpus: int, single_p50_ms: float) -> list[Goal]:
    target = throughput_goal(cpus, single_p50_ms)
    return [
        Goal(
            "throughput",
            f"{summary['rps']:,.1f} req/s",
            f">= {target:,.1f} req/s",
            summary["rps"] >= target,
        ),
        Goal(
            "p99", f"{summary['p99_ms']:,.0f} ms", f"< {P99_GOAL_MS:,.0f} ms", summary["p99_ms"] < P99_GOAL_MS
        ),
        Goal("errors", f"{summary['errors']:,}", "0", summary["errors"] == 0),
    ]


def fault_phases(requests: list[Request], down_at: float, up_at: float) -> dict[str, dict]:
    """Requests before the database went down (ended before), during (overlapping the outage) and after
    (started once it was back); errors of each by status."""
    phases: dict[str, list[Request]] = {"before": [], "during": [], "after": []}
    for r in requests:
        phase = "before" if r.end < down_at else "after" if r.start >= up_at else "during"
        phases[phase].append(r)
    out = {}
    for phase, mine in phases.items():
        failed = [r for r in mine if r.failed]
        out[phase] = {
            "requests": len(mine),
            "errors": len(failed),
            "statuses": _count(r.status for r in failed),
        }
    return out


def fault_goals(phases: dict[str, dict]) -> list[Goal]:
    during = phases["during"]["statuses"]
    not_503 = sum(count for status, count in during.items() if status != 503)
    after = phases["after"]["errors"]
    return [
        Goal("during", f"{not_503:,} not 503", "503s only", not_503 == 0),
        Goal("after", f"{after:,} errors", "0", after == 0),
    ]


def load_lines(result: dict) -> list[str]:
    """What `make bench-load` prints."""
    s, single = result["summary"], result["single"]
    lines = [
        f"== bench-load: {result['roles']:,} roles on PostgreSQL, {result['users']} clients for "
        f"{result['seconds']} s, {result['cpus']} CPUs, load average at start {_load(result['load_start'])}",
        f"  single request p50 {single['p50_ms']:.1f} ms (mean {single['mean_ms']:.1f} ms, "
        f"{single['requests']} requests one at a time, the same mix)",
        f"  {s['requests']:,} requests in {s['seconds']:.1f} s: {s['rps']:,.1f} req/s, "
        f"p50 {s['p50_ms']:,.0f} ms, p99 {s['p99_ms']:,.0f} ms, "
        f"errors {s['errors']:,} {_statuses(s.get('error_statuses', {}))}",
        "  goals (issue 17):",
        *(goal.line() for goal in load_goals(s, result["cpus"], single["p50_ms"])),
        "  by kind: requests, p50 / p99 ms, errors",
    ]
    for kind, k in s.get("kinds", {}).items():
        lines.append(
            f"    {kind:<10}{k['requests']:>7,}{k['p50_ms']:>9,.0f} /{k['p99_ms']:>7,.0f}{k['errors']:>7,}"
        )
    lines.append(
        f"  load average at the end {_load(result['load_end'])}; client CPU {result['client_cpu']:.0f} s"
    )
    if cpu := server_cpu(result):
        lines.append(
            f"  server CPU per request {cpu['per_request_ms']:.1f} ms (gunicorn {cpu['gunicorn_ms']:.1f}, "
            f"PostgreSQL {cpu['postgres_ms']:.1f}), {cpu['cores']:.2f} cores busy: the {result['cpus']} CPUs "
            f"alone would serve about {cpu['capacity']:,.0f} req/s"
        )
    return lines + pg_settings.lines(result.get("pg_settings") or {})


def server_cpu(result: dict) -> dict | None:
    """CPU ms per request of gunicorn and of PostgreSQL, cores they kept busy, and the req/s the machine's
    CPUs would serve were they the server's alone (other work on a shared machine does not change it)."""
    spent, s = result.get("server_cpu"), result["summary"]
    if not spent or not s["requests"] or not s["seconds"]:
        return None
    total = spent["gunicorn"] + spent["postgres"]
    per_request = total * 1000 / s["requests"]
    return {
        "gunicorn_ms": spent["gunicorn"] * 1000 / s["requests"],
        "postgres_ms": spent["postgres"] * 1000 / s["requests"],
        "per_request_ms": per_request,
        "cores": total / s["seconds"],
        "capacity": result["cpus"] * 1000 / per_request if per_request else 0.0,
    }


def fault_lines(result: dict) -> list[str]:
    """What `make bench-fault` prints."""
    lines = [
        f"== bench-fault: {result['roles']:,} roles, {result['users']} clients for {result['seconds']} s, "
        f"PostgreSQL down {result['outage_start']:.1f}–{result['outage_end']:.1f} s into the run, "
        f"load average at start {_load(result['load_start'])}",
    ]
    for phase, p in result["phases"].items():
        lines.append(
            f"  {phase:<7}{p['requests']:>7,} requests {p['errors']:>6,} errors {_statuses(p['statuses'])}"
        )
    lines.append(
        f"  server log: {result['tracebacks']} tracebacks, "
        f"{result['unavailable_lines']} 'database unavailable' lines"
    )
    lines.append("  goals (issue 17):")
    lines.extend(goal.line() for goal in fault_goals(result["phases"]))
    return lines + pg_settings.lines(result.get("pg_settings") or {})


def _statuses(statuses: dict) -> str:
    return (
        "(" + ", ".join(f"{status or 'no answer'}: {n:,}" for status, n in statuses.items()) + ")"
        if statuses
        else ""
    )


def _load(load: tuple | list) -> str:
    return " / ".join(f"{value:.2f}" for value in load)


def settings_cell(settings: dict[str, str]) -> str:
    """The server's settings against docs/deploy.md's, in a few words."""
    if not settings:
        return "?"
    differing = pg_settings.differences(settings)
    if not differing:
        return "as docs/deploy.md"
    return "differs: " + ", ".join(f"{name} {ours}" for name, (ours, _) in differing.items())


def _cpu_cell(result: dict) -> str:
    cpu = server_cpu(result)
    if cpu is None:
        return "?"
    split = f"{cpu['per_request_ms']:.1f} = {cpu['gunicorn_ms']:.1f} + {cpu['postgres_ms']:.1f}"
    return f"{split} ({cpu['capacity']:,.0f})"


def _verdicts(goals: list[Goal]) -> str:
    return ", ".join(f"{g.name} {'met' if g.met else 'MISSED'}" for g in goals)


def load_row(result: dict) -> str:
    s, single = result["summary"], result["single"]["p50_ms"]
    goals = load_goals(s, result["cpus"], single)
    cells = [
        result["date"], f"{result['roles']:,}", f"{result['users']} × {result['seconds']}",
        str(result["cpus"]), _load(result["load_start"]), f"{single:.1f}",
        f"{s['rps']:,.1f} (≥ {throughput_goal(result['cpus'], single):,.1f})", f"{s['p50_ms']:,.0f}",
        f"{s['p99_ms']:,.0f}", f"{s['errors']:,}", _verdicts(goals), _cpu_cell(result),
        settings_cell(result.get("pg_settings") or {}),
    ]  # fmt: skip
    return "| " + " | ".join(cells) + " |"


def fault_row(result: dict) -> str:
    p = result["phases"]
    during = p["during"]["statuses"]
    other = sum(n for status, n in during.items() if status not in (500, 503))
    cells = [
        result["date"], f"{result['roles']:,}", f"{result['users']} × {result['seconds']}",
        _load(result["load_start"]),
        f"{result['outage_start']:.0f}–{result['outage_end']:.0f} s",
        f"{p['before']['requests']:,} / {p['before']['errors']:,}",
        f"{p['during']['requests']:,} / {during.get(503, 0):,} / {during.get(500, 0):,} / {other:,}",
        f"{p['after']['requests']:,} / {p['after']['errors']:,}", str(result["tracebacks"]),
        _verdicts(fault_goals(p)), settings_cell(result.get("pg_settings") or {}),
    ]  # fmt: skip
    return "| " + " | ".join(cells) + " |"


def add_row(text: str, section: str, header: tuple[str, ...], row: str) -> str:
    """The Markdown with `row` appended to the table under `section` (the section and table are created at
    the end when missing)."""
    lines = text.splitlines()
    if section not in lines:
        return text.rstrip("\n") + "\n\n" + "\n".join([section, "", *header, row]) + "\n"
    at = lines.index(section) + 1
    end = next((i for i in range(at, len(lines)) if lines[i].startswith("## ")), len(lines))
    table = [i for i in range(at, end) if lines[i].startswith("|")]
    if table:
        lines.insert(table[-1] + 1, row)
    else:
        lines[at:at] = ["", *header, row]
    return "\n".join(lines) + "\n"
