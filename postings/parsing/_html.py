"""HTML to plain text for the parser: visible posting text only, one block per line.

The markup is read by libxml2's HTML parser (through lxml) as a stream of start, end and text events:
it is linear on any input, where Python's html.parser takes minutes on unclosed comments or tags.
"""

import re
from dataclasses import dataclass

from lxml import etree

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
                        "button", "select", "textarea", "iframe", "object", "canvas", "head", "title",
                        "dialog", "menu"})  # fmt: skip
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                        "source", "track", "wbr"})  # fmt: skip
_BLOCK_TAGS = frozenset({"address", "article", "blockquote", "body", "caption", "center", "dd", "details",
                         "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
                         "h6", "header", "hgroup", "html", "li", "main", "ol", "p", "pre", "section",
                         "summary", "table", "tbody", "tfoot", "thead", "tr", "ul"})  # fmt: skip
_JUNK_ATTR = re.compile(
    r"cookie|consent|gdpr|newsletter|social-?(?:share|links|icons|media)|share-?(?:this|buttons?|links?|bar|job)"
    r"|(?:^|[\s_-])(?:share|sharing|related|similar|recommended|recommendations|subscribe|signup|breadcrumbs?"
    r"|sr-only|visually-hidden|screen-reader-text|skip-link)(?:$|[\s_-])",
    re.I,
)
_BLANK_RUN = re.compile(r"\n{2,}")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")
# A link labelled as the way to apply, in the languages the parser reads.
APPLY_LABEL = re.compile(
    r"^\W{0,3}(?:(?:easy |quick )?apply\b|(?:jetzt )?bewerben|postul|candidat|sollicit|aplikuj"
    r"|応募|申请|投递)",
    re.I,
)


