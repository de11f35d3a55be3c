# Two entry points for a fresh machine: `make run` and `make test`. Both build .venv on first use:
# `run` installs nutgraf alone; `test` adds every extra (PostgreSQL driver, Parquet, Ray, torch 2.13, pinned)
# and the test tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint setup setup-dev

$(BIN)/pip:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/pip
	$(BIN)/pip install --quiet -e ".[all,dev]"
	touch $@ $(VENV)/.installed

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

# The reader at http://127.0.0.1:8000/ on the embedded SQLite store (HOST=0.0.0.0 PORT=... to change).
HOST ?= 127.0.0.1
PORT ?= 8000
run: setup
	$(BIN)/nutgraf serve --host $(HOST) --port $(PORT)

test: setup-dev
	bash scripts/test-services.sh
	$(BIN)/python -m pytest

lint: setup-dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
