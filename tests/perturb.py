"""Perturbations of a Document that change the FORM of its tables and never their facts (metamorphic tests).

Each perturbation is a pure function ``Document -> Document`` (the input is never changed) with the table
and the place it changes as parameters; helpers find those places in any table (header rows with value
columns, money columns, long text rows) by the words every self-evaluation template uses for its column
heads, so nothing here is written for one document. A perturbation that finds nothing to change raises
``NotApplicable`` rather than returning the document unchanged, so a test can never pass vacuously.

The grid conventions are the Document model's: ``rows[r][c]`` is a cell text, a merged cell's text is
repeated in every position it covers and those copies are listed in ``merged``; ``row_pages`` gives the
page of each row. Every perturbation keeps them consistent: a copy always equals the cell it copies, a
span that a new row or column crosses is widened over it.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from pipelines.documents.model import Document, Location, Paragraph, Table

# Column heads that name a value column (money, score, rate) in self-evaluation and data tables.
VALUE_WORDS = ("预算", "执行数", "决算", "金额", "分值", "得分", "权重", "执行率", "评分", "支出数")
SCORE_NOTE = re.compile(r"[（(]分[)）]")
NOT_MONEY_WORDS = ("率", "分值", "得分", "权重", "评分", "分）", "分)")
NUMBERING_WORDS = ("序号", "行次", "编号")
TOTAL_WORDS = ("总分", "合计", "总计", "小计")
PLACEHOLDERS = frozenset({"", "—", "——", "－", "-", "/", "…", "……", "无", "*"})
BREAKS = "，,。；;、：:）)"

_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")
_AMOUNT = re.compile(r"^([+-]?\d[\d,]*(?:\.\d+)?)(万元|元)?$")
_KEY_NUMBER = re.compile(r"[:：]\s*[+-]?\d[\d,]*(?:\.\d+)?\s*$")
_UNIT_NOTE = re.compile(r"([（(]\s*)万元(\s*[)）])")
_UNIT_LINE = re.compile(r"^(\s*单位\s*[:：]?\s*[（(]?\s*)万元(\s*[)）]?\s*)$")
_YUAN = re.compile(r"[（(]\s*元\s*[)）]|单位\s*[:：]?\s*[（(]?\s*元")


class NotApplicable(ValueError):
    """The document has no place this perturbation can change (the case is skipped, never passed)."""


def compact(text: str) -> str:
    """A cell's text for matching column heads: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(compact(text)))


def is_amount(text: str) -> bool:
    """A number, or an amount that states its unit (``620.82万元``)."""
    return bool(_AMOUNT.match(compact(text)))


def is_figure(text: str) -> bool:
    """A number, a rate (``80%``) or an amount with its unit: what a value column holds."""
    return is_amount(compact(text).removesuffix("%"))


def is_placeholder(text: str) -> bool:
    return compact(text) in PLACEHOLDERS


def is_value_head(text: str) -> bool:
    key = compact(text)
    return any(w in key for w in VALUE_WORDS) or bool(SCORE_NOTE.search(key))


def is_money_head(text: str) -> bool:
    key = compact(text)
    return any(w in key for w in ("预算", "执行数", "决算", "金额", "支出数")) and \
        not any(w in key for w in NOT_MONEY_WORDS)


def is_total(row: list[str]) -> bool:
    first = next((compact(c) for c in row if c.strip()), "")
    return first in TOTAL_WORDS


# ---------------------------------------------------------------------------------------------------------
# Reading a table: cells, spans, header + data blocks


def _cell(t: Table, r: int, c: int) -> str:
    return t.rows[r][c] if 0 <= r < len(t.rows) and 0 <= c < len(t.rows[r]) else ""


def _copy_of_left(t: Table, r: int, c: int) -> bool:
    return c > 0 and (r, c) in t.merged and _cell(t, r, c) == _cell(t, r, c - 1)


