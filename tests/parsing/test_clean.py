# ruff: noqa: E501  (seed postings pasted verbatim)
import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.clean import Cleaned, clean
from postings.parsing.formats import to_documents
from tests.parsing.seeds import SEEDS

# Copies of the four seed postings (fixtures/seeds), pasted so these tests read no files.

SEED_CASES = [
    (
        "000",
        [],
        ["What You'll Do", "Nice to Have", "Technical Stack", "Benefits & Compensation", "Work Mode"],
        None,
    ),
    (
        "001",
        [
            "Resume Keywords to Include",
            "Sign up free",
            "More Jobs at Discord",
            "Engineering Manager, Ads Formats",
            "Want AI-powered job matching",
            "Get Started Free",
            "All jobs at Discord",
            "How Discord Stores Trillions",
            "ATS score",
            "Upload your resume",
            "View all",
        ],
        [
            "Job Description",
            "You will:",
            "You have:",
            "Bonus points:",
            "Things that might interest you:",
            "Our systems are deployed in Google Cloud.",
            "Our infrastructure teams shared many blog posts over the years.",
        ],
        "ats",
    ),
    (
        "002",
        [],
        ["What You'll Be Doing:", "Bonus Points:", "Why Discord?", "Relocation assistance may be available."],
        None,
    ),
    (
        "003",
        [
            "Related jobs",
            "Databricks",
            "Calyxo",
            "Site Reliability Engineer |Kubernetes|",
            "Apply Now",
            "Estimated: 25K to 30K",
            "Pleasanton",
            "Estimated: $ 16K",
            "Company Name",
            "Published on",
        ],
        [
            "Staff Software Engineer| Real Time Infrastructure",
            "This position is US based only.",
            "What you'll be doing:",
            "What You Should Have:",
            "Bonus points:",
            "$223,000 to $245,500",
            "About Us",
            "no one feels like an outsider",
        ],
        "aggregator",
    ),
]


def seed_text(name: str) -> str:
    (doc,) = to_documents(SEEDS[name], filename=f"{name}.txt")
    return doc.text


@pytest.mark.parametrize("name, junk, kept, kind", SEED_CASES)
def test_seeds(name, junk, kept, kind):
    cleaned = clean(seed_text(name))
    for phrase in junk:
        assert phrase.lower() not in cleaned.text.lower(), phrase
    for phrase in kept:
        assert phrase in cleaned.text, phrase
    assert cleaned.kind_hint == kind


def test_seed_header_facts():
    facts = clean(seed_text("003")).facts
    assert facts == {
        "category": "IT Engineer & Developer Jobs",
        "location": "San Francisco, California",
        "job type": "Full Time / Part Time",
        "salary": "Estimated: $ 16K to 19K",
        "published on": "2025/09/21",
        "company name": "Discord",
    }


def test_seeds_without_furniture_are_untouched():
    for name in ("000", "002"):
        assert clean(seed_text(name)) == Cleaned(seed_text(name), None, {}, ())


def test_seed_001_removed_parts():
    removed = "\n".join(clean(seed_text("001")).removed)
    assert "Senior Data Scientist, Analytics - GTM Ads" in removed
    assert "Using Rust to Scale Elixir for 11 Million Concurrent Users" in removed


POSTING = """\
Data Engineer
Acme builds logistics software for small shops and we are growing fast across Europe this year.
Responsibilities
- Build pipelines in Python.
- Own our Postgres warehouse.
Requirements
- 3+ years of SQL."""


@pytest.mark.parametrize(
    "before, after",
    [
        ("Apply now\n", ""),
        ("", "\nApply for this job →"),
        ("- Save job\n- Share\n- Report this job\n", ""),
        ("", "\nWe use cookies to improve your browsing experience.\nAccept all cookies"),
        ("Sign up for free to see salaries\n", ""),
        ("", "\nCreate a job alert for Data Engineer roles"),
        ("", "\nSubscribe to our weekly newsletter"),
        ("ATS score: 82%\nPython\nSQL, Airflow, dbt, Snowflake\n", ""),
        (
            "Resume keywords to include\nKubernetes\nData Pipelines\nUpgrade to Premium to unlock insights\n",
            "",
        ),
        ("", "\nSimilar jobs\nAnalytics Engineer\nBeta GmbH\n$90k - $120k\nApply Now\nML Engineer\nGamma"),
        ("", "\nOther jobs at Acme\nBackend Engineer\nBerlin\nFrontend Engineer\nRemote"),
        ("", "\nPeople also viewed\nData Analyst · Delta\nSenior Data Engineer · Epsilon"),
        ("", "\nView all →\nOps Engineer\nZeta"),
        (
            "",
            "\n- Read more on our engineering blog:\n- Scaling Postgres At Acme\n- Why We Moved To Rust Workers",
        ),
        ("", "\nBe an early applicant\n120 applicants\nEasy Apply"),
    ],
)
def test_furniture_removed(before, after):
    cleaned = clean(before + POSTING + after)
    assert cleaned.text == POSTING
    assert cleaned.removed


