# ghatna: `make run` sets up .venv and ingests the bundled samples; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///ghatna.db

.PHONY: run test lint install install-dev clean translit-model gazetteer

run: $(VENV)/.installed
	$(BIN)/ghatna ingest samples/ --db $(DB)

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install -q -e ".[dev,spark]"
	touch $@

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q
	$(MAKE) lint

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check ghatna tests bench scripts fuzz
	$(BIN)/mypy ghatna

clean:
	rm -rf $(VENV) ghatna.db ghatna.db-wal ghatna.db-shm

# Retrain the romaniser from ../shared NEWS 2012 training names (about 3 minutes on 2 cores).
translit-model: $(VENV)/.installed
	nice $(BIN)/python training/translit_train.py

# Regenerate the big gazetteer tables from the ISO list, CLDR (babel) and pycountry.
gazetteer: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e ".[gazetteer]"
	$(BIN)/python scripts/build_gazetteer.py
