"""Documents under raw/ → parsed facts → DuckDB fact tables → the published warehouse copy."""


import logging
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetIn,
    AssetSpec,
    DynamicOut,
    DynamicOutput,
    MaterializeResult,
    MetadataValue,
    OpExecutionContext,
    Out,
    Output,
    RetryPolicy,
    asset,
    graph_asset,
    multi_asset,
    op,
)

from pipelines.assets.resources import Warehouse
from pipelines.documents.sniff import likely_scanned
from pipelines.ingest import LoadSummary, finish_load, load_one, plan_run
from pipelines.ingest import warehouse as open_warehouse
from pipelines.inventory import Batch, DocumentFile, assign_batches, scan
from pipelines.load.build_state import marts_are_current
from pipelines.load.publish import publish_if_current
from pipelines.load.staging import clear, keep_facts, read_batch, write_batch
from pipelines.parse import iter_parse
from pipelines.runtime import PID_TAG, executor_kind, run_tags

WRITER_POOL = "duckdb_writer"
PROGRESS = logging.getLogger("pipelines.progress")  # `python -m pipelines run` prints it on the terminal


@asset(description="Every document under raw/: stable id, path and content hash.", deps=["fetched_reports"],
       group_name="documents")
def raw_documents(context: AssetExecutionContext, warehouse: Warehouse) -> list[dict[str, Any]]:
    if PID_TAG not in context.run.tags and executor_kind() == "in_process":
        context.instance.add_run_tags(context.run.run_id, run_tags())  # this process is the run's: if it dies,
        # the next `pipelines run` fails the run and frees its writer slot (pipelines.runtime)
    files = scan(warehouse.raw)
    listing = "\n".join(f"| {f.path} | `{f.document_id}` | `{f.sha256[:12]}` |" for f in files[:300])
    context.add_output_metadata({
        "documents": len(files), "bytes": sum(f.size for f in files),
        "listing": MetadataValue.md("| path | id | sha256 |\n|---|---|---|\n" + listing),
    })
    return [asdict(f) for f in files]


OCR_QUEUE = {"dagster-celery/queue": "ocr"}  # the Celery executor's queue for scanned batches
PARSE_RETRIES = RetryPolicy(max_retries=2, delay=10)  # a batch whose step failed (a lost worker) is parsed again


@op(out={"text_batches": DynamicOut(), "scanned_batches": DynamicOut(), "todo": Out()})
def plan_parse(context: OpExecutionContext, warehouse: Warehouse, raw_documents: list[dict[str, Any]]):
    """New or changed documents (by content hash and parser version) in batches for the parse steps: the
    scanned ones in batches of their own, which the Celery executor sends to the OCR queue."""
    todo = plan_run(warehouse.raw, warehouse.db)
    report(context, f"plan: {len(todo.parse)} to parse, {len(todo.unchanged)} unchanged, {len(todo.retire)} removed")
    clear(warehouse.store)  # results of a run that died before loading them: parsed again now
    scanned = {d.document_id for d in todo.parse if likely_scanned(warehouse.raw / d.path)}
    batches = assign_batches(todo.parse, warehouse.batch_size, scanned)
    if scanned:
        report(context, f"plan: {len(scanned)} scanned documents in batches of their own (OCR)")
    for output, is_scanned in (("text_batches", False), ("scanned_batches", True)):
        chosen = [b for b in batches if b.scanned == is_scanned]
        for batch in chosen or [Batch(f"{output}-none", ())]:  # an empty batch keeps the collect below running
            yield DynamicOutput({"batch_id": batch.batch_id, "documents": [asdict(d) for d in batch.documents]},
                                output_name=output, mapping_key=batch.batch_id.replace("-", "_"))
    yield Output({"retire": todo.retire, "relink": [asdict(d) for d in todo.relink], "unchanged": len(todo.unchanged)},
                 output_name="todo")


