"""Read posting files (plain text, Markdown, HTML, JSON) as plain-text documents for the parser."""

from __future__ import annotations

import ast
import codecs
import csv
import html
import io
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from typing import Any

import pyjson5
import yaml
from charset_normalizer import from_bytes
from ftfy import fix_encoding

from ._ats_json import as_jobposting, front_matter_postings, keyed_fields, positive_number
from ._code_literals import closed, embedded_literals, joined_strings, named_values_nulled, string_payload
from ._html import read_html
from ._lines import MAX_LINE, wrapped
from ._markdown import apply_link_in_markdown, markdown_lines, unescaped
from ._xml import xml_records


class UnusableInput(ValueError):
    """Raised only by decode(); carries a one-line reason for the user."""


@dataclass(frozen=True)
class Document:
    """One posting's visible text, its source format, and the schema.org JobPosting it carried, if any."""

    text: str
    fmt: str
    structured: dict | None = None
    url: str | None = None
    page_title: str | None = None  # an HTML page's <title>, which often names role and employer
    apply_url: str | None = None  # where the posting says to apply: an "Apply" link or JSON-LD's directApply


# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_MULTISPACE = re.compile(r" {2,}")
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·○■□➢➤►▸▹◆◇✓✔\uf0a7\uf0b7]|[*–—-](?=\s))\s*")
_BLANKS = re.compile(r"\n{3,}")
_BLANK_RUN = re.compile(r"\n{2,}")

_SOME_TAG = re.compile(r"<[a-z][^<>]{0,300}>")
# "# -*- coding: utf-8 -*-\nfull_vacancy = {": a Python module whose body is one dict or list.
_PY_ASSIGNMENT = re.compile(r"\A(?:#[^\n]*\n\s*)*[A-Za-z_]\w{0,60}\s*=\s*(?:\\\s*)?[{\[]")  # "vacancy = \"
_JS_ASSIGNMENT = re.compile(
    r"^(?:export\s+default\s+|module\.exports\s*=\s*|(?:module\.)?exports\.[\w$]{1,60}\s*=\s*|(?:export\s+)?(?:const|let|var)\s+[\w$]{1,60}"
    r"(?:\s*:\s*[\w$<>\[\]]{1,60})?\s*=\s*)"
)
# Comments above a data module's literal ("// Job Listings Data", a licence's "/* … */").
_LEADING_COMMENTS = re.compile(r"^(?:[ \t]*+(?://[^\n]*+|/\*(?:[^*]|\*(?!/))*+\*/)\s*+)++")
_MAX_ROWS = 1_000  # rows of one table read as postings
_MAX_FRONT_MATTER = 100_000  # characters of YAML read before a page's text
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe: builds plain data, never objects

