import pytest

from postings.search.query import parse, title_tsquery, to_fts5, to_websearch


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


@pytest.mark.parametrize(
    ("q", "fts5"),
    [
        ("title:engineer", '(title : "engineer")'),
        ('title:"staff engineer" rust', '(title : "staff engineer" AND "rust")'),
        ("rust -title:manager", '(("rust") NOT (title : "manager"))'),
        ("title:the", None),
        ("company:acme", None),
        ("rust company:acme", '("rust")'),
        ("title:engineer or skill:go", '(title : "engineer")'),
        ("foo:bar", '("foo" AND "bar")'),
        ("10:30", '("10 30")'),
    ],
)
def test_fields_in_fts5(q, fts5):
    assert to_fts5(parse(q)) == fts5


def test_field_terms_keep_the_value_as_typed():
    clause = parse('Company:"Acme  Corp" -skill:C++ location:São-Paulo title:"Head of Data"').clauses[0]
    assert [(t.field, t.text, t.words) for t in clause.include] == [
        ("company", "Acme Corp", ("acme", "corp")),
        ("location", "São-Paulo", ("são", "paulo")),
        ("title", "", ("head", "of", "data")),
    ]
    assert [(t.field, t.text) for t in clause.exclude] == [("skill", "C++")]


def test_unknown_fields_are_plain_words_and_reported():
    parsed = parse('foo:bar Salary:"100k" -x:y title:ok')
    assert parsed.unknown_fields == ("foo", "salary", "x")
    clause = parsed.clauses[0]
    assert [(t.field, t.words) for t in clause.include] == [
        ("", ("foo",)),
        ("", ("bar",)),
        ("", ("salary",)),
        ("", ("100k",)),
        ("title", ("ok",)),
    ]
    assert [t.words for t in clause.exclude] == [("x",), ("y",)]


def test_alternatives_keep_field_only_clauses():
    parsed = parse("company:acme or rust or -java")
    assert [len(c.include) for c in parsed.clauses] == [1, 1]
    assert parsed.has_lookups


def test_highlighting_uses_text_terms_as_plain_words():
    parsed = parse("title:rust company:acme or skill:go")
    assert to_websearch(parsed.for_highlighting()) == "rust"
    assert parsed.words == ["rust"]


def test_title_terms_for_postgres_carry_the_title_weight():
    assert title_tsquery(parse('title:"staff engineer"').clauses[0].include[0]) == "staff:A <-> engineer:A"
