# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= trucewatch.db
OUTLINES := src/trucewatch/web/static/countries-110m.json

.PHONY: run test install install-test browser bench bench-api screenshot serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A stamp per install flavour, remade when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python $(OUTLINES)
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python $(OUTLINES)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

# Country outlines for the offline map: Natural Earth 1:110m from npm's world-atlas (public domain), not committed.
# Without npm the map still works, with a graticule and no outlines.
$(OUTLINES):
	-cd $(dir $@) && npm pack --silent world-atlas@2.0.2 >/dev/null 2>&1 && \
	  tar -xzf world-atlas-2.0.2.tgz package/countries-110m.json && mv package/countries-110m.json . && \
	  rm -rf package world-atlas-2.0.2.tgz

# Debian's Chromium for the end-to-end test of the page (Playwright drives it; no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	  apt-get install -y -qq chromium >/dev/null; } || echo "chromium not installed: the page's browser test will skip"

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/trucewatch ingest --db $(DB) examples/
	$(BIN)/trucewatch events --db $(DB)
	$(BIN)/trucewatch ceasefires --db $(DB)

test: install-test browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

screenshot: install-test browser
	TRUCEWATCH_SCREENSHOT=$(CURDIR)/docs/screenshot.png $(BIN)/python -m pytest -q tests/test_page.py -k screenshot

serve: install
	$(BIN)/trucewatch serve --db $(DB)

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-api: install
	$(BIN)/python benchmarks/api.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache build src/*.egg-info
