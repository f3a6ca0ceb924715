"""Downloads into raw/: names from the source and the content hash, never from the server.

``raw/fetched/<source>/<sha256[:16]>.<format>`` with a sidecar ``….meta.json`` saying where and
when it came from. The same content is stored once; a new version of a report at the same URL
is a new file beside the old one (the warehouse takes the latest fetch of a URL as current).
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FETCHED = "fetched"


def stored_path(raw: Path, source: str, data: bytes, fmt: str) -> Path:
    digest = hashlib.sha256(data).hexdigest()
    return raw / FETCHED / source / f"{digest[:16]}.{fmt}"


def save(raw: Path, source: str, url: str, data: bytes, fmt: str, headers: dict[str, str],
         hints: dict[str, Any]) -> tuple[Path, bool]:
    """(path, new): writes the file and its sidecar atomically unless this content is already stored."""
    target = stored_path(raw, source, data, fmt)
    if target.exists():
        return target, False
    target.parent.mkdir(parents=True, exist_ok=True)
    sidecar = {
        "url": url,
        "source": source,
        "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sha256": hashlib.sha256(data).hexdigest(),
        "format": fmt,
        "content_type": headers.get("content-type"),
        "etag": headers.get("etag"),
        "last_modified": headers.get("last-modified"),
        "bytes": len(data),
        "hints": hints,
    }
    _write_atomic(sidecar_path(target), json.dumps(sidecar, ensure_ascii=False, indent=2).encode("utf-8"))
    _write_atomic(target, data)
    return target, True


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def _write_atomic(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, target)
