"""Skills a posting names, matched against a curated vocabulary of aliases (``_vocabulary.py``).

Matching is whole-word and case-insensitive for unambiguous names ("Kubernetes", "postgres"). Names that
are also English words or people's names need more evidence, as their vocabulary prefix says: the exact
case ("Rust"), and for some a technical context too ("Go" next to "Rust" or after "written in", never in
"Go to market"; "R" and "C" only in a list of skills, never in "R&D" or "C-level").
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from ._vocabulary import CONTEXT_CUES, LIST_CUES, LIST_LABELS, SKILL_ROWS, TECH_NOUNS
from ._vocabulary_more import MORE_SKILL_ROWS
from ._vocabulary_work import WORK_SKILL_ROWS

_CASED, _CONTEXT, _LISTED = "=", "~", "!"


@dataclass(frozen=True)
class Skill:
    """One vocabulary entry: canonical display name, URL slug and category."""

    name: str
    slug: str
    category: str


@dataclass(frozen=True)
class _Alias:
    """One way of writing a skill, with the evidence level its vocabulary prefix asks for."""

    skill: Skill
    text: str
    level: str


@dataclass(frozen=True)
class _Candidate:
    """An alias found in the text that passed its case and word-shape checks."""

    start: int
    end: int
    alias: _Alias
    # written in another case than its name asks ("oracle", "GIT"): a name only beside another skill in a list
    recased: bool = False


_WHITESPACE_RE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    """Collapse whitespace so "Google   Cloud" and "Google\\nCloud" look up the same alias."""
    return _WHITESPACE_RE.sub(" ", text).strip()


def _slugify(name: str) -> str:
    """URL-safe slug that keeps "C", "C++" and "C#" apart ("c", "c-plus-plus", "c-sharp")."""
    slug = name.lower().replace("+", " plus ").replace("#", " sharp ")
    slug = re.sub(r"^\.", "dot", slug)
    return re.sub(r"[^a-z0-9]+", "-", slug).strip("-")


def _build() -> tuple[tuple[Skill, ...], dict[str, tuple[_Alias, ...]]]:
    """Skills and an index from lower-cased alias to its spellings (e.g. "=Java" and "=JAVA")."""
    skills: list[Skill] = []
    index: dict[str, tuple[_Alias, ...]] = {}
    for name, category, spec in (*SKILL_ROWS, *MORE_SKILL_ROWS, *WORK_SKILL_ROWS):
        skill = Skill(name=name, slug=_slugify(name), category=category)
        skills.append(skill)
        for raw in (spec or name).split("|"):
            level = raw[0] if raw[0] in (_CASED, _CONTEXT, _LISTED) else ""
            text = _normalise(raw[len(level) :])
            key = text.lower()
            index[key] = (*index.get(key, ()), _Alias(skill=skill, text=text, level=level))
    return tuple(skills), index


VOCABULARY, _ALIASES = _build()
_BY_SLUG = {skill.slug: skill for skill in VOCABULARY}


def _alias_pattern(alias: str) -> str:
    return r"\s+".join(re.escape(part) for part in alias.split(" "))


def _words(words: tuple[str, ...]) -> str:
    """Alternation of phrases, longest first, spaces matching any run of whitespace."""
    return "|".join(_alias_pattern(w) for w in sorted(words, key=len, reverse=True))


def _letter_classes(words: tuple[str, ...]) -> dict[str, str]:
    """Each letter of the words mapped to one stand-in for all the letters that the regex engine, ignoring
    case, takes for one another ("C" and "c"; "i" and "ı")."""
    alphabet = "".join(sorted({c for word in words for c in word if c != " "}))
    classes: dict[str, str] = {}
    for letter in alphabet:
        for same in re.findall(re.escape(letter), alphabet, re.IGNORECASE):
            classes.setdefault(same, letter)
    return classes


def _trie(words: tuple[str, ...]) -> str:
    """The alternation of phrases as a trie: the regex engine then follows one branch letter by letter
    instead of trying every alias that shares a first letter (same matches, about three times faster).

    Longer aliases come first, as in a longest-first alternation: two aliases that both match at one place
    are one a prefix of the other, and a branch's longer paths are tried before it ends. A space matches any
    run of whitespace.
    """
    classes = _letter_classes(words)
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for letter in word:
            node = node.setdefault(classes.get(letter, letter), {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if k == " " else re.escape(k)) + pattern(child) for k, child in node.items() if k]
        branches += [""] if "" in node else []
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return pattern(root)


# A letter or digit of a script that writes words apart. Chinese, Japanese and Korean run words together
# ("精通JavaScript", "熟悉Vue框架"), so their characters never glue a name to its neighbours.
_W = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
# Longest alias first so "Google Cloud Platform" wins over "Google Cloud" and "C++" over "C". The
# boundaries treat "+", "#" and "." as part of a word: "C" is not in "C++", ".NET" not in "ASP.NET".
_ALIAS_RE = re.compile(
    rf"(?<!{_W})(?<![@#+.])(?:{_trie(tuple(_ALIASES))})(?!{_W})(?![+#])(?!\.{_W})", re.IGNORECASE
)
# Links and e-mail addresses name hosts ("redis.io", "jobs@go.dev"), not skills.
# Read from where a match starts, not again from each later character of a long word (quadratic; "@@@…"
# was worse): an address from its word's start to its first "@" (the span is the same whichever "@" the
# match splits at); a host from its first word (the lookbehinds skip later words of the same host), and
# only when "/" ends the host within 256 characters (a host name is at most 253).
_LINK_RE = re.compile(
    r"(?:https?://|www\.)\S+|(?<!\S)\S[^\s@]*+@\S+\.\w+"
    r"|\b(?<!\w)(?<!\w-)(?<!\w\.)(?=[\w.-]{1,256}+/)"
    r"[\w-]++(?:\.[\w-]++)*\.(?:com|org|net|io|dev|ai|co)/\S*",
    re.I,
)
_CUE_TAIL = r"\s*[:(,]?\s*\Z"
_CONTEXT_CUE_RE = re.compile(rf"(?<!{_W})(?:{_words(CONTEXT_CUES)}){_CUE_TAIL}", re.IGNORECASE)
_LIST_CUE_RE = re.compile(rf"(?<!{_W})(?:{_words(LIST_CUES)}){_CUE_TAIL}", re.IGNORECASE)
_LABEL_RE = re.compile(rf"(?<!{_W})(?:{_words(LIST_LABELS)})\s*:\s*[-•*·]?\s*\Z", re.IGNORECASE)
# A following tech noun or version number: "Go developer", "Salt states", "Go 1.22".
# (?<!\s): a match starts at a blank run's first blank, so a long run is scanned once, not once per blank.
_TECH_NOUN_RE = re.compile(
    rf"(?<!\s)\s++(?:{_words(TECH_NOUNS)})\b|(?<!\s)\s++v?\d+(?:\.\d+)+\b", re.IGNORECASE
)
# What may stand between two items of a list: "Go, Rust", "C/C++", "Python or R", "- Go\n- Rust".
# "and" and "or" of other languages too: "Deutsch und Englisch", "Python e Go", "finska som svenska".
_SEPARATOR_RE = re.compile(
    r"(?:[\s,/&|;+()\[\]•·*，、；／（）-]|\band/or\b|\band\b|\bor\b|\bnor\b|\betc\b\.?"
    r"|\b(?:und|oder|et|ou|y|o|e|och|eller|som|og|en|и|или|ve|veya|dan|và|hoặc|和|及)\b)*",
    re.I,
)
_MAX_SEPARATOR = 24
# A capitalised word after an ambiguous name makes it a proper noun: "Salt Lake", "Julia Roberts".
_NAME_AFTER_RE = re.compile(r" ([A-Z][a-z]+)\b")
_CONNECTIVES = frozenset({"and", "or", "nor"})
_BULLET_PREFIX_RE = re.compile(r"[\s\-•*·\d.)]*")
_LINE_SUFFIX_RE = re.compile(r"[\s,.;]*")
_TECH_NOUNS = frozenset(TECH_NOUNS)
# Spoken languages, as the vocabulary writes them ("fluent English", "fluent German"), and the words around
# a language's name that say it is asked for: a level, speaking or writing it, knowing it.
_SPOKEN = frozenset(skill.name for skill in VOCABULARY if f"fluent {skill.name.lower()}" in _ALIASES)
_SPOKEN_BEFORE = re.compile(
    r"(?<!\w)(?:speak(?:ing|s)?|fluent(?:ly)?|native|business|good|excellent|strong|basic|advanced|working"
    r"|conversational|proficient|spoken|written|kunskaper\s+i(?:\s+det)?|kunskap\s+i|både"
    r"|conocimientos?\s+de(?:l)?|nivel\s+de|conhecimentos?\s+(?:de|em)|parler|maîtrise\s+(?:du|de\s+l['’])"
    r"|connaissance\s+de\s+l['’]"
    r"|kenntnisse\s+(?:in|von)|kennis\s+van\s+het|beheersing\s+van\s+het|znajomość\s+języka)\s*+\Z",
    re.I,
)
_SPOKEN_AFTER = re.compile(
    r"(?<!\s)\s*+(?:language|level|skills|proficiency|fluency|speaker|speaking|språket|språk"
    r"|in\s+Wort\s+und\s+Schrift"
    r"|(?:[(:–-]\s*+)?[ABC][12]\b|\(?(?:parlé|escrito|hablado|oral|written|spoken)\b)",
    re.I,
)


def is_skill_name(name: str) -> bool:
    """Whether the vocabulary knows the name as a skill's, in any case ("Git", "cloud")."""
    return bool(_ALIASES.get(_normalise(name).lower()))


