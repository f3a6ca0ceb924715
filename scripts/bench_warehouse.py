"""Warehouse build benchmark: `python -m pipelines run` as an operator runs it, in a process of its own.

Prints, for the seeds: a full build and a no-change re-run (target ≤ 10 s). For generated corpora
of N and 4N documents: full build time, documents per minute, the parse stage's throughput per core
as a ratio of bare ``extract`` on one core over the same N files (target ≥ 0.85), and peak memory
of the run's processes, with the ratio of the two peaks (memory must not grow with the run: ≤ 1.10).

    python -m scripts.bench_warehouse [--count 300] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

@dataclass
class Run:
    seconds: float
    peak_mib: float
    parse_seconds: float | None
    output: str


def pipelines_run(raw: Path, base: Path) -> Run:
    """One run in a child process; peak RSS of the largest process of the run (the run, a worker, dbt)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAREHOUSE_PATH", "PUBLISHED_PATH")}
    env.update(RAW_DIR=str(raw), WAREHOUSE_DIR=str(base / "wh"), FACTS_DIR=str(base / "wh" / "facts"),
               DAGSTER_HOME=str(base / "dagster_home"), DBT_SEND_ANONYMOUS_USAGE_STATS="false", PYTHONUNBUFFERED="1")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "pipelines", "run"], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    lines: list[tuple[float, str]] = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append((time.perf_counter(), line))
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    output = "".join(line for _, line in lines)
    if process.returncode != 0:
        raise SystemExit(f"run failed ({process.returncode}):\n{output[-3000:]}")
    plan = next((t for t, line in lines if line.startswith("plan:")), None)
    parsed = [t for t, line in lines if line.startswith("parse [")]  # the last: every result is on disk
    parse_seconds = parsed[-1] - plan if plan and parsed else None
    return Run(seconds, usage.ru_maxrss / 1024, parse_seconds, output)


def bare_extract_seconds(paths: list[Path]) -> float:
    from pipelines.parse import parse_one

    started = time.perf_counter()
    for path in paths:
        parse_one(str(path))
    return time.perf_counter() - started


def documents(raw: Path) -> list[Path]:
    from pipelines.inventory import scan

    return [raw / f.path for f in scan(raw)]


def bench_corpus(name: str, raw: Path, per_core: bool) -> Run:
    files = documents(raw)
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-wh-") as tmp:
        run = pipelines_run(raw, Path(tmp))
        again = pipelines_run(raw, Path(tmp))
    print(f"== {name}: {len(files)} documents, {cores} cores")
    print(f"full build:        {run.seconds:7.1f} s  ({len(files) / run.seconds * 60:.0f} docs/min)")
    print(f"no-change re-run:  {again.seconds:7.1f} s  (target ≤ 10 s)")
    if per_core and run.parse_seconds:
        bare = bare_extract_seconds(files)
        ratio = (bare / run.parse_seconds) / cores
        print(f"parse stage:       {run.parse_seconds:7.1f} s  vs bare extract {bare:.1f} s on one core "
              f"→ {ratio:.2f} per core used (target ≥ 0.85)")
    print(f"peak memory:       {run.peak_mib:7.0f} MiB (largest process of the run)")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="N: corpora of N and 4N generated documents")
    parser.add_argument("--keep", type=Path, help="generate the 4N corpus here and keep it (reused when present)")
    args = parser.parse_args()
    bench_corpus("seeds", ROOT / "raw", per_core=False)
    corpus = args.keep or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    small = Path(tempfile.mkdtemp(prefix="bench-small-"))
    try:
        large = args.count * 4
        if len(documents(corpus)) < large:
            from scripts.generate_corpus import generate

            print(f"generating {large} documents in mixed formats into {corpus} ...", flush=True)
            generate(corpus, large)
        for path in documents(corpus)[:args.count]:  # the first N of the same corpus
            target = small / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        one = bench_corpus(f"generated corpus ({args.count})", small, per_core=True)
        four = bench_corpus(f"generated corpus ({large})", corpus, per_core=False)
        print(f"== memory: peak at {large} documents / at {args.count}: {four.peak_mib / one.peak_mib:.2f} "
              f"(target ≤ 1.10: memory does not grow with the run)")
    finally:
        shutil.rmtree(small, ignore_errors=True)
        if args.keep is None:
            shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
