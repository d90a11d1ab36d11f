# Steady Ground: the front door. `make sim` talks to the skill; `make test` sets up and runs every check.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.txt lambda/requirements.txt | sha1sum | cut -c1-12)

.PHONY: setup sim test test-fast test-slow lint typecheck bench clean

setup: $(STAMP)

$(STAMP): requirements-dev.txt lambda/requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

## Talk to the skill by typing, on an embedded DynamoDB (moto's server on a free loopback port).
sim: setup
	$(BIN)/python tools/simulator.py $(ARGS)

## Everything CI runs: lint, types, infrastructure checks and the whole test suite.
test: setup lint typecheck
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -x -q

## The long property-based run (many more hypothesis examples).
test-slow: setup
	SG_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest -m slow -q

lint: setup
	$(BIN)/ruff check lambda tests tools

typecheck: setup
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
