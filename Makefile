# The two commands of the README:
#   make run   set up, initialise the database, run the main job
#   make test  set up and run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  := ../shared/seeds

.PHONY: setup system-deps run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Debian packages the judge sandbox and the tests need (installed when root).
system-deps:
	bash scripts/install-system-deps.sh

run: setup
	$(BIN)/mianshi init && if [ -d $(SEEDS) ]; then $(BIN)/mianshi import $(SEEDS) && $(BIN)/mianshi frequency --limit 20; fi
	@echo "Web app: $(BIN)/mianshi serve  (then open http://127.0.0.1:8765/)"

test: setup system-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