def _copy_of_above(t: Table, r: int, c: int) -> bool:
    return r > 0 and (r, c) in t.merged and _cell(t, r, c) == _cell(t, r - 1, c)


def _origin(t: Table, r: int, c: int) -> tuple[int, int]:
    """The printed cell that (r, c) is a copy of (itself when it is printed there)."""
    while True:
        if _copy_of_left(t, r, c):
            c -= 1
        elif _copy_of_above(t, r, c):
            r -= 1
        else:
            return r, c


def _span(t: Table, r: int, c: int) -> set[tuple[int, int]]:
    """The positions a merged cell covers, from any of them: its printed cell and every copy of it."""
    start = _origin(t, r, c)
    found, todo = {start}, [start]
    while todo:
        rr, cc = todo.pop()
        for nr, nc in ((rr, cc + 1), (rr + 1, cc)):
            if (nr, nc) not in found and (nr, nc) in t.merged and _cell(t, nr, nc) == _cell(t, rr, cc):
                found.add((nr, nc))
                todo.append((nr, nc))
    return found


def _set_span_text(t: Table, r: int, c: int, text: str) -> None:
    """Change a cell's text together with every copy of it, so copies keep equal to their cell."""
    for rr, cc in _span(t, r, c):
        t.rows[rr][cc] = text


def _pad(t: Table) -> None:
    width = t.width
    for row in t.rows:
        row.extend([""] * (width - len(row)))


@dataclass(frozen=True)
class Block:
    """A header and the data rows under it. ``top`` is the first row of the header (a header may take
    several rows joined by merged cells); ``values`` the columns whose head names a value and whose data
    cells are figures; ``tail`` the rows after the data up to the next header or the table's end."""

    top: int
    header: int
    data: tuple[int, ...]
    values: tuple[int, ...]
    tail: tuple[int, ...]
    heads: tuple[int, ...] = ()  # every column with a value head, figures or not (a blank 年初预算数)
    end: int = 0  # the first row after the block's rows of figures, placeholders and blanks

    @property
    def region(self) -> range:
        """The rows a label of the block may span: from its header to its last row of figures and the
        blank or placeholder rows after it (``其他资金`` with no figure)."""
        return range(self.top, max(self.end, self.data[-1] + 1))

    @property
    def rows(self) -> range:
        return range(self.top, self.data[-1] + 1)

    def aligned(self, t: Table) -> bool:
        """Whether every figure of its rows stands under a value head (a row printed one column off, as a
        text export that lost a merged cell prints it, is read by the order of its figures, which
        reordering columns would change)."""
        figures_in_place = all(not is_figure(_cell(t, r, c)) or c in self.values
                               for r in self.data for c in range(len(t.rows[r])))
        # a row of ``label | figure`` pairs laid over the heads (一般公共预算 | 118.67 | 其中：基本支出 | 107.27)
        # pairs its figures with its labels, not with the heads above them
        labels_under_heads = any(re.search(r"[\u4e00-\u9fff]", _cell(t, r, c)) and not is_figure(_cell(t, r, c))
                                 for r in self.data for c in self.values)
        return figures_in_place and not labels_under_heads

    def tail_figures(self, t: Table) -> set[int]:
        """Columns holding a figure (``12.5`` or ``其中：12.5``) in the rows after the block: rows its
        heads may still be read for."""
        return {c for r in self.tail for c in range(len(t.rows[r]))
                if is_figure(t.rows[r][c]) or _KEY_NUMBER.search(compact(t.rows[r][c]))}

    def money(self, t: Table) -> tuple[int, ...]:
        """The money columns (not rates or scores), with figures or blank."""
        return tuple(c for c in self.heads if is_money_head(_head(t, self, c)))

    def scores(self, t: Table) -> tuple[int, ...]:
        return tuple(c for c in self.heads if not is_money_head(_head(t, self, c)))


def _head(t: Table, block: Block, c: int) -> str:
    """The column head of ``c``: the bottom header row's text (a copy carries its cell's text)."""
    return _cell(t, block.header, c)


