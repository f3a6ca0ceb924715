"""Scanned reports read by offline OCR: image-only copies of the labelled corpus PDFs and of the seed
reports rendered as PDF (skewed, noisy, stamped, turned, photographed) score against the gold of the
originals."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from tests.conftest import CORPUS_DIR, GOLD_DIR, corpus_gold, gold_stems
from tests.fixtures.scan import SCANNERS, scan_pdf
from tests.gold_compare import compare

MEAN_F1 = 0.90
DOCUMENT_F1 = 0.80
MAX_PAGES = 6  # the 25-page 决算 would cost minutes of OCR in every run; the short ones cover each layout


def short(path: Path) -> bool:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf) <= MAX_PAGES
    finally:
        pdf.close()


def labelled_pdfs() -> list[Path]:
    return [p for p in sorted((CORPUS_DIR / "docs").glob("*.pdf")) if corpus_gold(p) is not None and short(p)]


def gold_of(stem: str) -> dict:
    """A seed's gold (tests/gold) or a corpus document's."""
    seed = GOLD_DIR / f"{stem}.json"
    if seed.exists():
        return json.loads(seed.read_text(encoding="utf-8"))
    gold = corpus_gold(CORPUS_DIR / "docs" / f"{stem}.pdf")
    assert gold is not None
    return gold


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory, rendered) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("scans")
    sources = labelled_pdfs() + [rendered[stem]["pdf"] for stem in gold_stems() if short(rendered[stem]["pdf"])]
    out = {}
    for i, path in enumerate(sources):
        scanner = SCANNERS[i % len(SCANNERS)]
        out[path.stem] = (scan_pdf(path, folder / f"{path.stem}.pdf", scanner), scanner.describe())
    return out


@pytest.fixture(scope="module")
def scores(scanned) -> dict[str, float]:
    from pipelines.documents import read_document
    from pipelines.recognize.extract import extract

    result = {}
    for stem, (path, _) in scanned.items():
        facts = extract(read_document(path)).to_json()
        result[stem] = compare(gold_of(stem), facts, like_scorer=True).f1
    return result


def test_a_scan_has_no_text_of_its_own(scanned) -> None:
    import pdfplumber

    path, _ = next(iter(scanned.values()))
    with pdfplumber.open(path) as pdf:
        assert not any(page.chars for page in pdf.pages) and all(page.images for page in pdf.pages)


def test_scanned_copies_score_against_the_gold_of_the_originals(scanned, scores) -> None:
    assert len(scores) >= 15
    low = {stem: (round(f1, 3), scanned[stem][1]) for stem, f1 in scores.items() if f1 < DOCUMENT_F1}
    assert not low, low
    assert statistics.mean(scores.values()) >= MEAN_F1, scores
