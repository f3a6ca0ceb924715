"""What keeps unattended runs on one machine safe: one writer at a time, a run that died never blocks
the next, Ctrl-C or SIGTERM stops a run within seconds, and Dagster's storage does not grow for ever.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import duckdb

PID_TAG, HOST_TAG = "selfeval/pid", "selfeval/host"
KEEP_RUN_STORAGE = 10  # newest runs whose step outputs stay in DAGSTER_HOME/storage
GRACE_SECONDS = 10  # after SIGTERM/Ctrl-C, what a run gets to stop cleanly before its processes are killed
LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")
RUN_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # beside asset-named folders


class Busy(Exception):
    """Another live process is writing the warehouse."""


@contextmanager
def run_lock(folder: Path) -> Iterator[None]:
    """One `pipelines run` per warehouse. The kernel drops the lock when the holder dies, however it dies;
    a POSIX lock (unlike flock) is not inherited by forked workers, so an orphaned worker never holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".run.lock", "a+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            raise Busy(f"another run (pid {handle.read().strip() or '?'}) is writing {folder}; not started") from None
        handle.truncate(0)
        handle.write(str(os.getpid()))
        handle.flush()
        yield


def release_orphaned_writer(db: Path, wait_seconds: float = GRACE_SECONDS) -> int | None:
    """A dbt left running by a run that was killed keeps the working file locked: stop it.

    Returns the pid stopped. A live writer that is not an orphan raises Busy.
    """
    if not db.exists():
        return None
    try:
        duckdb.connect(str(db)).close()
        return None
    except duckdb.IOException as exc:
        match = LOCK_HOLDER.search(str(exc))
        if not match:
            raise
        pid = int(match.group(1))
    if not _is_orphan(pid):
        raise Busy(f"{db.name} is open in process {pid} ({_cmdline(pid)[:80]}); close it and run again")
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + wait_seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
    return pid


def _is_orphan(pid: int) -> bool:
    """A writer started by one of our runs (dbt, or a run's own process) whose run is gone."""
    command = _cmdline(pid)
    if "dbt" not in command and "pipelines" not in command:
        return False
    parent = _parent(pid)
    return parent in (None, 1) or not any(word in _cmdline(parent) for word in ("dagster", "pipelines", "pytest"))


def recover_dead_runs(instance) -> list[str]:
    """Mark failed, and free the concurrency slots of, every unfinished run of this host whose process is gone.

    A run killed with SIGKILL stays STARTED and keeps its `duckdb_writer` slot: without this the next run
    would wait on that slot for ever.
    """
    from dagster import DagsterRunStatus, RunsFilter

    unfinished = [DagsterRunStatus.STARTED, DagsterRunStatus.STARTING, DagsterRunStatus.CANCELING,
                  DagsterRunStatus.NOT_STARTED]
    recovered = []
    for run in instance.get_runs(filters=RunsFilter(statuses=unfinished)):
        pid, host = run.tags.get(PID_TAG), run.tags.get(HOST_TAG)
        if pid is None or host != socket.gethostname() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        instance.report_run_failed(run, message=f"the process of this run (pid {pid}) is gone")
        recovered.append(run.run_id)
    return recovered


def executor_kind() -> str:
    """The executor runs use (``SELFEVAL_EXECUTOR``): in_process by default; multiprocess, celery or k8s."""
    return os.environ.get("SELFEVAL_EXECUTOR", "in_process")


def run_tags() -> dict[str, str]:
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def prune_run_storage(storage: Path, keep: int = KEEP_RUN_STORAGE) -> int:
    """Step outputs of old runs (DAGSTER_HOME/storage/<run id>/): only the newest runs keep theirs."""
    if not storage.is_dir():
        return 0
    runs = sorted((p for p in storage.iterdir() if p.is_dir() and RUN_ID.fullmatch(p.name)),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    for old in runs[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    return max(0, len(runs) - keep)


def remove_stale_temporaries(folder: Path) -> None:
    """Half-copied published files (``.<name>.<pid>.tmp``) of publishers that died."""
    for tmp in folder.glob(".*.tmp"):
        pid = tmp.name.rsplit(".", 2)[-2]
        if not pid.isdigit() or not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def stop_on_signals(grace: float = GRACE_SECONDS) -> None:
    """SIGTERM and Ctrl-C interrupt the run (Dagster marks it failed and stops dbt); if it has not stopped
    after ``grace`` seconds, every process of the run is killed and this one exits."""
    def handler(signum: int, frame) -> None:
        if getattr(handler, "fired", False):
            _kill_and_exit(128 + signum)
        handler.fired = True  # type: ignore[attr-defined]
        print(f"stopping on {signal.Signals(signum).name} (published copy left as it was)", flush=True)
        timer = threading.Timer(grace, _kill_and_exit, args=(128 + signum,))
        timer.daemon = True
        timer.start()
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def _kill_and_exit(code: int) -> None:
    for pid in descendants(os.getpid()):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    os._exit(code)


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = _stat(pid)
    return stat is not None and stat[1] != "Z"


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return [text[:text.rfind(")") + 1], *text[text.rfind(")") + 2:].split()] if ")" in text else None


def _parent(pid: int) -> int | None:
    stat = _stat(pid)
    return int(stat[2]) if stat and len(stat) > 2 else None


def _cmdline(pid: int | None) -> str:
    if pid is None:
        return ""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
