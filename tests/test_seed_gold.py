"""Each seed report, and each of its renderings as PDF/DOCX/XLSX/HTML, against its hand-made gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.documents import read_document
from pipelines.documents.legacy import soffice
from pipelines.recognize.extract import extract
from tests.conftest import gold_stems, load_gold, seed_path
from tests.fixtures.render import FORMATS
from tests.gold_compare import compare


@pytest.mark.parametrize("stem", gold_stems())
def test_seed_text_matches_gold(stem: str) -> None:
    facts = extract(read_document(seed_path(stem))).to_json()
    result = compare(load_gold(stem), facts)
    assert result.f1 >= 0.98, "\n".join(result.misses[:30])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", gold_stems())
def test_rendering_matches_gold(rendered, stem: str, fmt: str) -> None:
    document = read_document(rendered[stem][fmt])
    assert document.format == fmt
    facts = extract(document).to_json()
    result = compare(load_gold(stem), facts)
    assert result.f1 >= 0.95, "\n".join(result.misses[:30])


def test_renderings_have_what_published_files_have(rendered) -> None:
    """Merged cells in every format, and PDF tables that run over a page break."""
    for fmt in FORMATS:
        tables = [t for stem in gold_stems() for t in read_document(rendered[stem][fmt]).tables]
        assert any(t.merged for t in tables), f"no merged cells read back from {fmt}"
    pdf_tables = [t for stem in gold_stems() for t in read_document(rendered[stem]["pdf"]).tables]
    assert any(t.row_pages and len(set(t.row_pages)) > 1 for t in pdf_tables)


def test_comparison_notices_a_wrong_value() -> None:
    stem = gold_stems()[0]
    gold = load_gold(stem)
    facts = extract(read_document(seed_path(stem))).to_json()
    facts["projects"][0]["funds"]["total"]["executed"] += 1
    facts["projects"][0]["indicators"][0]["name"] = "别的指标"
    result = compare(gold, facts)
    assert result.correct < result.expected
    assert any("executed" in miss for miss in result.misses)


@pytest.fixture(scope="session")
def libreoffice_pdfs(rendered, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The DOCX renderings printed to PDF by LibreOffice: embedded fonts and rows cut by page breaks,
    as Word-made reports are published."""
    import subprocess

    out = tmp_path_factory.mktemp("libreoffice-pdf")
    sources = [str(rendered[stem]["docx"]) for stem in gold_stems()]
    subprocess.run([soffice(), f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *sources], check=True, capture_output=True, timeout=600)
    return {stem: out / f"{stem}.pdf" for stem in gold_stems()}


@pytest.mark.skipif(soffice() is None,
                    reason="LibreOffice (soffice) is not installed: `make setup` installs it where it can")
@pytest.mark.parametrize("stem", gold_stems())
def test_libreoffice_pdf_matches_gold(libreoffice_pdfs, stem: str) -> None:
    """Rows cut by a page break, level cells split by it and tables whose column grid changes at it are
    joined again: the same floor as the other renderings."""
    facts = extract(read_document(libreoffice_pdfs[stem])).to_json()
    result = compare(load_gold(stem), facts)
    assert result.f1 >= 0.95, "\n".join(result.misses[:30])
