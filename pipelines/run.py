"""`python -m pipelines run`: one ingest run in this process, recorded in the Dagster instance.

Before anything it takes the warehouse's run lock, clears what a run that died left behind (its
Dagster run and pool slot, a dbt still holding the working file, half-copied files), and checks
whether anything changed at all: a run with nothing new and current marts never imports Dagster.
Otherwise it runs the `ingest` job (parse what changed → fact tables → dbt build → publish).
Findings never fail a run; an error keeps the previous published copy and says what broke.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pipelines import paths

EXIT_FAILED, EXIT_BUSY = 1, 75


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
    from pipelines.runtime import Busy, release_orphaned_writer, remove_stale_temporaries, run_lock

    started = time.perf_counter()
    working, published = paths.working_db(), paths.published_db()
    try:
        with run_lock(working.parent):
            remove_stale_temporaries(published.parent)
            stopped = release_orphaned_writer(working)
            if stopped:
                print(f"stopped process {stopped} left writing {working.name} by a run that died", flush=True)
            print(f"ingesting {paths.raw_dir()} → {working}", flush=True)
            if nothing_to_do():
                print("nothing changed: no document new, changed or removed, and the marts are current", flush=True)
                ok, failed = True, []
            else:
                ok, failed = _run_ingest_job()
            if ok:
                _publish()
    except Busy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except KeyboardInterrupt:
        print("stopped: the published copy is the one of the last finished run", file=sys.stderr)
        return EXIT_FAILED
    report(ok, failed, time.perf_counter() - started)
    return 0 if ok else EXIT_FAILED


def nothing_to_do() -> bool:
    """No document to parse or retire and marts built from exactly these facts (no Dagster import)."""
    from pipelines.ingest import plan_run, warehouse
    from pipelines.load.build_state import marts_are_current

    working = paths.working_db()
    if not working.exists():
        return False
    todo = plan_run(paths.raw_dir(), working)
    if todo.parse or todo.retire or todo.relink:
        return False
    with warehouse(working) as con:
        return marts_are_current(con)


def _run_ingest_job() -> tuple[bool, list[str]]:
    """(success, one line per failed step)."""
    prepare_environment()
    from dagster import DagsterInstance

    from pipelines.definitions import defs
    from pipelines.runtime import prune_run_storage, recover_dead_runs, run_tags, stop_on_signals

    with DagsterInstance.get() as instance:
        for run_id in recover_dead_runs(instance):
            print(f"run {run_id[:8]} had died: marked failed and its writer slot freed", flush=True)
        prune_run_storage(paths.dagster_home() / "storage")
        stop_on_signals()
        result = defs.resolve_job_def("ingest").execute_in_process(
            instance=instance, raise_on_error=False, tags=run_tags(),
            # failures are summed up in one line each below; progress lines are printed by the steps
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
        )
    failed = [f"{e.step_key}: {_cause(e.event_specific_data.error)}" for e in result.all_events if e.is_step_failure]
    return result.success, failed


def _cause(error) -> str:
    """The innermost error of a step failure, on one line (Dagster wraps what the step raised)."""
    while error.cause is not None:
        error = error.cause
    lines = [line.strip() for line in error.message.strip().splitlines() if line.strip()]
    return lines[0] if lines else error.cls_name or "failed"


def _publish() -> None:
    """A copy killed while being published, or a first run's: publish now if the marts are current."""
    from pipelines.load.publish import StaleMarts, publish_if_current

    try:
        if publish_if_current(paths.working_db(), paths.published_db()):
            print(f"published {paths.published_db()}", flush=True)
    except StaleMarts as exc:
        print(f"not published: {exc}", flush=True)


def report(ok: bool, failed: list[str], seconds: float) -> None:
    import duckdb

    for line in failed:
        print(f"step failed: {line}")
    published = paths.published_db()
    if not published.exists():
        print(f"nothing published yet ({seconds:.1f} s, run {'ok' if ok else 'FAILED'})")
        return
    with duckdb.connect(str(published), read_only=True) as con:
        status = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        findings = dict(con.execute("""
            SELECT starts_with(rule_id, 'dbt:'), count(*) FROM dq_findings GROUP BY ALL""").fetchall())
        errors = con.execute("SELECT path, error FROM ingest_errors ORDER BY path").fetchall()
    print(f"documents: {status.get('parsed', 0)} parsed, {status.get('failed', 0)} failed, "
          f"{status.get('no_report', 0)} without a report, {status.get('retired', 0)} retired; "
          f"findings (warnings, published): {findings.get(False, 0)} data-quality rules, "
          f"{findings.get(True, 0)} dbt expectations")
    for path, error in errors:
        print(f"  not loaded: {path}: {error}")
    state = "ok" if ok else "FAILED: the published copy is the one of the last finished run"
    print(f"published: {published}  ({seconds:.1f} s, run {state})")
