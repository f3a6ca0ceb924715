"""Pure helpers of the nightly run, without Dagster or dbt: dbt findings, build fingerprints, the run lock,
housekeeping, documents that hold no report, sidecar URLs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.inventory import DocumentFile, Known, plan, scan
from pipelines.load.schema import ensure_schema
from pipelines.parse import holds_report
from pipelines.quality.dbt_findings import PREFIX, build_errors, record_test_findings
from pipelines.runtime import Busy, prune_run_storage, remove_stale_temporaries, run_lock


@pytest.fixture
def con():
    connection = duckdb.connect()
    ensure_schema(connection)
    connection.execute("CREATE TABLE mart (unit_key VARCHAR, unit_name VARCHAR, document_id VARCHAR, rate DOUBLE)")
    connection.execute("INSERT INTO mart VALUES ('1|甲县总工会', '甲县总工会', 'd1', 250000), ('2|乙', NULL, 'd2', 5)")
    yield connection
    connection.close()


def _results(status: str, sql: str, failures: int = 1) -> dict:
    return {"results": [{"unique_id": "test.selfeval.between_mart_rate", "status": status, "failures": failures,
                         "compiled_code": sql, "message": "Got 1 result"}]}


MANIFEST = {"nodes": {"test.selfeval.between_mart_rate": {
    "resource_type": "test", "name": "between_mart_rate", "column_name": "rate",
    "config": {"severity": "warn", "meta": {"finding": "派生执行率超出范围", "category": "arithmetic"}}}}}


def test_a_warned_expectation_becomes_findings_naming_the_unit(con) -> None:
    counts = record_test_findings(con, _results("warn", "select * from mart where rate > 100000"), MANIFEST)
    assert counts == {"between_mart_rate": 1}
    rows = con.execute("SELECT document_id, rule_id, severity, category, subject, detail FROM dq_findings").fetchall()
    assert rows == [("d1", PREFIX + "between_mart_rate", "warn", "arithmetic", "甲县总工会",
                     "派生执行率超出范围（rate = 250000.0）")]


def test_a_passing_build_clears_the_last_builds_findings_and_keeps_the_rules(con) -> None:
    con.execute("INSERT INTO dq_findings VALUES ('d1', 'fund_total_sum_of_sources', 'warn', 'arithmetic', 'p', 'x', 1, "
                "now())")
    record_test_findings(con, _results("warn", "select * from mart where rate > 100000"), MANIFEST)
    record_test_findings(con, _results("pass", "select * from mart where rate > 100000", 0), MANIFEST)
    assert con.execute("SELECT rule_id FROM dq_findings").fetchall() == [("fund_total_sum_of_sources",)]


def test_tests_without_a_finding_are_not_expectations(con) -> None:
    manifest = {"nodes": {"test.selfeval.between_mart_rate": {"resource_type": "test", "name": "unique_x",
                                                              "config": {"severity": "error", "meta": {}}}}}
    assert record_test_findings(con, _results("fail", "select * from mart"), manifest) == {}
    assert con.execute("SELECT count(*) FROM dq_findings").fetchone() == (0,)


def test_build_errors_name_what_broke() -> None:
    results = {"results": [
        {"unique_id": "model.selfeval.mart_x", "status": "error", "message": "Binder Error:\n  no column y"},
        {"unique_id": "test.selfeval.unique_dim_unit_unit_key", "status": "fail", "message": "Got 2 results"},
        {"unique_id": "model.selfeval.dim_unit", "status": "success", "message": "OK"}]}
    assert build_errors(results) == ["model mart_x: Binder Error: no column y",
                                     "test unique_dim_unit_unit_key: Got 2 results"]


def test_the_build_fingerprint_follows_the_facts(tmp_path: Path) -> None:
    from pipelines.load.build_state import marts_are_current, record_build

    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        ensure_schema(con)
        assert not marts_are_current(con)
        record_build(con)
        assert marts_are_current(con)
        con.execute("INSERT INTO documents VALUES ('d', 'a.pdf', 'h', 'pdf', '2', 'parsed', NULL, NULL, now(), NULL, "
                    "NULL, NULL)")
        assert not marts_are_current(con)
        record_build(con)
        con.execute("INSERT INTO document_sources VALUES ('d', 'http://x/a.pdf', now())")
        assert not marts_are_current(con)


def test_one_run_per_warehouse_and_the_lock_dies_with_its_holder(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", f"""
import time
from pathlib import Path
from pipelines.runtime import run_lock
with run_lock(Path({str(tmp_path)!r})):
    print("held", flush=True)
    time.sleep(60)
