"""Read posting files (plain text, Markdown, HTML, JSON) as plain-text documents for the parser."""

from __future__ import annotations

import codecs
import html
import json
import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any


class UnusableInput(ValueError):
    """Raised only by decode(); carries a one-line reason for the user."""


@dataclass(frozen=True)
class Document:
    """One posting's visible text, its source format, and the schema.org JobPosting it carried, if any."""

    text: str
    fmt: str
    structured: dict | None = None
    url: str | None = None


# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_MULTISPACE = re.compile(r" {2,}")
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·○■□➢➤►▸▹◆◇✓✔\uf0a7\uf0b7]|[*–—-](?=\s))\s*")
_BLANKS = re.compile(r"\n{3,}")

_EXTENSIONS = {
    "html": "html", "htm": "html", "xhtml": "html",
    "json": "json", "jsonl": "json", "ndjson": "json",
    "md": "markdown", "markdown": "markdown",
    "txt": "text", "text": "text",
}  # fmt: skip
_HTML_DOC = re.compile(r"^\s*<(?:!doctype\s+html|html)\b", re.I)
_HTML_TAGS = re.compile(
    r"</(?:p|div|li|ul|ol|h[1-6]|body|html|section|article|span|table|td)>|<br\s*/?>", re.I
)
_MD_SIGNAL = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\[[^\]\n]+\]\((?:https?:|mailto:|/)|\*\*[^*\s][^*\n]*\*\*|^\s*```", re.M
)


def decode(raw: bytes) -> tuple[str, str | None]:
    """Decode a posting file's bytes to text, with a warning when the encoding had to be guessed."""
    if not raw.strip():
        raise UnusableInput("empty file")
    text, warning = _decode_bytes(raw)
    if not text.strip():
        raise UnusableInput("empty file")
    # Text files have no NULs and almost no control characters; executables and images have many.
    if "\x00" in text or len(_CONTROL.findall(text)) > max(2, len(text) // 20):
        raise UnusableInput("binary file, not text")
    return text, warning


def _decode_bytes(raw: bytes) -> tuple[str, str | None]:
    """Decode by BOM, then as BOM-less UTF-16, then as UTF-8, then as Windows-1252."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), None
    # Windows tools sometimes write UTF-16 without a BOM: every other byte of ASCII text is then NUL.
    if len(raw) >= 4 and len(raw) % 2 == 0:
        for codec, zeros in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
            if zeros.count(0) > len(zeros) * 0.6 and raw.count(0) < len(raw) * 0.55:
                return raw.decode(codec, errors="replace"), "no byte-order mark; read as UTF-16"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    return raw.decode("cp1252", errors="replace"), "not valid UTF-8; read as Windows-1252"


def normalise_text(text: str) -> str:
    """Tidy plain text: one kind of newline, space and bullet ("- "), no trailing spaces, few blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    lines = []
    for line in text.split("\n"):
        line = _MULTISPACE.sub(" ", _BULLET.sub("- ", line).strip())
        lines.append("" if line == "-" else line)
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def to_documents(text: str, *, filename: str | None = None) -> list[Document]:
    """Turn one file's text into posting documents: usually one, one per posting for JSON lists."""
    if not isinstance(text, str) or not text.strip():
        return []
    text = text.lstrip("\ufeff")
    fmt = _format_of(text, filename)
    if fmt == "json":
        docs = _json_documents(text)
        if docs is not None:
            return docs
        fmt = _sniff(text, json_ok=False)  # named .json but not JSON: read what it really is
    if fmt == "html":
        return _html_documents(text)
    body = markdown_to_text(text) if fmt == "markdown" else normalise_text(text)
    return [Document(body, fmt)] if body else []


def _format_of(text: str, filename: str | None) -> str:
    """The format named by the file's extension, or sniffed from the content when that is ambiguous."""
    ext = filename.rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    fmt = _EXTENSIONS.get(ext)
    if fmt == "text":
        # Saved page sources often end up as .txt; only a full HTML document overrides the extension.
        return "html" if _HTML_DOC.match(text) else "text"
    return fmt or _sniff(text)


def _sniff(text: str, *, json_ok: bool = True) -> str:
    """Guess the format from the content alone."""
    head = text.lstrip()[:1]
    if json_ok and head in ("{", "["):
        return "json"
    if _HTML_DOC.match(text) or len(_HTML_TAGS.findall(text, 0, 50_000)) >= (1 if head == "<" else 3):
        return "html"
    return "markdown" if _MD_SIGNAL.search(text) else "text"


def _json_documents(text: str) -> list[Document] | None:
    """Documents for each JobPosting in JSON or JSON Lines; None when the text is not JSON at all."""
    try:
        values = [json.loads(text, strict=False)]
    except ValueError:
        values = []
        for line in text.splitlines():
            if line.strip():
                try:
                    values.append(json.loads(line, strict=False))
                except ValueError:
                    return None
    except RecursionError:
        return None
    docs = []
    for posting in _find_postings(values):
        body = jobposting_text(posting)
        if body:
            docs.append(Document(body, "json", posting, _text_value(posting.get("url"))))
    return docs


def _find_postings(node: Any, depth: int = 0) -> list[dict]:
    """JobPosting objects found in a JSON(-LD) value: top level, lists, @graph, ItemList entries."""
    if depth > 8:
        return []
    if isinstance(node, list):
        return [p for item in node for p in _find_postings(item, depth + 1)]
    if not isinstance(node, dict):
        return []
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    if any(isinstance(t, str) and t.endswith("JobPosting") for t in types):
        return [node]
    # Exports without JSON-LD markup still carry schema.org's field names.
    if "@type" not in node and {"title", "description", "hiringOrganization"} <= node.keys():
        return [node]
    return _find_postings(
        [node.get(key) for key in ("@graph", "mainEntity", "itemListElement", "item")], depth
    )


def _html_documents(markup: str) -> list[Document]:
    """One document for an HTML page, preferring its JSON-LD when the visible text is nearly empty."""
    page = _PageReader()
    try:
        page.feed(markup)
        page.close()
    except (AssertionError, ValueError, RecursionError):
        pass  # html.parser gives up on some broken markup; keep what was read so far
    postings = []
    for block in page.ld_blocks:
        try:
            postings += _find_postings(json.loads(block, strict=False))
        except (ValueError, RecursionError):
            continue
    structured = postings[0] if postings else None
    # Block boundaries open and close lines; a blank line between every block says nothing more.
    body = _BLANK_RUN.sub("\n", normalise_text("".join(page.parts)))
    if structured is not None:
        rendered = jobposting_text(structured)
        # Script-rendered pages show little besides a shell; their posting lives in the JSON-LD.
        if len(body) < len(rendered) // 3:
            body = rendered
    url = page.canonical or page.og_url or (_text_value(structured.get("url")) if structured else None)
    return [Document(body, "html", structured, url)] if body else []


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: one block per line, list items as "- item"."""
    docs = _html_documents(markup)
    return docs[0].text if docs else ""


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


class _PageReader(HTMLParser):
    """Collect an HTML page's visible text, its JSON-LD blocks and its canonical URL."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.ld_buffer = []
        if tag in ("link", "meta"):
            self._note_url(a)
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
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            self.cells = 0
            self.bullet_pending = tag == "li" or (self.bullet_pending and tag not in ("ul", "ol"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.ld_buffer is not None:
            self.ld_blocks.append("".join(self.ld_buffer))
            self.ld_buffer = None
        if any(entry[0] == tag for entry in self.stack):
            self._close(tag)
        if not self.skipping and (tag in _BLOCK_TAGS or tag == "br"):
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

    def handle_data(self, data: str) -> None:
        if self.ld_buffer is not None:
            self.ld_buffer.append(data)
            return
        if self.skipping:
            return
        if not self.pre:
            data = _WS.sub(" ", data)
        if data.strip() and self.bullet_pending:
            self.parts.append("\n- ")
            self.bullet_pending = False
        self.parts.append(data)

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


_MD_FENCE = re.compile(r"^\s*(?:```|~~~)")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_MD_RULE = re.compile(r"^\s*([-=*_])(?:\s*\1){2,}\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_ATX = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[*+]|\d{1,3}[.)])\s+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_CODE = re.compile(r"`+([^`]+)`+")
_MD_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_MD_BR = re.compile(r"<br\s*/?>", re.I)
_MD_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def markdown_to_text(text: str) -> str:
    """Markdown as plain text: headings as lines, "- " bullets, no emphasis, link or fence markers."""
    lines = []
    for line in _MD_BR.sub("\n", text.replace("\r\n", "\n")).split("\n"):
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
    return normalise_text("\n".join(lines))


