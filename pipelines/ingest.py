"""One ingestion pass without an orchestrator: scan raw/, parse what changed, load, run the quality rules.

Dagster's assets call these same functions step by step; tests and scripts may call ``ingest``.
Each document is loaded as soon as it is parsed, in its own transaction, so memory stays flat
however many documents a run has and a run that dies keeps every document it finished.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.inventory import DocumentFile, Plan, plan, scan
from pipelines.load.build_state import marts_are_current
from pipelines.load.load import known_documents, load_document, record_failure, relink_document, retire_document
from pipelines.load.schema import ensure_schema
from pipelines.parse import NO_REPORT, ParseResult, iter_parse
from pipelines.quality.rules import run_rules
from pipelines.recognize.extract import PARSER_VERSION


@dataclass
class LoadSummary:
    parsed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    no_report: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)  # same content, other URLs or fetch times
    unchanged: int = 0
    findings: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.parsed or self.failed or self.no_report or self.retired or self.relinked)


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


def load_one(con: duckdb.DuckDBPyConnection, doc: DocumentFile, result: ParseResult, summary: LoadSummary) -> None:
    """One document's facts, or why it has none, in one transaction."""
    if result.facts is not None:
        load_document(con, doc, result.facts, PARSER_VERSION)
        summary.parsed.append(doc.path)
        return
    record_failure(con, doc, PARSER_VERSION, result.error_kind, result.error or "unknown error")
    (summary.no_report if result.error_kind == NO_REPORT else summary.failed).append(doc.path)


def finish_load(con: duckdb.DuckDBPyConnection, retire: list[str], relink: list[DocumentFile],
                summary: LoadSummary) -> None:
    """Retire the documents whose file is gone, record where unchanged ones are served now, then recompute
    the data-quality findings."""
    for doc in relink:
        relink_document(con, doc)
        summary.relinked.append(doc.path)
    for document_id in retire:
        retire_document(con, document_id)
        summary.retired.append(document_id)
    if summary.changed or not marts_are_current(con):  # a run that died after loading never ran the rules
        summary.findings = run_rules(con)


def ingest(raw: Path, db: Path, workers: int | None = None,
           progress: Callable[[int, int, ParseResult], None] | None = None) -> LoadSummary:
    todo = plan_run(raw, db)
    summary = LoadSummary(unchanged=len(todo.unchanged))
    by_path = {str(raw / d.path): d for d in todo.parse}
    with warehouse(db) as con:
        for i, result in enumerate(iter_parse(list(by_path), workers), 1):
            load_one(con, by_path[result.path], result, summary)
            if progress:
                progress(i, len(by_path), result)
        finish_load(con, todo.retire, todo.relink, summary)
    return summary
