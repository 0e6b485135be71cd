"""PostgreSQL settings: what the benchmarked server runs with, beside what docs/deploy.md documents.

The bench's PostgreSQL figures count for the documented settings; printing the server's own beside them
says when a run was made on something else (a stock server's 128 MB shared_buffers, say).
"""

import re

# docs/deploy.md, "PostgreSQL settings" (a test checks that the page states each of these values).
DOCUMENTED = {
    "shared_buffers": "6GB",
    "effective_cache_size": "18GB",
    "work_mem": "32MB",
    "maintenance_work_mem": "1GB",
    "random_page_cost": "1.1",
    "effective_io_concurrency": "200",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
}
# Shown but not compared: statement_timeout is set per role (the web role's), not for the server.
SHOWN = ("server_version", *DOCUMENTED, "statement_timeout")
_UNITS = {"kB": 1, "MB": 1024, "GB": 1024**2, "TB": 1024**3}
_MEMORY = re.compile(r"^(\d+)\s*(kB|MB|GB|TB)$")


def read(connection) -> dict[str, str]:
    """SHOW each setting on a Django connection to PostgreSQL."""
    found = {}
    with connection.cursor() as cursor:
        for name in SHOWN:
            cursor.execute(f"SHOW {name}")
            found[name] = cursor.fetchone()[0]
    return found


def _value(text: str) -> object:
    """A comparable value: memory in kB, numbers as floats, anything else as lower-case text."""
    text = text.strip()
    if match := _MEMORY.match(text):
        return int(match[1]) * _UNITS[match[2]]
    try:
        return float(text)
    except ValueError:
        return text.lower()


def differences(settings: dict[str, str]) -> dict[str, tuple[str, str]]:
    """{name: (server's value, documented value)} for every documented setting the server differs on."""
    return {
        name: (settings[name], documented)
        for name, documented in DOCUMENTED.items()
        if name in settings and _value(settings[name]) != _value(documented)
    }


def lines(settings: dict[str, str], indent: str = "  ") -> list[str]:
    """The server's settings and how they compare with docs/deploy.md, for the bench's report."""
    shown = ", ".join(f"{name} {settings[name]}" for name in SHOWN if name in settings)
    out = [f"{indent}server settings (SHOW): {shown}"]
    differing = differences(settings)
    if not differing:
        out.append(f"{indent}these are the settings docs/deploy.md documents: the figures count for them")
        return out
    differ = ", ".join(f"{name} {ours} (documented {theirs})" for name, (ours, theirs) in differing.items())
    out.append(f"{indent}figures count for the settings in docs/deploy.md; this server differs: {differ}")
    return out
