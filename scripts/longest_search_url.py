"""The longest request line the search form can produce on the roles of a database, for gunicorn's
limit_request_line (gunicorn.conf.py).

A visitor can tick every value a facet offers after "Show more" (60 a facet, ticked ones kept), facet by
facet, and type the longest query and place the inputs allow in four-byte characters (twelve bytes each
once percent-encoded). This script does that through the rendered form and prints the request line's
length. Usage: DATABASE_URL=… DEBUG=1 python scripts/longest_search_url.py
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings_test")

FACETS = ("seniority", "work_mode", "employment_type", "country", "skill", "company")
WIDE_CHARACTER = "\U0001f600"  # four bytes in UTF-8, %F0%9F%98%80 in a URL


def form_fields(html: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """The search form's checkboxes (name, value) and its text inputs' maxlength."""
    from lxml import html as lxml_html

    form = lxml_html.fromstring(html).get_element_by_id("search-form")
    boxes = [(i.get("name"), i.get("value")) for i in form.iter("input") if i.get("type") == "checkbox"]
    texts = {
        i.get("name"): int(i.get("maxlength"))
        for i in form.iter("input")
        if i.get("type") in ("text", "search") and i.get("maxlength")
    }
    return boxes, texts


def longest_request_line(client) -> str:
    """Tick every value each facet offers (after "Show more"), then fill the text inputs to their limit."""
    ticked: list[tuple[str, str]] = []
    texts: dict[str, int] = {}
    for facet in FACETS:
        html = client.get("/?" + urlencode([*ticked, ("more", facet)])).content.decode()
        boxes, texts = form_fields(html)
        ticked += [box for box in boxes if box[0] == facet and box not in ticked]
    flags = [("include_unknown_pay", "1"), ("include_closed", "1")]
    fields = [(name, WIDE_CHARACTER * length) for name, length in texts.items() if name != "remote_from"]
    fields += [("remote_from", "US"), ("pay_min", "300000"), ("currency", "USD"), ("posted_within", "30")]
    fields += [*ticked, *flags, ("sort", "relevance"), ("page", "500")]
    return f"GET /?{urlencode(fields)} HTTP/1.1"


def main() -> None:
    import django

    django.setup()
    from django.test import Client

    line = longest_request_line(Client(SERVER_NAME="localhost"))
    print(f"{len(line.encode())} bytes")


if __name__ == "__main__":
    main()
