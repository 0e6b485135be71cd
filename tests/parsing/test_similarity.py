import pytest

from postings.parsing.similarity import key_similarity, title_key, title_similarity

PAIRS = [
    ("Senior Backend Engineer", "Sr. Backend Eng"),
    ("Senior Backend Engineer", "Staff Backend Engineer"),
    ("Product Designer (m/w/d)", "Product Designer"),
    ("SWE II, Payments", "Software Engineer 2 - Payments"),
    ("Descripción del puesto", "Descripcion"),
    ("Data Analyst", "Nurse"),
    ("", "Data Analyst"),
    (None, None),
]


@pytest.mark.parametrize("a,b", PAIRS)
def test_stored_keys_compare_as_the_titles_do(a, b):
    assert key_similarity(title_key(a), title_key(b)) == title_similarity(a, b)


@pytest.mark.parametrize(
    "a,b,expected",
    [("Sr Backend Engineer", "Senior Backend Engineer", 1.0), ("Data Analyst", "Data Engineer", 1 / 3)],
)
def test_title_similarity(a, b, expected):
    assert title_similarity(a, b) == pytest.approx(expected)
