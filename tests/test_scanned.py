"""Scanned reports read by offline OCR: image-only copies of the labelled corpus PDFs and of the seed
reports rendered as PDF (skewed, noisy, stamped, turned, photographed) score against the gold of the
originals; so do the same pages published as pictures (.jpg, .tif, Word or Excel holding pictures) and a
PDF whose pages are partly text, partly scanned. Facts read by OCR say how sure the engine was and where
they lie; what OCR read is cached by content and engine version."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from tests.conftest import CORPUS_DIR, GOLD_DIR, corpus_gold, gold_stems
from tests.fixtures.scan import SCANNERS, Scanner, page_count, save_pictures, scan_pages, scan_pdf, searchable_pdf
from tests.gold_compare import compare

MEAN_F1 = 0.90
DOCUMENT_F1 = 0.80
MAX_PAGES = 6  # the 25-page 决算 would cost minutes of OCR in every run; the short ones cover each layout


def short(path: Path) -> bool:
    return page_count(path) <= MAX_PAGES


def labelled_pdfs(any_length: bool = False) -> list[Path]:
    return [p for p in sorted((CORPUS_DIR / "docs").glob("*.pdf"))
            if corpus_gold(p) is not None and (any_length or short(p))]


def with_projects(pages: int) -> list[Path]:
    """Labelled PDFs of ``pages`` pages whose gold holds a project with its fund rows."""
    return [p for p in labelled_pdfs() if page_count(p) == pages
            and any(project.get("funds") for project in gold_of(p.stem).get("projects") or [])]


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


def facts_of(path: Path, cache: Path | None = None) -> dict:
    from pipelines.documents import read_document
    from pipelines.recognize.extract import extract

    return extract(read_document(path, ocr_cache=cache)).to_json()


@pytest.fixture(scope="module")
def scanned_facts(scanned) -> dict[str, dict]:
    return {stem: facts_of(path) for stem, (path, _) in scanned.items()}


@pytest.fixture(scope="module")
def scores(scanned_facts) -> dict[str, float]:
    return {stem: compare(gold_of(stem), facts, like_scorer=True).f1 for stem, facts in scanned_facts.items()}


def test_a_scan_has_no_text_of_its_own(scanned) -> None:
    import pdfplumber

    path, _ = next(iter(scanned.values()))
    with pdfplumber.open(path) as pdf:
        assert not any(page.chars for page in pdf.pages) and all(page.images for page in pdf.pages)


def test_scanned_copies_score_against_the_gold_of_the_originals(scanned, scores) -> None:
    assert len(scores) >= 15
    print(f"scanned copies: mean F1 {statistics.mean(scores.values()):.3f}, lowest {min(scores.values()):.3f} "
          f"over {len(scores)}")
    low = {stem: (round(f1, 3), scanned[stem][1]) for stem, f1 in scores.items() if f1 < DOCUMENT_F1}
    assert not low, low
    assert statistics.mean(scores.values()) >= MEAN_F1, scores


def test_the_longest_labelled_report_scanned(tmp_path: Path) -> None:
    """The longest labelled PDF (a real 部门决算 of some 25 pages: tables over pages and a long 情况说明
    whose wrapped lines OCR boxes overlap) scanned with a seal: its tables and its prose still read."""
    longest = max(labelled_pdfs(any_length=True), key=page_count)  # the first of equals: the real one
    assert page_count(longest) > MAX_PAGES
    scan = scan_pdf(longest, tmp_path / "long.pdf", Scanner(200, skew=0.8, stamp=True))
    f1 = compare(gold_of(longest.stem), facts_of(scan), like_scorer=True).f1
    print(f"scanned {longest.stem} ({page_count(longest)} pages): F1 {f1:.3f}")
    assert f1 >= MEAN_F1


def provenances(value) -> list[dict]:
    """Every provenance object in a document's facts."""
    if isinstance(value, list):
        return [p for item in value for p in provenances(item)]
    if not isinstance(value, dict):
        return []
    own = [value] if "block" in value and "text" in value else []
    return own + [p for v in value.values() for p in provenances(v)]


def test_facts_read_by_ocr_keep_confidence_and_box(scanned, scanned_facts) -> None:
    for stem, facts in scanned_facts.items():
        found = provenances({k: v for k, v in facts.items() if k != "source"})
        read = [p["ocr"] for p in found if "ocr" in p]
        if facts.get("projects") and any(p.get("funds") for p in facts["projects"]):
            assert read, stem  # a scanned project table's rows were read by OCR
        for ocr in read:
            page, x0, top, x1, bottom = ocr["box"]
            assert 0 < ocr["confidence"] <= 1 and page >= 1 and x0 < x1 and top < bottom, (stem, ocr)
    text = facts_of(next(p for p in labelled_pdfs() if p.stem in scanned))
    assert not any("ocr" in p for p in provenances(text))  # a text PDF says nothing of OCR


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    source = with_projects(2)[0]
    return source, scan_pages(source, Scanner(200, skew=0.7, stamp=True))


@pytest.mark.parametrize("suffix", [".tif", ".docx", ".xlsx"])
def test_pictures_of_pages_read_like_a_scanned_pdf(two_pages, suffix: str, tmp_path: Path) -> None:
    """A multi-page TIFF, a Word or an Excel file holding only the pictures of the pages: the table
    runs on from one picture to the next as over a page break."""
    source, pages = two_pages
    facts = facts_of(save_pictures(pages, tmp_path / f"scan{suffix}"))
    assert facts["source"]["format"] == {".tif": "image"}.get(suffix, suffix[1:])
    assert compare(gold_of(source.stem), facts, like_scorer=True).f1 >= DOCUMENT_F1