def skill_by_slug(slug: str) -> Skill | None:
    """The vocabulary skill with this slug, or None."""
    return _BY_SLUG.get(slug) if isinstance(slug, str) else None


def find_skills(text: str) -> list[Skill]:
    """Skills the text names, in order of first appearance, each once."""
    return [skill for skill, _ in _found_skills(text)] if isinstance(text, str) and text else []


def find_skill_mentions(text: str) -> list[tuple[Skill, str]]:
    """Skills the text names, each once with how it first writes the skill where that is another name for
    it (see `as_written`): ("Microsoft Office", "MS Office"), ("Python", "")."""
    return list(_found_skills(text)) if isinstance(text, str) and text else []


@lru_cache(maxsize=64)  # a posting asks it of its requirements, its body and its whole text: often one text
def _found_skills(text: str) -> tuple[tuple[Skill, str], ...]:
    text = _LINK_RE.sub(lambda m: " " * len(m.group()), text)
    candidates = [c for c in (_candidate(text, m) for m in _ALIAS_RE.finditer(text)) if c]
    found: dict[str, tuple[Skill, str]] = {}
    spellings: dict[str, set[str]] = {}
    for i, candidate in enumerate(candidates):
        level = candidate.alias.level
        if candidate.recased:
            if not _listed_with_neighbour(text, candidates, i, strict=True):
                continue
        elif level not in ("", _CASED) and not _in_context(text, candidates, i):
            continue
        skill = candidate.alias.skill
        written = as_written(skill, text[candidate.start : candidate.end])
        found.setdefault(skill.slug, (skill, written))
        if written:
            spellings.setdefault(skill.slug, set()).add(_NOT_WORD.sub("", candidate.alias.text.casefold()))
    # "PCR, cell culture and sample preparation": several things one skill covers are shown as that skill
    return tuple(
        (skill, written if len(spellings.get(skill.slug, ())) <= 1 else "")
        for skill, written in found.values()
    )


