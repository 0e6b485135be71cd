"""Terms of the job: minimum years of experience, employment type and the date it was posted."""

import re
from datetime import date

_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        + ("eleven", "twelve", "thirteen", "fourteen", "fifteen"),
        start=1,
    )
}
_NUM = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS = re.compile(
    rf"\b(?P<n>{_NUM})(?:\s*\(\d{{1,2}}\))?\s*(?P<plus>\+|plus\b)?"
    rf"(?:\s*(?:-|–|—|to|or|and)\s*{_NUM}(?:\s*\(\d{{1,2}}\))?)?\s*\+?(?P<more>\s+or\s+more)?"
    r"[\s-]*(?:years?|yrs?|jahre?n?|ans|años|anos|jaar|anni)\b['’]?(?=(?P<after>[^.;!?\n]{0,80}))",
    re.I,
)
_YEARS_REJECT_AFTER = re.compile(
    r"^\s*(?:old|of\s+age|of\s+the|ago|degree|college|university|bachelor|program|course|warranty|in\s+business|"
    r"history|later|from\s+now|running|in\s+a\s+row)\b",
    re.I,
)
_YEARS_REJECT_BEFORE = re.compile(
    r"\b(?:within|after|in\s+the\s+(?:next|first|last|past)|the\s+(?:next|first|last|past)|founded|since|"
    r"for\s+(?:over|more\s+than|the\s+past)|over\s+the(?:\s+(?:past|last))?|first|aged?|for)\s*$",
    re.I,
)
_EXPERIENCE_AFTER = re.compile(
    r"\b(?:experience|exp|expertise|background|track\s+record|professional|industry|relevant|hands-on|"
    r"practical|proven|working|work|employment|in\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:role|position)|"
    r"\w*erfahrung|d['’]exp[ée]rience|de\s+experi[eê]ncia|de\s+experiencia|ervaring|di\s+esperienza)",
    re.I,
)
_EXPERIENCE_BEFORE = re.compile(
    r"(?:experience|at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than|require[sd]?|requiring|must\s+have|"
    r"needs?|bring|possess|you\s+have|mindestens|au\s+moins|al\s+menos|pelo\s+menos|minimaal|m[ií]nimo)\W*$",
    re.I,
)


def _years_value(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw.lower()]


def min_years_experience(text: str) -> int | None:
    """The first experience requirement in years ("5+ years", "at least three years"), else None."""
    if not text or not isinstance(text, str):
        return None
    for found in _YEARS.finditer(text):
        before = re.split(r"[.!?\n]", text[max(0, found.start() - 40) : found.start()])[-1]
        after = found["after"].split(",")[0]
        if _YEARS_REJECT_AFTER.match(after) or _YEARS_REJECT_BEFORE.search(before):
            continue
        strong = bool(found["plus"] or found["more"] or _EXPERIENCE_BEFORE.search(before))
        if _EXPERIENCE_AFTER.search(after) or strong:
            value = _years_value(found["n"])
            if 0 < value <= 30:
                return value
    return None


