"""Field provenance from each source's parsed dict: what each said, which one the role shows."""

from types import SimpleNamespace

from postings.provenance import by_trust, describe, field_origins, merged_date, merged_value


def source(pk: int, kind: str, trust: int, **parsed):
    return SimpleNamespace(pk=pk, kind=kind, trust=trust, imported_at=pk, parsed=parsed)


def test_single_source_has_nothing_to_compare():
    assert field_origins([source(1, "careers", 50, title="A")]) == []


def test_differing_fields_name_the_trusted_reading():
    ats = source(1, "ats", 20, title="Principal Engineer", work_mode=None, seniority="principal")
    careers = source(
        2, "careers", 50, title="Principal Software Engineer", work_mode="hybrid", seniority="principal"
    )
    origins = {o.key: o for o in field_origins([ats, careers])}
    assert set(origins) == {"title", "work_mode"}  # agreeing fields are not listed
    title = origins["title"]
    assert [r.source.pk for r in title.readings] == [2, 1]
    assert [(r.text, r.used) for r in title.readings] == [
        ("Principal Software Engineer", True),
        ("Principal Engineer", False),
    ]
    assert [(r.text, r.used) for r in origins["work_mode"].readings] == [
        ("Hybrid", True),
        ("not stated", False),
    ]


def test_lists_show_where_they_first_differ():
    a = source(1, "careers", 50, requirements=["Python", "SQL"])
    b = source(2, "ats", 20, requirements=["Python", "Go", "K8s"])
    readings = field_origins([a, b])[0].readings
    assert [r.text for r in readings] == ["2 items; item 2: SQL", "3 items; item 2: Go"]


def test_estimates_are_not_readings_of_pay():
    a = source(1, "careers", 50, pay=None)
    b = source(2, "aggregator", 10, pay={"min_amount": "16000", "max_amount": "19000", "is_estimate": True})
    assert field_origins([a, b]) == []


def test_pay_is_described_as_the_page_prints_it():
    pay = {
        "min_amount": "196000",
        "max_amount": "220500",
        "currency": "USD",
        "period": "year",
        "kind": "base",
        "equity": True,
        "text": "base salary range $196,000 to $220,500",
    }
    assert describe("pay", pay) == "$196,000 – $220,500 per year, base, + equity"


def test_merged_value_follows_trust_then_age():
    older_board = source(1, "board", 30, valid_through="2025-01-01")
    careers = source(2, "careers", 50, valid_through=None)
    assert merged_value([older_board, careers], "valid_through") == "2025-01-01"
    assert [s.pk for s in by_trust([older_board, careers])] == [2, 1]


def test_merged_date_ignores_malformed_values():
    assert merged_date([source(1, "careers", 50, valid_through="2025-13-45")], "valid_through") is None
    assert (
        str(merged_date([source(1, "careers", 50, valid_through="2025-03-01")], "valid_through"))
        == "2025-03-01"
    )