_NOT_WORD = re.compile(r"[\W_]+")


def as_written(skill: Skill, written: str) -> str:
    """How a posting names the skill, where that is another name for it: "MS Office", "GCP", "Microsoft
    Excel", a language in its own tongue ("svenska"), one thing the skill covers ("PCR" for Laboratory
    Skills; a posting naming several of them is shown the skill's name, see `_found_skills`). Empty where
    it is the skill's own name in another case or spacing ("python", "PowerBI", "NodeJS"), that name cut
    short ("Postgres"), with a level before it or words after it ("Fluent English", "communication
    skills", "Java 8") or SHOUTED ("MS WORD"): the vocabulary's name says those better."""
    written = _normalise(written).strip(" .,;:")
    words = _NOT_WORD.sub(" ", written.casefold()).split()
    name = _NOT_WORD.sub(" ", skill.name.casefold()).split()
    while len(words) > 1 and words[0] in _LEVEL_WORDS and words[0] != name[0]:  # not "Working at Heights"
        words = words[1:]
    if not words or "".join(name).startswith("".join(words)) or words[: len(name)] == name:
        return ""
    if written.isupper() and " " in written and any(len(word) > 3 for word in words):
        return ""
    return written[:100]


# Words of level or degree before a skill's name: "Fluent English", "Advanced Excel", "business German".
_LEVEL_WORDS = frozenset(
    [
        "fluent",
        "native",
        "advanced",
        "basic",
        "business",
        "good",
        "strong",
        "excellent",
        "proficient",
        "intermediate",
        "conversational",
        "working",
        "solid",
        "sound",
        "expert",
    ]
)