@pytest.mark.parametrize(
    "text",
    [
        POSTING,
        "About Us\nWe build AI-powered tools for clinics. Join us to help doctors spend more time with patients.",
        "Benefits\n- Save up to 20% on our products\n- Share options for every employee",
        "What you'll do\n- Apply machine learning to fraud detection\n- Report to the Head of Data",
        "Requirements\n- Experience: 5+ years with Kubernetes in production environments\n" + POSTING,
        "Bonus points\n- Talks at conferences\n- Blog posts about distributed systems",
        "Our team shares highlights:\n- Ships weekly\n- Owns on-call",
        "More about the role\nYou will lead the data platform team and report to the CTO of the company.",
        "Senior Engineer\nPython, Go, Kubernetes, Terraform\nWe are hiring across Europe and the United States.",
        "Related experience in fintech is a plus and we care about it a lot in this team of ours.",
    ],
)
def test_posting_text_kept(text):
    assert clean(text).text == text.strip()


@pytest.mark.parametrize(
    "text, facts, kept",
    [
        (
            "Title\nLocation: Berlin, Germany\nEmployment type: Full-time\nBody text of the posting.",
            {"location": "Berlin, Germany", "employment type": "Full-time"},
            "Title\nBody text of the posting.",
        ),
        (
            "Title\n- Team: Payments\n- Remote: Yes\n\nBody.",
            {"team": "Payments", "remote": "Yes"},
            "Title\n\nBody.",
        ),
        (
            "Intro line\n" * 14 + "Experience: 5+ years of Python\nMore prose here.",
            {"experience": "5+ years of Python"},
            "Intro line\n" * 14 + "Experience: 5+ years of Python\nMore prose here.",
        ),
        ("Body.\n" * 20 + "Job ID: R-123", {"job id": "R-123"}, "Body.\n" * 19 + "Body."),
        ("Title\nLanguages: Rust, Go\nCloud: AWS", {}, "Title\nLanguages: Rust, Go\nCloud: AWS"),
    ],
)
def test_facts(text, facts, kept):
    cleaned = clean(text)
    assert (cleaned.facts, cleaned.text) == (facts, kept)


@pytest.mark.parametrize(
    "text, kind",
    [
        (POSTING, None),
        (POSTING + "\nApply now", None),
        (POSTING + "\nSave job\nReport this job", "board"),
        ("Resume Keywords to Include\nPython\n" + POSTING, "ats"),
        ("Salary: Estimated: $90K to $100K\n" + POSTING, "aggregator"),
        ("Category: IT Jobs\n" + POSTING, "aggregator"),
        (POSTING + "\n" + "\n".join(["Related jobs", "A Engineer", "B Corp", "Apply Now"]), "aggregator"),
    ],
)
def test_kind_hint(text, kind):
    assert clean(text).kind_hint == kind


LINES = st.sampled_from(
    [
        "Related jobs",
        "Apply Now",
        "- Save job",
        "Resume Keywords to Include",
        "Python",
        "Location: Berlin",
        "Some highlights:",
        "- How We Scale Big Things",
        "Read more on our blog",
        "Sign up free",
        "What you'll do",
        "- Build things.",
        "",
        "View all →",
        "Estimated: $ 5K",
    ]
)


@given(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=40).map("\n".join))
def test_clean_never_raises(text):
    cleaned = clean(text)
    assert isinstance(cleaned.text, str) and len(cleaned.text) <= len(text)
    assert cleaned.kind_hint in (None, "ats", "aggregator", "board")


def test_a_forum_comments_byline_is_furniture():
    cleaned = clean(
        "kapilvt 89 days ago | link\nCanonical / Ubuntu\njsmith 3 hours ago | parent | next [–]\nText."
    )
    assert cleaned.text == "Canonical / Ubuntu\nText."


def test_a_templates_placeholder_latin_is_furniture():
    cleaned = clean(
        "Thai Chef\nPraesent commodo cursus magna, vel scelerisque nisl consectetur et.\nCook Thai food."
    )
    assert cleaned.text == "Thai Chef\nCook Thai food."


@pytest.mark.parametrize(
    "line", ["Jetzt bewerben", "Postuler maintenant", "Gửi Tin Nhắn 0388287320", "Откликнуться"]
)
def test_buttons_in_other_languages_are_furniture(line):
    assert (
        line
        not in clean(f"Nhân viên chăm sóc khách hàng\n{line}\nMô tả công việc: tư vấn khách hàng.\n").text
    )
