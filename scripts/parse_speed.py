"""Parse speed on one core: `python scripts/parse_speed.py [--profile N]`.

Postings per second over the real corpus (tests/data/ and fixtures/seeds, as parse_snapshot.py reads it)
and over the bench's generated postings, best of `--repeat` runs in this one process, timed in CPU seconds
(process time) so that other work on a shared machine counts less. `--profile N` prints
cProfile's N costliest functions (by own time and by cumulative time) for one pass over both instead.
"""

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parse_snapshot import generated, posting_files  # noqa: E402

from postings.parsing.posting import parse_all  # noqa: E402


def clear_caches() -> None:
    """Empty the parser's bounded caches, so that a pass does not profit from the one before it."""
    for name in [n for n in sys.modules if n.startswith("postings.parsing.")]:
        for value in list(vars(sys.modules[name]).values()):
            if callable(getattr(value, "cache_clear", None)) and value.cache_parameters()["maxsize"]:
                value.cache_clear()


def rate(files: list[tuple[str, bytes]], repeat: int) -> tuple[float, int]:
    """Best postings/s of `repeat` passes over `files`, and the number of postings one pass yields."""
    best, count = 0.0, 0
    for _ in range(repeat):
        clear_caches()
        started, count = time.process_time(), 0
        for name, data in files:
            count += len(parse_all(data, filename=name, budget=None))
        best = max(best, count / (time.process_time() - started))
    return best, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=300, help="generated postings (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, best counts (default 3)")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest functions instead")
    args = parser.parse_args()
    real = [(p.name, p.read_bytes()) for p in posting_files()]
    made = generated(args.generated)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(rate, real + made, 1)
        stats = pstats.Stats(profile).strip_dirs()
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        return 0
    for label, files in (("real", real), ("generated", made)):
        per_s, count = rate(files, args.repeat)
        print(f"{label:<10} {count:>5} postings  {per_s:>8,.1f} postings/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
