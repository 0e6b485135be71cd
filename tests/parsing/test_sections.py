import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.clean import clean
from postings.parsing.formats import to_documents
from postings.parsing.sections import Sections, classify_heading, split_sections
from tests.parsing.seeds import SEED_000, SEED_001, SEED_002, SEED_003


@pytest.mark.parametrize(
    "line, kind",
    [
        ("What You'll Do", "responsibilities"),
        ("What you’ll be doing:", "responsibilities"),
        ("You will:", "responsibilities"),
        ("Responsibilities", "responsibilities"),
        ("Key responsibilities", "responsibilities"),
        ("In this role you will", "responsibilities"),
        ("In this role, you will:", "responsibilities"),
        ("As a Senior Engineer on the Payments team, you will:", "responsibilities"),
        ("Your impact", "responsibilities"),
        ("The job", "responsibilities"),
        ("## A day in the life", "responsibilities"),
        ("What We're Looking For", "requirements"),
        ("What you have:", "requirements"),
        ("You have:", "requirements"),
        ("What You Should Have:", "requirements"),
        ("Requirements", "requirements"),
        ("QUALIFICATIONS", "requirements"),
        ("Minimum qualifications", "requirements"),
        ("Basic Qualifications:", "requirements"),
        ("Who you are", "requirements"),
        ("Must have", "requirements"),
        ("**Skills & Experience**", "requirements"),
        ("We're looking for someone who has:", "requirements"),
        ("Nice to Have", "nice_to_have"),
        ("Bonus points:", "nice_to_have"),
        ("Preferred qualifications", "nice_to_have"),
        ("Pluses", "nice_to_have"),
        ("It would be great if", "nice_to_have"),
        ("It would be great if you have:", "nice_to_have"),
        ("Benefits & Compensation", "benefits"),
        ("Benefits", "benefits"),
        ("Perks", "benefits"),
        ("What we offer", "benefits"),
        ("Why Discord?", "benefits"),
        ("Why join Acme?", "benefits"),
        ("About us", "about_company"),
        ("About Discord", "about_company"),
        ("Who we are", "about_company"),
        ("About the role", "summary"),
        ("The role", "summary"),
        ("Overview", "summary"),
        ("Job description", "summary"),
        ("About the team", "summary"),
    ],
)
def test_classify_heading(line, kind):
    assert classify_heading(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "- Responsibilities",
        "• Benefits",
        "1. Requirements",
        "You will lead a team of five engineers.",
        "Requirements are listed below.",
        "Technical Stack",
        "Work Mode",
        "San Francisco Bay Area (US)",
        "Discord is committed to inclusion and providing reasonable accommodations during the interview.",
        "What you'll do in your first ninety days here at our growing little company",
        "",
    ],
)
def test_not_a_recognised_heading(line):
    assert classify_heading(line) is None


def test_split_basic_posting():
    text = (
        "Data Engineer\nat Acme\nAcme builds logistics software for small shops across Europe.\n"
        "Responsibilities\n- Build pipelines.\n- Own the warehouse.\n"
        "Requirements\n- 3+ years of SQL.\n"
        "Nice to have\n- dbt\n"
        "Benefits\n- Remote-first\n"
        "About Acme\nAcme was founded in 2015.\nWe are 40 people."
    )
    assert split_sections(text) == Sections(
        intro=("Data Engineer", "at Acme", "Acme builds logistics software for small shops across Europe."),
        summary="Acme builds logistics software for small shops across Europe.",
        responsibilities=("Build pipelines.", "Own the warehouse."),
        requirements=("3+ years of SQL.",),
        nice_to_have=("dbt",),
        benefits=("Remote-first",),
        about_company="Acme was founded in 2015.\n\nWe are 40 people.",
    )


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (
            "Requirements\n5+ years of Python.\nStrong SQL",
            "requirements",
            ("5+ years of Python.", "Strong SQL"),
        ),
        (
            "You will:\n* Ship\n1. Review code\n2) Mentor",
            "responsibilities",
            ("Ship", "Review code", "Mentor"),
        ),
        (
            "Requirements\n- Experience with large\n  data systems",
            "requirements",
            ("Experience with large data systems",),
        ),
        ("Perks\n• Gym\n• Lunch", "benefits", ("Gym", "Lunch")),
        ("Requirements\n- Go\nResponsibilities\n- Run\nRequirements\n- SQL", "requirements", ("Go", "SQL")),
        (
            "Title\nAbout the role\nYou will own billing.\nSome Team\n- item",
            "summary",
            "You will own billing.",
        ),
        ("Title\nOverview\nShort\n- A bullet about the role", "summary", "- A bullet about the role"),
        (
            "Why Acme?\nWe are a small, profitable company that keeps growing.",
            "about_company",
            "We are a small, profitable company that keeps growing.",
        ),
        ("Why Acme?\n- Equity\n- Gym", "benefits", ("Equity", "Gym")),
        ("Who we are\n- Founded 2010\n- 50 people", "about_company", "- Founded 2010\n\n- 50 people"),
    ],
)
def test_split_fields(text, field, expected):
    assert getattr(split_sections(text), field) == expected


