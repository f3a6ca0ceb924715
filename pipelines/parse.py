"""Parse documents into facts, many at once on every core: a plain function any orchestrator can call."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NO_REPORT = "no_report"  # error kind of a file that was read but holds no report: its document status too
FACT_LISTS = ("projects", "summary_rows", "spending")
TEXT_LOOKED_AT = 2000  # characters of a document's opening where it says what it is


@dataclass
class ParseResult:
    path: str
    facts: dict[str, Any] | None
    error: str | None = None
    error_kind: str | None = None


def parse_one(path: str) -> ParseResult:
    """One document's facts, or why there are none; scanned pages are read through the OCR cache."""
    from pipelines.documents import read_document
    from pipelines.documents.errors import DocumentError
    from pipelines.paths import ocr_cache_dir
    from pipelines.recognize.extract import extract

    try:
        document = read_document(path, ocr_cache=ocr_cache_dir())
        facts = extract(document).to_json()
    except DocumentError as exc:
        return ParseResult(path, None, str(exc), exc.kind)
    except Exception as exc:  # one broken document must not stop the batch
        return ParseResult(path, None, f"{Path(path).name}: extraction failed ({type(exc).__name__}: {exc})",
                           "internal")
    if not holds_report(facts, lambda: document.title + "\n" + document.text()[:TEXT_LOOKED_AT]):
        return ParseResult(path, None, f"{Path(path).name}: no report found (no project, department, summary or "
                                       "spending table or statement)", NO_REPORT)
    return ParseResult(path, facts)


def holds_report(facts: dict[str, Any], opening: Callable[[], str]) -> bool:
    """A report states a figure (of a project, the department, a summary or spending), or names its unit
    and says in its opening what kind of report it is (a 整体支出绩效自评报告 may print no money)."""
    from pipelines.vocabulary.prose import REPORT_WORDS

    if any(facts.get(name) for name in FACT_LISTS if name != "projects") or facts.get("department"):
        return True
    if any(states_something(project) for project in facts.get("projects") or []):
        return True
    if not (facts.get("unit") or {}).get("name"):
        return False
    text = opening()  # only for documents without a figure: most never build their text
    return any(word in text for word in REPORT_WORDS)


def states_something(project: dict[str, Any]) -> bool:
    """A blank template prints the project table's headings with no name, money or indicator in them."""
    return bool(project.get("name") or project.get("funds") or project.get("indicators")
                or project.get("total_score") is not None)


def warm() -> None:
    """Import the readers and load the gazetteer once, before worker processes fork from this one."""
    import bs4  # noqa: F401
    import docx  # noqa: F401
    import openpyxl  # noqa: F401
    import pdfplumber  # noqa: F401

    import pipelines.recognize.extract  # noqa: F401
    from pipelines.recognize.unit import gazetteer

    gazetteer()


def die_with_parent() -> None:
    """A parse worker whose run was killed stops at once instead of parsing on for nobody (Linux)."""
    import ctypes
    import signal
    from contextlib import suppress

    with suppress(OSError, AttributeError):  # not Linux: workers end when their queue closes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def iter_parse(paths: Iterable[str], workers: int | None = None) -> Iterator[ParseResult]:
    """Results in the order of ``paths``, each as soon as it is ready, so a caller can load and drop it."""
    paths = list(paths)
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths) or 1))
    if workers == 1:
        yield from map(parse_one, paths)
        return
    warm()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent)
    try:
        yield from pool.map(parse_one, paths, chunksize=1)
    finally:  # interrupted (Ctrl-C, SIGTERM, a failed load): drop the queued documents, do not parse them
        pool.shutdown(wait=False, cancel_futures=True)


def parse_many(paths: Iterable[str], workers: int | None = None,
               progress: Callable[[int, int, ParseResult], None] | None = None) -> list[ParseResult]:
    """Every result in a list (small batches); ``progress(done, total, result)`` after each."""
    paths = list(paths)
    results: list[ParseResult] = []
    for i, result in enumerate(iter_parse(paths, workers), 1):
        results.append(result)
        if progress:
            progress(i, len(paths), result)
    return results
