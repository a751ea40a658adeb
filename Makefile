# Two entry points: `make demo` and `make test`. Both create .venv when missing and install into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint venv clean chromium

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/tracker extract examples/ -o out/demo-records.jsonl
	$(BIN)/tracker validate out/demo-records.jsonl --articles examples/
	$(BIN)/tracker report out/demo-records.jsonl --format table

# The HTML report test opens the page in headless Chromium: install it when missing (Debian/Ubuntu, as root).
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "chromium is missing and cannot be installed here (needs apt-get and root)" >&2; fi

test: $(STAMP) chromium
	$(BIN)/tracker schema --check
	$(BIN)/tracker rules check
	$(BIN)/ruff check tracker tests bench
	$(BIN)/mypy tracker
	$(BIN)/pytest

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