# Latin, Cyrillic and Greek words stand between word boundaries; CJK words sit between other letters of
# their script, where nothing separates them, so they are matched as they are.
_KINDS = {
    "full_time": (
        r"full[- ]?time|vollzeit(?:stelle)?|temps\s+plein|tiempo\s+completo|jornada\s+completa|"
        r"tempo\s+integral|tempo\s+pieno|voltijd|pe[łl]ny\s+etat|pe[łl]en\s+etat|heltid|tam\s+zamanl[ıi]|pln[ýy]\s+[úu]vazek|"
        r"полная\s+занятость|полный\s+(?:рабочий\s+)?день|повна\s+зайнятість|(?-i:CDI|CLT)",
        "正社員|全职|全職|정규직|풀타임",
    ),
    "part_time": (
        r"part[- ]?time|teilzeit(?:stelle)?|minijob|geringf[üu]gig\w*|temps\s+partiel|medio\s+tiempo|"
        r"media\s+jornada|tiempo\s+parcial|jornada\s+parcial|tempo\s+parcial|meio\s+per[ií]odo|"
        r"meia\s+jornada|tempo\s+parziale|deeltijd|deltid|yar[ıi]\s+zamanl[ıi]|niepe[łl]ny\s+etat|"
        r"[čc][áa]ste[čc]n[ýy]\s+[úu]vazek|частичная\s+занятость|неполный\s+(?:рабочий\s+)?день|"
        r"часткова\s+зайнятість",
        "パート|アルバイト|兼职|兼職|파트타임|아르바이트",
    ),
    "internship": (
        r"internships?|praktikum|praktikant(?:in)?|est[áa]gio|estagi[áa]rio|pr[áa]cticas|pasant[íi]a|tirocinio|"
        r"stage\s+curriculare|stagiaire|sta[żz]\s+p[łl]atny|sta[żz]ysta|werkstudent(?:in)?|stajyer|magang|"
        r"стажировка|стажер|стажёр",
        "インターン|实习|實習|인턴",
    ),
    "temporary": (
        r"fixed[- ]term(?:\s+contract)?|temporary(?:\s+contract)?|temp(?=\s+(?:role|position|job))|seasonal|"
        r"locum|befristet\w*|(?-i:CDD)|int[ée]rim(?:aire)?|saisonnier|temporal|tempor[áa]rio|"
        r"tempo\s+determinato|tijdelijk(?:\s+contract)?|na\s+czas\s+okre[śs]lony|visstidsanst[äa]llning|"
        r"vikariat|срочный\s+договор|временная\s+работа",
        "派遣社員|派遣|臨時|계약직",
    ),
    "contract": (
        r"contract(?:or)?(?:[- ]to[- ]hire)?|freelance(?:r)?|c2c|freiberuflich|(?-i:PJ)|aut[ôo]nomo|"
        r"umowa\s+zlecenie|umowa\s+o\s+dzie[łl]o|zzp(?:['’]er)?",
        "契約社員|外包",
    ),
    "permanent": (
        r"permanent|unbefristet\w*|festanstellung|contrato\s+indefinido|vaste\s+aanstelling|"
        r"tillsvidareanst[äa]llning|fast\s+anst[äa]llning|umowa\s+o\s+prac[ęe]|бессрочный",
        "",
    ),
}
_EMPLOYMENT = re.compile(
    "|".join(
        rf"(?P<{kind}>(?<!\w)(?:{words})(?!\w){'|' + cjk if cjk else ''})"
        for kind, (words, cjk) in _KINDS.items()
    ),
    re.I,
)
# Kinds whose words also appear in other senses ("temporary housing", "contract negotiations").
_WEAK_KINDS = frozenset({"temporary", "contract", "permanent"})
_WEAK_CONTEXT_AFTER = re.compile(
    r"^\s*(?:\(|role|position|job|basis|assignment|opportunity|work|employment|engagement|hire|worker|staff|"
    r"contract|post|vacancy|for\s+\d)",
    re.I,
)
# (?<!\d): a count is read from its first digit only, so a long run of digits is scanned once.
_WEAK_CONTEXT_BEFORE = re.compile(
    r"(?:(?<!\d)\d++[- ]?(?:months?|weeks?|years?)(?:\s+(?:initial|travel|rolling|fixed))?"
    r"|w-?2|1099|this\s+is\s+an?|\()\s*$",
    re.I,
)
# "\W*" and "\s*" used to share out a run of blanks every way. Now: all the leading punctuation, then the
# label; or else up to the last colon in that punctuation (what "\W*" found by backtracking).
_TYPE_LABEL = re.compile(
    r"^(?:\W*+(?:employment|job|position|work|contract|engagement|role|schedule)?\s*+"
    r"(?:type|status|schedule|basis)?\s*+:|\W*:)\s*",
    re.I,
)
_TYPE_LIST_GAP = re.compile(r"^\s*(?:/|,|\||&|or|and|-|–)?\s*$", re.I)


