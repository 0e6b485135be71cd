"""Request ids and log records: one JSON object a line in production, client errors as warnings."""

import contextvars
import json
import logging
import re
import time
import uuid

from django.core.signals import request_finished
from django.db import DatabaseError

# The id of the request this thread serves; log records carry it (RequestIdFilter).
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
# An incoming X-Request-ID is kept when it looks like an id (a proxy's or a client's), never when it could
# smuggle anything into a log line or a header.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{8,128}")
REQUEST_ID_HEADER = "X-Request-ID"


def new_request_id(incoming: str | None) -> str:
    """The incoming id when it is sane, otherwise a fresh one."""
    if incoming and SANE_REQUEST_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Give every request an id (or keep a sane incoming one), log with it and echo it in the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = new_request_id(request.headers.get(REQUEST_ID_HEADER))
        # Kept until the request is finished (Django logs a 4xx/5xx response after the middleware returned).
        request_id_var.set(request.id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request.id
        return response


def _forget_request_id(**kwargs) -> None:
    request_id_var.set("-")


request_finished.connect(_forget_request_id, dispatch_uid="jobboard-forget-request-id")


class RequestIdFilter(logging.Filter):
    """Put the current request's id on every record (`-` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class ClientErrorsAsWarnings(logging.Filter):
    """A client's bad request (TooManyFieldsSent, DisallowedHost, …) is Django's `django.security.*` ERROR
    record with a traceback; it is the client's fault, not the site's, so it is one WARNING line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("django.security."):
            record.exc_info, record.exc_text = None, None
            if record.levelno > logging.WARNING:
                record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class DatabaseErrorsOnOneLine(logging.Filter):
    """While the database is down every request fails the same way: one line each, not a traceback each."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, DatabaseError):
            record.msg = f"{record.getMessage()} ({type(exc).__name__}: {first_line(exc)})"
            record.args, record.exc_info, record.exc_text = (), None, None
        return True


def first_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (database errors run on with hints and context)."""
    return (str(exc).strip().splitlines() or [""])[0][:300]


# Fields of gunicorn's access record (its `args` dict of log atoms) kept in the JSON line.
ACCESS_FIELDS = {
    "remote": "h",
    "method": "m",
    "path": "U",
    "query": "q",
    "status": "s",
    "bytes": "B",
    "referer": "f",
    "user_agent": "a",
    "request_id": "{x-request-id}o",
}


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, request id (and gunicorn's access fields)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            entry.update({key: record.args.get(atom) for key, atom in ACCESS_FIELDS.items()})
            entry["duration_ms"] = round(int(record.args.get("D", 0)) / 1000, 1)
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
