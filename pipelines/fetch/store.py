"""Downloads into raw/: names from the source and the content hash, never from the server.

``raw/fetched/<source>/<sha256[:16]>.<format>`` with a sidecar ``….meta.json`` saying where and
when it came from. The same content is stored once; a new version of a report at the same URL
is a new file beside the old one. The sidecar's ``urls`` lists every URL that served the content
(redirect targets included) with the time it last did, so the warehouse can tell, per URL, which
content is current; ``url`` (the first URL) and ``fetched_at`` (the latest) stay for older readers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

FETCHED = "fetched"
STORED_NAME = re.compile(r"[0-9a-f]{16}\.[a-z]{2,4}")


def stored_path(raw: Path, source: str, data: bytes, fmt: str) -> Path:
    digest = hashlib.sha256(data).hexdigest()
    return raw / FETCHED / source / f"{digest[:16]}.{fmt}"


def stored_file(raw: Path, source: str, relative: str | None) -> Path | None:
    """The stored file a fetch_log path names, if it is one of this source's and still there."""
    parts = PurePosixPath(relative or "").parts
    if len(parts) != 3 or parts[:2] != (FETCHED, source) or not STORED_NAME.fullmatch(parts[2]):
        return None
    path = raw.joinpath(*parts)
    return path if path.is_file() else None


def save(raw: Path, source: str, url: str, final_url: str, data: bytes, fmt: str, headers: dict[str, str],
         hints: dict[str, Any]) -> tuple[Path, bool]:
    """(path, new): writes the file and its sidecar atomically, or records ``url`` as serving stored content."""
    target = stored_path(raw, source, data, fmt)
    if target.exists() and touch(target, url, final_url):
        return target, False
    new = not target.exists()
    target.parent.mkdir(parents=True, exist_ok=True)
    now = _now()
    sidecar = {
        "url": url,
        "source": source,
        "fetched_at": now,
        "sha256": hashlib.sha256(data).hexdigest(),
        "format": fmt,
        "content_type": headers.get("content-type"),
        "etag": headers.get("etag"),
        "last_modified": headers.get("last-modified"),
        "bytes": len(data),
        "hints": hints,
        "urls": _served(url, final_url, now),
    }
    _write_json(sidecar_path(target), sidecar)
    if new:
        _write_atomic(target, data)
    return target, new


def touch(path: Path, url: str, final_url: str) -> bool:
    """Record that ``url`` (redirected to ``final_url``) served this stored content just now; False without sidecar."""
    meta = sidecar_path(path)
    try:
        sidecar = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(sidecar, dict):
        return False
    entries = [e for e in sidecar.get("urls") or [] if isinstance(e, dict) and e.get("url")]
    if not entries and sidecar.get("url"):  # a sidecar written before ``urls`` existed
        entries = [{"url": sidecar["url"], "final_url": sidecar["url"], "fetched_at": sidecar.get("fetched_at")}]
    now = _now()
    by_url = {e["url"]: e for e in entries}
    by_url.update((e["url"], e) for e in _served(url, final_url, now))
    sidecar["urls"] = list(by_url.values())
    sidecar["fetched_at"] = now
    _write_json(meta, sidecar)
    return True


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def _served(url: str, final_url: str, now: str) -> list[dict[str, str]]:
    """The requested URL, and the URL it redirected to: both serve this content."""
    entries = [{"url": url, "final_url": final_url, "fetched_at": now}]
    if final_url != url:
        entries.append({"url": final_url, "final_url": final_url, "fetched_at": now})
    return entries


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")  # two runs in one second stay ordered


def _write_json(target: Path, data: dict[str, Any]) -> None:
    _write_atomic(target, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _write_atomic(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")
    tmp.write_bytes(data)
    os.replace(tmp, target)
