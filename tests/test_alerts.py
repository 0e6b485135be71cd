"""Saved searches: the sign-up form, double opt-in, unsubscribe, rate limits, honeypot and signed links."""

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.http import QueryDict
from django.test import Client
from django.utils import timezone

from postings.alert_models import Alert
from postings.alerts import (
    alert_query,
    confirm_token,
    query_summary,
    unsubscribe_token,
)

from .factories import make_role

pytestmark = pytest.mark.django_db
LINK = re.compile(r"https?://\S+?/alerts/(confirm|unsubscribe)/[^/\s\"]+/")


def signup(client, query: str = "q=python", **data):
    fields = {"email": "ada@example.com", "frequency": "daily", "website": ""} | data
    return client.post(f"/alerts/?{query}", fields, REMOTE_ADDR=data.pop("ip", "203.0.113.5"))


def confirm_link(message) -> str:
    return LINK.search(message.body).group(0)


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


# The saved query
def test_alert_query_keeps_valid_filters_and_drops_junk_with_a_reason():
    kept = alert_query(QueryDict("q=rust&seniority=senior&pay_min=abc&sort=pay&page=3&utm_source=x&skill=Go"))
    assert QueryDict(kept.query).dict() == {"q": "rust", "seniority": "senior", "skill": "go"}
    assert kept.dropped == ["Minimum pay: Enter a number."]


def test_alert_query_normalises_numbers_and_lists():
    kept = alert_query(QueryDict("pay_min=100000.00&currency=EUR&country=us,de&work_mode=remote&with_pay=1"))
    params = QueryDict(kept.query)
    assert params["pay_min"] == "100000"
    assert params.getlist("country") == ["US", "DE"]
    assert params["with_pay"] == "1"
    assert "Minimum pay: 100000 EUR a year" in query_summary(kept.query)
    assert query_summary("") == ["All open roles"]


def test_alert_query_rejects_unknown_choices():
    kept = alert_query(QueryDict("seniority=wizard&q=go"))
    assert QueryDict(kept.query).dict() == {"q": "go"}
    assert kept.dropped and kept.dropped[0].startswith("Seniority: ")


# Sign-up
def test_search_page_offers_an_accessible_signup_form_outside_the_search_form(client):
    html = client.get("/?q=python&seniority=senior").content.decode()
    search_form_end = html.index("</form>")
    signup = html[html.rindex("<form", 0, html.index('id="alert-form"')) :]
    assert html.index('id="alert-form"') > search_form_end  # never nested in the GET form
    assert 'method="post" action="/alerts/?q=python&amp;seniority=senior"' in signup
    assert 'name="csrfmiddlewaretoken"' in signup
    assert '<label for="alert-email">E-mail address</label>' in signup
    assert "<legend>How often</legend>" in signup
    assert 'href="#alert-form"' in html


def test_signup_stores_a_pending_alert_and_sends_only_the_confirmation(client):
    response = signup(client, "q=python&pay_min=abc&seniority=senior")
    assert response.status_code == 302
    assert response["Location"].startswith("/alerts/requested/?")
    alert = Alert.objects.get()
    assert (alert.email, alert.frequency, alert.state) == ("ada@example.com", "daily", "pending")
    assert QueryDict(alert.query).dict() == {"q": "python", "seniority": "senior"}
    assert alert.ip_hash and "203.0.113.5" not in alert.ip_hash
    [message] = mail.outbox
    assert message.to == ["ada@example.com"]
    assert message.subject == "Confirm your job alert"
    html = message.alternatives[0][0]
    assert confirm_link(message) in html
    assert "ada@example.com" not in confirm_link(message)  # the address is not in the link
    page = client.get(response["Location"]).content.decode()
    assert "Check your inbox" in page
    assert "Minimum pay: Enter a number." in page  # what was left out, and why


