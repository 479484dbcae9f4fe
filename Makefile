# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= ../shared/data

.PHONY: run test bench clean

$(BIN)/kilas: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test: $(BIN)/kilas
	$(BIN)/pip install -q -e '.[test]'
	touch $@

$(VENV)/.bench: $(BIN)/kilas
	$(BIN)/pip install -q -e '.[bench]'
	touch $@

run: $(BIN)/kilas
	$(BIN)/kilas demo

test: $(VENV)/.test
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

bench: $(VENV)/.bench
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench --data $(DATA)

clean:
	rm -rf $(VENV) kilas.db report.html
