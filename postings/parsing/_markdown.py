"""Markdown to plain text for the parser: headings as lines, list items as "- item", no markup."""

import html
import re
from functools import lru_cache

from ._html import APPLY_LABEL
from ._lines import MAX_LINE, wrapped

_MD_FENCE = re.compile(r"^\s*(?:```|~~~)")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_MD_RULE = re.compile(r"^\s*([-=*_])(?:\s*\1){2,}\s*$")
# Possessive blanks and dashes: runs of either are not split between neighbouring quantifiers.
_MD_TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{3,}+:?\s*+(?:\|\s*+:?-{3,}+:?\s*+)*\|?\s*$")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[*+]|\d{1,3}[.)])\s+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
# (?<!\[): a link found from a "[" is found from the "[" before it too, so "[[[…" is scanned once;
# possessive runs: the text up to "]" or ")" is read without backtracking.
_MD_LINK = re.compile(r"(?<!\[)\[([^\]]++)\](?:\([^)]*+\)|\[[^\]]*+\])")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# (?<!`): code opens at the first backtick of a run (where a match began anyway), so "````…" is read once.
_MD_CODE = re.compile(r"(?<!`)`++([^`]++)`+")
_MD_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
# A line break, and the end of an HTML block a Markdown page holds ("<h1>Cook</h1><p>We …"), end a line.
_MD_BR = re.compile(r"<br\s*/?>|</(?:h[1-6]|p|div|li|ul|ol|tr|table|section|article|header|footer)>", re.I)
# [^<>]: a tag holds no "<", so a scan for its ">" stops at the next "<" ("<a <a <a …" is read once).
_MD_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*+>")
# An escape once more escaped ("$20\\\\.00 \\\\- $30", a scraper's Markdown saved through another escaping
# writer) reads as the character too. (?<!\\): a run of backslashes is entered once, not at each of them.
_MD_ESCAPE = re.compile(r"(?<!\\)\\++([`*_{}\[\]()#+\-.!|>~])|\\([\\])")


def markdown_lines(text: str) -> str:
    """Markdown as plain text: headings as lines, "- " bullets, no emphasis, link or fence markers."""
    lines = []
    raw_lines = _MD_BR.sub("\n", text.replace("\r\n", "\n")).split("\n")
    for line in (part for raw in raw_lines for part in (wrapped(raw) if len(raw) > MAX_LINE else [raw])):
        if _MD_FENCE.match(line) or _MD_REFDEF.match(line) or _MD_TABLE_RULE.match(line):
            continue
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _MD_QUOTE.sub("", line)
        heading = _MD_ATX.match(line)
        line = heading.group(1) if heading else _MD_ITEM.sub("- ", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        lines.append(_markdown_inline(line))
    return "\n".join(lines)


@lru_cache(maxsize=4096)  # a file's lines are read again for the text, the page title and the apply link
def _markdown_inline(line: str) -> str:
    """Drop inline Markdown markers, keeping the words."""
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(2):  # **_nested_** emphasis
        line = _MD_EM.sub(r"\2", _MD_STRONG.sub(r"\2", line))
    return html.unescape(_MD_ESCAPE.sub(r"\1\2", _MD_TAG.sub("", line)))


# [label](target "title"): the label and target of an inline link; bounded so long lines stay linear.
_MD_LABELLED_LINK = re.compile(
    r"\[([^\[\]\n]{1,200})\]\([ \t]{0,10}<?([^\s()<>]{1,1000})>?"
    r"(?:[ \t]{1,10}\"[^\"\n]{0,200}\")?[ \t]{0,10}\)"
)


def unescaped(text: str) -> str:
    """Plain text copied from a Markdown source keeps its escapes ("60\\.000€", "\\*Javascript"): read
    without them."""
    return _MD_ESCAPE.sub(r"\1\2", text) if "\\" in text else text


def apply_link_in_markdown(text: str) -> str | None:
    """The target of the first link labelled as the way to apply ("[Apply here](https://…)")."""
    for match in _MD_LABELLED_LINK.finditer(text):
        if APPLY_LABEL.match(match.group(1).strip(" *_")):
            return match.group(2)
    return None
