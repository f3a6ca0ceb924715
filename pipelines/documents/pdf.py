"""PDF with pdfplumber: ruled tables with merged cells resolved, text outside tables as paragraphs.

* Fake-bold fonts print every character twice; such pages are de-duplicated.
* A merged cell comes back from pdfplumber as ``None`` in the positions it covers;
  each such position gets the text of the cell whose box covers it.
* A table that continues at the top of the next page is joined to the one above, without the
  header row the new page repeats; where the page break changed the column grid (a cell merged
  over two columns above, one column below), its columns are matched by their position on the page.
* A table printed without ruling lines (columns aligned by position only) is found in the text outside
  the ruled tables: a block of lines whose cells, the runs of text that gaps wider than a character
  separate, stand in the same columns (at least three, lined up on an edge or their centre) in at least
  four rows of three cells or more. Running text, titles and caption lines flush with the table's edge
  stay paragraphs; too few rows at the top of a page carry on such a table from the page before.
* Lines of running text are joined into paragraphs where a line runs to the right margin.
* A page with no text but images is a scan, and so is a page image under an invisible text layer with no
  drawn line (a scanner's own OCR): it is read by OCR (scan.py) into a page with text and ruling lines,
  then read like the others. A PDF whose pages still give no text needs OCR (its own error).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.documents.errors import CorruptFile, EncryptedFile, NeedsOCR
from pipelines.documents.model import Block, Location, Paragraph, ReadByOCR, Table
from pipelines.documents.scan import TextLine, needs_ocr, read_scanned_page

OCR_LINE_OVERLAP = 0.3  # of a line's height: OCR boxes of consecutive lines of a paragraph may overlap this much
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


def read_pdf(path: Any, data: bytes, ocr_cache: Path | None = None, content_key: str | None = None) -> list[Block]:
    """``ocr_cache``: a folder where the OCR readings of scanned pages are kept (see scan.py), by
    ``content_key`` (default: the PDF's hash) and page."""
    import hashlib

    name = getattr(path, "name", str(path))
    pdf = open_pdf(data, name)
    content = content_key or hashlib.sha256(data).hexdigest()
    blocks: list[Block] = []
    edges: dict[int, list[tuple[float, float] | None]] = {}  # each table's column edges on its page
    unruled: set[int] = set()  # the tables printed without lines
    chars = images = cid = 0
    try:
        for number, page in enumerate(pdf.pages, start=1):
            ocr: list[TextLine] | None = None
            try:
                page_chars = page.chars
                images += len(page.images)
                if needs_ocr(page):  # a scanned page: read by OCR into a page with text
                    scanned = read_scanned_page(page, f"{content}:{number}", ocr_cache)
                    page, ocr = scanned.page, scanned.lines
                    page_chars = page.chars
            except Exception as exc:
                raise CorruptFile(f"{name}: page {number} cannot be read ({type(exc).__name__})") from None
            chars += len(page_chars)
            cid += sum(1 for c in page_chars if CID.fullmatch(c.get("text", "")))
            if _has_doubled_chars(page_chars):
                page = page.dedupe_chars()
            _append_page(blocks, page, number, edges, unruled, ocr)
    finally:
        pdf.close()
    if chars == 0 or (cid and cid > chars * 0.3):
        if cid:
            raise NeedsOCR(f"{name}: its fonts map no glyph to a character (text drawn as shapes); not read")
        if images:
            raise NeedsOCR(f"{name}: a scanned PDF in which OCR found no text (blank, or images too faint)")
        raise CorruptFile(f"{name}: the PDF has no text")
    return blocks


def _has_doubled_chars(chars: list[dict[str, Any]]) -> bool:
    """Fake bold prints each glyph twice at (almost) the same place, in any drawing order."""
    sample = chars[:2000]
    places = {(c["text"], round(c["x0"]), round(c["top"])) for c in sample}
    return len(sample) - len(places) > len(sample) * 0.2


def _append_page(blocks: list[Block], page: Any, number: int, edges: dict[int, list[tuple[float, float] | None]],
                 unruled: set[int], ocr: list[TextLine] | None = None) -> None:
    """``ocr``: the text lines of a scanned page, whose confidence each table row then keeps."""
    found = page.find_tables()
    items: list[tuple[float, Block]] = []
    for table in found:
        rows, merged = _grid(table)
        if rows:
            block = Table(rows, Location(page=number), merged, [number] * len(rows))
            if ocr is not None:
                x0, _, x1, _ = table.bbox
                block.row_ocr = [_read_by_ocr(ocr, number, (x0, band[1], x1, band[3]))
                                 for band in map(_row_band, table.rows[:len(rows)])]
            edges[id(block)] = _column_edges(table, len(rows[0]))
            items.append((table.bbox[1], block))
    boxes = [t.bbox for t in found]

    def outside(obj: dict[str, Any]) -> bool:
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    text_page = page.filter(outside) if boxes else page
    lines = _text_lines(text_page)
    carry = None  # the columns of an unruled table that ended the page before, which this page may carry on
    if blocks and id(blocks[-1]) in unruled and not found:
        carry = [e for e in edges[id(blocks[-1])] if e is not None]
    regions = _unruled_tables(lines, carry)
    for region in regions:
        block = Table(region.rows, Location(page=number), set(), [number] * len(region.rows))
        if ocr is not None:
            x0, x1 = region.columns[0][0], region.columns[-1][1]
            block.row_ocr = [_read_by_ocr(ocr, number, (x0, line["top"], x1, line["bottom"]))
                             for line in lines[region.start:region.end]]
        edges[id(block)] = list(region.columns)
        unruled.add(id(block))
        items.append((lines[region.start]["top"], block))
    in_tables = {i for region in regions for i in range(region.start, region.end)}
    for top, text, first, last in _paragraphs(lines, in_tables, OCR_LINE_OVERLAP if ocr is not None else 0.0):
        read = None
        if ocr is not None:
            span = lines[first:last + 1]
            box = (min(ln["x0"] for ln in span), top, max(ln["x1"] for ln in span), max(ln["bottom"] for ln in span))
            read = _read_by_ocr(ocr, number, box)
        items.append((top, Paragraph(text, Location(page=number), read)))
    items.sort(key=lambda item: item[0])
    for index, (_, block) in enumerate(items):
        if isinstance(block, Table) and index == 0 and _continues(blocks, block, edges):
            continue
        blocks.append(block)


def _read_by_ocr(lines: list[TextLine], page: int, box: tuple[float, float, float, float]) -> ReadByOCR | None:
    """The row in ``box``: the lowest confidence of the OCR lines centred in it (None if it holds none)."""
    x0, top, x1, bottom = box
    inside = [line.confidence for line in lines
              if x0 <= (line.x0 + line.x1) / 2 <= x1 and top <= (line.top + line.bottom) / 2 <= bottom]
    if not inside:
        return None
    return ReadByOCR(round(min(inside), 3), page, round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1))


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
        if remapped is not None:
            table = remapped
        else:  # the table above has the coarser grid (a page ending on a row of two wide cells)
            relaid = _on_columns_of(previous, edges.get(id(previous)), edges.get(id(table)), table.width)
            if relaid is None:
                return False
            previous.rows, previous.merged = relaid.rows, relaid.merged
            edges[id(previous)] = edges[id(table)]
    rows, merged = table.rows, table.merged
    skip = 1 if rows and rows[0] in previous.rows[:2] and len(rows) > 1 else 0
    offset = len(previous.rows) - skip
    previous.rows.extend(rows[skip:])
    previous.merged |= {(r + offset, c) for r, c in merged if r >= skip}
    pages = previous.row_pages or [previous.location.page] * (offset + skip)
    previous.row_pages = pages[: offset + skip] + [table.location.page or 0] * (len(rows) - skip)
    if previous.row_ocr is not None or table.row_ocr is not None:
        above = previous.row_ocr or [None] * (offset + skip)
        previous.row_ocr = above[: offset + skip] + (table.row_ocr or [None] * len(rows))[skip:]
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
    return Table(rows, table.location, merged, table.row_pages, table.row_ocr)


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


