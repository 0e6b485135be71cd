"""Posting a job and reporting a listing: thin views over postings/submissions.py and listing_reports.py.

Every page works without JavaScript; refused input is shown again with a message, never an error page.
"""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from jobboard.security import client_ip

from ..listing_reports import ReportRefused, report_send
from ..models import Role
from ..submissions import (
    SubmissionProblem,
    confirm_token,
    preview_token,
    submission_confirm,
    submission_for,
    submission_send,
    submission_start,
)
from ..submit_forms import CorrectionForm, ReportForm, SubmitForm


def _too_large(request) -> bool:
    """Whether the request's body is far over the posting's size limit (room is left for the other fields
    and the multipart framing)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > settings.SUBMISSION_MAX_BYTES * 2 + 16 * 1024


def _ip(request) -> str | None:
    return client_ip(request) or None


@require_http_methods(["GET", "POST"])
def submit_start(request):
    """Step one: paste or upload the posting and give an e-mail address."""
    if request.method == "POST" and _too_large(request):
        # Refused before Django reads the body, so a huge upload is never spooled to disk.
        limit = settings.SUBMISSION_MAX_BYTES // 1024
        context = {"form": SubmitForm(), "problem": f"The posting is too long: at most {limit:,} KB, please."}
        return render(request, "postings/submit/submit_start.html", context, status=413)
    form = SubmitForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if form.is_bot():
            return redirect("postings:submit_sent")  # a bot is told nothing
        data = form.cleaned_data
        try:
            submission = submission_start(
                text=data["posting"], file_name=data["file_name"], email=data["email"], ip=_ip(request)
            )
        except SubmissionProblem as problem:
            form.add_error(None, str(problem))
        else:
            return redirect("postings:submit_preview", token=preview_token(submission))
    status = 400 if form.errors else 200
    return render(request, "postings/submit/submit_start.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def submit_preview(request, token: str):
    """Step two: what the parser found, to check and correct, then send (which e-mails the link)."""
    submission = submission_for(token)
    if submission is None or submission.sent_at:
        raise Http404("This preview has expired or was already sent.")
    form = CorrectionForm(request.POST or None, initial=submission.fields)
    if request.method == "POST" and form.is_valid():
        if not form.is_bot():
            link = reverse("postings:submit_confirm", kwargs={"token": confirm_token(submission)})
            fields = {k: v for k, v in form.cleaned_data.items() if k != "website"}
            submission_send(
                submission=submission, fields=fields, confirm_url=request.build_absolute_uri(link)
            )
        return redirect("postings:submit_sent")
    context = {"form": form, "submission": submission}
    return render(request, "postings/submit/submit_preview.html", context, status=400 if form.errors else 200)


def submit_sent(request):
    """Step three: look in your inbox."""
    return render(request, "postings/submit/submit_sent.html")


@require_http_methods(["GET", "POST"])
def submit_confirm(request, token: str):
    """Step four, from the e-mail: a button to confirm (a link alone changes nothing, so mail scanners that
    follow links cannot confirm for the submitter)."""
    submission = submission_for(token, confirm=True)
    if submission is None:
        return render(request, "postings/submit/submit_confirm.html", {"invalid": True}, status=400)
    context = {"submission": submission, "fields": submission.fields}
    if request.method == "POST":
        try:
            context["role"] = submission_confirm(submission=submission)
        except SubmissionProblem as problem:
            context["problem"] = str(problem)
    elif submission.role_id:
        context["role"] = submission.role
    return render(request, "postings/submit/submit_confirm.html", context)


@require_http_methods(["GET", "POST"])
def report_listing(request, slug: str):
    """Report a listing: the form (also shown on the role page), and where it is sent."""
    role = Role.objects.visible().filter(slug=slug).first()
    if role is None:
        raise Http404("No role here.")
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_bot():
            data = form.cleaned_data
            try:
                report_send(
                    role=role,
                    reason=data["reason"],
                    details=data["details"],
                    email=data["email"],
                    ip=_ip(request),
                )
            except ReportRefused as refused:
                form.add_error(None, str(refused))
        if not form.errors:
            messages.success(request, "Thank you: your report was sent to the moderators.")
            return redirect(role)
    status = 400 if form.errors else 200
    return render(request, "postings/submit/report_listing.html", {"form": form, "role": role}, status=status)
