"""Which source each of a role's fields came from, read from what the parser stored per source.

The importer merges sources by trust (``merging.merge``: the most trusted source that states a field
wins). This module replays that rule on each ``Source.parsed`` dict so a page can show, for every field
where the sources disagree, what each one said and which reading the role shows. It never queries: give
it the role's sources already loaded.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.utils.text import Truncator

from .choices import EmploymentType, PayKind, PayPeriod, Seniority, WorkMode
from .models import Compensation, Source

# The fields a page shows, in page order, with the label it uses for them.
FIELDS: dict[str, str] = {
    "title": "Title",
    "team": "Team",
    "seniority": "Level",
    "employment_type": "Employment",
    "work_mode": "Work mode",
    "locations": "Locations",
    "remote_restriction": "Candidates must be based in",
    "relocation_assistance": "Relocation assistance",
    "min_years_experience": "Experience",
    "posted_at": "Posted",
    "valid_through": "Closes",
    "pay": "Pay",
    "summary": "About the role",
    "responsibilities": "What you'll do",
    "requirements": "Requirements",
    "nice_to_have": "Nice to have",
    "benefits": "Benefits",
    "about_company": "About the company",
}
_CHOICES = {"seniority": Seniority, "employment_type": EmploymentType, "work_mode": WorkMode}
NOT_STATED = "not stated"
SHORT_TEXT = 90  # characters of long text shown before "…"


@dataclass(frozen=True)
class Reading:
    """What one source says about one field, and whether the role shows it."""

    source: Source
    text: str
    used: bool


@dataclass(frozen=True)
class FieldOrigin:
    """One field where the sources differ: each source's reading, in trust order."""

    key: str
    label: str
    readings: tuple[Reading, ...]


def by_trust(sources: Iterable[Source]) -> list[Source]:
    """Most trusted first, then oldest: the order the importer merges in."""
    return sorted(sources, key=lambda s: (-s.trust, s.imported_at, s.pk or 0))


def _stated(value) -> bool:
    return value not in (None, "", [], {})


def _value(parsed: dict, key: str):
    value = (parsed or {}).get(key)
    if key == "pay" and isinstance(value, dict) and value.get("is_estimate"):
        return None  # an estimate never becomes the role's pay, so it is not a reading of "Pay"
    return value if _stated(value) else None


def merged_value(sources: Iterable[Source], key: str):
    """The value the merge keeps for `key`: the most trusted source's that states it, else None."""
    return next((v for s in by_trust(sources) if (v := _value(s.parsed, key)) is not None), None)


def merged_date(sources: Iterable[Source], key: str) -> date | None:
    """A merged ISO date field ("posted_at", "valid_through") as a date; None when absent or malformed."""
    value = merged_value(sources, key)
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def field_origins(sources: Iterable[Source]) -> list[FieldOrigin]:
    """Every field on which the sources do not all agree (one silent source counts as differing)."""
    ordered = by_trust(sources)
    if len(ordered) < 2:
        return []
    origins = []
    for key, label in FIELDS.items():
        values = [_value(s.parsed, key) for s in ordered]
        if len({_comparable(v) for v in values}) < 2:
            continue
        winner = next((i for i, v in enumerate(values) if v is not None), None)
        at = _first_difference(values)
        readings = tuple(
            Reading(source=s, text=describe(key, v, item=at), used=i == winner)
            for i, (s, v) in enumerate(zip(ordered, values, strict=True))
        )
        origins.append(FieldOrigin(key=key, label=label, readings=readings))
    return origins


def _comparable(value) -> str:
    """A form in which cosmetic differences (case, spacing, key order) do not count as disagreement."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = sorted((k, _comparable(v)) for k, v in value.items() if k != "text")
    elif isinstance(value, list):
        value = [_comparable(v) for v in value]
    return " ".join(str(value).split()).casefold()


def _first_difference(values: list) -> int:
    """For list fields, the first position where the sources' lists differ (so the table shows it)."""
    lists = [v for v in values if isinstance(v, list) and v and not isinstance(v[0], dict)]
    if len(lists) < 2:
        return 0
    for i in range(max(len(v) for v in lists)):
        if len({_comparable(v[i] if i < len(v) else None) for v in lists}) > 1:
            return i
    return 0


def describe(key: str, value, *, item: int = 0) -> str:
    """A short, plain-text rendering of one parsed value; for lists, its size and item number `item`."""
    if value is None:
        return NOT_STATED
    if key in _CHOICES:
        return _label(_CHOICES[key], value)
    if key == "pay":
        return _pay_text(value)
    if key == "locations":
        return "; ".join(_place(p) for p in value if isinstance(p, dict)) or NOT_STATED
    if key == "remote_restriction":
        return ", ".join(str(code) for code in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key == "min_years_experience":
        return f"{value}+ years"
    if isinstance(value, list):
        size = f"{len(value)} item{'s' if len(value) != 1 else ''}"
        if item >= len(value):
            return f"{size}; no item {item + 1}"
        return f"{size}; item {item + 1}: {Truncator(str(value[item])).chars(SHORT_TEXT)}"
    return Truncator(" ".join(str(value).split())).chars(SHORT_TEXT)


def _label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def _place(place: dict) -> str:
    return ", ".join(str(place[k]) for k in ("name", "region", "country") if place.get(k))


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except (InvalidOperation, ValueError):
        return None


def _pay_text(pay: dict) -> str:
    """The figure as the role page would print it, built on an unsaved Compensation."""
    figure = Compensation(
        min_amount=_decimal(pay.get("min_amount")),
        max_amount=_decimal(pay.get("max_amount")),
        currency=str(pay.get("currency") or "USD"),
        period=pay.get("period") if pay.get("period") in PayPeriod.values else PayPeriod.YEAR,
        kind=pay.get("kind") if pay.get("kind") in PayKind.values else PayKind.BASE,
        equity=bool(pay.get("equity")),
        stated_base="base" in str(pay.get("text") or "").lower(),
    )
    if figure.min_amount is None and figure.max_amount is None:
        return NOT_STATED
    return figure.display
