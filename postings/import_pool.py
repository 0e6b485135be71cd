"""Parse posting files in worker processes and hand the results back in file order.

The parser is pure Python (no Django), so it runs in a pool of processes while the command's own process
stays the one writer: it reads each file, sends the bytes to a worker and writes what comes back in the
order the files were given, so the roles, merges and report do not depend on the number of workers. Only a
few chunks of files are in flight at a time, so memory does not grow with the number of files.

On Linux the workers are forked from the command's process: they start at once with the parser already
imported, and they are its own children, so it reaps them (a fork server or the resource tracker that the
other start methods add would outlive the command and, where PID 1 reaps nothing, linger as zombies). A
worker never touches the database connection it inherits and leaves with os._exit, so that connection is
never closed or used behind the writer's back. Workers ignore Ctrl-C: the writer stops them and waits for
them when it is interrupted. A worker that dies (a crash in a C extension, the kernel's out-of-memory
killer) costs only the file it was reading, which is reported by name; the pool starts again for the rest.
"""

import functools
import logging
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

from .parsing.posting import ParsedPosting, parse_all

logger = logging.getLogger(__name__)
CHUNKS_PER_WORKER = 2  # chunks in flight per worker: one being parsed, one waiting
MAX_CHUNKSIZE = 16
WORKER_NICENESS = 10
# fork is Linux's default; macOS and Windows start fresh interpreters (fork is unsafe or missing there).
START_METHOD = "fork" if sys.platform == "linux" else "spawn"


@dataclass(frozen=True)
class FileJob:
    """A file's name and bytes, or why it could not be read (reported in its place in the order)."""

    name: str
    data: bytes = b""
    error: str | None = None


@dataclass(frozen=True)
class ParsedFile:
    """The postings parsed from one file, or the one-line reason it could not be read."""

    name: str
    postings: tuple[ParsedPosting, ...] = ()
    error: str | None = None


def parse_file(job: FileJob, *, budget: float | None) -> ParsedFile:
    """Parse one file; the parser never raises on odd input, so an exception here is a bug, reported."""
    if job.error is not None:
        return ParsedFile(job.name, error=job.error)
    try:
        return ParsedFile(job.name, tuple(parse_all(job.data, filename=job.name, budget=budget)))
    except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the run or show a traceback
        logger.exception("parsing %s failed", job.name)
        return ParsedFile(job.name, error=f"internal error while importing ({type(exc).__name__}: {exc})")


def parse_chunk(jobs: list[FileJob], *, budget: float | None) -> list[ParsedFile]:
    """Parse a chunk of files in a worker (one round trip for several small files)."""
    return [parse_file(job, budget=budget) for job in jobs]


def chunksize_for(files: int, workers: int) -> int:
    """About four chunks per worker over the run, so the work stays balanced, and never huge ones."""
    return max(1, min(MAX_CHUNKSIZE, files // (4 * max(1, workers))))


class ParsePool:
    """Parse files in `workers` processes (in this process when one), yielding results in file order.

    Use it as a context manager: leaving the block early (--strict, an error, Ctrl-C) stops the workers
    at once instead of waiting for the files they are reading.
    """

    def __init__(self, *, workers: int, budget: float | None) -> None:
        self.workers = workers
        self.budget = budget
        self._executor: ProcessPoolExecutor | None = None
        self._generation = 0
        self._drained = True  # every file handed out has come back (nothing left to stop)

    def __enter__(self) -> "ParsePool":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close(stop=exc_info[0] is not None or not self._drained)

    def imap(self, jobs: Iterable[FileJob], *, chunksize: int = 1) -> Iterator[ParsedFile]:
        """The parsed files in the order of `jobs`, reading at most a few chunks ahead."""
        if self.workers <= 1:
            yield from (parse_file(job, budget=self.budget) for job in jobs)
            return
        self._drained = False
        chunks = _chunks(jobs, chunksize)
        pending = deque(self._submit(chunk) for chunk in islice(chunks, self.workers * CHUNKS_PER_WORKER))
        while pending:
            sent = pending.popleft()
            if (more := next(chunks, None)) is not None:
                pending.append(self._submit(more))
            yield from self._results(sent)
        self._drained = True

    def close(self, *, stop: bool = False) -> None:
        """Shut the workers down and wait for them; `stop` kills busy ones instead of waiting."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if stop:
            _terminate(executor)
        executor.shutdown(wait=True, cancel_futures=True)

    def _submit(self, chunk: list[FileJob]) -> "_Sent":
        if self._executor is None:
            context = multiprocessing.get_context(START_METHOD)
            self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_worker_start)
            self._generation += 1
        future = self._executor.submit(functools.partial(parse_chunk, budget=self.budget), chunk)
        return _Sent(chunk, future, self._generation)

    def _results(self, sent: "_Sent") -> list[ParsedFile]:
        try:
            return sent.future.result()
        except BrokenProcessPool:
            # A worker died and took every chunk in flight with it. Start a new pool (once per death) and
            # read this chunk again file by file, each alone, to find the file that kills a worker.
            if sent.generation == self._generation:
                self.close(stop=True)
            return [self._alone(job) for job in sent.chunk]

    def _alone(self, job: FileJob) -> ParsedFile:
        try:
            return self._submit([job]).future.result()[0]
        except BrokenProcessPool:
            self.close(stop=True)
            return ParsedFile(
                job.name, error="the parser's worker process died while reading this file; it was skipped"
            )


@dataclass(frozen=True)
class _Sent:
    """A chunk handed to the pool, its future, and which pool (a new one starts after a worker dies)."""

    chunk: list[FileJob]
    future: Future
    generation: int


def _chunks(jobs: Iterable[FileJob], size: int) -> Iterator[list[FileJob]]:
    iterator = iter(jobs)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _worker_start() -> None:
    """Ctrl-C reaches the whole process group: the writer alone decides what it stops. The writer (and the
    database serving it) is the run's critical path, so workers yield the CPU to it when cores are busy."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now (Python 3.14 has terminate_workers(); before it only the private table)."""
    if hasattr(executor, "terminate_workers"):
        executor.terminate_workers()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
