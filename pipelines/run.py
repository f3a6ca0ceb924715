"""`python -m pipelines run`: one ingest run in this process, recorded in the Dagster instance.

Before anything it takes the warehouse's run lock, clears what a run that died left behind (its
Dagster run and pool slot, a dbt still holding the working file, half-copied files), and checks
whether anything changed at all: a run with nothing new and current marts never imports Dagster.
Otherwise it runs the `ingest` job (parse what changed → fact tables → dbt build → publish).
Findings never fail a run; an error keeps the previous published copy and says what broke.

The terminal gets a line per stage (parse and load progress, dbt progress, findings) and a short summary;
the full detail (dbt's output, Dagster's log, warnings) goes to warehouse/logs/run-YYYYmmdd-HHMMSS.log.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pipelines import paths

EXIT_FAILED, EXIT_BUSY = 1, 75
KEEP_LOGS = 20  # newest run logs kept in warehouse/logs/
SHOWN_ERRORS = 20  # documents not loaded named on the terminal; all of them are in ingest_errors
PROGRESS_LOGGER = "pipelines.progress"  # what the assets report as they go (pipelines.assets.documents.report)


def prepare_environment() -> None:
    os.environ.setdefault("WAREHOUSE_PATH", str(paths.working_db()))
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("DBT_USE_COLORS", "false")  # dbt's lines go to a log file: no escape codes in it
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


@dataclass
class Outcome:
    """What one ingest run did: its success, one line per failed step, and its load's counts."""

    ok: bool
    failed_steps: list[str] = field(default_factory=list)
    loaded: dict[str, int] = field(default_factory=dict)  # parsed, failed, no_report, retired, unchanged
    errors: dict[str, str] = field(default_factory=dict)  # path → why it was not loaded


