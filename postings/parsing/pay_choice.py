"""Choosing the pay to show among the figures a posting states, and the doubts worth a warning."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from ._rates import PER_YEAR
from .pay import _PAY_WORD_RE, Pay, annual_usd, describe, guessed_period

_KIND_RANK = {"base": 0, "total": 1, "ote": 2}


@dataclass(frozen=True)
class PayChoice:
    """The figure to show, the estimates kept beside it, and why to doubt them."""

    pay: Pay | None
    estimates: tuple[Pay, ...] = ()
    warnings: tuple[str, ...] = ()


def choose_pay(pays: list[Pay]) -> PayChoice:
    """The pay to show (stated base first), every estimate kept apart, and warnings about doubts."""
    warnings: list[str] = []
    clean = [p for p in (_sane(pay, warnings) for pay in pays or ()) if p is not None]
    stated = [p for p in clean if not p.is_estimate]
    estimates = tuple(p for p in clean if p.is_estimate)
    pool = stated or list(estimates)
    if not pool:
        return PayChoice(None, estimates, tuple(warnings))
    # min() keeps the first of equals, so reading order breaks ties. A figure whose own sentence talks
    # about pay, and that is plausible as a salary, beats a stray amount ("deals around $40K").
    chosen = min(
        pool,
        key=lambda p: (
            bool(_plausibility_warnings(p)),
            not _PAY_WORD_RE.search(p.text or ""),
            not p.currency_stated,
            _KIND_RANK.get(p.kind, 3),
            p.min_amount is None or p.max_amount is None,
        ),
    )
    chosen = _span(_as_stated(chosen, stated), stated)
    guessed = guessed_period(chosen)  # only now, so that a guess never decides which figure is pay
    if guessed != chosen.period:
        warnings.append(
            f"no period is stated for {describe(chosen)}; read as pay per {guessed} from its size"
        )
        chosen = replace(chosen, period=guessed)
    if chosen.is_estimate:
        warnings.append(f"no pay stated by the employer; showing the estimate {describe(chosen)}")
    else:
        warnings.extend(_estimate_warnings(chosen, estimates))
        warnings.extend(_conflict_warnings(chosen, stated))
    warnings.extend(_plausibility_warnings(chosen))
    return PayChoice(chosen, estimates, tuple(warnings))


def _as_stated(chosen: Pay, stated: list[Pay]) -> Pay:
    """The hourly (or monthly…) figure a yearly one was worked out from: a job board annualises "$32–40.75
    an hour" to "$66,560–84,760 a year"; the posting's own words are what the employer stated. Both in one
    line ("$50K/year or $24/hour") are both the employer's: the first stays."""
    if chosen.period != "year" or chosen.min_amount is None:
        return chosen
    for other in stated:
        if other.period == "year" or other.currency != chosen.currency or other.min_amount is None:
            continue
        if other.text and chosen.text and other.text[:40] == chosen.text[:40]:
            continue  # one sentence's two figures (each figure's text is its sentence around it)
        factor = PER_YEAR.get(other.period)
        pairs = [(chosen.min_amount, other.min_amount), (chosen.max_amount, other.max_amount)]
        pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
        if factor and pairs and all(abs(a - b * factor) <= a * Decimal("0.03") for a, b in pairs):
            return other
    return chosen


def _span(chosen: Pay, stated: list[Pay]) -> Pay:
    """One sentence's ranges of the same pay, one per place or grade ("in New York, NY is $99,900 to $133,900
    and in Glendale, CA is $95,300-$127,800"): the whole span, from the lowest to the highest."""
    if chosen.min_amount is None or chosen.max_amount is None or not chosen.text:
        return chosen
    alike = [
        other
        for other in stated
        if other.text
        and (other.text in chosen.text or chosen.text in other.text)  # one sentence's figures
        and (other.currency, other.period, other.kind) == (chosen.currency, chosen.period, chosen.kind)
        and other.min_amount is not None
        and other.max_amount is not None
        and other.min_amount < other.max_amount
    ]
    # ranges that overlap, as one pay's do from place to place; not a net figure beside its gross, nor a
    # part-time pay beside a full-time one ("6-8 triệu / Part time (3-4 triệu)")
    overlapping = all(
        a.min_amount <= b.max_amount and b.min_amount <= a.max_amount for a in alike for b in alike
    )
    if len(alike) < 2 or not overlapping or _NET_OR_GROSS.search(chosen.text) or _IN_TIME.search(chosen.text):
        return chosen
    low, high = min(p.min_amount for p in alike), max(p.max_amount for p in alike)
    return replace(chosen, min_amount=low, max_amount=high)


