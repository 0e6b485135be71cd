"""A time budget for reading one posting, so no input can stall an import.

The patterns are written to run in linear time and the text is capped, but a posting is untrusted input
and one slow path must cost one file, not the run. Python's regex engine checks for signals while it
matches, so a SIGALRM timer interrupts even a runaway match. Timers exist only on the main thread of a
POSIX process; elsewhere (a web worker's thread) the budget is not enforced and the caps alone bound
the work.
"""

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(BaseException):  # noqa: N818 - not an error of the input, and no handler may swallow it
    """Raised inside the parser when its time budget runs out."""


def _raise(signum, frame) -> None:
    raise OverBudget


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` have passed (when a timer can be set here)."""
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # never cut short someone else's timer
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
