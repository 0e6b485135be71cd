"""Filters and tags for the role and company pages: compact figures, pay notes and the pay chart."""

import math
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django import template

from ..choices import PayPeriod, SourceKind
from ..models import CURRENCY_SYMBOLS, Compensation, Role
from ..parsing._gazetteer import COUNTRY_NAMES
from ..parsing._rates import RATES_AS_OF

register = template.Library()

# Axis steps for the pay chart, in US dollars a year; the first giving at most MAX_TICKS intervals wins.
CHART_STEPS = (10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000, 5_000_000)
MAX_TICKS = 6
MIN_BAR = Decimal("1.5")  # percent: a single figure still shows as a visible mark


def money_short(amount: Decimal, currency: str = "USD") -> str:
    """ "$16K", "$1.2M", "€450", "5K CHF": the figure rounded for reading at a glance."""
    for size, suffix in ((Decimal(1_000_000), "M"), (Decimal(1000), "K")):
        if amount >= size:
            digits = f"{amount / size:.1f}".removesuffix(".0") + suffix
            break
    else:
        digits = f"{amount:,.2f}".removesuffix(".00")
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{digits}" if symbol else f"{digits} {currency}"


@register.filter
def compact_range(comp: Compensation) -> str:
    """An estimate as "$16K–$19K" (with its period when it is not yearly)."""
    ends = [money_short(a, comp.currency) for a in (comp.min_amount, comp.max_amount) if a is not None]
    text = "–".join(dict.fromkeys(ends))
    return text if comp.period == PayPeriod.YEAR else f"{text} {PayPeriod(comp.period).label}"


@register.simple_tag
def estimate_note(estimate: Compensation, pay: Compensation | None) -> str:
    """The sentence that flags an estimate: who gave it and what the posting says instead."""
    kind = estimate.source.kind if estimate.source_id and estimate.source else ""
    who = {SourceKind.AGGREGATOR: "An aggregator", SourceKind.BOARD: "A job board"}.get(
        kind, "Another source"
    )
    tail = "the posting states the range above" if pay else "the posting itself does not state pay"
    return f"{who} estimated {compact_range(estimate)}; {tail}."


@register.filter
def annual_usd(comp: Compensation | None) -> str:
    """The annualised figure in US dollars, only when the posting used another currency or period."""
    if comp is None or (comp.currency == "USD" and comp.period == PayPeriod.YEAR):
        return ""
    ends = [a for a in (comp.annual_min_usd, comp.annual_max_usd) if a is not None]
    if not ends:
        return ""
    figures = " – ".join(dict.fromkeys(f"${a:,.0f}" for a in ends))
    converted = f" at the rates of {RATES_AS_OF:%-d %B %Y}" if comp.currency != "USD" else ""
    return f"About {figures} a year in US dollars{converted}."


@register.filter
def country_names(codes: list[str]) -> str:
    """ "United States (US)" for each ISO code, as a readable list."""
    return ", ".join(f"{COUNTRY_NAMES[c]} ({c})" if c in COUNTRY_NAMES else c for c in codes)


@register.filter
def basename(path: str) -> str:
    """A stored file path's last part: the name a person recognises."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


@register.simple_tag
def skills_in_demand(roles: list[Role], limit: int = 15) -> list[tuple]:
    """(skill, number of roles asking for it), most asked first, from the roles' prefetched skills."""
    counts = Counter(rs.skill for role in roles for rs in role.role_skills.all())
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].name.casefold()))[:limit]


@register.simple_tag
def locations_of(roles: list[Role]) -> list[tuple]:
    """(location, number of roles there), most roles first, from the roles' prefetched locations."""
    counts = Counter(loc for role in roles for loc in role.locations.all())
    return sorted(counts.items(), key=lambda pair: (-pair[1], str(pair[0])))


@dataclass(frozen=True)
class ChartRow:
    role: Role
    left: str  # CSS percentages, preformatted so templates never localise them
    width: str


@dataclass(frozen=True)
class PayChart:
    rows: list[ChartRow]
    unpaid: list[Role]
    ticks: list[tuple[str, str]]  # (CSS left percentage, label)


def _axis(low: Decimal, high: Decimal) -> tuple[Decimal, Decimal, int]:
    step = next((s for s in CHART_STEPS if (high - low) / s <= MAX_TICKS), CHART_STEPS[-1])
    start = (low // step) * step
    # Decimal's // truncates toward zero, so -(-high // step) would round down: ceil explicitly.
    end = max(math.ceil(high / step) * step, start + step)
    return Decimal(start), Decimal(end), step


@register.simple_tag
def pay_chart(roles: list[Role]) -> PayChart:
    """Each role's yearly pay in US dollars placed on one shared axis; roles without pay listed apart."""
    paid = [r for r in roles if r.pay_min_usd is not None or r.pay_max_usd is not None]
    unpaid = [r for r in roles if r not in paid]
    if not paid:
        return PayChart(rows=[], unpaid=unpaid, ticks=[])
    ends = {r.pk: (r.pay_min_usd or r.pay_max_usd, r.pay_max_usd or r.pay_min_usd) for r in paid}
    start, end, step = _axis(min(lo for lo, _ in ends.values()), max(hi for _, hi in ends.values()))
    span = end - start

    def pct(value: Decimal) -> Decimal:
        return (value - start) / span * 100

    rows = []
    for role in paid:
        lo, hi = ends[role.pk]
        width = max(pct(hi) - pct(lo), MIN_BAR)
        left = min(pct(lo), 100 - width)
        rows.append(ChartRow(role=role, left=f"{left:.2f}%", width=f"{width:.2f}%"))
    ticks = [
        (f"{pct(Decimal(v)):.2f}%", money_short(Decimal(v))) for v in range(int(start), int(end) + 1, step)
    ]
    return PayChart(rows=rows, unpaid=unpaid, ticks=ticks)


@register.simple_tag
def role_blurb(role: Role, pay: Compensation | None) -> str:
    """One sentence for meta descriptions and link previews: company, place, pay."""
    places = "; ".join(loc.name for loc in role.locations.all()) or role.get_work_mode_display()
    where = f" in {places}" if places else ""
    money = pay.display if pay else "pay not stated"
    status = "" if role.is_open else f" This role is {role.get_status_display().lower()}."
    return f"{role.title} at {role.company.name}{where}: {money}.{status}"
