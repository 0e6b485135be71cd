"""Find pay in posting text: ranges, currencies, periods, kinds, aggregator estimates and equity.

``find_pay`` returns every figure that reads as pay, in reading order; ``choose_pay`` picks the one to
show and explains its doubts in warnings. Figures tied to perks, funding or audience sizes are ignored.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import islice

from . import _rates
from ._rates import RATES_AS_OF as RATES_AS_OF
from ._rates import annualise, to_usd

# No pay reaches a hundred billion in any currency: a larger figure is a typo or hostile input ("1e308"),
# and would not fit the stored amounts. Such a figure drops the pay, never the posting.
MAX_AMOUNT = Decimal(10) ** 11
_MAX_ANNUAL_USD = Decimal(10) ** 12


@dataclass(frozen=True)
class Pay:
    """One pay figure as the posting states it."""

    min_amount: Decimal | None
    max_amount: Decimal | None
    currency: str
    period: str
    kind: str = "base"
    is_estimate: bool = False
    equity: bool = False
    bonus: bool = False
    text: str = ""
    # False when nothing near the figure says its period and "year" is only the default: the chosen figure's
    # period is then guessed from its size and currency (``guessed_period``), after the choice.
    period_stated: bool = True
    # False when the figure names no currency and the posting's country lent it one.
    currency_stated: bool = True


# A currency sign that ends another word: "单元" (a building's unit: "四单元702") is no yuan.
_NOT_CURRENCY_AFTER = {"元": "(?<![单單])"}


def _alternation(tokens: Iterable[str]) -> str:
    """Regex alternation of literal tokens, longest first, alphabetic edges kept off words."""
    parts = []
    for token in sorted(tokens, key=len, reverse=True):
        part = re.escape(token)
        # Guard ASCII letters only: "円" must still follow "万" in "600万円".
        if token[0].isascii() and token[0].isalpha():
            part = r"(?<![A-Za-z])" + part
        if token[-1].isascii() and token[-1].isalpha():
            part += r"(?![A-Za-z])"
        elif token[-1].isalpha() and token[-1] <= "\u024f":  # Latin letters: "đ" is no dong in "14 đến 16"
            part += r"(?![^\W\d_])"
        parts.append(_NOT_CURRENCY_AFTER.get(token, "") + part)
    return "|".join(parts)


# Behind a lookahead on the tokens' first characters: where no token can start, one check instead of 85.
_CUR_FIRST = re.escape("".join(sorted({token[0] for token in _rates.CURRENCY_TOKENS})))
_CUR = rf"(?=[{_CUR_FIRST}])(?:{_alternation(_rates.CURRENCY_TOKENS)})"
_CUR_WORD = "(?i:" + _alternation(_rates.CURRENCY_WORDS) + ")"
# Thousands written as a word in other languages too: "R$ 8 mil", "90 тысяч", "5 tys. zł", "3 Tsd. €";
# Chinese and Japanese count in thousands, ten-thousands and millions: "6千-1.2万", "4～8百万円"; Korean in
# ten-thousands of won: "월급 210 만원", "20만원".
# A multiplier's letter is not a word's first: "200 Kč" is 200 koruna, not 200,000 of nothing.
_MULT = (
    r"(?:(?:[kK]|[mM](?:n|io|illion)?|[bB](?:n|illion)?|(?i:thousand|lakhs?|lacs?|lpa|crores?|cr|mil|tausend)|L)"
    r"(?![A-Za-zÀ-ɏ])|(?i:tsd|tys|tis|тыс)\.?(?![^\W\d_])|(?i:тысяч[аи]?|triệu|tr|juta|jt|ribu|rb)(?![^\W\d_])|百万|万|萬|千"
    r"|만(?=[ \t]?원))"
)
# "$30/hr - $40/hr", "$140,000 per year - $165,000 per year": a unit may sit between the two ends
_SLASH_UNIT = (
    r"(?:\s?/\s?|[ \t]per[ \t])"
    r"(?i:hours?|hr|h|years?|yr|y|annum|months?|mo|mth|weeks?|wk|days?|d)(?![A-Za-z])"
)


def _amount(tag: str) -> str:
    """One amount: optional currency, digits in any grouping, multiplier, trailing currency."""
    return (
        rf"(?:(?P<c{tag}>{_CUR})(?:\s?\$)?\s?(?P<e{tag}>(?i:estimated|est\.)\s*:?\s*)?)?"
        # not inside another number ("1.5.14"), but after an abbreviation's full stop ("Rs.5.14 lakhs");
        # the Indian lakh grouping first: 25,00,000
        rf"(?:(?<![\d.,])|(?<=[A-Za-z]\.))(?P<i{tag}>\d{{1,3}}(?:,\d\d)+,\d{{3}}"
        rf"|\d{{1,3}}(?P<g{tag}>[,.'’\u00a0\u202f ])\d{{3}}(?:(?P=g{tag})\d{{3}})*|\d+)"
        rf"(?![\d%@])(?!\(k\))(?:[.,](?P<d{tag}>\d{{1,2}})(?![\d%]))?"
        rf"(?:\s?(?P<m{tag}>{_MULT}))?"
        # "Grade 3 £25,185": a symbol right before another figure is that figure's, not this one's
        rf"(?:\s?(?P<s{tag}>{_CUR}|{_CUR_WORD})(?![ \t]?\d))?"
        rf"(?P<u{tag}>{_SLASH_UNIT})?"  # "$30/hr - $40/hr": a unit may sit between the two ends
    )


# "to" in several languages too: "R$ 9.000 a R$ 12.000", "entre 28.000 y 32.000 €", "od 20 000 do 25 000";
# "$5,000 up to $8,000".
_CONNECTOR = (
    r"\s*(?:--?|[–—‒−~〜～]"
    r"|(?i:up[ \t]+to|to|and|till|until|through|bis|a|à|y|e|até|hasta|und|et|tot|do|до)(?!\w))\s*"
)
# A cheap superset of the currency markers above (symbols, three capitals, a few words): lines
# without one cannot hold pay.
_DIGIT = re.compile(r"\d")
_MAY_HOLD_PAY = re.compile(
    r"[$£¥€₦₩₪₫₱₴₹₺₽₸元円万]|\b[A-Z]{3}\b|(?:(?<=\d)|(?<=\d[kK]))[A-Z]{3}\b|\b(?:Fr|Ft|Kč|kr|zł|Rs|Rs\.|K[Ss][Hh][Ss]?|Rp)"
    r"|\bSh(?=[ \t]?\d)"
    # rand only before an amount of money ("R228 321", "R20.000"), never "R 4.0" or a grade "R2"
    r"|\bR(?=[ \t]?\d{1,3}(?:[ ,.]\d{3})+\b|\d{4,})|\bN(?=\d{1,3}(?:,\d{3})+\b)"
    r"|(?i:vnđ|đồng)|\dđ|руб|(?<=\d)[ \t]?(?i:triệu|juta|jt)\b|"
    r"(?i:\b(?:lpa|lakhs?|lacs?|crores?|ctc|dollars?|euros?|francs|pounds|rupees?|r(?:o)?ubles|reais|pesos"
    rf"|{'|'.join(_rates.LOWER_CODES)})\b)"
    # currencies named in other scripts ("دينار عراقي")
    rf"|{_alternation(w for w in _rates.CURRENCY_WORDS if not w.isascii())}"
)
_FIGURE_RE = re.compile(_amount("a") + rf"(?:(?P<conn>{_CONNECTOR}){_amount('b')})?")

# A sentence (or bullet, or table cell) bounds the words that describe a figure.
_BOUNDARY_RE = re.compile(r"\n|[.!?](?=\s)|[•|·]")
# Pay named in other languages too; German compounds end in theirs ("Bruttogehalt", "Stundenlohn"), and
# Chinese, Japanese and Korean words stand glued to their neighbours ("基础薪资", "想定年収").
_PAY_WORD_RE = re.compile(
    r"\b(?:salary|salaries|pay|compensation|base|range|rate|wages?|earnings|ote|ctc|package|remuneration"
    r"|salario|sueldo|salário|remuneração|remuneración|retribución|retribuzione|stipendio|salaire"
    r"|rémunération|salaris|wynagrodzenie|pensja|mzda|plat|fizetés|maaş|ücret|lương|gaji|lön|lønn|palkka"
    r"|зарплата|заработная|оклад|доход|thu\s+nhập|الراتب|راتب|الأجر|معاش)\b|\bRAL\b(?!\s*\d{4}\b)"
    r"|(?:gehalt|lohn|vergütung)\b|薪|工资|待遇|給与|給料|月給|年収|時給|급여|연봉|시급",
    re.I,
)
# An intern's stipend is pay too, though "learning stipend" is a perk: only a figure naming no currency of
# its own looks for it.
_PAY_OR_STIPEND_RE = re.compile(rf"{_PAY_WORD_RE.pattern}|\bstipend\b", re.I)
_FUNDING_RE = re.compile(rf"\b(?:{_rates.FUNDING_WORDS})\b", re.I)
# Matched at the start of the text after a figure. The lookbehinds only keep other start points (which
# .match never tries) from rescanning a long run of blanks or letters; possessive runs do not backtrack.
_PERK_AFTER_RE = re.compile(
    r"(?<!\s)\s*+(?:(?:/|per\b|an?\b)\s*+[a-z]++\s++)?"
    r"(?:(?!(?:plus|and|with|or|base|salary|pay|per|an?|to|depending|doe)\b)"
    r"(?<![a-z-])[a-z][a-z-]*+\s++){0,3}?"
    rf"(?:{_rates.PERK_NOUNS})(?![\w-])",
    re.I,
)
# "Rs.300/- (Rupees Three Hundred Only) is payable by candidates towards … application fees": the
# applicant pays it.
_FEE_AFTER_RE = re.compile(
    r"[^\n.]{0,60}?\b(?:payable|to[ \t]+be[ \t]+paid|paid)[ \t]+by[ \t]+(?:the[ \t]+|all[ \t]+)?"
    r"(?:candidates?|applicants?)\b",
    re.I,
)
_PERK_BEFORE_RE = re.compile(rf"\b(?:{_rates.PERK_LABELS})\b([^$€£₹\d]{{0,40}})$", re.I)
_KIND_RE = re.compile(
    r"(?P<ote>\bOTE\b|\bon[- ]target(?: earnings| compensation| pay)?)"
    r"|(?P<total>\btotal (?:target |annual |cash |expected )*(?:comp(?:ensation)?|cash|pay|package"
    r"|remuneration|rewards?)\b|\bTC\b)"
    r"|(?P<base>\bbase\b)",
    re.I,
)
_EST_BEFORE_RE = re.compile(
    r"estimat\w*\s*(?:salary|pay|compensation|range|base)?\s*:?\s*$"
    r"|\b(?:gesch[äa]tzte?s?\s+(?:gehalt|jahresgehalt|verg[üu]tung)|(?:salario|sueldo)\s+estimado"
    r"|sal[áa]rio\s+estimado|salaire\s+estim[ée]|stipendio\s+stimato|geschat\s+salaris)\s*:?\s*$"
    r"|\b(?:salary|pay)\s*(?:range\s*)?:\s*estimat|\best\.\s*(?:salary|pay)?\s*:?\s*$"
    r"|\b(?:glassdoor|indeed|levels\.fyi|ziprecruiter|payscale|salary\.com)\b[^\n]{0,40}estimat",
    re.I,
)
# "(est.)", "(Glassdoor est.)", "(geschätzt für Vollzeit)", "(estimado)", "(estimé)": the board's estimate
_EST_AFTER_RE = re.compile(
    r"[^\n\d(]{0,25}\(\s*(?P<who>[\w.]+\s+)?(?:est(?:\.|imated?\b|imate\b)|gesch[äa]tzt|estimad[oa]s?\b"
    r"|estim[ée]e?s?\b|stimat[oa]\b|geschat\b|szacowan\w*|szacunkow\w*)",
    re.I,
)
_UP_TO_RE = re.compile(
    r"(?:\bup\s*-?\s*to|\bmax(?:imum)?(?:\s+of)?|\bno more than|\bnot to exceed|\bas much as|\bcapped at"
    r"|\bfino\s+a|\bbis\s+zu|\bhasta|\baté|\bjusqu['’]\s*à|\bjusqu['’]\s*a|\bdo|\bдо|\btối\s+đa)"
    r"\s*:?\s*$",
    re.I,
)
_FROM_RE = re.compile(
    r"(?:\bfrom|\bstarting(?:\s+(?:at|from))?|\bstarts at|\bmin(?:imum)?(?:\s+of)?|\bat least|\bover"
    r"|\babove|\bmore than|\bin excess of|\bupwards of|\bno less than"
    # "ab 1.800 EUR", "от 200 000 руб.", "à partir de 32 000 €", "desde", "vanaf", "od", "da", "från", "từ"
    r"|\bab|\bот|(?<!\w)à\s+partir\s+d[e']|\ba\s+partir\s+de|\bdesde|\bvanaf|\bod|\bda|\bdal|\bfrån|\bfra"
    r"|\bmindestens|\bmínimo|\bminimo|\bminimum|\btừ)\s*:?\s*$",
    re.I,
)
# A pay floor named before its one figure: "Das Mindestgehalt beträgt … 3.237,10 Euro", "a minimum salary of
# $52,000", "salario mínimo de …".
_FLOOR_NOUN_RE = re.compile(
    r"\b(?:mindest(?:gehalt|entgelt|bezug)|minimum\s+(?:salary|pay|rate)|salaire\s+minimum"
    r"|(?:salario|sueldo|salário)\s+m[ií]nimo|minimumsalaris)\w*",
    re.I,
)
# "時給1,300円～", "80,000 VND / hour ~": a tilde after a figure and its unit, no second figure: "or more"
_TILDE_AFTER_RE = re.compile(r"[^\n\d～~〜]{0,20}?[～~〜](?![ \t]*[\d$€£¥₹])")
_PLUS_AFTER_RE = re.compile(r"\+(?!\s*(?:equity|stock|bonus|benefits|rsus?|commission|super))", re.I)
# Possessive blanks between the optional words; (?<!\s): a match starts at a blank run's first blank.
_UNIT_AFTER_RE = re.compile(
    r"(?<!\s)\s*+\)?\s*+(?:(?-i:[A-Z]{3})\b\s*+)?"
    r"(?:(?:gross|brutto|bruto|brutos|bruta|net|netto|neto|liquido|base|salary|pay|total)\b\s*+)?"
    # "a la semana", "por la hora", "la hora": an article between the two
    r"(?P<sep>/|per\b|p/|an?\b|each\b|every\b|pro\b|par\b|por\b|al\b)?\s*+(?:(?:la|el|le)\s++)?"
    r"(?P<word>[^\W\d_][\w.]*)",
    re.I,
)
_PERIOD_BEFORE_RE = re.compile(
    r"\b(?P<hour>hourly|per hour|an hour)\b|\b(?P<day>daily|day rate|per day)\b"
    r"|\b(?P<week>weekly|per week)\b|\b(?P<month>monthly|per month)\b"
    r"|\b(?P<year>annual|annually|yearly|per year|per annum)\b",
    re.I,
)
# Words near an unlabelled figure that say its period, in the languages postings come in.
_HINTS = {
    "hour": re.compile(
        r"\bhour|\bhourly\b|\bhrs?\b|/h\b|\bhora\b|\bstunde|\bheure|\bhoraire\b|\bora\b|\buur\b"
        r"|時給|时薪|小时|시급|в час|/ч\b|/час\b|\bhodin|\bza\s+hod\b|\bgodzin|\bórabér"
        r"|\btim(?:lön|løn|elønn?|men|me)\w*|\btuntipalk",
        re.I,
    ),
    "day": re.compile(
        r"\bday\b|\bdaily\b|\bper diem\b|\bd[ií]a\b|\bdiari[oa]\b|\bturno\b|\bjour\b|\btag\b|日給|日薪|일급"
        r"|\bTJM\b|\bjournalier\b"
        r"|в день|за смену",
        re.I,
    ),
    "month": re.compile(
        r"\bmonth|\bmonthly\b|\bmes(?:es)?\b|\bmensual|\bmês\b|\bmensal|\bmois\b|\bmensuel|\bmonat|\bmaand"
        r"|\bmiesi[ęe]czn|\bmese\b|\bmensil|в месяц|/мес|\bмес\b|月|월|\bměsí[cč]|\bmesa[čc]n|\bmesiac"
        r"|\btháng\b|\bbulan\b|\bbln\b|\bmånad|\bmåned|\bkuukau",
        re.I,
    ),
}
# "Stock" alone is stock in trade as often ("stock control", "stock assessment surveys"): only a grant of it
# or a plan to buy it is equity.
_EQUITY_RE = re.compile(
    r"\b(?:equity|(?:employee\s+)?stock\s+(?:options?|grants?|units?|awards?|purchase|plans?|ownership|"
    r"compensation)|stock-based|RSUs?|ESOPs?|ESPP|share options?|options grant)\b",
    re.I,
)
_NOT_EQUITY_BEFORE_RE = re.compile(
    r"(?:\b(?:diversity|inclusion|pay|health|racial|gender|social|brand|home)\W+$"
    r"|\b(?:not|no|excluding|excludes?|excl|without)\b[\w\s,]{0,20}$)",
    re.I,
)
_BONUS_RE = re.compile(r"\bbonus(?:es)?\b(?!\s+points)", re.I)


def find_pay(text: str, *, currency: str | None = None) -> list[Pay]:
    """Every pay figure in the text, in reading order; [] when there is none. ``currency`` is the posting's
    country's: a figure that names none is read in it when its own sentence says it is pay ("Stipend:
    40,000 per month", "薪资：15K ~ 30K / 月")."""
    if not isinstance(text, str):
        return []
    # A figure needs a currency and is read within its line, so only lines naming one (or, with a default
    # currency, naming pay) are scanned: the figure regex is costly and most lines hold no money at all.
    every = text.splitlines()
    lines = (
        _with_kind_heading(line, above)
        for line, above in zip(every, _lines_above(every), strict=True)
        if _DIGIT.search(line)
        and (
            _MAY_HOLD_PAY.search(line)
            or currency
            and (_PAY_OR_STIPEND_RE.search(line) or _THOUSANDS_A_PERIOD.search(line))
        )
    )
    return list(islice((pay for line in lines for pay in _find_in_line(line, currency)), _MAX_FIGURES))


