"""The same ingest run on Dagster's Celery executor, for real: Redis, PostgreSQL and two Celery workers
(deploy/cluster.py) on free ports, documents parsed in batches of three (a scanned batch on the OCR queue),
compared with the embedded run (`python -m pipelines run`) on the same documents; then a worker killed
while it parses a batch.

Skips, saying why, where redis-server or PostgreSQL is missing and cannot be installed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from deploy import cluster
from tests.conftest import CORPUS_DIR, corpus_gold
from tests.fixtures.cluster import cluster_state, start
from tests.fixtures.scan import Scanner, page_count, scan_pdf

ROOT = Path(__file__).resolve().parent.parent
TEXT_DOCUMENTS = 8
BATCH_SIZE = 3
VISIBILITY_SECONDS = 20  # a killed worker's batch is handed to the other worker after this long
TABLES = ("documents", "units", "projects", "fund_rows", "indicators", "department_figures", "summary_rows",
          "spending", "dq_findings", "ingest_errors", "stg_documents", "mart_unit_year", "mart_execution_rate",
          "mart_score_inflation", "mart_project_facts", "dim_unit")


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Labelled documents of every current format, and two scanned copies of one-page PDFs."""
    folder = tmp_path_factory.mktemp("raw")
    labelled = [p for p in sorted((CORPUS_DIR / "docs").iterdir())
                if p.suffix in (".pdf", ".docx", ".xlsx", ".html") and corpus_gold(p) is not None]
    by_format: dict[str, list[Path]] = {}
    for path in labelled:
        by_format.setdefault(path.suffix, []).append(path)
    chosen = [paths[i] for i in range(TEXT_DOCUMENTS) for paths in by_format.values() if i < len(paths)]
    for path in chosen[:TEXT_DOCUMENTS]:
        shutil.copy(path, folder / path.name)
    one_page = [p for p in by_format[".pdf"] if page_count(p) == 1][:2]
    for i, path in enumerate(one_page):
        scan_pdf(path, folder / f"scanned-{i}.pdf", Scanner(150, skew=0.5))
    return folder


def _run(raw: Path, warehouse: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env, "RAW_DIR": str(raw), "WAREHOUSE_DIR": str(warehouse), "BATCH_SIZE": str(BATCH_SIZE)}
    for name in ("WAREHOUSE_PATH", "PUBLISHED_PATH", "FACTS_STORE", "OCR_CACHE_DIR", "FACTS_DIR"):
        full.pop(name, None)
    return subprocess.run([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=900)


def _counts(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse / "selfeval.duckdb"), read_only=True) as con:
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


@pytest.fixture(scope="module")
def single_machine(raw: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    warehouse = tmp_path_factory.mktemp("single")
    done = _run(raw, warehouse, {"DAGSTER_HOME": str(warehouse / "dagster_home"), "SELFEVAL_EXECUTOR": "in_process"})
    assert done.returncode == 0, done.stderr + done.stdout
    return _counts(warehouse)


@pytest.fixture(scope="module")
def workers(raw: Path) -> Iterator[tuple[Path, Path]]:
    """Two workers on the `dagster` and `ocr` queues; they read documents and write where the runs say."""
    shared = Path(tempfile.mkdtemp(prefix="cluster-warehouses-"))  # the warehouses the workers write
    saved = dict(os.environ)
    os.environ.update({"RAW_DIR": str(raw), "BATCH_SIZE": str(BATCH_SIZE),
                       "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_SECONDS)})
    try:
        with cluster_state() as state:
            yield state, shared
    finally:
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(shared, ignore_errors=True)


def _start(state: Path, warehouse: Path) -> dict[str, str]:
    """The cluster with its workers pointed at ``warehouse`` (workers take WAREHOUSE_DIR from their start)."""
    cluster.down(ROOT, state=state)
    os.environ["WAREHOUSE_DIR"] = str(warehouse)
    return start(state).variables()


def _latest_run(env: dict[str, str], pid: int | None = None) -> tuple[str | None, dict[str, list[int]]]:
    """The status of the latest run in the cluster's instance (of the process ``pid``), and step key → the
    pids that started it."""
    from dagster import DagsterEventType, DagsterInstance, RunsFilter

    from pipelines.runtime import PID_TAG

    os.environ.update(env)  # the instance's yaml names DAGSTER_PG_URL
    with DagsterInstance.from_config(env["DAGSTER_HOME"]) as instance:
        runs = instance.get_runs(filters=RunsFilter(tags={PID_TAG: str(pid)}) if pid else None, limit=1)
        if not runs:
            return None, {}
        steps: dict[str, list[int]] = {}
        for event in instance.all_logs(runs[0].run_id, of_type=DagsterEventType.STEP_START):
            steps.setdefault(event.step_key, []).append(event.dagster_event.pid)
        return runs[0].status.value, steps


def _step_pids(env: dict[str, str]) -> dict[str, list[int]]:
    status, steps = _latest_run(env)
    assert status == "SUCCESS", (status, steps)
    return steps


def test_the_celery_executor_builds_the_same_warehouse(raw: Path, single_machine, workers) -> None:
    state, shared = workers
    warehouse = shared / "distributed"
    env = _start(state, warehouse)
    done = _run(raw, warehouse, env)
    assert done.returncode == 0, done.stderr + done.stdout
    assert _counts(warehouse) == single_machine
    steps = _step_pids(env)
    parse_steps = {key: pids for key, pids in steps.items() if ".parse_" in key}
    assert sum(1 for key in parse_steps if "parse_scanned_batch" in key) == 1  # the scans: a batch of their own
    assert len(parse_steps) == 1 + -(-TEXT_DOCUMENTS // BATCH_SIZE)
    worker_pids = set(cluster.worker_pids(ROOT, state=state))
    used = {pid for pids in parse_steps.values() for pid in pids}
    assert used <= worker_pids and len(used) == 2, (used, worker_pids)  # both workers parsed, nothing else did
    assert not list((warehouse / "facts-store").glob("*.parquet"))  # the load removed the batches it loaded


def test_a_batch_whose_worker_is_killed_is_parsed_again(raw: Path, single_machine, workers) -> None:
    state, shared = workers
    warehouse = shared / "killed"
    env = _start(state, warehouse)
    full = {**os.environ, **env, "RAW_DIR": str(raw), "WAREHOUSE_DIR": str(warehouse), "BATCH_SIZE": str(BATCH_SIZE)}
    run = subprocess.Popen([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=full, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
    try:
        victim = _worker_parsing_scans(state, env, run.pid, deadline=time.monotonic() + 240)
        os.killpg(victim, signal.SIGKILL)  # the worker and the parse processes it started, mid-batch
        output, _ = run.communicate(timeout=900)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, output
    assert _counts(warehouse) == single_machine
    steps = _step_pids(env)
    [scanned] = [pids for key, pids in steps.items() if "parse_scanned_batch" in key]
    assert scanned[0] == victim and len(scanned) == 2 and scanned[1] != victim  # started again, elsewhere


def _worker_parsing_scans(state: Path, env: dict[str, str], run_pid: int, deadline: float) -> int:
    """The pid of the worker that has started the scanned batch of the run of ``run_pid`` (its OCR takes
    seconds)."""
    workers = set(cluster.worker_pids(ROOT, state=state))
    while time.monotonic() < deadline:
        _, steps = _latest_run(env, run_pid)
        started = [pid for key, pids in steps.items() if "parse_scanned_batch" in key for pid in pids]
        if started:
            assert started[0] in workers, (started, workers)
            return started[0]
        time.sleep(0.3)
    raise AssertionError("no worker started the scanned batch")
