"""A person's journey through the site in a real browser: with a mouse, with the keyboard alone, without JS.

Search for a word, tick two facets, change the sort, page forward (and back), open a role, follow a skill
link to a filtered search, open the company page, and subscribe to the search's feed.
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import expect
from tests.factories import make_company, make_searchable_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MODES = ("remote", "hybrid")


@pytest.fixture
def board(live_server):
    """24 remote or hybrid engineering roles at one company (two pages once both modes are ticked),
    some on-site ones that the facets leave out, and a nurse role that the word leaves out."""
    acme = make_company(name="Acme Robotics", slug="acme-robotics")
    for i in range(24):
        make_searchable_role(
            title=f"Robotics Engineer {i:02d}",
            body="Build the robot arms' motion planning as an engineer on a small team.",
            company=acme,
            work_mode=MODES[i % 2],
            seniority="senior" if i % 3 else "mid",
            pay=(100_000 + i * 1_000, 120_000 + i * 1_000),
            skills=["Python", "Rust"] if i % 2 else ["Python"],
        )
    for i in range(3):
        make_searchable_role(title=f"Field Engineer {i}", body="On site engineer.", work_mode="onsite")
    make_searchable_role(title="Night Nurse", body="Care for patients.", work_mode="onsite")
    return acme


def params(page) -> dict:
    return dict(parse_qs(urlparse(page.url).query).items())


def result_titles(page) -> list[str]:
    return page.locator(".results .role-title").all_inner_texts()


def test_search_facets_sort_pages_role_skill_company_feed(page, url, board):
    page.goto(url("/"))
    page.get_by_role("searchbox", name="Search roles").fill("engineer")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q=engineer"))
    expect_heading(page, "Roles matching “engineer”")
    assert "27 roles" in page.locator("#result-count").inner_text()
    assert "sort" not in params(page) and page.get_by_label("Sort by").input_value() == ""  # relevance

    # Two facets: with JavaScript each tick applies at once (so click: check() could not confirm it).
    page.get_by_role("checkbox", name=re.compile(r"^Remote")).click()
    page.wait_for_url(re.compile(r"work_mode=remote"))
    page.get_by_role("checkbox", name=re.compile(r"^Hybrid")).click()
    page.wait_for_url(re.compile(r"work_mode=hybrid"))
    assert sorted(params(page)["work_mode"]) == ["hybrid", "remote"]
    assert page.get_by_role("checkbox", name=re.compile(r"^Remote")).is_checked()
    assert "24 roles" in page.locator("#result-count").inner_text()
    first_page_by_relevance = result_titles(page)

    page.get_by_label("Sort by").select_option("pay")
    page.wait_for_url(re.compile(r"sort=pay"))
    by_pay = result_titles(page)
    assert by_pay[0] == "Robotics Engineer 23" and len(by_pay) == 20

    page.get_by_role("navigation", name="Pages of results").get_by_role("link", name="Next page").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert result_titles(page) == [f"Robotics Engineer {i:02d}" for i in (3, 2, 1, 0)]
    current = page.get_by_role("navigation", name="Pages of results").locator("[aria-current=page]")
    expect(current).to_have_accessible_name("Page 2")

    # The back button brings back page 1 as it was, and the form agrees with the URL.
    page.go_back()
    page.wait_for_url(lambda u: "page=2" not in u)
    assert result_titles(page) == by_pay
    assert page.get_by_label("Sort by").input_value() == "pay"
    page.go_back()
    page.wait_for_url(lambda u: "sort=pay" not in u)
    assert result_titles(page) == first_page_by_relevance
    page.go_back()
    page.wait_for_url(lambda u: "work_mode=hybrid" not in u)
    assert not page.get_by_role("checkbox", name=re.compile(r"^Hybrid")).is_checked()
    assert page.get_by_role("checkbox", name=re.compile(r"^Remote")).is_checked()
    page.go_forward()
    page.go_forward()
    page.go_forward()
    page.wait_for_url(re.compile(r"page=2"))

    # Subscribe: the feed link carries the search and serves RSS with the same roles.
    feed = page.get_by_role("link", name="RSS feed of this search")
    feed_url = feed.get_attribute("href")
    assert "work_mode=remote" in feed_url and "q=engineer" in feed_url and "page=" not in feed_url
    response = page.request.get(url(feed_url))
    assert response.ok and "rss" in response.headers["content-type"]
    assert response.text().count("<item>") == 24
    head_feed = page.locator('head link[rel=alternate][type="application/rss+xml"]').get_attribute("href")
    assert head_feed == feed_url

    # Open a role, follow its skill link back to a filtered search, then open the company.
    page.get_by_role("link", name="Robotics Engineer 03").click()
    expect_heading(page, "Robotics Engineer 03")
    page.get_by_role("link", name="Search roles asking for Rust").click()
    page.wait_for_url(re.compile(r"skill=rust"))
    assert page.get_by_role("checkbox", name=re.compile(r"^Rust")).is_checked()
    assert "12 roles" in page.locator("#result-count").inner_text()
    page.go_back()
    page.get_by_role("article").get_by_role("link", name="Acme Robotics").first.click()
    expect_heading(page, "Acme Robotics")
    assert "24 open roles" in page.locator(".company-count").inner_text()


def expect_heading(page, text: str):
    heading = page.get_by_role("heading", level=1)
    heading.wait_for()
    assert heading.inner_text() == text


def tab_to(page, selector: str, *, limit: int = 300) -> None:
    """Press Tab until the focused element matches the selector, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_journey_with_the_keyboard_alone(page, url, board):
    page.goto(url("/"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    tab_to(page, "#id_q")
    page.keyboard.type("engineer")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, 'input[name=work_mode][value="remote"]')
    with page.expect_navigation():
        page.keyboard.press("Space")
    tab_to(page, 'input[name=work_mode][value="hybrid"]')
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert sorted(params(page)["work_mode"]) == ["hybrid", "remote"] and "sort" not in params(page)
    tab_to(page, "#id_sort")
    with page.expect_navigation():
        page.keyboard.press("ArrowDown")  # Relevance → Newest
    assert params(page)["sort"] == ["newest"]
    tab_to(page, "a[rel=next]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert params(page)["page"] == ["2"]
    tab_to(page, ".results .role-title a")
    title = page.evaluate("document.activeElement.textContent")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect_heading(page, title)
    tab_to(page, ".skill-links a")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "skill" in params(page)
    tab_to(page, ".results .role-company a")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect_heading(page, "Acme Robotics")


def test_the_journey_without_javascript(no_js_page, url, board):
    page = no_js_page
    page.goto(url("/"))
    assert page.locator("#search-form").is_visible()
    page.get_by_role("searchbox", name="Search roles").fill("engineer")
    page.get_by_role("searchbox", name="Search roles").press("Enter")
    page.wait_for_url(re.compile(r"q=engineer"))
    # Without JavaScript a tick waits for "Apply filters".
    page.get_by_role("checkbox", name=re.compile(r"^Remote")).check()
    page.get_by_role("checkbox", name=re.compile(r"^Hybrid")).check()
    assert "work_mode" not in page.url
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"work_mode=hybrid"))
    assert "24 roles" in page.locator("#result-count").inner_text()
    page.get_by_label("Sort by").select_option("pay")
    page.get_by_role("button", name="Sort").click()
    page.wait_for_url(re.compile(r"sort=pay"))
    assert result_titles(page)[0] == "Robotics Engineer 23"
    page.get_by_role("link", name="Next page").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert len(result_titles(page)) == 4
    page.get_by_role("link", name="Robotics Engineer 01").click()
    expect_heading(page, "Robotics Engineer 01")
    page.get_by_role("link", name="Search roles asking for Python").click()
    page.wait_for_url(re.compile(r"skill=python"))
    assert "24 roles" in page.locator("#result-count").inner_text()
    page.go_back()
    page.get_by_role("article").get_by_role("link", name="Acme Robotics").first.click()
    expect_heading(page, "Acme Robotics")


