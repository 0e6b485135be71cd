# The README's two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/jobboard
SQLITE_URL ?= sqlite:///$(CURDIR)/db.sqlite3

.PHONY: run serve test lint install install-dev test-sqlite test-postgres test-browser browser-deps audit bench bench-peer bench-load bench-fault clean format

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "jobboard needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev,bench,queue]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	DEBUG=1 DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py migrate --no-input
	DEBUG=1 DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py import_postings fixtures/seeds
	EMAIL_BACKEND=$${EMAIL_BACKEND:-django.core.mail.backends.console.EmailBackend} DEBUG=1 DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py runserver $(HOST):$(PORT)

# Production-like: DEBUG off, gunicorn with gunicorn.conf.py. Needs SECRET_KEY and ALLOWED_HOSTS (and, on
# plain HTTP, SECURE_SSL_REDIRECT=0); static files are collected first.
serve: install
	DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py collectstatic --no-input -v 0
	DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py migrate --no-input -v 0
	DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} HOST=$(HOST) PORT=$(PORT) \
		$(VENV)/bin/gunicorn -c gunicorn.conf.py jobboard.wsgi

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

test: lint test-sqlite test-browser test-postgres

test-sqlite: install-dev
	@echo "== tests on SQLite"
	DATABASE_URL=sqlite:///$(CURDIR)/test-db.sqlite3 SECRET_KEY=test-only-not-secret $(PY) -m pytest -m "not browser"

test-postgres: install-dev
	@echo "== tests on PostgreSQL ($(or $(DATABASE_URL),$(PG_URL)))"
	@if DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(PY) scripts/pg_available.py; then \
		DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} SECRET_KEY=test-only-not-secret \
			$(PY) -m pytest --create-db -m "not browser"; \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is not reachable and CI=true: failing."; exit 1; \
	else \
		echo "PostgreSQL is not reachable: skipping the PostgreSQL pass (set DATABASE_URL or start PostgreSQL)."; \
	fi

# What the browser tests need besides the dev extra: Debian's Chromium and Java (installed when missing and
# running as root), and the Nu HTML checker and Lighthouse from package-lock.json. Browsers are never
# downloaded by Playwright or Puppeteer here; they use /usr/bin/chromium.
CHROMIUM ?= /usr/bin/chromium
browser-deps: install-dev node_modules/.installed
	@missing=""; [ -x $(CHROMIUM) ] || missing="chromium"; command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then echo "== installing$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else echo "Missing$$missing and not root: the browser tests will say so (and fail under CI=true)."; fi; \
	fi

node_modules/.installed: package.json package-lock.json
	@if ! command -v npm >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; fi
	@if command -v npm >/dev/null; then \
		PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch $@; \
	else echo "npm is missing: the HTML checker test will say so (and fail under CI=true)."; fi

test-browser: browser-deps
	@echo "== browser tests on SQLite (Chromium at $(CHROMIUM))"
	DATABASE_URL=sqlite:///$(CURDIR)/test-db-browser.sqlite3 SECRET_KEY=test-only-not-secret \
		CHROMIUM=$(CHROMIUM) $(PY) -m pytest -m browser

# Lighthouse on the search, role and company pages of a production-like server with the seeds.
audit: browser-deps
	CHROME_PATH=$(CHROMIUM) $(PY) scripts/audit.py

bench: install-dev
	$(PY) -m bench $(BENCH_ARGS)

# jobboard (gunicorn, one worker) beside Datasette on the bench's SQLite roles, interleaved over HTTP.
bench-peer: install-dev
	$(PY) -m bench.peer $(BENCH_ARGS)

# Mixed traffic from 20 locust clients for 60 s against gunicorn (gunicorn.conf.py, production settings) on
# the bench's PostgreSQL roles (BENCH_ROLES, default 100,000); the result is added to docs/benchmarks.md.
bench-load: install-dev
	$(PY) -m bench.traffic $(BENCH_ARGS)

# The same load with PostgreSQL stopped for 10 s in the middle (pg_ctlcluster; BENCH_PG_CLUSTER="15 main").
bench-fault: install-dev
	$(PY) -m bench.traffic --fault $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache test-db.sqlite3 test-db-browser.sqlite3* node_modules