def _is_header(t: Table, r: int) -> bool:
    row = t.rows[r]
    return not any(is_figure(c) for c in row) and any(is_value_head(c) for c in row)


def _is_heading(t: Table, r: int) -> bool:
    """A row of three or more different texts and no figure: heads of what follows (预期目标 | 实际完成情况)."""
    row = t.rows[r]
    return not any(is_figure(c) for c in row) and len({compact(c) for c in row if c.strip()}) >= 3


def _blank(row: list[str]) -> bool:
    return not any(c.strip() for c in row)


def value_blocks(t: Table) -> list[Block]:
    """Every header row followed by rows of figures under its value heads, with the rows that belong to it."""
    blocks: list[Block] = []
    r = 0
    while r < len(t.rows):
        if not _is_header(t, r):
            r += 1
            continue
        heads = [c for c in range(len(t.rows[r])) if is_value_head(t.rows[r][c])]
        first = next((i for i in range(r + 1, len(t.rows)) if any(_cell(t, i, c).strip() for c in heads)), None)
        if first is None or not any(is_figure(_cell(t, first, c)) for c in heads):
            r += 1
            continue
        values = [c for c in heads if is_figure(_cell(t, first, c)) or is_placeholder(_cell(t, first, c))]
        data: list[int] = []
        i = first
        while i < len(t.rows):
            if _is_header(t, i) or any(not is_figure(_cell(t, i, c)) and not is_placeholder(_cell(t, i, c))
                                       for c in values):
                break
            data.append(i)
            i += 1
        while data and not any(is_figure(_cell(t, data[-1], c)) for c in values):
            data.pop()  # the block ends with its last row of figures
        end = i
        while end < len(t.rows) and not _is_header(t, end) and not _is_heading(t, end):
            end += 1
        top = r
        while top > 0 and any(_copy_of_above(t, top, c) for c in range(len(t.rows[top]))) \
                and not any(is_figure(x) for x in t.rows[top - 1]):
            top -= 1
        heads = [c for c in values if all(is_figure(_cell(t, d, c)) or is_placeholder(_cell(t, d, c)) for d in data)]
        values = [c for c in heads if any(is_figure(_cell(t, d, c)) for d in data)]
        if data and values:
            blocks.append(Block(top, r, tuple(data), tuple(values), tuple(range(i, end)), tuple(heads), i))
        r = max(i, r + 1)
    return blocks


def is_row_label(t: Table, r: int, c: int) -> bool:
    """A label printed at (r, c): text that is not a figure or a placeholder, nor a copy of a merged cell."""
    text = _cell(t, r, c)
    return bool(text.strip()) and not is_figure(text) and not is_placeholder(text) \
        and not _copy_of_left(t, r, c) and not _copy_of_above(t, r, c)


def label_column(t: Table) -> int:
    """The leftmost column holding a row label (a text that is not a figure)."""
    for c in range(t.width):
        if any(_cell(t, r, c).strip() and not is_figure(_cell(t, r, c)) for r in range(len(t.rows))):
            return c
    raise NotApplicable("the table has no label")


def long_text_row(t: Table, minimum: int = 16) -> tuple[int, int]:
    """The row and column of the longest printed text that a page break could cut: text (not a figure,
    nor a ``label：figure``) outside the header rows, printed in that row only (a cell merged down over
    the next row would be cut in its middle)."""
    headers = {r for b in value_blocks(t) for r in range(b.top, b.header + 1)}
    best: tuple[int, int, int] | None = None
    for r, row in enumerate(t.rows):
        if r in headers or _is_heading(t, r):
            continue
        for c, text in enumerate(row):
            if _copy_of_left(t, r, c) or _copy_of_above(t, r, c) or is_figure(text) \
                    or _KEY_NUMBER.search(compact(text)) or any(rr != r for rr, _ in _span(t, r, c)):
                continue
            size = len(compact(text))
            if size >= minimum and (best is None or size > best[0]):
                best = (size, r, c)
    if best is None:
        raise NotApplicable(f"no text of {minimum} characters that a page break could cut")
    return best[1], best[2]


