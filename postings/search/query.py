"""The user's query language, parsed once and shared by both backends.

Syntax (PostgreSQL's ``websearch_to_tsquery``): words are ANDed, ``"an exact phrase"``, ``-excluded`` words
or phrases, and ``or`` between alternatives (``a or b c`` means ``a`` OR ``b AND c``). A word or phrase may
name the field it must match in: ``title:engineer``, ``company:"Acme Corp"``, ``skill:python``,
``location:berlin`` (``-company:acme`` leaves a company out). An unknown field (``foo:bar``) is read as plain
words and reported in ``unknown_fields``. Anything else is punctuation and is dropped, so no input can produce
a syntax error in the engine it is translated for.
"""

import re
from dataclasses import dataclass, field, replace

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16
# title: is answered by the text index (a column filter or a weight); the others name rows of small tables
# (companies, skills, places) and are looked up by name (see lookups.py).
TEXT_FIELDS = ("title",)
LOOKUP_FIELDS = ("company", "skill", "location")
FIELDS = TEXT_FIELDS + LOOKUP_FIELDS

_TOKEN = re.compile(r'(-?)(?:([^\W\d_]+):)?"([^"]*)"?|(\S+)')
_FIELD = re.compile(r"([^\W\d_]+):(.+)")
_WORD = re.compile(r"\w+")

# PostgreSQL's English stop words: its parser drops them, so the FTS5 translation drops them too and both
# backends match the same roles for "the senior engineer".
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "did",
        "do",
        "does",
        "doing",
        "don",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "s",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "t",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
    ]
)


@dataclass(frozen=True)
class Term:
    """A word or phrase (lower-cased words); with a field, it must match in that field only."""

    words: tuple[str, ...]
    field: str = ""
    # As typed, quotes dropped: company, skill and place names are looked up from it.
    text: str = ""

    @property
    def is_text(self) -> bool:
        """Whether the text index answers it (plain words and title:)."""
        return self.field not in LOOKUP_FIELDS


@dataclass(frozen=True)
class Clause:
    """One alternative: every term in ``include`` and none in ``exclude``."""

    include: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()

    @property
    def has_text(self) -> bool:
        """Whether it includes a term the text index answers."""
        return any(t.is_text for t in self.include)

    @property
    def has_lookups(self) -> bool:
        """Whether it has company:, skill: or location: terms."""
        return not all(t.is_text for t in self.include + self.exclude)


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = field(default_factory=tuple)
    # Prefixes that name no field ("foo" of "foo:bar"): their terms were read as plain words.
    unknown_fields: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    @property
    def words(self) -> list[str]:
        """Every included word the text index answers, for highlighting."""
        return [w for c in self.clauses for t in c.include if t.is_text for w in t.words]

    @property
    def has_lookups(self) -> bool:
        return any(c.has_lookups for c in self.clauses)

    def for_highlighting(self) -> "ParsedQuery":
        """The text terms alone, as plain words: what snippets mark in the body."""
        clauses = []
        for clause in self.clauses:
            include, exclude = (
                tuple(replace(t, field="") for t in terms if t.is_text)
                for terms in (clause.include, clause.exclude)
            )
            if include:
                clauses.append(Clause(include, exclude))
        return ParsedQuery(tuple(clauses))


def _phrase(text: str, *, quoted: bool) -> tuple[str, ...]:
    """Lower-cased words; stop words go unless they sit inside a phrase with other words."""
    words = tuple(w.lower() for w in _WORD.findall(text))
    if all(w in STOP_WORDS for w in words):
        return ()
    # "node.js" or "full-time" become phrases, as PostgreSQL's parser reads them.
    return words if quoted or len(words) > 1 else tuple(w for w in words if w not in STOP_WORDS)


def _term(text: str, *, quoted: bool, name: str = "") -> Term | None:
    if name in LOOKUP_FIELDS:
        # Names are matched whole ("The Agency"), so no word of them is a stop word.
        words = tuple(w.lower() for w in _WORD.findall(text))
        return Term(words, name, " ".join(text.split())) if words else None
    words = _phrase(text, quoted=quoted)
    return Term(words, name) if words else None


