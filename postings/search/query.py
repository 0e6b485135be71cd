"""The user's query language, parsed once and shared by both backends.

Syntax (PostgreSQL's ``websearch_to_tsquery``): words are ANDed, ``"an exact phrase"``, ``-excluded`` words
or phrases, and ``or`` between alternatives (``a or b c`` means ``a`` OR ``b AND c``). Anything else is
punctuation and is dropped, so no input can produce a syntax error in the engine it is translated for.
"""

import re
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
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
class Clause:
    """One alternative: every phrase in ``include`` and none in ``exclude``; a phrase is a word tuple."""

    include: tuple[tuple[str, ...], ...] = ()
    exclude: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    @property
    def words(self) -> list[str]:
        """Every included word, for highlighting."""
        return [w for c in self.clauses for phrase in c.include for w in phrase]


def _phrase(text: str, *, quoted: bool) -> tuple[str, ...]:
    """Lower-cased words; stop words go unless they sit inside a phrase with other words."""
    words = tuple(w.lower() for w in _WORD.findall(text))
    if all(w in STOP_WORDS for w in words):
        return ()
    # "node.js" or "full-time" become phrases, as PostgreSQL's parser reads them.
    return words if quoted or len(words) > 1 else tuple(w for w in words if w not in STOP_WORDS)


def parse(q: str | None) -> ParsedQuery:
    """Split a query into OR-separated clauses of included and excluded phrases."""
    clauses: list[Clause] = []
    include: list[tuple[str, ...]] = []
    exclude: list[tuple[str, ...]] = []
    terms = 0
    for match in _TOKEN.finditer((q or "")[:MAX_QUERY_LENGTH]):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None and bare.lower() == "or":
            if include or exclude:
                clauses.append(Clause(tuple(include), tuple(exclude)))
                include, exclude = [], []
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        phrase = _phrase(quoted if quoted is not None else bare, quoted=quoted is not None)
        if not phrase or terms >= MAX_TERMS:
            continue
        terms += 1
        (exclude if negated else include).append(phrase)
    if include or exclude:
        clauses.append(Clause(tuple(include), tuple(exclude)))
    # A clause of exclusions alone inside an OR would match nearly everything; keep it only when alone.
    if len(clauses) > 1:
        clauses = [c for c in clauses if c.include]
    return ParsedQuery(tuple(clauses))


def _fts5_phrase(phrase: tuple[str, ...]) -> str:
    # Words are \w+ only, so quoting them cannot break out of the string.
    return '"' + " ".join(phrase) + '"'


def to_fts5(parsed: ParsedQuery) -> str | None:
    """The FTS5 MATCH expression for the positive part of the query, or None when it has none."""
    alternatives = []
    for clause in parsed.clauses:
        if not clause.include:
            continue
        expr = " AND ".join(_fts5_phrase(p) for p in clause.include)
        if clause.exclude:
            expr = f"({expr}) NOT ({' OR '.join(_fts5_phrase(p) for p in clause.exclude)})"
        alternatives.append(f"({expr})")
    return " OR ".join(alternatives) or None


def excluded_only_fts5(parsed: ParsedQuery) -> str | None:
    """For a query made of exclusions only ("-java"): the FTS5 expression of what to leave out."""
    if len(parsed.clauses) == 1 and not parsed.clauses[0].include:
        return " OR ".join(_fts5_phrase(p) for p in parsed.clauses[0].exclude)
    return None


def to_websearch(parsed: ParsedQuery) -> str:
    """The query re-serialised for websearch_to_tsquery, after the same clean-up as for FTS5."""

    def term(phrase: tuple[str, ...], negated: bool) -> str:
        text = f'"{" ".join(phrase)}"' if len(phrase) > 1 else phrase[0]
        return f"-{text}" if negated else text

    return " or ".join(
        " ".join([term(p, False) for p in c.include] + [term(p, True) for p in c.exclude])
        for c in parsed.clauses
    )