def _text_lines(page: Any) -> list[dict[str, Any]]:
    """The page's lines of text, top to bottom, without page numbers; each with its characters."""
    lines = [ln for ln in page.extract_text_lines(return_chars=True) if ln["text"].strip()]
    return [ln for ln in lines if not PAGE_NUMBER.match(ln["text"])]


def _paragraphs(lines: list[dict[str, Any]], skip: set[int] | frozenset[int] = frozenset(),
                overlap: float = 0.0) -> list[tuple[float, str, int, int]]:
    """Lines joined into paragraphs (top, text, first and last line); the lines numbered in ``skip`` (an
    unruled table's) are left out and no paragraph runs across them. ``overlap``: the share of a line's
    height by which it may reach up into the line above (OCR boxes do; printed lines do not, and a line
    of figures set between two printed lines must not join them)."""
    if not lines:
        return []
    right = max(ln["x1"] for ln in lines)
    left = min(ln["x0"] for ln in lines)
    out: list[tuple[float, str, int, int]] = []
    previous: dict[str, Any] | None = None
    for index, line in enumerate(lines):
        if index in skip:
            previous = None
            continue
        size = (line["bottom"] - line["top"]) or 10
        joins = (
            previous is not None
            and previous["x1"] >= right - 2 * size
            and line["x0"] <= left + size * 0.5
            and -size * overlap <= line["top"] - previous["bottom"] < size * 1.2
        )
        if joins:
            out[-1] = (out[-1][0], out[-1][1] + line["text"].strip(), out[-1][2], index)
        else:
            out.append((line["top"], line["text"].strip(), index, index))
        previous = line
    return out


