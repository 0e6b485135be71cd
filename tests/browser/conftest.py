"""Fixtures for the browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright cannot download its own browser here, so it launches /usr/bin/chromium (`make test-browser`
installs it when missing). Without Chromium or Playwright the tests skip with a message saying so, except
under CI=true, where that is a failure.
"""

import contextlib
import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

try:  # Without Playwright the `browser` fixture skips (or fails under CI) with a clear message.
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover
    expect = None

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def unavailable(reason: str):
    """Skip with a clear message on a developer's machine; fail under CI, where the browser must exist."""
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"{reason} (CI=true: browser tests must run; `make test-browser` installs what they need)"
        )
    pytest.skip(f"{reason}; run `make test-browser` (as root it installs Chromium) to run the browser tests")


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        unavailable(f"no Chromium at {CHROMIUM}")
    # Playwright's sync API runs an event loop in this thread; Django's ORM would refuse the test's own
    # queries (fixtures) as "async unsafe" though nothing here is async.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _new_page(browser, *, viewport=DESKTOP, **options):
    context = browser.new_context(viewport=viewport, **options)
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def page(browser, live_server):
    context, page = _new_page(browser)
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_server):
    context, page = _new_page(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser, live_server):
    context, page = _new_page(browser, java_script_enabled=False)
    yield page
    context.close()


@pytest.fixture
def new_page(browser, live_server):
    """A factory for pages with other context options (viewport, JavaScript...), closed after the test."""
    contexts = []

    def make(**options):
        context, page = _new_page(browser, **options)
        contexts.append(context)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def catalogue(live_server):
    """The seeds and the 41 varied test postings imported as `import_postings` does: about 40 roles."""
    postings = sorted(str(p) for p in (ROOT / "tests" / "data" / "postings").glob("0*"))
    # One test posting is deliberately unreadable: the command reports it and exits 1.
    with contextlib.suppress(CommandError):
        call_command(
            "import_postings",
            *postings,
            str(ROOT / "fixtures" / "seeds"),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    from postings.models import Company, Role
    from tests.factories import approve_pending

    # Roles the parser doubted wait for review (the aggregator seed among them): a moderator opens them,
    # so every page type, estimates included, has a role to show.
    approve_pending()
    roles = Role.objects.filter(status="open")
    assert roles.count() > 25, "the catalogue should fill more than one page of results"
    return {"roles": roles, "companies": Company.objects.all()}


@pytest.fixture
def url(live_server):
    """url("/roles/x/") on the live server."""
    return lambda path="/": f"{live_server.url}{path}"
