"""A visitor keeps a search as an e-mail alert: subscribes on the search page, confirms from the link in the
message, gets the new matching role from send_alerts, and unsubscribes from it; the form works without
JavaScript too."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command

from tests.browser.conftest import ROOT, expect
from tests.browser.test_accessibility import axe_violations
from tests.factories import make_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LINK = re.compile(r"https?://\S+?/alerts/(?:confirm|unsubscribe)/[^\s\"]+?/(?=\s|\"|$)")


def _link(message, kind: str) -> str:
    return next(link for link in LINK.findall(message.body) if f"/alerts/{kind}/" in link)


def test_subscribing_works_without_javascript(no_js_page, url):
    no_js_page.goto(url("/?q=rust"))
    form = no_js_page.get_by_role("form", name="E-mail me new roles like these")
    form.get_by_label("E-mail address").fill("grace@example.com")
    form.get_by_role("button", name="E-mail me").click()
    expect(no_js_page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    assert mail.outbox[0].to == ["grace@example.com"]


def test_subscribe_confirm_receive_and_unsubscribe(page, url, live_server, settings):
    settings.SITE_URL = live_server.url
    make_role(title="Kotlin Developer")  # already open: never in an alert
    page.goto(url("/?q=discord"))
    page.get_by_role("link", name="E-mail me new roles like these").click()
    form = page.get_by_role("form", name="E-mail me new roles like these")
    form.get_by_label("E-mail address").fill("ada@example.com")
    form.get_by_role("group", name="How often").get_by_label("Daily").check()
    assert axe_violations(page) == []
    form.get_by_role("button", name="E-mail me").click()

    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    expect(page.get_by_text("Search: discord")).to_be_visible()
    [confirmation] = mail.outbox
    assert confirmation.to == ["ada@example.com"]

    # The link from the message: the page asks, the button confirms.
    page.goto(_link(confirmation, "confirm"))
    expect(page.get_by_role("heading", name="Confirm your job alert")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Confirm the alert").click()
    expect(page.get_by_role("heading", name="Your alert is on")).to_be_visible()

    # Roles open after the alert started; send_alerts mails the matching ones.
    call_command(
        "import_postings",
        "--jobs",
        "1",
        str(ROOT / "fixtures" / "seeds"),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    call_command("send_alerts", "--frequency", "daily", stdout=io.StringIO())
    alert_message = mail.outbox[1]
    assert "Discord" in alert_message.body and "Kotlin" not in alert_message.body
    assert alert_message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Follow a role from the message, then the unsubscribe link.
    role_link = re.search(rf"{re.escape(live_server.url)}/roles/[^\s]+/", alert_message.body).group(0)
    page.goto(role_link)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Engineer")
    page.goto(_link(alert_message, "unsubscribe"))
    expect(page.get_by_role("heading", name="Stop this job alert?")).to_be_visible()
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    assert axe_violations(page) == []

    # Nothing more is sent, and a tampered link gets a clear page.
    make_role(title="Discord Rust Engineer")  # matches, but the alert is stopped
    call_command("send_alerts", "--frequency", "daily", stdout=io.StringIO())
    assert len(mail.outbox) == 2
    response = page.goto(_link(alert_message, "unsubscribe")[:-4] + "xx/")
    assert response.status == 400
    expect(page.get_by_role("heading", name="This link does not work")).to_be_visible()