def _candidate(text: str, match: re.Match[str]) -> _Candidate | None:
    """The alias behind a regex match, if its case and its neighbouring characters allow it."""
    written = _normalise(match.group())
    spellings = _ALIASES.get(written.lower(), ())
    alias = next((a for a in spellings if not a.level or a.text == written), None)
    # "Springboot, redis, oracle, junit", "- GIT": a cased name in a list, written all lower or upper case
    recased = alias is None and (written.islower() or written.isupper()) and len(written) >= 3
    alias = alias or (spellings[0] if recased and spellings else None)
    if alias is None:
        return None
    start, end = match.span()
    if (recased or alias.level in (_CONTEXT, _LISTED)) and (
        _glued(text, start, end) or _proper_noun(text, end)
    ):
        return None
    return _Candidate(start=start, end=end, alias=alias, recased=recased)


def _glued(text: str, start: int, end: int) -> bool:
    """True for "Go-to-market", "C-level", "R&D", "T-Mobile": part of a compound, not a name alone."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in "-&" and after[1].isalnum()) or (
        len(before) == 2 and before[1] in "-&" and before[0].isalnum()
    )


def _proper_noun(text: str, end: int) -> bool:
    """True when a capitalised non-technical word follows, as in "Salt Lake City" or "Ruby Rose"."""
    match = _NAME_AFTER_RE.match(text, end)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in _CONNECTIVES or word in _TECH_NOUNS:
        return False
    return _ALIAS_RE.match(text, match.start(1)) is None


def _in_context(text: str, candidates: list[_Candidate], i: int) -> bool:
    """Whether an ambiguous name is used as a technology: in a skill list, after a cue or a label."""
    candidate = candidates[i]
    if _listed_with_neighbour(text, candidates, i):
        return True
    before = text[max(0, candidate.start - 40) : candidate.start]
    if _LABEL_RE.search(before) or _LIST_CUE_RE.search(before):
        return True
    if candidate.alias.skill.name in _SPOKEN and (
        _SPOKEN_BEFORE.search(before) or _SPOKEN_AFTER.match(text, candidate.end)
    ):
        return True  # "good English level", "Speaking English", "kunskaper i det svenska språket"
    if candidate.alias.level == _LISTED:
        return False
    return bool(_CONTEXT_CUE_RE.search(before) or _TECH_NOUN_RE.match(text, candidate.end))


def _listed_with_neighbour(text: str, candidates: list[_Candidate], i: int, *, strict: bool = False) -> bool:
    """True when only list punctuation separates this candidate from the one before or after (`strict`: on
    the same line, which names at least one skill written as its name asks)."""
    here = candidates[i]
    pairs = []
    if i > 0:
        pairs.append((candidates[i - 1].end, here.start))
    if i + 1 < len(candidates):
        pairs.append((here.end, candidates[i + 1].start))
    if strict:
        if not _proper_on_line(text, candidates, i):
            return False
        pairs = [(a, b) for a, b in pairs if "\n" not in text[a:b]]
    for gap_start, gap_end in pairs:
        if gap_end - gap_start > _MAX_SEPARATOR or not _SEPARATOR_RE.fullmatch(text, gap_start, gap_end):
            continue
        # Across a line break only a bare list item counts: "- Go" yes, "- Go above and beyond" no.
        if "\n" not in text[gap_start:gap_end] or _alone_on_line(text, here):
            return True
    return False


def _proper_on_line(text: str, candidates: list[_Candidate], i: int) -> bool:
    """Whether the candidate's line holds a skill written as its name asks (its neighbours, in order, up to
    the line's ends: candidates are sorted by where they start)."""
    here = candidates[i]
    line_start = text.rfind("\n", 0, here.start) + 1
    line_end = text.find("\n", here.end)
    line_end = len(text) if line_end == -1 else line_end
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(candidates) and line_start <= candidates[j].start < line_end:
            if not candidates[j].recased:
                return True
            j += step
    return False


