# The two commands a newcomer needs: `make serve` and `make test`. Each sets up .venv itself:
# `make serve` with what building and serving need, `make test` with the test tools as well.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# npm writes this file on every install: the browser tests' axe-core and html-validate.
NODE := node_modules/.package-lock.json

.PHONY: setup build serve check test bench clean

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) with what building and serving need (first run only)"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip
	@$(PIP) -e .
	@touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	@echo "Adding the test tools to $(VENV) (pytest, playwright, hypothesis, workflow linters)"
	@$(PIP) -e ".[test]"
	@touch $(TEST_STAMP)

$(NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE)

setup: $(STAMP)

build: $(STAMP)
	$(PY) build.py build

serve: $(STAMP)
	$(PY) build.py serve

check: $(STAMP)
	$(PY) build.py check

test: $(TEST_STAMP) $(NODE)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf site .cache
