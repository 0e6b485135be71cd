"""Posting a job and reporting a listing in a real browser.

An employer pastes a posting, checks the preview, corrects a field, sends it, confirms with the link taken
from the sent e-mail; a moderator approves it in the admin; the role is public and the employer got the
approval e-mail. Visitors (without JavaScript) report a listing until it goes back to review.
"""

import re

import pytest
from django.core import mail

from postings.models import ListingReport, Role
from tests.browser.conftest import expect
from tests.browser.test_accessibility import axe_violations
from tests.factories import make_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POSTING = """Platform Engineer
Harbour Logistics

Location: Rotterdam, Netherlands (Remote)
Salary: €60,000 - €75,000 per year

About the role
Run the Kubernetes clusters behind our shipping tracker.

Requirements
- Kubernetes, Terraform and Go
"""


def _log_in(page, url, next_path):
    page.goto(url(f"/admin/login/?next={next_path}"))
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("pw-for-tests-only")
    page.get_by_role("button", name="Log in").click()


def test_an_employer_posts_a_job_and_a_moderator_approves_it(page, new_page, url, django_user_model):
    django_user_model.objects.create_superuser("moderator", "m@example.com", "pw-for-tests-only")
    page.goto(url("/"))
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Post a job").click()
    expect(page.get_by_role("heading", name="Post a job")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_label("The posting's text").fill(POSTING)
    page.get_by_label("Your e-mail address").fill("hiring@harbour.example")
    page.get_by_role("button", name="Read the posting").click()

    # The preview shows what the parser read; the employer corrects the title.
    expect(page.get_by_role("heading", name="Check your posting")).to_be_visible()
    expect(page.get_by_label("Job title")).to_have_value("Platform Engineer")
    expect(page.get_by_label("Company")).to_have_value("Harbour Logistics")
    expect(page.get_by_label("Work mode")).to_have_value("remote")
    expect(page.get_by_label("Currency")).to_have_value("EUR")
    assert "Kubernetes" in page.get_by_label("Skills").input_value()
    assert axe_violations(page) == []
    page.get_by_label("Job title").fill("Senior Platform Engineer")
    page.get_by_role("button", name="Send and e-mail me the confirmation link").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()

    # The link from the sent message confirms it; the role waits for review.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["hiring@harbour.example"]
    link = re.search(r"http\S+/post-a-job/confirm/\S+/", mail.outbox[0].body).group()
    page.goto(link)
    page.get_by_role("button", name="Confirm and send for review").click()
    expect(page.get_by_text("Senior Platform Engineer")).to_be_visible()
    role = Role.objects.get(title="Senior Platform Engineer")
    assert role.status == "pending"
    visitor = new_page()
    assert visitor.goto(url(role.get_absolute_url())).status == 404

    # A moderator approves it from the review queue.
    _log_in(page, url, "/admin/postings/role/")
    page.get_by_role("link", name="Pending review (1)").click()
    page.get_by_role("row").filter(has_text="Senior Platform Engineer").get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Approve selected roles (open them)")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("1 role was approved.")).to_be_visible()

    # Public now, and the employer was told.
    visitor.goto(url("/"))
    visitor.get_by_role("link", name="Senior Platform Engineer").click()
    expect(visitor.get_by_role("heading", name="Senior Platform Engineer")).to_be_visible()
    approval = mail.outbox[-1]
    assert len(mail.outbox) == 2 and approval.to == ["hiring@harbour.example"]
    assert "is live" in approval.subject and role.get_absolute_url() in approval.body


def test_a_bad_posting_gets_a_clear_message(page, url):
    page.goto(url("/post-a-job/"))
    page.get_by_label("Your e-mail address").fill("hiring@harbour.example")
    page.get_by_role("button", name="Read the posting").click()
    expect(page.get_by_role("alert")).to_contain_text("Please correct the fields marked below.")
    expect(page.get_by_text("Paste the posting's text or choose a file.")).to_be_visible()
    assert axe_violations(page) == []


def test_visitors_report_a_listing_until_it_goes_back_to_review(no_js_page, url, settings):
    settings.REPORTS_TO_REVIEW = 3
    role = make_role(title="Too Good To Be True Analyst")
    # Two other people reported it already, from their own addresses.
    for ip in ("192.0.2.1", "192.0.2.2"):
        ListingReport.objects.create(role=role, reason="scam", ip=ip)
    page = no_js_page
    page.goto(url(role.get_absolute_url()))
    page.get_by_text("Report this listing").click()  # <details> opens without JavaScript
    page.get_by_label("Scam, spam or not a real job").check()
    page.get_by_label("Details").fill("They ask for a <b>fee</b> to apply.")
    page.get_by_role("button", name="Send the report").click()
    # The third person: the role leaves the board and waits for a moderator.
    role.refresh_from_db()
    assert role.status == "pending"
    assert "Reported by 3 people" in role.status_changes.latest("changed_at").reason
    assert page.goto(url(role.get_absolute_url())).status == 404


def test_a_report_form_is_reached_and_sent_by_keyboard(page, url):
    role = make_role(title="Keyboard Reported Role")
    page.goto(url(role.get_absolute_url()))
    summary = page.locator(".report summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Details")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_label("Already filled or closed").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Send the report").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Thank you: your report was sent to the moderators.")).to_be_visible()
    assert ListingReport.objects.get().reason == "filled"
