"""What the marts were last built from: a fingerprint of the dbt project, kept in the warehouse.

A change to a model, seed or test must rebuild the marts even when no document changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from pipelines import paths

KEY = "dbt_project_fingerprint"


def dbt_fingerprint(project: Path | None = None) -> str:
    project = project or paths.dbt_project_dir()
    digest = hashlib.sha1()
    for path in sorted(project.rglob("*")):
        if path.is_file() and not {"target", "logs"} & set(path.relative_to(project).parts):
            digest.update(path.relative_to(project).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _ensure(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS build_state (key VARCHAR PRIMARY KEY, value VARCHAR)")


def recorded(con: duckdb.DuckDBPyConnection) -> str | None:
    _ensure(con)
    row = con.execute("SELECT value FROM build_state WHERE key = ?", [KEY]).fetchone()
    return row[0] if row else None


def record(con: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    _ensure(con)
    con.execute("INSERT OR REPLACE INTO build_state VALUES (?, ?)", [KEY, fingerprint])
