SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONTRACT := openapi/astra-devops-api.yaml
OVERLAY := overlay/astra-devops.overlay.yaml
PATCHED := generated/openapi.json
PACKAGE := generated/astra_devops_api
STAMP := $(VENV)/.installed

.PHONY: help install generate check-generated validate-spec test lint lint-workflows demo bench bench-readme update-spec clean

help:
	@echo "make demo             set up, start the local fake API and run examples/quickstart.py"
	@echo "make test             set up, check generated/ is current, lint, run every test suite"
	@echo "make generate         overlay + validate + regenerate generated/"
	@echo "make check-generated  fail if generated/ differs from a fresh generation"
	@echo "make lint             ruff, mypy --strict and the GitHub workflow checks"
	@echo "make bench            benchmarks (ratios against raw httpx), results in .bench/"
	@echo "make bench-readme     write the README's benchmark table from .bench/latest.json"
	@echo "make update-spec [SPEC=<file or URL>]  follow a new vendor document (default: VENDOR_SPEC_URL)"

install: $(STAMP)

$(STAMP): pyproject.toml package.json package-lock.json
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

# Overlay, validate, generate. OUT lets check-generated build a copy elsewhere.
OUT ?= generated
generate: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/python tools/apply_overlay.py $(CONTRACT) $(OVERLAY) -o $(OUT)/openapi.json
	$(MAKE) --no-print-directory validate-spec PATCHED=$(OUT)/openapi.json
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python tools/generate.py $(OUT)/openapi.json $(OUT)/astra_devops_api
	$(if $(filter generated,$(OUT)),$(BIN)/python tools/generate_operations.py)

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(PATCHED)
	npx --no-install redocly lint --format=summary --config=redocly.yaml $(PATCHED)

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory generate OUT=$$tmp >/dev/null && \
	diff -r -x __pycache__ $$tmp/openapi.json $(PATCHED) && \
	diff -r -x __pycache__ $$tmp/astra_devops_api $(PACKAGE) && \
	echo "generated/ is up to date"

lint: $(STAMP) lint-workflows
	$(BIN)/ruff check src tests tools benchmarks examples
	$(BIN)/ruff format --check src tests tools benchmarks examples
	$(BIN)/mypy src/astra_devops

test: $(STAMP) check-generated lint
	$(BIN)/python -m pytest -q

demo: $(STAMP)
	$(BIN)/python tools/demo.py examples/quickstart.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

bench-readme: $(STAMP)
	$(BIN)/python benchmarks/readme_table.py

lint-workflows: $(STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline --no-progress .github/workflows

# Transactional: openapi/, generated/, the recorded vendor document and CHANGELOG.md change
# only when the overlay applies, the result validates and generation succeeds.
VENDOR_SPEC_URL := https://docs.datastax.com/en/astra-api-docs/_attachments/devops-api/index.html
SPEC ?= $(VENDOR_SPEC_URL)
REPORT ?= build/api-change-report.md
update-spec: $(STAMP)
	$(BIN)/python tools/update_spec.py "$(SPEC)" --report "$(REPORT)"

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
