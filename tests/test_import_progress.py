"""The import's progress bar (terminal only, throttled, cleared for messages) and its counts."""

import io

import pytest

from postings.import_progress import ProgressBar, Tally


class Stream:
    """Records what a Django OutputWrapper would be asked to write."""

    def __init__(self) -> None:
        self.out = io.StringIO()

    def write(self, text: str, style_func=None, ending: str = "\n") -> None:
        self.out.write(text + ending)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_shows_files_rate_and_time_left_and_ends_its_line():
    stream, clock = Stream(), Clock()
    bar = ProgressBar(stream, 200, enabled=True, clock=clock)
    clock.now = 10.0
    bar.update(50)
    assert stream.out.getvalue() == (
        "\r\x1b[K[#######                       ] 50/200 files  25%  5.0 files/s  0:30 left"
    )
    clock.now = 40.0
    bar.update(200)
    assert stream.out.getvalue().endswith(
        "\r\x1b[K[##############################] 200/200 files 100%  5.0 files/s\n"
    )


def test_the_bar_is_redrawn_at_most_ten_times_a_second():
    stream, clock = Stream(), Clock()
    bar = ProgressBar(stream, 1000, enabled=True, clock=clock)
    for done in range(1, 100):
        clock.now = done * 0.01  # a file every 10 ms
        bar.update(done)
    assert stream.out.getvalue().count("\r\x1b[K[") == 10


def test_clearing_wipes_the_line_once_and_the_next_update_draws_again():
    stream, clock = Stream(), Clock()
    bar = ProgressBar(stream, 10, enabled=True, clock=clock)
    bar.update(1)
    bar.clear()
    bar.clear()
    clock.now = 0.01  # within the redraw interval: still drawn, the line was wiped
    bar.update(2)
    assert stream.out.getvalue().count("\r\x1b[K") == 3
    assert stream.out.getvalue().endswith("2/10 files  20%  200.0 files/s  0:00 left")


@pytest.mark.parametrize("enabled, total", [(False, 100), (True, 1)])
def test_no_bar_off_a_terminal_or_for_one_file(enabled, total):
    stream = Stream()
    bar = ProgressBar(stream, total, enabled=enabled)
    bar.update(1)
    bar.clear()
    assert stream.out.getvalue() == ""


def test_a_role_keeps_its_strongest_outcome_and_files_are_counted():
    tally = Tally()
    for role_id, outcome in [
        (1, "unchanged"),
        (1, "updated"),
        (2, "created"),
        (2, "updated"),
        (3, "unchanged"),
    ]:
        tally.role(role_id, outcome)
    tally.files.update(imported=2, failed=1)
    tally.merged.add(2)
    assert tally.roles == {1: "updated", 2: "created", 3: "unchanged"}
    assert tally.file_counts() == {"read": 3, "imported": 2, "unchanged": 0, "failed": 1}
    assert tally.line(warnings=1) == (
        "Files: 3 read, 2 imported, 0 unchanged, 1 failed. "
        "Roles: 1 created, 1 updated, 1 unchanged, 1 merged. 1 warning."
    )
