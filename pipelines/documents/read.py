"""Dispatch a file to the reader for its sniffed format."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pipelines.documents.model import Document


def read_document(path: str | Path, ocr_cache: Path | None = None) -> Document:
    """The document in ``path``, its format found from its content. ``ocr_cache``: a folder that keeps what
    OCR read of scanned pages and pictures (by content hash and engine version), so a re-read OCRs nothing."""
    from pipelines.documents.errors import CorruptFile, EmptyFile
    from pipelines.documents.sniff import decode_text, sniff_format

    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CorruptFile(f"{path}: is a directory, not a file") from None
    except FileNotFoundError:
        raise CorruptFile(f"{path}: no such file") from None
    if not data:
        raise EmptyFile(f"{path.name}: the file is empty")
    fmt = sniff_format(path, data)
    title: str = ""  # the file's own title and page furniture, where its format has them
    chrome: list[str] = []
    if fmt == "txt":
        from pipelines.documents.text import read_text

        blocks = read_text(decode_text(path, data))
    elif fmt == "html":
        from pipelines.documents.html import page_furniture, read_html

        html = decode_text(path, data)
        blocks = read_html(html)
        title, chrome = page_furniture(html)
    elif fmt == "pdf":
        from pipelines.documents.pdf import pdf_title, read_pdf

        blocks = read_pdf(path, data, ocr_cache)
        title = pdf_title(data)
    elif fmt == "image":
        from pipelines.documents.pictures import read_image_file

        blocks = read_image_file(path, data, ocr_cache)
    elif fmt == "docx":
        from pipelines.documents.docx import read_docx

        blocks = read_docx(path, data, ocr_cache)
        title = ooxml_title(data)
    elif fmt == "xlsx":
        from pipelines.documents.xlsx import read_xlsx

        blocks = read_xlsx(path, data, ocr_cache)
        title = ooxml_title(data)
    else:
        from pipelines.documents.legacy import read_legacy

        blocks = read_legacy(path, data, fmt, ocr_cache)
    return Document(blocks=blocks, format=fmt, path=str(path), sha256=hashlib.sha256(data).hexdigest(),
                    title=title, chrome=chrome)


def ooxml_title(data: bytes) -> str:
    """The title in a DOCX/XLSX package's core properties (``docProps/core.xml``), or ``""``."""
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            root = ElementTree.fromstring(package.read("docProps/core.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError):
        return ""
    node = root.find("{http://purl.org/dc/elements/1.1/}title")
    return (node.text or "").strip() if node is not None else ""
