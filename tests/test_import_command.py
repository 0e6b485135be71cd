"""`import_postings` end to end: the seeds' expected result, idempotency, bad input, options."""

import io
import json
import os
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from postings.models import Company, ImportRun, Role, Source

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
POSTING = "Data Analyst\nat Fernway Analytics\nLondon, UK\n\nWhat you'll do:\n- Build dashboards in SQL.\n"


def run(*args, **options) -> tuple[dict | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_postings", *args, stdout=out, stderr=err, **options)
    except CommandError as exc:
        err.write(str(exc))
    text = out.getvalue()
    return (json.loads(text) if options.get("format") == "json" else None), text, err.getvalue()


def score(report: dict, key: Path, tmp_path: Path) -> tuple[int, str]:
    sys.path.insert(0, str(DATA))
    import score_report

    report_file = tmp_path / "report.json"
    report_file.write_text(json.dumps(report))
    out = io.StringIO()
    sys.stdout, saved = out, sys.stdout
    try:
        code = score_report.main(str(report_file), str(key))
    finally:
        sys.stdout = saved
    return code, out.getvalue()


def test_seeds_score_100_percent_against_expected(tmp_path):
    report, _, _ = run(str(SEEDS), dry_run=True, format="json")
    code, printed = score(report, DATA / "expected.json", tmp_path)
    assert code == 0, printed
    assert "(100.0%)" in printed
    assert Role.objects.count() == 0 and ImportRun.objects.count() == 0


def test_seeds_import_into_one_company_three_roles_four_sources():
    report, _, _ = run(str(SEEDS), format="json")
    assert report["summary"] == {"created": 3, "updated": 0, "unchanged": 0, "failed": 0, "merged": 1}
    assert report["files"] == {"read": 4, "imported": 4, "unchanged": 0, "failed": 0}
    assert (Company.objects.count(), Role.objects.count(), Source.objects.count()) == (1, 3, 4)
    principal = Role.objects.get(seniority="principal")
    assert principal.sources.count() == 2
    assert {s.kind for s in principal.sources.all()} == {"careers", "ats"}
    assert ImportRun.objects.get().created == 3


def test_reimport_changes_nothing():
    run(str(SEEDS))
    before = list(Role.objects.order_by("pk").values())
    report, _, _ = run(str(SEEDS), format="json")
    assert report["summary"] == {"created": 0, "updated": 0, "unchanged": 3, "failed": 0, "merged": 0}
    assert report["files"] == {"read": 4, "imported": 0, "unchanged": 4, "failed": 0}
    assert list(Role.objects.order_by("pk").values()) == before
    assert Source.objects.count() == 4


def test_reparse_with_the_same_parser_changes_nothing():
    run(str(SEEDS))
    before = list(Role.objects.order_by("pk").values("title", "pay_min_usd", "team", "work_mode"))
    report, _, _ = run(reparse=True, format="json")
    assert report["summary"]["unchanged"] == 3
    assert list(Role.objects.order_by("pk").values("title", "pay_min_usd", "team", "work_mode")) == before


def test_text_report_prints_one_summary_line_and_the_warnings_off_a_terminal(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    _, out, err = run(str(SEEDS), str(tmp_path))
    assert out.splitlines() == [
        "Files: 5 read, 4 imported, 0 unchanged, 1 failed. "
        "Roles: 3 created, 0 updated, 0 unchanged, 1 merged. 1 warning."
    ]
    assert f"{SEEDS / '003_6a446e219a030844.txt'}: warning: estimate $16,000–$19,000 contradicts" in err
    assert f"{tmp_path / 'empty.txt'}: empty file" in err
    assert "\r" not in err  # no progress bar into a file or a pipe
    _, out, _ = run(str(SEEDS), dry_run=True)
    assert out.splitlines() == [
        "Files: 4 read, 0 imported, 4 unchanged, 0 failed. "
        "Roles: 0 created, 0 updated, 3 unchanged, 0 merged. 0 warnings. (Dry run: nothing was written.)"
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_progress_bar_that_messages_do_not_run_into(tmp_path):
    for name in ("a.txt", "c.txt"):
        (tmp_path / name).write_text(POSTING.replace("Data", f"Data {name[0].upper()}"))
    (tmp_path / "b.txt").write_bytes(b"")
    err = Terminal()
    with pytest.raises(CommandError):
        call_command("import_postings", str(tmp_path), "--jobs", "1", stdout=io.StringIO(), stderr=err)
    text = err.getvalue()
    assert f"\r\x1b[K{tmp_path / 'b.txt'}: empty file" in text  # the bar's line wiped first
    assert "\r\x1b[K[##############################] 3/3 files 100%" in text
    assert text.index("3/3 files") > text.index("empty file")


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t", "empty file"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("no-title.txt", b"We are a friendly company.\nWe like people.\n", "no recognisable job title"),
        ("nothing.html", b"<html><head><script>x()</script></head><body>  </body></html>", "no posting text"),
        ("other.json", b'{"@type": "Person", "name": "Ada"}', "JSON holds no JobPosting"),
        ("broken.json", b'{"@type": "JobPosting", "title": ', ""),
    ],
)
def test_bad_files_are_reported_by_name_and_others_still_import(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(POSTING)
    report, _, err = run(str(tmp_path), format="json")
    assert [e["file"] for e in report["errors"]] == [str(tmp_path / name)]
    assert reason in report["errors"][0]["reason"]
    assert "Traceback" not in err
    assert report["summary"]["created"] == 1
    assert Role.objects.get().title == "Data Analyst"


def test_failure_gives_non_zero_exit(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="1 file"):
        call_command("import_postings", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())


def test_oversized_file_is_refused(tmp_path, settings):
    settings.IMPORT_MAX_BYTES = 1000
    (tmp_path / "huge.txt").write_text(POSTING + "x" * 2000)
    report, _, _ = run(str(tmp_path), format="json")
    assert "over the" in report["errors"][0]["reason"]
    assert Role.objects.count() == 0


def test_windows_1252_file_imports_with_a_warning(tmp_path):
    (tmp_path / "cp.txt").write_bytes(POSTING.replace("Build", "Café – build").encode("cp1252"))
    report, _, _ = run(str(tmp_path), format="json")
    assert report["summary"]["created"] == 1
    assert any("Windows-1252" in w["message"] for w in report["warnings"])


def test_strict_stops_and_rolls_back_everything(tmp_path):
    (tmp_path / "a-good.txt").write_text(POSTING)
    (tmp_path / "b-empty.txt").write_bytes(b"")
    report, _, _ = run(str(tmp_path), strict=True, format="json")
    assert report["errors"][0]["reason"] == "empty file"
    assert Role.objects.count() == 0 and ImportRun.objects.count() == 0


def test_missing_path_and_empty_glob_are_errors(tmp_path):
    report, _, _ = run(str(tmp_path / "nope.txt"), str(tmp_path / "*.md"), format="json")
    reasons = [e["reason"] for e in report["errors"]]
    assert reasons == ["no such file or directory", "no file matches this pattern"]


def test_glob_and_stdin(tmp_path, monkeypatch):
    (tmp_path / "one.txt").write_text(POSTING)
    report, _, _ = run(str(tmp_path / "*.txt"), format="json")
    assert report["summary"]["created"] == 1
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(POSTING.replace("Data", "Senior Data").encode()))
    )
    report, _, _ = run("-", format="json")
    assert report["roles"][0]["title"] == "Senior Data Analyst"
    assert report["roles"][0]["sources"][0]["file"] == "<stdin>"