def test_a_photo_of_one_page_is_read(tmp_path: Path) -> None:
    source = with_projects(1)[0]
    pages = scan_pages(source, Scanner(150, perspective=0.02, noise=0.001))
    facts = facts_of(save_pictures(pages, tmp_path / "photo.jpg", dpi=150))
    assert facts["source"]["format"] == "image"
    assert compare(gold_of(source.stem), facts, like_scorer=True).f1 >= DOCUMENT_F1


def test_a_pdf_of_text_and_scanned_pages_is_read_page_by_page(two_pages, tmp_path: Path) -> None:
    """The first page as printed text, the second scanned: each page read its own way, the table joined."""
    import pypdfium2 as pdfium

    from pipelines.documents import read_document
    from pipelines.recognize.extract import extract

    source, pages = two_pages
    scanned_second = tmp_path / "second.pdf"
    pages[1].save(scanned_second, "PDF", resolution=200)
    mixed = pdfium.PdfDocument.new()
    for part, index in ((pdfium.PdfDocument(str(source)), 0), (pdfium.PdfDocument(str(scanned_second)), 0)):
        mixed.import_pages(part, [index])
    mixed.save(str(tmp_path / "mixed.pdf"))
    document = read_document(tmp_path / "mixed.pdf")
    rows = [(table.page_of_row(r), table.ocr_of_row(r)) for table in document.tables for r in range(len(table.rows))]
    assert {page for page, _ in rows} == {1, 2}
    assert all((ocr is not None) == (page == 2) for page, ocr in rows if page == 1 or ocr)  # only page 2 OCRed
    assert any(ocr is not None for page, ocr in rows if page == 2)
    facts = extract(document).to_json()
    assert compare(gold_of(source.stem), facts, like_scorer=True).f1 >= DOCUMENT_F1


def test_a_scanners_searchable_pdf_is_read_as_a_scan(two_pages, tmp_path: Path) -> None:
    """A scanner's own OCR: the page image with the words laid invisibly over it and no ruling line. Read
    as text, its tables have no structure; read as the scan it is, they do."""
    source, _ = two_pages
    path = searchable_pdf(source, tmp_path / "searchable.pdf", Scanner(200, skew=0.4))
    facts = facts_of(path)
    assert any("ocr" in p for p in provenances(facts))
    assert compare(gold_of(source.stem), facts, like_scorer=True).f1 >= DOCUMENT_F1


def test_a_picture_too_small_for_a_page_needs_ocr_no_more(tmp_path: Path) -> None:
    """A logo-sized picture is no page: exit 4 with the reason, not a guess."""
    from PIL import Image

    from pipelines.documents import read_document
    from pipelines.documents.errors import NeedsOCR

    Image.new("RGB", (120, 80), "white").save(tmp_path / "logo.png")
    with pytest.raises(NeedsOCR, match="too small"):
        read_document(tmp_path / "logo.png")


def test_ocr_readings_are_cached_by_content_and_engine_version(two_pages, tmp_path: Path, monkeypatch) -> None:
    from pipelines.documents import scan

    source, pages = two_pages
    path = save_pictures(pages[:1], tmp_path / "page.png")
    cache = tmp_path / "cache"
    first = facts_of(path, cache)
    assert list(cache.rglob("*.json"))

    calls = []
    real = scan.recognise

    def counted(image):
        calls.append(image.size)
        return real(image)

    monkeypatch.setattr(scan, "recognise", counted)
    assert facts_of(path, cache) == first and not calls  # the same facts, no OCR
    renamed = tmp_path / "renamed.png"  # the key is the content, not the name
    renamed.write_bytes(path.read_bytes())
    assert facts_of(renamed, cache)["projects"] == first["projects"] and not calls
    monkeypatch.setattr(scan, "SCAN_VERSION", scan.SCAN_VERSION + "-changed")
    assert facts_of(path, cache)["projects"] == first["projects"]
    assert len(calls) == 1  # another engine version reads the page again


def test_low_confidence_figures_become_findings(two_pages, tmp_path: Path) -> None:
    """dq_findings lists each printed row whose figures OCR read with low confidence, and only those."""
    import duckdb

    from pipelines.inventory import DocumentFile
    from pipelines.load.load import load_document
    from pipelines.load.schema import ensure_schema
    from pipelines.quality.rules import LOW_OCR_CONFIDENCE, run_rules

    source, pages = two_pages
    facts = facts_of(save_pictures(pages, tmp_path / "scan.tif"))
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    doc = DocumentFile(document_id="d1", path="scan.tif", sha256="0" * 64, size=1)
    load_document(con, doc, facts, "test")
    run_rules(con)
    low = con.execute("SELECT count(*) FROM dq_findings WHERE rule_id = 'ocr_confidence'").fetchone()[0]
    printed_low = {(p["ocr"]["box"][0], p["ocr"]["box"][2]) for p in provenances(facts)
                   if "ocr" in p and p["ocr"]["confidence"] < LOW_OCR_CONFIDENCE}
    assert low == len(printed_low)
    row = next(p for p in provenances(facts["projects"][0]["funds"]) if "ocr" in p)
    row["ocr"]["confidence"] = 0.41  # one row read badly
    load_document(con, doc, facts, "test")
    run_rules(con)
    detail = con.execute("SELECT subject, detail FROM dq_findings WHERE rule_id = 'ocr_confidence' "
                         "AND contains(detail, '0.41')").fetchall()
    assert len(detail) == 1 and "请核对原件" in detail[0][1]
    assert detail[0][0] == row["text"][:60]