def test_signup_form_errors_are_shown_next_to_the_fields(client):
    response = signup(client, email="not-an-address", frequency="hourly")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "Enter a valid email address." in html
    assert "Select a valid choice." in html
    assert not Alert.objects.exists() and not mail.outbox


def test_signup_needs_a_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/alerts/?q=go", {"email": "ada@example.com", "frequency": "daily"})
    assert response.status_code == 403
    assert not Alert.objects.exists()


def test_honeypot_looks_accepted_but_stores_and_sends_nothing(client):
    response = signup(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Alert.objects.exists() and not mail.outbox


def test_signups_are_rate_limited_per_address(client, settings):
    settings.ALERT_SIGNUPS_PER_ADDRESS = 2
    for n in range(2):
        assert signup(client, f"q=go{n}", ip=f"198.51.100.{n}").status_code == 302
    response = signup(client, "q=go3", email="ADA@example.com", ip="198.51.100.9")
    assert response.status_code == 429
    assert "This address has asked for several alerts" in response.content.decode()
    assert Alert.objects.count() == 2 and len(mail.outbox) == 2
    # An hour later the address may ask again.
    Alert.objects.update(created_at=timezone.now() - timedelta(hours=2))
    assert signup(client, "q=go3").status_code == 302


def test_signups_are_rate_limited_per_ip(client, settings):
    settings.ALERT_SIGNUPS_PER_IP = 2
    for n in range(2):
        assert signup(client, email=f"person{n}@example.com").status_code == 302
    response = signup(client, email="other@example.com")
    assert response.status_code == 429
    assert "from your network" in response.content.decode()
    assert signup(client, email="other@example.com", ip="192.0.2.1").status_code == 302


def test_behind_a_proxy_signups_are_counted_per_client_not_per_proxy(client, settings):
    """Regression: the limit counted REMOTE_ADDR, the proxy's address, so one busy network's proxy locked
    everyone out while a client could reset its count by nothing; the proxy's X-Forwarded-For entry counts."""
    settings.ALERT_SIGNUPS_PER_IP, settings.BEHIND_PROXY = 2, True

    def via_proxy(email, forwarded):
        fields = {"email": email, "frequency": "daily", "website": ""}
        return client.post("/alerts/?q=go", fields, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)

    for n in range(2):
        assert via_proxy(f"person{n}@example.com", "203.0.113.7").status_code == 302
    assert via_proxy("other@example.com", "6.6.6.6, 203.0.113.7").status_code == 429
    assert via_proxy("other@example.com", "198.51.100.4").status_code == 302


# Double opt-in
def test_confirmation_link_shows_a_button_and_post_activates(client):
    signup(client)
    url = path_of(confirm_link(mail.outbox[0]))
    page = client.get(url)
    assert page.status_code == 200 and "Confirm the alert" in page.content.decode()
    assert Alert.objects.get().state == "pending"  # a link scanner's GET confirms nothing
    done = client.post(url)
    assert "Your alert is on" in done.content.decode()
    alert = Alert.objects.get()
    assert alert.state == "active" and alert.sent_through == alert.confirmed_at
    again = client.post(url)
    assert "already on" in again.content.decode()


def test_confirming_replaces_an_older_alert_for_the_same_search(client):
    signup(client, frequency="daily")
    client.post(path_of(confirm_link(mail.outbox[0])))
    signup(client, frequency="weekly")
    client.post(path_of(confirm_link(mail.outbox[1])))
    assert list(Alert.objects.active().values_list("frequency", flat=True)) == ["weekly"]


@pytest.mark.parametrize(
    "make_url, message",
    [
        (lambda a: f"/alerts/confirm/{confirm_token(a)}x/", "not valid"),
        (lambda a: f"/alerts/confirm/{signing.dumps({'alert': a.pk}, salt='other')}/", "not valid"),
        (lambda a: "/alerts/confirm/garbage/", "not valid"),
        (lambda a: f"/alerts/unsubscribe/{unsubscribe_token(a)[:-3]}/", "not valid"),
        (lambda a: f"/alerts/unsubscribe/{confirm_token(a)}/", "not valid"),  # wrong salt
    ],
)
def test_bad_links_get_a_clear_400_page(client, make_url, message):
    alert = Alert.objects.create(email="ada@example.com", query="q=go")
    response = client.get(make_url(alert))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert client.post(make_url(alert)).status_code == 400
    assert Alert.objects.get().state == "pending"


def test_expired_confirmation_link_says_so(client, settings):
    alert = Alert.objects.create(email="ada@example.com", query="q=go")
    token = confirm_token(alert)
    settings.ALERT_CONFIRM_DAYS = 0
    response = client.post(f"/alerts/confirm/{token}/")
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()
    assert Alert.objects.get().state == "pending"


def test_confirmation_link_of_a_deleted_or_readdressed_alert_is_refused(client):
    alert = Alert.objects.create(email="ada@example.com", query="q=go")
    token = confirm_token(alert)
    Alert.objects.filter(pk=alert.pk).update(email="eve@example.com")
    assert client.get(f"/alerts/confirm/{token}/").status_code == 400


# Unsubscribe
def test_unsubscribe_get_asks_and_post_stops(client):
    now = timezone.now()
    alert = Alert.objects.create(email="ada@example.com", query="q=go", confirmed_at=now, sent_through=now)
    url = f"/alerts/unsubscribe/{unsubscribe_token(alert)}/"
    page = client.get(url).content.decode()
    assert "Stop this job alert?" in page and "<button" in page
    assert Alert.objects.get().state == "active"
    assert "You are unsubscribed" in client.post(url).content.decode()
    assert Alert.objects.get().state == "unsubscribed"
    assert "You are unsubscribed" in client.get(url).content.decode()


def test_one_click_unsubscribe_needs_no_csrf_token():
    now = timezone.now()
    alert = Alert.objects.create(email="ada@example.com", query="", confirmed_at=now, sent_through=now)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/alerts/unsubscribe/{unsubscribe_token(alert)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert Alert.objects.get().state == "unsubscribed"


def test_a_stopped_alert_cannot_be_confirmed_again(client):
    signup(client)
    Alert.objects.update(unsubscribed_at=timezone.now())
    response = client.post(path_of(confirm_link(mail.outbox[0])))
    assert "This alert was stopped" in response.content.decode()
    assert Alert.objects.get().confirmed_at is None


# Escaping and queries
def test_everything_user_given_is_escaped(client):
    evil = "<script>alert(1)</script>"
    response = signup(client, f"q={evil}", email="a@example.com")
    page = client.get(response["Location"]).content.decode()
    assert evil not in page and "&lt;script&gt;" in page
    html = mail.outbox[0].alternatives[0][0]
    assert evil not in html and "&lt;script&gt;" in html
    url = path_of(confirm_link(mail.outbox[0]))
    assert evil not in client.get(url).content.decode()
    form = client.get(f"/alerts/?q={evil}").content.decode()
    assert evil not in form


def test_alert_pages_run_few_queries(client, django_assert_max_num_queries):
    make_role(title="Python developer")
    with django_assert_max_num_queries(3):
        client.get("/alerts/?q=python")
    with django_assert_max_num_queries(3):
        client.get("/alerts/requested/?q=python")
    with django_assert_max_num_queries(6):
        signup(client)
    url = path_of(confirm_link(mail.outbox[0]))
    with django_assert_max_num_queries(3):
        client.get(url)
    with django_assert_max_num_queries(5):
        client.post(url)
    alert = Alert.objects.get()
    with django_assert_max_num_queries(3):
        client.post(f"/alerts/unsubscribe/{unsubscribe_token(alert)}/")


def test_search_page_queries_stay_the_same_with_the_form(client, django_assert_max_num_queries):
    make_role(title="Python developer")
    with django_assert_max_num_queries(8):
        client.get("/?q=python")
