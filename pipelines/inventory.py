"""The documents under raw/: stable ids, content hashes, and what a run has to do with each."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

SKIP_SUFFIXES = {".json", ".md", ".part", ".tmp", ".meta"}  # sidecars and partial downloads


@dataclass(frozen=True)
class DocumentFile:
    document_id: str  # from the path under raw/, so a changed file keeps its id
    path: str  # relative to raw/, POSIX
    sha256: str
    size: int
    source_url: str | None = None  # from a fetched file's sidecar: the first URL that served it
    fetched_at: str | None = None  # the latest time any URL served it
    urls: tuple[tuple[str, str], ...] = ()  # every (url, last time it served this content)

    @property
    def sources_key(self) -> str:
        """Changes when a URL starts or stops serving this content, or serves it again."""
        return "\n".join(f"{url}\t{when}" for url, when in sorted(map(tuple, self.urls)))


@dataclass(frozen=True)
class Known:
    sha256: str
    parser_version: str
    status: str  # parsed | failed | no_report | retired
    sources_key: str = ""


@dataclass
class Plan:
    parse: list[DocumentFile]
    unchanged: list[DocumentFile]
    retire: list[str]  # document ids whose file is gone
    relink: list[DocumentFile] = field(default_factory=list)  # same content, other URLs or fetch times


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
                                  sidecar.get("url"), sidecar.get("fetched_at"), _served_by(sidecar)))
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


def _served_by(sidecar: dict) -> tuple[tuple[str, str], ...]:
    """(url, time) of every URL that served the file: the sidecar's ``urls``, else its one ``url``."""
    served: dict[str, str] = {}
    entries = [e for e in sidecar.get("urls") or [] if isinstance(e, dict)] or [sidecar]
    for entry in entries:
        when = _utc(entry.get("fetched_at"))
        for key in ("url", "final_url"):
            if entry.get(key) and when:
                served[entry[key]] = max(served.get(entry[key], ""), when)
    return tuple(sorted(served.items()))


def _utc(text: object) -> str | None:
    """A sidecar time as naive UTC with microseconds, the form the warehouse gives back."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="microseconds")


def plan(files: list[DocumentFile], known: dict[str, Known], parser_version: str) -> Plan:
    """Parse what is new or changed (content or parser); a failure is retried only when either changed."""
    to_parse, unchanged, relink = [], [], []
    for f in files:
        k = known.get(f.document_id)
        if k and k.sha256 == f.sha256 and k.parser_version == parser_version and k.status != "retired":
            unchanged.append(f)
            if k.sources_key != f.sources_key:
                relink.append(f)
        else:
            to_parse.append(f)
    present = {f.document_id for f in files}
    gone = [doc_id for doc_id, k in known.items() if doc_id not in present and k.status != "retired"]
    return Plan(to_parse, unchanged, sorted(gone), relink)


@dataclass(frozen=True)
class Batch:
    """Documents parsed together in one step. ``batch_id`` comes from what is in it (ids and content
    hashes): the same documents make the same batch, whose results replace its earlier ones; a changed
    document changes its batch. ``scanned``: its documents are pictures of pages, parsed on the OCR queue."""

    batch_id: str
    documents: tuple[DocumentFile, ...]
    scanned: bool = False


def assign_batches(documents: list[DocumentFile], size: int, scanned: set[str] | None = None) -> list[Batch]:
    """Every document in exactly one batch of at most ``size``, in order of document id (the same plan
    gives the same batches); the documents in ``scanned`` (ids) form batches of their own."""
    scanned = scanned or set()
    size = max(1, size)
    out = []
    for is_scanned in (False, True):
        chosen = sorted((d for d in documents if (d.document_id in scanned) == is_scanned),
                        key=lambda d: d.document_id)
        for start in range(0, len(chosen), size):
            members = tuple(chosen[start:start + size])
            digest = hashlib.sha256("\n".join(f"{d.document_id} {d.sha256}" for d in members).encode())
            out.append(Batch(f"{'scan' if is_scanned else 'text'}-{digest.hexdigest()[:16]}", members, is_scanned))
    return out
