"""How fast scanned pages are read (OCR), against the same pages as text, and the memory it takes.

Each labelled corpus PDF of a few pages is rasterised into an image-only copy (tests/fixtures/scan.py);
both versions are read in this process, one after the other. Prints OCR pages per second, the text
pages per second of the same documents (the baseline of the same run) and the peak memory.

    python -m scripts.bench_ocr [--docs 6]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from pipelines.documents import read_document
from tests.fixtures.scan import SCANNERS, page_count, scan_pdf
from tests.test_scanned import labelled_pdfs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=6, help="how many corpus PDFs (default 6)")
    args = parser.parse_args()
    sources = labelled_pdfs()[: args.docs]
    with tempfile.TemporaryDirectory() as folder:
        scans = [scan_pdf(p, Path(folder) / p.name, SCANNERS[i % len(SCANNERS)]) for i, p in enumerate(sources)]
        pages = sum(page_count(p) for p in sources)
        started = time.perf_counter()
        for path in sources:
            read_document(path)
        text_seconds = time.perf_counter() - started
        read_document(scans[0])  # loads the OCR models once, as a parse worker does
        started = time.perf_counter()
        for path in scans:
            read_document(path)
        ocr_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"OCR: {pages / ocr_seconds:.2f} pages/s on one core ({pages} scanned pages of {len(sources)} documents) "
          f"vs {pages / text_seconds:.1f} pages/s for the same pages as text ({ocr_seconds / text_seconds:.0f}× "
          f"slower); peak memory {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
