"""Database faults answered as 503s: an outage or a query past its time is the site's, briefly, not a bug."""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

from .observability import first_line

logger = logging.getLogger("jobboard.faults")
# OperationalError: the server is unreachable, a connection died, a query was cancelled by
# statement_timeout (psycopg's QueryCanceled is one); InterfaceError: a connection closed under us.
UNAVAILABLE = (OperationalError, InterfaceError)


def service_unavailable(request, exc: DatabaseError):
    """The friendly 503 page, with Retry-After, and one log line (no traceback) for the failure."""
    logger.error(
        "database unavailable: %s %s (%s: %s)",
        request.method,
        request.path,
        type(exc).__name__,
        first_line(exc),
    )
    # Rendered without the request: its context processors (the user, the session) would query the database.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    # Logged above, once: Django's own "Service Unavailable" line would be a second one.
    response._has_been_logged = True
    return response


class DatabaseUnavailableMiddleware:
    """Turn a view's database outage or cancelled query into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, UNAVAILABLE):
            return service_unavailable(request, exception)
        return None


def server_error(request, template_name: str = "500.html"):
    """handler500: a database fault raised outside a view (a middleware's query) still gets the 503."""
    exc = sys.exc_info()[1]
    if isinstance(exc, UNAVAILABLE):
        try:
            return service_unavailable(request, exc)
        except Exception:  # the 503 page failed too: fall back to the plain 500
            logger.exception("rendering the 503 page failed")
    return defaults.server_error(request, template_name)


def _set_web_statement_timeout(sender, connection, **kwargs) -> None:
    if connection.vendor == "postgresql" and settings.DATABASE_STATEMENT_TIMEOUT:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('statement_timeout', %s, false)", [settings.DATABASE_STATEMENT_TIMEOUT]
            )


def bound_web_queries() -> None:
    """Every new database connection of this (web) process cuts its queries off at
    DATABASE_STATEMENT_TIMEOUT; commands (imports, migrations, the bench) are not called with it."""
    connection_created.connect(_set_web_statement_timeout, dispatch_uid="jobboard-web-statement-timeout")
