# Two entry points: `make demo` and `make test`. Both create .venv on first use.
# `make demo` installs the package alone (its runtime dependencies); `make test` adds the
# test, lint, docs and distributed tools; `make docs` builds the website into site/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
FULL := $(VENV)/.installed-test

.PHONY: demo test lint typecheck unit docs thorough fuzz bench bench-speed clean compiled test-compiled dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BASE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(BASE)

$(FULL): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,docs]'
	touch $(BASE) $(FULL)

demo: $(BASE)
	$(BIN)/figures seeds/000_06cab5962894b8ac.txt

lint: $(FULL)
	$(BIN)/ruff check src tests benchmarks scripts hatch_build.py
	$(BIN)/ruff format --check src tests benchmarks scripts hatch_build.py

typecheck: $(FULL)
	$(BIN)/mypy --strict src tests benchmarks scripts hatch_build.py

# The suite includes the strict docs build (tests/test_site.py) and the wheel check.
unit: $(FULL)
	$(BIN)/python -m pytest -q

test: lint typecheck unit

docs: $(FULL)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

thorough: $(FULL)
	HYPOTHESIS_PROFILE=thorough $(BIN)/python -m pytest -q tests

# The fuzz target (tests/fuzz) for FIGURES_FUZZ_EXAMPLES examples per entry point
# (default 100,000: hours); `make test` runs it briefly. Findings go to tests/test_hardening.py.
fuzz: $(FULL)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/fuzz --hypothesis-show-statistics

bench: $(FULL)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/recognizers_currency.py
	$(BIN)/python benchmarks/recognizers_languages.py
	$(BIN)/python benchmarks/quantities.py
	$(BIN)/python benchmarks/price_parser_cases.py
	$(BIN)/python benchmarks/footnotes.py
	$(BIN)/python benchmarks/consistency.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/corpus_cli.py
	$(BIN)/python benchmarks/adversarial.py --runs 1

# Issue 13's speed ratios on both builds: the pure package, then the compiled copy
# (`make compiled`; needs a C compiler). Each run prints its own bare-scan ratios.
SPEED_ARGS := --skip-all --peers 0 --memory-sample 0 --runs 7
bench-speed: compiled
	$(BIN)/python benchmarks/throughput.py $(SPEED_ARGS)
	$(BIN)/python build/compiled/benchmarks/throughput.py $(SPEED_ARGS)

# The scanner compiled with mypyc (hatch_build.COMPILED) into a throwaway copy
# (build/compiled/src), and the suite on it; the pure package (the editable install)
# stays the reference and `make test` never needs a C compiler. A wheel built from source
# is compiled where it can be (docs/install.md).
compiled: $(FULL)
	$(BIN)/python scripts/build_compiled.py --out build/compiled

test-compiled: compiled
	PYTHONPATH=build/compiled/src FIGURES_EXPECT_COMPILED=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests docs

# The release's files: the sdist and the universal pure wheel built from it, and this
# machine's compiled wheel (FIGURES_MYPYC=require: no pure wheel under a platform tag).
# Other platforms' compiled wheels: cibuildwheel ([tool.cibuildwheel] in pyproject.toml).
dist: $(FULL)
	rm -rf dist
	$(BIN)/python -m pip install --quiet build
	FIGURES_MYPYC=0 $(BIN)/python -m build --sdist --wheel --outdir dist .
	FIGURES_MYPYC=require $(BIN)/python -m build --wheel --outdir dist .
	ls -l dist

clean:
	rm -rf $(VENV) build dist site .mypy_cache .ruff_cache