_EXTENSIONS = {
    "html": "html", "htm": "html", "xhtml": "html",
    "json": "json", "jsonl": "json", "ndjson": "json",
    "md": "markdown", "markdown": "markdown",
    "txt": "text", "text": "text",
    "csv": "csv", "tsv": "csv",
    "xml": "xml", "rss": "xml", "atom": "xml",
    "yml": "yaml", "yaml": "yaml",
}  # fmt: skip
# An XML document that is no web page: a declaration, or a feed's or record's root element.
_XML_DOC = re.compile(
    r"^\s*<(?:\?xml\b(?![^>]*\bhtml)|rss\b|feed\b|entry\b|item\b|source\b|jobs\b|job\b)", re.I
)
_HTML_DOC = re.compile(r"^\s*<(?:!doctype\s+html|html)\b", re.I)
_HTML_TAGS = re.compile(
    r"</(?:p|div|li|ul|ol|h[1-6]|body|html|section|article|span|table|td)>|<br\s*/?>", re.I
)
# Bounded link labels and one-line fences keep this linear on long runs of "[" or newlines.
_MD_SIGNAL = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]+\S|\[[^\[\]\n]{1,300}\]\((?:https?:|mailto:|/)|\*\*[^*\s][^*\n]*\*\*|^[ \t]*```",
    re.M,
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
    # A Chinese, Japanese, Korean or Cyrillic file in its region's own encoding (a Chinese CSV in GBK): read
    # in that encoding where the detector finds it; any other text as Windows-1252, the Western default.
    sample = raw[:_SAMPLE]
    # a few stray bytes say nothing of an encoding ("\xa6" alone): the detector is asked only about text
    guess = from_bytes(sample).best() if sum(byte > 0x7F for byte in sample) >= 16 else None
    codec = codecs.lookup(guess.encoding).name if guess else ""
    if codec in _REGIONAL_CODECS:
        return raw.decode(codec, errors="replace"), f"not valid UTF-8; read as {_REGIONAL_CODECS[codec]}"
    return raw.decode("cp1252", errors="replace"), "not valid UTF-8; read as Windows-1252"


_SAMPLE = 64 * 1024  # bytes the encoding detector reads: enough to tell, quick for a 50 MB file
_REGIONAL_CODECS = {
    "gb18030": "GB18030", "gbk": "GBK", "gb2312": "GB2312", "big5": "Big5", "big5hkscs": "Big5-HKSCS",
    "shift_jis": "Shift JIS", "cp932": "Shift JIS (Windows)", "euc_jp": "EUC-JP", "euc_kr": "EUC-KR",
    "cp949": "EUC-KR (Windows)", "cp1251": "Windows-1251", "koi8-r": "KOI8-R", "koi8-u": "KOI8-U",
}  # fmt: skip


# Letters styled with Unicode's mathematical alphabets, as social posts write bold or italic ("𝐍𝐀𝐌", "𝗕𝗔𝗢")
_STYLED = re.compile("[\U0001d400-\U0001d7ff]")


def _plain_letters(text: str) -> str:
    """ "𝐁𝐀𝐎 𝐕𝐄̣̂" as "BAO VỆ": each styled letter as the letter it is, then its accents joined to it."""
    if not _STYLED.search(text):
        return text
    return unicodedata.normalize("NFC", _STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text))


def normalise_text(text: str) -> str:
    """Tidy plain text: one kind of newline, space and bullet ("- "), no trailing spaces, few blank lines."""
    text = _plain_letters(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    lines = []
    for line in text.split("\n"):
        line = _MULTISPACE.sub(" ", _BULLET.sub("- ", line).strip())
        lines.extend(wrapped(line) if len(line) > MAX_LINE else ["" if line == "-" else line])
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def to_documents(text: str, *, filename: str | None = None) -> list[Document]:
    """Turn one file's text into posting documents: usually one, one per posting for JSON lists. Text that
    was UTF-8 read as another encoding somewhere on its way ("ZÃ³calo Health", "Â\xa0") is repaired."""
    if not isinstance(text, str) or not text.strip():
        return []
    return [_repaired(doc) for doc in _documents(text, filename)]


def _repaired(doc: Document) -> Document:
    return replace(
        doc,
        text=fix_encoding(doc.text),
        structured=_fixed(doc.structured),
        page_title=_fixed(doc.page_title),
    )


def _fixed(value: Any, depth: int = 0) -> Any:
    """Mojibake repaired in every string of a JSON-shaped value."""
    if isinstance(value, str):
        return fix_encoding(value)
    if depth > 20:
        return value
    if isinstance(value, dict):
        return {key: _fixed(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_fixed(item, depth + 1) for item in value]
    return value


def _documents(text: str, filename: str | None) -> list[Document]:
    text = text.lstrip("\ufeff")
    # Windows line ends read as Unix ones: a front matter's fence, a CSV row, a heading's line end
    text = (_bytes_literal(text) or text).replace("\r\n", "\n")
    text = issue_opening_post(text) or text
    fmt = _format_of(text, filename)
    if fmt == "json":
        docs = _json_documents(text)
        if docs is not None:
            return docs
        # Not JSON, or code whose object reads as no job (a page's data of unknown shape): its text.
        fmt = _sniff(text, json_ok=False)
    if fmt == "yaml":  # a site's data file: a list of jobs, or of employers with their jobs
        docs = _yaml_documents(text)
        if docs:
            return docs
        fmt = _sniff(text, json_ok=False)
    if fmt not in ("json", "html") and _COMMENTED.match(text):  # a file of code commented out line by line
        docs = _json_documents(_COMMENT_MARK.sub("", text))
        if docs:
            return docs
    code_file = bool(_CODE_FILE.search(filename or ""))
    # a program that keeps an API's sample response in a comment
    if fmt != "json" and (fmt != "html" or code_file):
        for block in _COMMENT_BLOCK.finditer(text, 0, 5_000_000):
            sample = _COMMENT_MARK.sub("", block.group())
            docs = _json_documents(sample) if sample.lstrip()[:1] in ("{", "[") else None
            if docs:
                return docs
    if fmt != "json" and text.startswith(("---", "+++", "{")):
        docs = _front_matter_documents(text, fmt)
        if docs:
            return docs
    if fmt == "xml" or fmt in ("text", "html") and _XML_DOC.match(text):
        records = xml_records(text) or []
        docs = _record_documents(records, "xml")
        if docs:
            return docs
        fmt = "html"  # no record reads as a job: the elements' text, as a page's
    docs = _table_documents(text) or _sql_documents(text)  # a scraper's Markdown table, an SQL dump's row
    if docs:
        return docs
    if fmt == "csv":
        docs = _csv_documents(text)
        if docs:
            return docs
        fmt = _sniff(text, json_ok=False)
    if fmt == "html":  # a component's template, and in its script maybe the job's record
        docs = _code_documents(text) if code_file and not _embedded_posting(text) else None
        return docs or _html_documents(text)
    if fmt == "text":  # a Java or PHP test holding a job board's response in one string
        docs = _payload_documents(string_payload(text))
        if docs:
            return docs
    if fmt == "markdown":  # a record or an API's response saved in a fenced block: "```json" … "```"
        # (not a posting that shows an example payload: the block must be most of the file)
        saved = [block for block in _fenced_json(text) if len(text) - len(block) <= max(200, len(text) // 10)]
        docs = next(filter(None, map(_json_documents, saved)), None)
        if docs:
            return docs
    structured = _embedded_posting(text)  # a Markdown page that carries a JSON-LD <script> of its own
    if structured is None and (fmt != "markdown" or code_file):
        docs = _code_documents(text)  # a program that holds a job's record among its other code
        if docs:
            return docs
    body = markdown_to_text(text) if fmt == "markdown" else normalise_text(unescaped(text))
    apply = apply_link_in_markdown(text) if fmt == "markdown" else None
    return [Document(body, fmt, structured, apply_url=apply)] if body else []


def _fenced_json(text: str, limit: int = 3) -> list[str]:
    """The first few fenced JSON blocks of a Markdown text, each without its fences."""
    blocks: list[str] = []
    start = text.find("```json")
    while start >= 0 and len(blocks) < limit:
        opened = text.find("\n", start)
        end = text.find("\n```", opened) if opened >= 0 else -1
        if end < 0:
            break
        blocks.append(text[opened + 1 : end])
        start = text.find("```json", end + 4)
    return blocks


def _bytes_literal(text: str) -> str | None:
    """A response body saved as Python printed it (b'<?xml …>\\n<feed …'), as the text it holds."""
    body = text.strip()
    if len(body) < 4 or body[:2] not in ("b'", 'b"') or body[-1] != body[1] or len(body) > 5_000_000:
        return None
    try:
        value = ast.literal_eval(body)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else None


# An issue-tracker thread as saved from the tracker ("owner/repo · issue #7 · open", "labels: …", the issue's
# title as a heading, then each post under "author · description|comment · 2021-01-25").
_ISSUE_HEAD = re.compile(r"\A[\w.-]+/[\w.-]+ · issue #\d+ · \w+[ \t]*\n")
_ISSUE_POST = re.compile(r"^\S+ · (description|comment) · (\d{4}-\d{2}-\d{2})[ \t]*$", re.M)


def issue_opening_post(text: str) -> str | None:
    """An issue thread's opening post as a posting: its title, its date and its labels, without the
    repository's name, the posters' names or the replies (other people's words, not the posting's)."""
    if not _ISSUE_HEAD.match(text):
        return None
    posts = list(_ISSUE_POST.finditer(text))
    head = text[_ISSUE_HEAD.match(text).end() : posts[0].start() if posts else len(text)]
    labels = re.search(r"^labels: (.+)$", head, re.M)
    title = re.search(r"^#[ \t]+(.+)$", head, re.M)
    opening = next((post for post in posts if post[1] == "description"), None)
    if not opening:
        return None
    end = next((post.start() for post in posts if post.start() > opening.start()), len(text))
    parts = [f"# {title[1].strip()}" if title else "", text[opening.end() : end].strip()]
    parts.append(f"Posted: {opening[2]}")
    if labels:
        parts.append(f"Labels: {labels[1].strip()}")
    return "\n\n".join(part for part in parts if part) + "\n"


# A Markdown table of records: a header row, its "|---|" rule, then one row per posting (a scraper's export).
_MD_TABLE = re.compile(r"\A[ \t]*\|(?P<head>[^\n]{3,20000})\|[ \t]*\n[ \t]*\|[ \t:|-]{3,20000}\|[ \t]*\n")
# The rows of an SQL dump: "INSERT INTO jobs(title, description, …) VALUES ('…', '…', …), (…);", alone or
# after a dump's header, comments and CREATE TABLE (phpMyAdmin, mysqldump, pg_dump --inserts).
_SQL_INSERT = re.compile(
    r"^[ \t]*INSERT\s+INTO\s+[\w.`\"\[\]]{1,100}\s*\((?P<cols>[^()]{1,5000})\)\s*VALUES\s*", re.I | re.M
)
# One value of a row: a quoted string ('' or \' inside), or a bare word or number (NULL, 3, -1.5, TRUE).
_SQL_VALUE = re.compile(
    r"(?!(?<=\s)\s)\s*+(?:(?<!')'(?P<text>(?:[^'\\]|\\.|'')*+)'|(?<![^,()'\s])(?P<bare>[^,()'\s]++))"
    r"\s*+(?P<end>[,)])",
    re.S,
)
_SQL_COMMA = re.compile(r"(?!(?<=\s)\s)\s*+,\s*+")
_SQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "", "Z": ""}


