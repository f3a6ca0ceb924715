# Two commands on a fresh machine: `make run` and `make test` (both set everything up first).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RAW ?= $(or $(RAW_DIR),raw)
WAREHOUSE ?= $(or $(WAREHOUSE_DIR),warehouse)
DAGSTER_HOME ?= $(abspath .dagster_home)
export DBT_SEND_ANONYMOUS_USAGE_STATS := false

.PHONY: help setup libreoffice browser run manifest dev dashboard docs docs-serve sql extract test lint bench bench-scale fixtures clean cluster-up cluster-down cluster-status run-distributed

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

setup: $(VENV)/.installed  ## create .venv from the lock file (installs uv if missing), LibreOffice where possible

$(VENV)/.installed: pyproject.toml uv.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	@echo "setting up .venv from uv.lock ..."
	@$(PYTHON) -m uv sync --frozen --quiet --python $(PYTHON)
	@$(MAKE) --no-print-directory libreoffice
	@touch $@

libreoffice:  ## best effort: headless LibreOffice for legacy .doc/.xls (Debian, as root)
	@if command -v soffice >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing LibreOffice (headless) for .doc/.xls ..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			libreoffice-writer-nogui libreoffice-calc-nogui) >/dev/null 2>&1 \
			|| echo "note: LibreOffice could not be installed; .doc/.xls files will be reported as unreadable"; \
	else echo "note: no LibreOffice; install libreoffice-writer-nogui and libreoffice-calc-nogui to read .doc/.xls"; fi

run: setup  ## build the warehouse from raw/ (or RAW=dir): parse what changed, load DuckDB, dbt build, publish
	RAW_DIR=$(abspath $(RAW)) WAREHOUSE_DIR=$(abspath $(WAREHOUSE)) $(PY) -m pipelines run

manifest: setup  ## dbt parse: the manifest Dagster's dbt assets read
	cd dbt_project && WAREHOUSE_PATH=$(abspath $(WAREHOUSE))/work.duckdb ../$(VENV)/bin/dbt parse --project-dir . --profiles-dir . -q

dev: setup manifest  ## the Dagster UI on http://127.0.0.1:3000 (or PORT=n); Ctrl-C or SIGTERM to make stops it and its runs
	mkdir -p $(DAGSTER_HOME) && { test -f $(DAGSTER_HOME)/dagster.yaml || cp dagster.yaml $(DAGSTER_HOME)/; }
# dagster runs in a process group of its own (set -m), and Ctrl-C or the SIGTERM make passes on reaches that whole
# group as SIGINT, as Ctrl-C in a terminal does: `dagster dev` alone stops its UI and daemon but lets its code server
# finish an in-flight run (and its dbt) in the background. --default-signal: dagster maps SIGTERM to its SIGINT
# handler, and a SIGINT ignored by what started make (a background job) would make it ignore both.
	set -m; env --default-signal=INT,TERM DAGSTER_HOME=$(DAGSTER_HOME) WAREHOUSE_PATH=$(abspath $(WAREHOUSE))/work.duckdb \
		RAW_DIR=$(abspath $(RAW)) WAREHOUSE_DIR=$(abspath $(WAREHOUSE)) \
		$(VENV)/bin/dagster dev -m pipelines.definitions -h 127.0.0.1 -p $(or $(PORT),3000) & dagster=$$!; \
	trap 'trap "" INT TERM; kill -INT -- -$$dagster 2>/dev/null' INT TERM; \
	status=0; while kill -0 $$dagster 2>/dev/null; do wait $$dagster; status=$$?; done; \
	for i in $$(seq 60); do kill -0 -- -$$dagster 2>/dev/null || exit $$status; sleep 0.5; done; \
	echo "dagster dev: killing what is left after 30 s" >&2; kill -KILL -- -$$dagster; exit $$status

dashboard: setup  ## the dashboard on http://127.0.0.1:8501 (reads warehouse/selfeval.duckdb; run `make run` first)
	$(VENV)/bin/streamlit run dashboard/server.py --server.address 127.0.0.1 --server.port 8501 \
		--server.headless true --browser.gatherUsageStats false

browser:  ## best effort: Debian's chromium and a CJK font for the end-to-end dashboard test (as root)
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wqy; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium and fonts-wqy-zenhei for the end-to-end test ..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium fonts-wqy-zenhei) >/dev/null 2>&1 || echo "note: chromium could not be installed; the end-to-end test will skip"; \
	else echo "note: no chromium; the end-to-end dashboard test will skip"; fi

