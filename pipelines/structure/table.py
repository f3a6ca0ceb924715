"""A document's tables as structured tables: printed cells, classified rows, cut rows joined, money unit.

Built once per document; every recognizer reads these and never a reader's raw grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipelines.documents.model import Document, Location, Paragraph, Table
from pipelines.structure.cells import Cell, collapse_row
from pipelines.structure.numbers import clean_text, unit_factor
from pipelines.structure.rows import SECTION, Row, classify, fold_cut_rows


@dataclass
class StructuredTable:
    """``caption`` is the text printed just above the table and in its title rows; ``factor`` the money
    unit that text or a unit line states (万元 = 1.0), None where nothing says."""

    block: int
    rows: list[Row]
    location: Location
    caption: str = ""
    factor: float | None = None
    footer: list[str] = field(default_factory=list)  # lines printed just below: 自评等级, 填报人, notes

    @property
    def width(self) -> int:
        return max((c.last + 1 for r in self.rows for c in r.cells), default=0)

    def provenance(self, row: Row, text: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"block": self.block, "row": row.index}
        if row.page is not None:
            out["page"] = row.page
        if self.location.sheet is not None:
            out["sheet"] = self.location.sheet
        out["text"] = row.text if text is None else text
        return out

    def factor_for(self, row: Row, cell: Cell, headers: list[Row] | None = None) -> float:
        """The money unit stated for ``cell``: its column's header, then its row's labels, then the table."""
        for header in reversed(headers or []):
            over = header.at(cell.first, cell.last)
            if over is not None and over.stated_unit is not None:
                return over.stated_unit
        for label in row.cells:
            if label.last < cell.first and label.number is None and label.stated_unit is not None:
                return label.stated_unit
        for header in headers or []:
            for label in header.cells:
                if label.number is None and label.stated_unit is not None and label.last < cell.first \
                        and not any(c.stated_unit for c in header.cells if c.first > label.last):
                    return label.stated_unit
        return self.factor if self.factor is not None else 1.0

    def money(self, row: Row, cell: Cell | None, headers: list[Row] | None = None) -> float | None:
        if cell is None:
            return None
        return cell.money(self.factor_for(row, cell, headers))


def structure_table(table: Table, block: int, caption: str = "", footer: list[str] | None = None) -> StructuredTable:
    rows: list[Row] = []
    previous: list[str] | None = None
    for r, texts in enumerate(table.rows):
        covered = [(r, c) in table.merged for c in range(len(texts))]
        row = Row(r, collapse_row(texts, covered, previous), table.page_of_row(r), width=len(texts),
                  covered=frozenset(c for c, flag in enumerate(covered) if flag))
        row.kind = classify(row)
        rows.append(row)
        previous = texts
    rows = fold_cut_rows(rows)
    title_rows = _title_rows(rows)
    caption = " ".join([caption, *(r.own[0].text for r in title_rows if r.own)]).strip()
    factor = unit_factor(caption)
    return StructuredTable(block, rows, table.location, caption, factor, footer or [])


def _title_rows(rows: list[Row]) -> list[Row]:
    """Rows at the top that hold one line of text across the table: its title, unit line, unit name."""
    out = []
    for row in rows[:3]:
        if row.kind == SECTION or (len(row.own) <= 2 and not row.numbers and row is rows[0]):
            out.append(row)
        else:
            break
    return out


def caption_of(document: Document, index: int) -> str:
    """The paragraphs just above a table: its title and unit line."""
    parts: list[str] = []
    i = index - 1
    while i >= 0 and len(parts) < 3 and isinstance(document.blocks[i], Paragraph):
        parts.insert(0, clean_text(document.blocks[i].text) or "")  # type: ignore[union-attr]
        i -= 1
    return " ".join(p for p in parts if p)


def footer_of(document: Document, index: int, limit: int = 2) -> list[str]:
    """The lines printed just below a table, up to the next table: where forms put 自评等级 and signatures."""
    out: list[str] = []
    for block in document.blocks[index + 1:index + 1 + limit]:
        if not isinstance(block, Paragraph):
            break
        out.append(block.text.strip())  # as printed: spaces part the fields of a signature line
    return [line for line in out if line]


def structure(document: Document) -> list[StructuredTable]:
    return [structure_table(b, i, caption_of(document, i), footer_of(document, i))
            for i, b in enumerate(document.blocks) if isinstance(b, Table)]
