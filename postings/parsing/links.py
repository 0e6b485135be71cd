"""Links a posting gives (its own address, its apply link): only http, https and mailto survive.

Posting text is untrusted, and a link read from it ends up as an ``href`` on the role page. Browsers
decode entities in attributes, drop tabs and newlines anywhere in a URL and ignore leading control
characters, so ``java&#x09;script:``, ``\\njavascript:`` and ``JaVaScRiPt:`` all run script. This module
reads a link the way a browser would before deciding, and returns the cleaned link or ``None``.
"""

import html
import re
from itertools import islice
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_LENGTH = 1000

# WHATWG URL parsing: leading/trailing C0 controls and spaces are stripped, tabs and newlines removed.
_EDGES = "".join(chr(c) for c in range(0x21)) + "\x7f\u200b\u200c\u200d\u2060\ufeff\u00a0"
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]{0,30}):")
_MAILBOX = re.compile(r"[^\s@<>\"]{1,64}@[^\s@<>\"]{1,255}")


def safe_url(value: object) -> str | None:
    """The link when it is http(s) with a host or a mailto address, read both as written and as a browser
    decodes it; otherwise None."""
    if not isinstance(value, str):
        return None
    written = _cleaned(value[: MAX_LENGTH * 4])
    decoded = _cleaned(_unescaped(value[: MAX_LENGTH * 4]))
    # Entities are decoded only to judge the link ("&#106;avascript:"); the link is kept as written, so a
    # query such as "?a=1&copy=2" is not turned into "?a=1©=2".
    if written and decoded and _allowed(decoded) and _allowed(written):
        return written
    return None


def unsafe_scheme(value: object) -> str:
    """What a refused link starts with, for the import report ("javascript:")."""
    scheme = _SCHEME.match(_cleaned(_unescaped(value)) if isinstance(value, str) else "")
    return f"{scheme.group(1).lower()}:" if scheme else "a link without http(s) or mailto"


def _allowed(link: str) -> bool:
    scheme = _SCHEME.match(link)
    if not scheme or scheme.group(1).lower() not in ALLOWED_SCHEMES:
        return False  # javascript:, data:, vbscript:, file:, relative and scheme-less links
    rest = link[scheme.end() :]
    if scheme.group(1).lower() == "mailto":
        return bool(_MAILBOX.fullmatch(rest.split("?", 1)[0]))
    try:
        return rest.startswith("//") and bool(urlsplit(link).hostname)
    except ValueError:
        return False


def _unescaped(link: str) -> str:
    for _ in range(3):  # "&amp;#106;avascript:" decodes twice before a browser sees "javascript:"
        decoded = html.unescape(link)
        if decoded == link:
            break
        link = decoded
    return link


def _cleaned(link: str) -> str:
    link = _TAB_NEWLINE.sub("", link).strip(_EDGES)
    if len(link) > MAX_LENGTH or _CONTROL.search(link):
        return ""
    return link.replace(" ", "%20")


# An e-mail address, and what a posting may say to apply through: a link or an address.
_ADDRESS = r"[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}"
_TARGET = rf"(https?://[^\s<>()\"'\]\[]{{4,300}}|{_ADDRESS})"
# "Apply at https://…", "send your CV to jobs@acme.com", "Bewerbung an karriere@…", "postula en https://…":
# the link or address the posting's own words say to apply through. Bounded gaps keep it linear.
_APPLY_TEXT = re.compile(
    r"(?=\b[asemwcrbp])"  # the letters a match can start with: other places are passed over at once
    r"\b(?:apply|applications?|send|e-?mail|mail|write|contact|reach|bewerb\w{0,10}|postul\w{0,6}|candidat\w{0,6}"
    r"|env[ií]\w{0,6}|envoye[zr]|solliciteer|aplikuj)\b[^\n]{0,80}?" + _TARGET,
    re.I,
)


# The same in the languages postings come in, a CV or résumé named: "请将简历发送至：…@qq.com", "이메일
# recruit@momos.co.kr로 지원", "резюме отправляйте на …", "gửi CV về …", "Lebenslauf an …", "CV à …".
_APPLY_TEXT_OTHER = re.compile(
    r"(?:简历|簡歷|履歴書|이력서|지원|應徵|应聘|投递|応募|резюме|отклик\w{0,4}|откликн\w{0,6}|(?<!\w)CV(?!\w)"
    r"|(?<!\w)(?:r[ée]sum[ée]|curriculum|lebenslauf|ứng\s+tuyển|başvuru\w{0,4}|jelentkez\w{0,6}))"
    r"[^\n]{0,80}?" + _TARGET,
    re.I,
)


_MAIL = re.compile(rf"(?<![\w.+-]){_ADDRESS}\b", re.I)
# Local parts of addresses that receive applications: "jobs@", "careers@", "bewerbung@", "rh@", "join18F@";
# and of those that never do.
_HIRING_MAILBOX = re.compile(
    r"^(?:jobs?|careers?|recruit\w*|hiring|hr|talent\w*|employment|join\w*|apply|applications?|work|"
    r"bewerbung\w*|karriere|personal|rh|rrhh|empleo|emploi|recrutement|recrutamento|vacatures?|praca|"
    r"rekrytering|rekrutacja|cv)(?:[._-]\w+)?$",
    re.I,
)


def apply_in_text(text: str) -> str | None:
    """The link or mailto: address the posting's text says to apply through, if it names one; else its
    hiring mailbox ("jobs@acme.com"), or the only address it gives."""
    if not isinstance(text, str):
        return None
    said = (
        m
        for pattern in (_APPLY_TEXT, _APPLY_TEXT_OTHER)
        for m in islice(pattern.finditer(text[:100_000]), 20)
    )
    match = next((m for m in said if not _NOT_FOR_APPLICATIONS.match(m.group(1).split("@", 1)[0])), None)
    if not match:
        mailto = _application_address(text)
        return f"mailto:{mailto}" if mailto else None
    target = match.group(1).rstrip(".,;:!?")
    return target if target.lower().startswith("http") else f"mailto:{target}"


_NOT_FOR_APPLICATIONS = re.compile(
    r"^(?:privacy|datenschutz|dpo|gdpr|no-?reply|do-?not-?reply|abuse|webmaster|postmaster|support|press|"
    r"presse|media|billing|invoices?|legal|security)\b",
    re.I,
)


def _application_address(text: str) -> str | None:
    found = (match.group().rstrip(".") for match in _MAIL.finditer(text[:100_000]))
    addresses = [a for a in dict.fromkeys(found) if not _NOT_FOR_APPLICATIONS.match(a.split("@", 1)[0])]
    hiring = [address for address in addresses if _HIRING_MAILBOX.match(address.split("@", 1)[0])]
    if hiring:
        return hiring[0]
    return addresses[0] if len(addresses) == 1 else None
