"""Parse documents into facts, many at once on every core: a plain function any orchestrator can call."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class ParseResult:
    path: str
    facts: dict[str, Any] | None
    error: str | None = None
    error_kind: str | None = None


def parse_one(path: str) -> ParseResult:
    from pipelines.documents import read_document
    from pipelines.documents.errors import DocumentError
    from pipelines.recognize.extract import extract

    try:
        return ParseResult(path, extract(read_document(path)).to_json())
    except DocumentError as exc:
        return ParseResult(path, None, str(exc), exc.kind)
    except Exception as exc:  # one broken document must not stop the batch
        return ParseResult(path, None, f"{Path(path).name}: extraction failed ({type(exc).__name__}: {exc})",
                           "internal")


def warm() -> None:
    """Import the readers and load the gazetteer once, before worker processes fork from this one."""
    import bs4  # noqa: F401
    import docx  # noqa: F401
    import openpyxl  # noqa: F401
    import pdfplumber  # noqa: F401

    import pipelines.recognize.extract  # noqa: F401
    from pipelines.recognize.unit import gazetteer

    gazetteer()


def parse_many(paths: Iterable[str], workers: int | None = None,
               progress: Callable[[int, int, ParseResult], None] | None = None) -> list[ParseResult]:
    """Results in the order of ``paths``; ``progress(done, total, result)`` after each."""
    paths = list(paths)
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths) or 1))
    results: list[ParseResult] = []
    if workers == 1:
        iterator: Iterable[ParseResult] = map(parse_one, paths)
        for i, result in enumerate(iterator, 1):
            results.append(result)
            if progress:
                progress(i, len(paths), result)
        return results
    warm()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, result in enumerate(pool.map(parse_one, paths, chunksize=4), 1):
            results.append(result)
            if progress:
                progress(i, len(paths), result)
    return results
