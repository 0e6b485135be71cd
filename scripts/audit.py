"""`make audit`: Lighthouse on the search, role and company pages of a production-like server.

A temporary SQLite database gets the seeds; static files are collected (fingerprinted and compressed by
whitenoise) and gunicorn serves the site with DEBUG off on 127.0.0.1. Lighthouse (npm, from
package-lock.json) drives /usr/bin/chromium offline with the desktop preset. The four category scores are
printed for each page; the exit status is 1 when a goal is missed (accessibility 100, the others 95).
"""

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (our own server)
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def lighthouse(url: str, out: Path) -> dict[str, int]:
    command = [
        "npx", "--no-install", "lighthouse", url, f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}", "--preset=desktop", "--output=json",
        f"--output-path={out}", "--quiet",
    ]  # fmt: skip
    subprocess.run(command, cwd=ROOT, env={**os.environ, "CHROME_PATH": CHROME}, check=True, timeout=180)
    report = json.loads(out.read_text())
    failing = [
        f"    {audit['id']}: {audit['title']}"
        for audit in report["audits"].values()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"
    ]
    if failing:
        print(f"  audits that cost points on {url}:\n" + "\n".join(failing))
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="jobboard-audit-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/audit.sqlite3",
            "SECRET_KEY": "audit-only-not-secret",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "WARNING",
        }
        manage = [PY, "manage.py"]
        for args in (["migrate", "--no-input", "-v0"], ["import_postings", "fixtures/seeds"],
                     ["collectstatic", "--no-input", "-v0"]):  # fmt: skip
            subprocess.run(manage + args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen(
            [
                PY,
                "-m",
                "gunicorn",
                "jobboard.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "2",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            home = wait_for(base + "/")
            role = re.search(r'href="(/roles/[^"/]+/)"', home).group(1)
            company = re.search(r'href="(/companies/[^"/]+/)"', home).group(1)
            # The bare search page: searches with a query or filters are noindex on purpose.
            pages = {"search": "/", "role": role, "company": company}
            missed = []
            print(f"{'page':<10}" + "".join(f"{c:>16}" for c in CATEGORIES))
            for name, path in pages.items():
                scores = lighthouse(base + path, Path(tmp) / f"{name}.json")
                print(f"{name:<10}" + "".join(f"{scores[c]:>16}" for c in CATEGORIES), flush=True)
                missed += [f"{name} {c} {scores[c]} < {GOALS[c]}" for c in CATEGORIES if scores[c] < GOALS[c]]
        finally:
            server.terminate()
            server.wait(timeout=10)
    if missed:
        print("Goals missed: " + "; ".join(missed))
        return 1
    print("All goals met: accessibility 100, performance, best practices and SEO at least 95.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
