"""Job records kept inside program code: string literals joined with "+", a JSON or XML document held in
one string (a Java or PHP test's mock response), and an object or array cut off before its closing brackets.

Read, never run: a small scanner finds the string literals (single, double and back quotes, with their
escapes) and the brackets outside them, skipping "//", "/* */" and "#" comments.
"""

import json
import re
from itertools import islice

_MAX_SCAN = 2_000_000  # characters of code scanned; a record file is far smaller
_MAX_DEPTH = 64  # brackets left open that a cut file may close
_JOIN = re.compile(r"(?<!\s)\s*+\+\s*+")
_OPENERS = {"{": "}", "[": "]", "(": ")"}
_CLOSERS = frozenset("}])")


def _strings(text: str, *, hash_comments: bool = False):
    """(start, end) of each string literal in the text, in order; a literal left open ends the scan."""
    i, n = 0, min(len(text), _MAX_SCAN)
    while i < n:
        ch = text[i]
        if ch in "\"'`":
            end = _string_end(text, i, n)
            if end is None:
                return
            yield i, end
            i = end
        elif text.startswith("//", i) and (i == 0 or text[i - 1] != ":"):  # "https://" is no comment
            i = _line_end(text, i, n)
        elif text.startswith("/*", i):
            close = text.find("*/", i + 2, n)
            i = n if close == -1 else close + 2
        elif hash_comments and ch == "#":
            i = _line_end(text, i, n)
        else:
            i += 1


def _string_end(text: str, start: int, n: int) -> int | None:
    quote, i = text[start], start + 1
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
        elif ch == quote:
            return i + 1
        elif ch == "\n" and quote != "`":
            return None  # an apostrophe in prose, not a literal
        else:
            i += 1
    return None


def _line_end(text: str, i: int, n: int) -> int:
    end = text.find("\n", i, n)
    return n if end == -1 else end


def _decoded(literal: str) -> str | None:
    """The value of one string literal written in JavaScript, Java, C# or Python, or None."""
    quote, inner = literal[0], literal[1:-1]
    if quote == "`" and "${" in inner:
        return None  # a template with code in it
    if quote != '"':
        inner = re.sub(r'(?<!\\)((?:\\\\)*)"', r'\1\\"', inner.replace("\\'", "'").replace("\\`", "`"))
    try:
        return json.loads(f'"{inner}"', strict=False)
    except ValueError:
        return None


