"""Readable tables of benchmark results, each figure next to its goal."""

from . import pg_settings

PARSE_GOAL = 2000  # postings/s on one core
IMPORT_GOAL = {"postgresql": 500}  # postings/s
SEARCH_GOAL_MS = {"a": 150, "b": 150, "c": 150, "d1": 30, "d2": 30}  # p50 at 1M roles on PostgreSQL
QUERY_GOAL = 10
GOAL_ROLES = 1_000_000


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _memory(memory: dict) -> str:
    return " | ".join(
        f"{int(k):,}: {v:.0f} MiB" for k, v in sorted(memory.items(), key=lambda kv: int(kv[0]))
    )


def parse_table(result: dict) -> list[str]:
    rate = result["rate"]
    lines = [
        f"== Parse: {result['count']:,} generated postings, one core",
        f"  rate        {rate:>9,.0f} postings/s   goal >= {PARSE_GOAL:,}/s   {_verdict(rate >= PARSE_GOAL)}",
        f"  peak RSS    {_memory(result['memory_mib'])}",
        f"  shapes      {', '.join(f'{k} {v}' for k, v in sorted(result['shapes'].items()))}",
    ]
    real = result.get("real") or {}
    if real.get("count"):
        ok = real["rate"] >= PARSE_GOAL
        lines.insert(
            2,
            f"  real corpus {real['rate']:>9,.0f} postings/s   goal >= {PARSE_GOAL:,}/s   {_verdict(ok)}"
            f"   ({real['count']:,} postings in {real['files']:,} files of tests/data/real)",
        )
    if result["problems"]:
        problems = ", ".join(f"{k}: {v}" for k, v in result["problems"].items())
        lines.append(f"  not importable ({sum(result['problems'].values())}): {problems}")
    return lines


def import_table(results: dict[str, dict]) -> list[str]:
    lines = ["== Import: generated postings through postings.importing.file_import"]
    lines.append(f"  {'backend':<11}{'postings':>9}{'per s':>9}  {'goal':<18}{'peak RSS':<50}outcomes")
    for backend, result in results.items():
        if "error" in result:
            lines.append(f"  {backend:<11}{result['error']}")
            continue
        goal = IMPORT_GOAL.get(result.get("vendor", backend))
        goal_text = f">= {goal}/s {_verdict(result['rate'] >= goal)}" if goal else "-"
        outcomes = dict(result["outcomes"], failed=sum(result["failures"].values()))
        lines.append(
            f"  {backend:<11}{result['count']:>9,}{result['rate']:>9,.0f}  {goal_text:<18}"
            f"{_memory(result['memory_mib']):<50}{', '.join(f'{k} {v}' for k, v in outcomes.items())}"
        )
        if result["failures"]:
            reasons = ", ".join(f"{k}: {v}" for k, v in result["failures"].items())
            lines.append(f"  {'':<11}failed because: {reasons}")
    return lines


def import_command_table(results: dict[str, list[dict]], *, cores: int) -> list[str]:
    """import_postings --jobs N, one row per backend and N: postings/s, and by how much N workers beat one."""
    lines = [f"== Import: import_postings --jobs N over generated posting files ({cores} cores here)"]
    lines.append(f"  {'backend':<11}{'jobs':>5}{'postings':>9}{'per s':>9}{'vs 1':>7}  {'goal':<18}outcomes")
    for backend, rows in results.items():
        one = next((row["rate"] for row in rows if row.get("jobs") == 1 and "error" not in row), None)
        for row in rows:
            if "error" in row:
                lines.append(f"  {backend:<11}{row['error']}")
                continue
            goal = IMPORT_GOAL.get(row.get("vendor", backend))
            goal_text = f">= {goal}/s {_verdict(row['rate'] >= goal)}" if goal else "-"
            speedup = f"{row['rate'] / one:.2f}×" if one else "-"
            files = ", ".join(f"{k} {v}" for k, v in row["files"].items())
            lines.append(
                f"  {backend:<11}{row['jobs']:>5}{row['count']:>9,}{row['rate']:>9,.1f}{speedup:>7}  "
                f"{goal_text:<18}files: {files}; roles {row['roles']:,}, sources {row['sources']:,}"
            )
            workers = (
                f"largest worker {row['worker_memory_mib']:.0f} MiB" if row["jobs"] > 1 else "no workers"
            )
            lines.append(
                f"  {'':<11}{'':>5}CPU a posting: writer {row['writer_cpu_ms']:.1f} ms, workers "
                f"{row['worker_cpu_ms']:.1f} ms; peak RSS: writer {row['memory_mib']:.0f} MiB, {workers}; "
                f"load average {' → '.join(f'{x:.1f}' for x in row['load_average'])}"
            )
    return lines


def import_queue_table(results: dict[str, dict]) -> list[str]:
    """import_postings --queue --wait with N local Celery workers, one row per backend."""
    lines = ["== Import: import_postings --queue --wait, Celery workers on this machine (Redis broker)"]
    lines.append(f"  {'backend':<11}{'workers':>8}{'postings':>9}{'per s':>9}  outcomes")
    for backend, row in results.items():
        if "error" in row:
            lines.append(f"  {backend:<11}{row['error']}")
            continue
        files = ", ".join(f"{k} {v}" for k, v in row["files"].items())
        load = " → ".join(f"{x:.1f}" for x in row["load_average"])
        lines.append(
            f"  {backend:<11}{row['workers']:>8}{row['count']:>9,}{row['rate']:>9,.1f}  files: {files}; "
            f"roles {row['roles']:,}, sources {row['sources']:,}; load average {load}"
        )
    return lines


