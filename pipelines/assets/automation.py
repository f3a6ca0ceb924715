"""The ingest job, the sensor on raw/ and the nightly schedule."""

import hashlib
from pathlib import Path

import duckdb
from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    sensor,
)

from pipelines import paths
from pipelines.inventory import Known, Plan, plan, scan
from pipelines.load.load import known_documents
from pipelines.recognize.extract import PARSER_VERSION

ingest_job = define_asset_job(
    "ingest",
    selection=AssetSelection.all() - AssetSelection.assets("fetched_reports"),
    description="Parse new or changed documents under raw/, load the fact tables, build dbt, publish.",
)

nightly_job = define_asset_job(
    "nightly",
    selection=AssetSelection.all(),
    description="Fetch newly published reports, then parse, load, build dbt and publish.",
)

nightly_ingest = ScheduleDefinition(
    name="nightly_ingest",
    job=nightly_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=DefaultScheduleStatus.RUNNING,
    description="Every night at 02:00 Beijing time: fetch → parse new documents → dbt build.",
)


def raw_fingerprint() -> str:
    """Paths, sizes and modification times under raw/: cheap to compute, changes when a file does."""
    digest = hashlib.sha1()
    root = paths.raw_dir()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def pending_changes(raw: Path, published: Path) -> Plan:
    """What a run would do with raw/ now, judged against the published copy: the sensor never opens the
    working file, which a running dbt build holds (any other open of it would make the build fail)."""
    known: dict[str, Known] = {}
    if published.exists():
        try:
            with duckdb.connect(str(published), read_only=True) as con:
                known = known_documents(con)
        except duckdb.Error:  # unreadable copy: every document counts as new, and the run publishes a good one
            known = {}
    return plan(scan(raw), known, PARSER_VERSION)


@sensor(job=ingest_job, minimum_interval_seconds=30, default_status=DefaultSensorStatus.RUNNING,
        description="Starts an ingest run when a document under raw/ is new, changed (content) or removed, "
                    "compared with the published warehouse; a file touched or copied with the same content "
                    "starts nothing.")
def raw_documents_sensor(context: SensorEvaluationContext) -> RunRequest | SkipReason:
    fingerprint = raw_fingerprint()
    if context.cursor == fingerprint:
        return SkipReason("raw/ is unchanged since the last check")
    todo = pending_changes(paths.raw_dir(), paths.published_db())
    context.update_cursor(fingerprint)
    if not (todo.parse or todo.retire or todo.relink):
        return SkipReason(f"no document under raw/ is new, changed or removed ({len(todo.unchanged)} "
                          "unchanged since the published warehouse)")
    return RunRequest(run_key=fingerprint, tags={"selfeval/changes": f"{len(todo.parse)} new or changed, "
                                                                      f"{len(todo.retire)} removed, "
                                                                      f"{len(todo.relink)} relinked"})
