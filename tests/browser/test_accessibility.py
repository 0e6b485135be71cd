"""Accessibility in a real browser: axe-core finds nothing on any page type, focus is visible, the facets and
pagination are announced as what they are."""

import re

import pytest
from django.urls import reverse

from postings.models import JobSubmission, Role, Source
from postings.submissions import confirm_token, preview_token
from tests.browser.conftest import PHONE, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def page_types(catalogue) -> dict[str, str]:
    """One URL of every page type, from the imported catalogue."""
    merged = Role.objects.filter(company__name="Discord", sources__kind="aggregator").first()
    closed = Role.objects.exclude(pk=merged.pk).filter(status="open").order_by("pk").first()
    Role.objects.filter(pk=closed.pk).update(status="closed")
    source = Source.objects.filter(role=merged).first()
    submission = JobSubmission.objects.create(
        email="a@example.com",
        raw_text="Data Engineer\nAcme",
        fields={"title": "Data Engineer", "company": "Acme"},
    )
    return {
        "search": "/",
        "search with a query and filters": "/?q=engineer&work_mode=hybrid&work_mode=remote&sort=pay",
        "search, second page": "/?page=2",
        "search, nothing found": "/?q=zzzqqq&work_mode=remote",
        "role (merged sources, estimate)": merged.get_absolute_url(),
        "role (closed)": closed.get_absolute_url(),
        "company": merged.company.get_absolute_url(),
        "raw source": source.get_absolute_url(),
        "not found (404)": "/roles/no-such-role/",
        "post a job": "/post-a-job/",
        "post a job: preview": reverse(
            "postings:submit_preview", kwargs={"token": preview_token(submission)}
        ),
        "post a job: confirm": reverse(
            "postings:submit_confirm", kwargs={"token": confirm_token(submission)}
        ),
        "report a listing": reverse("postings:report_listing", kwargs={"slug": merged.slug}),
    }


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
    ]


def test_axe_finds_no_violation_on_any_page_type(page, new_page, url, catalogue):
    phone = new_page(viewport=PHONE, is_mobile=True)
    found = {}
    for name, path in page_types(catalogue).items():
        for width, tab in (("1280", page), ("375", phone)):
            response = tab.goto(url(path))
            assert response.status == (404 if "404" in name else 200), name
            if violations := axe_violations(tab):
                found[f"{name} at {width}px ({path})"] = violations
    assert found == {}


def test_the_filters_open_on_a_phone_are_clean_too(phone, url, catalogue):
    phone.goto(url("/?q=engineer"))
    phone.locator("#filters > summary").click()
    assert axe_violations(phone) == []


def test_landmarks_and_headings(page, url, catalogue):
    page.goto(url("/?q=engineer"))
    for role, name in (("banner", None), ("main", None), ("contentinfo", None), ("search", "Roles")):
        expect(page.get_by_role(role, name=name)).to_have_count(1)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.get_by_role("complementary", name="Filters")).to_have_count(1)
    expect(page.get_by_role("heading", level=1)).to_have_count(1)


def test_facets_are_labelled_groups_of_checkboxes_with_their_counts(page, url, catalogue):
    page.goto(url("/?q=engineer&work_mode=hybrid"))
    work_mode = page.get_by_role("group", name="Work mode")
    hybrid = work_mode.get_by_role("checkbox", name=re.compile(r"^Hybrid \(\d+ roles?\)$"))
    expect(hybrid).to_be_checked()
    expect(work_mode.get_by_role("checkbox", name=re.compile(r"^Remote \(\d+ roles?\)$"))).not_to_be_checked()
    expect(page.get_by_role("group", name="Seniority").get_by_role("checkbox")).not_to_have_count(0)
    expect(page.get_by_role("list", name="Filters in use")).to_contain_text("Work mode: hybrid")
    # Every form control has a name a screen reader can read.
    for control in page.locator("#search-form input, #search-form select, #search-form button").all():
        assert control.evaluate("el => el.labels?.length || el.getAttribute('aria-label') || el.textContent")


def test_pagination_is_a_named_navigation_with_the_current_page_marked(page, url, catalogue):
    page.goto(url("/?page=2"))
    pages = page.get_by_role("navigation", name="Pages of results")
    expect(pages.locator("[aria-current=page]")).to_have_accessible_name("Page 2")
    expect(pages.get_by_role("link", name="Previous page")).to_have_attribute("rel", "prev")
    expect(pages.get_by_role("link", name="Page 1", exact=True)).to_be_visible()


def _focus_ring(page) -> tuple[str, float]:
    return page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"""
    )


@pytest.mark.parametrize("path", ["/?q=engineer", "role"])
def test_focus_is_visible_on_every_stop(page, url, catalogue, path):
    if path == "role":
        path = Role.objects.filter(company__name="Discord").first().get_absolute_url()
    page.goto(url(path))
    seen = 0
    for _ in range(60):
        page.keyboard.press("Tab")
        tag = page.evaluate("document.activeElement.tagName")
        if tag == "BODY":
            break
        style, width = _focus_ring(page)
        described = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        assert style != "none" and width >= 2, f"no visible focus on {described}"
        seen += 1
    assert seen > 10


def test_skip_link_moves_to_the_main_content(page, url, catalogue):
    page.goto(url("/"))
    # Start from the document itself: a focus left over from loading would make the first Tab skip ahead.
    page.wait_for_load_state("load")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    # A same-page link updates the URL after the key press returns: wait for it, never read it at once.
    expect(page).to_have_url(re.compile(r"#main$"))
