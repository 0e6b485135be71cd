"""Fields from a schema.org JobPosting object (JSON-LD in a page, or a JSON file): the best evidence."""

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from . import regions
from ._geonames import country_code
from ._rates import CURRENCY_TOKENS
from .pay import Pay, plausible_amount
from .places import parse_place

# (?<!<): a tag found from a "<" is found from the "<" before it too, so "<<<…" is scanned once;
# possessive: the text up to ">" is read without backtracking.
_TAG = re.compile(r"(?<!<)<[^>]++>")
_EMPLOYMENT = {
    "FULL_TIME": "full_time",
    "FULLTIME": "full_time",
    "PART_TIME": "part_time",
    "PARTTIME": "part_time",
    "CONTRACTOR": "contract",
    "CONTRACT": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
    "INTERNSHIP": "internship",
}
_UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")  # "2021-03-08", also "2021-3-8"


def structured_fields(obj: dict) -> dict:
    """The fields a JobPosting states, keyed like ParsedPosting; absent ones are left out."""
    fields = {
        "title": _text(obj.get("title") or obj.get("name")),
        "team": _text(obj.get("x-team")),
        "level": _text(obj.get("x-level")),
        "company": _name(obj.get("hiringOrganization")),
        "employment_type": _employment_type(obj.get("employmentType")),
        "work_mode": "remote" if _upper(obj.get("jobLocationType")) == "TELECOMMUTE" else _mode(obj),
        "remote_restriction": _countries(obj.get("applicantLocationRequirements")),
        "locations": _locations(obj.get("jobLocation")),
        "pay": _pays(obj.get("baseSalary"), estimate=False)
        + _pays(obj.get("estimatedSalary"), estimate=True),
        "posted_at": _date(obj.get("datePosted")),
        "valid_through": _date(obj.get("validThrough")),
    }
    return {key: value for key, value in fields.items() if value}


def _mode(obj: dict) -> str | None:
    """A work mode stated by a job object's own field (read into "x-work-mode"), never guessed."""
    mode = obj.get("x-work-mode")
    return mode if mode in ("hybrid", "onsite") else None


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(_TAG.sub(" ", value).split())
    return text or None


def _upper(value) -> str:
    first = _as_list(value)[:1]
    return str(first[0]).strip().upper() if first else ""


def _name(value) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("legalName"))
    return _text(value)


def _employment_type(value) -> str | None:
    kinds = {_EMPLOYMENT.get(str(v).strip().upper().replace("-", "_")) for v in _as_list(value)}
    kinds.discard(None)
    # A list of several types is a menu, not a statement about this role.
    return kinds.pop() if len(kinds) == 1 else None


def _countries(value) -> tuple[str, ...]:
    codes = []
    for item in _as_list(value):
        name = _name(item)
        place = parse_place(name) if name else None
        code = place.country if place and place.country else country_code(name or "")
        if not code and name:  # "EMEA" as an AdministrativeArea
            code = regions.stored_name(name)
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _locations(value) -> list[str]:
    out = []
    for item in _as_list(value):
        address = item.get("address") if isinstance(item, dict) else None
        if isinstance(address, dict):
            country = address.get("addressCountry")
            parts = [address.get("addressLocality"), address.get("addressRegion"), _name(country)]
            text = ", ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        else:
            text = _text(address) or _name(item)
        if text:
            out.append(text)
    return out


def _decimal(value) -> Decimal | None:
    try:
        amount = Decimal(str(value).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return amount if plausible_amount(amount) else None


def _pays(value, *, estimate: bool) -> list[Pay]:
    out = []
    for amount in _as_list(value):
        if not isinstance(amount, dict):
            continue
        quantity = amount.get("value")
        if not isinstance(quantity, dict):
            # TopCV's dump puts minValue and maxValue on the amount itself, beside an empty "value"
            quantity = amount if "minValue" in amount or "maxValue" in amount else {"value": quantity}
        low = _decimal(quantity.get("minValue", quantity.get("value")))
        high = _decimal(quantity.get("maxValue", quantity.get("value")))
        if not low and not high:  # none, or a template's zeros ("minValue": 0, "maxValue": 0): no pay stated
            continue
        if low is not None and high is not None and low > high:
            low, high = high, low
        stated = str(amount.get("currency") or "").strip().upper()[:3]
        stated = CURRENCY_TOKENS.get(stated, stated)  # hh.ru's "RUR", the rouble's pre-1998 code, is RUB
        unit = _UNITS.get(str(quantity.get("unitText") or "").strip().upper())
        out.append(
            Pay(
                low,
                high,
                stated or "USD",
                unit or "year",
                is_estimate=estimate,
                text="JSON-LD baseSalary",
                period_stated=unit is not None,
                currency_stated=bool(stated),  # else the posting's country's, if it has one
            )  # fmt: skip
        )
    return out


def _date(value) -> date | None:
    match = _ISO_DATE.search(value) if isinstance(value, str) else None
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