def test_a_posting_without_employer_waits_for_review_and_company_option_names_it(tmp_path):
    (tmp_path / "anon.txt").write_text("Backend Engineer\n\nWhat you'll do:\n- Build APIs in Go and Rust.\n")
    report, _, _ = run(str(tmp_path), format="json")
    [role] = report["roles"]
    assert role["company"] is None and role["status"] == "pending" and role["needs_review"]
    assert report["warnings"] and "no employer named" in json.dumps(report["warnings"])
    assert Role.objects.get().company.name == "Employer not named"
    (tmp_path / "anon.txt").unlink()
    (tmp_path / "named.txt").write_text("Backend Engineer\n\nWhat you'll do:\n- Build APIs in Go and C.\n")
    report, _, _ = run(str(tmp_path), company="Acme Corp", format="json")
    assert report["roles"][0]["company"] == "Acme Corp"


def test_postings_that_name_no_employer_are_not_merged_by_title(tmp_path):
    (tmp_path / "a.txt").write_text("Backend Engineer\n\nWhat you'll do:\n- Build payment APIs in Go.\n")
    (tmp_path / "b.txt").write_text("Backend Engineer\n\nWhat you'll do:\n- Keep our Rust services fast.\n")
    report, _, _ = run(str(tmp_path), format="json")
    assert report["summary"]["created"] == 2
    assert Role.objects.filter(company__name="Employer not named").count() == 2


def test_no_paths_is_a_usage_error():
    with pytest.raises(CommandError, match="at least one PATH"):
        call_command("import_postings", stdout=io.StringIO(), stderr=io.StringIO())


