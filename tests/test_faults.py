"""Database faults: a query past its time or a database that is gone answers 503 with Retry-After, one log
line a failure, and the site recovers by itself when the database returns (issue 17, part 2)."""

import contextlib
import io
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import OperationalError, connection
from django.test import Client, override_settings

from tests.test_settings import ROOT

postgres_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="needs PostgreSQL"
)


@pytest.fixture
def log_lines():
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "console")
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield lambda: [line for line in stream.getvalue().splitlines() if line]
    handler.setStream(old)


def lost_connection(*args, **kwargs):
    raise OperationalError(
        "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"
    )


@pytest.mark.django_db
def test_a_database_fault_in_a_view_is_a_friendly_503_on_one_log_line(client, monkeypatch, log_lines):
    monkeypatch.setattr("postings.views.search.cached_facet_counts", lost_connection)
    response = client.get("/?q=rust")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Back in a moment" in response.content.decode()
    lines = log_lines()
    assert len(lines) == 1, lines
    assert not any("Traceback" in line for line in lines)
    (failure,) = [line for line in lines if "database unavailable" in line]
    assert "GET /" in failure and "server closed the connection unexpectedly" in failure
    assert '"level": "ERROR"' in failure and response["X-Request-ID"] in failure


class FailingMiddleware:
    """Fails the way a middleware's query fails while the database is down."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lost_connection()


@pytest.mark.django_db
def test_a_database_fault_outside_a_view_is_a_503_too(settings, log_lines):
    with override_settings(MIDDLEWARE=[*settings.MIDDLEWARE, "tests.test_faults.FailingMiddleware"]):
        response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert not any("Traceback" in line for line in log_lines())


@pytest.mark.django_db
def test_other_errors_stay_500s(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("postings.views.search.cached_facet_counts", broken)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    assert "Retry-After" not in response


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_query_past_the_statement_timeout_gets_the_503(client, monkeypatch, settings):
    from jobboard.faults import _set_web_statement_timeout, bound_web_queries

    settings.DATABASE_STATEMENT_TIMEOUT = "200ms"
    bound_web_queries()
    try:
        connection.close()  # the next connection is a web one, bounded
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "200ms"

        def slow(*args, **kwargs):
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_sleep(2)")

        monkeypatch.setattr("postings.views.search.cached_facet_counts", slow)
        started = time.monotonic()
        response = client.get("/")
        assert response.status_code == 503 and response["Retry-After"] == "30"
        assert time.monotonic() - started < 1.5
    finally:
        from django.db.backends.signals import connection_created

        connection_created.disconnect(
            _set_web_statement_timeout, dispatch_uid="jobboard-web-statement-timeout"
        )
        connection.close()


def test_connect_timeout_comes_from_the_settings():
    code = (
        "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS']['connect_timeout'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "jobboard.settings",
            "SECRET_KEY": "x",
            "DATABASE_URL": "postgres://u@db.example:5432/jobs",
            "DATABASE_CONNECT_TIMEOUT": "3",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "3", result.stderr


class TcpProxy:
    """A TCP relay in front of PostgreSQL that the test can cut (every connection dropped, new ones refused)
    and restore: a database outage without touching the shared server."""

    def __init__(self, target: tuple[str, int]):
        self.target, self.port, self.sockets, self.listener = target, None, [], None

    def start(self) -> None:
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port or 0))
        self.port = self.listener.getsockname()[1]
        self.listener.listen(32)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def stop(self) -> None:
        # shutdown wakes the thread blocked in accept(); close alone would leave it accepting.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets = []

    def _accept(self, listener) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_an_outage_is_503s_and_the_first_request_after_it_succeeds():
    db = connection.settings_dict
    proxy = TcpProxy((db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)))
    proxy.start()
    port = free_port()
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "jobboard.settings_test",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "DEBUG": "0",
        "SECRET_KEY": "outage-test-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "WEB_CONCURRENCY": "1",
        "PORT": str(port),
        "DATABASE_CONNECT_TIMEOUT": "2",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "jobboard.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        assert get(f"{base}/")[0] == 200
        assert get(f"{base}/readyz")[0] == 200

        proxy.stop()  # the database is gone: open connections cut, new ones refused
        outage = [get(f"{base}/?q=rust") for _ in range(5)]
        assert [status for status, _, _ in outage] == [503] * 5
        assert all(headers["Retry-After"] == "30" for _, headers, _ in outage)
        assert "Back in a moment" in outage[0][2]
        status, _, body = get(f"{base}/readyz")
        assert status == 503 and '"database": "unavailable' in body

        proxy.start()  # back, on the same address: no restart of the app
        assert get(f"{base}/?q=rust")[0] == 200
        assert get(f"{base}/readyz")[0] == 200

        # A restart between two requests (every open connection dead, the server back at once): the
        # persistent connections are checked before reuse, so no request fails.
        proxy.stop()
        proxy.start()
        assert [get(f"{base}/?q=rust")[0] for _ in range(4)] == [200] * 4
    finally:
        server.terminate()
        log = server.communicate(timeout=30)[0]
        proxy.stop()
    assert "Traceback" not in log
    # One line a failed request (beside gunicorn's access line), naming it.
    for _, headers, _ in outage:
        lines = [line for line in log.splitlines() if headers["X-Request-ID"] in line]
        (failure,) = [line for line in lines if '"gunicorn.access"' not in line]
        assert '"logger": "jobboard.faults"' in failure and "database unavailable: GET /" in failure
