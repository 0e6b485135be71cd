"""E-mail settings from the environment: EMAIL_URL, Django's EMAIL_* variables, the console in DEBUG."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from jobboard.email_url import parse_email_url

from .test_settings import run_manage

SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "smtp://user%40example.com:p%2Fss@mail.example.com:587?tls=1",
            {
                "EMAIL_BACKEND": SMTP,
                "EMAIL_HOST": "mail.example.com",
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "user@example.com",
                "EMAIL_HOST_PASSWORD": "p/ss",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        ),
        ("smtps://mail.example.com", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True, "EMAIL_USE_TLS": False}),
        ("submission://mail.example.com", {"EMAIL_PORT": 587, "EMAIL_USE_TLS": True}),
        ("smtp://localhost", {"EMAIL_PORT": 25, "EMAIL_HOST_USER": "", "EMAIL_USE_TLS": False}),
        ("console://", {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
        ("locmem://", {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}),
        (
            "file:///var/mail/jobboard",
            {
                "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "EMAIL_FILE_PATH": "/var/mail/jobboard",
            },
        ),
    ],
)
def test_email_url_is_read(url, expected):
    settings = parse_email_url(url)
    assert {key: settings[key] for key in expected} == expected


@pytest.mark.parametrize("url", ["http://mail.example.com", "smtps://host?tls=1", "mail.example.com"])
def test_bad_email_url_is_refused(url):
    with pytest.raises(ImproperlyConfigured):
        parse_email_url(url)


def _setting(name: str, env: dict[str, str]) -> str:
    code = f"from django.conf import settings; print(settings.{name})"
    result = run_manage("shell", "-c", code, env={"SECRET_KEY": "x", **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_debug_prints_mail_on_the_console_and_production_speaks_smtp():
    assert _setting("EMAIL_BACKEND", {"DEBUG": "1"}).endswith("console.EmailBackend")
    assert _setting("EMAIL_BACKEND", {"DEBUG": "0"}) == SMTP
    assert _setting("EMAIL_BACKEND", {"DEBUG": "1", "EMAIL_HOST": "mail.example.com"}) == SMTP
    assert _setting("EMAIL_PORT", {"DEBUG": "0", "EMAIL_URL": "smtp://mail.example.com:2525"}) == "2525"
