"""Find a file's format from its content (not its name) and decode text files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pipelines.documents.errors import CorruptFile, EmptyFile, EncryptedFile, UnknownFormat

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BINARY_EXTENSIONS = {".pdf", ".docx", ".xlsx", ".doc", ".xls"}
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".webp", ".bmp"}
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<table|<div|<p[\s>])", re.I)
HTML_ANYWHERE = re.compile(r"<(html|body|table|p|div)[\s>]", re.I)


def sniff_format(path: Path, data: bytes) -> str:
    """Return one of ``pdf docx xlsx doc xls html txt image`` or raise a DocumentError (``image``: a
    picture of a page, read by OCR; the facts contract names no format for it)."""
    from pipelines.documents.pictures import is_image

    if not data.strip():
        raise EmptyFile(f"{path.name}: the file is empty")
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _zip_format(path, data)
    if head[:8] == OLE2_MAGIC:
        return _ole2_format(path, data)
    ext = path.suffix.lower()
    if is_image(head) or (ext == ".bmp" and head[:2] == b"BM"):
        return "image"
    if ext in BINARY_EXTENSIONS | IMAGE_EXTENSIONS:
        what = "HTML" if HTML_START.search(head) else "text or unknown bytes"
        raise CorruptFile(
            f"{path.name}: named {ext} but the content is {what}, not a {ext[1:].upper()} file"
        )
    text = decode_text(path, data)
    if not _mostly_readable(text.replace("\ufffd", "")[:2000] or " "):
        raise UnknownFormat(f"{path.name}: binary content of an unknown format")
    if HTML_START.search(head) or HTML_ANYWHERE.search(text[:4096]):
        return "html"
    return "txt"


def _zip_format(path: Path, data: bytes) -> str:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"{path.name}: damaged or truncated zip archive ({exc})") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise UnknownFormat(f"{path.name}: a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file")


def _ole2_format(path: Path, data: bytes) -> str:
    def has(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        raise EncryptedFile(f"{path.name}: the Office document is password-protected")
    if has("WordDocument"):
        return "doc"
    if has("Workbook") or has("Book"):
        return "xls"
    raise UnknownFormat(f"{path.name}: an OLE2 compound file that is neither a .doc nor a .xls")


def decode_text(path: Path, data: bytes) -> str:
    """Decode text as UTF-8, UTF-16 (by BOM) or GB18030, the encodings county portals use."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        for encoding in ("utf-16-le", "utf-16-be"):
            text = data.decode(encoding, errors="replace")
            if _mostly_readable(text):
                return text
        raise UnknownFormat(f"{path.name}: binary content of an unknown format")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnknownFormat(f"{path.name}: binary content of an unknown format")
    return str(best)


def _mostly_readable(text: str) -> bool:
    sample = text[:2000]
    if not sample:
        return False
    readable = sum(1 for ch in sample if ch.isprintable() or ch in "\t\r\n")
    return readable / len(sample) > 0.95 and "\ufffd" not in sample


def likely_scanned(path: Path) -> bool:
    """Whether reading the file will mean OCR, judged cheaply, to send it to the OCR queue: a picture
    file, or a PDF whose first page has no text (a font named anywhere in the file means text, without
    opening it). A wrong guess costs only where the document is parsed, never how."""
    from pipelines.documents.pictures import is_image

    try:
        data = path.read_bytes()
    except OSError:
        return False
    if is_image(data[:16]):
        return True
    if data.lstrip()[:5] != b"%PDF-" or b"/Font" in data:
        return False
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
        try:
            return len(pdf) > 0 and pdf[0].get_textpage().count_chars() == 0
        finally:
            pdf.close()
    except pdfium.PdfiumError:
        return False
