"""Job records in XML: a job board's API entry (FINN's Atom entries), an RSS item, a feed of <job> elements
(Indeed's and most boards' XML feeds), an ATS export (Personio's <position>s).

Each record becomes the nested dict the JSON readers take: an element's local name is its key (namespaces
dropped), a leaf its text, and a generic field element (<field name="job_title" value="…"/>) the key its
name attribute gives. The dict is then flattened for the field families of ``_ats_json``: every key at its
shallowest depth, its value kept whole. Entities are never resolved and nothing is fetched (no XXE).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

# Element names of a feed's records: several of them side by side are several postings.
_RECORDS = frozenset({"item", "entry", "job", "position", "vacancy", "posting", "jobposting", "ad", "offer"})
_FIELD_ELEMENTS = frozenset({"field", "property", "attribute", "param"})
_MAX_RECORDS = 500
# HTML elements: an element holding only these holds text with its markup, not fields.
_MARKUP = frozenset(
    str.split(
        "p br div span strong b em i u a ul ol li h1 h2 h3 h4 h5 h6 table tr td th tbody thead hr blockquote "
        "pre code small sup sub img font center section article"
    )
)


def xml_records(text: str) -> list[dict] | None:
    """The job records an XML document holds, each flattened, or None when it is no XML."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True
    )
    try:
        root = etree.fromstring(text.lstrip().encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    elements = _record_elements(root)
    return [_flat(_value(element)) for element in elements[:_MAX_RECORDS]]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _record_elements(root) -> list:
    """The record elements: the root itself, or the repeated <item>/<job>/… elements under it."""
    if _local(root.tag) in _RECORDS:
        return [root]
    found = [el for el in root.iter() if _local(el.tag) in _RECORDS and el is not root]
    # The outermost records only: an <item> inside a <job> is part of that job.
    outer = [el for el in found if not any(_local(up.tag) in _RECORDS for up in el.iterancestors())]
    return outer or [root]


def _value(element) -> Any:
    """A leaf's text (or its value/href attribute), or a dict of its children and attributes."""
    children = [child for child in element if isinstance(child.tag, str)]
    text = (element.text or "").strip()
    if not children:
        return text or element.get("value") or element.get("href") or element.get("label") or ""
    if all(_local(child.tag) in _MARKUP for child in children):
        # a description written as XHTML inside the feed (<description><p>…</p></description>): its markup,
        # read as the HTML a JSON record's description holds
        return (element.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in children
        )
    out: dict[str, Any] = {}
    for child in children:
        name = _local(child.tag)
        key = (child.get("name") if name in _FIELD_ELEMENTS else None) or name
        value = _value(child)
        if key in out:
            out[key] = [*out[key], value] if isinstance(out[key], list) else [out[key], value]
        else:
            out[key] = value
    for attribute, value in element.attrib.items():
        out.setdefault(_local(attribute), value)
    return out


def _flat(record: Any) -> dict:
    """Every key of a nested record at its shallowest depth (the record's own title before a company's)."""
    if not isinstance(record, dict):
        return {"description": record} if record else {}
    flat: dict[str, Any] = {}
    level = [record]
    for _depth in range(6):
        below = []
        for node in level:
            for key, value in node.items():
                flat.setdefault(key, value)
                values = value if isinstance(value, list) else [value]
                below += [v for v in values if isinstance(v, dict)]
        level = below
        if not level:
            break
    return flat
