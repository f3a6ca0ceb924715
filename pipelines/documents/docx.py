"""DOCX with python-docx: body paragraphs and tables in document order.

python-docx already repeats a merged cell (horizontal ``gridSpan`` or vertical
``vMerge``) in every grid position it covers; positions that share their cell with the
one to the left or above are recorded as merged. Tables nested in a cell follow their
outer table as tables of their own.

A document that holds no table but pictures of pages (a scanned, signed and stamped table pasted into
Word) is read from its pictures by OCR, in their place among its paragraphs (pictures.py).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from pipelines.documents.errors import CorruptFile
from pipelines.documents.model import Block, Paragraph, Table

BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def read_docx(path: Any, data: bytes, ocr_cache: Path | None = None) -> list[Block]:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

    name = getattr(path, "name", str(path))
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptFile(f"{name}: damaged Word document ({type(exc).__name__})") from None
    except Exception as exc:  # lxml raises its own errors for broken XML parts
        raise CorruptFile(f"{name}: damaged Word document ({type(exc).__name__})") from None
    blocks: list[Block] = []
    pictures: list[bytes] = []
    first_picture: int | None = None  # where the pictures' blocks go, if they are read
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = DocxParagraph(child, document).text.strip()
            if text:
                blocks.append(Paragraph(text))
            found = _pictures(child, document)
            if found and first_picture is None:
                first_picture = len(blocks)
            pictures.extend(found)
        elif tag == "tbl":
            _append_table(blocks, DocxTable(child, document))
    if pictures and first_picture is not None and not any(isinstance(b, Table) for b in blocks):
        from pipelines.documents.pictures import read_pictures

        blocks[first_picture:first_picture] = read_pictures(name, pictures, ocr_cache)
    return blocks


def _pictures(paragraph: Any, document: Any) -> list[bytes]:
    """The pictures in a paragraph (DrawingML or legacy VML), as stored in the package."""
    out = []
    for node in (*paragraph.iter(BLIP), *paragraph.iter(VML_IMAGE)):
        target = node.get(f"{RELATIONSHIP}embed") or node.get(f"{RELATIONSHIP}id")
        part = document.part.related_parts.get(target) if target else None
        blob = getattr(part, "blob", None)
        if blob:
            out.append(blob)
    return out


def _append_table(blocks: list[Block], table: Any) -> None:
    rows: list[list[str]] = []
    merged: set[tuple[int, int]] = set()
    nested: list[Any] = []
    previous_tcs: list[Any] = []
    for r, row in enumerate(table.rows):
        cells = row.cells
        texts, tcs = [], []
        for c, cell in enumerate(cells):
            tc = cell._tc
            if (c > 0 and tcs[c - 1] is tc) or (c < len(previous_tcs) and previous_tcs[c] is tc):
                merged.add((r, c))
            texts.append(cell.text)
            tcs.append(tc)
            if c == 0 or tcs[c - 1] is not tc:
                nested.extend(cell.tables)
        rows.append(texts)
        previous_tcs = tcs
    if rows:
        width = max(len(r) for r in rows)
        blocks.append(Table([r + [""] * (width - len(r)) for r in rows], merged=merged))
    for inner in nested:
        _append_table(blocks, inner)
