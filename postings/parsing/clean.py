"""Remove page furniture that is not the posting: ATS keyword boxes, sign-up calls, buttons, other jobs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import _labels as labels
from .places import parse_place, work_mode
from .sections import classify_heading
from .terms import employment_type, parse_date


@dataclass(frozen=True)
class Cleaned:
    """A posting's own text, the page's labelled header facts, and what was cut."""

    text: str
    kind_hint: str | None
    facts: dict[str, str]
    removed: tuple[str, ...]


_BULLET = re.compile(r"^\s*(?:[-•●▪◦‣∙·*–—]\s*)+")
_EDGE_ARROWS = re.compile(r"^[\s→›»>←‹«<]+|[\s→›»>←‹«<]+$")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]?$")

# A line that opens a list of other jobs; everything from it on belongs to the page, not the posting.
_RELATED_INTRO = re.compile(
    r"(?:(?:related|similar|recommended|suggested)\s+(?:jobs?|positions?|roles?|openings?|vacancies|listings?|"
    r"opportunities|postings?)|(?:other|more|latest|featured|popular|new|nearby)\s+(?:jobs|positions|roles|"
    r"openings|vacancies|listings|opportunities|postings))"  # "New Job" over a form is this one job
    r"(?:\s+(?:at|from|by|with|in|like this(?: one)?)\b.{0,60})?"
    r"|(?:all|view all|see all|browse(?: all)?|explore(?: all)?)\s+"
    r"(?:jobs?|positions?|roles?|openings?|vacancies|opportunities)(?:\s+(?:at|from|by|with|in)\b.{0,60})?"
    r"|people (?:also )?(?:viewed|searched|applied)(?: for)?|jobs? you (?:may|might) (?:also )?like"
    r"|you (?:may|might) also like|view all|see all",
    re.I,
)
# "← All roles", "« Back to all jobs": the way back, not "‹ Similar Jobs ›" over a carousel
_BACK_LINK = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:[←«‹⟵⬅]|&larr;|<)[ \t]*+(?i:back[ \t]+to[ \t]+)?"
    r"(?i:all|see[ \t]+all|view[ \t]+all)\b"
    r"|(?i:back[ \t]+to)\b)[^›»>→\n]*+$"
)
# (?!…): no match starts inside a run of blanks, so a long run is scanned once, not once per blank.
_CHIP_SPLIT = re.compile(r"(?!(?<=\s)\s)\s*+[,·|•;]\s*")
_CARD_SNIPPET = re.compile(r"^job description\b|(?:\.\.\.|…)$", re.I)

# ATS keyword boxes ("Resume Keywords to Include", "ATS score") and their keyword chips.
_ATS = re.compile(
    r"(?=[rkam])(?:"
    r"resume keywords?|keywords? (?:to include|appear in your (?:resume|cv)|found|missing|matched)"
    r"|\bats\b.{0,25}\bscor|\b(?:match(?:ing)?|resume) score\b|\bresume match\b"
    r")",
    re.I,
)
_ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|manager|designer|analyst|scientist|architect|director|lead|specialist|consultant"
    r"|administrator|intern|associate|coordinator|officer|representative|technician|nurse|teacher|accountant"
    r"|assistant|head|vp|president|writer|editor|recruiter|sre|devops|programmer|researcher|strategist)s?\b",
    re.I,
)
_WRAPPER = re.compile(
    r"^(?:full )?(?:job|position|role) (?:description|details)$|^about the (?:job|role)$",
    re.I,
)

# Sign-up and upsell calls of job boards and resume tools. The lookahead in front (as in _ATS and
# _READING_INTRO) names the letters a match can start with: the engine passes over every other place at once.
# An alternative added that starts otherwise must add its letters to it.
_UPSELL = re.compile(
    r"(?=^|\b[sgacrtyu])(?:"
    r"^(?:sign ?up|log ?in|sign ?in|register|join now|subscribe)\b"
    r"|\bsign ?up (?:free|for free|now|today|to)\b|\bget started (?:free|for free|now|today)\b"
    r"|^upload (?:your )?(?:resume|cv)\b|\bai[- ]powered (?:job|resume|career|match)"
    r"|\b(?:create|set up|get|receive|turn on)\b.{0,25}\bjob alerts?\b"
    r"|\bauto-?tailor|\btailor(?:ed)? your (?:resume|cv)|\byour (?:resume|cv) tailored"
    r"|^want (?:ai|smart|personali[sz]ed|better|more|faster)\b.*\?$"
    r"|^(?:create|make) (?:a |an |your )?(?:free )?(?:account|profile)\b"
    r"|\bupgrade to (?:premium|pro)\b|\bunlock\b.{0,30}\b(?:premium|insights)\b"
    r"|^add this job to your\b|\bget a concise overview of\b|^pro tip\b"
    r")",
    re.I,
)
# Whole-line buttons and links; matched against the line without bullet, arrows or final punctuation.
_BUTTON = re.compile(
    r"apply(?: now| today| here| online)?(?: for this (?:job|position|role))?"
    r"|apply on (?:the )?company (?:site|website)"
    r"|easy apply|quick apply|i'?m interested|save(?: this)?(?: job)?|saved|unsave|copy link|dismiss|close"
    r"|track(?: this)? job|ai[- ]powered job summary"
    # a form's box for its clerks: "DCS USE ONLY", "For office use only"
    r"|(?:for )?(?:office|official|internal|staff|agency|dcs|department) use only"
    r"|share(?: this)?(?: job| posting| role| position)?(?: (?:on|via) \w+)?"
    r"|report(?: this)? (?:job|posting|listing)|report|flag(?: this)? (?:job|posting|listing)"
    r"|email (?:this )?job|print(?: this)?(?: job| page)?|print e-?mail"
    r"|back to (?:all )?(?:jobs|search|results|listings)"
    r"|(?:show|see|read) (?:more|less)|view (?:job|details|more)|not interested|get started(?: free| now)?"
    r"|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|(?:cookie|privacy) (?:settings|preferences)"
    # (?<!\d): a count is read from its first digit only, so a long run of digits is scanned once.
    r"|manage (?:cookies|preferences)|(?:over )?(?<!\d)\d++\+? (?:applicants|applications)"
    r"|be an early applicant"
    # a page's skip link for keyboard and screen-reader users
    r"|skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|zum inhalt springen"
    r"|(?:skip|spring) til (?:primært |hoved)?indhold(?:et)?|hoppa till (?:huvud)?innehåll(?:et)?"
    r"|naar (?:de )?(?:hoofd)?inhoud"
    # a document viewer's button: "Chiudi XHTML preview", "Close preview"
    r"|(?:close|chiudi|fermer|cerrar|schlie(?:ß|ss)en)\s+(?:x?html\s+|pdf\s+)?(?:preview|anteprima|aperçu|vorschau)"
    r"|aller au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|pular para o conte[úu]do"
    r"|vai al contenuto"
    # other languages' buttons: "Jetzt bewerben", "Postuler", "Gửi tin nhắn 0388287320", "Откликнуться"
    r"|(?:jetzt )?bewerben|merken|teilen|postuler(?: maintenant)?|candidatar(?:-se)?|candidatarme"
    r"|aplicar(?: ahora)?|inscr[ií]bete|solicitar|postularme|solliciteer(?: nu)?|aplikuj(?: teraz)?"
    r"|ansök(?: nu)?|откликнуться|отправить(?: резюме)?"
    r"|skriv ut(?: sida)?|spara(?: jobb)?|dela|drucken|imprimer|imprimir|stampa|afdrukken|delen|opslaan"
    r"|bekijk (?:deze )?vacature|bekijk vacatures|stelle ansehen|voir (?:l['’])?offre|ver (?:la )?oferta"
    r"|ver vaga"
    r"|gửi tin nhắn(?: (?<!\d)\d++)?|gọi ngay(?: (?<!\d)\d++)?|ứng tuyển(?: ngay)?|nộp hồ sơ|lưu tin"
    r"|liên hệ ngay|応募する|今すぐ応募|申请职位|立即申请|지원하기|즉시 지원",
    re.I,
)
_BUTTON_ROW = re.compile(rf"(?:(?:{_BUTTON.pattern})(?:\s*[|·•]\s*|\s+|$))+", re.I)
# Furniture that job boards show and employers' own careers pages do not.
_BOARD_ONLY = re.compile(
    r"easy apply|quick apply|interested|save|report|company (?:site|website)|applicant|sign|job alert"
    r"|subscribe",
    re.I,
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:use|accept|consent|settings|policy|preferences|browsing|agree)\b"
    r"|\b(?:we use|accept|consent to|agree to)\b.*\bcookies?\b",
    re.I,
)
# A forum comment's header: "kapilvt 89 days ago | link", "jsmith 3 hours ago | parent | next [–]".
_BYLINE = re.compile(
    r"^[\w.-]{1,40} (?:\d+|an?|one) (?:second|minute|hour|day|week|month|year)s? ago"
    r"(?: *\| *(?:link|parent|next|prev|root|context|flag|favorite|on:.*|\[[-–+]\]|[-–+]))* *(?:\[[-–+]\])?$"
)
# Placeholder Latin a site template left in: never a posting's words.
_LOREM = re.compile(
    r"\b(?:lorem|ipsum|dolor|consectetur|adipiscing|praesent|eiusmod|tempor|incididunt|aliqua|nullam|"
    r"vestibulum|curabitur|pellentesque|maecenas|aenean|vivamus|suspendisse|mauris|donec)\b"
)
_ESTIMATE = re.compile(r"\bestimated\b\s*:?\s*(?:[$€£]|\d)|[$€£]\s*estimated\b", re.I)

# "…shared many blog posts. Some highlights:" followed by a run of title-cased article names.
_READING = re.compile(
    r"\b(?:blog|articles?|posts|reading|press|talks|podcasts?|videos|case studies|news)\b", re.I
)
_READING_INTRO = re.compile(
    r"(?=[hfesr])"  # the letters a match can start with: other places are passed over at once
    r"(?:highlights|favou?rites|examples|some of (?:them|these)|reading)\s*:$|^read more\b",
    re.I,
)
_SENTENCE_BEFORE_INTRO = re.compile(r"^(.*[.!?])\s+[^.!?]*:\s*$")
_WORD = re.compile(r"[A-Za-z][\w'’+-]*")
_MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                          "the", "to", "via", "vs", "with"})  # fmt: skip

_FACT = re.compile(r"^(?:[-•*]\s*)?([A-Za-z][A-Za-z /&.-]{0,30}?)\s*:\s*(\S.{0,150}?)\s*$")
# Any label, in any script, before a colon: read when it is one of the labels `_labels` knows.
_ANY_FACT = re.compile(
    r"^(?:[-•*#]+\s*)?(?:\*\*)?([^\W\d][^:：\n]{0,39}?)(?:\*\*)?\s*[:：]\s*(?:\*\*\s*)?(\S.{0,150}?)\s*$"
)
# A two-cell table row as the HTML reader writes it ("Lieu de travail | NANTES"), or as a page copied it
# with its closing bar ("Location (Region-Branch) | CIRC – Jaipur |").
# Copied from Markdown, the row opens with its bar too ("| Location | Polokwane, Limpopo |").
_TABLE_FACT = re.compile(r"^(?:\|[ \t]++)?([^|\n]{1,40}?) \| ([^|\n]{1,150}?)(?: \|)?$")
_FACT_LABELS = frozenset({
    "location", "locations", "job location", "salary", "salary range", "estimated salary", "pay",
    "compensation", "job type",
    "employment type", "type", "contract type", "schedule", "company", "company name", "employer",
    "organization", "department", "team", "posted", "posted on", "published", "published on",
    "date posted", "posting date", "closing date", "deadline", "apply by", "valid through", "category",
    "job category", "industry", "experience", "experience level", "seniority", "seniority level", "level",
    "work type", "workplace type", "workplace", "work mode", "remote", "job id", "req id",
    "requisition id", "reference", "job function", "function", "education", "hours", "shift", "start date",
    "duration", "visa sponsorship", "travel", "city", "country", "office"
})  # fmt: skip
# Labels that only ever describe the listing, so their lines go wherever they appear.
_LISTING_LABELS = frozenset(
    {"company name", "category", "job category", "published", "published on", "posted on", "date posted",
     "posting date", "job id", "req id", "requisition id", "reference", "industry", "job function"}
)  # fmt: skip
_AGGREGATOR_LABELS = frozenset({"category", "job category", "published", "published on"})


def clean(text: str) -> Cleaned:
    """Cut page furniture from a posting's text and collect the page's labelled header facts."""
    if not isinstance(text, str):
        return Cleaned("", None, {}, ())
    text = _SHORTCODE.sub("", text) if ":" in text else text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    removed: list[str] = []
    signals: set[str] = set()
    lines = _cut_related(lines, removed, signals)
    lines = _drop_ats_boxes(lines, removed, signals)
    lines = _drop_reading_lists(lines, removed)
    lines = _drop_furniture(lines, removed, signals)
    lines = _icon_bars(lines) if _ICON_BAR.search(text) else lines
    lines, facts = _take_facts(lines, removed)
    if _ESTIMATE.search(text) and (_ESTIMATE.search(" ".join(facts.values())) or "cards" in signals):
        signals.add("estimate")
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip()
    return Cleaned(body, _kind_hint(signals, facts), facts, tuple(removed))


# A board's bar of facts, each after its icon and none labelled: "🏢 LUX* Le Morne📍 La Gaulette💼 Full-Time
# 💻 On-site💰 MUR 18,000 - 25,000 per month". The icons are the labels.
_ICON_LABELS = {
    **dict.fromkeys("🏢🏬🏛", "Company"),
    **dict.fromkeys("📍🗺🌍🌎🌏", "Location"),
    "💼": "Job type",
    **dict.fromkeys("💻🏠", "Workplace"),
    **dict.fromkeys("💰💵💲💶💷", "Salary"),
    "🏭": "Industry",
    **dict.fromkeys("📅🗓", "Date posted"),
    **dict.fromkeys("🕒⏰⌚", "Schedule"),
}
_ICONS = "".join(_ICON_LABELS)
_ICON_BAR = re.compile(rf"(?:[{_ICONS}][^{_ICONS}\n]{{1,60}}){{3}}")
_ICON_FACT = re.compile(rf"([{_ICONS}])\ufe0f?([^{_ICONS}]*+)")
_OWN_LABEL = re.compile(r"[^:]{1,25}:\s")


def _icon_bars(lines: list[str]) -> list[str]:
    """A line of three facts or more after their icons, as one labelled line each ("Company: LUX* Le
    Morne"), when three of them and most are what their icons say (a place after 📍, an amount after 💰, a
    contract after 💼: "💰 Competitive" may stand beside them) and no icon's label comes twice: a line of
    perks or duties with icons ("🌍 Yearly team retreat") stays as it is. A fact with a label of its own
    ("📍 Location: Berlin") keeps it."""
    out: list[str] = []
    for line in lines:
        found = list(_ICON_FACT.finditer(line))
        facts = [(match[1], match[2].strip(" |·•,")) for match in found]
        labels_of = [_ICON_LABELS[icon] for icon, _value in facts]
        if (
            len(facts) < 3
            or line[: found[0].start()].strip()
            or len(set(labels_of)) < len(labels_of)
            or not _bar_of_facts(
                [_fits(label, value) for label, (_i, value) in zip(labels_of, facts, strict=True)]
            )
        ):
            out.append(line)
            continue
        out += [
            v if _OWN_LABEL.match(v) else f"{label}: {v}"
            for label, (_i, v) in zip(labels_of, facts, strict=True)
        ]
    return out


_NAME_WORDS = r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){0,3}"
_PLACE_SHAPED = re.compile(
    rf"(?<![\w'’.-]){_NAME_WORDS}(?:,[ \t]*+{_NAME_WORDS}){{1,2}}"
)  # "Town, District": a comma


def _bar_of_facts(fitting: list[bool]) -> bool:
    return sum(fitting) >= 3 and sum(fitting) * 2 > len(fitting)


def _fits(label: str, value: str) -> bool:
    """Whether a fact after an icon is what the icon stands for."""
    if not value or len(value) > 60:
        return False
    if _OWN_LABEL.match(value):  # "📍 Location: Berlin" says what it is
        return True
    if label == "Location":  # a place the tables know, or names shaped like one ("La Gaulette, Black River")
        return parse_place(value) is not None or bool(_PLACE_SHAPED.fullmatch(value) or work_mode(value))
    if label == "Job type":
        return employment_type(value) is not None
    if label == "Workplace":
        return work_mode(value) is not None
    if label == "Date posted":
        return parse_date(value) is not None
    if label == "Salary":
        return any(ch.isdigit() for ch in value)
    if label == "Company":
        return len(value.split()) <= 6 and value[:1].isupper()
    return len(value.split()) <= 4


# An emoji written as a GitHub or Slack shortcode (":tada: Acme is hiring!", ":wave:I've been"): no text.
_SHORTCODE = re.compile(r"(?<![\w:/]):[a-z][a-z0-9_+-]{1,30}:(?!/)")


def _kind_hint(signals: set[str], facts: dict[str, str]) -> str | None:
    """What kind of site the page came from, judged by its furniture."""
    if "ats" in signals:
        return "ats"
    if signals & {"cards", "estimate"} or facts.keys() & _AGGREGATOR_LABELS:
        return "aggregator"
    return "board" if "board" in signals else None


@lru_cache(maxsize=8192)  # each line is read by several of the passes below
def _bare(line: str) -> str:
    """A line without bullet, edge arrows and surrounding space, for matching."""
    return _EDGE_ARROWS.sub("", _BULLET.sub("", line)).strip()


def _word_count(line: str) -> int:
    return len(line.split())


def _is_prose(line: str) -> bool:
    """A sentence-length line that ends like a sentence."""
    bare = _bare(line)
    return _word_count(bare) >= 15 and bool(_SENTENCE_END.search(bare)) and not _CARD_SNIPPET.search(bare)


def _cut_related(lines: list[str], removed: list[str], signals: set[str]) -> list[str]:
    """Cut lists of other jobs: to the end of the page when late, else up to the posting's next prose."""
    out = list(lines)
    i = 0
    while i < len(out):
        bare = _bare(out[i])
        if not (_word_count(bare) <= 10 and _RELATED_INTRO.fullmatch(bare.rstrip(":"))):
            i += 1
            continue
        if _BACK_LINK.match(out[i]):  # "← All roles": the way back to the list, not the list itself
            removed.append(out.pop(i).strip())
            continue
        end = len(out)
        if i < len(out) * 0.4:  # an early list (a sidebar) may be followed by the posting itself
            end = next((j for j in range(i + 1, len(out)) if _is_prose(out[j])), len(out))
        chunk = [line.strip() for line in out[i:end] if line.strip()]
        removed.append("\n".join(chunk))
        if len(chunk) >= 3:
            signals.add("cards")
        del out[i:end]
    return out