def _lines_above(lines: list[str]) -> Iterator[str]:
    """For each line, the nearest non-blank line above it ("" for the first)."""
    above = ""
    for line in lines:
        yield above
        above = line if line.strip() else above


def _with_kind_heading(line: str, above: str) -> str:
    """A line of figures under a heading that says what they are ("Total Target Compensation" over "CAD
    $119,000 - $246,000, including a base salary of $100,000 - $160,000"), read with the heading before it."""
    heading = above.strip(" \t#*:")
    if len(heading) > 60 or _DIGIT.search(heading) or len(heading.split()) > 5:
        return line
    kind = _KIND_RE.search(heading)
    return f"{heading}: {line}" if kind and kind.lastgroup == "total" else line


# A posting states a few figures, a table of ranges by city a few dozen per posting and a dozen per line;
# reading more only lets a page of "$1$1$1…" cost minutes.
_MAX_FIGURES = 200
_MAX_FIGURES_IN_LINE = 24


# "25KMXN": a code glued to the thousands' "K" is read as "25K MXN".
_GLUED_CODE_RE = re.compile(r"(?<=\d[kK])(?=[A-Z]{3}\b)")


# US retirement plans named by their tax-code sections ("401K", "401(k)", "403b", "457(b)"): never a figure.
_RETIREMENT_PLAN_RE = re.compile(r"(?<![\d.,$€£])\b(?:401|403|457)[ \t]?(?:\([kb]\)|[kb]\b)", re.I)


