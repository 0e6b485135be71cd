"""/healthz (the process answers) and /readyz (the database answers and every migration is applied)."""

import logging

from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse

from .observability import first_line

logger = logging.getLogger("jobboard.health")
HEALTH_PATHS = {"/healthz", "/readyz"}
# Migrations do not come unapplied under a running process: once seen applied, not read again.
_migrations_applied = False


def healthz() -> JsonResponse:
    """The process is up and serving requests."""
    return JsonResponse({"status": "ok"})


def _pending_migrations() -> int:
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def readyz() -> JsonResponse:
    """Ready for traffic: the database answers a query and no migration is waiting (503 otherwise)."""
    global _migrations_applied
    checks = {"database": "ok", "migrations": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        if not _migrations_applied:
            pending = _pending_migrations()
            _migrations_applied = pending == 0
            if pending:
                checks["migrations"] = f"{pending} unapplied"
    except DatabaseError as exc:
        logger.warning("readyz: database unavailable (%s: %s)", type(exc).__name__, first_line(exc))
        checks["database"] = f"unavailable: {type(exc).__name__}"
        checks["migrations"] = "unknown"
        # A broken connection must not be reused by the next check.
        connection.close_if_unusable_or_obsolete()
    ready = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )
    # A failed check logged its own line (or is an expected "not yet"): no second one from Django.
    response._has_been_logged = True
    return response


class HealthCheckMiddleware:
    """Answer the health checks before host validation and the HTTPS redirect: a load balancer asks by
    address over plain HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path in HEALTH_PATHS and request.method in ("GET", "HEAD"):
            response = healthz() if request.path == "/healthz" else readyz()
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)
