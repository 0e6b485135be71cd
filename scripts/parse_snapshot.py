"""Every field the parser reads from every test posting, as JSON: `python scripts/parse_snapshot.py > a.json`.

A behaviour oracle for changes that must not change behaviour (speed-ups, tidy-ups): take a snapshot before,
another after, and compare them byte for byte. It parses each file under tests/data/ (real batches, postings,
holdout) and fixtures/seeds as the importer does (bytes and file name into ``parse_all``), and the bench's
generated postings (fixed seed; ``--generated N``, default 300). Every ParsedPosting's fields are written,
raw text and body included. No time budget, so a slow machine gives the same output.
"""

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from postings.parsing.posting import parse_all  # noqa: E402

FOLDERS = ("tests/data/real", "tests/data/postings", "tests/data/holdout", "fixtures/seeds")
SKIP = {"truth.json", "MANIFEST.json"}


def posting_files() -> list[Path]:
    """The corpus's posting files, in a stable order."""
    files = (p for folder in FOLDERS for p in (ROOT / folder).rglob("*") if p.is_file())
    return sorted((p for p in files if p.name not in SKIP), key=lambda p: str(p.relative_to(ROOT)))


def generated(count: int) -> list[tuple[str, bytes]]:
    """The bench's generated postings (its fixed seed) as (file name, bytes)."""
    from bench import generate

    return [(name, text.encode()) for name, text in generate.postings(count)]


def corpus(count: int) -> list[tuple[str, str, bytes]]:
    """(label, file name, bytes) for every posting of the snapshot."""
    real = [(str(p.relative_to(ROOT)), p.name, p.read_bytes()) for p in posting_files()]
    return real + [(f"generated/{name}", name, data) for name, data in generated(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=300, help="generated postings to add (default 300)")
    args = parser.parse_args()
    out = {}
    for label, name, data in corpus(args.generated):
        out[label] = [asdict(p) for p in parse_all(data, filename=name, budget=None)]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True, default=repr)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