_US_NAMED = re.compile(r"\bU\.?S\.?\b|\bUSD\b|United States|America")


def _find_in_line(text: str, currency: str | None = None) -> list[Pay]:
    pays: list[Pay] = []
    spans: list[tuple[int, int]] = []
    prev_end = 0
    text = _GLUED_CODE_RE.sub(" ", text)
    masked = _RETIREMENT_PLAN_RE.sub(lambda m: "_" * len(m.group()), text)  # same length: same positions
    bare: list[bool] = []  # whether each figure's only mark is a plain "$"
    pos = 0
    for _ in range(_MAX_FIGURES_IN_LINE):
        match = _FIGURE_RE.search(masked, pos)
        if match is None:
            break
        figures = _figures(text, match)
        pos = match.end()
        if len(figures) == 2 and figures[0][0].prefix is None and figures[0][0].suffix is None:
            # "from 01 March 2025 - £12.13 to £12.33": a bare number (a year) before a sum is no end of its
            # range; the sum is read again from its start, where it may open a range of its own
            figures, pos = figures[:1], figures[1][2]
        for low, high, start, end in figures:
            pay = _build(text, low, high, start, end, prev_end, currency)
            if pay is not None:
                pays.append(pay)
                spans.append((start, end))
                bare.append(_bare_dollar([low] if high is None else [low, high]))
        prev_end = pos
    # "CAD $119,000 - $246,000, including a base salary of $100,000 - $160,000": the dollars a line names
    # first hold for its plain "$" figures after them (not in "$140,000 for US hires; CAD $160,000 in Canada")
    named = [pay.currency for pay, plain in zip(pays, bare, strict=True) if not plain and pay.currency]
    first = named[0] if named and not bare[0] and set(named) == {named[0]} else None
    if first in _rates.DOLLAR_SIGN_CURRENCIES and first != "USD" and not _US_NAMED.search(text):
        pays = [replace(p, currency=first) if plain else p for p, plain in zip(pays, bare, strict=True)]
    return _floor_to_ceiling(_steps_to_range(pays, spans, text))


