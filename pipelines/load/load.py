"""Write one document's facts, or its failure, in one transaction: never half a document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import duckdb

from pipelines.inventory import DocumentFile, Known
from pipelines.load.schema import FACT_TABLES
from pipelines.parse import NO_REPORT


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All of it or none of it: an error rolls back and is raised again."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def known_documents(con: duckdb.DuckDBPyConnection) -> dict[str, Known]:
    rows = con.execute("""
        SELECT d.document_id, d.sha256, d.parser_version, d.status,
               coalesce(string_agg(s.url || chr(9) || strftime(s.fetched_at, '%Y-%m-%d %H:%M:%S.%f'), chr(10)
                                   ORDER BY s.url), '')
        FROM documents d LEFT JOIN document_sources s USING (document_id) GROUP BY ALL""").fetchall()
    return {r[0]: Known(r[1], r[2], r[3], r[4]) for r in rows}


def link_sources(con: duckdb.DuckDBPyConnection, doc: DocumentFile) -> None:
    """The URLs that served the document's content, as its sidecar lists them now."""
    con.execute("DELETE FROM document_sources WHERE document_id = ?", [doc.document_id])
    if doc.urls:
        con.executemany("INSERT INTO document_sources VALUES (?, ?, ?)",
                        [[doc.document_id, url, when] for url, when in doc.urls])


def relink_document(con: duckdb.DuckDBPyConnection, doc: DocumentFile) -> None:
    """Same content, other URLs or fetch times: only where it came from changes."""
    with transaction(con):
        link_sources(con, doc)
        con.execute("UPDATE documents SET source_url = ?, fetched_at = ? WHERE document_id = ?",
                    [doc.source_url, doc.fetched_at, doc.document_id])


def _delete_facts(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    for table in FACT_TABLES:
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])


def load_document(con: duckdb.DuckDBPyConnection, doc: DocumentFile, facts: dict[str, Any],
                  parser_version: str) -> None:
    with transaction(con):
        _delete_facts(con, doc.document_id)
        con.execute("DELETE FROM ingest_errors WHERE document_id = ?", [doc.document_id])
        _insert_facts(con, doc.document_id, facts)
        link_sources(con, doc)
        con.execute("DELETE FROM documents WHERE document_id = ?", [doc.document_id])
        con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, 'parsed', ?, ?, ?, NULL, ?, ?)",
            [doc.document_id, doc.path, doc.sha256, facts["source"]["format"], parser_version,
             facts["unit"]["name"], facts["fiscal_year"], datetime.now(), doc.source_url, doc.fetched_at],
        )


def record_failure(con: duckdb.DuckDBPyConnection, doc: DocumentFile, parser_version: str, kind: str | None,
                   error: str) -> None:
    """The document's old facts belonged to other content: they go; the error is kept for the next run.

    A file that was read but holds no report (kind ``no_report``: a news page the fetcher stored) gets
    that status rather than ``failed``: nothing is wrong with it, and its reason is kept all the same.
    """
    now = datetime.now()
    status = "no_report" if kind == NO_REPORT else "failed"
    with transaction(con):
        _delete_facts(con, doc.document_id)
        con.execute("DELETE FROM ingest_errors WHERE document_id = ?", [doc.document_id])
        link_sources(con, doc)
        con.execute("INSERT INTO ingest_errors VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [doc.document_id, doc.path, doc.sha256, parser_version, kind, error, now])
        con.execute("DELETE FROM documents WHERE document_id = ?", [doc.document_id])
        con.execute("INSERT INTO documents VALUES (?, ?, ?, NULL, ?, ?, NULL, NULL, ?, NULL, ?, ?)",
                    [doc.document_id, doc.path, doc.sha256, parser_version, status, now, doc.source_url,
                     doc.fetched_at])


def retire_document(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    with transaction(con):
        _delete_facts(con, document_id)
        con.execute("DELETE FROM document_sources WHERE document_id = ?", [document_id])
        con.execute("UPDATE documents SET status = 'retired', retired_at = ? WHERE document_id = ?",
                    [datetime.now(), document_id])


def _insert_facts(con: duckdb.DuckDBPyConnection, doc_id: str, facts: dict[str, Any]) -> None:
    unit = facts["unit"]
    staffing = facts.get("staffing") or {}
    con.execute("INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [doc_id, unit["name"], unit["province"], unit["city"], unit["county"], unit["adcode"],
                 staffing.get("authorized"), staffing.get("actual")])
    projects, funds, indicators = [], [], []
    for seq, p in enumerate(facts["projects"], 1):
        project_id = f"{doc_id}:p{seq}"
        projects.append([project_id, doc_id, seq, p["name"], p["supervising_dept"], p["implementing_unit"],
                         p["goal_expected"], p["goal_actual"], p["total_weight"], p["total_score"], p["grade"],
                         _json(p.get("provenance"))])
        for key, row in p["funds"].items():
            funds.append(_fund(doc_id, "project", project_id, key, row))
        for i, ind in enumerate(p["indicators"], 1):
            indicators.append(_indicator(f"{project_id}:i{i}", doc_id, "project", project_id, i, ind))
    department = facts.get("department")
    if department:
        if department.get("funds"):
            funds.append(_fund(doc_id, "department", None, "total", department["funds"]))
        for i, ind in enumerate(department["indicators"], 1):
            indicators.append(_indicator(f"{doc_id}:d:i{i}", doc_id, "department", None, i, ind))
        con.execute("INSERT INTO department_figures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc_id, department["basic_expenditure"], department["project_expenditure"],
                     department["personnel_expenditure"], department["public_expenditure"], department["score"],
                     department["grade"], _json(department.get("provenance"))])
    if projects:
        con.executemany("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", projects)
    if funds:
        con.executemany("INSERT INTO fund_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", funds)
    if indicators:
        con.executemany("INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        indicators)
    summary = [[doc_id, i, r["project"], r["amount"], r["score"], r["grade"], _json(r.get("provenance"))]
               for i, r in enumerate(facts["summary_rows"], 1)]
    if summary:
        con.executemany("INSERT INTO summary_rows VALUES (?, ?, ?, ?, ?, ?, ?)", summary)
    spending = [[doc_id, i, s["classification"], s["path"], s["phase"], s["year"], s["amount"],
                 _json(s.get("provenance")), s.get("code")] for i, s in enumerate(facts["spending"], 1)]
    if spending:
        con.executemany("INSERT INTO spending (document_id, seq, classification, path, phase, year, amount, "
                        "provenance, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", spending)
    warnings = [[doc_id, w["rule"], w["message"], _json(w.get("provenance"))] for w in facts.get("warnings", [])]
    if warnings:
        con.executemany("INSERT INTO extraction_warnings VALUES (?, ?, ?, ?)", warnings)


def _fund(doc_id: str, owner: str, project_id: str | None, key: str, row: dict[str, Any]) -> list[Any]:
    return [doc_id, owner, project_id, key, row.get("initial_budget"), row.get("adjusted_budget"),
            row.get("executed"), row.get("weight"), row.get("execution_rate"), row.get("score"),
            _json(row.get("provenance"))]


def _indicator(ind_id: str, doc_id: str, owner: str, project_id: str | None, seq: int,
               ind: dict[str, Any]) -> list[Any]:
    return [ind_id, doc_id, owner, project_id, seq, ind["level1"], ind["level2"], ind["name"], ind["target"],
            ind["actual"], ind["weight"], ind["score"], ind["deviation"], ind.get("nature"), ind.get("unit"),
            _json(ind.get("provenance"))]