_LD_SCRIPT = re.compile(r"<script[^>]{0,200}ld\+json[^>]{0,200}>(?P<json>.{1,200000}?)</script>", re.S | re.I)


def _embedded_posting(text: str) -> dict | None:
    for block in islice(_LD_SCRIPT.finditer(text[:1_000_000]), 5):
        try:
            postings = _find_postings(_ld_value(block["json"]))
        except (ValueError, RecursionError):
            continue
        if postings:
            return postings[0]
    return None


def _table_documents(text: str) -> list[Document] | None:
    head = _MD_TABLE.match(text)
    if not head:
        return None
    names = [name.strip() for name in head["head"].split("|")]
    rows, pending = [], ""
    for line in text[head.end() :].splitlines()[:5000]:
        # A cell's text may run over several lines: a row ends when it holds every column.
        pending = f"{pending}\n{line}" if pending else line
        cells = [cell.strip() for cell in pending.strip().strip("|").split("|")]
        if len(cells) >= len(names):
            if pending.lstrip().startswith("|") and len(cells) == len(names):
                rows.append(dict(zip(names, cells, strict=True)))
            pending = ""
    return _record_documents(rows[:500], "markdown") or None


def _sql_documents(text: str) -> list[Document] | None:
    """A record for each row the dump's INSERT statements hold (up to _MAX_ROWS), read as a job object."""
    records = []
    for insert in islice(_SQL_INSERT.finditer(text[:5_000_000]), 50):
        names = [name.strip(' \t\n`"[]') for name in insert["cols"].split(",")]
        for values in _sql_rows(text, insert.end()):
            if len(values) == len(names):
                records.append(dict(zip(names, values, strict=True)))
            if len(records) >= _MAX_ROWS:
                break
    return _record_documents(records, "text") or None


