"""Documents per second: the embedded run (`python -m pipelines run`, one process, a parse pool on every
core) against the same run on Dagster's Celery executor with two workers (deploy/cluster.py), on the same
generated documents, each into a fresh warehouse.

Both runs include the load, the dbt build and the publish, so the figure is what a user waits for. On one
machine the workers share its cores: expect no gain there (the figure is for the README's scaling note);
what the Celery run adds is the cost of its broker, its instance on PostgreSQL and a process per step.
Skips, saying why, where the cluster's services cannot be installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deploy import cluster  # noqa: E402  (deploy/ is not a package of the installed project)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed_run(raw: Path, warehouse: Path, env: dict[str, str]) -> float:
    full = {**os.environ, **env, "RAW_DIR": str(raw), "WAREHOUSE_DIR": str(warehouse)}
    for name in ("WAREHOUSE_PATH", "PUBLISHED_PATH", "FACTS_STORE", "OCR_CACHE_DIR", "FACTS_DIR"):
        full.pop(name, None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=full, capture_output=True,
                          text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"run failed (exit {done.returncode}):\n{done.stderr[-2000:]}{done.stdout[-2000:]}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="generated documents (default 200)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=25, help="documents per parse step (default 25)")
    args = parser.parse_args()
    try:
        cluster.ensure_redis()
        cluster.ensure_postgres()
    except cluster.ClusterError as exc:
        print(f"distributed: skipped, the cluster cannot run here: {exc}")
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-distributed-"))
    work.chmod(0o755)  # PostgreSQL runs as an unprivileged user who must enter its state folder
    state = work / "cluster"
    state.mkdir()
    saved = dict(os.environ)
    try:
        raw = work / "raw"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_corpus.py"), str(raw), "--count",
                        str(args.count), "--seed", "11"], check=True, capture_output=True)
        count = sum(1 for p in raw.rglob("*") if p.is_file())
        os.environ["BATCH_SIZE"] = str(args.batch_size)
        single = timed_run(raw, work / "single", {"DAGSTER_HOME": str(work / "single-dagster"),
                                                  "SELFEVAL_EXECUTOR": "in_process"})
        os.environ.update({"RAW_DIR": str(raw), "WAREHOUSE_DIR": str(work / "distributed")})
        cluster.up(ROOT, workers=args.workers, state=state, redis_port=free_port(), pg_port=free_port())
        distributed = timed_run(raw, work / "distributed", cluster.env(ROOT, state=state))
    finally:
        cluster.down(ROOT, state=state)
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(work, ignore_errors=True)
    print(f"distributed: {count} generated documents, batches of {args.batch_size}, {os.cpu_count()} cores")
    print(f"  single machine (embedded, in-process):  {single:7.1f} s  {count / single:6.2f} documents/s")
    print(f"  Celery executor, {args.workers} workers (same host): {distributed:7.1f} s  "
          f"{count / distributed:6.2f} documents/s  ({single / distributed:.2f}× the single machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
