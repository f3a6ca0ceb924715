"""Parse results on disk between the parse steps and the load, so memory does not grow with the run.

A parse step writes each result as soon as it is ready (``<folder>/<document_id>.json``, atomically)
and hands on only where it is; the load reads them one at a time. A run that dies leaves at most
results nobody loaded: the next run parses those documents again and clears the folder.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from pipelines.inventory import DocumentFile
from pipelines.parse import ParseResult


@dataclass(frozen=True)
class Staged:
    document: DocumentFile
    file: str  # the staged result
    ok: bool  # facts (else an error)


def stage(folder: Path, document: DocumentFile, result: ParseResult) -> Staged:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{document.document_id}.json"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(result), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
    return Staged(document, str(target), result.facts is not None)


def unstage(staged: Staged) -> ParseResult:
    return ParseResult(**json.loads(Path(staged.file).read_text(encoding="utf-8")))


def keep_facts(cache: Path, document_id: str, facts: dict) -> None:
    """The loaded facts beside the warehouse, for reading a figure in context."""
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{document_id}.json"
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)


def clear(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
