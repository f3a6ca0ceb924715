"""Expectations checked by dbt tests, as findings in dq_findings beside the rules of rules.py.

A dbt test of severity ``warn`` whose ``meta.finding`` says in Chinese what it means is an
expectation about what documents contain (every unit has execution figures, a printed grade is
优/良/中/差 …): its failing rows become findings naming the unit and document, and never fail a run.
Tests of severity ``error`` are invariants of our own models: they fail the build (see ``build_errors``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import duckdb

from pipelines.load.load import transaction

PREFIX = "dbt:"  # rule ids of these findings; the rules of rules.py own every other id
ROWS_PER_TEST = 1000
NAMED_PER_LINE = 5  # units or projects a finding line names before "及另外 N 个"
SUBJECT_COLUMNS = ("unit_name", "unit_key", "project_name", "document_id")


def record_test_findings(con: duckdb.DuckDBPyConnection, run_results: dict[str, Any],
                         manifest: dict[str, Any]) -> dict[str, int]:
    """Replace the dbt findings with those of this build; returns findings per test."""
    now = datetime.now()
    counts: dict[str, int] = {}
    rows: list[list[Any]] = []
    labels = _unnamed_unit_labels(con)
    for result in run_results.get("results", []):
        node = manifest.get("nodes", {}).get(result.get("unique_id"), {})
        meta = (node.get("config") or {}).get("meta") or {}
        if node.get("resource_type") != "test" or "finding" not in meta:
            continue
        name = node.get("name", result["unique_id"])
        counts[name] = 0
        sql = result.get("compiled_code") or node.get("compiled_code")
        if result.get("status") not in ("warn", "fail") or not sql:
            continue
        relation = con.sql(f"SELECT * FROM ({sql}) LIMIT {ROWS_PER_TEST}")
        columns = relation.columns
        found = [_finding(dict(zip(columns, values, strict=True)), name, meta, node.get("column_name"), now, labels)
                 for values in relation.fetchall()]
        rows.extend(found)
        counts[name] = int(result.get("failures") or len(found))
    with transaction(con):
        con.execute("DELETE FROM dq_findings WHERE starts_with(rule_id, ?)", [PREFIX])
        if rows:
            con.executemany("INSERT INTO dq_findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return counts


def _unnamed_unit_labels(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """unit_key → label (未识别单位：file) of the units the extractor could not name, so that a finding names
    them as the dashboard does rather than by their key."""
    try:
        return dict(con.execute("SELECT unit_key, unit_label FROM dim_unit WHERE unit_name IS NULL").fetchall())
    except duckdb.Error:  # no dim_unit (yet): keys it is
        return {}


def _finding(row: dict[str, Any], test: str, meta: dict[str, Any], column: str | None,
             now: datetime, labels: dict[str, str] | None = None) -> list[Any]:
    label = (labels or {}).get(row.get("unit_key"))
    if row.get("unit_name") is None and label:
        row = {**row, "unit_name": label}
    subject = next((str(row[c]) for c in SUBJECT_COLUMNS if row.get(c) is not None), None)
    detail = str(meta["finding"])
    if column and column in row and column not in SUBJECT_COLUMNS:
        detail += f"（{column} = {row[column]}）"
    return [row.get("document_id"), PREFIX + test, "warn", meta.get("category", "expectation"), subject, detail,
            None, now]


def finding_lines(con: duckdb.DuckDBPyConnection, manifest: dict[str, Any],
                  counts: dict[str, int] | None = None, named: int = NAMED_PER_LINE) -> list[str]:
    """One line per expectation that found something, from the rows ``record_test_findings`` wrote: the model,
    the Chinese finding and whom it names, so an operator sees what is missing without opening the warehouse:
    ``mart_execution_rate (7): 该单位没有… — 昌黎县总工会、霍邱县总工会、… 及另外 2 个``."""
    tests = {node.get("name"): node for node in manifest.get("nodes", {}).values()
             if node.get("resource_type") == "test"}
    found: dict[str, list[str]] = {}
    for rule_id, subject, detail in con.execute(
            "SELECT rule_id, subject, detail FROM dq_findings WHERE starts_with(rule_id, ?) ORDER BY ALL",
            [PREFIX]).fetchall():
        test = rule_id.removeprefix(PREFIX)
        finding = str(((tests.get(test, {}).get("config") or {}).get("meta") or {}).get("finding", ""))
        found.setdefault(test, []).append(f"{subject or '（未识别单位）'}{str(detail).removeprefix(finding)}")
    lines = []
    for test, items in sorted(found.items()):
        node = tests.get(test, {})
        model = str(node.get("attached_node") or "").rpartition(".")[2] or test
        finding = ((node.get("config") or {}).get("meta") or {}).get("finding", test)
        distinct = list(dict.fromkeys(items))
        names = "、".join(distinct[:named]) + (f" 及另外 {len(distinct) - named} 个" if len(distinct) > named else "")
        lines.append(f"{model} ({(counts or {}).get(test) or len(items)}): {finding} — {names}")
    return lines


def build_errors(run_results: dict[str, Any]) -> list[str]:
    """One line per model, seed or test that broke the build, e.g. ``model mart_x: Binder Error …``."""
    lines = []
    for result in run_results.get("results", []):
        if result.get("status") in ("error", "fail", "runtime error"):
            kind, _, name = result["unique_id"].partition(".")
            name = name.split(".", 1)[-1]
            message = " ".join(str(result.get("message") or "").split())[:300]
            lines.append(f"{kind} {name}: {message}")
    return lines
