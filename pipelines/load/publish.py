"""Publish the finished warehouse as a read-only copy, atomically, for analysts and dashboards.

DuckDB locks the working file against every other process while dbt writes it, so
readers never open it: they open the published copy, replaced in one rename.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def publish(working: Path, published: Path) -> Path:
    published.parent.mkdir(parents=True, exist_ok=True)
    tmp = published.with_name(f".{published.name}.{os.getpid()}.tmp")
    shutil.copyfile(working, tmp)
    os.chmod(tmp, 0o444)
    os.replace(tmp, published)
    return published
