"""What the marts were built from, kept in the warehouse: publish only marts built from the facts it holds.

The build fingerprint joins the dbt project (models, seeds, tests) and the state of the fact tables
(every document's id, content, parser, status and load time). dbt records it after a build that
succeeded; a run that died between loading facts and building the marts leaves a stale fingerprint,
so the next run rebuilds and nothing publishes marts of other facts.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from pipelines import paths

KEY = "marts_built_from"


def dbt_fingerprint(project: Path | None = None) -> str:
    project = project or paths.dbt_project_dir()
    digest = hashlib.sha1()
    for path in sorted(project.rglob("*")):
        if path.is_file() and not {"target", "logs"} & set(path.relative_to(project).parts):
            digest.update(path.relative_to(project).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def facts_state(con: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever a document is loaded, fails, or is retired."""
    row = con.execute("""
        SELECT count(*), coalesce(md5(string_agg(concat_ws('|', document_id, sha256, parser_version, status,
                                                          loaded_at, retired_at), ',' ORDER BY document_id)), ''),
               (SELECT coalesce(md5(string_agg(concat_ws('|', document_id, url, fetched_at), ','
                                               ORDER BY document_id, url)), '') FROM document_sources)
        FROM documents""").fetchone()
    return ":".join(map(str, row))


def build_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    return hashlib.sha1(f"{dbt_fingerprint()}\n{facts_state(con)}".encode()).hexdigest()


def _ensure(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS build_state (key VARCHAR PRIMARY KEY, value VARCHAR)")


def recorded(con: duckdb.DuckDBPyConnection) -> str | None:
    """The fingerprint of the last successful dbt build (None before the first)."""
    if not con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'build_state'").fetchone():
        return None
    row = con.execute("SELECT value FROM build_state WHERE key = ?", [KEY]).fetchone()
    return row[0] if row else None


def record_build(con: duckdb.DuckDBPyConnection) -> str:
    """After a successful dbt build: the marts now reflect these facts and this dbt project."""
    _ensure(con)
    fingerprint = build_fingerprint(con)
    con.execute("INSERT OR REPLACE INTO build_state VALUES (?, ?)", [KEY, fingerprint])
    return fingerprint


def marts_are_current(con: duckdb.DuckDBPyConnection) -> bool:
    return recorded(con) == build_fingerprint(con)