def _sql_rows(text: str, pos: int):
    """The rows "(…), (…)" from `pos` to the statement's end, each a list of values (NULL as None)."""
    while pos < len(text) and text[pos] == "(":
        values, pos = [], pos + 1
        while True:
            value = _SQL_VALUE.match(text, pos)
            if value is None:
                return
            pos = value.end()
            if value["text"] is not None:
                values.append(re.sub(r"\\(.)|''", _sql_unescape, value["text"]))
            else:
                values.append(None if value["bare"].upper() == "NULL" else value["bare"])
            if value["end"] == ")":
                break
        yield values
        separator = _SQL_COMMA.match(text, pos)
        if separator is None:
            return
        pos = separator.end()


def _sql_unescape(match: re.Match[str]) -> str:
    if match.group(0) == "''":
        return "'"
    return _SQL_ESCAPES.get(match.group(1), match.group(1))


_CODE_FILE = re.compile(
    r"\.(?:vue|svelte|astro|[cm]?[jt]sx?|cs|java|kt|go|rb|php|py|swift|dart|rs|scala)$", re.I
)


def _code_documents(text: str) -> list[Document] | None:
    """Postings in an object literal among a program's code: the first candidate that reads as a job."""
    for candidate in embedded_literals(text):
        # as written (template literals as strings), else with values that name variables ("img: …") as null
        candidate = joined_strings(candidate)
        value = _json5_first(candidate, named_values_nulled(candidate))
        if not isinstance(value, dict | list):
            continue
        postings = _find_postings(value) or _listed_postings(_values(value))
        # a job's record says more than a title (a page's {title: "Careers"} is no posting)
        readable = [
            p for p in postings if p.get("title") and (p.get("description") or p.get("hiringOrganization"))
        ]
        docs = _posting_documents(readable, "json")
        if docs:
            return docs
    return None


def _payload_documents(payload: str | None) -> list[Document] | None:
    """Postings in a document a program holds in a string: JSON records, or an XML feed's."""
    if not payload:
        return None
    if payload.startswith("<"):
        return _record_documents(xml_records(payload) or [], "xml") if _XML_DOC.match(payload) else None
    return _json_documents(payload)


def _format_of(text: str, filename: str | None) -> str:
    """The format named by the file's extension, or sniffed from the content when that is ambiguous."""
    ext = filename.rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    fmt = _EXTENSIONS.get(ext)
    if fmt == "text":
        # Saved page sources often end up as .txt; only a full HTML document overrides the extension.
        if text.lstrip()[:1] in ("{", "["):  # a record saved as .txt
            return "json"
        return "html" if _HTML_DOC.match(text) else "text"
    return fmt or _sniff(text)


