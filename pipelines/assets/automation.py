"""The ingest job, the sensor on raw/ and the nightly schedule."""


import hashlib

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


@sensor(job=ingest_job, minimum_interval_seconds=30, default_status=DefaultSensorStatus.RUNNING,
        description="Starts an ingest run when files appear, change or disappear under raw/.")
def raw_documents_sensor(context: SensorEvaluationContext):
    fingerprint = raw_fingerprint()
    if context.cursor == fingerprint:
        return SkipReason("raw/ is unchanged")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=fingerprint)
