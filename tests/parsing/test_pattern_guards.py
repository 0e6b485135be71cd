"""The lookaheads in front of some patterns name the characters a match can start with, so the regex engine
passes over other places at once. They must never lose a match: an alternative added to a pattern that starts
with a character its lookahead does not name would silently never match. Each pattern is checked against
itself without the lookahead, on strings generated from every alternative of the pattern."""

import random
import re
from re import _constants as C  # noqa: N812 - the regex engine's own names
from re import _parser

import pytest

from postings.parsing import _employer_evidence, clean, links, places, posting, terms

GUARDED = {
    "places._HIRING": places._HIRING,
    "places._NOT_REMOTE": places._NOT_REMOTE,
    "places._DAYS": places._DAYS,
    "places._REMOTE": places._REMOTE,
    "places._REMOTE_OTHER": places._REMOTE_OTHER,
    "places._HYBRID_OTHER": places._HYBRID_OTHER,
    "places._ONSITE_OTHER": places._ONSITE_OTHER,
    "places._RESTRICT_BEFORE": places._RESTRICT_BEFORE,
    "places._RESTRICT_AFTER": places._RESTRICT_AFTER,
    "places._RELOCATION": places._RELOCATION,
    "places._NO_RELOCATION": places._NO_RELOCATION,
    "terms._EMPLOYMENT": terms._EMPLOYMENT,
    "clean._UPSELL": clean._UPSELL,
    "clean._ATS": clean._ATS,
    "clean._READING_INTRO": clean._READING_INTRO,
    "_employer_evidence._HOST": _employer_evidence._HOST,
    "_employer_evidence._ATS_PATH": _employer_evidence._ATS_PATH,
    "posting._NEGATIVE_PAY": posting._NEGATIVE_PAY,
    "posting._FORUM": posting._FORUM,
    "links._APPLY_TEXT": links._APPLY_TEXT,
}
_SAMPLES = 400
_CATEGORY_CHAR = {C.CATEGORY_SPACE: " ", C.CATEGORY_DIGIT: "1", C.CATEGORY_WORD: "a"}


def _without_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the lookahead its source opens with."""
    source = pattern.pattern
    assert source.startswith("(?="), "the guard must open the pattern"
    depth, i = 0, 0
    while True:
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "[":  # a class may hold brackets
            i = source.index("]", i + 2)
        depth += {"(": 1, ")": -1}.get(source[i], 0)
        i += 1
        if depth == 0:
            return re.compile(source[i:], pattern.flags)


class _Sampler:
    """Strings a parsed pattern matches (or nearly: lookarounds are left out), taking every alternative of
    every branch in turn."""

    def __init__(self, seed: int) -> None:
        self.turn: dict[int, int] = {}
        self.rng = random.Random(seed)

    def items(self, items) -> str:
        return "".join(self.item(op, av) for op, av in items)

    def item(self, op, av) -> str:
        if op is C.LITERAL:
            return chr(av)
        if op in (C.NOT_LITERAL, C.ANY):
            return "x" if av != ord("x") else "y"
        if op is C.IN:
            return self.member(av)
        if op is C.BRANCH:
            key = id(av)
            k = self.turn.get(key, 0)
            self.turn[key] = k + 1
            return self.items(av[1][k % len(av[1])])
        if op is C.SUBPATTERN:
            return self.items(av[-1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            count = low + self.rng.randint(0, min(2, high - low)) if high != low else low
            return "".join(self.items(sub) for _ in range(count))
        if op is C.ATOMIC_GROUP:
            return self.items(av)
        return ""  # anchors, lookarounds, back references

    def member(self, charset) -> str:
        if charset and charset[0][0] is C.NEGATE:
            return "x"
        op, av = charset[self.rng.randrange(len(charset))]
        if op is C.LITERAL:
            return chr(av)
        if op is C.RANGE:
            return chr(av[0])
        return _CATEGORY_CHAR.get(av, "a")


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guard_loses_no_match(name):
    guarded = GUARDED[name]
    bare = _without_guard(guarded)
    sampler = _Sampler(seed=len(name))
    parsed = _parser.parse(bare.pattern, bare.flags)
    matched = 0
    for _ in range(_SAMPLES):
        sample = sampler.items(parsed)
        for text in (sample, f" {sample}", f"\n{sample}", f"a {sample} b", f"({sample})", f"- {sample}\n"):
            assert _spans(guarded, text) == _spans(bare, text), (name, text)
            matched += bool(bare.search(text))
    assert matched > _SAMPLES  # the samples do exercise the pattern


def test_ats_domains_hold_the_prefilter():
    """Every ATS address ats_slugs reads holds one of the endings its prefilter looks for."""
    sampler = _Sampler(seed=7)
    for pattern in (_employer_evidence._ATS_PATH, _employer_evidence._ATS_HOST):
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        for _ in range(_SAMPLES):
            text = f" {sampler.items(parsed)} "
            if pattern.search(text):
                assert _employer_evidence._ATS_DOMAIN.search(text), text