def _sniff(text: str, *, json_ok: bool = True) -> str:
    """Guess the format from the content alone."""
    head = text.lstrip()[:1]
    if json_ok and (
        head in ("{", "[")
        or _JS_ASSIGNMENT.match(text.lstrip()[:200])
        or _PY_ASSIGNMENT.match(text.lstrip()[:300])
    ):
        return "json"
    if _HTML_DOC.match(text) or len(_HTML_TAGS.findall(text, 0, 50_000)) >= (1 if head == "<" else 3):
        return "html"
    return "markdown" if _MD_SIGNAL.search(text) else "text"


def _json_documents(text: str) -> list[Document] | None:
    """Documents for each JobPosting in JSON or JSON Lines; None when the text is not JSON at all."""
    code = False
    try:
        values = [json.loads(text, strict=False)]
    except ValueError as error:
        values = _json_lines(text)
        if values is None:
            values = _cut_short(text, error)
        if values is None:
            values, code = _js_literal(text), True
        if values is None:
            return None
    except RecursionError:
        return None
    postings = _find_postings(values)
    if not postings:  # an ATS export: the same facts under its own field names
        items = [item for value in values for item in _values(value)]
        docs = _posting_documents(_listed_postings(items), "json")
        return None if code and not docs else docs
    return _posting_documents(postings, "json")


def _cut_short(text: str, error: ValueError) -> list | None:
    """A JSON document cut off part way (a page's JSON-LD saved only in part, a response cut at a size limit):
    the string and the brackets left open are closed; None when the error is not at the end."""
    body = text.rstrip()
    if not isinstance(error, json.JSONDecodeError) or body[:1] not in "{[":
        return None
    if error.msg.startswith("Unterminated string"):
        body += '"'
    elif error.pos < len(body):
        return None
    body = closed(body)
    try:
        return [json.loads(body, strict=False)] if body else None
    except (ValueError, RecursionError):
        return None


_ABOUT_THE_LIST = re.compile(r"_?(?:meta(?:data)?|stats|statistics|debug|pagination|facets|aggregations)")


def _listed_postings(items: list, depth: int = 0, context: dict | None = None) -> list[dict]:
    """The records' JobPostings, each record read once: an API response ({"items": [...]}, {"data": {"jobs":
    [...]}}) stands for the records it lists when it reads as no job with a title itself; an employer's
    record ({"company": "bluecross", "jobs": [...]}) lends its plain fields to the jobs it lists."""
    out = []
    for item in items:
        if not isinstance(item, dict):
            continue
        posting = as_jobposting(item, context)
        if depth < 6 and not (posting and posting.get("title")):
            inner = [
                x
                for k, v in item.items()
                if not _ABOUT_THE_LIST.fullmatch(str(k).lower())  # a response's "metadata", "facets" …
                for x in _values(_json_in_string(v))
                if isinstance(x, dict)
            ]
            plain = {
                k: v
                for k, v in item.items()
                if isinstance(v, str | int | float | date) and not isinstance(v, bool)
            }
            plain = keyed_fields(plain)
            listed = _listed_postings(inner, depth + 1, {**(context or {}), **plain} if plain else context)
            if listed:
                out += listed
                continue
        if posting:
            out.append(posting)
    if any(posting.get("title") for posting in out):
        # Beside records with titles, one without is about the list (a board's terms of use), not a job.
        out = [posting for posting in out if posting.get("title")]
    return out


def _values(value: Any) -> list:
    """A list as it is; any other value as a list of one."""
    return value if isinstance(value, list) else [value]


def _json_in_string(value: Any) -> Any:
    """A JSON document kept as a string (a recorded HTTP response's body, a dump's JSON column) as its
    value; any other value as it is."""
    if not isinstance(value, str) or len(value) > 2_000_000:
        return value
    stripped = value.strip()
    if (stripped[:1], stripped[-1:]) not in (("{", "}"), ("[", "]")):
        return value
    try:
        return json.loads(stripped, strict=False)
    except (ValueError, RecursionError):
        return value


def _record_documents(records: list, fmt: str) -> list[Document]:
    """A document for each record (a job board's, an ATS's, a dataset row) that reads as a JobPosting."""
    return _posting_documents([p for p in map(as_jobposting, records) if p], fmt)


def _posting_documents(postings: list[dict], fmt: str) -> list[Document]:
    """A document for each JobPosting that has any text: its text, its own link and its apply link."""
    docs = []
    for posting in postings:
        body = jobposting_text(posting)
        if body:
            url = _text_value(posting.get("url"))
            docs.append(Document(body, fmt, posting, url, apply_url=_apply_of(posting)))
    return docs


