"""The W3C Nu HTML checker (npm `vnu-jar`, run with Java) finds no error on any page type.

`make test-browser` installs it with `npm ci` (package.json / package-lock.json) and Java when missing.
"""

import json
import shutil
import subprocess
import urllib.request

import pytest

from tests.browser.conftest import ROOT, unavailable
from tests.browser.test_accessibility import page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def fetch(address: str) -> str:
    try:
        with urllib.request.urlopen(address) as response:  # noqa: S310 (the live test server)
            return response.read().decode()
    except urllib.error.HTTPError as error:  # the 404 page is a page too
        return error.read().decode()


def test_every_page_type_is_valid_html(live_server, catalogue, tmp_path):
    java = shutil.which("java")
    if not java:
        unavailable("no Java to run the Nu HTML checker (apt-get install default-jre-headless)")
    if not VNU.exists():
        unavailable(f"no {VNU.relative_to(ROOT)} (run `npm ci`)")
    files = {}
    for index, (name, path) in enumerate(page_types(catalogue).items()):
        target = tmp_path / f"page-{index}.html"
        target.write_text(fetch(f"{live_server.url}{path}"))
        files[str(target)] = f"{name} ({path})"
    done = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(done.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'))} line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert errors == [], "\n".join(errors)
    assert done.returncode == 0
