"""What import_postings shows while it runs and when it ends: a progress bar, and the run's counts.
export_roles and import_roles draw the same bar, counting roles instead of files.

The bar is drawn only on a terminal, redrawn at most ten times a second, and a message written while it
shows clears its line first, so errors and warnings never run into it. Anywhere else (a log file, a pipe,
cron) the run prints no progress, only its one summary line.
"""

import time
from collections import Counter
from dataclasses import dataclass, field

BAR_WIDTH = 30
REDRAW_SECONDS = 0.1
ROLE_OUTCOMES = ("created", "updated", "unchanged")
FILE_OUTCOMES = ("imported", "unchanged", "failed")


class ProgressBar:
    """Files (or another unit) done out of the total, per second and time left, on one line of a terminal."""

    def __init__(
        self, stream, total: int, *, enabled: bool, clock=time.monotonic, unit: str = "files"
    ) -> None:
        self.stream = stream
        self.unit = unit
        self.total = total
        self.enabled = enabled and total > 1
        self.clock = clock
        self._started = clock()
        self._drawn_at: float | None = None

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if done < self.total and self._drawn_at is not None and now - self._drawn_at < REDRAW_SECONDS:
            return
        self._drawn_at = now
        last = done >= self.total
        self._write(f"\r\x1b[K{self.line(done, now)}", ending="\n" if last else "")
        if last:
            self.enabled = False  # finished: messages after it need no clearing

    def clear(self) -> None:
        """Wipe the bar's line before a message is written; the next update draws it again."""
        if self.enabled and self._drawn_at is not None:
            self._write("\r\x1b[K", ending="")
            self._drawn_at = None

    def _write(self, text: str, *, ending: str) -> None:
        # Plain text: Django colours everything written to a terminal's stderr as an error by default.
        self.stream.write(text, style_func=_plain, ending=ending)

    def line(self, done: int, now: float) -> str:
        filled = BAR_WIDTH * done // self.total
        elapsed = now - self._started
        rate = done / elapsed if elapsed > 0 else 0.0
        left = f"{_clock((self.total - done) / rate)} left" if rate and done < self.total else ""
        return (
            f"[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {done:,}/{self.total:,} {self.unit}"
            f" {100 * done // self.total:>3}%  {rate:,.1f} {self.unit}/s  {left}"
        ).rstrip()


def _plain(text: str) -> str:
    return text


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


@dataclass
class Tally:
    """A run's counts: files by what became of them, roles by their best outcome, merged roles."""

    roles: dict[int, str] = field(default_factory=dict)
    files: Counter = field(default_factory=Counter)
    merged: set[int] = field(default_factory=set)

    def copy(self) -> "Tally":
        return Tally(dict(self.roles), Counter(self.files), set(self.merged))

    def role(self, role_id: int, outcome: str) -> None:
        """Keep a role's strongest outcome of the run (created over updated over unchanged)."""
        rank = ROLE_OUTCOMES[::-1].index
        if role_id not in self.roles or rank(outcome) > rank(self.roles[role_id]):
            self.roles[role_id] = outcome

    def role_counts(self) -> dict[str, int]:
        counts = Counter(self.roles.values())
        return {key: counts[key] for key in ROLE_OUTCOMES}

    def file_counts(self) -> dict[str, int]:
        return {"read": sum(self.files.values()), **{key: self.files[key] for key in FILE_OUTCOMES}}

    def line(self, warnings: int) -> str:
        """The run in one line: files, then roles, then how many warnings."""
        files, roles = self.file_counts(), self.role_counts()
        file_part = ", ".join(f"{files[key]:,} {key}" for key in ("read", *FILE_OUTCOMES))
        role_part = ", ".join(f"{roles[key]:,} {key}" for key in ROLE_OUTCOMES)
        merged = f"{len(self.merged):,} merged"
        return f"Files: {file_part}. Roles: {role_part}, {merged}. {_plural(warnings, 'warning')}."


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
