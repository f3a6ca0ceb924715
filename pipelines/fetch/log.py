"""The fetch log in the warehouse: every request's URL, status, bytes and outcome, and the validators
(ETag / Last-Modified) the next run sends back for conditional GET."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from pipelines.fetch.crawl import LastDownload, LogEntry, Validators


def validators(db: Path) -> Validators:
    """Per URL, its last download as one row (arg_max skips NULLs and would mix downloads): validators for a
    conditional GET, and the file a 304 confirms."""
    if not db.exists():
        return {}
    from pipelines.ingest import warehouse

    with warehouse(db) as con:
        rows = con.execute("""
            SELECT url, etag, last_modified, path FROM fetch_log WHERE outcome IN ('stored', 'duplicate')
            QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1""").fetchall()
    return {url: LastDownload(etag, modified, path) for url, etag, modified, path in rows}


def record(db: Path, entries: list[LogEntry], failed_sources: dict[str, str]) -> str:
    from pipelines.ingest import warehouse
    from pipelines.load.load import transaction

    run_id = uuid.uuid4().hex[:12]
    now = datetime.now()
    rows = [[run_id, now, e.source, e.url, e.status, e.bytes, e.outcome, e.error, e.path, e.etag,
             e.last_modified, round(e.seconds, 3)] for e in entries]
    rows += [[run_id, now, name, None, None, 0, "source_failed", error, None, None, None, 0.0]
             for name, error in failed_sources.items()]
    with warehouse(db) as con, transaction(con):
        if rows:
            con.executemany("INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return run_id
