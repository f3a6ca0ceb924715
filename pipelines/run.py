"""`python -m pipelines run`: one ingest run in this process, recorded in the Dagster instance.

Prepares what Dagster needs outside `dagster dev` (DAGSTER_HOME, the dbt manifest), runs the
`ingest` job (parse what changed → fact tables → dbt build → publish), and prints what it did.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pipelines import paths


def prepare_environment() -> None:
    os.environ.setdefault("WAREHOUSE_PATH", str(paths.working_db()))
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    home = paths.dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DAGSTER_HOME"] = str(home)
    if not (home / "dagster.yaml").exists():
        shutil.copyfile(paths.ROOT / "dagster.yaml", home / "dagster.yaml")
    prepare_manifest()


def prepare_manifest(force: bool = False) -> Path:
    """`dbt parse` when the manifest is missing or older than the dbt project's files."""
    project = paths.dbt_project_dir()
    manifest = project / "target" / "manifest.json"
    sources = [p for p in project.rglob("*") if p.is_file() and "target" not in p.parts and "logs" not in p.parts]
    if force or not manifest.exists() or max(p.stat().st_mtime for p in sources) > manifest.stat().st_mtime:
        dbt = Path(sys.executable).with_name("dbt")
        # from inside the project, as Dagster runs dbt: dbt-duckdb resolves seed paths against the cwd
        subprocess.run([str(dbt), "parse", "--project-dir", ".", "--profiles-dir", ".", "-q"], cwd=project,
                       check=True, env={**os.environ, "WAREHOUSE_PATH": os.environ["WAREHOUSE_PATH"]})
    return manifest


def run() -> int:
    prepare_environment()
    from dagster import DagsterInstance

    from pipelines.definitions import defs
    from pipelines.load.publish import publish

    started = time.perf_counter()
    print(f"ingesting {paths.raw_dir()} → {paths.working_db()}", flush=True)
    with DagsterInstance.get() as instance:
        result = defs.resolve_job_def("ingest").execute_in_process(
            instance=instance, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
        )
    working, published = paths.working_db(), paths.published_db()
    if working.exists() and (not published.exists() or working.stat().st_mtime > published.stat().st_mtime):
        publish(working, published)  # e.g. a schema change or a fetch log with no new document
    report(result, time.perf_counter() - started)
    return 0 if result.success else 1


def report(result, seconds: float) -> None:
    import duckdb

    for event in result.all_events:
        if event.is_step_failure:
            print(f"step failed: {event.step_key}: {event.event_specific_data.error.message.strip()}")
    materialized = {e.asset_key.to_user_string() for e in result.all_events if e.is_step_materialization}
    dbt_models = sorted(k for k in materialized if k.startswith(("stg_", "int_", "mart_", "dim_")))
    with duckdb.connect(str(paths.published_db()), read_only=True) as con:
        status = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        findings = con.execute("SELECT count(*) FROM dq_findings").fetchone()[0]
        errors = con.execute("SELECT path, error FROM ingest_errors ORDER BY path").fetchall()
    print(f"documents: {status.get('parsed', 0)} parsed, {status.get('failed', 0)} failed, "
          f"{status.get('retired', 0)} retired; data-quality findings: {findings}")
    for path, error in errors:
        print(f"  failed: {path}: {error}")
    print(f"dbt models built this run: {len(dbt_models)}" + ("" if dbt_models else " (nothing changed)"))
    print(f"published: {paths.published_db()}  ({seconds:.1f} s, run {'ok' if result.success else 'FAILED'})")
