"""The documents under raw/: stable ids, content hashes, and what a run has to do with each."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

SKIP_SUFFIXES = {".json", ".md", ".part", ".tmp", ".meta"}  # sidecars and partial downloads


@dataclass(frozen=True)
class DocumentFile:
    document_id: str  # from the path under raw/, so a changed file keeps its id
    path: str  # relative to raw/, POSIX
    sha256: str
    size: int
    source_url: str | None = None  # from a fetched file's sidecar
    fetched_at: str | None = None


@dataclass(frozen=True)
class Known:
    sha256: str
    parser_version: str
    status: str  # parsed | failed | retired


@dataclass
class Plan:
    parse: list[DocumentFile]
    unchanged: list[DocumentFile]
    retire: list[str]  # document ids whose file is gone


def document_id(relative_path: str) -> str:
    return hashlib.sha1(relative_path.encode("utf-8")).hexdigest()[:16]


def scan(raw: Path) -> list[DocumentFile]:
    files = []
    for path in sorted(raw.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or path.suffix.lower() in SKIP_SUFFIXES:
            continue
        relative = path.relative_to(raw).as_posix()
        data = path.read_bytes()
        sidecar = _sidecar(path)
        files.append(DocumentFile(document_id(relative), relative, hashlib.sha256(data).hexdigest(), len(data),
                                  sidecar.get("url"), sidecar.get("fetched_at")))
    return files


def _sidecar(path: Path) -> dict:
    """Where a fetched file came from (pipelines.fetch.store writes ``<file>.meta.json``)."""
    meta = path.with_name(path.name + ".meta.json")
    if not meta.exists():
        return {}
    try:
        return json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def plan(files: list[DocumentFile], known: dict[str, Known], parser_version: str) -> Plan:
    """Parse what is new or changed (content or parser); a failure is retried only when either changed."""
    to_parse, unchanged = [], []
    for f in files:
        k = known.get(f.document_id)
        if k and k.sha256 == f.sha256 and k.parser_version == parser_version and k.status != "retired":
            unchanged.append(f)
        else:
            to_parse.append(f)
    present = {f.document_id for f in files}
    gone = [doc_id for doc_id, k in known.items() if doc_id not in present and k.status != "retired"]
    return Plan(to_parse, unchanged, sorted(gone))