def _is_chip(bare: str) -> bool:
    """A keyword chip or keyword list of an ATS box, not the posting's title or first heading."""
    if not bare or _SENTENCE_END.search(bare) or bare.endswith(":"):
        return False
    if _ROLE_NOUN.search(bare) or _WRAPPER.match(bare) or classify_heading(bare):
        return False
    parts = _CHIP_SPLIT.split(bare)
    return _word_count(bare) <= 4 or (len(parts) >= 3 and all(_word_count(p) <= 3 for p in parts))


def _drop_ats_boxes(lines: list[str], removed: list[str], signals: set[str]) -> list[str]:
    """Drop ATS keyword boxes: the box's intro line and its chips, hints and sign-up calls."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (_ATS.search(lines[i]) and _word_count(lines[i]) <= 30):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            bare = _bare(lines[j])
            if bare and not (_ATS.search(bare) or _UPSELL.search(bare) or _is_button(bare) or _is_chip(bare)):
                break
            j += 1
        removed.append("\n".join(line.strip() for line in lines[i:j] if line.strip()))
        signals.add("ats")
        i = j
    return out


def _is_button(bare: str) -> bool:
    """One button's label, or a row of them ("Apply on company site Save job")."""
    return _word_count(bare) <= 10 and bool(_BUTTON_ROW.fullmatch(bare.rstrip(".!:")))


