"""Production settings: CSP and other headers, proxy trust, the admin's path, login throttling, health
checks, request ids and JSON logs, client errors as warnings (issue 17, part 1)."""

import io
import json
import logging
import re
import subprocess
import sys

import pytest
from django.test import override_settings

from tests.factories import import_seeds
from tests.test_settings import ROOT, run_manage

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "jobs.example.com",
}


def setting(name: str, env: dict) -> str:
    """A setting's repr as the production settings compute it from `env` (a fresh process)."""
    code = f"import django; django.setup(); from django.conf import settings; print(repr(settings.{name}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "jobboard.settings", "PATH": "/usr/bin:/bin"} | PRODUCTION | env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def log_lines():
    """What the console handler writes (the configured formatter and filters), one entry a line."""
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "console")
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield lambda: [line for line in stream.getvalue().splitlines() if line]
    handler.setStream(old)


def page_urls() -> list[str]:
    """One URL of every page type, the seeds imported."""
    from postings.models import Company, Role

    role = Role.objects.visible().order_by("pk").first()
    return [
        "/",
        "/?q=rust&work_mode=remote&sort=pay",
        role.get_absolute_url(),
        f"{role.get_absolute_url()}sources/{role.sources.first().pk}/",
        Company.objects.order_by("pk").first().get_absolute_url(),
        "/no-such-page/",
    ]


# -- Content-Security-Policy and headers -----------------------------------------------------------


@pytest.mark.django_db
def test_pages_send_a_csp_without_unsafe_inline(client):
    import_seeds()
    for url in page_urls():
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy, url
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_pages_hold_no_inline_script_or_style(client):
    # The policy would block them: only static files and JSON-LD data blocks (never executed) are allowed.
    import_seeds()
    for url in page_urls():
        body = client.get(url).content.decode()
        scripts = re.findall(r"<script\b([^>]*)>", body)
        assert all("src=" in attrs or 'type="application/ld+json"' in attrs for attrs in scripts), url
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", body), url


def test_proxy_header_is_trusted_only_when_a_proxy_is_declared():
    assert setting("SECURE_PROXY_SSL_HEADER", {}) == "None"
    assert setting("SECURE_PROXY_SSL_HEADER", {"BEHIND_PROXY": "1"}) == "('HTTP_X_FORWARDED_PROTO', 'https')"


