"""Posting a job: paste or upload → preview of the parsed fields → corrections → signed e-mail link → a role
pending review built by the importer's write path → an e-mail when a moderator decides."""

import re

import pytest
from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from postings.lifecycle import role_transition
from postings.models import JobSubmission, Role, RoleStatusChange, Source
from postings.submissions import SubmissionProblem, confirm_token, posting_text, preview_token

pytestmark = pytest.mark.django_db

POSTING = """Senior Backend Engineer
Acme Widgets

Location: Berlin, Germany (Hybrid)
Salary: €70,000 - €85,000 per year

About the role
You will build and run the services behind our widget marketplace.

Requirements
- 5+ years of Python and PostgreSQL
- Experience with Django and Docker
"""
START = reverse("postings:submit_start")


def _start(client, text=POSTING, email="boss@acme.example", **extra):
    return client.post(
        START, {"text": text, "email": email, **extra}, REMOTE_ADDR=extra.pop("ip", "10.0.0.1")
    )


def _preview_url(response) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def _fields(**overrides) -> dict:
    fields = {
        "title": "Senior Backend Engineer",
        "company": "Acme Widgets",
        "places": "Berlin, DE",
        "work_mode": "hybrid",
        "pay_min": "70000",
        "pay_max": "85000",
        "currency": "EUR",
        "period": "year",
        "skills": "Python, PostgreSQL, Django",
    }
    return fields | overrides


def _confirm_link(message) -> str:
    return re.search(r"https?://\S+/post-a-job/confirm/\S+/", message.body).group()


def test_the_page_is_linked_from_every_page_and_takes_few_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get(START)
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    home = client.get(reverse("postings:role_list")).content.decode()
    assert f'href="{START}"' in home


def test_the_preview_shows_what_the_parser_found(client):
    preview = client.get(_preview_url(_start(client))).content.decode()
    assert 'value="Senior Backend Engineer"' in preview
    assert 'value="Acme Widgets"' in preview
    assert "Berlin" in preview
    assert 'value="hybrid" selected' in preview
    assert 'value="70000' in preview and 'value="85000' in preview
    assert "Python" in preview and "PostgreSQL" in preview
    assert not Role.objects.exists()  # nothing is listed before confirmation
    assert not mail.outbox


def test_the_whole_flow_corrects_a_field_confirms_and_waits_for_review(client, django_assert_max_num_queries):
    url = _preview_url(_start(client))
    response = client.post(url, _fields(title="Senior Backend Engineer, Marketplace"))
    assert response.status_code == 302 and response["Location"] == reverse("postings:submit_sent")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["boss@acme.example"]
    assert "Senior Backend Engineer, Marketplace" in message.subject
    link = _confirm_link(message)
    path = link.split("testserver", 1)[1]
    # Opening the link changes nothing (mail scanners follow links); the button confirms.
    page = client.get(path)
    assert page.status_code == 200 and b"Confirm and send for review" in page.content
    assert not Role.objects.exists()
    with django_assert_max_num_queries(60):
        done = client.post(path)
    assert b"your posting is confirmed" in done.content
    role = Role.objects.get()
    assert role.status == "pending"
    assert role.title == "Senior Backend Engineer, Marketplace"
    assert role.company.name == "Acme Widgets"
    assert role.work_mode == "hybrid"
    assert [(p.name, p.country) for p in role.locations.all()] == [("Berlin", "DE")]
    pay = role.compensations.get()
    assert (pay.min_amount, pay.max_amount, pay.currency, pay.period) == (70000, 85000, "EUR", "year")
    assert {s.slug for s in role.skills.all()} >= {"python", "postgresql", "django"}
    source = Source.objects.get(role=role)
    assert source.kind == "submission" and source.raw_text == POSTING
    assert role.body.search_document  # the search document is built as on import
    assert Role.objects.search("marketplace widget").filter(pk=role.pk).exists()  # indexed as on import
    assert not Role.objects.visible().filter(pk=role.pk).exists()  # but not listed before review
    assert client.get(role.get_absolute_url()).status_code == 404
    history = RoleStatusChange.objects.get(role=role)
    assert history.to_status == "pending" and "Submitted" in history.reason
    # A second click changes nothing.
    client.post(path)
    assert Role.objects.count() == 1


