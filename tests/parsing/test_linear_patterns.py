"""Every module-level regex of the parser stays fast on long runs of one character or a short unit.

A pattern that backtracks super-linearly ("\\s*,\\s*" from each blank of a long run, "(?:-+\\s*)+" on a
run of dashes) lets one odd or hostile posting stall the import. Each pattern is searched through a
20,000-character run of every unit below; a search that takes half a second or more, three tries running,
fails, and an alarm stops one that would not end at all (the regex engine checks signals while matching).
"""

import importlib
import pkgutil
import re
import signal
import threading
import time

import pytest

import postings.parsing

LENGTH = 20_000
LIMIT = 0.5  # seconds per pattern and unit
TRIES = 3  # a unit is slow only if every try is: a busy machine can stall one search for a moment
UNITS = (
    # single characters of each kind that posting text holds
    "a", "A", "1", " ", "\n", "\t", "\r", "\u00a0", "é",
    "-", "=", "_", "*", "~", ".", "@", "[", "]", "(", ")", "<", ">", "$", "!", "#", "|", "/", ":", ",", ";",
    "'", '"', "`", "&", "+", "%", "?", "•", "·", "–", "—", "’",
    # short units that open or continue a token
    "a@", "a.", "$1", "<!--", "[a](", "a ", "A ", "Aa ", "1,", "1 ", "a-", "A.", "1.", "- ", "a\n", "A\n",
    "$1 ", "1-", "a, ",
)  # fmt: skip


def _patterns_in(value, depth=0):
    """Compiled patterns in a module global, in order, looking into tuples, lists and dicts two deep."""
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 2 and isinstance(value, tuple | list):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _module_patterns() -> list[tuple[str, re.Pattern]]:
    found: dict[int, tuple[str, re.Pattern]] = {}
    for info in sorted(pkgutil.iter_modules(postings.parsing.__path__), key=lambda info: info.name):
        module = importlib.import_module(f"postings.parsing.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
                continue
            for index, pattern in enumerate(_patterns_in(value)):
                found.setdefault(id(pattern), (f"{info.name}.{name}[{index}]", pattern))
    return list(found.values())


PATTERNS = _module_patterns()


class _TooSlow(Exception):
    pass


def _stop(signum, frame):
    raise _TooSlow


@pytest.fixture
def alarm():
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        pytest.skip("needs a POSIX interval timer, which only the main thread can set")
    previous = signal.signal(signal.SIGALRM, _stop)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def _search(pattern: re.Pattern, text: str) -> tuple[float, bool]:
    """Seconds that searching all of ``text`` took, and whether the alarm stopped it at LIMIT."""
    start = time.perf_counter()
    stopped = False
    try:
        signal.setitimer(signal.ITIMER_REAL, LIMIT)
        try:
            for _ in pattern.finditer(text):
                pass
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _TooSlow:
        stopped = True
    return time.perf_counter() - start, stopped


def _slow_units(pattern: re.Pattern) -> list[str]:
    slow = []
    for unit in UNITS:
        text = unit * (LENGTH // len(unit))
        if isinstance(pattern.pattern, bytes):
            text = text.encode()
        for _ in range(TRIES):
            seconds, stopped = _search(pattern, text)
            if not stopped and seconds < LIMIT:
                break
        else:
            slow.append(f"{unit!r} ({'stopped after' if stopped else 'took'} {seconds:.2f} s)")
    return slow


def test_every_parsing_module_is_searched():
    modules = {name.split(".")[0] for name, _ in PATTERNS}
    assert len(PATTERNS) > 100, len(PATTERNS)
    assert {"clean", "company", "pay", "people", "places", "sections", "skills", "terms"} <= modules


def test_the_alarm_stops_a_runaway_search(alarm):
    seconds, stopped = _search(re.compile(r"(?:a+)+b"), "a" * 40)  # about 2**40 steps without the alarm
    assert stopped and seconds < LIMIT + 0.5


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_linear_on_long_runs(name, pattern, alarm):
    slow = _slow_units(pattern)
    assert not slow, (
        f"postings.parsing.{name} ({pattern.pattern[:80]!r}…) takes {LIMIT} s or more on "
        f"{LENGTH:,}-character runs of: {', '.join(slow)}"
    )
