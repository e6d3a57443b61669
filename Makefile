# The two commands of the README:
#   make run    set up, migrate, add demo content and serve http://127.0.0.1:8000
#               (`make run PORT=8080` serves another port)
#   make test   set up and run the whole test suite (browser tests included)
# and, for servers, `make serve`: the production settings behind gunicorn.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Debian packages the project needs: gettext compiles translations, Voikko
# (libvoikko1, voikko-fi) analyses Finnish words for search, chromium
# runs the browser tests (Playwright drives it; it downloads no browser),
# redis-server lets the cache tests start and stop a Redis of their own.
RUN_PACKAGES := gettext libvoikko1 voikko-fi
TEST_PACKAGES := gettext libvoikko1 voikko-fi chromium redis-server
# wrk drives the load benchmark; the PostgreSQL server's own programs (initdb,
# pg_ctl) give the benchmarks a throwaway cluster of their own.
BENCHMARK_PACKAGES := wrk postgresql
# The port of `make run`'s development server, on loopback.
PORT ?= 8000
# gunicorn's address and worker processes for `make serve`.
BIND ?= 127.0.0.1:8000
WORKERS ?= 4

.PHONY: run test serve worker setup system-packages test-packages benchmark-packages \
	messages lint format clean

# The background worker (help requests' e-mails and hand-overs) runs beside
# the web server and stops with it.
run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py db_worker --backend=background --queue-name='*' & \
	worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# One test process per core (pytest-xdist), each with a database of its own.
test: setup test-packages
	$(BIN)/pytest --numprocesses=auto

# Needs SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL in the environment
# (docs/production.md).
serve: export DJANGO_SETTINGS_MODULE = intranet.settings.production
serve: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/gunicorn intranet.wsgi --bind $(BIND) --workers $(WORKERS)

# The background worker of `make serve`, run as a service of its own.
worker: export DJANGO_SETTINGS_MODULE = intranet.settings.production
worker: setup
	$(BIN)/python manage.py db_worker --backend=background --queue-name='*'

setup: system-packages $(VENV)/.installed messages

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

system-packages:
	@./scripts/install-debian-packages $(RUN_PACKAGES)

test-packages:
	@./scripts/install-debian-packages $(TEST_PACKAGES)

benchmark-packages:
	@./scripts/install-debian-packages $(BENCHMARK_PACKAGES)

messages: $(VENV)/.installed
	$(BIN)/python manage.py compilemessages --ignore=$(VENV) -v0

# Python through ruff, templates through djlint (lint rules in pyproject.toml)
# and djhtml (indentation), the CSS and JavaScript in static/ through Biome
# (rules in biome.jsonc; a warning fails too), and the types of the layers
# other packages call into through mypy (which modules: pyproject.toml).
# .pre-commit-config.yaml runs the same checks.
lint: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	$(BIN)/djhtml --check templates
	node_modules/.bin/biome lint --error-on-warnings
	$(BIN)/mypy

# Biome at the version package-lock.json pins; npm comes with Node.js, which
# Debian's nodejs and npm packages provide where it is missing.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || ./scripts/install-debian-packages nodejs npm
	npm ci --no-audit --no-fund
	touch $@

# djlint's reformatter stays unused: it rewrites whitespace inside text.
# Biome applies only its safe fixes.
format: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates
	node_modules/.bin/biome lint --write

clean:
	rm -rf $(VENV) node_modules db.sqlite3 db.sqlite3-wal db.sqlite3-shm media static_collected
	find locale -name '*.mo' -delete