# Between two figures in brackets, each beside its step of a pay scale: "Step 1 (3,341,686.00 KSH per annum)
# to Step 13 (5,680,858.00 KSH per annum)", "Grade 5 ($40,000) – Grade 7 ($55,000)".
_STEP_GAP = re.compile(
    r"[^()\n]{0,24}\)[ \t]*+(?:to|[–—-]|bis|à|a|até|hasta|do|до)[ \t]++[^()\n]{0,30}\([ \t]*+", re.I
)


def _steps_to_range(pays: list[Pay], spans: list[tuple[int, int]], text: str) -> list[Pay]:
    """The lowest and highest step of a scale, each figure in its brackets, as one range."""
    for i in range(len(pays) - 1):
        low, high = pays[i], pays[i + 1]
        if (
            low.min_amount is not None
            and low.min_amount == low.max_amount
            and high.min_amount is not None
            and high.min_amount == high.max_amount
            and high.min_amount > low.min_amount
            and _same_terms(low, high)
            and _STEP_GAP.fullmatch(text, spans[i][1], spans[i + 1][0])
        ):
            return [*pays[:i], replace(low, max_amount=high.max_amount), *pays[i + 2 :]]
    return pays


def _same_terms(low: Pay, high: Pay) -> bool:
    """Whether two figures of one line are paid alike (currency, period, kind, bonus): ends of one range."""
    return (high.currency, high.period, high.kind, high.bonus) == (
        low.currency,
        low.period,
        low.kind,
        low.bonus,
    )


