"""PDF with pdfplumber: ruled tables with merged cells resolved, text outside tables as paragraphs.

* Fake-bold fonts print every character twice; such pages are de-duplicated.
* A merged cell comes back from pdfplumber as ``None`` in the positions it covers;
  each such position gets the text of the cell whose box covers it.
* A table that continues at the top of the next page is joined to the one above, without the
  header row the new page repeats; where the page break changed the column grid (a cell merged
  over two columns above, one column below), its columns are matched by their position on the page.
* Lines of running text are joined into paragraphs where a line runs to the right margin.
* A PDF with no text but images is a scan: it needs OCR (its own error).
"""

from __future__ import annotations

import io
import re
from typing import Any

from pipelines.documents.errors import CorruptFile, EncryptedFile, NeedsOCR
from pipelines.documents.model import Block, Location, Paragraph, Table

PAGE_NUMBER = re.compile(r"^[\s\-—–－·]*(第\s*)?\d+(\s*页)?(\s*/\s*\d+)?[\s\-—–－·]*$")
CID = re.compile(r"\(cid:\d+\)")


def open_pdf(data: bytes, name: str) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages
    except PDFPasswordIncorrect:
        raise EncryptedFile(f"{name}: the PDF is password-protected") from None
    except Exception as exc:  # pdfminer raises many kinds for damaged files; pdfplumber wraps them
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, PDFPasswordIncorrect) or "encrypt" in type(inner).__name__.lower():
            raise EncryptedFile(f"{name}: the PDF is password-protected") from None
        raise CorruptFile(f"{name}: damaged or truncated PDF ({type(inner).__name__})") from None
    return pdf


def read_pdf(path: Any, data: bytes) -> list[Block]:
    name = getattr(path, "name", str(path))
    pdf = open_pdf(data, name)
    blocks: list[Block] = []
    edges: dict[int, list[tuple[float, float] | None]] = {}  # each table's column edges on its page
    chars = images = cid = 0
    try:
        for number, page in enumerate(pdf.pages, start=1):
            try:
                page_chars = page.chars
            except Exception as exc:
                raise CorruptFile(f"{name}: page {number} cannot be read ({type(exc).__name__})") from None
            chars += len(page_chars)
            images += len(page.images)
            cid += sum(1 for c in page_chars if CID.fullmatch(c.get("text", "")))
            if _has_doubled_chars(page_chars):
                page = page.dedupe_chars()
            _append_page(blocks, page, number, edges)
    finally:
        pdf.close()
    if chars == 0 or (cid and cid > chars * 0.3):
        if images or cid:
            raise NeedsOCR(f"{name}: an image-only (scanned) PDF; its text needs OCR")
        raise CorruptFile(f"{name}: the PDF has no text")
    return blocks


def _has_doubled_chars(chars: list[dict[str, Any]]) -> bool:
    """Fake bold prints each glyph twice at (almost) the same place, in any drawing order."""
    sample = chars[:2000]
    places = {(c["text"], round(c["x0"]), round(c["top"])) for c in sample}
    return len(sample) - len(places) > len(sample) * 0.2


def _append_page(blocks: list[Block], page: Any, number: int,
                 edges: dict[int, list[tuple[float, float] | None]]) -> None:
    found = page.find_tables()
    items: list[tuple[float, Block]] = []
    for table in found:
        rows, merged = _grid(table)
        if rows:
            block = Table(rows, Location(page=number), merged, [number] * len(rows))
            edges[id(block)] = _column_edges(table, len(rows[0]))
            items.append((table.bbox[1], block))
    boxes = [t.bbox for t in found]

    def outside(obj: dict[str, Any]) -> bool:
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    text_page = page.filter(outside) if boxes else page
    for top, text in _paragraphs(text_page):
        items.append((top, Paragraph(text, Location(page=number))))
    items.sort(key=lambda item: item[0])
    for index, (_, block) in enumerate(items):
        if isinstance(block, Table) and index == 0 and _continues(blocks, block, edges):
            continue
        blocks.append(block)


def _continues(blocks: list[Block], table: Table, edges: dict[int, list[tuple[float, float] | None]]) -> bool:
    """Join a table at the top of a page to the table that ended the previous page."""
    if not blocks or not isinstance(blocks[-1], Table):
        return False
    previous = blocks[-1]
    last_page = previous.row_pages[-1] if previous.row_pages else previous.location.page
    if last_page is None or table.location.page != last_page + 1:
        return False
    if previous.width != table.width:
        remapped = _on_columns_of(table, edges.get(id(table)), edges.get(id(previous)), previous.width)
        if remapped is None:
            return False
        table = remapped
    rows, merged = table.rows, table.merged
    skip = 1 if rows and rows[0] in previous.rows[:2] and len(rows) > 1 else 0
    offset = len(previous.rows) - skip
    previous.rows.extend(rows[skip:])
    previous.merged |= {(r + offset, c) for r, c in merged if r >= skip}
    pages = previous.row_pages or [previous.location.page] * (offset + skip)
    previous.row_pages = pages[: offset + skip] + [table.location.page or 0] * (len(rows) - skip)
    return True