def _confirmed_role(client) -> tuple[Role, JobSubmission]:
    client.post(_preview_url(_start(client)), _fields())
    client.post(_confirm_link(mail.outbox[-1]).split("testserver", 1)[1])
    submission = JobSubmission.objects.get()
    return submission.role, submission


def test_the_submitter_hears_when_the_role_is_approved(client, django_capture_on_commit_callbacks):
    role, _ = _confirmed_role(client)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        role_transition(role=role, to="open", reason="Looks right.")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["boss@acme.example"]
    assert "is live" in mail.outbox[0].subject
    assert role.get_absolute_url() in mail.outbox[0].body
    assert client.get(role.get_absolute_url()).status_code == 200


def test_the_submitter_hears_why_the_role_was_rejected(client, django_capture_on_commit_callbacks):
    role, _ = _confirmed_role(client)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        role_transition(role=role, to="rejected", reason="The pay is not stated honestly.")
    assert "not accepted" in mail.outbox[0].subject
    assert "The pay is not stated honestly." in mail.outbox[0].body


def test_other_moves_and_imported_roles_send_nothing(client, django_capture_on_commit_callbacks):
    role, _ = _confirmed_role(client)
    with django_capture_on_commit_callbacks(execute=True):
        role_transition(role=role, to="open", reason="ok")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        role_transition(role=role, to="closed", reason="Filled.")
    assert not mail.outbox


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "", "email": "a@example.com"}, "Paste the posting"),
        ({"text": "x" * 300_000, "email": "a@example.com"}, "too long"),
        ({"text": POSTING, "email": "not an address"}, "valid email"),
        ({"text": "   \n  ", "email": "a@example.com"}, "Paste the posting"),
    ],
)
def test_bad_input_gets_a_clear_message_and_writes_nothing(client, data, message):
    response = client.post(START, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not JobSubmission.objects.exists()


def test_an_upload_is_read_and_checked(client, settings):
    html = (
        b"<html><body><h1>Data Analyst</h1><p>Northwind Traders</p><p>Location: London, UK</p></body></html>"
    )
    ok = client.post(
        START, {"upload": SimpleUploadedFile("job.html", html, "text/html"), "email": "a@b.example"}
    )
    assert 'value="Data Analyst"' in client.get(_preview_url(ok)).content.decode()
    exe_file = SimpleUploadedFile("job.exe", b"MZ\x00\x00", "application/x-msdownload")
    exe = client.post(START, {"upload": exe_file, "email": "a@b.example"})
    assert exe.status_code == 400 and b"Upload a text, Markdown or HTML file" in exe.content
    binary = client.post(START, {"upload": SimpleUploadedFile("job.txt", b"ab\x00cd", "text/plain"),
                                 "email": "a@b.example"})  # fmt: skip
    assert binary.status_code == 400 and b"not text" in binary.content
    settings.SUBMISSION_MAX_BYTES = 50
    big = client.post(
        START, {"upload": SimpleUploadedFile("job.txt", b"a" * 51, "text/plain"), "email": "a@b.example"}
    )
    assert big.status_code == 400 and b"too long" in big.content
    assert JobSubmission.objects.count() == 1


def test_a_posting_already_on_the_board_is_refused(client):
    assert _start(client, text=POSTING.replace("\n", "\r\n")).status_code == 302  # as a browser sends it
    submission = JobSubmission.objects.get()
    assert submission.raw_text == POSTING
    client.post(reverse("postings:submit_preview", kwargs={"token": preview_token(submission)}), _fields())
    client.post(_confirm_link(mail.outbox[-1]).split("testserver", 1)[1])
    again = _start(client, email="other@acme.example")
    assert again.status_code == 400 and b"already on the board" in again.content


def test_a_huge_request_is_refused_before_its_body_is_read(client, settings):
    settings.SUBMISSION_MAX_BYTES = 1024
    big = SimpleUploadedFile("job.txt", b"a" * 100_000, "text/plain")
    response = client.post(START, {"upload": big, "email": "a@b.example"})
    assert response.status_code == 413 and b"too long: at most 1 KB" in response.content
    assert not JobSubmission.objects.exists()


def test_text_with_no_title_is_refused_kindly(client):
    response = _start(client, text="!!!! ???? ....")
    assert response.status_code == 400
    assert b"could not find a job title" in response.content


def test_the_honeypot_is_hidden_and_a_bot_filling_it_gets_nowhere(client):
    page = client.get(START).content.decode()
    assert re.search(r'<div class="hp">.*name="website"', page, re.S)
    response = _start(client, website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == reverse("postings:submit_sent")
    assert not JobSubmission.objects.exists()


def test_rate_limits_per_address_and_per_ip(client, settings):
    settings.SUBMISSIONS_PER_ADDRESS, settings.SUBMISSIONS_PER_IP = 2, 3
    for n in range(2):
        assert _start(client, text=POSTING + f"\n{n}").status_code == 302
    refused = _start(client, text=POSTING + "\n2")
    assert refused.status_code == 400 and b"as many postings as it may today" in refused.content
    assert _start(client, text=POSTING + "\n3", email="other@acme.example").status_code == 302
    refused = _start(client, text=POSTING + "\n4", email="third@acme.example")
    assert b"from your network" in refused.content
    assert _start(client, text=POSTING + "\n5", email="third@acme.example", ip="10.0.0.2").status_code == 302
    assert JobSubmission.objects.count() == 4


def test_behind_a_proxy_submissions_are_counted_per_client(client, settings):
    """Regression: the per-network limit counted the proxy's address (REMOTE_ADDR) for every submitter."""
    settings.SUBMISSIONS_PER_ADDRESS, settings.SUBMISSIONS_PER_IP, settings.BEHIND_PROXY = 5, 1, True

    def via_proxy(n, forwarded):
        data = {"text": POSTING + f"\n{n}", "email": f"boss{n}@acme.example"}
        return client.post(START, data, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)

    assert via_proxy(1, "203.0.113.7").status_code == 302
    assert b"from your network" in via_proxy(2, "203.0.113.7").content
    assert via_proxy(3, "198.51.100.4").status_code == 302
    assert set(JobSubmission.objects.values_list("ip", flat=True)) == {"203.0.113.7", "198.51.100.4"}


def test_forged_and_expired_links_are_refused(client, settings):
    url = _preview_url(_start(client))
    submission = JobSubmission.objects.get()
    assert client.get(url.replace(url.split("/")[-2], "forged")).status_code == 404
    forged = client.get(reverse("postings:submit_confirm", kwargs={"token": "1:forged"}))
    assert forged.status_code == 400 and b"does not work" in forged.content
    # A preview token does not confirm (another salt), nor the other way round.
    wrong = client.post(reverse("postings:submit_confirm", kwargs={"token": preview_token(submission)}))
    assert wrong.status_code == 400
    assert (
        client.get(
            reverse("postings:submit_preview", kwargs={"token": confirm_token(submission)})
        ).status_code
        == 404
    )
    settings.SUBMISSION_CONFIRM_DAYS = -1
    expired = client.post(reverse("postings:submit_confirm", kwargs={"token": confirm_token(submission)}))
    assert expired.status_code == 400 and not Role.objects.exists()
    assert signing.loads(preview_token(submission), salt="postings.submission.preview") == submission.pk


def test_submitted_text_is_escaped_everywhere(client, staff_client):
    evil = "<script>alert(1)</script> Engineer\nEvil <b>Corp</b>\n\nLocation: Paris, France\n"
    url = _preview_url(_start(client, text=evil))
    preview = client.get(url).content.decode()
    assert "<script>alert(1)</script>" not in preview and "&lt;script&gt;" in preview
    client.post(url, _fields(title="<img src=x onerror=alert(1)> Engineer", company="<b>Evil</b> Corp"))
    path = _confirm_link(mail.outbox[-1]).split("testserver", 1)[1]
    confirm = client.get(path).content.decode()
    assert "<img src=x" not in confirm and "&lt;img src=x" in confirm
    client.post(path)
    role = Role.objects.get()
    page = staff_client.get(role.get_absolute_url()).content.decode()
    assert "<img src=x" not in page and "<b>Evil</b>" not in page
    admin = staff_client.get(reverse("admin:postings_role_changelist")).content.decode()
    assert "<img src=x" not in admin


def test_a_subject_never_carries_a_line_break(client):
    client.post(_preview_url(_start(client)), _fields(title="Engineer\r\nBcc: victim@example.com"))
    assert "\n" not in mail.outbox[0].subject and "Bcc" not in "".join(mail.outbox[0].to)


def test_posting_text_limits():
    with pytest.raises(SubmissionProblem):
        posting_text(b"\xff" * 10 + b"\x00")
    assert posting_text(b"Caf\xe9 manager") == "Café manager"  # Windows-1252 read as such
