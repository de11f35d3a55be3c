# Two entry points for a fresh machine: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench setup

$(BIN)/nutgraf: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[all,dev]"
	touch $@

setup: $(BIN)/nutgraf

# The reader at http://127.0.0.1:8000/ on the embedded SQLite store (HOST=0.0.0.0 PORT=... to change).
HOST ?= 127.0.0.1
PORT ?= 8000
run: setup
	$(BIN)/nutgraf serve --host $(HOST) --port $(PORT)

test: setup
	bash scripts/test-services.sh
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
