"""Normalised keys and text similarity used to decide whether two postings are the same role."""

import re
import unicodedata
import zlib

_WORD = re.compile(r"[a-z0-9+#]+")
# Level words are kept: "Senior Engineer" and "Staff Engineer" are different roles.
_TITLE_SYNONYMS = {
    "sr": "senior",
    "jr": "junior",
    "snr": "senior",
    "eng": "engineer",
    "engineering": "engineering",
    "dev": "developer",
    "mgr": "manager",
    "swe": "software engineer",
    "sre": "site reliability engineer",
    "ii": "2",
    "iii": "3",
    "iv": "4",
}
_STOP = frozenset(
    {"a", "an", "and", "the", "of", "for", "in", "on", "at", "to", "with", "our", "we", "you", "your"}
    | {"is", "are", "be", "will", "this", "that"}
)


def ascii_lower(text: str) -> str:
    """Lower case with accents dropped and other non-ASCII letters removed ("Descripción" → "descripcion")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def words(text: str) -> list[str]:
    """Lower-case ASCII word tokens."""
    return _WORD.findall(ascii_lower(text or ""))


# "(m/w/d)", "(H/F)", "(all genders)": how a title addresses everyone, not a word of the job.
GENDER_TAG = re.compile(r"\(\s*(?:[mwfdxh]\s*/\s*){1,3}[mwfdxh]\s*\)|\(\s*all genders\s*\)", re.I)


def title_key(title: str | None) -> str:
    """A title reduced to comparable words: case, punctuation, abbreviations and gender tags folded."""
    out: list[str] = []
    for word in words(GENDER_TAG.sub(" ", title or "")):
        out.extend(_TITLE_SYNONYMS.get(word, word).split())
    return " ".join(out)[:300]


def title_similarity(a: str | None, b: str | None) -> float:
    """Token-set similarity of two titles (1.0 identical, 0.0 nothing shared)."""
    return key_similarity(title_key(a), title_key(b))


def key_similarity(a: str, b: str) -> float:
    """title_similarity of two titles given by their keys (a stored key need not be computed again)."""
    left, right = set(a.split()), set(b.split())
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def shingles(text: str, size: int = 3) -> frozenset[int]:
    """Hashed word shingles of the text without stop words."""
    tokens = [w for w in words(text) if w not in _STOP]
    if len(tokens) < size:
        return frozenset({_stable_hash(" ".join(tokens))}) if tokens else frozenset()
    return frozenset(_stable_hash(" ".join(tokens[i : i + size])) for i in range(len(tokens) - size + 1))


def _stable_hash(text: str) -> int:
    # Python's hash() changes per process; shingles must compare across runs.
    return zlib.crc32(text.encode())


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller shingle set found in the other: robust when one copy adds text."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