def parse_batch_to_store(context: OpExecutionContext, warehouse: Warehouse, batch: dict[str, Any]) -> dict[str, Any]:
    """Parse one batch on every core of the machine this step runs on, into the batch's file in the
    facts store; the DuckDB file is never opened here."""
    docs = {str(warehouse.raw / d["path"]): DocumentFile(**d) for d in batch["documents"]}
    step = max(1, len(docs) // 10)

    def results():
        for done, result in enumerate(iter_parse(list(docs)), 1):
            if done % step == 0 or done == len(docs) or result.error:
                status = "ok" if result.facts else f"{result.error_kind}: {result.error}"
                report(context, f"parse [{done}/{len(docs)}] {os.path.basename(result.path)}: {status}")
            yield docs[result.path], result

    staged = write_batch(warehouse.store, batch["batch_id"], results())
    context.add_output_metadata({"batch": staged.batch_id, "documents": staged.documents, "without_facts":
                                 staged.failed, "worker_pid": os.getpid()})
    return asdict(staged)


@op(retry_policy=PARSE_RETRIES)
def parse_batch(context: OpExecutionContext, warehouse: Warehouse, batch: dict[str, Any]) -> dict[str, Any]:
    return parse_batch_to_store(context, warehouse, batch)


@op(retry_policy=PARSE_RETRIES, tags=OCR_QUEUE)
def parse_scanned_batch(context: OpExecutionContext, warehouse: Warehouse, batch: dict[str, Any]) -> dict[str, Any]:
    return parse_batch_to_store(context, warehouse, batch)


@op
def gather_facts(todo: dict[str, Any], text: list[dict[str, Any]], scanned: list[dict[str, Any]]) -> dict[str, Any]:
    return {**todo, "batches": [b for b in text + scanned if b["documents"]]}


@graph_asset(description="Facts parsed from new or changed documents (contract self-eval-facts/1), one Parquet "
                         "file per batch in the facts store, for the load.", group_name="documents")
def document_facts(raw_documents: list[dict[str, Any]]) -> dict[str, Any]:
    text, scanned, todo = plan_parse(raw_documents=raw_documents)
    return gather_facts(todo, text.map(parse_batch).collect(), scanned.map(parse_scanned_batch).collect())


FACT_TABLES = ("documents", "document_sources", "units", "projects", "fund_rows", "indicators", "department_figures",
               "summary_rows", "spending", "dq_findings", "ingest_errors")


@multi_asset(
    specs=[AssetSpec(["facts", name], deps=["document_facts"], skippable=True, group_name="facts",
                     description=f"DuckDB fact table {name}") for name in FACT_TABLES],
    ins={"document_facts": AssetIn()},
    description="DuckDB fact tables: one transaction per document, loaded one at a time; removed files retired; "
                "quality rules run. Materialised only when something changed or the marts were not built from "
                "these facts, so an unchanged run builds no dbt model.",
    pool=WRITER_POOL,
)
def fact_tables(context: AssetExecutionContext, warehouse: Warehouse, document_facts: dict[str, Any]):
    summary = LoadSummary(unchanged=document_facts["unchanged"])
    batches = document_facts["batches"]
    total = sum(b["documents"] for b in batches)
    step = max(1, total // 10)
    errors: dict[str, str] = {}  # path → the one-line reason of a document that failed or holds no report
    done = 0
    with open_warehouse(warehouse.db) as con:
        for batch in batches:
            for document, result in read_batch(batch["file"]):
                load_one(con, document, result, summary)
                if result.facts is not None:
                    keep_facts(warehouse.facts_cache, document.document_id, result.facts)
                else:
                    errors[document.path] = result.error or result.error_kind or "failed"
                done += 1
                if done % step == 0 or done == total:
                    report(context, f"load [{done}/{total}]")
        finish_load(con, document_facts["retire"], [DocumentFile(**d) for d in document_facts["relink"]], summary)
        stale = not marts_are_current(con)
    clear(warehouse.store)
    report(context, f"loaded: {len(summary.parsed)} parsed, {len(summary.failed)} failed, "
                    f"{len(summary.no_report)} without a report, {len(summary.retired)} retired, "
                    f"{summary.unchanged} unchanged")
    if not summary.changed and not stale:
        return
    metadata = {
        "parsed": len(summary.parsed), "failed": len(summary.failed), "no_report": len(summary.no_report),
        "retired": len(summary.retired), "unchanged": summary.unchanged, "marts_stale": stale,
        "failed_documents": MetadataValue.json(summary.failed + summary.no_report),
        "errors": MetadataValue.json(errors),
        "dq_findings": MetadataValue.json(summary.findings),
    }
    metadata["status"] = MetadataValue.md(_status_table(warehouse))
    for name in FACT_TABLES:
        yield MaterializeResult(asset_key=["facts", name], metadata=metadata if name == "documents" else None)


def report(context: OpExecutionContext | AssetExecutionContext, line: str) -> None:
    """Progress in the Dagster log (the UI, the log file of `python -m pipelines run`) and, through the
    `pipelines.progress` logger, on the terminal of `python -m pipelines run`, which keeps dbt's lines off it."""
    context.log.info(line)
    PROGRESS.info(line)


def _status_table(warehouse: Warehouse) -> str:
    """Per-document status as the documents table holds it, for the asset's page in the UI."""
    with open_warehouse(warehouse.db) as con:
        rows = con.execute("""
            SELECT d.path, d.status, coalesce(d.unit_name, ''), coalesce(d.fiscal_year::VARCHAR, ''),
                   coalesce(e.error, '')
            FROM documents d LEFT JOIN ingest_errors e USING (document_id) ORDER BY d.status, d.path LIMIT 300
        """).fetchall()
    body = "\n".join("| " + " | ".join(str(v).replace("|", "/") for v in row) + " |" for row in rows)
    return "| path | status | unit | year | error |\n|---|---|---|---|---|\n" + body


def published_warehouse_asset(dbt_assets_def: Any):
    @asset(
        name="published_warehouse",
        deps=[dbt_assets_def],
        description="The read-only copy analysts and the dashboard open (warehouse/selfeval.duckdb): the working "
                    "file copied and renamed atomically, only when its marts were built from its current facts by a "
                    "whole dbt build. Only a run of the whole pipeline publishes: the `ingest` or `nightly` job "
                    "(`make run`, the raw/ sensor, the 02:00 schedule) or Materialize all. Materialising a mart or "
                    "model alone from the UI rebuilds it in the working file and does not publish it.",
        group_name="publish",
        pool=WRITER_POOL,
    )
    def published_warehouse(context: AssetExecutionContext, warehouse: Warehouse) -> None:
        target = Path(warehouse.published_path)
        report(context, "publish")
        published = publish_if_current(warehouse.db, target)  # refuses marts not built from these facts
        context.add_output_metadata({"path": str(target), "bytes": target.stat().st_size, "replaced": published})

    return published_warehouse