def _mentions(line: str) -> list[tuple[str, bool]]:
    """(kind, labelled) for each employment-type mention in one line, lists of options left out."""
    found = [(m.lastgroup or "", m.start(), m.end()) for m in _EMPLOYMENT.finditer(line)]
    label = _TYPE_LABEL.match(line)
    labelled = bool(label and label.end() > 1) or len(line.strip(" -•*()")) <= 30
    out: list[tuple[str, bool]] = []
    for i, (kind, start, end) in enumerate(found):
        if label and start < label.end() - 1:
            continue  # the label's own word ("Contract: Permanent, full-time") is not a statement
        near = found[max(0, i - 1) : i] + found[i + 1 : i + 2]
        # "Full Time / Part Time" offers options: evidence of neither.
        listed = [
            k
            for k, s, e in near
            if _TYPE_LIST_GAP.match(line[min(end, e) : max(start, s)]) and k not in (kind, "permanent")
        ]
        if listed and kind != "permanent":
            continue
        weak = kind in _WEAK_KINDS and not labelled
        if weak and not (
            _WEAK_CONTEXT_AFTER.match(line[end:])
            or _WEAK_CONTEXT_BEFORE.search(line[max(0, start - 30) : start])
        ):
            continue
        out.append((kind, labelled))
    return out


def employment_type(text: str) -> str | None:
    """full_time, part_time, contract, temporary or internship when the posting states one, else None."""
    if not text or not isinstance(text, str):
        return None
    mentions = [m for line in text.splitlines() for m in _mentions(line)]
    for wanted in (True, False):
        kinds = [kind for kind, labelled in mentions if labelled == wanted and kind != "permanent"]
        if kinds:
            return kinds[0]
    return "full_time" if mentions else None


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DATE_FORMS = (
    ("ymd", re.compile(r"(?P<y>\d{4})(?:[-/.]|年)(?P<m>\d{1,2})(?:[-/.]|月)(?P<d>\d{1,2})(?:\b|日)")),
    ("num", re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b")),
    ("mdy", re.compile(r"(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b")),
    (
        "dmy",
        re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b"),
    ),
)
_POSTED = re.compile(
    r"\b(?:date\s+posted|posted\s+date|posting\s+date|date\s+published|publication\s+date|job\s+posted|"
    r"(?:originally\s+)?(?:posted|published|listed)(?:\s+on)?"
    r"|(?P<dayfirst>publi[ée]e?\s+le|publicad[ao]\s+(?:em|el|en)|ver[öo]ffentlicht\s+am|geplaatst\s+op|"
    r"opublikowano)|掲載日|公開日)\b\s*[:\-–：]?\s*(?P<date>[^\n]{6,40})",
    re.I,
)


def _parse_date(text: str, *, day_first: bool = False) -> date | None:
    """A calendar date at the start of text in one of the common posting formats."""
    text = text.strip()
    for form, pattern in _DATE_FORMS:
        found = pattern.match(text)
        if not found:
            continue
        parts = found.groupdict()
        year = int(parts["y"]) + (2000 if len(parts["y"]) == 2 else 0)
        if form == "num":
            a, b = int(parts["a"]), int(parts["b"])
            # Slashes are US month/day unless the first number cannot be a month; dots are day.month.
            month, day = (b, a) if day_first or parts["sep"] == "." or a > 12 else (a, b)
        elif form == "ymd":
            month, day = int(parts["m"]), int(parts["d"])
        else:
            month, day = _MONTHS.get(parts["m"][:3].lower(), 0), int(parts["d"])
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def posted_date(text: str, *, facts: dict[str, str] | None = None) -> date | None:
    """The date a posting says it was posted or published; other dates in the text are ignored."""
    for key, value in (facts or {}).items():
        if (
            isinstance(key, str)
            and isinstance(value, str)
            and re.search(r"posted|published|posting date|publi|ver[öo]ffentlicht|geplaatst", key, re.I)
        ):
            parsed = _parse_date(value, day_first=not re.search(r"posted|published|posting", key, re.I))
            if parsed:
                return parsed
    if not text or not isinstance(text, str):
        return None
    for found in _POSTED.finditer(text):
        parsed = _parse_date(found["date"], day_first=bool(found["dayfirst"]))
        if parsed:
            return parsed
    return None