# ---------------------------------------------------------------------------------------------------------
# Editing a grid (on a copy): rows and columns in, merged positions and pages kept right


def _insert_column(t: Table, at: int, cells: list[str], copies: Iterable[int] = ()) -> None:
    """Insert column ``at`` holding ``cells``; rows in ``copies`` hold a copy of the cell to their left.
    Where a merged cell spans across ``at``, the new position is a copy of it too (the span widens)."""
    _pad(t)
    across = {r for r in range(len(t.rows)) if _copy_of_left(t, r, at)}
    copies = set(copies) | across
    t.merged = {(r, c + 1 if c >= at else c) for r, c in t.merged}
    for r, row in enumerate(t.rows):
        row.insert(at, row[at - 1] if r in copies and at > 0 else cells[r])
    t.merged |= {(r, at) for r in copies if at > 0}


def _insert_row(t: Table, at: int, cells: list[str], copies: Iterable[int] = (), page: int | None = None) -> None:
    """Insert row ``at`` holding ``cells``; columns in ``copies`` hold a copy of the cell above. Where a
    merged cell spans down across ``at``, the new position is a copy of it too (the span lengthens)."""
    _pad(t)
    across = {c for c in range(t.width) if _copy_of_above(t, at, c)}
    copies = set(copies) | across
    t.merged = {(r + 1 if r >= at else r, c) for r, c in t.merged}
    above = t.rows[at - 1] if at > 0 else [""] * t.width
    t.rows.insert(at, [above[c] if c in copies and at > 0 else cells[c] for c in range(t.width)])
    t.merged |= {(at, c) for c in copies if at > 0}
    if t.row_pages is not None:
        t.row_pages.insert(at, page if page is not None else t.row_pages[max(at - 1, 0)])


def _with_table(document: Document, index: int, change: Callable[[Table], None]) -> Document:
    """A copy of ``document`` whose block ``index`` (a Table) went through ``change`` (which edits a copy)."""
    out = copy.deepcopy(document)
    table = out.blocks[index]
    if not isinstance(table, Table):
        raise TypeError(f"block {index} is not a table")
    change(table)
    return out


# ---------------------------------------------------------------------------------------------------------
# The perturbations


def label_merged_across(document: Document, index: int, col: int, others: str = "blank") -> Document:
    """A label merged over two columns: a column is inserted after ``col``; every label (text) in ``col``
    is merged over both, and other rows get a blank (``others="blank"``) or a merged copy (``"copy"``)."""
    if others not in ("blank", "copy"):
        raise ValueError(others)

    def change(t: Table) -> None:
        _pad(t)
        labels = [r for r in range(len(t.rows)) if t.rows[r][col].strip() and not is_figure(t.rows[r][col])
                  and not is_placeholder(t.rows[r][col])]
        if not labels:
            raise NotApplicable(f"column {col} holds no label")
        filled = [r for r in range(len(t.rows)) if t.rows[r][col].strip()] if others == "copy" else labels
        _insert_column(t, col + 1, [""] * len(t.rows), filled)

    return _with_table(document, index, change)


def code_prefix(document: Document, name: str, prefix: str, tables: Iterable[int] | None = None) -> Document:
    """A budget code printed before a name (``[155]濉溪县民政局``, ``219001-项目``) in every table cell that
    holds the name alone or after its label and a space (``实施单位 X``); not inside longer texts."""
    pattern = re.compile(rf"(^|\s)({re.escape(name.strip())})\s*$")
    out = copy.deepcopy(document)
    changed = False
    only = None if tables is None else set(tables)
    for i, block in enumerate(out.blocks):
        if not isinstance(block, Table) or (only is not None and i not in only):
            continue
        for row in block.rows:
            for c, text in enumerate(row):
                new = pattern.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}", text.strip())
                if new != text.strip():
                    row[c] = new
                    changed = True
    if not changed:
        raise NotApplicable(f"no table cell holds {name!r}")
    return out


