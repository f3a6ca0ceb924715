"""Bad input gets one clear line on stderr and its own exit code; the rest of a batch is unaffected."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.documents import legacy, read_document
from pipelines.documents.errors import CorruptFile, EmptyFile, EncryptedFile, MissingConverter, NeedsOCR, UnknownFormat
from tests.conftest import ROOT, gold_stems, seed_path


def run_cli(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipelines", "extract", *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.stderr
    assert words in lines[0]


def encrypted_pdf(path: Path) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=StandardEncryption("user-secret", "owner-secret"))
    c.drawString(72, 720, "secret report")
    c.save()
    return path


def scanned_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (200, 100), "white")
    for x in range(20, 180):
        image.putpixel((x, 50), (0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 72, 500, width=400, height=200)
    c.save()
    return path


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "report.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile):
        read_document(empty)
    assert_one_line_error(run_cli(empty), 3, "empty")


def test_whitespace_only_text_is_empty(tmp_path: Path) -> None:
    blank = tmp_path / "report.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    with pytest.raises(EmptyFile):
        read_document(blank)


def test_truncated_pdf(tmp_path: Path, rendered) -> None:
    data = rendered[gold_stems()[0]]["pdf"].read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptFile):
        read_document(cut)
    assert_one_line_error(run_cli(cut), 3, "cut.pdf")


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "locked.pdf")
    with pytest.raises(EncryptedFile):
        read_document(path)
    assert_one_line_error(run_cli(path), 3, "password")


def test_scanned_pdf_needs_ocr_with_its_own_exit_code(tmp_path: Path) -> None:
    path = scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(NeedsOCR):
        read_document(path)
    assert_one_line_error(run_cli(path), 4, "OCR")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text("这不是一个Word文件", encoding="utf-8")
    with pytest.raises(CorruptFile):
        read_document(path)
    assert_one_line_error(run_cli(path), 3, "not a DOCX")


def test_damaged_docx(tmp_path: Path, rendered) -> None:
    data = rendered[gold_stems()[0]]["docx"].read_bytes()
    path = tmp_path / "damaged.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile):
        read_document(path)


def test_zip_that_is_no_office_file(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnknownFormat):
        read_document(path)


def test_unknown_binary_format(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(UnknownFormat):
        read_document(path)
    assert_one_line_error(run_cli(path), 3, "unknown format")


def test_encrypted_office_document(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(EncryptedFile):
        read_document(path)


def test_legacy_doc_without_libreoffice_says_what_to_install(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "WordDocument".encode("utf-16-le"))
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    with pytest.raises(MissingConverter) as raised:
        read_document(path)
    assert "libreoffice" in str(raised.value).lower()
    assert raised.value.exit_code == 5


def test_html_error_page_named_pdf_is_not_a_report(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>", encoding="utf-8")
    with pytest.raises(CorruptFile) as raised:
        read_document(path)
    assert "HTML" in str(raised.value)


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    good = seed_path(gold_stems()[0])
    result = run_cli(bad, good)
    assert result.returncode == 3
    outputs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(outputs) == 1 and outputs[0]["projects"]
    assert "bad.pdf" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_missing_file_is_one_line() -> None:
    assert_one_line_error(run_cli(Path("/nonexistent/report.pdf")), 3, "no such file")


def test_help_explains() -> None:
    result = subprocess.run([sys.executable, "-m", "pipelines", "extract", "--help"], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0
    assert "Exit codes" in result.stdout and "OCR" in result.stdout


@pytest.mark.skipif(legacy.soffice() is None, reason="LibreOffice (soffice) is not installed: `make setup` installs "
                    "libreoffice-writer-nogui where it can")
def test_legacy_doc_and_xls_are_converted(tmp_path: Path, rendered) -> None:
    stem = gold_stems()[0]
    for source, target in (("docx", "doc"), ("xlsx", "xls")):
        subprocess.run([legacy.soffice(), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                        "--convert-to", target, "--outdir", str(tmp_path), str(rendered[stem][source])],
                       check=True, capture_output=True, timeout=180)
        converted = tmp_path / f"{stem}.{target}"
        document = read_document(converted)
        assert document.format == target
        assert any("2023年创城工作经费" in c for t in document.tables for row in t.rows for c in row)
