from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pipelines.documents import Document

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "gold"


def gold_stems() -> list[str]:
    return sorted(p.stem for p in GOLD_DIR.glob("*.json"))


def seed_path(stem: str) -> Path:
    found = list((ROOT / "raw").rglob(f"{stem}.*"))
    assert found, f"seed {stem} is not under raw/"
    return found[0]


def load_gold(stem: str) -> dict:
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Every seed rendered as PDF, DOCX, XLSX and HTML, once per test session."""
    from tests.fixtures.render import render_all

    out = tmp_path_factory.mktemp("rendered")
    return {stem: render_all(seed_path(stem), out) for stem in gold_stems()}


CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
LEGACY_SUFFIXES = (".doc", ".xls")  # read through LibreOffice, which may be missing


def corpus_files() -> list[Path]:
    """Every document of the labelled corpus (tests/corpus/docs), by name."""
    return sorted(p for p in (CORPUS_DIR / "docs").iterdir() if p.is_file())


def corpus_gold(path: Path) -> dict | None:
    """The hand-made gold of a corpus document, or None for the two documents that have none."""
    gold = CORPUS_DIR / "gold" / f"{path.stem}.json"
    return json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else None


@functools.cache
def corpus_document(name: str) -> Document:
    """A corpus document read once per session (LibreOffice conversions are slow); callers must not change it."""
    from pipelines.documents import read_document

    return read_document(CORPUS_DIR / "docs" / name)


@dataclass(frozen=True)
class Extraction:
    """The facts JSON of one document, or why extracting it failed."""

    facts: dict | None
    error: str | None = None


@functools.cache
def corpus_extraction(name: str) -> Extraction:
    """Extract a corpus document once per session; a failure is kept as the error, as the shared scorer does."""
    from pipelines.recognize.extract import extract

    try:
        return Extraction(extract(corpus_document(name)).to_json())
    except Exception as exc:  # any failure is a result to report, not a crash of the suite
        return Extraction(None, f"{type(exc).__name__}: {exc}")