def _chains(text: str, *, hash_comments: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, value) of each run of string literals joined with "+"."""
    chains: list[tuple[int, int, str]] = []
    current: list[tuple[int, int]] = []

    def flush() -> None:
        if current:
            values = [_decoded(text[a:b]) for a, b in current]
            if all(v is not None for v in values):
                chains.append((current[0][0], current[-1][1], "".join(values)))
        current.clear()

    for start, end in _strings(text, hash_comments=hash_comments):
        if current and not _JOIN.fullmatch(text, current[-1][1], start):
            flush()
        current.append((start, end))
    flush()
    return chains


def joined_strings(text: str) -> str:
    """The code with each run of literals joined by "+" ("'a' +\\n 'b'"), and each template literal without
    code in it (`<p>…</p>` over several lines), written as one JSON string."""
    if "+" not in text and "`" not in text:
        return text
    parts, last = [], 0
    for start, end, value in _chains(text):
        if text.count("+", start, end) or text[start] == "`":
            parts += [text[last:start], json.dumps(value, ensure_ascii=False)]
            last = end
    return "".join(parts) + text[last:] if parts else text


# A value that names a program's variable ("img: truckDriverImg,", "logo: assets.logo }"): no data of its own.
_NAMED_VALUE = re.compile(
    r"(?<=:)([ \t]*+)(?!(?:true|false|null|NaN|Infinity|undefined)\b)[A-Za-z_$][\w$.]*+(?=\s*[,}\]])"
)


def named_values_nulled(text: str) -> str:
    """The literal with values that name variables written as null, outside its strings, so JSON5 reads it."""
    if ":" not in text:
        return text
    parts, last = [], 0
    for start, end in (*_strings(text), (len(text), len(text))):
        parts += [_NAMED_VALUE.sub(r"\1null", text[last:start]), text[start:end]]
        last = end
    return "".join(parts)


def string_payload(text: str) -> str | None:
    """The JSON document a program holds in one string ("return \\"[\\\\n\\" + …"), when its longest string
    (joined across "+") starts an object, an array or markup (an XML feed; the file may end before the
    string does)."""
    chains = _chains(text)
    if not chains:
        return None
    value = max(chains, key=lambda chain: len(chain[2]))[2].strip()
    return value if len(value) > 40 and value[:1] in "{[<" else None


def closed(body: str, *, hash_comments: bool = False) -> str | None:
    """An object or array cut off after a record ("[ { … },"): the brackets still open closed in order;
    None when none is open or they do not pair."""
    stack: list[str] = []
    last = 0
    for start, end in (*_strings(body, hash_comments=hash_comments), (len(body), len(body))):
        for ch in body[last:start]:
            if ch in _OPENERS:
                stack.append(_OPENERS[ch])
            elif ch in _CLOSERS and (not stack or stack.pop() != ch):
                return None
        last = end
    if not stack or len(stack) > _MAX_DEPTH:
        return None
    return body.rstrip().rstrip(",").rstrip() + "".join(reversed(stack))


# A job's title key in a literal among other code: "title": …, jobTitle: …, '@type': 'JobPosting'.
_JOB_KEY = re.compile(
    r"""["']?(?:@type["']?\s*:\s*["']JobPosting|(?:job_?)?title|jobTitle|intitule|titulo|(?<![a-z])(?:titre|titel|stellentitel|puesto))["']?\s*:"""
    # wanted.co.kr's "position": "도쿄근무 사내 정보 시스템 담당" (a style's "position: 'absolute'" is short)
    r"""|["']position["']\s*:\s*["'][^"'\n]{8}""",
    re.I,
)
_OPENER = re.compile(r"[\[{]")
# Every comment leader of a line at once ("# // #"), so the text read without them holds none.
_LINE_COMMENT = re.compile(r"^[ \t]*+(?:(?:#|//)[ \t]?)++", re.M)
_DECLARED = re.compile(r"(?<![ \t])[ \t]*+(?:string|number|boolean|any|unknown)\b(?:\[\])?[ \t]*+[;,|}\n]")
_COMMENT_LEAD = re.compile(r"^[ \t]*\*(?![/*])[ \t]?", re.M)  # the " * " that starts a block comment's lines
_MAX_OPENERS = 12


def embedded_literals(text: str) -> list[str]:
    """The texts to read as an object literal when a program holds a job's record among its other code (a
    Vue component's `const jobPostings = [{…}]`, an API response pasted into a C# block comment as
    `"job": {…}, "description": {…}`): from the brackets that open before the first title key, outermost
    first, each cut at the end of the block comment it starts in; a comment's bare `"key": …` fields are
    tried first as one object. The caller parses them in order and keeps the first that reads as a job."""
    text = text[:_MAX_SCAN]
    # a title key with a value: TypeScript's "title: string;" in a type above the data only declares one
    key = next((k for k in islice(_JOB_KEY.finditer(text), 50) if not _DECLARED.match(text, k.end())), None)
    if key is None:
        return []
    line_start = text.rfind("\n", 0, key.start()) + 1
    if _LINE_COMMENT.match(text, line_start):  # a record pasted into "# …" or "// …" lines: read without them
        return embedded_literals(_LINE_COMMENT.sub("", text))
    found = []
    comment = text.rfind("/*", 0, key.start())
    if comment > text.rfind("*/", 0, key.start()):
        end = text.find("*/", key.start())
        inner = _COMMENT_LEAD.sub("", text[comment + 2 : end if end != -1 else len(text)]).strip()
        if inner.startswith(('"', "'")):
            found.append("{" + inner.rstrip().rstrip(",") + "}")
    for opener in list(_OPENER.finditer(text, 0, key.start()))[-_MAX_OPENERS:]:
        start = opener.start()
        body = text[start:]
        if comment > text.rfind("*/", 0, start) and comment < start:
            end = body.find("*/")
            body = body[:end] if end != -1 else body
        found.append(body)
        if (shut := closed(body)) is not None:
            found.append(shut)
    return found
