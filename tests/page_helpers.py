"""Shared by the page tests: the seeds' expected values and ways to read a rendered page."""

import html
import json
import re
from pathlib import Path

EXPECTED = json.loads((Path(__file__).resolve().parent / "data" / "expected.json").read_text())["roles"]
_JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
_TAGS = re.compile(r"<[^>]+>")


def text_of(response) -> str:
    """The page as a reader sees it: tags dropped, entities decoded, whitespace collapsed."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(_TAGS.sub(" ", body)).split())


def json_ld(response) -> dict:
    """The page's one JobPosting block, parsed."""
    blocks = _JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def accepted(expected) -> list:
    """The values an expected.json entry accepts ({"any_of": [...]} or one value)."""
    return expected["any_of"] if isinstance(expected, dict) and "any_of" in expected else [expected]
