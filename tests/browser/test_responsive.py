"""Phones and desktops: no sideways scrolling, filters folded on small screens, screenshots of each page.

The screenshots land in a temporary directory; with UPDATE_SCREENSHOTS=1 they replace docs/screenshots/
(the ones the README shows).
"""

import os
import shutil

import pytest

from postings.models import Company, Role
from tests.browser.conftest import DESKTOP, PHONE, ROOT, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = ROOT / "docs" / "screenshots"
WIDTHS = {
    "375": {"viewport": PHONE, "is_mobile": True, "has_touch": True, "device_scale_factor": 2},
    "1280": {"viewport": DESKTOP},
}


def pages(catalogue) -> dict[str, str]:
    discord = Company.objects.get(name="Discord")
    role = Role.objects.filter(company=discord, title__contains="Real Time Infrastructure").first()
    return {"search": "/?q=engineer", "role": role.get_absolute_url(), "company": discord.get_absolute_url()}


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_pages_fit_the_screen_and_are_photographed(new_page, url, catalogue, width, tmp_path):
    page = new_page(**WIDTHS[width])
    for name, path in {**pages(catalogue), "closed-filters": "/?page=2", "404": "/nope/"}.items():
        page.goto(url(path))
        assert no_sideways_scroll(page), f"{name} scrolls sideways at {width}px"
        if name in ("search", "role", "company"):
            shot = tmp_path / f"{name}-{width}.png"
            page.screenshot(path=shot, full_page=False)
            assert shot.stat().st_size > 5_000
            if os.environ.get("UPDATE_SCREENSHOTS") == "1":
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                shutil.copy(shot, SCREENSHOTS / shot.name)


def test_filters_fold_behind_a_button_on_a_phone_and_stay_open_on_a_desktop(phone, page, url, catalogue):
    phone.goto(url("/?q=engineer"))
    seniority = phone.get_by_role("group", name="Seniority")
    expect(seniority).to_be_hidden()
    # The results come first on a phone: the first result is on the first screen.
    expect(phone.locator(".results .role-card").first).to_be_in_viewport()
    phone.locator("#filters > summary").click()
    expect(seniority).to_be_visible()
    assert no_sideways_scroll(phone)

    page.goto(url("/?q=engineer"))
    expect(page.get_by_role("group", name="Seniority")).to_be_visible()
    expect(page.locator("#filters > summary")).to_be_hidden()


def test_filters_work_on_a_phone_without_javascript(new_page, url, catalogue):
    page = new_page(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    page.goto(url("/?q=engineer"))
    page.locator("#filters > summary").click()
    page.get_by_role("checkbox", name="Hybrid", exact=False).first.check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(lambda u: "work_mode=hybrid" in u)
    assert no_sideways_scroll(page)


def test_pay_is_easy_to_find_on_every_card(page, url, catalogue):
    """Each result shows its pay (or says none is stated), right of the title on a desktop."""
    page.goto(url("/"))
    cards = page.locator(".results .role-card")
    for i in range(cards.count()):
        pay = cards.nth(i).locator(".role-pay")
        expect(pay).to_be_visible()
        title_box = cards.nth(i).locator(".role-title").bounding_box()
        pay_box = pay.bounding_box()
        assert pay_box["x"] > title_box["x"] and abs(pay_box["y"] - title_box["y"]) < 12
