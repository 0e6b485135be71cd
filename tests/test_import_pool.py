"""ParsePool: files parsed in worker processes come back in file order; a dying worker costs one file.

No Django here: the worker processes import this module to find the stand-in parsers below.
"""

import os
import time

import pytest

from postings import import_pool
from postings.import_pool import FileJob, ParsePool, chunksize_for

POSTING = "{title}\nat Fernway Analytics\nLondon, UK\n\nWhat you'll do:\n- Build dashboards in SQL.\n"
TITLES = ["Data Analyst", "Backend Engineer", "Nurse", "Accountant", "Welder", "Chef", "Librarian"]
real_parse_chunk = import_pool.parse_chunk


def dies_on_crash_files(jobs, *, budget):
    """Stands in for a parser that kills its process (a C extension's crash) on one file."""
    if any("crash" in os.path.basename(job.name) for job in jobs):
        os._exit(70)
    return real_parse_chunk(jobs, budget=budget)


def hangs_on_slow_files(jobs, *, budget):
    if any("slow" in os.path.basename(job.name) for job in jobs):
        time.sleep(60)
    return real_parse_chunk(jobs, budget=budget)


def _jobs(names=None) -> list[FileJob]:
    names = names or [f"{n}.txt" for n in range(len(TITLES))]
    return [
        FileJob(name, POSTING.format(title=TITLES[i % len(TITLES)]).encode()) for i, name in enumerate(names)
    ]


def _summary(parsed_files) -> list[tuple]:
    return [(p.name, p.error, tuple(posting.title for posting in p.postings)) for p in parsed_files]


@pytest.mark.parametrize("chunksize", [1, 3])
def test_workers_give_the_files_back_in_order_as_this_process_parses_them(chunksize):
    jobs = [*_jobs(), FileJob("unreadable.txt", error="cannot be read (Permission denied)")]
    with ParsePool(workers=1, budget=10) as pool:
        alone = _summary(pool.imap(jobs))
    with ParsePool(workers=2, budget=10) as pool:
        parallel = _summary(pool.imap(jobs, chunksize=chunksize))
    assert parallel == alone
    assert [title for _, _, (title,) in alone[:7]] == TITLES
    assert alone[-1] == ("unreadable.txt", "cannot be read (Permission denied)", ())


def test_a_worker_that_dies_costs_only_the_file_it_was_reading(monkeypatch):
    monkeypatch.setattr(import_pool, "parse_chunk", dies_on_crash_files)
    names = ["a.txt", "b.txt", "c-crash.txt", "d.txt", "e.txt", "f-crash.txt", "g.txt"]
    with ParsePool(workers=2, budget=10) as pool:
        parsed = _summary(pool.imap(_jobs(names), chunksize=2))
    assert [name for name, _, _ in parsed] == names
    failed = {name: error for name, error, _ in parsed if error}
    assert set(failed) == {"c-crash.txt", "f-crash.txt"}
    assert all("worker process died while reading this file" in error for error in failed.values())
    assert all(titles for name, error, titles in parsed if not error)


def test_leaving_early_stops_busy_workers_instead_of_waiting_for_them(monkeypatch):
    monkeypatch.setattr(import_pool, "parse_chunk", hangs_on_slow_files)
    started = time.perf_counter()
    with ParsePool(workers=2, budget=10) as pool:
        first = next(pool.imap(_jobs(["a.txt", "b-slow.txt", "c-slow.txt", "d.txt"]), chunksize=1))
    assert first.name == "a.txt"
    assert time.perf_counter() - started < 20  # the slow files sleep for 60 s


@pytest.mark.parametrize(
    "files, workers, expected", [(3, 2, 1), (80, 2, 10), (10_000, 2, import_pool.MAX_CHUNKSIZE)]
)
def test_chunks_are_small_for_few_files_and_bounded_for_many(files, workers, expected):
    assert chunksize_for(files, workers) == expected


def test_the_pool_reads_only_a_few_chunks_ahead_of_the_writer():
    read = []

    def jobs():
        for job in _jobs([f"{n}.txt" for n in range(200)]):
            read.append(job.name)
            yield job

    with ParsePool(workers=2, budget=10) as pool:
        results = pool.imap(jobs(), chunksize=3)
        first = next(results)
        ahead = len(read)
        rest = list(results)
    assert first.name == "0.txt" and len(rest) == 199
    assert ahead <= 3 * (2 * import_pool.CHUNKS_PER_WORKER + 1)  # not the 200 files