def _on_columns_of(table: Table, own: list[tuple[float, float] | None] | None,
                   above: list[tuple[float, float] | None] | None, width: int) -> Table | None:
    """``table`` laid on the columns of the table above it, matched by position: a column that covers
    several columns above fills them all (the later ones as merged copies). None where the two tables
    do not line up (another table, not a continuation)."""
    if not own or not above or any(e is None for e in own) or any(e is None for e in above):
        return None
    tolerance = 3.0
    if abs(own[0][0] - above[0][0]) > tolerance or abs(own[-1][1] - above[-1][1]) > tolerance:  # type: ignore[index]
        return None
    targets: list[list[int]] = []
    for x0, x1 in own:  # type: ignore[misc]
        inside = [c for c, (a0, a1) in enumerate(above) if x0 - tolerance <= (a0 + a1) / 2 <= x1 + tolerance]  # type: ignore[misc]
        if not inside:
            return None
        targets.append(inside)
    rows: list[list[str]] = []
    merged: set[tuple[int, int]] = set()
    for r, values in enumerate(table.rows):
        out = [""] * width
        for c, text in enumerate(values[: len(targets)]):
            for k, target in enumerate(targets[c]):
                out[target] = text
                if k or (r, c) in table.merged:
                    merged.add((r, target))
        rows.append(out)
    return Table(rows, table.location, merged, table.row_pages)


def _column_edges(table: Any, width: int) -> list[tuple[float, float] | None]:
    """The x-extent of each grid column, from the narrowest cell that starts in it."""
    narrowest: list[tuple[float, float] | None] = [None] * width
    for row in table.rows:
        for c, cell in enumerate(row.cells[:width]):
            if cell is None:
                continue
            current = narrowest[c]
            if current is None or cell[2] - cell[0] < current[1] - current[0]:
                narrowest[c] = (cell[0], cell[2])
    return narrowest


def _grid(table: Any) -> tuple[list[list[str]], set[tuple[int, int]]]:
    extracted = table.extract()
    if not extracted:
        return [], set()
    texts: dict[tuple[float, ...], str] = {}
    for row, values in zip(table.rows, extracted, strict=False):
        for cell, value in zip(row.cells, values, strict=False):
            if cell is not None:
                texts[tuple(cell)] = value or ""
    width = max(len(r) for r in extracted)
    columns = _column_centres(table, width)
    grid: list[list[str]] = []
    merged: set[tuple[int, int]] = set()
    for r, (row, values) in enumerate(zip(table.rows, extracted, strict=False)):
        out = []
        for c in range(width):
            value = values[c] if c < len(values) else None
            if value is None:
                value = _covering_text(table.cells, texts, columns[c], _row_band(row))
                if value:
                    merged.add((r, c))
            out.append(value or "")
        grid.append(out)
    return grid, merged


def _column_centres(table: Any, width: int) -> list[float | None]:
    """The x-centre of each grid column, from the narrowest cell that starts in it."""
    narrowest: list[tuple[float, float] | None] = [None] * width
    for row in table.rows:
        for c, cell in enumerate(row.cells[:width]):
            if cell is None:
                continue
            span = cell[2] - cell[0]
            current = narrowest[c]
            if current is None or span < current[0]:
                narrowest[c] = (span, (cell[0] + cell[2]) / 2)
    return [n[1] if n else None for n in narrowest]


def _row_band(row: Any) -> tuple[float, ...]:
    """The row's own height: pdfplumber's row box grows with a cell merged down over the rows below."""
    cells = [cell for cell in row.cells if cell is not None]
    if not cells:
        return tuple(row.bbox)
    x0, top, x1, _ = row.bbox
    return (x0, top, x1, min(cell[3] for cell in cells))


def _covering_text(cells: list[tuple[float, ...]], texts: dict[tuple[float, ...], str],
                   column: float | None, row_box: tuple[float, ...]) -> str | None:
    if column is None:
        return None
    cx, cy = column, (row_box[1] + row_box[3]) / 2
    for cell in cells:
        if cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]:
            return texts.get(tuple(cell))
    return None


def _paragraphs(page: Any) -> list[tuple[float, str]]:
    lines = [ln for ln in page.extract_text_lines(return_chars=False) if ln["text"].strip()]
    lines = [ln for ln in lines if not PAGE_NUMBER.match(ln["text"])]
    if not lines:
        return []
    right = max(ln["x1"] for ln in lines)
    left = min(ln["x0"] for ln in lines)
    out: list[tuple[float, str]] = []
    previous: dict[str, Any] | None = None
    for line in lines:
        size = (line["bottom"] - line["top"]) or 10
        joins = (
            previous is not None
            and previous["x1"] >= right - 2 * size
            and line["x0"] <= left + size * 0.5
            and 0 <= line["top"] - previous["bottom"] < size * 1.2
        )
        if joins:
            out[-1] = (out[-1][0], out[-1][1] + line["text"].strip())
        else:
            out.append((line["top"], line["text"].strip()))
        previous = line
    return out


def pdf_title(data: bytes) -> str:
    """The ``Title`` of the PDF's document information, or ``""``; it often names the unit and year."""
    try:
        pdf = open_pdf(data, "")
    except Exception:  # a file the reader rejects has raised already; metadata is never worth failing for
        return ""
    try:
        title = pdf.metadata.get("Title")
    except Exception:
        title = None
    finally:
        pdf.close()
    return title.strip() if isinstance(title, str) else ""