"""], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Busy, match=f"pid {holder.pid}"), run_lock(tmp_path):
            pass
    finally:
        holder.kill()
        holder.wait()
    with run_lock(tmp_path):  # a killed holder leaves nothing to clean
        pass


def test_housekeeping_prunes_old_run_outputs_and_dead_publishers_temporaries(tmp_path: Path) -> None:
    storage = tmp_path / "storage"
    for i in range(13):
        run = storage / f"{i:08d}-0000-0000-0000-000000000000"
        run.mkdir(parents=True)
        os.utime(run, (time.time() + i, time.time() + i))
    (storage / "document_facts").mkdir()
    assert prune_run_storage(storage, keep=10) == 3
    assert len(list(storage.iterdir())) == 11 and (storage / "document_facts").exists()
    dead = tmp_path / ".selfeval.duckdb.999999999.tmp"
    alive = tmp_path / f".selfeval.duckdb.{os.getpid()}.tmp"
    dead.write_bytes(b"half")
    alive.write_bytes(b"being copied")
    remove_stale_temporaries(tmp_path)
    assert not dead.exists() and alive.exists()


def test_a_readable_page_without_a_report_is_told_apart_from_a_report_without_money() -> None:
    empty = {"unit": {"name": None}, "projects": [], "summary_rows": [], "spending": [], "department": None}
    named = {**empty, "unit": {"name": "茂名市发展和改革局"}}
    assert not holds_report(empty, lambda: "2021年度部门整体支出绩效自评报告")
    assert not holds_report(named, lambda: "我局开展送温暖活动")  # a news page naming a unit
    assert holds_report(named, lambda: "2021年度部门整体支出绩效自评报告")  # a report that prints no money
    assert holds_report({**empty, "spending": [{"amount": 1}]}, lambda: "")


def test_a_blank_template_is_no_report() -> None:
    """The project table's headings with nothing filled in: no unit, no figure (a 决算 template)."""
    blank = {"unit": {"name": None}, "summary_rows": [], "spending": [], "department": None,
             "projects": [{"name": None, "funds": {}, "indicators": [], "total_score": None}]}
    assert not holds_report(blank, lambda: "2024年度部门决算公开表")
    filled = {**blank, "projects": [{"name": None, "funds": {"total": {"executed": 1.0}}, "indicators": []}]}
    assert holds_report(filled, lambda: "")


def test_sidecar_urls_and_fetch_times_decide_a_relink_without_a_reparse(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "fetched" / "s").mkdir(parents=True)
    report = raw / "fetched" / "s" / "0123456789abcdef.pdf"
    report.write_bytes(b"%PDF-1.4 same content")
    sidecar = report.with_name(report.name + ".meta.json")

    def urls(*entries: tuple[str, str]) -> None:
        sidecar.write_text(json.dumps({"url": entries[0][0], "fetched_at": max(e[1] for e in entries),
                                       "urls": [{"url": u, "final_url": u, "fetched_at": t} for u, t in entries]}))

    urls(("http://x/a.html", "2024-03-04T08:00:00+00:00"))
    [doc] = scan(raw)
    assert doc.urls == (("http://x/a.html", "2024-03-04 08:00:00.000000"),)
    known = {doc.document_id: Known(doc.sha256, "2", "parsed", doc.sources_key)}
    assert plan([doc], known, "2").relink == []
    urls(("http://x/a.html", "2024-03-04T08:00:00+00:00"), ("http://x/a.pdf", "2024-03-05T08:00:00.5+08:00"))
    [moved] = scan(raw)
    todo = plan([moved], known, "2")
    assert todo.parse == [] and [d.path for d in todo.relink] == [doc.path]
    assert dict(moved.urls)["http://x/a.pdf"] == "2024-03-05 00:00:00.500000"
    assert isinstance(DocumentFile(**{**moved.__dict__, "urls": [list(u) for u in moved.urls]}).sources_key, str)