def insert_column(document: Document, index: int, at: int, head: str = "", numbering: bool = False) -> Document:
    """An extra column at ``at``: blank (``head=""``), or an unknown column with ``head`` over every
    header of the table (``备注`` with blank cells; ``序号`` with ``numbering`` of each block's data rows)."""

    def change(t: Table) -> None:
        blocks = value_blocks(t)
        cells = [""] * len(t.rows)
        copies: set[int] = set()
        if head:
            if not blocks:
                raise NotApplicable("the table has no header row to give the new column a head")
            words = [w for w in NUMBERING_WORDS if w in compact(head)] or [compact(head)]
            if any(w in compact(x) for b in blocks for r in range(b.top, b.header + 1) for x in t.rows[r]
                   for w in words):
                raise NotApplicable(f"the table already has a {head} column")
            for b in blocks:
                cells[b.top] = head
                copies |= set(range(b.top + 1, b.header + 1))
                if numbering:
                    rows = [r for r in b.data if any(is_figure(x) for x in t.rows[r]) and not is_total(t.rows[r])]
                    for n, r in enumerate(rows, start=1):
                        cells[r] = str(n)
        _pad(t)
        _insert_column(t, at, cells)
        # the header rows below a block's top hold a copy of the new head (one cell over the header rows)
        for r in copies:
            t.rows[r][at] = t.rows[r - 1][at]
            t.merged.add((r, at))

    return _with_table(document, index, change)


def column_groups(t: Table, rows: Iterable[int], columns: Iterable[int]) -> list[tuple[int, ...]]:
    """``columns`` as the groups a reordering must move together: the columns one merged cell spans in
    any of ``rows`` belong to one group; a group that a span crosses into from outside is left out."""
    rows = list(rows)
    groups: list[list[int]] = []
    for c in sorted(set(columns)):
        if groups and groups[-1][-1] == c - 1 and any(_copy_of_left(t, r, c) for r in rows):
            groups[-1].append(c)
        else:
            groups.append([c])
    return [tuple(g) for g in groups
            if not any(_copy_of_left(t, r, g[0]) or _copy_of_left(t, r, g[-1] + 1) for r in rows)]


def swap_columns(document: Document, index: int, rows: Iterable[int], a: tuple[int, ...],
                 b: tuple[int, ...]) -> Document:
    """Two column groups of equal width (single columns, or the columns one merged cell spans) in another
    order over ``rows`` (a header with its data rows): each cell and its merged mark go with its column."""
    rows = list(rows)
    if len(a) != len(b) or set(a) & set(b):
        raise ValueError(f"cannot swap {a} and {b}")

    def change(t: Table) -> None:
        _pad(t)
        for r in rows:
            row = t.rows[r]
            texts = {c: row[c] for c in (*a, *b)}
            marks = {c: (r, c) in t.merged for c in (*a, *b)}
            for x, y in (*zip(a, b, strict=True), *zip(b, a, strict=True)):
                row[x] = texts[y]
                t.merged.discard((r, x))
                if marks[y]:
                    t.merged.add((r, x))

    return _with_table(document, index, change)


def split_header(document: Document, index: int, top: int, first: int, last: int, label: str) -> Document:
    """A header over two rows: a group row is inserted above row ``top`` with ``label`` merged over
    columns ``first``..``last``; every other head now spans both rows (the lower position is a copy)."""

    def change(t: Table) -> None:
        _pad(t)
        old = list(t.rows[top])
        left_copies = {c for c in range(t.width) if _copy_of_left(t, top, c)}
        cells = [label if first <= c <= last else old[c] for c in range(t.width)]
        page = t.row_pages[top] if t.row_pages is not None else None
        _insert_row(t, top, cells, page=page)
        for c in range(t.width):
            if first < c <= last or (c in left_copies and not first <= c <= last):
                t.merged.add((top, c))
            if not first <= c <= last and old[c].strip():
                t.merged.add((top + 1, c))  # now a copy of the head above it

    return _with_table(document, index, change)


