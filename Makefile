# The README's two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/jobboard
SQLITE_URL ?= sqlite:///$(CURDIR)/db.sqlite3

.PHONY: run test lint install install-dev test-sqlite test-postgres bench clean format

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
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	DEBUG=1 DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py migrate --no-input
	DEBUG=1 DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py import_postings fixtures/seeds
	DEBUG=1 DATABASE_URL=$${DATABASE_URL:-$(SQLITE_URL)} $(PY) manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

test: lint test-sqlite test-postgres

test-sqlite: install-dev
	@echo "== tests on SQLite"
	DATABASE_URL=sqlite:///$(CURDIR)/test-db.sqlite3 SECRET_KEY=test-only-not-secret $(PY) -m pytest

test-postgres: install-dev
	@echo "== tests on PostgreSQL ($(or $(DATABASE_URL),$(PG_URL)))"
	@if DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(PY) scripts/pg_available.py; then \
		DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} SECRET_KEY=test-only-not-secret \
			$(PY) -m pytest --create-db; \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is not reachable and CI=true: failing."; exit 1; \
	else \
		echo "PostgreSQL is not reachable: skipping the PostgreSQL pass (set DATABASE_URL or start PostgreSQL)."; \
	fi

bench: install-dev
	$(PY) -m bench

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache test-db.sqlite3
