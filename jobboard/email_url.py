"""EMAIL_URL → Django's e-mail settings: smtp://user:password@host:587?tls=1, smtps://…, console://,
file:///path/to/dir, locmem://, dummy:// (the form dj-email-url reads, without the dependency)."""

from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "submission": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}
_TRUE = {"1", "true", "yes", "on"}


def parse_email_url(url: str) -> dict:
    """The EMAIL_* settings an e-mail URL stands for; an unknown scheme is a configuration error."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in BACKENDS:
        known = ", ".join(sorted(BACKENDS))
        raise ImproperlyConfigured(f"EMAIL_URL must start with one of {known}, not {parts.scheme!r}.")
    settings = {"EMAIL_BACKEND": BACKENDS[scheme]}
    if scheme == "file":
        settings["EMAIL_FILE_PATH"] = unquote(parts.path)
    if not scheme.startswith(("smtp", "submission")):
        return settings
    options = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}
    settings |= {
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or {"smtps": 465, "submission": 587}.get(scheme, 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": scheme == "smtps" or options.get("ssl", "").lower() in _TRUE,
        "EMAIL_USE_TLS": scheme == "submission" or options.get("tls", "").lower() in _TRUE,
    }
    if settings["EMAIL_USE_SSL"] and settings["EMAIL_USE_TLS"]:
        raise ImproperlyConfigured("EMAIL_URL cannot ask for both SSL (smtps, ?ssl=1) and STARTTLS (?tls=1).")
    return settings
