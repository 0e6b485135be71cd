import pytest

from postings.search.query import parse, to_fts5, to_websearch


@pytest.mark.parametrize(
    ("q", "fts5"),
    [
        ("rust", '("rust")'),
        ("rust infrastructure", '("rust" AND "infrastructure")'),
        ('"exact phrase" go', '("exact phrase" AND "go")'),
        ("rust -java", '(("rust") NOT ("java"))'),
        ("rust or go", '("rust") OR ("go")'),
        ("the engineer", '("engineer")'),
        ("node.js", '("node js")'),
        ('AND OR NOT ( ) * ^ : "', None),
        ("", None),
        ("-java", None),
    ],
)
def test_fts5_translation_is_always_valid(q, fts5):
    assert to_fts5(parse(q)) == fts5


def test_websearch_round_trip_keeps_the_syntax():
    assert to_websearch(parse('Rust "Distributed Systems" -java or go')) == (
        'rust "distributed systems" -java or go'
    )


def test_long_queries_are_cut():
    assert len(parse("word " * 5000).words) <= 16
