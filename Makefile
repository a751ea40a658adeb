# Two entry points: `make demo` and `make test`. Both create .venv when missing and install into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint venv clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/tracker extract examples/ -o examples/out/records.jsonl
	$(BIN)/tracker validate examples/out/records.jsonl --articles examples/
	$(BIN)/tracker report examples/out/records.jsonl --format table

test: $(STAMP)
	$(BIN)/tracker schema --check
	$(BIN)/tracker rules check
	$(BIN)/ruff check tracker tests bench
	$(BIN)/mypy tracker
	$(BIN)/pytest

clean:
	rm -rf $(VENV) examples/out .pytest_cache .mypy_cache .ruff_cache