# pay that rises with time: "Starting pay $18 - $20 per hour; after 90 days $19 - $22"
_IN_TIME = re.compile(r"\b(?:after|starting|start|increas\w*|rising|rises|then|thereafter)\b", re.I)
_NET_OR_GROSS = re.compile(r"\b(?:net|netto|neto|nets?|gross|brut[os]?|brutto|équivalent|equivalent)\b", re.I)


def _sane(pay: Pay, warnings: list[str]) -> Pay | None:
    """The pay with min <= max and no negative amounts, or None when it cannot be repaired."""
    amounts = [a for a in (pay.min_amount, pay.max_amount) if a is not None]
    if not amounts or any(a < 0 for a in amounts):
        if amounts:
            warnings.append(f"ignored a negative pay figure ({pay.text or describe(pay)})")
        return None
    if len(amounts) == 2 and amounts[0] > amounts[1]:
        pay = replace(pay, min_amount=amounts[1], max_amount=amounts[0])
        warnings.append(f"pay range written high to low; read as {describe(pay)}")
    return pay


def _usd_range(pay: Pay) -> tuple[Decimal, Decimal] | None:
    """Annual USD (low, high) with an open end filled from the other; None when not convertible."""
    low, high = annual_usd(pay)
    low, high = low if low is not None else high, high if high is not None else low
    return None if low is None or high is None else (low, high)


def _estimate_warnings(chosen: Pay, estimates: Iterable[Pay]) -> list[str]:
    """A warning for each estimate far outside the stated range (under a quarter, or over four times)."""
    stated = _usd_range(chosen)
    out = []
    for estimate in estimates:
        guess = _usd_range(estimate)
        if stated and guess and (guess[1] * 4 < stated[0] or guess[0] > stated[1] * 4):
            out.append(f"estimate {describe(estimate)} contradicts the stated range {describe(chosen)}")
    return out


def _conflict_warnings(chosen: Pay, stated: Iterable[Pay]) -> list[str]:
    """A warning for each other stated figure of the same kind that differs by more than half."""
    mine = _usd_range(chosen)
    out = []
    for other in stated:
        theirs = _usd_range(other)
        if (
            other is chosen
            or other.kind != chosen.kind
            or not mine
            or not theirs
            or _same_figure(other, chosen)
        ):
            continue
        overlap = theirs[0] <= mine[1] and mine[0] <= theirs[1]
        mid_mine, mid_theirs = sum(mine) / 2, sum(theirs) / 2
        if not overlap and max(mid_mine, mid_theirs) > Decimal("1.5") * min(mid_mine, mid_theirs):
            out.append(f"another stated figure {describe(other)} differs strongly from {describe(chosen)}")
    return out


def _same_figure(one: Pay, other: Pay) -> bool:
    """The same stated figure, its period since guessed ("700 - 1,100 USD" read as a month's pay), or
    written again where one of them states no period ("50,000 Salary" and "Approx 50,000 Initial pay")."""
    same = (one.min_amount, one.max_amount, one.currency) == (
        other.min_amount,
        other.max_amount,
        other.currency,
    )
    return same and (one.text == other.text or not (one.period_stated and other.period_stated))


def _plausibility_warnings(pay: Pay) -> list[str]:
    """A warning when the yearly figure in USD is implausibly small or large for a salary."""
    usd = _usd_range(pay)
    if usd is None:
        return []
    if usd[1] < 1000:
        return [f"{describe(pay)} looks implausibly low for a yearly salary; the period may be missing"]
    if usd[0] > 5_000_000:
        return [f"{describe(pay)} looks implausibly high for pay"]
    return []
