"""The client's address for login throttling: the proxy's record of it when a proxy is in front."""

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or behind a proxy the last X-Forwarded-For entry (the one our proxy appended; earlier
    entries are whatever the client sent)."""
    if settings.BEHIND_PROXY:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded and forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "")
