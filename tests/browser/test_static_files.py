"""Static files as production serves them (DEBUG off): collected, fingerprinted and compressed by whitenoise,
sent with long cache headers; pages link the fingerprinted names. No browser needed, so it runs in the
main test passes too."""

import gzip
import importlib.util
import json
import re
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from tests.browser.conftest import ROOT

WHITENOISE_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_production_settings_use_whitenoise_manifest_storage():
    code = "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])"
    env = {"DJANGO_SETTINGS_MODULE": "jobboard.settings", "SECRET_KEY": "x", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == WHITENOISE_STORAGE


@pytest.fixture
def collected(tmp_path):
    """collectstatic into a temporary STATIC_ROOT with the production storage, DEBUG off."""
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": WHITENOISE_STORAGE},
    }
    with override_settings(DEBUG=False, STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield tmp_path


def test_static_files_are_fingerprinted_and_compressed(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    for name in ("css/site.css", "js/search.js", "favicon.svg", "favicon.ico"):
        hashed = manifest[name]
        assert re.search(r"\.[0-9a-f]{12}\.", hashed), hashed
        assert (collected / hashed).exists()
    for name in ("css/site.css", "js/search.js", "favicon.svg"):
        packed = collected / (manifest[name] + ".gz")
        assert (
            packed.exists()
            and gzip.decompress(packed.read_bytes()) == (collected / manifest[name]).read_bytes()
        )


@pytest.mark.django_db
def test_whitenoise_serves_them_compressed_with_long_cache_headers(collected):
    client = Client()  # a fresh handler: whitenoise reads the temporary STATIC_ROOT
    page = client.get("/").content.decode()
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page).group(1)
    assert re.search(r'src="/static/js/search\.[0-9a-f]{12}\.js"', page)
    response = client.get(css, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    # With the brotli package importable (the bench extra's locust brings it), whitenoise also writes .br
    # files and prefers them for clients that take both.
    both = client.get(css, HTTP_ACCEPT_ENCODING="gzip, br").headers["Content-Encoding"]
    assert both == ("br" if importlib.util.find_spec("brotli") else "gzip")
    cache = response.headers["Cache-Control"]
    assert "immutable" in cache and int(re.search(r"max-age=(\d+)", cache).group(1)) >= 365 * 24 * 3600
    assert "Vary" in response.headers and "Accept-Encoding" in response.headers["Vary"]
    icon = client.get("/favicon.ico")
    assert icon.status_code == 302 and re.fullmatch(r"/static/favicon\.[0-9a-f]{12}\.ico", icon["Location"])
    assert client.get(icon["Location"]).status_code == 200
