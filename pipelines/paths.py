"""Where things live: absolute paths, each overridable by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _path(variable: str, default: Path) -> Path:
    value = os.environ.get(variable)
    return Path(value).resolve() if value else default


def raw_dir() -> Path:
    return _path("RAW_DIR", ROOT / "raw")


def warehouse_dir() -> Path:
    return _path("WAREHOUSE_DIR", ROOT / "warehouse")


def working_db() -> Path:
    """The file the pipeline and dbt write; nobody else opens it."""
    return _path("WAREHOUSE_PATH", warehouse_dir() / "work.duckdb")


def published_db() -> Path:
    """The finished read-only copy analysts and dashboards open."""
    return _path("PUBLISHED_PATH", warehouse_dir() / "selfeval.duckdb")


def facts_cache_dir() -> Path:
    return _path("FACTS_DIR", warehouse_dir() / "facts")


def facts_store() -> Path:
    """Parse results between the parse steps and the load (a shared path when steps run on several hosts)."""
    return _path("FACTS_STORE", warehouse_dir() / "facts-store")


def ocr_cache_dir() -> Path:
    """Readings of scanned pages by content hash and OCR engine version: a re-parse OCRs nothing."""
    return _path("OCR_CACHE_DIR", warehouse_dir() / "ocr-cache")


def dbt_project_dir() -> Path:
    return ROOT / "dbt_project"


def dagster_home() -> Path:
    return _path("DAGSTER_HOME", ROOT / ".dagster_home")


def sources_file() -> Path:
    return _path("SOURCES_FILE", ROOT / "sources.yaml")