def _floor_to_ceiling(pays: list[Pay]) -> list[Pay]:
    """A line's floor and its ceiling stated apart are one range: "Min: $39,041 / Mid: $49,057 / Max:
    $59,073" (a grade's midpoint between them is no offer of its own), "from $20 … up to $25 an hour"."""
    floor = next((i for i, pay in enumerate(pays) if pay.max_amount is None and pay.min_amount), None)
    if floor is None:
        return pays
    low = pays[floor]
    for j in range(floor + 1, len(pays)):
        high = pays[j]
        if (
            high.min_amount is None
            and high.max_amount
            and high.max_amount >= low.min_amount
            and _same_terms(low, high)
        ):
            return [*pays[:floor], replace(low, max_amount=high.max_amount), *pays[j + 1 :]]
    return pays


@dataclass(frozen=True)
class _Amount:
    value: Decimal
    mult: str
    per_annum: bool
    prefix: str | None
    suffix: str | None
    estimated: bool
    unit: str | None
    word: str = ""  # the multiplier as written: "triệu" says dong, "juta" rupiah

    @property
    def total(self) -> Decimal:
        return self.value * _rates.MULTIPLIERS.get(self.mult, 1)


_CLOCK_AFTER = re.compile(r":\d\d(?!\d)")


def _read_amount(match: re.Match[str], tag: str) -> _Amount | None:
    """The amount captured under one tag, or None when that side is absent."""
    digits = match[f"i{tag}"]
    if digits is None or re.fullmatch(r"0\d{4,}", digits):
        return None  # "R01549535": a reference's leading zero, no amount ("08 - 12 triệu" is pay)
    sign = match[f"c{tag}"] or ""
    if sign.startswith("Fr") and match.string[: match.start(f"c{tag}")].endswith(("-", "–")):
        return None  # "Mo-Fr. 08:00": the weekdays' Friday, not francs
    # "19:49", "08:00 – 17:00": a clock's time ("$18:50" keeps its sign and is read as before)
    if not sign and _CLOCK_AFTER.match(match.string, match.end(f"i{tag}")):
        return None
    if sign == "N" and not re.search(r"\d,\d{3}", digits):
        return None  # naira without its sign only as thousands ("N400,000"), never "N 5" or "N95"
    digits = re.sub(r"\D", "", digits)
    decimals = match[f"d{tag}"]
    try:
        value = Decimal(f"{digits}.{decimals}" if decimals else digits)
    except InvalidOperation:
        return None
    mult = (match[f"m{tag}"] or "").lower().rstrip(".")
    return _Amount(
        value=value,
        mult=_rates.MULT_KEYS.get(mult, mult),
        per_annum=mult == "lpa",
        prefix=match[f"c{tag}"],
        suffix=match[f"s{tag}"],
        estimated=bool(match[f"e{tag}"]),
        unit=match[f"u{tag}"],
        word=mult,
    )


# A bare figure followed by a duration or a weekly count of hours counts time, not money.
_TIME_AFTER_RE = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:hours?|hrs?)[ \t]*+(?:a|per|/|each|every)[ \t]*+(?:week|wk|day|month)"
    r"|(?:days?|weeks?|months?|years?)(?![ \t]*+(?:pay|salary|wages?|base)\b))\b",
    re.I,
)


def _figures(text: str, match: re.Match[str]) -> list[tuple[_Amount, _Amount | None, int, int]]:
    """Split one regex match into figures: a range, or singles when the two sides do not belong together."""
    low, high = _read_amount(match, "a"), _read_amount(match, "b")
    if low is None:
        return []
    if high is None:
        return [(low, None, match.start(), match.end())]
    # "$120-150k": a multiplier written once applies to both ends.
    if not low.mult and high.mult and low.value <= high.value:
        low = replace(low, mult=high.mult, per_annum=high.per_annum)
    elif low.mult and not high.mult and high.value >= low.value:
        high = replace(high, mult=low.mult, per_annum=low.per_annum)
    conn_start, conn_end = match.span("conn")
    if high.prefix is None and high.suffix is None and _TIME_AFTER_RE.match(text, match.end()):
        return [(low, None, match.start(), conn_start)]  # "$20/hour up to 40 hours a week": hours, not pay
    lonely_and = match["conn"].strip().lower() == "and" and not re.search(
        r"between\W*$", text[max(0, match.start() - 20) : match.start()], re.I
    )
    bare_low = low.prefix is None and low.suffix is None and high.prefix is not None
    a, b = low.total, high.total
    far_apart = min(a, b) <= 0 or max(a, b) > 10 * min(a, b)
    if lonely_and or bare_low or far_apart:
        return [(low, None, match.start(), conn_start), (high, None, conn_end, match.end())]
    return [(low, high, match.start(), match.end())]


