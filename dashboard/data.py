"""Queries against the published, read-only warehouse copy.

Each query opens the file afresh, so a copy published by the nightly run (an atomic rename)
is picked up on the next query; results are cached per file version (its modification time).
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from pipelines import paths


def warehouse_file() -> Path:
    return paths.published_db()


def version() -> float:
    try:
        return os.stat(warehouse_file()).st_mtime
    except FileNotFoundError:
        return 0.0


def query(sql: str, params: list | None = None) -> pd.DataFrame:
    with duckdb.connect(str(warehouse_file()), read_only=True) as con:
        return con.execute(sql, params or []).df()


def where(filters: dict[str, object], columns: dict[str, str]) -> tuple[str, list]:
    """A WHERE clause for the chosen filters (None = all) on the given columns."""
    clauses, params = [], []
    for key, column in columns.items():
        value = filters.get(key)
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
