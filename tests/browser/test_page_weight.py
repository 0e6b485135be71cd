"""Page weight and requests, as the browser sees them: small, first-party only, no console errors."""

import gzip
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUDGET = 60 * 1024  # HTML + CSS + JS of the search page, compressed


def record(page):
    """Every request the page makes, and every console error it logs."""
    seen = {"requests": [], "responses": [], "errors": []}
    page.on("request", lambda r: seen["requests"].append(r))
    page.on("response", lambda r: seen["responses"].append(r))
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    return seen


def test_search_page_is_light_and_first_party(page, url, catalogue):
    seen = record(page)
    page.goto(url("/?q=engineer"), wait_until="networkidle")
    host = urlparse(url()).netloc
    foreign = [r.url for r in seen["requests"] if urlparse(r.url).netloc not in (host, "")]
    assert foreign == [], "third-party requests"
    assert seen["errors"] == []

    weighed = {}
    for response in seen["responses"]:
        kind = response.request.resource_type
        if kind in ("document", "stylesheet", "script"):
            # The live test server does not compress static files (whitenoise does in production, see
            # test_static_files.py), so gzip every body here the same way.
            weighed[response.url] = len(gzip.compress(response.body(), compresslevel=9))
    kinds = {response.request.resource_type for response in seen["responses"]}
    assert {"document", "stylesheet", "script"} <= kinds
    total = sum(weighed.values())
    assert total < BUDGET, f"{total} bytes compressed: {weighed}"


def test_html_is_sent_compressed(page, url, catalogue):
    response = page.goto(url("/?q=engineer"))
    assert response.headers.get("content-encoding") == "gzip"


def test_favicon_and_default_favicon_request(page, url):
    response = page.goto(url("/favicon.ico"))
    assert response.ok and response.headers["content-type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert response.request.redirected_from is not None  # to the static file
    page.goto(url("/"))
    href = page.locator("head link[rel=icon]").get_attribute("href")
    assert page.request.get(url(href)).ok


@pytest.mark.parametrize("path", ["/", "/?q=engineer", "role", "company", "/nope/"])
def test_no_console_errors_or_failed_requests(page, url, catalogue, path):
    from postings.models import Company, Role

    if path == "role":
        path = Role.objects.filter(company__name="Discord").first().get_absolute_url()
    elif path == "company":
        path = Company.objects.get(name="Discord").get_absolute_url()
    seen = record(page)
    page.goto(url(path), wait_until="networkidle")
    failed = [
        (r.status, r.url)
        for r in seen["responses"]
        if r.status >= 400 and r.request.resource_type != "document"
    ]
    assert failed == []
    errors = [e for e in seen["errors"] if not (path == "/nope/" and "404" in e)]
    assert errors == []
