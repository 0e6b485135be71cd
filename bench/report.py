"""Readable tables of benchmark results, each figure next to its goal."""

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
