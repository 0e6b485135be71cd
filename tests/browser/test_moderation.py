"""A moderator works through the review queue in the admin: approves one role, rejects another with a reason,
and the site shows the approved one and not the rejected one."""

import os

import pytest

from tests.factories import make_company, make_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = os.environ.get("UPDATE_SCREENSHOTS") == "1"


@pytest.fixture
def queue(django_user_model):
    django_user_model.objects.create_superuser("moderator", "m@example.com", "pw-for-tests-only")
    company = make_company(name="Queue Co", slug="queue-co")
    return {
        "good": make_role(company=company, title="Data Engineer Worth Approving", status="pending"),
        "bad": make_role(company=company, title="Crypto Scheme Posing As A Job", status="pending"),
        "open": make_role(company=company, title="Already Open Role"),
    }


def _log_in(page, url):
    page.goto(url("/admin/login/?next=/admin/postings/role/"))
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("pw-for-tests-only")
    page.get_by_role("button", name="Log in").click()


def _select(page, title: str):
    row = page.get_by_role("row").filter(has_text=title)
    row.get_by_role("checkbox").check()


def _run_action(page, label: str):
    page.get_by_label("Action:").select_option(label=label)
    page.get_by_role("button", name="Go").click()


def test_a_moderator_approves_one_role_and_rejects_another(page, url, queue):
    from playwright.sync_api import expect

    _log_in(page, url)
    # The queue: the status filter counts each state.
    page.get_by_role("link", name="Pending review (2)").click()
    expect(page.get_by_role("row").filter(has_text="Already Open Role")).to_have_count(0)

    _select(page, "Data Engineer Worth Approving")
    _run_action(page, "Approve selected roles (open them)")
    expect(page.get_by_text("1 role was approved.")).to_be_visible()
    expect(page.get_by_role("link", name="Pending review (1)")).to_be_visible()

    page.get_by_role("link", name="Pending review (1)").click()
    _select(page, "Crypto Scheme Posing As A Job")
    _run_action(page, "Reject selected roles, with a reason…")
    # An intermediate page asks why; the reason is required (the browser says so before sending).
    reason = page.get_by_label("Reason for rejecting")
    expect(reason).to_have_attribute("required", "")
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("1 role was rejected.")).to_have_count(0)
    reason.fill("A pyramid scheme, not a job.")
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("1 role was rejected.")).to_be_visible()

    # The history on the rejected role's page says who, when and why.
    page.goto(url(f"/admin/postings/role/{queue['bad'].pk}/change/"))
    history = page.locator("#status_changes-group")
    expect(history).to_contain_text("A pyramid scheme, not a job.")
    expect(history).to_contain_text("moderator")
    if SCREENSHOTS:
        page.screenshot(path="docs/screenshots/admin-role-history.png", full_page=True)

    # Visitors see the approved role and never the rejected one.
    visitor = page.context.browser.new_page()
    visitor.goto(url("/"))
    expect(visitor.get_by_role("link", name="Data Engineer Worth Approving")).to_be_visible()
    expect(visitor.get_by_text("Crypto Scheme Posing As A Job")).to_have_count(0)
    response = visitor.goto(url(queue["bad"].get_absolute_url()))
    assert response.status == 404
    visitor.close()


def test_the_move_field_is_labelled_and_reached_by_keyboard(page, url, queue):
    from playwright.sync_api import expect

    _log_in(page, url)
    page.goto(url(f"/admin/postings/role/{queue['open'].pk}/change/"))
    move = page.get_by_label("Move to")
    expect(move).to_be_visible()
    options = move.locator("option").all_inner_texts()
    assert options == ["(keep as it is)", "Pending review", "Closed", "Expired"]
    move.focus()
    move.select_option(label="Closed")
    page.get_by_label("Reason").fill("Filled internally.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()