docs: setup manifest  ## dbt docs generate (target/index.html)
	cd dbt_project && WAREHOUSE_PATH=$(abspath $(WAREHOUSE))/work.duckdb ../$(VENV)/bin/dbt docs generate --project-dir . --profiles-dir . -q

docs-serve: docs  ## dbt docs on http://127.0.0.1:8080 (DOCS_PORT=n): tables, columns, seeds, lineage
	cd dbt_project && WAREHOUSE_PATH=$(abspath $(WAREHOUSE))/work.duckdb ../$(VENV)/bin/dbt docs serve --project-dir . \
		--profiles-dir . --host 127.0.0.1 --port $(or $(DOCS_PORT),8080) --no-browser

sql: setup  ## SQL prompt on the published warehouse, read-only; also runs SQL piped on stdin
	@WAREHOUSE_DIR=$(abspath $(WAREHOUSE)) $(PY) -m pipelines.sql

extract: setup  ## print the facts of one document: make extract FILE=path
	@test -n "$(FILE)" || { echo "usage: make extract FILE=path/to/report" >&2; exit 2; }
	@$(PY) -m pipelines extract "$(FILE)"

test: setup  ## run the test suite
	$(PY) -m pytest -q

lint: setup  ## ruff
	$(VENV)/bin/ruff check pipelines tests scripts dashboard

fixtures: setup  ## render the seeds as PDF/DOCX/XLSX/HTML into tests/fixtures/rendered/
	$(PY) -m tests.fixtures.render tests/fixtures/rendered

bench: setup  ## extraction vs pdfplumber; warehouse build / re-run; OCR; dashboard; single machine vs Celery on 200 docs
	$(PY) -m scripts.bench
	$(PY) -m scripts.bench_warehouse --count $(or $(BENCH_DOCS),300)
	$(PY) -m scripts.bench_ocr
	$(PY) scripts/bench_distributed.py --count $(or $(BENCH_DISTRIBUTED_DOCS),200)
	$(PY) -m scripts.bench_dashboard --warehouse $(or $(PUBLISHED_PATH),$(abspath $(WAREHOUSE))/selfeval.duckdb) --raw $(abspath $(RAW))

SCALE_UNITS ?= 2900
SCALE := bench_out/units-$(SCALE_UNITS)
bench-scale: setup  ## the dashboard on SCALE_UNITS (2,900) generated units: build once into bench_out/, time each page
	@test -d $(SCALE)/raw || $(PY) scripts/generate_corpus.py $(SCALE)/raw --units $(SCALE_UNITS) \
		--count $$(( $(SCALE_UNITS) * 5 / 4 )) --kinds 4 --seed 7
	RAW_DIR=$(abspath $(SCALE))/raw WAREHOUSE_DIR=$(abspath $(SCALE))/wh DAGSTER_HOME=$(abspath $(SCALE))/dagster \
		$(PY) -m pipelines run
	$(PY) -m scripts.bench_dashboard --warehouse $(SCALE)/wh/selfeval.duckdb --raw $(SCALE)/raw \
		--screenshot-dir $(SCALE)/screenshots

clean:  ## remove the virtualenv and generated files (not the OCR cache, warehouse/ocr-cache)
	rm -rf $(VENV) tests/fixtures/rendered $(WAREHOUSE)/facts $(WAREHOUSE)/facts-store $(WAREHOUSE)/logs $(WAREHOUSE)/*.duckdb .dagster_home dbt_project/target

WORKERS ?= 2
cluster-up: setup  ## Redis, PostgreSQL and WORKERS (2) Celery workers on 127.0.0.1 for the Celery executor (state in .cluster/)
	RAW_DIR=$(abspath $(RAW)) WAREHOUSE_DIR=$(abspath $(WAREHOUSE)) $(PY) deploy/cluster.py up --workers $(WORKERS) $(if $(QUEUES),--queues $(QUEUES))

cluster-down:  ## stop the Celery workers, PostgreSQL and Redis that cluster-up started (by their PIDs)
	$(PYTHON) deploy/cluster.py down

cluster-status:  ## the PIDs and ports of the cluster's services; `python3 deploy/cluster.py env` prints its variables
	$(PYTHON) deploy/cluster.py status

run-distributed: cluster-up  ## `make run` on the Celery executor of cluster-up (started where it is not running)
	eval "$$($(PY) deploy/cluster.py env)" && RAW_DIR=$(abspath $(RAW)) WAREHOUSE_DIR=$(abspath $(WAREHOUSE)) \
		$(PY) -m pipelines run
