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
SUBJECT_COLUMNS = ("unit_name", "unit_key", "project_name", "document_id")


def record_test_findings(con: duckdb.DuckDBPyConnection, run_results: dict[str, Any],
                         manifest: dict[str, Any]) -> dict[str, int]:
    """Replace the dbt findings with those of this build; returns findings per test."""
    now = datetime.now()
    counts: dict[str, int] = {}
    rows: list[list[Any]] = []
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
        found = [_finding(dict(zip(columns, values, strict=True)), name, meta, node.get("column_name"), now)
                 for values in relation.fetchall()]
        rows.extend(found)
        counts[name] = int(result.get("failures") or len(found))
    with transaction(con):
        con.execute("DELETE FROM dq_findings WHERE starts_with(rule_id, ?)", [PREFIX])
        if rows:
            con.executemany("INSERT INTO dq_findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return counts


def _finding(row: dict[str, Any], test: str, meta: dict[str, Any], column: str | None,
             now: datetime) -> list[Any]:
    subject = next((str(row[c]) for c in SUBJECT_COLUMNS if row.get(c) is not None), None)
    detail = str(meta["finding"])
    if column and column in row and column not in SUBJECT_COLUMNS:
        detail += f"（{column} = {row[column]}）"
    return [row.get("document_id"), PREFIX + test, "warn", meta.get("category", "expectation"), subject, detail,
            None, now]


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
