"""Documents under raw/ → parsed facts → DuckDB fact tables → the published warehouse copy."""


import json
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
    asset,
    graph_asset,
    multi_asset,
    op,
)

from pipelines.assets.resources import Warehouse
from pipelines.ingest import load_results, plan_run
from pipelines.ingest import warehouse as open_warehouse
from pipelines.inventory import DocumentFile, scan
from pipelines.load.build_state import dbt_fingerprint, record, recorded
from pipelines.load.publish import publish
from pipelines.parse import ParseResult, parse_many

WRITER_POOL = "duckdb_writer"


@asset(description="Every document under raw/: stable id, path and content hash.", deps=["fetched_reports"])
def raw_documents(context: AssetExecutionContext, warehouse: Warehouse) -> list[dict[str, Any]]:
    files = scan(warehouse.raw)
    listing = "\n".join(f"| {f.path} | `{f.document_id}` | `{f.sha256[:12]}` |" for f in files[:300])
    context.add_output_metadata({
        "documents": len(files), "bytes": sum(f.size for f in files),
        "listing": MetadataValue.md("| path | id | sha256 |\n|---|---|---|\n" + listing),
    })
    return [asdict(f) for f in files]


@op(out={"chunks": DynamicOut(), "todo": Out()})
def plan_parse(context: OpExecutionContext, warehouse: Warehouse, raw_documents: list[dict[str, Any]]):
    """New or changed documents (by content hash and parser version), in chunks for the parse steps."""
    todo = plan_run(warehouse.raw, warehouse.db)
    context.log.info(f"{len(todo.parse)} to parse, {len(todo.unchanged)} unchanged, {len(todo.retire)} removed")
    paths = [str(warehouse.raw / d.path) for d in todo.parse]
    size = max(1, warehouse.chunk_size)
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)] or [[]]
    for i, chunk in enumerate(chunks):
        yield DynamicOutput(chunk, output_name="chunks", mapping_key=f"chunk_{i}")
    yield Output({"parse": [asdict(d) for d in todo.parse], "retire": todo.retire,
                  "unchanged": len(todo.unchanged)}, output_name="todo")


@op
def parse_chunk(context: OpExecutionContext, chunk: list[str]) -> list[dict[str, Any]]:
    """Parse one chunk on every core of the machine this step runs on."""
    step = max(1, len(chunk) // 10)

    def progress(done: int, total: int, result: ParseResult) -> None:
        if done % step == 0 or done == total or result.error:
            status = "ok" if result.facts else f"FAILED: {result.error}"
            line = f"parse [{done}/{total}] {os.path.basename(result.path)}: {status}"
            context.log.info(line)
            print(line, flush=True)

    return [asdict(r) for r in parse_many(chunk, progress=progress)]


@op
def gather_facts(todo: dict[str, Any], parsed: list[list[dict[str, Any]]]) -> dict[str, Any]:
    return {**todo, "results": [r for chunk in parsed for r in chunk]}


@graph_asset(description="Facts parsed from new or changed documents (contract self-eval-facts/1).")
def document_facts(raw_documents: list[dict[str, Any]]) -> dict[str, Any]:
    chunks, todo = plan_parse(raw_documents=raw_documents)
    return gather_facts(todo, chunks.map(parse_chunk).collect())


FACT_TABLES = ("documents", "units", "projects", "fund_rows", "indicators", "department_figures", "summary_rows",
               "spending", "dq_findings")


@multi_asset(
    specs=[AssetSpec(["facts", name], deps=["document_facts"], skippable=True,
                     description=f"DuckDB fact table {name}") for name in FACT_TABLES],
    ins={"document_facts": AssetIn()},
    description="DuckDB fact tables: one transaction per document; removed files retired; quality rules run. "
                "Materialised only when something changed, so an unchanged run builds no dbt model.",
    pool=WRITER_POOL,
)
def fact_tables(context: AssetExecutionContext, warehouse: Warehouse, document_facts: dict[str, Any]):
    docs = [DocumentFile(**d) for d in document_facts["parse"]]
    results = [ParseResult(**r) for r in document_facts["results"]]
    _cache_facts(warehouse, docs, results)
    summary = load_results(warehouse.db, warehouse.raw, docs, results, document_facts["retire"],
                           document_facts["unchanged"])
    context.log.info(f"parsed {len(summary.parsed)}, failed {len(summary.failed)}, retired {len(summary.retired)}, "
                     f"unchanged {summary.unchanged}")
    with open_warehouse(warehouse.db) as con:
        models_changed = recorded(con) != dbt_fingerprint()
    if not summary.changed and not models_changed:
        return
    metadata = {
        "parsed": len(summary.parsed), "failed": len(summary.failed), "retired": len(summary.retired),
        "unchanged": summary.unchanged, "dbt_project_changed": models_changed,
        "failed_documents": MetadataValue.json(summary.failed),
        "dq_findings": MetadataValue.json(summary.findings),
    }
    metadata["status"] = MetadataValue.md(_status_table(warehouse))
    for name in FACT_TABLES:
        yield MaterializeResult(asset_key=["facts", name], metadata=metadata if name == "documents" else None)


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


def _cache_facts(warehouse: Warehouse, docs: list[DocumentFile], results: list[ParseResult]) -> None:
    """Keep each document's facts JSON beside the warehouse, for reading a figure in context."""
    folder = warehouse.facts_dir
    os.makedirs(folder, exist_ok=True)
    for doc, result in zip(docs, results, strict=True):
        if result.facts is None:
            continue
        target = os.path.join(folder, f"{doc.document_id}.json")
        with open(target + ".tmp", "w", encoding="utf-8") as fh:
            json.dump(result.facts, fh, ensure_ascii=False)
        os.replace(target + ".tmp", target)


def published_warehouse_asset(dbt_assets_def: Any):
    @asset(
        name="published_warehouse",
        deps=[dbt_assets_def],
        description="The finished warehouse, copied and renamed atomically for analysts and dashboards.",
        pool=WRITER_POOL,
    )
    def published_warehouse(context: AssetExecutionContext, warehouse: Warehouse) -> None:
        with open_warehouse(warehouse.db) as con:
            record(con, dbt_fingerprint())  # the marts now reflect this dbt project
        target = publish(warehouse.db, Path(warehouse.published_path))
        context.add_output_metadata({"path": str(target), "bytes": target.stat().st_size})

    return published_warehouse
