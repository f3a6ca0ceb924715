"""Newly published reports fetched from the portals of the sources registry."""

from contextlib import suppress
from pathlib import Path

from dagster import AssetExecutionContext, MetadataValue, asset

from pipelines.assets.documents import WRITER_POOL
from pipelines.assets.resources import Warehouse
from pipelines.fetch.run import run_fetch
from pipelines.load.publish import StaleMarts, publish_if_current


@asset(
    description="Reports downloaded from the portals in sources.yaml into raw/fetched/, every request in "
                "fetch_log. A failing source is logged and never stops the others.",
    group_name="documents",
    pool=WRITER_POOL,
)
def fetched_reports(context: AssetExecutionContext, warehouse: Warehouse) -> None:
    def progress(entry) -> None:
        if entry.outcome not in ("not_modified", "listing"):
            context.log.info(f"[{entry.source}] {entry.outcome} {entry.status or '-'} {entry.url}")

    result, run_id = run_fetch(Path(warehouse.sources_file), warehouse.raw, warehouse.db, progress=progress)
    for name, error in result.failed_sources.items():
        context.log.error(f"source {name} failed: {error}")
    outcomes: dict[str, int] = {}
    for entry in result.entries:
        outcomes[entry.outcome] = outcomes.get(entry.outcome, 0) + 1
    with suppress(StaleMarts):  # the published fetch_log shows this run; stale marts wait for the dbt build
        publish_if_current(warehouse.db, Path(warehouse.published_path), force=True)
    context.add_output_metadata({
        "fetch_run_id": run_id, "stored": len(result.stored), "requests": len(result.entries),
        "outcomes": MetadataValue.json(outcomes), "failed_sources": MetadataValue.json(result.failed_sources),
    })
