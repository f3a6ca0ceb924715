"""Dispatch a file to the reader for its sniffed format."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipelines.documents.model import Document


def read_document(path: str | Path) -> Document:
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
    if fmt == "txt":
        from pipelines.documents.text import read_text

        blocks = read_text(decode_text(path, data))
    elif fmt == "html":
        from pipelines.documents.html import read_html

        blocks = read_html(decode_text(path, data))
    elif fmt == "pdf":
        from pipelines.documents.pdf import read_pdf

        blocks = read_pdf(path, data)
    elif fmt == "docx":
        from pipelines.documents.docx import read_docx

        blocks = read_docx(path, data)
    elif fmt == "xlsx":
        from pipelines.documents.xlsx import read_xlsx

        blocks = read_xlsx(path, data)
    else:
        from pipelines.documents.legacy import read_legacy

        blocks = read_legacy(path, data, fmt)
    return Document(blocks=blocks, format=fmt, path=str(path), sha256=hashlib.sha256(data).hexdigest())