# A file whose every line is a comment ("// {", "//   \"title\": …"): the code it keeps, read as code.
_COMMENTED = re.compile(r"\A(?:[ \t]*(?://|#)[^\n]*\n|[ \t]*\n){3}")
_COMMENT_MARK = re.compile(r"^[ \t]*(?://|#) ?", re.M)
_COMMENT_BLOCK = re.compile(r"^(?:[ \t]*+//[^\n]*+\n)(?:[ \t]*+//[^\n]*+(?:\n|\Z)){2,}", re.M)


def _yaml_documents(text: str) -> list[Document] | None:
    """Postings in a YAML data file: its records read as job objects, a record's employer passed down to the
    jobs it lists ("- company: bluecross\n  jobs:\n  - title: …")."""
    try:
        value = yaml.load(text[: _MAX_FRONT_MATTER * 10], Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    if not isinstance(value, dict | list):
        return None
    items = _values(value)
    return _posting_documents(_listed_postings(items), "json") or None


def _front_matter_documents(text: str, fmt: str) -> list[Document]:
    """Postings from a page that starts with front matter (Jekyll, Hugo, Netlify CMS careers pages): YAML
    between "---" lines, TOML between "+++" lines, or a JSON object."""
    meta, rest = _front_matter(text)
    if meta is None:
        return []
    if isinstance(meta, dict):  # "${{ page.salary_min }}": the template's variables are the page's own fields
        rest = _PAGE_VARIABLE.sub(lambda m: _page_value(meta, m.group(1), m.group()), rest)
    body = html_to_text(rest) if fmt == "html" and _HTML_TAGS.search(rest) else markdown_to_text(rest)
    # A headless CMS's page kept whole in its front matter (Statamic, Netlify CMS, Sanity): blocks of
    # components whose texts ("headline_txt", a Bard editor's paragraphs) are the page.
    page = markdown_to_text("\n\n".join(_cms_texts(meta))) if len(body) < 200 else ""
    if len(page) < 200:
        return _posting_documents(front_matter_postings(meta, body), "markdown")
    return _posting_documents(front_matter_postings(meta, page), "markdown") or [Document(page, "markdown")]


# A Jekyll (Liquid) or Hugo template's reference to the page's own front matter: "{{ page.salary_min }}",
# "{{ .Params.location }}".
_PAGE_VARIABLE = re.compile(r"\{\{-?[ \t]*+(?:page|\.Params)\.(\w{1,40})[ \t]*+-?\}\}")


def _page_value(meta: dict, key: str, written: str) -> str:
    value = meta.get(key)
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else written


# A field of a CMS block that holds text even when it is one word ("Aufgaben"): "text", "headline_txt".
_TEXT_KEY = re.compile(r"text|txt|headline|heading|title|label|body|content|html|markdown", re.I)


def _cms_texts(node: Any, key: str = "", depth: int = 0) -> list[str]:
    """The texts of a structured page in order: strings with a blank (a sentence, a heading), and one-word
    strings kept in a text field; never ids, file names, colours or template names ("slider_left")."""
    if depth > 30:
        return []
    if isinstance(node, dict):
        return [text for k, v in node.items() for text in _cms_texts(v, str(k), depth + 1)]
    if isinstance(node, list):
        # a paragraph's runs of text, bold or plain ("Wir suchen ", "per sofort", " eine oder"): one line
        if node and all(isinstance(v, dict) and v.get("type") == "text" for v in node):
            line = "".join(v["text"] for v in node if isinstance(v.get("text"), str)).strip()
            return [line] if line else []
        return [text for v in node[:500] for text in _cms_texts(v, key, depth + 1)]
    if not isinstance(node, str) or not re.search(r"[^\W\d_]", node):
        return []
    words = node.strip()
    return [words] if " " in words or _TEXT_KEY.search(key) and "/" not in words else []


def _front_matter(text: str) -> tuple[Any, str]:
    """(the front matter's data, the page's text after it), or (None, "") when there is none."""
    try:
        if text.startswith("{"):
            meta, end = json.JSONDecoder(strict=False).raw_decode(text[:_MAX_FRONT_MATTER])
            return meta, text[end:]
        fence = text[:3]
        end = text.find("\n" + fence, 3, _MAX_FRONT_MATTER)
        if end < 0 or text[3:4] not in ("\n", "\r", " "):
            return None, ""
        head, rest = text[3:end], text[end + 4 :].split("\n", 1)[-1] if "\n" in text[end + 4 :] else ""
        if fence == "+++":
            return tomllib.loads(head), rest
        return yaml.load(head, Loader=_YAML_LOADER), rest  # noqa: S506 - a safe loader, chosen below
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError):
        return None, ""


