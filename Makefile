# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit thorough bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/figures seeds/000_06cab5962894b8ac.txt

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy --strict src tests/typing

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck unit

thorough: $(STAMP)
	HYPOTHESIS_PROFILE=thorough $(BIN)/python -m pytest -q tests

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/recognizers_currency.py
	$(BIN)/python benchmarks/price_parser_cases.py
	$(BIN)/python benchmarks/footnotes.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/adversarial.py --runs 1

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
