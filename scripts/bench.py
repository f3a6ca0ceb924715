"""Extraction speed on PDFs against bare pdfplumber table extraction of the same pages.

Renders the seed reports as PDF (the fixture renderer), then times, on the same files,
``extract`` (read + recognize) and bare ``pdfplumber`` ``page.extract_tables()``. Prints
pages per second for both and their ratio; the target is extract ≤ 1.5× bare pdfplumber. Then the
same on the real 25-page 部门决算 of the corpus (tests/corpus/docs), where the target is ≤ 1.2×.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_FINAL_ACCOUNTS = ROOT / "tests" / "corpus" / "docs" / "real_putuo_czj_2024_juesuan.pdf"


def bare_pdfplumber(paths: list[Path]) -> int:
    import pdfplumber

    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                pages += 1
    return pages


def full_extract(paths: list[Path]) -> int:
    from pipelines.documents import read_document
    from pipelines.recognize.extract import extract

    for path in paths:
        extract(read_document(path))
    return 0


def timed(fn, paths: list[Path], repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(paths)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--copies", type=int, default=3, help="renderings of each seed (more pages)")
    args = parser.parse_args()
    from tests.fixtures.render import render_all

    seeds = sorted((ROOT / "raw").rglob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        paths = []
        for copy in range(args.copies):
            for seed in seeds:
                paths.append(render_all(seed, Path(tmp) / str(copy), formats=("pdf",))["pdf"])
        pages = bare_pdfplumber(paths)
        full_extract(paths[:1])  # warm imports and the gazetteer once
        bare = timed(bare_pdfplumber, paths, args.repeats)
        ours = timed(full_extract, paths, args.repeats)
    report(f"seeds rendered as PDF: {len(paths)} PDFs", pages, bare, ours, args.repeats, 1.5)
    real = [REAL_FINAL_ACCOUNTS]
    pages = bare_pdfplumber(real)
    report(f"real 部门决算 {REAL_FINAL_ACCOUNTS.name}", pages, timed(bare_pdfplumber, real, args.repeats),
           timed(full_extract, real, args.repeats), args.repeats, 1.2)


def report(name: str, pages: int, bare: float, ours: float, repeats: int, target: float) -> None:
    print(f"== {name}: {pages} pages, median of {repeats} runs")
    print(f"bare pdfplumber extract_tables: {bare:.2f} s  {pages / bare:.1f} pages/s")
    print(f"pipelines extract:              {ours:.2f} s  {pages / ours:.1f} pages/s")
    print(f"ratio extract / bare pdfplumber: {ours / bare:.2f}x  (target <= {target:.2f}x)")


if __name__ == "__main__":
    main()
