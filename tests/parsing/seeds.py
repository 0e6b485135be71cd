"""The four seed postings as text, read from the project's own copies in fixtures/seeds."""

from pathlib import Path

_SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def _seed(prefix: str) -> str:
    return next(_SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


SEED_000, SEED_001, SEED_002, SEED_003 = (_seed(n) for n in ("000", "001", "002", "003"))
SEEDS = {"000": SEED_000, "001": SEED_001, "002": SEED_002, "003": SEED_003}