class RunLog:
    """While a run works, stdout and stderr (dbt's lines, Dagster's log, warnings; file descriptors 1 and 2 too,
    for the parse workers and dbt) go to its log file; the progress lines of the assets and ``say`` reach the
    terminal as well."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> RunLog:
        sys.stdout.flush()
        sys.stderr.flush()
        self._saved = os.dup(1), os.dup(2)
        self._file = self.path.open("a", encoding="utf-8", buffering=1)
        self.terminal: TextIO = os.fdopen(os.dup(self._saved[0]), "w", encoding="utf-8", buffering=1)
        os.dup2(self._file.fileno(), 1)
        os.dup2(self._file.fileno(), 2)
        self._streams = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self._file
        self._handler = logging.StreamHandler(self.terminal)
        self._handler.setFormatter(logging.Formatter("%(message)s"))
        progress = logging.getLogger(PROGRESS_LOGGER)
        progress.addHandler(self._handler)
        progress.setLevel(logging.INFO)
        return self

    def say(self, line: str) -> None:
        """On the terminal and in the log."""
        self.terminal.write(line + "\n")
        self._file.write(line + "\n")

    def echo_stops(self) -> None:
        """Say on the terminal at once that SIGTERM or Ctrl-C was heard (the run's handler prints to the log)."""
        fd = self.terminal.fileno()
        for signum in (signal.SIGTERM, signal.SIGINT):
            inner = signal.getsignal(signum)
            if not callable(inner):
                continue

            def handler(number: int, frame: Any, inner: Any = inner) -> None:
                os.write(fd, f"stopping on {signal.Signals(number).name}: the published copy is kept\n".encode())
                inner(number, frame)

            signal.signal(signum, handler)

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = self._streams
        logging.getLogger(PROGRESS_LOGGER).removeHandler(self._handler)
        os.dup2(self._saved[0], 1)
        os.dup2(self._saved[1], 2)
        for fd in self._saved:
            os.close(fd)
        self.terminal.close()
        self._file.close()


def new_log(folder: Path, keep: int = KEEP_LOGS) -> Path:
    """A fresh ``run-YYYYmmdd-HHMMSS.log``; beyond the newest ``keep`` the oldest are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path, n = folder / f"run-{stamp}.log", 1
    while path.exists():
        path, n = folder / f"run-{stamp}-{n}.log", n + 1
    path.touch()
    logs = sorted(folder.glob("run-*.log"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for old in logs[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return path


def run() -> int:
    from pipelines.runtime import Busy, release_orphaned_writer, remove_stale_temporaries, run_lock

    started = time.perf_counter()
    working, published = paths.working_db(), paths.published_db()
    log: Path | None = None
    try:
        with run_lock(working.parent):
            remove_stale_temporaries(published.parent)
            stopped = release_orphaned_writer(working)
            if stopped:
                print(f"stopped process {stopped} left writing {working.name} by a run that died", flush=True)
            print(f"ingesting {paths.raw_dir()} → {working}", flush=True)
            if nothing_to_do():
                print("nothing changed: no document new, changed or removed, and the marts are current", flush=True)
                outcome = Outcome(ok=True)
            else:
                log = new_log(working.parent / "logs")
                print(f"log: {log}", flush=True)
                with RunLog(log) as console:
                    outcome = _run_ingest_job(console)
            if outcome.ok:
                _publish()
    except Busy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except KeyboardInterrupt:
        print("stopped: the published copy is the one of the last finished run"
              + (f" (details: {log})" if log else ""), file=sys.stderr)
        return EXIT_FAILED
    report(outcome, time.perf_counter() - started, log)
    return 0 if outcome.ok else EXIT_FAILED


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


def _run_ingest_job(console: RunLog) -> Outcome:
    """The `ingest` job in this process; Dagster's log (INFO and up) goes to the run's log file."""
    prepare_environment()
    from dagster import AssetKey, DagsterInstance

    from pipelines.definitions import defs
    from pipelines.runtime import executor_kind, prune_run_storage, recover_dead_runs, run_tags, stop_on_signals

    with DagsterInstance.get() as instance:
        for run_id in recover_dead_runs(instance):
            console.say(f"run {run_id[:8]} had died: marked failed and its writer slot freed")
        prune_run_storage(paths.dagster_home() / "storage")
        stop_on_signals()
        console.echo_stops()
        run_config = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
        if executor_kind() == "in_process":
            result = defs.resolve_job_def("ingest").execute_in_process(
                instance=instance, raise_on_error=False, tags=run_tags(), run_config=run_config)
        else:  # the job's own executor (celery: steps on the workers): the job is rebuilt there from its module
            from dagster import execute_job, reconstructable

            from pipelines.definitions import ingest_job_definition

            result = execute_job(reconstructable(ingest_job_definition), instance=instance, raise_on_error=False,
                                 tags=run_tags(), run_config=run_config)
    outcome = Outcome(ok=result.success)
    outcome.failed_steps = [f"{e.step_key}: {_cause(e.event_specific_data.error)}"
                            for e in result.all_events if e.is_step_failure]
    documents = AssetKey(["facts", "documents"])
    for event in result.all_events:
        if event.is_step_materialization and event.asset_key == documents:
            metadata = event.step_materialization_data.materialization.metadata
            outcome.loaded = {name: int(metadata[name].value) for name in
                              ("parsed", "failed", "no_report", "retired", "unchanged") if name in metadata}
            outcome.errors = dict(metadata["errors"].value) if "errors" in metadata else {}
    return outcome


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


def summary_lines(outcome: Outcome, seconds: float, log: Path | None) -> tuple[list[str], list[str]]:
    """(lines for stdout, lines for stderr): this run's documents, the published warehouse's state and findings,
    where to look; every failed step and document not loaded with its one-line reason."""
    import duckdb

    out: list[str] = []
    errors = [f"step failed: {line}" for line in outcome.failed_steps]
    if outcome.loaded:
        n = outcome.loaded
        out.append(f"this run: {n.get('parsed', 0)} documents parsed, {n.get('failed', 0)} failed, "
                   f"{n.get('no_report', 0)} without a report, {n.get('retired', 0)} retired, "
                   f"{n.get('unchanged', 0)} unchanged")
    shown = sorted(outcome.errors.items())
    errors += [f"not loaded: {path}: {reason.removeprefix(Path(path).name + ': ')}"
               for path, reason in shown[:SHOWN_ERRORS]]
    if len(shown) > SHOWN_ERRORS:
        errors.append(f"not loaded: {len(shown) - SHOWN_ERRORS} more documents (table ingest_errors)")
    published = paths.published_db()
    state = "ok" if outcome.ok else "FAILED: the published copy is the one of the last finished run"
    if not published.exists():
        out.append(f"nothing published yet ({seconds:.1f} s, run {state})")
    else:
        with duckdb.connect(str(published), read_only=True) as con:
            status = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
            findings = dict(con.execute("""
                SELECT starts_with(rule_id, 'dbt:'), count(*) FROM dq_findings GROUP BY ALL""").fetchall())
        out.append(f"warehouse: {status.get('parsed', 0)} documents parsed, {status.get('failed', 0)} failed, "
                   f"{status.get('no_report', 0)} without a report, {status.get('retired', 0)} retired; "
                   f"findings (warnings, in dq_findings): {findings.get(False, 0)} data-quality rules, "
                   f"{findings.get(True, 0)} dbt expectations")
        out.append(f"published: {published}  ({seconds:.1f} s, run {state})")
    if log:
        out.append(f"full log (dbt, Dagster): {log}")
    return out, errors


def report(outcome: Outcome, seconds: float, log: Path | None) -> None:
    out, errors = summary_lines(outcome, seconds, log)
    for line in errors:
        print(line, file=sys.stderr, flush=True)
    for line in out:
        print(line, flush=True)
    if log:
        with log.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(errors + out) + "\n")