def _markdown_inline(line: str) -> str:
    """Drop inline Markdown markers, keeping the words."""
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(2):  # **_nested_** emphasis
        line = _MD_EM.sub(r"\2", _MD_STRONG.sub(r"\2", line))
    return html.unescape(_MD_ESCAPE.sub(r"\1", _MD_TAG.sub("", line)))


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}
_EXTRA_FIELDS = (("responsibilities", "Responsibilities"), ("qualifications", "Qualifications"),
                 ("skills", "Skills"), ("jobBenefits", "Benefits"))  # fmt: skip
_UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}


def jobposting_text(obj: dict) -> str:
    """A schema.org JobPosting as plain text: title, "at <company>", labelled facts, then the description."""
    if not isinstance(obj, dict):
        return ""
    lines = [_text_value(obj.get("title")) or ""]
    company = _name_of(obj.get("hiringOrganization"))
    lines.append(f"at {company}" if company else "")
    facts = (
        ("Location", _locations(obj)),
        ("Employment type", _employment(obj.get("employmentType"))),
        ("Salary", _salary(obj.get("baseSalary"))),
        ("Date posted", (_text_value(obj.get("datePosted")) or "")[:10]),
    )
    lines += [f"{label}: {value}" for label, value in facts if value]
    lines.append(_rich_text(obj.get("description")))
    for key, heading in _EXTRA_FIELDS:
        extra = _rich_text(obj.get(key))
        if extra and extra not in lines[-1]:
            lines += [heading, extra]
    return normalise_text("\n".join(lines))


