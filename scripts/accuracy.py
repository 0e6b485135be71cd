"""Score the parser on a folder of real postings, by field class: `python scripts/accuracy.py FOLDER...`.

Each FOLDER holds posting files and a truth.json (tests/data/real/batch-NN). The report comes from
`import_postings --dry-run --format json` into a throw-away SQLite database, and is scored by the reviewers'
scorer (tests/data/score_report.py); this script only adds the split by field class that docs/accuracy.md
records for every batch. With ACCURACY_REPORTS=DIR each folder's report is also kept as DIR/<folder>.json.
"""

import io
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSES = {
    "company": "employer", "title": "title", "team": "title", "seniority": "title",
    "employment_type": "terms", "min_years_experience": "terms", "posted_at": "terms",
    "relocation_assistance": "places", "work_mode": "remote", "remote_restriction": "remote",
    "location": "places", "country": "places", "pay": "pay", "estimate": "pay", "skill": "skills",
    "junk": "junk", "imported": "imported", "not": "imported", "merged": "merging",
}  # fmt: skip


def field_class(field: str) -> str:
    head = field.replace(".", " ").split(" ")[0]
    return CLASSES.get(head, head)


def report_for(folder: Path) -> dict:
    files = sorted(str(p) for p in folder.iterdir() if p.name not in ("truth.json", "MANIFEST.json"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/score.sqlite3", "DEBUG": "1"}
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
        run = subprocess.run(
            [*manage, "import_postings", *files, "--dry-run", "--format", "json"],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
    return json.loads(run.stdout)


def score(folder: Path) -> tuple[Counter, Counter, str]:
    sys.path.insert(0, str(ROOT / "tests" / "data"))
    import score_report

    ok, total = Counter(), Counter()
    original = score_report.Score.check

    def check(self, where, field, want, got, same):
        total[field_class(field)] += 1
        ok[field_class(field)] += bool(same)
        original(self, where, field, want, got, same)

    score_report.Score.check = check
    with tempfile.NamedTemporaryFile("w", suffix=".json") as report, redirect_stdout(io.StringIO()) as out:
        got = report_for(folder)
        if os.environ.get("ACCURACY_REPORTS"):  # keep each folder's report for reading misses
            keep = Path(os.environ["ACCURACY_REPORTS"]) / f"{folder.name}.json"
            keep.parent.mkdir(parents=True, exist_ok=True)
            keep.write_text(json.dumps(got, ensure_ascii=False, indent=1))
        json.dump(got, report)
        report.flush()
        score_report.main(report.name, str(folder / "truth.json"))
    score_report.Score.check = original
    return ok, total, out.getvalue()


def main(folders: list[str]) -> None:
    for name in folders:
        ok, total, printed = score(Path(name))
        print(printed.rstrip())
        print(" | ".join(f"{c} {100 * ok[c] / total[c]:.0f}% ({ok[c]}/{total[c]})" for c in sorted(total)))
        # The scorer counts 12 more fields, all missed, for each posting that was not imported.
        print(f"fields lost with postings not imported: {12 * (total['imported'] - ok['imported'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