def search_table(results: dict[str, dict]) -> list[str]:
    lines = ["== Search page `/` (server time through the test client, DEBUG off)"]
    header = f"  {'backend':<11}{'roles':>10}  {'case':<40}{'p50 ms':>9}{'p95 ms':>9}{'runs':>5}{'SQL':>5}"
    lines.append(header + "  goal (PostgreSQL, 1M roles)")
    for backend, result in results.items():
        if "error" in result:
            lines.append(f"  {backend:<11}{result['error']}")
            continue
        for case in result["cases"]:
            label = f"({case['key']}) {case['label']}"
            prefix = f"  {backend:<11}{result['count']:>10,}  {label:<40}"
            if "error" in case:
                lines.append(f"{prefix}ERROR {case['error']}")
                continue
            lines.append(
                f"{prefix}{case['p50_ms']:>9.1f}{case['p95_ms']:>9.1f}{case['runs']:>5}{case['queries']:>5}"
                f"  {_search_goal(result, case)}"
            )
        loading = result.get("loading") or {}
        if loading.get("load_seconds"):
            lines.append(f"  {backend:<11}loaded in {loading['load_seconds']:.0f} s")
        if loading.get("rebuild_seconds") is not None:
            lines.append(f"  {backend:<11}search rebuild() took {loading['rebuild_seconds']:.0f} s")
        if result.get("server_settings"):
            lines.extend(pg_settings.lines(result["server_settings"], indent=f"  {backend:<11}"))
    return lines


def _search_goal(result: dict, case: dict) -> str:
    queries_ok = case["queries"] <= QUERY_GOAL
    text = f"<= {QUERY_GOAL} queries {_verdict(queries_ok)}"
    if case.get("status") != 200:
        text = f"HTTP {case.get('status')}; " + text
    if result.get("vendor") != "postgresql" or result["count"] < GOAL_ROLES:
        return text + "; time goal applies to PostgreSQL at 1M"
    goal = SEARCH_GOAL_MS[case["key"]]
    return f"p50 <= {goal} ms {_verdict(case['p50_ms'] <= goal)}; " + text


def ratio(ours: float, theirs: float) -> str:
    """jobboard's p50 against the peer's, said the way round that reads as a multiple."""
    if ours <= 0 or theirs <= 0:
        return "-"
    if ours >= theirs:
        return f"{ours / theirs:.1f}× slower"
    return f"{theirs / ours:.1f}× faster"


def _matches(case: dict) -> str:
    found = case.get("matches") or {}
    if not found:
        return ""
    about = "about " if found.get("jobboard_estimate") else ""
    text = f"{about}{found['jobboard']:,} / {found['datasette']:,}"
    if found.get("facets_timed_out"):
        text += f" (Datasette facets timed out: {', '.join(found['facets_timed_out'])})"
    return text


def peer_table(result: dict) -> list[str]:
    """jobboard beside Datasette, per case: p50 / p95 ms on each side and the ratio of the p50s."""
    load = " → ".join(f"{value[0]:.1f}" for value in (result["load_before"], result["load_after"]))
    lines = [
        f"== jobboard (gunicorn, 1 worker) vs Datasette {result['datasette_version']}: "
        f"{result['peer_roles']:,} open roles of the bench's {result['roles']:,} (SQLite), HTTP on loopback",
        f"   {result['repeats']} interleaved runs per case and side, {result['date']}, "
        f"{result['cpus']} CPUs, load average {load}",
        f"  {'case':<48}{'jobboard p50/p95':>18}{'Datasette p50/p95':>19}  {'ratio (p50)':<14}"
        "matches (ours / theirs)",
    ]
    for case in result["cases"]:
        ours, theirs = case["jobboard"], case["datasette"]
        lines.append(
            f"  {'(' + case['key'] + ') ' + case['label']:<48}"
            f"{ours['p50_ms']:>10.0f} / {ours['p95_ms']:<5.0f}"
            f"{theirs['p50_ms']:>11.0f} / {theirs['p95_ms']:<5.0f}"
            f"  {ratio(ours['p50_ms'], theirs['p50_ms']):<14}{_matches(case)}"
        )
    return lines


def peer_markdown(result: dict) -> list[str]:
    """The same as a Markdown table, for the README."""
    lines = [
        "| case | jobboard p50 / p95 ms | Datasette p50 / p95 ms | jobboard is | matches |",
        "| --- | --- | --- | --- | --- |",
    ]
    for case in result["cases"]:
        ours, theirs = case["jobboard"], case["datasette"]
        lines.append(
            f"| ({case['key']}) {case['label']} | {ours['p50_ms']:.0f} / {ours['p95_ms']:.0f} "
            f"| {theirs['p50_ms']:.0f} / {theirs['p95_ms']:.0f} | {ratio(ours['p50_ms'], theirs['p50_ms'])} "
            f"| {_matches(case)} |"
        )
    return lines
