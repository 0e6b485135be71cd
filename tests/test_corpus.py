"""Varied postings under tests/data, scored by the reviewers' scorer.

`postings/` (41 files) covers shapes the seeds do not: other companies, currencies, hourly and daily pay,
remote-only with a country restriction, HTML with JSON-LD, JSON, Windows-1252, duplicate pairs and near
misses. `holdout/` (30 files) was written by someone who never saw the parser: job-board and ATS page
shapes, other languages and currencies. The thresholds guard against regressions; the printed misses say
what is still wrong.
"""

import contextlib
import io
import json
import re
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parent / "data"
# The real postings of tests/data/real are scored too, a little under today's figures so that a change that
# loses ground fails; docs/accuracy.md keeps each batch's first-seen score.
MIN_SCORE = {
    "postings": 99.0,
    "holdout": 90.0,
    "real/batch-01": 84.0,
    "real/batch-02": 78.0,
    "real/batch-03": 79.0,
    "real/batch-04": 76.0,
    "real/batch-05": 78.0,
    "real/batch-06": 68.0,
    "real/batch-07": 64.0,
    "real/batch-08": 68.0,
    "real/batch-09": 73.0,
    "real/batch-10": 73.0,
    "real/batch-11": 74.0,
    "real/batch-12": 74.0,
    "real/batch-13": 72.0,
    "real/batch-14": 70.0,
    "real/batch-15": 67.0,
    "real/batch-16": 69.0,
    "real/batch-17": 58.0,
    "real/batch-18": 58.0,
    "real/batch-19": 62.0,
    "real/batch-20": 60.0,
    "real/batch-21": 61.0,
    "real/batch-22": 66.0,
    "real/batch-23": 52.0,
    "real/batch-24": 66.0,
    "real/batch-25": 66.0,
    "real/batch-26": 66.0,
    "real/batch-27": 63.0,
    "real/batch-28": 72.0,
    "real/batch-29": 68.0,
    "real/batch-30": 62.0,
    "real/batch-31": 59.0,
    "real/batch-32": 61.0,
    "real/batch-33": 55.0,
    "real/batch-34": 57.0,
    "real/batch-35": 57.0,
    "real/batch-36": 64.0,
    "real/batch-37": 58.0,
    "real/batch-38": 61.0,
    "real/batch-39": 62.0,
    "real/batch-40": 61.0,
    "real/batch-41": 64.0,
    "real/batch-42": 65.0,
    "real/batch-43": 63.0,
    "real/batch-44": 57.0,
    "real/batch-45": 55.0,
    "real/batch-46": 68.0,
    "real/batch-47": 66.0,
    "real/batch-48": 58.0,
    "real/batch-49": 63.0,
    "real/batch-50": 67.0,
    "real/batch-51": 60.0,
    "real/batch-52": 63.0,
    "real/batch-53": 61.0,
    "real/batch-54": 64.0,
    "real/batch-55": 64.0,
    "real/batch-56": 61.0,
    "real/batch-57": 61.0,
    "real/batch-58": 65.0,
    "real/batch-59": 58.0,
    "real/batch-60": 68.0,
    "real/batch-61": 68.0,
    "real/batch-62": 67.0,
    "real/batch-63": 63.0,
    "real/batch-64": 65.0,
    "real/batch-65": 66.0,
    "real/batch-66": 72.0,
    "real/batch-67": 64.0,
}


def _truth(corpus: str) -> list[dict]:
    return json.loads((DATA / corpus / "truth.json").read_text())


@pytest.fixture(scope="module", params=sorted(MIN_SCORE))
def corpus(request, django_db_setup, django_db_blocker) -> tuple[str, dict]:
    folder = DATA / request.param
    files = sorted(str(p) for p in folder.iterdir() if p.name not in ("truth.json", "MANIFEST.json"))
    out = io.StringIO()
    # Files the parser cannot read make the run fail; the report still scores them.
    with django_db_blocker.unblock(), contextlib.suppress(CommandError):
        call_command("import_postings", *files, dry_run=True, format="json", stdout=out, stderr=io.StringIO())
    return request.param, json.loads(out.getvalue())


def test_corpus_scores_above_threshold(corpus, tmp_path, capsys):
    name, report = corpus
    sys.path.insert(0, str(DATA))
    import score_report

    (tmp_path / "r.json").write_text(json.dumps(report))
    score_report.main(str(tmp_path / "r.json"), str(DATA / name / "truth.json"))
    printed = capsys.readouterr().out
    percent = float(re.search(r"\(([\d.]+)%\)", printed).group(1))
    assert percent >= MIN_SCORE[name], printed


def _role_of(report: dict, name: str) -> dict | None:
    return next((r for r in report["roles"] if any(s["file"].endswith(name) for s in r["sources"])), None)


def test_duplicate_pairs_merge(corpus):
    name, report = corpus
    for entry in (t for t in _truth(name) if t.get("same_role_as")):
        role = _role_of(report, entry["file"])
        assert role is not None, entry["file"]
        assert any(s["file"].endswith(entry["same_role_as"]) for s in role["sources"]), entry["file"]


def test_other_postings_stay_separate(corpus):
    name, report = corpus
    for entry in (t for t in _truth(name) if not t.get("same_role_as")):
        role = _role_of(report, entry["file"])
        if role is not None:  # a posting the parser could not read is scored above, not here
            assert [s["file"].split("/")[-1] for s in role["sources"]] == [entry["file"]]
