"""The cache backend from settings (memory, or Redis with REDIS_URL) and facet counts cached briefly."""

import shutil
import socket
import subprocess
import sys
import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.factories import make_role
from tests.test_settings import ROOT


def cache_backend(env: dict) -> str:
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "jobboard.settings", "SECRET_KEY": "x"} | env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_cache_is_local_memory_unless_redis_url_is_set():
    assert cache_backend({}) == "django.core.cache.backends.locmem.LocMemCache"
    assert (
        cache_backend({"REDIS_URL": "redis://cache:6379/0"}) == "django.core.cache.backends.redis.RedisCache"
    )


@pytest.fixture
def redis_url():
    """A Redis server of this test's own on a free port (skipped without redis-server)."""
    if not shutil.which("redis-server"):
        pytest.skip("no redis-server")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(50):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def count_facet_queries(monkeypatch) -> list:
    from postings import facets

    calls, real = [], facets.facet_counts

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(facets, "facet_counts", counting)
    return calls


def search_twice(client, monkeypatch) -> tuple[list, str, str]:
    make_role(title="Rust Engineer", work_mode="remote")
    calls = count_facet_queries(monkeypatch)
    first = client.get("/?work_mode=remote&sort=newest").content.decode()
    # Another page or order of the same search counts the same roles: the cached counts serve it.
    second = client.get("/?sort=pay&work_mode=remote&page=1").content.decode()
    return calls, first, second


@pytest.mark.django_db
def test_facet_counts_are_cached_per_search(client, settings, monkeypatch):
    settings.FACET_CACHE_SECONDS = 60
    caches["default"].clear()
    calls, first, second = search_twice(client, monkeypatch)
    assert len(calls) == 1
    assert 'id="facet-work_mode"' in second
    client.get("/?work_mode=hybrid")
    client.get("/?work_mode=remote&more=skill")  # "Show more" counts more values: another entry
    assert len(calls) == 3


@pytest.mark.django_db
def test_facet_counts_are_not_cached_when_turned_off(client, settings, monkeypatch):
    settings.FACET_CACHE_SECONDS = 0
    calls, _, _ = search_twice(client, monkeypatch)
    assert len(calls) == 2


@pytest.mark.django_db
def test_facet_counts_are_shared_through_redis(client, settings, monkeypatch, redis_url):
    settings.FACET_CACHE_SECONDS = 60
    redis = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
    with override_settings(CACHES=redis):
        caches["default"].clear()
        calls, first, second = search_twice(client, monkeypatch)
        assert len(calls) == 1
        assert "Rust Engineer" in second
    import redis

    assert any(b"facets:" in key for key in redis.Redis.from_url(redis_url).scan_iter())
