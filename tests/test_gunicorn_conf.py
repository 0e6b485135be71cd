"""gunicorn.conf.py: workers from the cores, limits fitting the search form's longest URL, JSON access log."""

import importlib.util
import os

import pytest
from django.test import Client

from tests.factories import make_company, make_role
from tests.test_settings import ROOT

GUNICORN_DEFAULT_LIMIT_REQUEST_LINE = 4094


def load_config(monkeypatch, **env):
    for name in (
        "WEB_CONCURRENCY",
        "GUNICORN_THREADS",
        "GUNICORN_KEEPALIVE",
        "LOG_FORMAT",
        "PORT",
        "HOST",
        "BIND",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_workers_follow_the_cores(monkeypatch):
    config = load_config(monkeypatch)
    cores = len(os.sched_getaffinity(0))
    assert config.workers == 2 * cores + 1 and config.threads == 2 and config.worker_class == "gthread"
    assert load_config(monkeypatch, WEB_CONCURRENCY="3").workers == 3
    assert config.timeout == 30 and config.bind == "127.0.0.1:8000"
    assert config.keepalive == 0 and load_config(monkeypatch, GUNICORN_KEEPALIVE="5").keepalive == 5
    assert load_config(monkeypatch, PORT="8061").bind == "127.0.0.1:8061"


def test_access_log_is_json_unless_plain_is_asked(monkeypatch):
    config = load_config(monkeypatch)
    assert config.accesslog == "-" and "{x-request-id}o" in config.access_log_format
    formatter = config.logconfig_dict["formatters"]["json"]["()"]
    assert formatter == "jobboard.observability.JsonFormatter"
    assert not hasattr(load_config(monkeypatch, LOG_FORMAT="plain"), "logconfig_dict")


@pytest.mark.django_db
def test_the_search_forms_longest_url_fits_the_request_line_limit(monkeypatch):
    from scripts.longest_search_url import longest_request_line

    # More facet values than "Show more" offers (60), with slugs as long as the real corpus's longest
    # (55 characters for a company, tests/data/real).
    for n in range(70):
        company = make_company(
            name=f"Company {n}", slug=f"a-company-with-a-rather-long-name-gmbh-and-co-kg-{n:04d}"
        )
        make_role(
            company=company,
            skills=[f"Skill with a long name {n}"],
            locations=[(f"City {n}", f"{chr(65 + n // 26)}{chr(65 + n % 26)}")],
        )
    line = longest_request_line(Client())
    assert len(line.encode()) > GUNICORN_DEFAULT_LIMIT_REQUEST_LINE  # the default refused it
    assert len(line.encode()) <= load_config(monkeypatch).limit_request_line
