"""Publish the finished warehouse as a read-only copy, atomically, for analysts and dashboards.

DuckDB locks the working file against every other process while dbt writes it, so readers never
open it: they open the published copy, replaced in one rename, so a reader sees the old copy or the
new one and never half of one. Only a warehouse whose marts were built from exactly the facts it
holds is published (``build_state``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from pipelines.load.build_state import marts_are_current, recorded


class StaleMarts(Exception):
    """The working warehouse's marts were not built from the facts it holds."""


def publish(working: Path, published: Path) -> Path:
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(working, tmp)
        os.chmod(tmp, 0o444)
        os.replace(tmp, published)
    finally:
        tmp.unlink(missing_ok=True)
    return published


def publish_if_current(working: Path, published: Path, force: bool = False) -> bool:
    """Publish unless the published copy already holds this build (``force``: copy anyway, e.g. a new
    fetch log); True when a copy was published. Raises StaleMarts rather than publish stale marts."""
    with duckdb.connect(str(working)) as con:
        if not marts_are_current(con):
            raise StaleMarts(f"{working.name}: the marts were not built from the facts it holds; not published")
        built = recorded(con)
    if not force and published.exists() and published_build(published) == built:
        return False
    publish(working, published)
    return True


def published_build(published: Path) -> str | None:
    try:
        with duckdb.connect(str(published), read_only=True) as con:
            return recorded(con)
    except duckdb.Error:
        return None