@override_settings(SECURE_PROXY_SSL_HEADER=None, SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["testserver"])
def test_a_client_cannot_claim_https_without_a_proxy(client):
    response = client.get("/robots.txt", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_hsts_and_secure_cookies_in_production():
    assert setting("SECURE_HSTS_SECONDS", {}) == "31536000"
    assert setting("SESSION_COOKIE_SECURE", {}) == "True"
    assert setting("CSRF_COOKIE_SECURE", {}) == "True"


def test_check_deploy_is_clean_behind_a_proxy_with_a_secret_admin_path():
    env = PRODUCTION | {
        "BEHIND_PROXY": "1",
        "ADMIN_PATH": "staff-only-7f3a",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


# -- The admin: its path, no public link to it, login throttling -----------------------------------


def test_admin_path_comes_from_the_setting():
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    env = PRODUCTION | {"ADMIN_PATH": "/staff-only-7f3a/", "DJANGO_SETTINGS_MODULE": "jobboard.settings"}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin"} | env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "/staff-only-7f3a/", result.stderr


@pytest.mark.django_db
def test_public_pages_do_not_link_to_the_admin(client, django_user_model):
    assert "/admin/" not in client.get("/").content.decode()
    staff = django_user_model.objects.create_superuser("boss", "b@example.com", "pw-for-tests-only")
    client.force_login(staff)
    assert 'href="/admin/"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_logins_are_throttled_per_address(client, django_user_model, settings):
    django_user_model.objects.create_superuser("boss", "b@example.com", "right-password-123")
    login = "/admin/login/?next=/admin/"
    for attempt in range(1, settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(login, {"username": "boss", "password": "wrong"})
        # The form again with its error, until the last allowed failure locks the address.
        assert response.status_code == (429 if attempt == settings.AXES_FAILURE_LIMIT else 200)
    # Locked out: even the right password is refused now, from this address.
    response = client.post(login, {"username": "boss", "password": "right-password-123"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another address is not.
    other = client.post(
        login, {"username": "boss", "password": "right-password-123"}, REMOTE_ADDR="192.0.2.9"
    )
    assert other.status_code == 302


@override_settings(BEHIND_PROXY=True)
def test_behind_a_proxy_the_address_is_the_one_the_proxy_appended(rf):
    from jobboard.security import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.2")
    assert client_ip(request) == "203.0.113.7"
    with override_settings(BEHIND_PROXY=False):
        assert client_ip(request) == "10.0.0.2"


# -- Health checks -----------------------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(ALLOWED_HOSTS=["jobs.example.com"], SECURE_SSL_REDIRECT=True)
def test_health_checks_answer_json_by_address_over_http(client):
    # A load balancer asks by address over plain HTTP: no DisallowedHost, no redirect to HTTPS.
    health = client.get("/healthz", HTTP_HOST="10.1.2.3")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    ready = client.get("/readyz", HTTP_HOST="10.1.2.3")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "database": "ok", "migrations": "ok"}
    assert ready["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_reports_unapplied_migrations(client, monkeypatch):
    from jobboard import health

    monkeypatch.setattr(health, "_migrations_applied", False)
    monkeypatch.setattr(health, "_pending_migrations", lambda: 2)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "migrations": "2 unapplied"}


@pytest.mark.django_db
def test_pending_migrations_are_counted_from_the_database(monkeypatch):
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    from jobboard import health

    assert health._pending_migrations() == 0
    last = MigrationRecorder(connection).migration_qs.filter(app="postings").order_by("-id").first()
    last.delete()
    assert health._pending_migrations() == 1


# -- Request ids and logs ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_response_carries_a_request_id(client):
    first, second = client.get("/robots.txt"), client.get("/robots.txt")
    assert re.fullmatch(r"[0-9a-f]{32}", first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "incoming, kept",
    [
        ("3f9c2a7e-1b2d-4c5e-8f90-123456789abc", True),
        ("Root=1-67891233-abcdef012345678912345678", True),
        ("short", False),
        ("has spaces in it ok", False),
        ('inject"},"level":"ERROR', False),
        ("x" * 129, False),
    ],
)
def test_a_sane_incoming_request_id_is_kept(client, incoming, kept):
    response = client.get("/robots.txt", headers={"X-Request-ID": incoming})
    assert (response["X-Request-ID"] == incoming) is kept
    assert re.fullmatch(r"[A-Za-z0-9._:@/+=-]{8,128}", response["X-Request-ID"])


@pytest.mark.django_db
def test_too_many_fields_is_a_warning_in_json_with_the_request_id(client, log_lines):
    query = "&".join(f"f{i}=1" for i in range(1500))
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    (entry,) = [json.loads(line) for line in log_lines() if "TooManyFields" in line]
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "django.security.TooManyFieldsSent"
    assert entry["request_id"] == response["X-Request-ID"]
    assert not any('"level": "ERROR"' in line for line in log_lines())
    assert "exception" not in entry  # no traceback for a client's mistake


def test_json_formatter_reads_gunicorns_access_record():
    from jobboard.observability import JsonFormatter

    atoms = {"h": "203.0.113.7", "m": "GET", "U": "/", "q": "q=rust", "s": "200", "B": 512, "f": "-"}
    atoms |= {"a": "curl", "D": 12345, "{x-request-id}o": "abc123abc123", "r": "GET /?q=rust HTTP/1.1"}
    record = logging.LogRecord("gunicorn.access", logging.INFO, "", 0, '%(h)s "%(r)s" %(s)s', (), None)
    record.args = atoms
    entry = json.loads(JsonFormatter().format(record))
    assert entry["request_id"] == "abc123abc123" and entry["status"] == "200"
    assert entry["duration_ms"] == 12.3 and entry["query"] == "q=rust"
    assert entry["message"] == '203.0.113.7 "GET /?q=rust HTTP/1.1" 200'