def _is_title(line: str) -> bool:
    """A short title-cased line without sentence punctuation, like a blog post's title."""
    bare = _bare(line)
    if not bare or _SENTENCE_END.search(bare) or bare.endswith(":") or not 3 <= _word_count(bare) <= 20:
        return False
    words = [w for w in _WORD.findall(bare) if w.lower() not in _MINOR_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _drop_reading_lists(lines: list[str], removed: list[str]) -> list[str]:
    """Drop runs of article titles after an intro such as "Some highlights:" about blog posts or talks."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        before = out[-1] if out else ""
        if _READING_INTRO.search(_bare(line)) and _READING.search(line + " " + before):
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or _is_title(lines[j])):
                j += 1
            titles = [t.strip() for t in lines[i + 1 : j] if t.strip()]
            if len(titles) >= 2:
                sentence = _SENTENCE_BEFORE_INTRO.match(line.rstrip())
                # Keep the intro's complete sentence; the dangling "Some highlights:" goes with its list.
                if sentence:
                    out.append(sentence.group(1))
                removed.append("\n".join([line.strip(), *titles]))
                i = j
                continue
        out.append(line)
        i += 1
    return out


def _drop_furniture(lines: list[str], removed: list[str], signals: set[str]) -> list[str]:
    """Drop single lines of page furniture: buttons, sign-up calls, share and cookie notices."""
    out: list[str] = []
    for line in lines:
        bare = _bare(line)
        upsell = bool(bare) and _word_count(bare) <= 40 and bool(_UPSELL.search(bare))
        cookie = bool(bare) and _word_count(bare) <= 60 and bool(_COOKIE.search(bare))
        placeholder = len(set(_LOREM.findall(bare.lower()))) >= 2  # a template's "Lorem ipsum … Praesent …"
        furniture = upsell or cookie or (bare and _is_button(bare)) or _BYLINE.match(bare)
        if furniture or placeholder or bare in ("|", "-----"):
            removed.append(line.strip())
            if upsell or _BOARD_ONLY.search(bare):
                signals.add("board")
            continue
        out.append(line)
    return out


_BARE_COUNTRY = re.compile(r"^[A-Z]{2,3}$")  # an ISO country code alone


def _take_facts(lines: list[str], removed: list[str]) -> tuple[list[str], dict[str, str]]:
    """Collect "Label: value" header facts; drop their lines when they form the page's header box.

    A label in another language ("Arbeitsort: Köln") is kept under its own name and under the English key
    the field readers look up ("location"), and so is a form's label on a line of its own above its value.
    """
    found: dict[int, tuple[list[str], str, int]] = {}
    i = 0
    while i < len(lines):
        fact = _labelled(lines, i)
        if fact:
            found[i] = fact
        i = fact[2] + 1 if fact else i + 1  # a form's value line is not read again as a label
    facts: dict[str, str] = {}
    # "工作地点 | 上海 | 工作性质 | 全职 | 月薪 | 15000-20000": a table row of label, value pairs
    for line in lines[:60]:
        for label, value in _paired_cells(line) or _dotted_pairs(line):
            facts.setdefault(labels.normal(label), value)
            facts.setdefault(labels.key_of(label), value)
    first_heading = next((i for i, line in enumerate(lines) if classify_heading(line)), len(lines))
    header_end = min(_nth_line_index(lines, 12), first_heading)
    starts = set(found)
    drop = set()
    for i, (keys, value, end) in found.items():
        for key in keys:
            # A record's "Location: GB" above the posting's own "Location: London (2 days at Office)"
            if key == "location" and _BARE_COUNTRY.match(facts.get(key, "")) and len(value) > 3:
                facts[key] = value
            facts.setdefault(key, value)
        in_run = _next_filled(lines, i, -1) in starts or _next_filled(lines, end, 1) in starts
        # The page's header box and listing-only labels are not prose; a bulleted run inside a section
        # ("- Experience: 5+ years") is the posting's own list.
        bulleted = bool(_BULLET.match(lines[i]))
        if i <= header_end or keys[0] in _LISTING_LABELS or (in_run and (i < first_heading or not bulleted)):
            drop.update(range(i, end + 1))
    removed += [lines[i].strip() for i in sorted(drop) if lines[i].strip()]
    return [line for i, line in enumerate(lines) if i not in drop], facts


def _paired_cells(line: str) -> list[tuple[str, str]]:
    """A table row's (label, value) pairs when its cells alternate between known labels and values."""
    if line.count("|") < 3:
        return []
    cells = [cell.strip(" *_") for cell in line.strip().strip("|").split("|")]
    if len(cells) < 4 or len(cells) % 2:
        return []
    pairs = list(zip(cells[::2], cells[1::2], strict=True))
    if all(labels.key_of(label) and value for label, value in pairs):
        return pairs
    return []


_DOT_SEPARATOR = re.compile(r"(?<![ \t])[ \t]++[·•|][ \t]++")


def _dotted_pairs(line: str) -> list[tuple[str, str]]:
    """A header line of facts in a row, "Компания: Plata · Локация: Worldwide · Департамент: Data": each
    part a known label and its value."""
    if line.count(":") < 2 or len(line) > 400:
        return []
    parts = [part.partition(":") for part in _DOT_SEPARATOR.split(line.strip())]
    pairs = [(label.strip(" *_"), value.strip(" *_")) for label, colon, value in parts if colon]
    # "Team: 12 engineers" counts people, it names no team
    known = [
        (k, v)
        for k, v in pairs
        if labels.key_of(k) and v and not (labels.key_of(k) == "department" and v[:1].isdigit())
    ]
    # every part labelled, most of them by labels we know ("Формат: Hybrid Work" among them)
    return known if len(pairs) == len(parts) and len(known) >= max(2, len(pairs) - 1) else []


def _labelled(lines: list[str], i: int) -> tuple[list[str], str, int] | None:
    """(keys, value, index of the value's line) when line i labels a fact, else None."""
    line = lines[i].strip()
    match = _FACT.match(line)
    if match:
        key = " ".join(match.group(1).lower().rstrip(".").split())
        if key in _FACT_LABELS and _word_count(match.group(2)) <= 15:
            return [key], match.group(2).strip(), i
    match = _ANY_FACT.match(line) or _TABLE_FACT.match(line)
    if match and _word_count(match.group(2)) <= 15:
        key = labels.key_of(match.group(1))
        if key:
            return [labels.normal(match.group(1)), key], match.group(2).strip(" *_"), i
    key = labels.own_line_key(line) if len(line) <= 60 else None
    j = _next_filled(lines, i, 1) if key else -1
    if j < 0 or j - i > 2:
        return None
    value = _BULLET.sub("", lines[j]).strip().strip("*_ ") if _BULLET.match(lines[i]) else lines[j].strip()
    value = value.strip("*_ ")
    if value.endswith(".") and _word_count(value) <= 4 and "." not in value[:-1] and value[:1].isupper():
        value = value[:-1].rstrip()  # "Puesto" over "AUXILIAR DE ALMACÉN.": a value, not a sentence
    fits = 0 < len(value) <= 150 and _word_count(value) <= 15 and not value.endswith((".", ":", "："))
    # "Job Title" left empty over "Recruiter: USAID Kenya": a fact of its own, not this label's value
    fits = fits and not _FACT.match(value)
    if fits and not labels.own_line_key(value) and not classify_heading(value):
        return [labels.normal(line), key], value, j
    return None


def _nth_line_index(lines: list[str], n: int) -> int:
    """Index of the n-th non-blank line (or the last line)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[min(n, len(filled)) - 1] if filled else -1


def _next_filled(lines: list[str], i: int, step: int) -> int:
    """Index of the nearest non-blank line before (step -1) or after (step 1) line i, or -1."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else -1
