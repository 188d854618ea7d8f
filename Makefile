# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := DEBUG=1 $(BIN)/python manage.py

.PHONY: run test install assets lint clean bench

run: install assets
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) runserver 127.0.0.1:8000

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