def _currency(amounts: Iterable[_Amount]) -> str | None:
    """The ISO code the figure's tokens name, preferring specific tokens over "$"."""
    found = None
    for amount in amounts:
        for token in (amount.prefix, amount.suffix):
            if not token:
                continue
            code = _rates.CURRENCY_TOKENS.get(token) or _rates.CURRENCY_WORDS.get(token.lower())
            if code and (found is None or token not in _rates.AMBIGUOUS_TOKENS):
                found = code
                if token not in _rates.AMBIGUOUS_TOKENS:
                    return found
    if found is None and any(a.mult in ("lakh", "crore") for a in amounts):
        return "INR"  # lakhs and crores are only used for rupees
    if found is None:  # "8 - 12 triệu" is dong, "5 - 7 juta" rupiah: only they count in these words
        return next((_LOCAL_MILLIONS[a.word] for a in amounts if a.word in _LOCAL_MILLIONS), None)
    return found


_LOCAL_MILLIONS = {"triệu": "VND", "juta": "IDR", "jt": "IDR"}
# A Swedish sentence about a wage: "lön", "timlön", "månadslön", "ersättning", "arvode".
_SWEDISH_PAY = re.compile(r"(?i:lön|ersättning|arvode)")


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence, bullet or line around text[start:end]."""
    left = max(0, start - 300)
    begin = left
    for boundary in _BOUNDARY_RE.finditer(text, left, start):
        begin = boundary.end()
    after = _BOUNDARY_RE.search(text, end, end + 300)
    return begin, after.start() if after else min(len(text), end + 300)


def _build(
    text: str,
    low: _Amount,
    high: _Amount | None,
    start: int,
    end: int,
    prev_end: int,
    default_currency: str | None = None,
) -> Pay | None:
    """A Pay for one figure, or None when it is not pay (perk, funding, audience, no currency)."""
    amounts = [low] if high is None else [low, high]
    currency = stated_currency = _currency(amounts)
    sent_start, sent_end = _sentence_span(text, start, end)
    sentence = text[sent_start:sent_end]
    # a number glued to a word ("Posted Today315477": a requisition's number) is no figure of pay
    glued = start > 0 and text[start - 1].isalpha()
    if currency is None and default_currency and not glued and _unmarked_pay(text, amounts, sentence, end):
        currency = default_currency
    elif currency == "USD" and default_currency in _rates.DOLLAR_SIGN_CURRENCIES and _bare_dollar(amounts):
        currency = stated_currency = default_currency  # "$" in Santiago is pesos, in Sydney Australian
    elif currency == "USD" and _bare_dollar(amounts) and _SUPER_RE.search(text):
        currency = stated_currency = "AUD"  # "$1,268.74 gross per week + 12% super": Australia's pension
    if any((a.suffix or "").lower() == "kronor" for a in amounts) and not _SWEDISH_PAY.search(sentence):
        return None  # "friskvårdsbidrag på 5 000 kronor", "fakturor på upp till 50 000 kronor": no wage
    if currency is None or any(a.mult == "b" or a.total <= 0 or a.total >= 10**10 for a in amounts):
        return None  # billions are never pay; amounts without a currency are counts, years, percentages
    before = text[max(sent_start, prev_end, start - 120) : start]
    after = text[end : min(len(text), end + 60)]
    usd = to_usd(amounts[-1].total, currency)
    huge = any(a.mult == "m" for a in amounts) or (usd is not None and usd > 2_000_000)
    if huge and (_FUNDING_RE.search(sentence) or not _PAY_WORD_RE.search(sentence)):
        return None  # millions are funding, revenue or audience sizes unless the sentence is about pay
    if _is_perk(before, after):
        return None
    # won not called pay (a reward, a benefit, a fee), or no won at all ("4원칙": 4 principles)
    if any(a.suffix == "원" for a in amounts) and (
        not _KOREAN_PAY_RE.search(text, max(0, start - 80), start) or _HANGUL_AFTER_RE.match(text, end)
    ):
        return None
    if _WEIGHT.search(sentence) and any((a.suffix or "").lower().startswith("pound") for a in amounts):
        return None  # "able to lift at least 50 pounds": a weight
    lo, hi = low.total, (high or low).total
    if high is None and _UP_TO_RE.search(before):
        lo = None
    elif high is None and (
        _FROM_RE.search(before)
        or _PLUS_AFTER_RE.match(after)
        or _TILDE_AFTER_RE.match(after)
        or _FLOOR_NOUN_RE.search(before)
    ):
        hi = None
    if any(x is not None and not plausible_amount(x) for x in (lo, hi)):
        return None
    period = "year" if any(a.per_annum for a in amounts) else _period(before, after, amounts)
    hinted = period or _infer_period(hi or lo, currency, sentence)
    return Pay(
        min_amount=_whole(lo),
        max_amount=_whole(hi),
        currency=currency,
        period=hinted or "year",
        period_stated=hinted is not None,
        currency_stated=stated_currency is not None,
        kind=_kind(before, after),
        is_estimate=any(a.estimated for a in amounts) or _is_estimate(before, after),
        equity=_has_equity(sentence),
        bonus=bool(_BONUS_RE.search(sentence)),
        text=" ".join(text[max(sent_start, start - 100) : min(sent_end, end + 60)].split()),
    )


# What a bare number in a sentence about pay may count instead of money: "13 months' pay", "40 hours",
# "2 years", "20 %", "5 people".
_COUNT_AFTER_RE = re.compile(
    r"(?<!\s)\s*+(?:%|(?i:years?|yrs?|months?|weeks?|days?|hours?|hrs?|people|employees|staff|positions?|openings?"
    r"|vacanc|jahre|monate|stunden|años|meses|horas|ans|mois|heures|лет|год|месяц|час|tháng|năm|ngày|giờ|người)"
    r"(?![^\W\d_])"
    r"|人|年|个月|個月|ヶ月|か月|天|日|小时|時間|명|개월|시간)",
)


_WEIGHT = re.compile(r"\b(?:lift|lifting|carry|carrying|weigh|weighing|weight|push|pull|objects?)\b", re.I)


# Australia's compulsory pension beside pay: "+ 12% super", "plus superannuation".
_SUPER_RE = re.compile(
    r"(?<![ \t])[ \t]*+(?:\+|plus)[ \t]*+(?:\d{1,2}(?:\.\d+)?[ \t]*+%[ \t]*+)?super\b|\bsuperannuation\b",
    re.I,
)


def _bare_dollar(amounts: list[_Amount]) -> bool:
    """Whether the figure's only currency mark is a plain "$" (not "US$", "USD", "dollars")."""
    tokens = {token for a in amounts for token in (a.prefix, a.suffix) if token}
    return tokens == {"$"}