def _scaled(text: str, factor: int) -> str:
    """A figure times ``factor``; one that states 万元 says 元 after it (``620.82万元`` → ``6208200元``)."""
    found = _AMOUNT.match(compact(text))
    if not found:
        raise InvalidOperation(text)
    value = Decimal(found.group(1).replace(",", "")) * factor
    out = format(value.normalize(), "f")
    out = out[:-2] if out.endswith(".0") else out
    return out + ("元" if found.group(2) else "")


def money_in_yuan(document: Document, index: int, blocks: Iterable[Block], factor: int = 10000) -> Document:
    """Money printed in 元: in each block, the figures of its money columns (not rates or scores) are
    multiplied by ``factor`` and their heads say ``（元）``; a ``（万元）`` note on the block's own labels,
    and the table's unit line (in it or just above it) when every money block changed, say 元 too."""
    original = document.blocks[index]
    if not isinstance(original, Table):
        raise TypeError(f"block {index} is not a table")
    blocks = [b for b in blocks if b.money(original)]
    if not blocks:
        raise NotApplicable("no money column")
    every = {b.header for b in value_blocks(original) if b.money(original)} <= {b.header for b in blocks}

    def change(t: Table) -> None:
        _pad(t)
        for b in blocks:
            money = b.money(t)
            for r in b.data:
                for c in money:
                    text = compact(t.rows[r][c])
                    in_wan = is_amount(text) and (not text.endswith("元") or text.endswith("万元"))
                    if in_wan and not _copy_of_left(t, r, c) and not _copy_of_above(t, r, c):
                        _set_span_text(t, r, c, _scaled(text, factor))
            for hr, hc in sorted({_origin(t, b.header, c) for c in money}):
                head = t.rows[hr][hc]
                _set_span_text(t, hr, hc, _UNIT_NOTE.sub(r"\1元\2", head) if _UNIT_NOTE.search(head)
                               else f"{head}（元）")
            for r in b.rows:
                for c in range(t.width):
                    text = t.rows[r][c]
                    if _UNIT_NOTE.search(text) and not is_number(text) and c not in money \
                            and all(rr in b.region for rr, _ in _span(t, r, c)):
                        _set_span_text(t, r, c, _UNIT_NOTE.sub(r"\1元\2", text))
        if every:
            for r, row in enumerate(t.rows):
                for c, text in enumerate(row):
                    if _UNIT_LINE.match(text) and (r, c) not in t.merged:
                        _set_span_text(t, r, c, _UNIT_LINE.sub(r"\1元\2", text))

    out = _with_table(document, index, change)
    i = index - 1
    while every and i >= 0 and index - i <= 3 and isinstance(out.blocks[i], Paragraph):
        paragraph = out.blocks[i]
        assert isinstance(paragraph, Paragraph)
        if _UNIT_LINE.match(paragraph.text):
            out.blocks[i] = replace(paragraph, text=_UNIT_LINE.sub(r"\1元\2", paragraph.text))
        i -= 1
    return out


def states_yuan(document: Document, index: int) -> bool:
    """Whether a table (or the lines just above it) already states money in 元."""
    table = document.blocks[index]
    assert isinstance(table, Table)
    texts = [c for row in table.rows for c in row]
    texts += [b.text for b in document.blocks[max(0, index - 3):index] if isinstance(b, Paragraph)]
    return any(_YUAN.search(compact(t)) or (is_amount(t) and compact(t).endswith("元")
                                            and not compact(t).endswith("万元")) for t in texts)


