"""What an operator meets in the Dagster UI and on the terminal: the raw/ sensor, asset groups and what
publishes, the short summary of `python -m pipelines run` with its log file, named dbt findings, and
`extract` on a file that holds no report."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

NEWS = "昌黎县总工会开展送温暖活动\n\n1月20日，县总工会走访慰问困难职工30户，送去慰问金和米面油。\n"


# --- the sensor on raw/ ---------------------------------------------------------------------------

def _publish_as_loaded(raw: Path, published: Path) -> None:
    """A published copy that knows every file under raw/ as it is now (content hash, parser version)."""
    from pipelines.inventory import scan
    from pipelines.load.load import record_failure
    from pipelines.load.schema import ensure_schema
    from pipelines.recognize.extract import PARSER_VERSION

    published.unlink(missing_ok=True)
    with duckdb.connect(str(published)) as con:
        ensure_schema(con)
        for doc in scan(raw):  # a failed document counts as known: it is retried only when it changes
            record_failure(con, doc, PARSER_VERSION, "corrupt", "test")


@pytest.fixture
def sensor_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    raw, published = tmp_path / "raw", tmp_path / "wh" / "selfeval.duckdb"
    (raw / "省" / "单位" / "2023").mkdir(parents=True)
    (raw / "省" / "单位" / "2023" / "a.txt").write_text("项目支出绩效自评表 甲", encoding="utf-8")
    (raw / "b.txt").write_text("项目支出绩效自评表 乙", encoding="utf-8")
    published.parent.mkdir()
    monkeypatch.setenv("RAW_DIR", str(raw))
    monkeypatch.setenv("PUBLISHED_PATH", str(published))
    return raw, published


def _tick(cursor: str | None = None):
    from dagster import build_sensor_context

    from pipelines.assets.automation import raw_documents_sensor

    context = build_sensor_context(cursor=cursor)
    return raw_documents_sensor(context), context.cursor


def test_the_sensor_launches_nothing_when_no_document_changed(sensor_env) -> None:
    from dagster import RunRequest, SkipReason

    raw, published = sensor_env
    _publish_as_loaded(raw, published)
    result, cursor = _tick()  # first tick (a fresh `make dev`): raw/ is what the warehouse holds
    assert isinstance(result, SkipReason), result
    assert "no document" in result.skip_message
    time.sleep(0.01)
    (raw / "b.txt").touch()  # same content, new mtime
    shutil.copy2(raw / "b.txt", raw / "b.txt.part")  # a partial download is not a document
    result, cursor = _tick(cursor)
    assert isinstance(result, SkipReason), result
    result, cursor = _tick(cursor)
    assert isinstance(result, SkipReason) and "unchanged" in result.skip_message

    (raw / "b.txt").write_text("项目支出绩效自评表 乙（更正）", encoding="utf-8")  # changed content
    changed, cursor = _tick(cursor)
    assert isinstance(changed, RunRequest) and changed.run_key == cursor
    _publish_as_loaded(raw, published)  # the run it started has published
    (raw / "省" / "单位" / "2023" / "a.txt").unlink()  # a removed document
    removed, cursor = _tick(cursor)
    assert isinstance(removed, RunRequest) and removed.run_key != changed.run_key
    _publish_as_loaded(raw, published)
    (raw / "c.txt").write_text("新文件", encoding="utf-8")  # a new one
    added, _ = _tick(cursor)
    assert isinstance(added, RunRequest)


def test_the_sensor_starts_the_first_run_when_nothing_is_published(sensor_env) -> None:
    from dagster import RunRequest

    result, _ = _tick()
    assert isinstance(result, RunRequest)


# --- groups and what publishes -------------------------------------------------------------------

@pytest.fixture(scope="module")
def definitions(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("defs")
    saved = dict(os.environ)
    os.environ.update({"WAREHOUSE_PATH": str(base / "work.duckdb"), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"})
    from pipelines.run import prepare_manifest

    prepare_manifest()
    from pipelines.definitions import GROUPS, defs

    yield defs, GROUPS
    os.environ.clear()
    os.environ.update(saved)


def test_every_asset_is_in_a_named_group(definitions) -> None:
    defs, groups = definitions
    graph = defs.resolve_asset_graph()
    group_of = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    assert {name: group for name, group in group_of.items() if group not in groups} == {}
    expected = {"fetched_reports": "documents", "raw_documents": "documents", "document_facts": "documents",
                "facts/documents": "facts", "facts/ingest_errors": "facts", "facts/fetch_log": "facts",
                "stg_documents": "staging", "int_project_funds": "intermediate", "mart_execution_rate": "marts",
                "dim_unit": "marts", "grade_bands": "vocabularies", "published_warehouse": "publish"}
    assert {name: group_of.get(name) for name in expected} == expected


def test_marts_and_the_publish_asset_say_only_a_whole_run_publishes(definitions) -> None:
    from pipelines.assets.dbt import PUBLISH_NOTE

    defs, _ = definitions
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.group_name == "marts":
            assert PUBLISH_NOTE in (node.description or ""), key
    publish = graph.get(next(k for k in graph.get_all_asset_keys() if k.to_user_string() == "published_warehouse"))
    assert "Only a run of the whole pipeline publishes" in publish.description
    assert "does not publish" in publish.description
    assert "Only a run of the whole pipeline publishes" in PUBLISH_NOTE and "does not publish" in PUBLISH_NOTE


# --- dbt expectations name what they found -------------------------------------------------------

def test_a_warned_expectation_line_names_its_units() -> None:
    from pipelines.load.schema import ensure_schema
    from pipelines.quality.dbt_findings import finding_lines, record_test_findings

    test_id = "test.selfeval.has_rows_for_every_unit_mart_execution_rate_unit_key.1"
    finding = "该单位没有可计算执行率的预算与执行数"
    manifest = {"nodes": {test_id: {
        "resource_type": "test", "name": "has_rows_for_every_unit_mart_execution_rate_unit_key",
        "attached_node": "model.selfeval.mart_execution_rate",
        "config": {"severity": "warn", "meta": {"finding": finding, "category": "completeness"}}}}}
    units = ["甲县总工会", "乙县总工会", "丙县总工会", "丁县总工会", "戊县总工会", "己县总工会", "庚县总工会"]
    with duckdb.connect() as con:
        ensure_schema(con)
        con.execute("CREATE TABLE missing (unit_key VARCHAR, unit_name VARCHAR)")
        con.executemany("INSERT INTO missing VALUES (?, ?)", [[f"k{i}", u] for i, u in enumerate(units)])
        results = {"results": [{"unique_id": test_id, "status": "warn", "failures": 7,
                                "compiled_code": "select * from missing", "message": "Got 7 results"}]}
        counts = record_test_findings(con, results, manifest)
        lines = finding_lines(con, manifest, counts)
    named = "、".join(sorted(units)[:5])
    assert lines == [f"mart_execution_rate (7): {finding} — {named} 及另外 2 个"]


# --- extract on a file that holds no report ------------------------------------------------------

def test_extract_says_on_stderr_that_a_file_holds_no_report(tmp_path: Path, capsys) -> None:
    from pipelines.__main__ import main

    news = tmp_path / "news.txt"
    news.write_text(NEWS, encoding="utf-8")
    code = main(["extract", str(news)])
    out, err = capsys.readouterr()
    assert code == 0  # the contract defines no exit code for it: the facts are printed as found
    assert json.loads(out)["contract"] == "self-eval-facts/1"
    assert err.count("\n") == 1 and "news.txt" in err and "no report" in err, err


# --- the run's terminal output and its log file --------------------------------------------------

def test_run_output_goes_to_the_log_and_progress_to_the_terminal(tmp_path: Path, capfd) -> None:
    from pipelines.run import PROGRESS_LOGGER, RunLog

    log = tmp_path / "run.log"
    with RunLog(log) as console:
        print("1 of 84 START sql table model main.mart_x", flush=True)  # dbt's lines
        os.write(2, b"dagster - INFO - step started\n")
        logging.getLogger(PROGRESS_LOGGER).info("parse [1/1] a.pdf: ok")
        console.say("run 1234abcd had died")
    print("after", flush=True)
    out, _ = capfd.readouterr()
    assert out.splitlines() == ["parse [1/1] a.pdf: ok", "run 1234abcd had died", "after"]
    text = log.read_text(encoding="utf-8")
    assert "START sql" in text and "step started" in text and "had died" in text


def test_only_the_newest_logs_are_kept(tmp_path: Path) -> None:
    from pipelines.run import new_log

    for i in range(25):
        old = tmp_path / f"run-20260101-0000{i:02d}.log"
        old.write_text("x")
        os.utime(old, (1_700_000_000 + i, 1_700_000_000 + i))
    path = new_log(tmp_path, keep=20)
    kept = sorted(p.name for p in tmp_path.glob("run-*.log"))
    assert len(kept) == 20 and path.name in kept and "run-20260101-000005.log" not in kept
    assert "run-20260101-000006.log" in kept


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    """`python -m pipelines run` on the seeds, a news page and a unit that publishes only a 决算."""
    base = tmp_path_factory.mktemp("run")
    shutil.copytree(ROOT / "raw", base / "raw")
    (base / "raw" / "news.txt").write_text(NEWS, encoding="utf-8")
    shutil.copy2(ROOT / "tests" / "corpus" / "docs" / "C04_nanzhang_zsfw_2019_juesuan.html", base / "raw")
    env = {k: v for k, v in os.environ.items() if k not in ("WAREHOUSE_PATH", "PUBLISHED_PATH")}
    env.update(RAW_DIR=str(base / "raw"), WAREHOUSE_DIR=str(base / "wh"), FACTS_DIR=str(base / "wh" / "facts"),
               DAGSTER_HOME=str(base / "dagster_home"), DBT_SEND_ANONYMOUS_USAGE_STATS="false")
    result = subprocess.run([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    return result, base / "wh"


def test_a_run_prints_a_short_summary_and_keeps_the_detail_in_its_log(seeds_run) -> None:
    result, wh = seeds_run
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert len(out.splitlines()) < 50, out
    assert "START sql" not in out and "Registered adapter" not in out and " - dagster - " not in out, out
    for stage in ("plan:", "parse [", "load [", "dbt build", "dbt [", "publish"):
        assert stage in out, (stage, out)
    assert "this run: 6 documents parsed, 0 failed, 1 without a report" in out, out
    assert f"published: {wh / 'selfeval.duckdb'}" in out
    logs = list((wh / "logs").glob("run-*.log"))
    assert len(logs) == 1 and f"full log (dbt, Dagster): {logs[0]}" in out, out
    detail = logs[0].read_text(encoding="utf-8")
    assert "START sql" in detail and "Finished running" in detail and " - dagster - INFO - " in detail
    assert "\x1b[" not in detail  # no colour codes in a file
    assert result.stderr.strip().splitlines() == [
        "not loaded: news.txt: no report found (no project, department, summary or spending table or statement)"]


def test_a_runs_expectation_findings_name_the_units(seeds_run) -> None:
    result, wh = seeds_run
    with duckdb.connect(str(wh / "selfeval.duckdb"), read_only=True) as con:
        subjects = {r[0] for r in con.execute("SELECT subject FROM dq_findings WHERE rule_id = "
                                              "'dbt:has_rows_for_every_unit_mart_execution_rate_unit_key'").fetchall()}
    assert "南漳县招商服务中心" in subjects  # it publishes only a 决算: no execution figures
    lines = [line for line in result.stdout.splitlines() if line.startswith("  mart_execution_rate (")]
    assert len(lines) == 1 and "该单位没有可计算执行率" in lines[0] and "南漳县招商服务中心" in lines[0], result.stdout
    assert "has_rows_for_every_unit" not in result.stdout  # the model and the Chinese finding, not the test name
