"""One ingestion pass without an orchestrator: scan raw/, parse what changed, load, run the quality rules.

Dagster's assets call these same functions step by step; tests and scripts may call ``ingest``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.inventory import DocumentFile, Plan, plan, scan
from pipelines.load.load import known_documents, load_document, record_failure, retire_document
from pipelines.load.schema import ensure_schema
from pipelines.parse import ParseResult, parse_many
from pipelines.quality.rules import run_rules
from pipelines.recognize.extract import PARSER_VERSION


@dataclass
class LoadSummary:
    parsed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: int = 0
    findings: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.parsed or self.failed or self.retired)


@contextmanager
def warehouse(path: Path, read_only: bool = False):
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        if not read_only:
            ensure_schema(con)
        yield con
    finally:
        con.close()


def plan_run(raw: Path, db: Path) -> Plan:
    files = scan(raw)
    if not db.exists():
        return plan(files, {}, PARSER_VERSION)
    with warehouse(db) as con:
        return plan(files, known_documents(con), PARSER_VERSION)


def load_results(db: Path, raw: Path, docs: list[DocumentFile], results: list[ParseResult], retire: list[str],
                 unchanged: int = 0) -> LoadSummary:
    summary = LoadSummary(unchanged=unchanged)
    by_path = {str(raw / d.path): d for d in docs}
    with warehouse(db) as con:
        for result in results:
            doc = by_path[result.path]
            if result.facts is not None:
                load_document(con, doc, result.facts, PARSER_VERSION)
                summary.parsed.append(doc.path)
            else:
                record_failure(con, doc, PARSER_VERSION, result.error_kind, result.error or "unknown error")
                summary.failed.append(doc.path)
        for document_id in retire:
            retire_document(con, document_id)
            summary.retired.append(document_id)
        if summary.changed:
            summary.findings = run_rules(con)
    return summary


def ingest(raw: Path, db: Path, workers: int | None = None,
           progress: Callable[[int, int, ParseResult], None] | None = None) -> LoadSummary:
    todo = plan_run(raw, db)
    results = parse_many([str(raw / d.path) for d in todo.parse], workers, progress)
    return load_results(db, raw, todo.parse, results, todo.retire, len(todo.unchanged))
