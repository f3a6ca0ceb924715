"""The one document model every reader produces.

A document is an ordered sequence of blocks: paragraphs and tables. A table is a
rectangular grid of cell texts in which every position covered by a merged cell
already holds that cell's text, so recognizers never see merge mechanics.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    """Where a block sits in its source file: page (PDF) or sheet (XLSX), both 1-based."""

    page: int | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class ReadByOCR:
    """How sure the OCR engine was of a row read from a scan, and where the row lies: its lowest line
    confidence (0..1) and its box in points of the upright page (top-left origin, as pdfplumber)."""

    confidence: float
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Paragraph:
    """``ocr``: what OCR said of the paragraph's lines, where it was read from a scan."""

    text: str
    location: Location = field(default_factory=Location)
    ocr: ReadByOCR | None = None


@dataclass
class Table:
    """A grid of cell texts; ``rows[r][c]`` is ``""`` for an empty cell.

    ``merged`` lists the (row, col) positions that were filled from a merged cell
    rather than printed there, so a recognizer can tell a repeated label from a repeat.
    ``row_pages`` gives the page of each row where a table runs over several pages; ``row_ocr`` what
    OCR said of each row of a scanned table (None for a row, or the whole table, that was not read by OCR).
    """

    rows: list[list[str]]
    location: Location = field(default_factory=Location)
    merged: set[tuple[int, int]] = field(default_factory=set)
    row_pages: list[int] | None = None
    row_ocr: list[ReadByOCR | None] | None = None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def page_of_row(self, row: int) -> int | None:
        if self.row_pages is not None and 0 <= row < len(self.row_pages):
            return self.row_pages[row]
        return self.location.page

    def ocr_of_row(self, row: int) -> ReadByOCR | None:
        if self.row_ocr is not None and 0 <= row < len(self.row_ocr):
            return self.row_ocr[row]
        return None


Block = Paragraph | Table


@dataclass
class Document:
    """``title`` is the file's own title (document properties, HTML ``<title>``); ``chrome`` the text of
    page furniture (site header, breadcrumbs, footer), whether or not the reader kept it in the blocks:
    neither is content, but both may name who published the document."""

    blocks: list[Block]
    format: str
    path: str = ""
    sha256: str = ""
    title: str = ""
    chrome: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def text(self) -> str:
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                parts.extend("\t".join(row) for row in block.rows)
        return "\n".join(parts)