def test_a_link_out_of_the_import_folder_is_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(POSTING.replace("Data Analyst", "Secret Analyst"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(POSTING)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "escape.txt").symlink_to(outside)
    report, _, _ = run(str(folder), format="json")
    reasons = {e["file"]: e["reason"] for e in report["errors"]}
    assert set(reasons) == {str(folder / "passwd.txt"), str(folder / "escape.txt")}
    assert all("outside the import folder" in reason for reason in reasons.values())
    assert list(Role.objects.values_list("title", flat=True)) == ["Data Analyst"]


def test_a_link_inside_the_import_folder_is_read(tmp_path):
    (tmp_path / "real.txt").write_text(POSTING)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    report, _, _ = run(str(tmp_path), format="json")
    assert report["errors"] == []
    assert Role.objects.count() == 1 and Source.objects.count() == 1  # the same bytes once


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(POSTING)
    report, _, _ = run(str(tmp_path), format="json")
    assert report["errors"] == [{"file": str(tmp_path / "pipe.txt"), "reason": ANY_REGULAR}]
    report, _, _ = run(str(tmp_path / "pipe.txt"), format="json")
    assert "named pipe" in report["errors"][0]["reason"]
    assert Role.objects.count() == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_instead_of_read_forever():
    report, _, err = run("/dev/zero", format="json")
    assert "a device, not a regular file" in report["errors"][0]["reason"]
    assert "Traceback" not in err and "MemoryError" not in err


def test_the_size_limit_applies_to_what_is_read(tmp_path, settings, monkeypatch):
    settings.IMPORT_MAX_BYTES = 1000
    (tmp_path / "grows.txt").write_text(POSTING + "x" * 5000)
    # A file whose reported size is small (as /proc files and growing files report) is still cut off.
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: _small(real_stat(self, **kw)))
    report, _, _ = run(str(tmp_path / "grows.txt"), format="json")
    assert "over the" in report["errors"][0]["reason"]
    assert Role.objects.count() == 0


def _small(result):
    fields = list(result)
    fields[6] = 10  # st_size
    return os.stat_result(fields)


def test_a_failing_file_writes_nothing_and_the_rest_import(tmp_path):
    # Two postings in one file, the second of which cannot be imported: neither may be stored.
    both = [
        {"@type": "JobPosting", "title": "Data Analyst", "hiringOrganization": {"name": "Fernway"},
         "description": "Build dashboards in SQL."},
        {"@type": "JobPosting", "title": "", "hiringOrganization": {"name": "Fernway"},
         "description": "We are a friendly company."},
    ]  # fmt: skip
    (tmp_path / "half.json").write_text(json.dumps(both))
    (tmp_path / "good.txt").write_text(POSTING.replace("Fernway Analytics", "Otherway Labs"))
    report, _, _ = run(str(tmp_path), format="json")
    assert [e["file"] for e in report["errors"]] == [str(tmp_path / "half.json")]
    assert list(Company.objects.values_list("name", flat=True)) == ["Otherway Labs"]
    assert Source.objects.count() == 1


class _AnyRegular(str):
    def __eq__(self, other) -> bool:
        return isinstance(other, str) and "not a regular file" in other

    __hash__ = str.__hash__


ANY_REGULAR = _AnyRegular()


def test_a_role_whose_employer_is_a_guess_is_marked_for_review(tmp_path):
    # No employer named anywhere but the application address: imported, and flagged for a person to check.
    (tmp_path / "guess.txt").write_text(
        "Software Engineer\n\nWe build logistics software in Go.\n\n"
        "Send your CV to careers@improwised.example.\n"
    )
    (tmp_path / "sure.txt").write_text(POSTING)
    report, _, _ = run(str(tmp_path), format="json")
    by_title = {role["title"]: role for role in report["roles"]}
    guess, sure = by_title["Software Engineer"], by_title["Data Analyst"]
    assert guess["company"] == "Improwised" and guess["needs_review"] is True
    assert guess["confidence"]["company"] < 0.6
    assert sure["needs_review"] is False
    assert list(Role.objects.filter(needs_review=True).values_list("title", flat=True)) == [
        "Software Engineer"
    ]


def test_employers_named_in_other_scripts_stay_apart_in_one_run(tmp_path):
    # Regression: their ASCII matching key was empty, so a run's company cache made them one employer.
    (tmp_path / "a.txt").write_text(
        "Data Analyst\n\n公司名称：北京天成创想科技有限公司\n\n负责数据分析与报表。\n"
    )
    (tmp_path / "b.txt").write_text("Courier\nКомпания: Кгт Доставка\n\nДоставка заказов по Москве.\n")
    (tmp_path / "c.txt").write_text("Web Developer\n\n公司名称：邁思擘國際股份有限公司\n\n開發網站。\n")
    run(str(tmp_path))
    assert sorted(Role.objects.values_list("company__name", flat=True)) == sorted(
        ["北京天成创想科技有限公司", "Кгт Доставка", "邁思擘國際股份有限公司"]
    )
    run(str(tmp_path))  # and the same employers are found again, not made twice
    assert Company.objects.count() == 3


def test_a_skill_is_shown_as_the_posting_names_it_and_found_by_both_names(tmp_path, client):
    (tmp_path / "gcp.txt").write_text(
        "Data Engineer\n\nAcme Analytics GmbH\n\nRequirements:\n- Experience with GCP\n- MS Office\n"
    )
    report, _, _ = run(str(tmp_path), format="json")
    assert {"GCP", "MS Office"} <= set(report["roles"][0]["skills"])
    role = Role.objects.get()
    page = client.get(role.get_absolute_url()).content.decode()
    assert 'href="/?skill=google-cloud" aria-label="Search roles asking for Google Cloud">GCP</a>' in page
    for query in ("GCP", "Google Cloud", "MS Office"):
        assert role.title in client.get("/", {"q": query}).content.decode(), query
    _, text, _ = run(str(tmp_path), reparse=True)
    assert "1 unchanged" in text