# A search engine's job card: "130K–140K a year", thousands by the year or the month and no word of pay.
_THOUSANDS_A_PERIOD = re.compile(
    r"^[ \t•*-]*+\d{1,4}(?:[.,]\d)?[kK](?:[ \t]*+(?:[-–—]|to)[ \t]*+\d{1,4}(?:[.,]\d)?[kK])?"
    r"[ \t]++(?:a|an|per)[ \t]++(?:year|month)[ \t.]*+$",
    re.M,
)


def _unmarked_pay(text: str, amounts: list[_Amount], sentence: str, end: int) -> bool:
    """Whether a figure naming no currency is pay all the same: its sentence is about pay (or it is a job
    card's thousands by the year), it is large enough or written in thousands, and it counts nothing else (no
    year, months, hours or people)."""
    if _COUNT_AFTER_RE.match(text, end):
        return False
    if not _PAY_OR_STIPEND_RE.search(sentence) and not _THOUSANDS_A_PERIOD.search(sentence):
        return False
    # a small figure is pay only by the hour it says it pays ("Startgehalt 16,50/Std")
    hourly = _period("", text[end : end + 60], amounts) == "hour"
    for amount in amounts:
        if not amount.mult and (amount.value < 100 and not hourly or 1900 <= amount.value <= 2100):
            return False
    return True


def _whole(amount: Decimal | None) -> Decimal | None:
    """Drop a meaningless fractional part ("1.5k" -> 1500, not 1500.0)."""
    if amount is not None and amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount


# An intern's pay is a stipend: "Stipend: 40,000 per month" opening its line is pay, "a learning stipend of
# $500" a perk.
_STIPEND_LABEL_RE = re.compile(
    r"(?<![\s\-•*#|>])[\s\-•*#|>]*+(?:monthly\s++)?stipend\s*+[:：]?\s*+(?:of\s*+)?(?:INR|Rs\.?|₹)?\s*+$",
    re.I,
)

# "Per diem" before a word other than "of", "allowance" or "rate" names a schedule (as-needed shifts).
_PER_DIEM_JOB_RE = re.compile(
    r"per diem[ \t]++(?!(?:of|allowance|rates?|amount|payment|pay|paid|is|will|for)\b)[^\W\d_]", re.I
)


# Korean words for pay, a wage by its period, a lecturer's fee: "월급 210 만원", "## 강사료 … 20만원".
_KOREAN_PAY_RE = re.compile(r"급여|연봉|시급|월급|일급|주급|보수|임금|급료|강사료|강의료|사례비")
_HANGUL_AFTER_RE = re.compile(r"[\uac00-\ud7af]")
# A ceiling on what is paid back, or a perk's worth: "월세 지원 (월30만원 한도)", "연 600만원 상당의 코인".
_LIMIT_AFTER_RE = re.compile(r"(?<![ \t])[ \t]*+\)?[ \t]*+(?:한도|상당)")


def _is_perk(before: str, after: str) -> bool:
    """Whether the figure belongs to a perk, bonus or funding round rather than to salary, or is a fee the
    applicant pays."""
    if _PERK_AFTER_RE.match(after) or _LIMIT_AFTER_RE.match(after) or _FEE_AFTER_RE.match(after):
        return True
    perk = _PERK_BEFORE_RE.search(before)
    if perk and _STIPEND_LABEL_RE.fullmatch(before[before.rfind("\n") + 1 :]):
        return False
    if perk and _PER_DIEM_JOB_RE.match(perk.group()):  # "Per Diem LPNs $28 per hour": a schedule, not a perk
        return False
    return bool(perk) and not _PAY_WORD_RE.search(perk.group(1))


def _period(before: str, after: str, amounts: list[_Amount]) -> str | None:
    """The period written next to the figure ("/hr", "per annum", "Daily rate:"), else None."""
    for amount in reversed(amounts):
        word = (amount.unit or "").strip(" /").lower().removeprefix("per").strip()
        if word:
            return (
                _rates.UNIT_WORDS.get(word)
                or _rates.UNIT_WORDS.get(word.rstrip("s"))
                or _rates.UNIT_LETTERS.get(word)
            )
    unit = _UNIT_AFTER_RE.match(after)
    if unit:
        word = unit["word"].lower()
        found = _rates.UNIT_WORDS.get(word) or _rates.UNIT_WORDS.get(word.rstrip("."))
        if found is None and unit["sep"] and unit["sep"].lower() in ("/", "per", "p/"):
            found = _rates.UNIT_LETTERS.get(word.rstrip("."))
        if found:
            return found
    labels = list(_PERIOD_BEFORE_RE.finditer(before))
    return labels[-1].lastgroup if labels else None