def test_phone_journey_opens_the_folded_filters(phone, url, board):
    page = phone
    page.goto(url("/?q=engineer"))
    remote = page.get_by_role("checkbox", name=re.compile(r"^Remote"))
    assert not remote.is_visible()
    summary = page.locator("#filters > summary")
    assert summary.is_visible() and summary.inner_text().startswith("Filters")
    summary.click()
    remote.click()  # applies at once: the page is replaced before check() could confirm the tick
    page.wait_for_url(re.compile(r"work_mode=remote"))
    assert "12 roles" in page.locator("#result-count").inner_text()


@pytest.fixture
def pay_board(live_server):
    """Engineers at Acme Robotics with high, low and unstated pay; roles that only mention them in text."""
    acme = make_company(name="Acme Robotics", slug="acme-robotics")
    for title, pay in [
        ("Robotics Engineer, Arms", (120_000, 140_000)),
        ("Robotics Engineer, Legs", (150_000, 170_000)),
        ("Robotics Engineer, Junior", (60_000, 70_000)),
        ("Robotics Engineer, Vision", None),
    ]:
        make_searchable_role(title=title, body="Build robots.", company=acme, pay=pay)
    make_searchable_role(
        title="Office Manager", body="Support every engineer.", company=acme, pay=(130_000, 150_000)
    )
    make_searchable_role(
        title="Platform Engineer", body="Integrate with Acme Robotics.", pay=(200_000, 220_000)
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_field_search_then_unknown_pay(new_page, url, pay_board, javascript):
    page = new_page(java_script_enabled=javascript)
    page.goto(url("/"))
    expect(page.locator("#search-help")).to_contain_text("company:")
    page.get_by_role("searchbox", name="Search roles").fill('title:engineer company:"Acme Robotics"')
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q=title"))
    assert params(page)["q"] == ['title:engineer company:"Acme Robotics"']
    assert "4 roles" in page.locator("#result-count").inner_text()  # not the manager, not the other company

    def apply():
        if not javascript:  # with JavaScript each change applies at once
            page.get_by_role("button", name="Apply filters").click()

    page.get_by_label("At least").select_option("100000")
    apply()
    page.wait_for_url(re.compile(r"pay_min=100000"))
    assert sorted(result_titles(page)) == ["Robotics Engineer, Arms", "Robotics Engineer, Legs"]
    unknown = page.get_by_role("checkbox", name=re.compile(r"^Include roles with no stated pay"))
    expect(unknown).to_have_accessible_name(re.compile(r"\(1 role\)"))
    expect(unknown).not_to_be_checked()
    expect(page.get_by_role("link", name="Remove Pay from $100,000")).to_be_visible()

    unknown.click()
    apply()
    page.wait_for_url(re.compile(r"include_unknown_pay=1"))
    assert sorted(result_titles(page)) == [
        "Robotics Engineer, Arms",
        "Robotics Engineer, Legs",
        "Robotics Engineer, Vision",
    ]
    expect(
        page.get_by_role("checkbox", name=re.compile(r"^Include roles with no stated pay"))
    ).to_be_checked()
    expect(page.get_by_role("link", name="Remove Including roles with no stated pay")).to_be_visible()
    assert (
        page.get_by_role("searchbox", name="Search roles").input_value()
        == 'title:engineer company:"Acme Robotics"'
    )