def _text_value(value: Any) -> str | None:
    """A JSON value as one stripped, entity-decoded string, or None."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | int | float)), None)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return html.unescape(str(value)).strip() or None
    return None


def _name_of(value: Any) -> str | None:
    """The name of an Organization/Place/Country given as an object, a string or a list of those."""
    if isinstance(value, list):
        value = value[0] if value else None
    return _text_value(value.get("name")) if isinstance(value, dict) else _text_value(value)


def _rich_text(value: Any) -> str:
    """A description field as plain text; it is usually HTML, sometimes entity-escaped HTML."""
    text = "\n".join(filter(None, map(_text_value, value if isinstance(value, list) else [value])))
    if not text:
        return ""
    return html_to_text(text) if _HTML_TAGS.search(text) or re.search(r"<[a-z][^>]*>", text) else text


def _locations(obj: dict) -> str:
    """JobPosting locations as "Locality, Region, Country; …", plus "Remote" for telecommute postings."""
    places = obj.get("jobLocation")
    names = []
    for place in places if isinstance(places, list) else [places]:
        if not isinstance(place, dict):
            continue
        address = place.get("address")
        if isinstance(address, dict):
            parts = [_name_of(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
            names.append(", ".join(p for p in parts if p) or _name_of(place) or "")
        else:
            names.append(_text_value(address) or _name_of(place) or "")
    if "TELECOMMUTE" in str(obj.get("jobLocationType", "")).upper():
        needs = obj.get("applicantLocationRequirements")
        where = ", ".join(filter(None, map(_name_of, needs if isinstance(needs, list) else [needs])))
        names.append(f"Remote ({where})" if where else "Remote")
    return "; ".join(n for n in names if n)


def _employment(value: Any) -> str:
    """employmentType codes ("FULL_TIME") as words ("full-time")."""
    values = value if isinstance(value, list) else [value]
    return ", ".join(v.strip().lower().replace("_", "-") for v in values if isinstance(v, str) and v.strip())


def _salary(value: Any) -> str:
    """baseSalary (a MonetaryAmount) as "$196,000 to $220,500 per year"."""
    if not isinstance(value, dict):
        return ""
    currency = _text_value(value.get("currency")) or ""
    amount = value.get("value")
    amount = amount if isinstance(amount, dict) else {"value": amount}
    low, high = (_number(amount.get(k)) for k in ("minValue", "maxValue"))
    single = _number(amount.get("value"))
    figures = [_money(currency, n) for n in ((low, high) if low or high else (single,)) if n]
    unit = _UNITS.get(str(amount.get("unitText") or value.get("unitText") or "").upper())
    return (" to ".join(figures) + (f" per {unit}" if unit else "")) if figures else ""


def _number(value: Any) -> float | None:
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) and number > 0 else None


def _money(currency: str, amount: float) -> str:
    figure = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    sign = _CURRENCY_SIGNS.get(currency.upper())
    return f"{sign}{figure}" if sign else f"{currency} {figure}".strip()