class _PageReader:
    """Collect an HTML page's visible text, its JSON-LD blocks and its canonical URL (an lxml target)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.stack: list[list] = []  # [tag, starts a skipped subtree, header record or None]
        self.skipping = 0
        self.pre = 0
        self.bullet_pending = False
        self.cells = 0
        self.prev_th = False
        self.ld_buffer: list[str] | None = None
        self.ld_blocks: list[str] = []
        self.canonical: str | None = None
        self.og_url: str | None = None
        self.title_parts: list[str] | None = None
        self.title: str | None = None  # <title>: often "Role | Careers at Company"
        self.anchor: list | None = None  # [href, label parts] of the <a> being read
        self.apply_url: str | None = None

    def start(self, tag: str, attrib) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        a = {str(k).lower(): (v or "") for k, v in attrib.items()}
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.ld_buffer = []
        if tag in ("link", "meta"):
            self._note_url(a)
        if tag == "title" and self.title is None:
            self.title_parts = []
        if tag == "a" and a.get("href"):
            self.anchor = [a["href"], [a.get("aria-label", ""), a.get("title", "")]]
        if tag == "body":
            self._close("head")  # an unclosed <head> must not hide the whole page
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and not self.skipping:
                self.parts.append("\n")
            return
        skip = tag in _SKIP_TAGS or _hidden(a)
        record = [len(self.parts), False] if tag == "header" and not self.skipping else None
        self.stack.append([tag, skip, record])
        self.skipping += skip
        if not self.skipping:
            self._open_block(tag)

    def _open_block(self, tag: str) -> None:
        if tag == "h1":
            for entry in self.stack:
                if entry[2]:
                    entry[2][1] = True
        if tag == "pre":
            self.pre += 1
        if tag in ("td", "th"):
            if self.cells:
                self.parts.append(": " if self.prev_th and tag == "td" else " | ")
            self.cells += 1
            self.prev_th = tag == "th"
        elif _is_block(tag):
            self.parts.append("\n")
            self.cells = 0
            self.bullet_pending = tag == "li" or (self.bullet_pending and tag not in ("ul", "ol"))

    def end(self, tag: str) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag in _VOID_TAGS:
            return  # its start did all there is to do
        if tag == "a" and self.anchor is not None:
            href, label = self.anchor
            texts = (label[0], label[1], "".join(label[2:]))
            if self.apply_url is None and any(APPLY_LABEL.match(text.strip()) for text in texts):
                self.apply_url = href.strip()
            self.anchor = None
        if tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split()) or None
            self.title_parts = None
        if tag == "script" and self.ld_buffer is not None:
            self.ld_blocks.append("".join(self.ld_buffer))
            self.ld_buffer = None
        if any(entry[0] == tag for entry in self.stack):
            self._close(tag)
        if not self.skipping and (_is_block(tag) or tag == "br"):
            self.parts.append("\n")
            self.bullet_pending = False

    def _close(self, tag: str) -> None:
        while any(entry[0] == tag for entry in self.stack):
            name, skip, record = self.stack.pop()
            self.skipping -= skip
            self.pre -= name == "pre" and self.pre > 0
            # A site header is furniture; an article header that holds the <h1> is the posting's title.
            if record is not None and not record[1]:
                del self.parts[record[0] :]
            if name == tag:
                break

    def data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.ld_buffer is not None:
            self.ld_buffer.append(data)
            return
        if self.anchor is not None and len(self.anchor[1]) < 20:
            self.anchor[1].append(data)
        if self.skipping:
            return
        if not self.pre:
            data = _WS.sub(" ", data)
        if data.strip() and self.bullet_pending:
            self.parts.append("\n- ")
            self.bullet_pending = False
        elif self.parts and data[:1].isupper() and self.parts[-1][-1:].islower():
            # Two elements' texts with no blank between them ("<h1>Stores Person<span>Date posted: …"):
            # a page's style sets them apart, so a word that ends and a capital that begins are two words.
            self.parts.append(" ")
        self.parts.append(data)

    def close(self) -> None:
        """Called by lxml at the end of the document; everything is collected already."""

    def _note_url(self, a: dict[str, str]) -> None:
        if "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"].strip()
        if (a.get("property") or a.get("name", "")).lower() == "og:url" and a.get("content"):
            self.og_url = self.og_url or a["content"].strip()


def _hidden(a: dict[str, str]) -> bool:
    """Whether an element is hidden or is marked as a cookie/share/related/newsletter block."""
    return (
        "hidden" in a
        or a.get("aria-hidden", "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(a.get("style", "")))
        or bool(_JUNK_ATTR.search(a.get("id", "") + " " + a.get("class", "")))
    )


@dataclass(frozen=True)
class Page:
    text: str  # visible text, not yet normalised
    ld_blocks: list[str]  # bodies of <script type="application/ld+json">
    url: str | None  # canonical or og:url
    title: str | None = None  # the <title> text
    apply_url: str | None = None  # the href of the first link labelled "Apply" (checked by links.safe_url)


_COMPONENT = re.compile(r"\A\s*<template\b[^>]*>(?P<body>.*)</template>", re.S)


# Phrasing elements run on in a line; anything else that is not a known block (a component's own element,
# <TextHeading>, <job-card>) is laid out as a block of its own.
_INLINE_TAGS = frozenset(
    str.split(
        "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark q s samp small span "
        "strike strong sub sup time tt u var wbr html head title meta link script style template svg path "
        "math picture source video audio canvas input td th ruby rt rp output meter progress option "
        "optgroup noscript object embed iframe area map"
    )
)


_SERVER_CODE = re.compile(r"<%(?:[^%]|%(?!>)){0,20000}+%>")


def _is_block(tag: str) -> bool:
    return tag in _BLOCK_TAGS or tag not in _INLINE_TAGS


def read_html(markup: str) -> Page:
    """The page's visible text, its JSON-LD blocks and its own URL."""
    page = _PageReader()
    component = _COMPONENT.match(markup)
    if component:  # a Vue single-file component: its <template> is the page, not an inert template
        markup = component["body"] + markup[component.end() :]
    if "<%" in markup:  # a JSP, ASP or ERB page's directives and code ("<%@ page … %>") are no text
        markup = _SERVER_CODE.sub(" ", markup)
    parser = etree.HTMLParser(target=page, recover=True, no_network=True, remove_comments=True)
    try:
        parser.feed(markup)
        parser.close()
    except (etree.LxmlError, ValueError, RecursionError):
        pass  # libxml2 gives up on some broken markup; keep what was read so far
    url = page.canonical or page.og_url
    return Page("".join(page.parts), page.ld_blocks, url, page.title, page.apply_url)
