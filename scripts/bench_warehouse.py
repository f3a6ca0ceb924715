"""Warehouse build benchmark: full build and no-change re-run, on the seeds and on a generated corpus.

For each corpus it prints wall time of a full build (empty warehouse) and of a re-run with nothing
new, documents per minute, peak memory, and the parse stage's throughput inside the Dagster run as
a ratio of bare ``extract`` on the same files, per core used (target ≥ 0.85).

    python -m scripts.bench_warehouse [--count 500] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run_ingest(raw: Path, base: Path) -> tuple[float, float | None, int]:
    """(wall seconds, parse-stage seconds, documents parsed) of one in-process ingest run."""
    from dagster import DagsterEventType, DagsterInstance

    from pipelines.assets.resources import Warehouse
    from pipelines.definitions import defs

    warehouse = Warehouse(raw_dir=str(raw), db_path=str(base / "work.duckdb"),
                          published_path=str(base / "selfeval.duckdb"), facts_dir=str(base / "facts"))
    os.environ["WAREHOUSE_PATH"] = str(base / "work.duckdb")
    job = defs.resolve_job_def("ingest")
    started = time.perf_counter()
    with DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(
            instance=instance, resources={"warehouse": warehouse},
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}},
        )
        wall = time.perf_counter() - started
        records = instance.all_logs(result.run_id)
    assert result.success, "ingest run failed"
    stamps = [(r.step_key or "", r.dagster_event.event_type, r.timestamp) for r in records if r.dagster_event]
    starts = [t for k, e, t in stamps if k.startswith("document_facts") and e == DagsterEventType.STEP_START]
    ends = [t for k, e, t in stamps if k.startswith("document_facts") and e == DagsterEventType.STEP_SUCCESS]
    parse_seconds = (max(ends) - min(starts)) if starts and ends else None
    parsed = sum(1 for k, e, _ in stamps if k.startswith("document_facts.parse_chunk")
                 and e == DagsterEventType.STEP_SUCCESS)
    return wall, parse_seconds, parsed


def bare_extract_seconds(paths: list[Path]) -> float:
    from pipelines.parse import parse_one

    started = time.perf_counter()
    for path in paths:
        parse_one(str(path))
    return time.perf_counter() - started


def bench(name: str, raw: Path) -> None:
    from pipelines.inventory import scan

    files = scan(raw)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-wh-") as tmp:
        base = Path(tmp)
        full, parse_seconds, _ = run_ingest(raw, base)
        rerun, _, _ = run_ingest(raw, base)
    bare = bare_extract_seconds([raw / f.path for f in files])
    print(f"== {name}: {len(files)} documents, {cores} cores")
    print(f"full build:        {full:7.1f} s  ({len(files) / full * 60:.0f} docs/min)")
    print(f"no-change re-run:  {rerun:7.1f} s  ({rerun / full:.2f} of a full build)")
    if parse_seconds:
        ratio = (bare / parse_seconds) / cores
        print(f"parse stage:       {parse_seconds:7.1f} s  vs bare extract {bare:.1f} s on one core "
              f"→ {ratio:.2f} per core used (target ≥ 0.85)")
    print(f"peak memory:       {peak_rss_mb():7.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="documents in the generated corpus")
    parser.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
    args = parser.parse_args()
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    from pipelines.run import prepare_environment

    prepare_environment()
    bench("seed corpus", Path("raw").resolve())
    corpus = args.keep or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        if not any(corpus.rglob("*.*")):
            from scripts.generate_corpus import generate

            print(f"generating {args.count} documents in mixed formats into {corpus} ...", flush=True)
            generate(corpus, args.count)
        bench(f"generated corpus ({args.count})", corpus.resolve())
    finally:
        if args.keep is None:
            shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