def _infer_period(amount: Decimal | None, currency: str, sentence: str) -> str | None:
    """A period for a figure written without one, from the words of its sentence ("hourly", "TJM"), or None
    when they say nothing."""
    usd = to_usd(amount, currency) if amount is not None else None
    if usd is None or usd >= 25000:
        return "year" if usd is not None else None
    if usd < 300 and _HINTS["hour"].search(sentence):
        return "hour"
    if usd < 3000 and _HINTS["day"].search(sentence):
        return "day"
    if usd < 25000 and _HINTS["month"].search(sentence):
        return "month"
    if re.search(r"\brate\b", sentence, re.I) and usd < 3000:
        return "hour" if usd < 200 else "day"  # contract "rate" figures: small hourly, larger daily
    return None


# Currencies whose pay is stated by the month unless a posting says otherwise (Latin America, Eastern Europe,
# Turkey, South-East Asia, China, Africa), and the USD sizes that separate an hour's, a day's, a month's and
# a year's pay when a figure comes with no period at all: (hour below, day below, month below).
_MONTHLY_CURRENCIES = frozenset(
    str.split(
        "BRL COP CLP ARS MXN PEN UYU BOB PYG VES CRC DOP GTQ RUB UAH KZT BYN PLN CZK HUF RON BGN RSD TRY VND "
        "IDR PHP THB MYR CNY TWD HKD SGD EGP MAD NGN KES GHS MKD KGS TJS MNT HTG LYD YER AFN AOA GNF MRU DJF"
    )
)
_SIZES = {"INR": (6, 60, 2500), "JPY": (25, 200, 10000), "KRW": (30, 300, 15000)}
_MONTHLY_SIZES = (8, 60, 25000)
_OTHER_SIZES = (200, 200, 15000)  # a day rate is always named as one ("per day", "TJM")


def guessed_period(pay: Pay) -> str:
    """The period of a figure no word qualifies, from its size in dollars and its currency's custom: "R$
    1.615,00" a month, "$54–$60" an hour, "€450–650" a day, "$120,000" a year."""
    amount = pay.max_amount or pay.min_amount
    usd = to_usd(amount, pay.currency) if amount is not None else None
    if pay.period_stated or usd is None:
        return pay.period
    hour, day, month = _SIZES.get(pay.currency) or (
        _MONTHLY_SIZES if pay.currency in _MONTHLY_CURRENCIES else _OTHER_SIZES
    )
    return "hour" if usd < hour else "day" if usd < day else "month" if usd < month else "year"


def _kind(before: str, after: str) -> str:
    """base, total or ote from the nearest label before the figure, else a label right after it."""
    labels = list(_KIND_RE.finditer(before))
    if labels:
        return labels[-1].lastgroup or "base"
    label = _KIND_RE.search(re.split(r"[\d$€£₹.;\n(]", after, maxsplit=1)[0][:40])
    return label.lastgroup if label and label.lastgroup else "base"


def _is_estimate(before: str, after: str) -> bool:
    """Whether a site labels the figure as its own estimate ("Estimated:", "(Glassdoor est.)")."""
    if _EST_BEFORE_RE.search(before):
        return True
    label = _EST_AFTER_RE.match(after)
    return bool(label) and not (label["who"] or "").lower().startswith("employer")


def _has_equity(text: str) -> bool:
    """Whether the text offers equity (not "diversity, equity", not "does not include equity")."""
    for found in _EQUITY_RE.finditer(text):
        before = text[max(0, found.start() - 30) : found.start()]
        after = text[found.end() : found.end() + 20]
        if _NOT_EQUITY_BEFORE_RE.search(before) or re.match(r"\W*(?:and|&)\s+inclusion", after, re.I):
            continue
        return True
    return False


def mentions_equity(text: str) -> bool:
    """Whether the posting offers equity, stock options or RSUs anywhere."""
    return isinstance(text, str) and _has_equity(text)


def plausible_amount(amount: Decimal) -> bool:
    """Whether a figure can be pay at all: finite, not negative, under a hundred billion."""
    return amount.is_finite() and 0 <= amount <= MAX_AMOUNT


def annual_usd(pay: Pay) -> tuple[Decimal | None, Decimal | None]:
    """(min, max) per year in whole US dollars, for filtering and sorting; None where out of range."""

    def convert(amount: Decimal | None) -> Decimal | None:
        if amount is None or not plausible_amount(amount):
            return None
        usd = to_usd(annualise(amount, pay.period), pay.currency)
        return None if usd is None or usd >= _MAX_ANNUAL_USD else usd.quantize(Decimal(1), ROUND_HALF_UP)

    return convert(pay.min_amount), convert(pay.max_amount)


def describe(pay: Pay) -> str:
    """The figure written for people: "$16,000–$19,000", "up to £50,000", "€500 per day"."""
    low, high, cur = pay.min_amount, pay.max_amount, pay.currency
    money = _rates.format_money
    if low is not None and high is not None and low != high:
        symbol = cur in _rates.SYMBOLS
        core = f"{money(low, cur)}–{money(high, cur)}" if symbol else f"{money(low, '')}–{money(high, cur)}"
    elif low is not None:
        core = money(low, cur) if high is not None else f"from {money(low, cur)}"
    else:
        core = f"up to {money(high, cur)}" if high is not None else "an unstated amount"
    return core if pay.period == "year" else f"{core} per {pay.period}"
