"""Scanned reports read by offline OCR: image-only copies of the labelled corpus PDFs (skewed, noisy,
stamped) score against the gold of the originals."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from tests.conftest import CORPUS_DIR, corpus_gold
from tests.fixtures.scan import SCANNERS, scan_pdf
from tests.gold_compare import compare

MEAN_F1 = 0.90
DOCUMENT_F1 = 0.80
MAX_PAGES = 6  # the 25-page 决算 would cost minutes of OCR in every run; the short ones cover each layout


def labelled_pdfs() -> list[Path]:
    import pypdfium2 as pdfium

    found = []
    for path in sorted((CORPUS_DIR / "docs").glob("*.pdf")):
        if corpus_gold(path) is None:
            continue
        pdf = pdfium.PdfDocument(str(path))
        pages = len(pdf)
        pdf.close()
        if pages <= MAX_PAGES:
            found.append(path)
    return found


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("scans")
    out = {}
    for i, path in enumerate(labelled_pdfs()):
        scanner = SCANNERS[i % len(SCANNERS)]
        out[path.stem] = (scan_pdf(path, folder / path.name, scanner), scanner.describe())
    return out


@pytest.fixture(scope="module")
def scores(scanned) -> dict[str, float]:
    from pipelines.documents import read_document
    from pipelines.recognize.extract import extract

    result = {}
    for stem, (path, _) in scanned.items():
        facts = extract(read_document(path)).to_json()
        result[stem] = compare(corpus_gold(CORPUS_DIR / "docs" / f"{stem}.pdf"), facts, like_scorer=True).f1
    return result


def test_a_scan_has_no_text_of_its_own(scanned) -> None:
    import pdfplumber

    path, _ = next(iter(scanned.values()))
    with pdfplumber.open(path) as pdf:
        assert not any(page.chars for page in pdf.pages) and all(page.images for page in pdf.pages)


def test_scanned_copies_score_against_the_gold_of_the_originals(scanned, scores) -> None:
    assert len(scores) >= 10
    low = {stem: (round(f1, 3), scanned[stem][1]) for stem, f1 in scores.items() if f1 < DOCUMENT_F1}
    assert not low, low
    assert statistics.mean(scores.values()) >= MEAN_F1, scores