def _cut_at(text: str, at: float) -> int:
    """Where a line would break near ``at`` of the text: after the punctuation closest to it, never
    between two letters or digits."""
    middle = max(1, min(len(text) - 1, round(len(text) * at)))
    marks = [i + 1 for i, ch in enumerate(text[:-1]) if ch in BREAKS]
    cut = min(marks, key=lambda i: abs(i - middle)) if marks else middle
    while 0 < cut < len(text) - 1 and text[cut - 1].isascii() and text[cut - 1].isalnum() \
            and text[cut].isascii() and text[cut].isalnum():
        cut += 1
    return cut


def cut_row(document: Document, index: int, row: int, col: int, at: float = 0.5) -> Document:
    """A row cut by a page break, as Word/LibreOffice PDFs print one: row ``row`` keeps the head of the
    text of column ``col``; a new row on the next page holds only the rest (under the same merged span).
    Every row and block after it moves one page on; a table on no page starts on page 1."""
    out = copy.deepcopy(document)
    t = out.blocks[index]
    if not isinstance(t, Table):
        raise TypeError(f"block {index} is not a table")
    _pad(t)
    text = t.rows[row][col].strip()
    cut = _cut_at(text, at)
    head, rest = text[:cut].rstrip(), text[cut:].lstrip()
    if not head or not rest or is_figure(rest):
        raise NotApplicable(f"the text at ({row}, {col}) cannot be cut")
    cells_of_span = _span(t, row, col)
    if any(r != row for r, _ in cells_of_span):
        raise NotApplicable(f"the cell at ({row}, {col}) is merged with the next row; a cut would split it")
    span = [c for _, c in cells_of_span]
    first_page = t.page_of_row(0) or 1
    pages = list(t.row_pages) if t.row_pages is not None else [first_page] * len(t.rows)
    for c in span:
        t.rows[row][c] = head
    t.row_pages = None
    cells = [rest if c == min(span) else "" for c in range(t.width)]
    _insert_row(t, row + 1, cells)
    for c in span:
        if c != min(span):
            t.rows[row + 1][c] = rest
            t.merged.add((row + 1, c))
    t.row_pages = pages[: row + 1] + [pages[row] + 1] + [p + 1 for p in pages[row + 1:]]
    for i in range(index + 1, len(out.blocks)):
        block = out.blocks[i]
        if block.location.page is not None:
            block.location = replace(block.location, page=block.location.page + 1)
        if isinstance(block, Table) and block.row_pages is not None:
            block.row_pages = [p + 1 for p in block.row_pages]
    return out


def spacer_row(document: Document, index: int, at: int) -> Document:
    """A blank spacer row inserted before row ``at`` (inside a merged label's span it holds the label's copy)."""

    def change(t: Table) -> None:
        if not 0 < at < len(t.rows):
            raise NotApplicable(f"no row {at} to put a spacer before")
        _insert_row(t, at, [""] * t.width)

    return _with_table(document, index, change)


def unit_in_sheet_name(document: Document, name: str) -> Document:
    """The unit named only by the sheet: its name leaves every paragraph, the title and the page furniture,
    and becomes the name of the sheet every block is on (``名称-原表名`` where a block had a sheet)."""
    name = name.strip()
    out = copy.deepcopy(document)
    found = name in out.title or any(name in c for c in out.chrome)
    out.title = out.title.replace(name, "")
    out.chrome = [c.replace(name, "") for c in out.chrome]
    blocks = []
    for block in out.blocks:
        sheet = f"{name}-{block.location.sheet}" if block.location.sheet else name
        block.location = Location(page=block.location.page, sheet=sheet)
        if isinstance(block, Paragraph) and name in block.text:
            found = True
            block.text = block.text.replace(name, "")
            if not block.text.strip(" \t\u3000：:，,。"):
                continue
        blocks.append(block)
    if not found:
        raise NotApplicable(f"no paragraph names {name!r}")
    out.blocks = blocks
    return out

