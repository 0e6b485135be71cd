from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postings.parsing.terms import employment_type, min_years_experience, posted_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 10+ years of experience building distributed systems.", 10),
        ("At least 5 years of professional experience.", 5),
        ("5-7 years of relevant experience in finance.", 5),
        ("3 to 5 years experience as a registered nurse", 3),
        ("A minimum of 3 years in a customer-facing role.", 3),
        ("3+ yrs with React", 3),
        ("Five years of experience in sales.", 5),
        ("two (2) years of clinical experience", 2),
        ("5+ years designing and developing backend systems.", 5),
        ("7 or more years of experience in data engineering.", 7),
        ("Experience: 4 years", 4),
        ("You have 8 years' experience leading teams.", 8),
        ("Founded 20 years ago, we now have 5+ years of experience required.", 5),
        ("Over 10 years, Discord has grown to 200 million users.", None),
        ("Applicants must be at least 18 years old.", None),
        ("A 4 year degree in Computer Science.", None),
        ("4-year degree required", None),
        ("Within 2 years you will lead the team.", None),
        ("For over 20 years we have served our customers.", None),
        ("This role requires 5 years in sales.", 5),
        ("We have been around for 10 years and have 5,000 employees.", None),
        ("Our company is 100 years old and has 50 years of experience.", None),
        ("", None),
    ],
)
def test_min_years_experience(text, expected):
    assert min_years_experience(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US base salary range for this full-time position is $196,000 to $220,500.", "full_time"),
        ("This full-time role is based in Austin.", "full_time"),
        ("Full-time", "full_time"),
        ("Employment type: Full-time", "full_time"),
        ("Employment Type: Part-time", "part_time"),
        ("This is a part-time position (20 hours per week).", "part_time"),
        ("Contract (6 months)", "contract"),
        ("Site Reliability Engineer W-2 Contract, 6 month contract", "contract"),
        ("This is a contract-to-hire role.", "contract"),
        ("Summer internship for students.", "internship"),
        ("This is a temporary position covering parental leave.", "temporary"),
        ("12-month fixed-term contract", "temporary"),
        ("Job Type: Full Time / Part Time\nThis full-time position pays well.", "full_time"),
        ("Job Type: Full Time / Part Time", None),
        ("Full Time / Part Time", None),
        ("Full-time or part-time schedules available.", None),
        ("We offer temporary housing for relocating employees.", None),
        ("You will manage vendor contract negotiations.", None),
        ("Experience with smart contracts on Ethereum.", None),
        ("Great benefits and a fun team.", None),
        ("Work type: Full time, Permanent", "full_time"),
        ("Permanent", None),  # the contract's term, not its hours (as the corpus's labellers read it)
        ("Unbefristet, Vollzeit oder Teilzeit", None),  # options of hours, in German too
        ("Poste à temps plein ou temps partiel", None),
        ("Seasonal position, summer 2025", "temporary"),
        ("", None),
    ],
)
def test_employment_type(text, expected):
    assert employment_type(text) == expected


@pytest.mark.parametrize(
    ("text", "facts", "expected"),
    [
        ("• Published on: 2025/09/21", None, date(2025, 9, 21)),
        ("Posted: March 3, 2025", None, date(2025, 3, 3)),
        ("Date posted: 2025-03-03", None, date(2025, 3, 3)),
        ("Posted on 03/14/2025", None, date(2025, 3, 14)),
        ("Posted on 14/03/2025", None, date(2025, 3, 14)),
        ("Published 3 Mar 2025", None, date(2025, 3, 3)),
        ("Date Posted: 21.09.2025", None, date(2025, 9, 21)),
        ("", {"published on": "2025/09/21"}, date(2025, 9, 21)),
        ("", {"date posted": "Sep 21st, 2025"}, date(2025, 9, 21)),
        ("Start date: March 3, 2025", None, None),
        ("Apply by 2025-03-03.", None, None),
        ("Posted 3 days ago", None, None),
        ("Posted: 2025/02/30", None, None),
        ("", None, None),
    ],
)
def test_posted_date(text, facts, expected):
    assert posted_date(text, facts=facts) == expected


@given(st.text())
def test_nothing_raises_on_arbitrary_text(text):
    facts = {"job title": text, "published on": text}
    min_years_experience(text)
    employment_type(text)
    posted_date(text, facts=facts)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("掲載日: 2025年10月15日", date(2025, 10, 15)),
        ("- Publicada em: 02/10/2025", date(2025, 10, 2)),
        ("Publié le 29.09.2025", date(2025, 9, 29)),
    ],
)
def test_posted_dates_in_other_languages(text, expected):
    assert posted_date(text) == expected


@pytest.mark.parametrize(
    "text", ["Tipo: Stage curriculare", "Praca: Stażysta Python", "Tirocinio retribuito di 6 mesi"]
)
def test_internships_named_in_other_languages(text):
    assert employment_type(text) == "internship"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Anstellungsart: Vollzeitstelle", "full_time"),
        ("雇用形態：正社員", "full_time"),
        ("Tipo de contrato: temporal", "temporary"),
        ("Contrat : CDD de 6 mois", "temporary"),
        ("근무형태: 계약직 2년", "temporary"),
        ("Regime: PJ", "contract"),
        ("Omfattning: Deltid", "part_time"),
        ("Тип занятости: полная занятость", "full_time"),
        ("Çalışma şekli: Yarı zamanlı", "part_time"),
        ("募集：インターン（大学生歓迎）", "internship"),
    ],
)
def test_employment_types_named_in_other_languages(text, kind):
    assert employment_type(text) == kind


def test_a_temporal_word_in_prose_is_no_employment_type():
    assert employment_type("We study temporal data and build pipelines for the temporal models team.") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Opublikowano: 7 listopada 2025\n\nPoszukujemy stażysty.", "2025-11-07"),
        ("Publicado el 29 de marzo de 2025", "2025-03-29"),
        ("jdoe · description · 2023-10-18\n\nWe are hiring a nurse.", "2023-10-18"),
        ("Berlin, 3. März 2024\n\nWir suchen eine Pflegefachkraft.", "2024-03-03"),
    ],
)
def test_posting_dates_in_other_languages_and_bylines(text, day):
    assert posted_date(text).isoformat() == day


@pytest.mark.parametrize(
    "text",
    [
        "Offre à pourvoir le 23/03/2015\n\nAgent de service",
        "Application deadline: 2024-05-01\n\nWe are hiring.",
        "Start date: 1 April 2024\n\nWe are hiring.",
    ],
)
def test_a_deadline_or_start_date_at_the_top_is_no_posting_date(text):
    assert posted_date(text) is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Опыт работы от 1 года", 1),
        ("经验3年以上，熟悉 Vue", 3),
        ("3年以上の実務経験", 3),
        ("경력 3년 이상", 3),
        ("co najmniej 2 lata doświadczenia", 2),
        ("En az 2 yıl deneyimli", 2),
        ("minst 3 års erfarenhet av projektledning", 3),
    ],
)
def test_years_of_experience_in_other_languages_and_scripts(text, years):
    assert min_years_experience(text) == years


@pytest.mark.parametrize(
    "text, years",
    [
        ("Опыт работы: От 3 до 6 лет", 3),
        ("3 bis 5 Jahre Berufserfahrung", 3),
        ("de 3 à 5 ans d’expérience", 3),
        ("经验3-5年", 3),
        ("经验1～3年", 1),
    ],
)
def test_a_range_of_years_in_other_languages_gives_its_lower_end(text, years):
    assert min_years_experience(text) == years
