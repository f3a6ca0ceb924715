"""XLSX with openpyxl: every sheet, merged ranges filled, numbers written as printed.

Rows that hold one value only (titles, notes, text) outside a table are paragraphs;
rows with several values form a table, together with the one-value rows and short
runs of empty rows (at most three) between them.

A workbook that holds no table but pictures of pages (a scan pasted into a sheet) is read from its
pictures by OCR, sheet by sheet, top to bottom (pictures.py).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from pipelines.documents.errors import CorruptFile, EncryptedFile
from pipelines.documents.model import Block, Location, Paragraph, Table


def read_xlsx(path: Any, data: bytes, ocr_cache: Path | None = None) -> list[Block]:
    import openpyxl

    name = getattr(path, "name", str(path))
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"{name}: damaged Excel workbook ({exc})") from None
    except Exception as exc:
        if "encrypt" in str(exc).lower():
            raise EncryptedFile(f"{name}: the workbook is password-protected") from None
        raise CorruptFile(f"{name}: damaged Excel workbook ({type(exc).__name__})") from None
    blocks: list[Block] = []
    pictures: list[bytes] = []
    for sheet in workbook.worksheets:
        grid, merged = _sheet_grid(sheet)
        blocks.extend(_split(grid, merged, Location(sheet=sheet.title)))
        pictures.extend(_pictures(sheet))
    if pictures and not any(isinstance(b, Table) for b in blocks):
        from pipelines.documents.pictures import read_pictures

        blocks.extend(read_pictures(name, pictures, ocr_cache))
    return blocks


def _pictures(sheet: Any) -> list[bytes]:
    """The sheet's pictures, top to bottom (openpyxl keeps them where Pillow is installed)."""
    def row_of(image: Any) -> int:
        anchor = getattr(image.anchor, "_from", None)
        return getattr(anchor, "row", 0)

    return [image._data() for image in sorted(getattr(sheet, "_images", []), key=row_of)]


def cell_text(value: Any, number_format: str = "General") -> str:
    """A cell as printed: a number under a percent format is shown as a percent (0.9665 → ``96.65%``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) and "%" in number_format:
        return cell_text(round(float(value) * 100, 8)) + "%"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 10))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _sheet_grid(sheet: Any) -> tuple[list[list[str]], set[tuple[int, int]]]:
    rows = [[cell_text(c.value, getattr(c, "number_format", "General") or "General") for c in row]
            for row in sheet.iter_rows()]
    width = max((len(r) for r in rows), default=0)
    grid = [r + [""] * (width - len(r)) for r in rows]
    merged: set[tuple[int, int]] = set()
    for span in sheet.merged_cells.ranges:
        top = grid[span.min_row - 1][span.min_col - 1] if span.min_row - 1 < len(grid) else ""
        for r in range(span.min_row - 1, min(span.max_row, len(grid))):
            for c in range(span.min_col - 1, min(span.max_col, width)):
                if (r, c) != (span.min_row - 1, span.min_col - 1):
                    grid[r][c] = top
                    merged.add((r, c))
    return grid, merged


def _split(grid: list[list[str]], merged: set[tuple[int, int]], where: Location) -> list[Block]:
    def kind(row: list[str]) -> str:
        values = {v.strip() for v in row if v.strip()}
        return "empty" if not values else ("single" if len(values) == 1 else "multi")

    kinds = [kind(row) for row in grid]
    blocks: list[Block] = []
    r = 0
    while r < len(grid):
        if kinds[r] == "empty":
            r += 1
            continue
        if kinds[r] == "single":
            blocks.append(Paragraph(next(v for v in grid[r] if v.strip()).strip(), where))
            r += 1
            continue
        end = r
        k = r
        while k < len(grid):
            if kinds[k] == "empty":
                gap = k
                while gap < len(grid) and kinds[gap] == "empty":
                    gap += 1
                if gap - k > 3 or gap >= len(grid) or kinds[gap] != "multi" or kinds[end] != "multi":
                    break
                k = gap
                continue
            if kinds[k] == "multi":
                end = k
            k += 1
        rows = grid[r : end + 1]
        used = [c for c in range(len(grid[0])) if any(row[c].strip() for row in rows)]
        lo, hi = (min(used), max(used) + 1) if used else (0, 0)
        table_merged = {(i - r, c - lo) for i, c in merged if r <= i <= end and lo <= c < hi}
        blocks.append(Table([row[lo:hi] for row in rows], where, table_merged))
        r = end + 1
    return blocks
