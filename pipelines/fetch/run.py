"""One fetch run: every source in the registry → raw/fetched/, logged in the warehouse's fetch_log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pipelines.fetch.crawl import FetchResult, LogEntry, fetch_sources
from pipelines.fetch.log import record, validators
from pipelines.fetch.sources import load_sources


def run_fetch(sources_file: Path, raw: Path, db: Path, since: date | None = None,
              progress: Callable[[LogEntry], None] | None = None) -> tuple[FetchResult, str]:
    sources = load_sources(sources_file)
    result = fetch_sources(sources, raw, validators(db), since, progress)
    run_id = record(db, result.entries, result.failed_sources)
    return result, run_id