EEO = "We are an equal opportunity employer and value diversity of every kind in all of our teams."


@pytest.mark.parametrize(
    "text, other",
    [
        (
            "Requirements\n- Go\nTechnical Stack\n- Languages: Rust\n- Cloud: GCP",
            (("Technical Stack", ("Languages: Rust", "Cloud: GCP")),),
        ),
        (
            "Requirements\n- Go\nWork Mode\nThis is a hybrid role for people near our Paris office.",
            (("Work Mode", ("This is a hybrid role for people near our Paris office.",)),),
        ),
        (
            "Requirements\n- Go\nThings that might interest you:\n- Our languages: Rust.",
            (("Things that might interest you", ("Our languages: Rust.",)),),
        ),
        ("Requirements\n- Go\n" + EEO, (("", (EEO,)),)),
        ("Responsibilities\n- Run\nStrong Communication Skills\nTeam Player", ()),
    ],
)
def test_other_sections(text, other):
    assert split_sections(text).other == other


def test_intro_keeps_title_lines_out_of_summary():
    sections = split_sections(
        "Staff Engineer| Real Time\nSan Francisco Bay Area (US)\nThis position is US based only."
    )
    assert sections.intro == (
        "Staff Engineer| Real Time",
        "San Francisco Bay Area (US)",
        "This position is US based only.",
    )
    assert sections.summary == "This position is US based only."


def seed_sections(seed: str) -> Sections:
    (doc,) = to_documents(seed, filename="seed.txt")
    return split_sections(clean(doc.text).text)


@pytest.mark.parametrize(
    "seed, counts, summary_start, other_headings",
    [
        (
            SEED_000,
            (6, 7, 4, 3),
            "Discord is looking for",
            ["Technical Stack", "Team & Environment", "Work Mode"],
        ),
        (SEED_001, (6, 7, 4, 0), "Discord is used by over 200 million", ["Things that might interest you"]),
        (SEED_002, (8, 5, 6, 0), "Discord is used by over 200 million", [""]),
        (SEED_003, (3, 7, 6, 0), "This position is US based only.", [""]),
    ],
)
def test_seed_sections(seed, counts, summary_start, other_headings):
    sections = seed_sections(seed)
    got = tuple(
        len(x)
        for x in (sections.responsibilities, sections.requirements, sections.nice_to_have, sections.benefits)
    )
    assert got == counts
    assert sections.summary.startswith(summary_start)
    assert [heading for heading, _ in sections.other] == other_headings


def test_seed_003_about_company_and_closing_text():
    sections = seed_sections(SEED_003)
    assert sections.about_company.startswith("Discord is a voice, video and text app")
    assert sections.intro == ("Staff Software Engineer| Real Time Infrastructure",)
    assert "The US base salary range" in sections.other[0][1][0]
    assert not any("salary" in item for item in sections.nice_to_have)


LINES = st.sampled_from(["Requirements", "- item", "Why X?", "Work Mode", "You will:", "", "a" * 200])


@given(st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=30).map("\n".join))
def test_split_sections_never_raises(text):
    sections = split_sections(text)
    assert isinstance(sections.summary, str) and isinstance(sections.other, tuple)
    kinds = (None, "summary", "responsibilities", "requirements", "nice_to_have", "benefits", "about_company")
    assert classify_heading(text) in kinds


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Deine Aufgaben:", "responsibilities"),
        ("¿Qué harás?", "responsibilities"),
        ("岗位职责：", "responsibilities"),
        ("Profil recherché", "requirements"),
        ("任职要求", "requirements"),
        ("Mile widziane", "nice_to_have"),
        ("Wir bieten", "benefits"),
        ("Descrição da vaga", "summary"),
        ("Über uns", "about_company"),
    ],
)
def test_headings_in_other_languages(heading, kind):
    assert classify_heading(heading) == kind


@pytest.mark.parametrize("heading", ["Objetivo del Puesto", "Propósito del puesto", "Objectif du poste"])
def test_a_job_s_objective_heads_its_summary(heading):
    assert classify_heading(heading) == "summary"


def test_a_labelled_item_with_its_value_is_no_heading():
    # "Databases: PostgreSQL, MySQL" inside a list once opened a section of its own, taking the lines after
    # it (and their skills) out of the requirements.
    text = (
        "Requirements\n- Deep knowledge of one of the following:\n- Backend: Go, PHP, Python\n"
        "Databases: PostgreSQL, MySQL\nAn analytical and logical mind with high attention to detail\n"
    )
    parts = split_sections(text)
    assert parts.other == ()
    assert "Databases: PostgreSQL, MySQL" in parts.requirements
