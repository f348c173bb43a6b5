# Two entry points (README): `make demo` and `make test`. Both set up .venv from pyproject.toml first.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint unit install browser bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire demo

browser:
	bash scripts/ensure-chromium.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: $(STAMP) browser lint unit

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py ../shared/eval/polnear/train/text --limit 200

clean:
	rm -rf $(VENV) build *.egg-info demo.db
