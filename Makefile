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

.PHONY: help install generate check-generated validate-spec ports test lint demo bench update-spec clean

help:
	@echo "make demo             set up, start the local fake API and run examples/quickstart.py"
	@echo "make test             set up, check generated/ is current, lint, run every test suite"
	@echo "make generate         overlay + validate + regenerate generated/"
	@echo "make check-generated  fail if generated/ differs from a fresh generation"
	@echo "make lint             ruff and mypy --strict"
	@echo "make ports            Go and TypeScript clients from generated/openapi.json compile and read the seeds"
	@echo "make bench            benchmarks (ratios against raw httpx)"
	@echo "make update-spec SPEC=<downloaded file>  replace the upstream contract"

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

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(PATCHED)
	npx --no-install redocly lint --format=summary --config=redocly.yaml $(PATCHED)

# Clients in other languages, generated into a temporary folder: typescript-fetch and
# openapi-typescript (tsc --strict), go (go build, go vet, every seed answer decoded).
# tools/ports/install.sh installs what is missing (Debian packages, PyPI, npm).
ports: $(STAMP)
	tools/ports/install.sh
	$(BIN)/python tools/ports/ports.py

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory generate OUT=$$tmp >/dev/null && \
	diff -r -x __pycache__ $$tmp/openapi.json $(PATCHED) && \
	diff -r -x __pycache__ $$tmp/astra_devops_api $(PACKAGE) && \
	echo "generated/ is up to date"

lint: $(STAMP)
	$(BIN)/ruff check src tests tools benchmarks examples
	$(BIN)/ruff format --check src tests tools benchmarks examples
	$(BIN)/mypy src/astra_devops

test: $(STAMP) check-generated lint
	$(BIN)/python -m pytest -q

demo: $(STAMP)
	$(BIN)/python tools/demo.py examples/quickstart.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

update-spec:
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<downloaded file>"; exit 2; }
	$(BIN)/python tools/update_spec.py "$(SPEC)" $(CONTRACT)
	$(MAKE) --no-print-directory generate

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