def _csv_format(text: str) -> dict:
    """The table's dialect: the delimiter its header line uses most, with double quotes, when the header
    holds it twice or more; else what the sniffer makes of the first lines (it misreads a table whose first
    row holds long quoted cells over many lines, and splits those cells into rows)."""
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=header.count)
    if header.count(delimiter) >= 2:
        return {"delimiter": delimiter, "quotechar": '"', "doublequote": True}
    try:
        return {"dialect": csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")}
    except csv.Error:
        if not header.count(delimiter):
            raise
        return {"delimiter": delimiter, "quotechar": '"', "doublequote": True}


def _csv_documents(text: str) -> list[Document]:
    """One document per row of a table with a header line (a scraped dataset), read as a job object."""
    text = text.replace("\r\n", "\n")
    try:
        rows = csv.DictReader(io.StringIO(text), **_csv_format(text))
        items = [row for row in islice(rows, _MAX_ROWS) if isinstance(row, dict)]
    except (csv.Error, ValueError):
        return []
    return _record_documents([{k: v for k, v in row.items() if k} for row in items], "csv")


def _json_lines(text: str) -> list | None:
    values = []
    for line in text.splitlines():
        if line.strip():
            try:
                values.append(json.loads(line, strict=False))
            except ValueError:
                return None
    return values


def _js_literal(text: str) -> list | None:
    """A JavaScript or TypeScript object literal pasted into a file (unquoted keys, trailing commas,
    "const jobs = [...]", strings joined with "+"), read as JSON5; a Python module's dict; either one cut
    off after the record it was copied for."""
    # One object cut out of an array keeps the comma after it ("{ … },").
    body = _JS_ASSIGNMENT.sub("", _LEADING_COMMENTS.sub("", text.strip()), count=1)
    body = body.rstrip().rstrip(";,").rstrip()
    python = _PY_ASSIGNMENT.match(body)
    if python:  # a Python module holding a job board's record as a dict ("test_vac = {…}")
        return _python_literal(body[python.end() - 1 :])
    if not body.startswith(("{", "[")):
        return None
    body = joined_strings(body)
    value = _json5_first(body, closed(body))
    if value is None:
        python = _python_literal(body)  # a dict printed by Python (True, False, None)
        if python is not None:
            return python
        named = named_values_nulled(body)  # "img: truckDriverImg": a value naming a variable
        value = _json5_first(named, closed(named))
    return [value] if isinstance(value, dict | list) else None


def _json5_first(*candidates: str | None) -> Any:
    """The value of the first candidate JSON5 reads, or None."""
    for candidate in candidates:
        if candidate is None:
            continue
        try:
            return _json5(candidate)
        except (pyjson5.Json5Exception, ValueError, RecursionError):
            continue
    return None


def _json5(text: str) -> Any:
    """The text's JSON5 value, or its leading value when more follows it ("…};\n\nexport default jobData",
    a JSON-LD object with a stray field after it); raises on text that starts with no value."""
    try:
        return pyjson5.decode(text)
    except pyjson5.Json5ExtraData as extra:
        return extra.result


def _python_literal(body: str) -> list | None:
    """A Python literal (quotes of both kinds, True/False/None) read without running any code, also when
    cut off after the record it was copied for."""
    if len(body) > 1_000_000:
        return None
    # each reading only when the one before it failed (the last walks the text character by character)
    for read in (lambda: body, lambda: closed(body, hash_comments=True), lambda: _line_breaks_escaped(body)):
        candidate = read()
        if candidate is None:
            continue
        try:
            return [ast.literal_eval(candidate)]
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
    return None


def _line_breaks_escaped(body: str) -> str | None:
    """The literal with each line break inside a one-line string written as "\\n": a scraper's printed dict
    keeps a field's raw text ('location': "\n    上海-浦东新区\n  "), which Python cannot read back. None
    when no string holds one."""
    out: list[str] = []
    quote = ""
    escaped = changed = False
    for char in body:
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            elif char == "\n":
                out.append("\\n")
                changed = True
                continue
        elif char in "'\"":
            quote = char
        out.append(char)
    return "".join(out) if changed else None


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


def _ld_value(block: str) -> Any:
    """A JSON-LD block's value; a hand-edited block with a stray field after its object ("}\n"workHours": …)
    keeps the object that parses."""
    try:
        return json.loads(block, strict=False)
    except ValueError:
        text = block.strip()
        try:  # a hand-written block's trailing comma ("…}\n  },\n}") is JSON5
            return _json5(text)
        except (pyjson5.Json5Exception, ValueError):
            value, _end = json.JSONDecoder(strict=False).raw_decode(text)  # ValueError when nothing parses
            return value


def _html_documents(markup: str) -> list[Document]:
    """One document for an HTML page, preferring its JSON-LD when the visible text is nearly empty."""
    page = read_html(markup)
    postings = []
    for block in page.ld_blocks:
        try:
            postings += _find_postings(_ld_value(block))
        except (ValueError, RecursionError):
            continue
    structured = postings[0] if postings else None
    # Block boundaries open and close lines; a blank line between every block says nothing more.
    body = _BLANK_RUN.sub("\n", normalise_text(page.text))
    if structured is not None:
        rendered = jobposting_text(structured)
        # Script-rendered pages show little besides a shell; their posting lives in the JSON-LD.
        if len(body) < len(rendered) // 3:
            body = rendered
    url = page.url or (_text_value(structured.get("url")) if structured else None)
    apply = page.apply_url or (_apply_of(structured) if structured else None)
    return [Document(body, "html", structured, url, page.title, apply)] if body else []


def _apply_of(posting: dict) -> str | None:
    """A JobPosting's application link: an ATS export's apply URL, else its own page when it applies
    directly (schema.org's directApply)."""
    apply = _text_value(posting.get("applyUrl") or posting.get("applicationUrl"))
    if apply:
        return apply
    return _text_value(posting.get("url")) if posting.get("directApply") is True else None


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}
_EXTRA_FIELDS = (("responsibilities", "Responsibilities"), ("qualifications", "Qualifications"),
                 ("skills", "Skills"), ("jobBenefits", "Benefits"))  # fmt: skip
