"""Saved-search pages: sign up (the form also sits on the search page), confirm, unsubscribe.

Signed links are checked in postings/alerts.py; a bad or expired one gets a page saying so (400), never a
traceback. Unsubscribe accepts the one-click POST of RFC 8058, which mail clients send without a CSRF token:
the signed token in the address is the proof, so that view is exempt.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from jobboard.security import client_ip

from ..alert_forms import AlertForm
from ..alerts import (
    BadLink,
    RateLimited,
    alert_confirm,
    alert_from_confirm_token,
    alert_from_unsubscribe_token,
    alert_query,
    alert_request,
    alert_unsubscribe,
    query_summary,
    search_url,
)


def _bad_link(request, error: BadLink):
    return render(request, "postings/alerts/alert_link_invalid.html", {"message": str(error)}, status=400)


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_http_methods(["GET", "POST"])
def alert_create(request):
    """Sign up for the search in the query string: a pending alert and its confirmation message."""
    kept = alert_query(request.GET)
    form = AlertForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            if form.is_bot:
                return redirect(f"{reverse('postings:alert_requested')}?{request.GET.urlencode()}")
            try:
                alert_request(
                    email=form.cleaned_data["email"],
                    frequency=form.cleaned_data["frequency"],
                    query=kept.query,
                    ip=client_ip(request) or None,
                    base_url=_base_url(request),
                )
            except RateLimited as error:
                form.add_error(None, str(error))
                status = 429
            else:
                return redirect(f"{reverse('postings:alert_requested')}?{request.GET.urlencode()}")
    context = {"alert_form": form, "kept": kept, "search_url": search_url(kept.query)}
    return render(request, "postings/alerts/alert_form.html", context, status=status)


@require_GET
def alert_requested(request):
    """After signing up: check your inbox (the same page whether or not the address exists)."""
    kept = alert_query(request.GET)
    context = {"kept": kept, "search_url": search_url(kept.query), "days": settings.ALERT_CONFIRM_DAYS}
    return render(request, "postings/alerts/alert_requested.html", context)


@require_http_methods(["GET", "POST"])
def alert_confirm_view(request, token: str):
    """The double opt-in link: GET shows the alert and a button (link scanners only GET), POST confirms."""
    try:
        alert = alert_from_confirm_token(token)
    except BadLink as error:
        return _bad_link(request, error)
    confirmed = request.method == "POST" and alert_confirm(alert=alert)
    context = {
        "alert": alert,
        "summary": query_summary(alert.query),
        "search_url": search_url(alert.query),
        "confirmed": confirmed,
    }
    return render(request, "postings/alerts/alert_confirm.html", context)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def alert_unsubscribe_view(request, token: str):
    """GET shows a button; POST (that button, or a mail client's one-click POST) stops the alert."""
    try:
        alert = alert_from_unsubscribe_token(token)
    except BadLink as error:
        return _bad_link(request, error)
    unsubscribed = request.method == "POST" and alert_unsubscribe(alert=alert)
    context = {
        "alert": alert,
        "summary": query_summary(alert.query),
        "search_url": search_url(alert.query),
        "done": request.method == "POST" or alert.unsubscribed_at is not None,
        "unsubscribed_now": unsubscribed,
    }
    return render(request, "postings/alerts/alert_unsubscribe.html", context)