def _alone_on_line(text: str, candidate: _Candidate) -> bool:
    """True when the candidate's line holds nothing else but a bullet and punctuation."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    line_end = len(text) if line_end == -1 else line_end
    return bool(
        _BULLET_PREFIX_RE.fullmatch(text, line_start, candidate.start)
        and _LINE_SUFFIX_RE.fullmatch(text, candidate.end, line_end)
    )


# Labels and headings under which a posting names its skills one by one: "Key Skills: Sales, B2B Marketing",
# "Skills:" over a list, a record's skills field, in the languages postings come in; and a board's tags and
# keywords (group "tags"), often its categories ("Managed Cloud Services", "AI赋能") or a scraper's search
# word.
_DECLARED = re.compile(
    r"(?:(?:key|core|required|technical|hard|soft|main|top|primary|professional)\s+)?"
    r"(?:skills?(?:\s+(?:required|set|needed))?|skillset|competenc(?:ies|es)|tech\s+stack"
    r"|compétences(?:\s+requises)?|competências|competencias|habilidades"
    r"|competenze|kompetenzen|fähigkeiten|vaardigheden|kompetenser|umiejętności|navyki"
    r"|навыки|ключевые\s+навыки|kỹ\s+năng|技能|技能要求|スキル|기술\s*스택"
    r"|(?P<tags>keywords?|tags?|mots[- ]clés|palabras\s+clave|schlagworte|关键词))",
    re.I,
)
# A field left at its form's default: "Не указано", "Not specified", "N/A".
_PLACEHOLDER = re.compile(
    r"не\s+указан[оаы]?|not\s+(?:specified|available|applicable)|n/?a|none|keine|aucune?|ninguna?|未填写|なし",
    re.I,
)
# (?<!\s): a match starts at a blank run's first blank, so a long run is scanned once.
_ITEMS = re.compile(r"(?<!\s)\s*+(?:[,;|•·、，；]|(?<=\s)/(?=\s))\s*+")
_ITEM_MARK = re.compile(r"^[\s\-–—•●▪◦‣∙·*#>]+|[\s*_]+$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def declared_items(text: str, facts: dict[str, str] | None = None) -> list[tuple[str, bool]]:
    """The names a posting lists as its skills, as written, each with whether it stands as a skill of its
    own: the items of a skills label's value ("Key Skills: Sales, B2B Marketing") or of the short lines
    under a skills heading, once each. A board's tags and keywords are often its categories ("Managed Cloud
    Services", "AI赋能"): those count only where the vocabulary knows them."""
    found: list[tuple[str, bool]] = []
    for key, value in (facts or {}).items():
        label = _DECLARED.fullmatch(key.strip()) if isinstance(key, str) and isinstance(value, str) else None
        if label:
            found += [(item, not label["tags"]) for item in _ITEMS.split(value)]
    # one search of the whole text first: most postings name no such label, and their lines are not read
    lines = text.splitlines() if isinstance(text, str) and _DECLARED.search(text) else []
    for index, line in enumerate(lines[:5000]):
        bare = _ITEM_MARK.sub("", line)
        name, colon, value = bare.replace("：", ":").partition(":")
        label = _DECLARED.fullmatch(name.strip(" *_") if colon else bare.strip())
        if not label:
            continue
        items = _ITEMS.split(value) if value.strip() else _items_below(lines, index + 1)
        found += [(item, not label["tags"]) for item in items]
    out: dict[str, tuple[str, bool]] = {}
    for item, own in found:
        item = _ITEM_MARK.sub("", item).strip(" .")
        if _item_shaped(item) and not _PLACEHOLDER.fullmatch(item):
            out.setdefault(item.casefold(), (item, own))
    return list(out.values())


def _items_below(lines: list[str], start: int) -> list[str]:
    """The short lines right under a heading, up to the first blank line or sentence after them."""
    items: list[str] = []
    for line in lines[start : start + 40]:
        bare = _ITEM_MARK.sub("", line)
        if not bare:
            if items:
                break
            continue
        parts = _ITEMS.split(bare)
        if not all(_item_shaped(part.strip(" .")) for part in parts):
            break
        items += parts
    return items


def _item_shaped(item: str) -> bool:
    """A name of a skill, not a sentence: a few words or, in a CJK script, a few characters."""
    if not item or not re.search(r"[^\W\d_]", item) or item.endswith((":", "?", "!")) or "://" in item:
        return False
    if _CJK.search(item):
        return len(item) <= 12 and " " not in item.strip()
    return len(item.split()) <= 4 and 2 <= len(item) <= 40


def declared_skills(item: str) -> list[tuple[Skill, str]]:
    """The vocabulary's skill that a declared item names ("oracle", "Go": any case, no context needed, for
    the posting lists it as a skill), else the skills named inside it ("Python/Django"), or none; each
    with how the item writes it where that is another name for it (`as_written`)."""
    spellings = _ALIASES.get(_normalise(item).lower())
    if spellings:
        return [(spellings[0].skill, as_written(spellings[0].skill, item))]
    return find_skill_mentions(item)


def declared_slug(name: str) -> str:
    """The slug of a skill the vocabulary does not know, in its own script ("röntgenschein", "技能")."""
    slug = _slugify(name) if name.isascii() else re.sub(r"[\W_]+", "-", name.casefold()).strip("-")
    return slug[:100].strip("-")
