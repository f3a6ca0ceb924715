"""The fact tables. Every row carries its document id; facts carry their provenance as JSON."""

from __future__ import annotations

import duckdb

FACT_TABLES = ("units", "projects", "fund_rows", "indicators", "department_figures", "summary_rows",
               "spending", "extraction_warnings")

DDL = """
CREATE TABLE IF NOT EXISTS documents (
    document_id VARCHAR PRIMARY KEY,   -- stable: derived from the path under raw/
    path VARCHAR NOT NULL,             -- relative to raw/
    sha256 VARCHAR NOT NULL,
    format VARCHAR,
    parser_version VARCHAR NOT NULL,
    status VARCHAR NOT NULL,           -- parsed | failed | no_report | retired
    unit_name VARCHAR,
    fiscal_year INTEGER,
    loaded_at TIMESTAMP NOT NULL,
    retired_at TIMESTAMP,
    source_url VARCHAR,                -- where a fetched document came from (its sidecar)
    fetched_at TIMESTAMP               -- when; the latest fetch of a URL is its current version
);
CREATE TABLE IF NOT EXISTS document_sources (
    document_id VARCHAR NOT NULL,      -- a fetched document
    url VARCHAR NOT NULL,              -- a URL that served its content (a redirect's target too)
    fetched_at TIMESTAMP NOT NULL      -- the last time it did: the latest content of a URL is its current one
);
CREATE TABLE IF NOT EXISTS units (
    document_id VARCHAR NOT NULL, name VARCHAR, province VARCHAR, city VARCHAR, county VARCHAR, adcode VARCHAR,
    staff_authorized DOUBLE, staff_actual DOUBLE  -- 编制数 / 实际在职人数, where the document states them
);
CREATE TABLE IF NOT EXISTS projects (
    project_id VARCHAR NOT NULL, document_id VARCHAR NOT NULL, seq INTEGER NOT NULL, name VARCHAR,
    supervising_dept VARCHAR, implementing_unit VARCHAR, goal_expected VARCHAR, goal_actual VARCHAR,
    total_weight DOUBLE, total_score DOUBLE, grade VARCHAR, provenance JSON
);
CREATE TABLE IF NOT EXISTS fund_rows (
    document_id VARCHAR NOT NULL, owner VARCHAR NOT NULL, project_id VARCHAR, row_key VARCHAR NOT NULL,
    initial_budget DOUBLE, adjusted_budget DOUBLE, executed DOUBLE, weight DOUBLE, execution_rate DOUBLE,
    score DOUBLE, provenance JSON
);
CREATE TABLE IF NOT EXISTS indicators (
    indicator_id VARCHAR NOT NULL, document_id VARCHAR NOT NULL, owner VARCHAR NOT NULL, project_id VARCHAR,
    seq INTEGER NOT NULL, level1 VARCHAR, level2 VARCHAR, name VARCHAR, target VARCHAR, actual VARCHAR,
    weight DOUBLE, score DOUBLE, deviation VARCHAR, nature VARCHAR, unit VARCHAR, provenance JSON
);
CREATE TABLE IF NOT EXISTS department_figures (
    document_id VARCHAR NOT NULL, basic_expenditure DOUBLE, project_expenditure DOUBLE,
    personnel_expenditure DOUBLE, public_expenditure DOUBLE, score DOUBLE, grade VARCHAR, provenance JSON
);
CREATE TABLE IF NOT EXISTS summary_rows (
    document_id VARCHAR NOT NULL, seq INTEGER NOT NULL, project VARCHAR, amount DOUBLE, score DOUBLE,
    grade VARCHAR, provenance JSON
);
CREATE TABLE IF NOT EXISTS spending (
    document_id VARCHAR NOT NULL, seq INTEGER NOT NULL, classification VARCHAR NOT NULL, path VARCHAR[] NOT NULL,
    phase VARCHAR NOT NULL, year INTEGER, amount DOUBLE NOT NULL, provenance JSON,
    code VARCHAR                       -- classification code printed for the line (2012901), where printed
);
CREATE TABLE IF NOT EXISTS extraction_warnings (
    document_id VARCHAR NOT NULL, rule VARCHAR NOT NULL, message VARCHAR, provenance JSON
);
CREATE TABLE IF NOT EXISTS ingest_errors (
    document_id VARCHAR NOT NULL, path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, parser_version VARCHAR NOT NULL,
    error_kind VARCHAR, error VARCHAR NOT NULL, failed_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS fetch_log (
    run_id VARCHAR NOT NULL, fetched_at TIMESTAMP NOT NULL, source VARCHAR NOT NULL, url VARCHAR,
    status INTEGER, bytes BIGINT, outcome VARCHAR NOT NULL, error VARCHAR, path VARCHAR, etag VARCHAR,
    last_modified VARCHAR, seconds DOUBLE
);
CREATE TABLE IF NOT EXISTS dq_findings (
    document_id VARCHAR, rule_id VARCHAR NOT NULL, severity VARCHAR NOT NULL, category VARCHAR NOT NULL,
    subject VARCHAR, detail VARCHAR, difference DOUBLE, checked_at TIMESTAMP NOT NULL
);
"""


MIGRATIONS = """
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source_url VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS fetched_at TIMESTAMP;
ALTER TABLE spending ADD COLUMN IF NOT EXISTS code VARCHAR;
"""


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)
    con.execute(MIGRATIONS)
