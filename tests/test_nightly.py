"""The nightly run as an operator meets it: `python -m pipelines run` in its own process, on real
documents, killed at every stage, stopped by SIGTERM; readers of the published copy meanwhile."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

TABLES = ("documents", "units", "projects", "fund_rows", "indicators", "spending", "dq_findings", "ingest_errors",
          "stg_documents", "dim_unit", "dim_project", "mart_execution_rate", "mart_score_inflation",
          "mart_spending_categories", "mart_project_facts", "mart_ingest_errors", "mart_fetch_outcomes")
RUN_TIMEOUT = 600


class Warehouse:
    """raw/, the warehouse folder and the Dagster home of one operator's installation."""

    def __init__(self, base: Path) -> None:
        self.base, self.raw = base, base / "raw"
        self.published = base / "wh" / "selfeval.duckdb"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAREHOUSE_PATH", "PUBLISHED_PATH")}
        env.update(RAW_DIR=str(self.raw), WAREHOUSE_DIR=str(self.base / "wh"),
                   FACTS_DIR=str(self.base / "wh" / "facts"), DAGSTER_HOME=str(self.base / "dagster_home"),
                   DBT_SEND_ANONYMOUS_USAGE_STATS="false", PYTHONUNBUFFERED="1")
        return env

    def start(self, log: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=self.env(),
                                stdout=log.open("w"), stderr=subprocess.STDOUT)

    def run(self) -> tuple[int, str]:
        result = subprocess.run([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=self.env(),
                                capture_output=True, text=True, timeout=RUN_TIMEOUT)
        return result.returncode, result.stdout + result.stderr

    def copy(self, base: Path) -> Warehouse:
        shutil.copytree(self.base, base, dirs_exist_ok=True)
        return Warehouse(base)


def counts(published: Path) -> dict[str, int]:
    with duckdb.connect(str(published), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def seeds(into: Path, skip_last: bool = False) -> list[Path]:
    files = sorted(p for p in (ROOT / "raw").rglob("*") if p.is_file())
    kept = files[:-1] if skip_last else files
    for path in kept:
        target = into / path.relative_to(ROOT / "raw")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    return files


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Counts of a clean run on every seed: what a run after any fault must publish."""
    wh = Warehouse(tmp_path_factory.mktemp("clean"))
    seeds(wh.raw)
    code, out = wh.run()
    assert code == 0, out
    return counts(wh.published)


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> tuple[Warehouse, dict[str, int]]:
    """A warehouse published from all seeds but one: the state a night starts from."""
    wh = Warehouse(tmp_path_factory.mktemp("previous"))
    seeds(wh.raw, skip_last=True)
    code, out = wh.run()
    assert code == 0, out
    return wh, counts(wh.published)


class Reader(threading.Thread):
    """An analyst querying the published copy over and over: every look must be a whole state."""

    def __init__(self, published: Path) -> None:
        super().__init__(daemon=True)
        self.published, self.seen, self.errors = published, [], []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.seen.append(counts(self.published))
            except duckdb.Error as exc:
                self.errors.append(str(exc))
            time.sleep(0.05)


def wait_for(log: Path, marker: str, process: subprocess.Popen, timeout: float = RUN_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if marker in log.read_text(errors="replace"):
            return
        assert process.poll() is None, f"the run ended before {marker!r}:\n{log.read_text()}"
        time.sleep(0.02)
    raise AssertionError(f"no {marker!r} in {timeout} s:\n{log.read_text()}")


# the line each stage prints as it starts or goes on (pipelines/assets: plan, parse, load, dbt, publish); dbt's own
# lines go to the run's log file, its progress ("dbt [n/total]") to the terminal
STAGES = {"parse": "parse [1/", "load": "load [1/", "dbt": "\ndbt [", "publish": "\npublish\n"}


@pytest.mark.parametrize("stage", list(STAGES))
def test_a_run_killed_at_any_stage_never_blocks_or_publishes_a_half_state(stage, previous, clean, tmp_path) -> None:
    template, before = previous
    wh = template.copy(tmp_path / "wh")
    seeds(wh.raw)  # the night's new document
    reader = Reader(wh.published)
    reader.start()
    log = tmp_path / "killed.log"
    process = wh.start(log)
    wait_for(log, STAGES[stage], process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    code, out = wh.run()
    reader.stop.set()
    reader.join()
    assert code == 0, out
    assert "Step blocked" not in out
    if stage != "publish":  # killed mid-run: its Dagster run is failed and its writer slot freed at once
        assert "had died: marked failed and its writer slot freed" in out, out
    assert counts(wh.published) == clean, out
    assert not reader.errors, reader.errors[:3]
    assert reader.seen and all(seen in (before, clean) for seen in reader.seen), \
        [s for s in reader.seen if s not in (before, clean)][:1]
    again_code, again = wh.run()  # and the night after changes nothing
    assert again_code == 0 and "nothing changed" in again, again
    assert counts(wh.published) == clean


def test_sigterm_stops_a_run_within_seconds_and_keeps_the_published_copy(previous, clean, tmp_path) -> None:
    template, before = previous
    wh = template.copy(tmp_path / "wh")
    seeds(wh.raw)
    log = tmp_path / "stopped.log"
    process = wh.start(log)
    wait_for(log, STAGES["dbt"], process)
    process.send_signal(signal.SIGTERM)
    started = time.monotonic()
    process.wait(timeout=60)
    assert time.monotonic() - started < 20, log.read_text()
    assert process.returncode != 0
    assert counts(wh.published) == before
    code, out = wh.run()
    assert code == 0, out
    assert counts(wh.published) == clean


def test_a_second_run_while_one_is_running_is_refused_in_one_line(previous, tmp_path) -> None:
    template, _ = previous
    wh = template.copy(tmp_path / "wh")
    seeds(wh.raw)
    log = tmp_path / "first.log"
    process = wh.start(log)
    try:
        wait_for(log, "ingesting", process)
        code, out = wh.run()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert code == 75 and out.strip().startswith("error: another run") and "\n" not in out.strip(), out


def test_the_corpus_in_raw_builds_publishes_and_a_second_run_changes_nothing(tmp_path) -> None:
    """Real documents of many kinds: findings are warnings, never a failed run."""
    wh = Warehouse(tmp_path)
    shutil.copytree(ROOT / "tests" / "corpus" / "docs", wh.raw)
    code, out = wh.run()
    assert code == 0, out
    with duckdb.connect(str(wh.published), read_only=True) as con:
        documents = dict(con.execute("SELECT path, status FROM documents").fetchall())
        errors = dict(con.execute("SELECT path, error FROM ingest_errors").fetchall())
        expectations = con.execute("SELECT count(*), count(DISTINCT subject) FROM dq_findings "
                                   "WHERE starts_with(rule_id, 'dbt:')").fetchone()
        coded_units = con.execute("SELECT count(DISTINCT unit_key) FROM stg_spending "
                                  "WHERE printed_code IS NOT NULL").fetchone()[0]
        by_code = con.execute("""
            SELECT count(DISTINCT unit_key), max(abs(total - 1)) FROM (
                SELECT unit_key, fiscal_year, phase, sum(share_of_level) AS total FROM mart_functional_by_code
                WHERE code_level = '类' GROUP BY ALL)""").fetchone()
    files = sorted(p.relative_to(wh.raw).as_posix() for p in wh.raw.rglob("*") if p.is_file())
    assert sorted(documents) == files
    for path, status in documents.items():
        assert status == "parsed" or ("\n" not in errors[path] and errors[path]), (path, status)
    assert expectations[0] > 0 and "dbt expectations" in out  # e.g. a unit that publishes only a 决算
    # 类 compare by code: printed by the document, or looked up by name in the code list
    assert coded_units >= 1 and by_code[0] > coded_units and by_code[1] < 0.001
    before = counts(wh.published)
    mtime = wh.published.stat().st_mtime_ns
    code, again = wh.run()
    assert code == 0 and "nothing changed" in again, again
    assert counts(wh.published) == before and wh.published.stat().st_mtime_ns == mtime
