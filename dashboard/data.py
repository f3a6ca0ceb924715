"""Queries against the published, read-only warehouse copy.

Each query opens the file afresh, so a copy published by the nightly run (an atomic rename)
is picked up on the next query; results are cached per file version (its modification time).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Filters:
    """What the sidebar chose; None = all. Units are chosen by key: names repeat across provinces."""

    province: str | None = None
    unit_kind: str | None = None
    year: int | None = None
    unit_key: str | None = None
    theme: str | None = None

    def where(self, *, theme_column: str | None = None, prefix: str = "") -> tuple[str, list]:
        """SQL conditions (joined by AND, starting with AND) and their parameters for a unit-keyed relation.

        The theme applies only where a relation has projects (``theme_column`` names its project id).
        """
        clauses, params = [], []
        for column, value in (("province", self.province), ("unit_kind", self.unit_kind),
                              ("fiscal_year", self.year), ("unit_key", self.unit_key)):
            if value is not None:
                clauses.append(f"{prefix}{column} = ?")
                params.append(value)
        if theme_column and self.theme is not None:
            clauses.append(f"{prefix}{theme_column} IN (SELECT project_id FROM dim_project WHERE theme = ?)")
            params.append(self.theme)
        return "".join(f" AND {c}" for c in clauses), params
