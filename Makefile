# Steady Ground: the front door. `make sim` talks to the skill; `make test` sets up and runs every check.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.txt lambda/requirements.txt | sha1sum | cut -c1-12)

.PHONY: models bench-safety-locales
.PHONY: setup sim test test-fast test-slow lint typecheck bench bench-nlu bench-safety bench-storage clean
.PHONY: build skill-package cfn-lint checkov infra-checks

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

## The other markets' interaction models (en-GB, en-CA, en-AU, en-IN), generated from en-US.json and
## interaction_models/locales/<locale>.json: run after changing en-US.json (a test fails until you do).
## Also grows en-US.json from interaction_models/sources/carriers.json (core phrases x carriers).
models: setup
	$(BIN)/python tools/gen_models.py

## Everything CI runs: lint, types, infrastructure checks and the whole test suite.
test: setup lint typecheck infra-checks build
	$(BIN)/python -m pytest -n auto

test-fast: setup
	$(BIN)/python -m pytest -x -q

## The long property-based run (many more hypothesis examples).
test-slow: setup
	SG_FUZZ_EXAMPLES=$${SG_FUZZ_EXAMPLES:-20000} $(BIN)/python -m pytest -m slow -q

## Cold start, turn latency, DynamoDB calls, memory and the zip, against the stack's floor (bench/run.py).
bench: setup build
	$(BIN)/python bench/run.py $(ARGS)

## How well people are understood: the labelled corpus through the literal and the generalising NLU
## (tuning and held-out parts). ARGS=--show lists every miss.
bench-nlu: setup
	$(BIN)/python bench/nlu.py $(ARGS)

## One person with 2,000 notes against moto's server: queries and latency per turn type (bench/storage_scale.py).
bench-storage: setup
	$(BIN)/python bench/storage_scale.py $(ARGS)

## The safety screen on its corpus: recall and false positives per class (held-out, then tuning), tiers,
## CPU time on four 1,000-character answers, cold import (bench/safety.py; ARGS=--misses lists tuning misses, --speed only speed).
bench-safety: setup
	$(BIN)/python bench/safety.py $(ARGS)

## The safety screen per market: recall on local phrasings and idioms (tests/corpora/safety/locales.tsv).
bench-safety-locales: setup
	$(BIN)/python bench/safety_locales.py $(ARGS)

lint: setup
	$(BIN)/ruff check lambda tests tools bench infra

typecheck: setup
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# -- deployment (issue 6): infra/DEPLOY.md walks through it -------------------------------------------
CHECKOV_VENV := .venv-checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed-$(shell sha1sum requirements-checkov.txt | cut -c1-12)

## The deployable Lambda zip (python3.13, arm64, boto3 left out): dist/steady-ground.zip.
build: setup
	$(BIN)/python infra/build_artifact.py

## The ask-cli v2 skill package: build/ask-project/ (set SKILL_ENDPOINT_ARN, PRIVACY_POLICY_URL,
## TERMS_OF_USE_URL and SKILL_ID, see infra/DEPLOY.md).
skill-package: setup
	$(BIN)/python infra/build_skill_package.py

## The template's static checks: cfn-lint with informational rules, then checkov (no failed check;
## its skips are in template.yaml with their reasons).
infra-checks: cfn-lint checkov

cfn-lint: setup
	$(BIN)/cfn-lint -c I -- template.yaml

# checkov has its own virtualenv: its pins clash with moto's.
$(CHECKOV_STAMP): requirements-checkov.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-checkov.txt
	rm -f $(CHECKOV_VENV)/.installed-*
	touch $@

checkov: $(CHECKOV_STAMP)
	$(CHECKOV_VENV)/bin/checkov --file template.yaml --framework cloudformation --skip-download --compact