# --- tables printed without ruling lines ----------------------------------------------------------

CELL_GAP = 1.0  # a gap wider than this many character heights separates two cells of a line
ROW_GAP = 2.5  # lines further apart than this many character heights are not rows of one table
MIN_ROWS = 4  # rows of at least three cells an unruled table needs
MIN_COLUMNS = 3


@dataclass
class _Segment:
    x0: float
    x1: float
    text: str


@dataclass
class _Unruled:
    start: int  # the table's first and one past its last line
    end: int
    rows: list[list[str]]
    columns: list[tuple[float, float]]


def _segments(line: dict[str, Any]) -> list[_Segment]:
    """The runs of text of a line that wide gaps separate: the line's cells if it is a table row."""
    chars = sorted((c for c in line.get("chars", ()) if c["text"].strip()), key=lambda c: c["x0"])
    if not chars:
        return []
    size = _char_size(chars)
    out: list[_Segment] = []
    for char in chars:
        if out and char["x0"] - out[-1].x1 <= size * CELL_GAP:
            last = out[-1]
            space = " " if char["x0"] - last.x1 > size * 0.25 else ""
            last.text += space + char["text"]
            last.x1 = max(last.x1, char["x1"])
        else:
            out.append(_Segment(char["x0"], char["x1"], char["text"]))
    return out


