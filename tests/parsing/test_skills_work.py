"""Skills of work outside software (``_vocabulary_work.py``): found in several languages, and not in the
ordinary prose their names collide with."""

import pytest

from postings.parsing._vocabulary import SKILL_ROWS
from postings.parsing._vocabulary_more import MORE_SKILL_ROWS
from postings.parsing._vocabulary_work import WORK_SKILL_ROWS
from postings.parsing.skills import find_skills


def names(text: str) -> list[str]:
    return [skill.name for skill in find_skills(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valid driver's license and CDL Class A required", ["Driving Licence", "CDL Class A"]),
        ("Führerschein Klasse B und sehr gute Deutschkenntnisse", ["Driving Licence", "German"]),
        ("Permis de conduire et anglais courant exigés", ["Driving Licence", "English"]),
        ("Se requiere carnet de conducir e inglés avanzado", ["Driving Licence", "English"]),
        ("Carteira de habilitação e inglês fluente", ["Driving Licence", "English"]),
        ("Wymagane prawo jazdy i znajomość języka angielskiego", ["Driving Licence", "English"]),
        ("Körkort krävs", ["Driving Licence"]),
        ("Ehliyet sahibi. Diller: Almanca, Fransızca", ["Driving Licence", "German", "French"]),
        ("Memiliki SIM A dan menguasai Bahasa Inggris", ["Driving Licence", "English"]),
        ("Fluent in English and Spanish", ["English", "Spanish"]),
        ("Languages: Deutsch, Englisch, Französisch", ["German", "English", "French"]),
        ("English B2, conhecimento em inglês", ["English"]),
        (
            "Forklift licence, RF scanner and pallet jack experience",
            ["Forklift Licence", "RF Scanner", "Pallet Jack"],
        ),
        ("BLS, ACLS and PALS certification; Epic EMR", ["BLS", "ACLS", "PALS", "Epic"]),
        (
            "Phlebotomy, wound care and medication administration",
            ["Phlebotomy", "Wound Care", "Medication Administration"],
        ),
        ("Erfahrung in Wundversorgung und Grundpflege", ["Wound Care", "Personal Care"]),
        (
            "ServSafe certified; food preparation and cash handling",
            ["ServSafe", "Food Preparation", "Cash Handling"],
        ),
        (
            "MIG welding, TIG welding and blueprint reading",
            ["MIG Welding", "TIG Welding", "Blueprint Reading"],
        ),
        ("Knowledge of BS 7671 and PLC programming", ["Electrical Codes", "PLC Programming"]),
        ("OSHA 10 card, CSCS card", ["OSHA 10", "CSCS Card"]),
        (
            "Bookkeeping, accounts payable and bank reconciliation",
            ["Bookkeeping", "Accounts Payable", "Bank Reconciliation"],
        ),
        ("ACCA or CIMA qualified", ["ACCA", "CIMA"]),
        ("Enhanced DBS check, QTS and classroom management", ["DBS Check", "QTS", "Classroom Management"]),
        ("Grant writing and monitoring and evaluation", ["Grant Writing", "Monitoring and Evaluation"]),
        ("Gestión de nóminas y conciliación bancaria", ["Payroll", "Bank Reconciliation"]),
        (
            "Expérience en préparation de commandes et gestion des stocks",
            ["Order Picking", "Inventory Management"],
        ),
    ],
)
def test_finds_work_skills(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We post jobs in English",
        "German engineering is great",
        "Spread by word of mouth",
        "Take care on the way home",
        "B2B sales to mid-size companies",
        "Class B office space downtown",
        "Our French office opens in spring",
        "Polish your CV before applying",
        "Excel at what you do",
        "TS/SCI clearance required",
        "Attraktive Vergütung und Weiterbildung",
        "Probation period of three months",
        "Acme Holdings PLC",
    ],
)
def test_ignores_colliding_prose(text):
    assert find_skills(text) == []


def _keys(name: str, spec: str) -> set[str]:
    keys = set()
    for raw in (spec or name).split("|"):
        text = raw[1:] if raw[:1] in ("=", "~", "!") else raw
        keys.add(" ".join(text.split()).lower())
    return keys


def test_names_and_aliases_are_unique_across_vocabularies():
    rows = (*SKILL_ROWS, *MORE_SKILL_ROWS, *WORK_SKILL_ROWS)
    seen_names: set[str] = set()
    owner: dict[str, str] = {}
    for name, _category, spec in rows:
        assert name.lower() not in seen_names, name
        seen_names.add(name.lower())
        for key in _keys(name, spec):
            assert owner.setdefault(key, name) == name, (key, owner[key], name)
    assert 450 <= len(WORK_SKILL_ROWS) <= 700


def test_recruitment_in_a_privacy_boilerplate_is_no_skill():
    text = "Read how we use personal information relating to the application and recruitment process."
    assert "Recruitment" not in [skill.name for skill in find_skills(text)]
    assert "Recruitment" in [skill.name for skill in find_skills("Skills: recruitment, payroll, onboarding")]


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Erfahrung mit ERP-Systemen und CRM-Systemen", {"ERP", "CRM"}),
        ("Diagrams in UML and BPMN 2.0", {"UML", "BPMN"}),
        ("Confection de bouquets : art floral et composition florale", {"Floristry"}),
        ("Bereitschaft zur Schichtarbeit", {"Shift Work"}),
        ("Reinigungsarbeiten in der Küche", {"Cleaning"}),
        ("Strong statistics and digital marketing background", {"Statistics", "Digital Marketing"}),
    ],
)
def test_skills_of_every_trade_by_their_common_names(text, skill):
    assert skill <= {found.name for found in find_skills(text)}


def test_data_cleaning_is_no_cleaning_job():
    names = {found.name for found in find_skills("Data cleaning and transformation in pandas")}
    assert "Data Cleaning" in names and "Cleaning" not in names
