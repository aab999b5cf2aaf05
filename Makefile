# Thin wrappers; each target sets up what it needs and is safe to run again.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
FUZZ_EXAMPLES ?= 200

.PHONY: run test lint fmt bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed  ## Set up, migrate, generate the demo marketplace if empty, serve
	PORT=$(PORT) $(BIN)/trustdesk run

test: $(VENV)/.installed-dev  ## Set up and run the whole test suite
	$(BIN)/pytest $(PYTEST_ARGS)

fuzz: $(VENV)/.installed-dev  ## Fuzz every API route from its OpenAPI schema, longer than the suite does
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/integration/test_api_fuzz.py $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev  ## Ruff and mypy
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

fmt: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

# Evaluation and benchmarks run in their own environment: trustdesk plus the tools it is
# compared with (Presidio), which are never runtime dependencies.
EVAL_VENV ?= .venv-eval
EVAL_BIN := $(EVAL_VENV)/bin
BENCH_SCRIPTS ?= scripts/bench_contact.py scripts/bench_reputation.py scripts/bench_chat.py

.PHONY: eval

$(EVAL_BIN)/python:
	$(PYTHON) -m venv $(EVAL_VENV)
	echo '*' > $(EVAL_VENV)/.gitignore
	$(EVAL_BIN)/python -m pip install --quiet --upgrade pip

$(EVAL_VENV)/.installed: pyproject.toml | $(EVAL_BIN)/python
	$(EVAL_BIN)/python -m pip install --quiet -e . 'presidio-analyzer>=2.2,<3' \
		'scikit-learn>=1.4,<2' 'alt-profanity-check>=1.5,<2' 'better-profanity>=0.7,<0.8'
	touch $@

eval: $(EVAL_VENV)/.installed  ## Precision, recall and F1 of the detectors beside Presidio
	$(EVAL_BIN)/python scripts/eval_contact.py
	$(EVAL_BIN)/python scripts/eval_feedback.py
	$(EVAL_BIN)/python scripts/eval_chat.py

bench: $(EVAL_VENV)/.installed  ## Throughput and latency of every detector (BENCH_SCRIPTS)
	@for script in $(BENCH_SCRIPTS); do echo "== $$script"; $(EVAL_BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
