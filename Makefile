# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := DEBUG=1 $(BIN)/python manage.py

PORT ?= 8000

.PHONY: run serve test loadtest bench install assets lint clean

run: install assets
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production-like, on this machine: DEBUG off, static files collected and served by
# WhiteNoise, gunicorn with gunicorn.conf.py. Plain HTTP on loopback, so secure cookies
# and the HTTPS redirect are off here; a real deployment leaves them on (docs/deploy.md).
SERVE_ENV := SECRET_KEY="$${SECRET_KEY:-local-serve-only-not-for-production}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" SECURE_COOKIES=0 \
	SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 DEBUG=0

serve: install assets
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput -v 0
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/python manage.py load_demo
	$(SERVE_ENV) GUNICORN_BIND=127.0.0.1:$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py

# 60 s of mixed traffic at 50 connections against gunicorn, restarting a throwaway
# PostgreSQL cluster in the middle; writes its figures to docs/deploy.md.
loadtest: install assets
	$(BIN)/python -m tests.loadtest $(LOADTEST_ARGS)

test: install assets
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Every page under load on generated data, against the floor; writes docs/performance.md.
# Needs PostgreSQL, Redis and wrk (apt-get install -y wrk); takes about half an hour.
bench: install assets
	$(BIN)/python docs/benchmarks/bench.py

install: $(VENV)/.installed node_modules/.installed

assets: static/build/site.css

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

static/build/site.css: node_modules/.installed $(wildcard static/scss/*.scss)
	npm run build

clean:
	rm -rf $(VENV) node_modules static/build staticfiles