def _terms(match: re.Match, unknown: list[str]) -> tuple[bool, list[Term]]:
    """One token as (negated, terms): a field's value, or plain words (an unknown field's name among them)."""
    negated, name, quoted, bare = match.groups()
    if bare is not None:
        if bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        if named := _FIELD.fullmatch(bare):
            name, bare = named.groups()
    name = (name or "").lower()
    terms = []
    if name and name not in FIELDS:
        unknown.append(name)
        terms.append(_term(name, quoted=False))
        name = ""
    value, is_quoted = (bare, False) if quoted is None else (quoted, True)
    terms.append(_term(value, quoted=is_quoted, name=name))
    return bool(negated), [t for t in terms if t]


def parse(q: str | None) -> ParsedQuery:
    """Split a query into OR-separated clauses of included and excluded terms."""
    clauses: list[Clause] = []
    include: list[Term] = []
    exclude: list[Term] = []
    unknown: list[str] = []
    terms = 0
    for match in _TOKEN.finditer((q or "")[:MAX_QUERY_LENGTH]):
        bare = match.group(4)
        if bare is not None and bare.lower() == "or":
            if include or exclude:
                clauses.append(Clause(tuple(include), tuple(exclude)))
                include, exclude = [], []
            continue
        negated, found = _terms(match, unknown)
        for term in found[: MAX_TERMS - terms]:
            terms += 1
            (exclude if negated else include).append(term)
    if include or exclude:
        clauses.append(Clause(tuple(include), tuple(exclude)))
    # A clause of exclusions alone inside an OR would match nearly everything; keep it only when alone.
    if len(clauses) > 1:
        clauses = [c for c in clauses if c.include]
    return ParsedQuery(tuple(clauses), tuple(dict.fromkeys(unknown)))


def _fts5_phrase(term: Term) -> str:
    # Words are \w+ only, so quoting them cannot break out of the string; title: is a column filter.
    phrase = '"' + " ".join(term.words) + '"'
    return f"title : {phrase}" if term.field == "title" else phrase


def clause_fts5(clause: Clause) -> str | None:
    """The FTS5 expression of one clause's text terms, or None when it includes none."""
    include = [_fts5_phrase(t) for t in clause.include if t.is_text]
    if not include:
        return None
    expr = " AND ".join(include)
    exclude = [_fts5_phrase(t) for t in clause.exclude if t.is_text]
    if exclude:
        expr = f"({expr}) NOT ({' OR '.join(exclude)})"
    return f"({expr})"


def to_fts5(parsed: ParsedQuery) -> str | None:
    """The FTS5 MATCH expression for the text part of the query, or None when it includes none."""
    return " OR ".join(filter(None, map(clause_fts5, parsed.clauses))) or None


def excluded_fts5(clause: Clause) -> str | None:
    """For a clause without included text ("-java", "company:acme -java"): the FTS5 expression of what to
    leave out, or None."""
    if clause.has_text:
        return None
    return " OR ".join(_fts5_phrase(t) for t in clause.exclude if t.is_text) or None


def to_websearch(parsed: ParsedQuery) -> str:
    """The plain words of the query re-serialised for websearch_to_tsquery, after the same clean-up as for
    FTS5 (title: terms as plain words; company:, skill:, location: left out)."""

    def term(t: Term, negated: bool) -> str:
        text = f'"{" ".join(t.words)}"' if len(t.words) > 1 else t.words[0]
        return f"-{text}" if negated else text

    clauses = (
        " ".join(
            [term(t, False) for t in c.include if t.is_text] + [term(t, True) for t in c.exclude if t.is_text]
        )
        for c in parsed.clauses
    )
    return " or ".join(text for text in clauses if text)


def title_tsquery(term: Term) -> str:
    """A title: term for to_tsquery: its words in sequence, each at weight A (the title's weight)."""
    # Words are \w+ only: no to_tsquery operator or quote can appear in them.
    return " <-> ".join(f"{w}:A" for w in term.words)