_UNITS = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: one block per line, list items as "- item"."""
    docs = _html_documents(markup)
    return docs[0].text if docs else ""


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown document: headings as lines, list items as "- item"."""
    return normalise_text(markdown_lines(text))


def jobposting_text(obj: dict) -> str:
    """A schema.org JobPosting as plain text: title, "at <company>", labelled facts, then the description."""
    if not isinstance(obj, dict):
        return ""
    title = _text_value(obj.get("title"))
    company = _name_of(obj.get("hiringOrganization"))
    # Without a title (a forum comment kept as a record) the text's own first line names the role.
    lines = [title, f"at {company}"] if title and company else [title or ""]
    facts = (
        ("Company", company if not title else None),
        ("Location", _locations(obj)),
        ("Employment type", _employment(obj.get("employmentType"))),
        ("Salary", _salary(obj.get("baseSalary"))),
        ("Estimated salary", _salary(obj.get("estimatedSalary"))),
        ("Date posted", (_text_value(obj.get("datePosted")) or "")[:10]),
    )
    fact_lines = [f"{label}: {value}" for label, value in facts if value]
    fact_lines += [text for text in [_text_value(obj.get("x-salary-text"))] if text]
    description = _rich_text(obj.get("description"))
    # Facts under the title; without one, the text's own first line must stay first.
    lines += [*fact_lines, description] if title else [description, "", *fact_lines]
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
    text = "\n".join(filter(None, map(_text_value, _values(value))))
    if not text:
        return ""
    if _HTML_TAGS.search(text) or _SOME_TAG.search(text):
        return html_to_text(text)
    return markdown_to_text(text) if _MD_SIGNAL.search(text) else text


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
    values = _values(value)
    return ", ".join(v.strip().lower().replace("_", "-") for v in values if isinstance(v, str) and v.strip())


def _salary(value: Any) -> str:
    """baseSalary (a MonetaryAmount) as "$196,000 to $220,500 per year"."""
    if not isinstance(value, dict):
        return ""
    currency = _text_value(value.get("currency")) or ""
    amount = value.get("value")
    amount = amount if isinstance(amount, dict) else {"value": amount}
    low, high = (positive_number(amount.get(k)) for k in ("minValue", "maxValue"))
    single = positive_number(amount.get("value"))
    figures = [_money(currency, n) for n in ((low, high) if low or high else (single,)) if n]
    figures = figures[:1] if len(figures) == 2 and low == high else figures
    unit = _UNITS.get(str(amount.get("unitText") or value.get("unitText") or "").upper())
    # one end of the range stated: "up to RUB 150,000" (hh.ru's "from": null), "from $25"
    bound = "" if single else "up to " if high and not low else "from " if low and not high else ""
    return (bound + " to ".join(figures) + (f" per {unit}" if unit else "")) if figures else ""


def _money(currency: str, amount: float) -> str:
    figure = f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"
    sign = _CURRENCY_SIGNS.get(currency.upper())
    return f"{sign}{figure}" if sign else f"{currency} {figure}".strip()