def _char_size(chars: list[dict[str, Any]]) -> float:
    sizes = sorted(c["bottom"] - c["top"] for c in chars)
    return sizes[len(sizes) // 2] or 10.0


def _unruled_tables(lines: list[dict[str, Any]], carry: list[tuple[float, float]] | None = None) -> list[_Unruled]:
    """Blocks of consecutive lines whose cells stand in the same columns: tables printed without lines.

    A candidate block is a run of lines close below each other, in which no two one-cell lines follow
    each other (running text); its columns are the spans between the gutters that none of its rows of
    three or more cells crosses. The block is a table where it keeps at least ``MIN_ROWS`` rows of three
    or more cells, at least three columns that most rows fill, and every line of it fits the columns (no
    cell across a gutter). ``carry``: the columns of an unruled table that ended the page before; the
    lines at the top of this page that fit them carry that table on, however few they are.
    """
    segments = [_segments(line) for line in lines]
    found: list[_Unruled] = []
    if sum(1 for s in segments if len(s) >= MIN_COLUMNS) >= MIN_ROWS:
        start = 0
        while start < len(lines):
            end = _run_end(lines, segments, start)
            if sum(1 for s in segments[start:end] if len(s) >= MIN_COLUMNS) >= MIN_ROWS:
                found.extend(_tables_in_run(lines, segments, start, end))
            start = end
    if carry and len(carry) >= MIN_COLUMNS and segments and not (found and found[0].start == 0):
        end = min(_run_end(lines, segments, 0), found[0].start if found else len(lines))
        fits = [_fit(s, carry) for s in segments[:end]]
        if fits[0] is not None and _filled(fits[0]) >= MIN_COLUMNS:
            stretch = _stretch(lines, segments, fits, 0, carry)
            if stretch is not None:
                found.insert(0, _Unruled(0, stretch[1], stretch[2], carry))
    return found


def _run_end(lines: list[dict[str, Any]], segments: list[list[_Segment]], start: int) -> int:
    """One past the last line of the run of table-like lines that begins at ``start``."""
    if len(segments[start]) < 2:
        return start + 1
    end = start + 1
    while end < len(lines):
        size = _char_size(lines[end - 1]["chars"])
        if lines[end]["top"] - lines[end - 1]["bottom"] > size * ROW_GAP:
            break
        if len(segments[end]) < 2 and (end + 1 >= len(lines) or len(segments[end + 1]) < 2):
            break
        end += 1
    return end


def _tables_in_run(lines: list[dict[str, Any]], segments: list[list[_Segment]],
                   start: int, end: int) -> list[_Unruled]:
    """The tables in a run of lines: its stretches of lines that fit the columns (see ``_stretch``)."""
    support = [s for s in segments[start:end] if len(s) >= MIN_COLUMNS]
    columns = _columns(support)
    if len(columns) < MIN_COLUMNS:
        return []
    fits = [_fit(s, columns) for s in segments[start:end]]
    found: list[_Unruled] = []
    i = 0
    while i < len(fits):
        if fits[i] is None:
            i += 1
            continue
        floor = found[-1].end - start if found else 0
        stretch = _stretch(lines[start:end], segments[start:end], fits, i, columns, floor)
        if stretch is not None:
            first, last, rows = stretch
            size = _char_size([c for ln in lines[start + first:start + last] for c in ln["chars"]])
            if _is_table(rows, columns) and _aligned(segments[start + first:start + last], columns, size):
                found.append(_Unruled(start + first, start + last, rows, columns))
        while i < len(fits) and fits[i] is not None:
            i += 1
    return found


def _stretch(lines: list[dict[str, Any]], segments: list[list[_Segment]], fits: list[list[str] | None],
             i: int, columns: list[tuple[float, float]], floor: int = 0) -> tuple[int, int, list[list[str]]] | None:
    """The table in the stretch of lines from ``i`` that fit the columns: its first and one past its last
    line and its rows. It runs from the first to the last row of three cells or more, with the headings
    centred over the columns just above (a line flush with the table's outer edge, such as a caption
    naming who or what unit, stays text) and the rows of two cells that stand inside the columns below."""
    stretch: list[list[str]] = []
    for row in fits[i:]:
        if row is None:
            break
        stretch.append(row)
    j = i + len(stretch)
    full = [k for k in range(i, j) if _filled(stretch[k - i]) >= MIN_COLUMNS]
    if not full:
        return None
    first, last = full[0], full[-1]
    rows = stretch[first - i:last + 1 - i]
    size = _char_size(lines[first]["chars"])
    while first > floor and lines[first]["top"] - lines[first - 1]["bottom"] <= size * ROW_GAP:
        heading = _fit(segments[first - 1], columns, loose=True)
        if heading is None or _filled(heading) < 2 or not _heading(segments[first - 1], columns, size):
            break
        rows.insert(0, heading)
        first -= 1
    while last + 1 < j and _filled(stretch[last + 1 - i]) >= 2 and _inside(segments[last + 1], columns):
        rows.append(stretch[last + 1 - i])
        last += 1
    return first, last + 1, rows


def _heading(row: list[_Segment], columns: list[tuple[float, float]], size: float) -> bool:
    """Text over the columns that keeps off the table's outer edges (``收入`` over the income columns)."""
    return all(seg.x0 > columns[0][0] + size and seg.x1 < columns[-1][1] - size for seg in row)


def _inside(row: list[_Segment], columns: list[tuple[float, float]]) -> bool:
    """Every cell of the line within the span of a column."""
    return all(any(x0 - 1 <= seg.x0 and seg.x1 <= x1 + 1 for x0, x1 in columns) for seg in row)


def _columns(rows: list[list[_Segment]]) -> list[tuple[float, float]]:
    """The x-spans of text between the gutters that no row crosses, each filled in two rows or more (a
    span only one row fills is a heading over the columns, not a column)."""
    points: list[tuple[float, int]] = []
    for row in rows:
        for seg in row:
            points.append((seg.x0, 1))
            points.append((seg.x1, -1))
    points.sort(key=lambda p: (p[0], -p[1]))
    spans: list[tuple[float, float]] = []
    depth = 0
    opened: float | None = None
    for x, step in points:
        depth += step
        if opened is None and depth > 0:
            opened = x
        elif opened is not None and depth == 0:
            spans.append((opened, x))
            opened = None
    return [(x0, x1) for x0, x1 in spans
            if sum(1 for row in rows if any(x0 <= seg.x0 and seg.x1 <= x1 for seg in row)) >= 2]


def _fit(row: list[_Segment], columns: list[tuple[float, float]], loose: bool = False) -> list[str] | None:
    """The line's cells on the columns, or None where a cell runs across a column's edge into the next,
    or stands between two columns (``loose``: it goes to the nearer column, as a heading over them does)."""
    cells = [""] * len(columns)
    for seg in row:
        inside = [c for c, (x0, x1) in enumerate(columns) if seg.x0 < x1 and seg.x1 > x0]
        if len(inside) > 1 or not (inside or loose):
            return None
        if inside:
            c = inside[0]
        else:
            c = min(range(len(columns)), key=lambda k: min(abs(seg.x0 - columns[k][1]), abs(columns[k][0] - seg.x1)))
        cells[c] = f"{cells[c]} {seg.text}" if cells[c] else seg.text
    return cells


def _filled(row: list[str]) -> int:
    return sum(1 for cell in row if cell)


def _is_table(rows: list[list[str]], columns: list[tuple[float, float]]) -> bool:
    """Whether the rows make a table: enough rows of three cells or more, and at least half of them,
    every column filled in two rows or more, at least three in half the rows."""
    full = sum(1 for r in rows if _filled(r) >= MIN_COLUMNS)
    if full < MIN_ROWS or full * 2 < len(rows):
        return False
    filled = [sum(1 for r in rows if r[c]) for c in range(len(columns))]
    return all(n >= 2 for n in filled) and sum(1 for n in filled if n * 2 >= len(rows)) >= MIN_COLUMNS


def _aligned(rows: list[list[_Segment]], columns: list[tuple[float, float]], size: float) -> bool:
    """Whether the cells of each column line up, most of them on one edge or on their centre, and no
    second group of cells lines up on that edge far off the first (two columns run into one where a
    cell bridged the gutter between them; text running on in a column lines up nowhere)."""
    boxes: list[list[tuple[float, float]]] = [[] for _ in columns]
    for row in rows:
        for seg in row:
            inside = [c for c, (x0, x1) in enumerate(columns) if seg.x0 < x1 and seg.x1 > x0]
            if len(inside) == 1:
                boxes[inside[0]].append((seg.x0, seg.x1))
    for column in boxes:
        if not column:
            continue
        edges = max(([b[0] for b in column], [b[1] for b in column], [(b[0] + b[1]) / 2 for b in column]),
                    key=lambda values: _most_alike(values)[0])
        count, at = _most_alike(edges)
        if count * 2 < len(column):
            return False
        far = [x for x in edges if abs(x - at) > 4 * size]
        if far and _most_alike(far)[0] >= max(3, len(column) / 5):
            return False
    return True


def _most_alike(values: list[float], tolerance: float = 2.0) -> tuple[int, float]:
    """The most values within ``tolerance`` of each other, and where they stand."""
    ordered = sorted(values)
    best, at, low = 0, 0.0, 0
    for high, value in enumerate(ordered):
        while value - ordered[low] > tolerance:
            low += 1
        if high - low + 1 > best:
            best, at = high - low + 1, ordered[low]
    return best, at


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
