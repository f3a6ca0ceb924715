"""Rows of a structured table and what kind each is: header, key-value, data, total, section, blank.

The kind is read from the cells alone (words every table kind uses as column heads or row labels are
vocabulary); recognizers then read the rows of the regions they own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.structure.cells import Cell, key_of, strip_numbering
from pipelines.structure.numbers import clean_text
from pipelines.vocabulary.tables import (
    FILLER_TEXTS,
    HEADER_WORDS,
    KEY_LABELS,
    ROW_LABELS,
    SIGNATURE_LABELS,
    TOTAL_ROW_LABELS,
    TOTAL_SCORE_ENDING,
)

HEADER = "header"
KEY_VALUE = "key_value"
DATA = "data"
TOTAL = "total"
SECTION = "section"
TEXT = "text"
SIGNATURE = "signature"
BLANK = "blank"


@dataclass
class Row:
    """A grid row as printed cells; ``index`` is its row in the reader's grid (for provenance)."""

    index: int
    cells: list[Cell]
    page: int | None = None
    kind: str = field(default=BLANK)
    width: int = 0  # grid columns of the reader's row, printed or blank
    covered: frozenset[int] = frozenset()  # grid columns that are copies of a merged cell, printed or blank

    @property
    def own(self) -> list[Cell]:
        """The cells printed in this row (not copies of a merged cell above)."""
        return [c for c in self.cells if not c.from_above]

    @property
    def group_labels(self) -> list[Cell]:
        return [c for c in self.cells if c.from_above]

    def at(self, first: int, last: int | None = None) -> Cell | None:
        """The own cell covering grid columns ``first``..``last``."""
        last = first if last is None else last
        return next((c for c in self.own if c.overlaps(first, last)), None)

    def after(self, cell: Cell) -> list[Cell]:
        return [c for c in self.own if c.first > cell.last]

    @property
    def numbers(self) -> list[Cell]:
        return [c for c in self.own if c.number is not None]

    @property
    def text(self) -> str:
        return " | ".join(c.text for c in self.cells)


def classify(row: Row) -> str:
    own = row.own
    if not own:
        return BLANK
    first = own[0].key
    inline = inline_label(own[0])
    if any(first == w or first.endswith(TOTAL_SCORE_ENDING) for w in TOTAL_ROW_LABELS) \
            or (inline in TOTAL_ROW_LABELS and len(own[0].text) > len(inline)):
        return TOTAL
    if inline in SIGNATURE_LABELS:
        return SIGNATURE  # 单位负责人：… 填报人：… under a form: its end
    if row.numbers:
        return DATA
    if len(own) >= 2 and sum(1 for c in own if is_header_word(c.key)) >= 2:
        return HEADER
    if any(is_key_label(c.key) for c in own) and len(own) >= 2:
        return KEY_VALUE
    if len(own) == 1:
        return SECTION
    return TEXT


def inline_label(cell: Cell) -> str | None:
    """The key of the label before a colon in a ``label：value`` cell (``自评得分：93.6`` → 自评得分)."""
    label, colon, value = cell.text.replace(":", "：").partition("：")
    return key_of(label) if colon and value.strip() else None


def is_filler(cell: Cell) -> bool:
    """``……`` and the like: what a template prints in a row left empty."""
    return cell.text in FILLER_TEXTS


def is_header_word(key: str) -> bool:
    return any(key == w or (len(w) >= 3 and (key.startswith(w) or key.endswith(w))) for w in HEADER_WORDS)


def is_key_label(key: str) -> bool:
    return any(key == w for w in KEY_LABELS)


def is_row_label(key: str) -> bool:
    return any(key == w or key.startswith(w) for w in ROW_LABELS)


def continues(above: Row, row: Row) -> bool:
    """Whether ``row`` (the first of a page) is the rest of ``above``, cut by the page break.

    Word and LibreOffice let a row run onto the next page: the rest has text only under cells of the
    row above, no figure, and no cell that reads as a label of its own or a header; a header or
    label row above is never continued this way.
    """
    own = row.own
    if not own or above.kind in (HEADER, BLANK) or row.numbers or all(is_filler(c) for c in own):
        return False
    if strip_numbering(own[0].text) != own[0].text:
        return False  # a numbered line (一、 / （一） / 1.) opens a row of its own
    for cell in own:
        if not any(cell.overlaps(a.first, a.last) for a in above.own):
            return False
        if any(cell.text == a.text for a in above.own if cell.overlaps(a.first, a.last)):
            return False  # a merged label repeated on the new page, not a continuation
        if is_row_label(cell.key) or is_header_word(cell.key) or is_key_label(cell.key):
            return False
    return True


def join_rows(above: Row, row: Row) -> Row:
    """``above`` with the text of its cut-off rest appended to the cells it continues."""
    cells = []
    for cell in above.cells:
        rest = [c.text for c in row.own
                if cell.overlaps(c.first, c.last) and not cell.from_above and not is_filler(c)]
        text = clean_text(" ".join([cell.text, *rest])) or cell.text
        cells.append(Cell(text, cell.first, cell.last, cell.from_above) if rest else cell)
    return Row(above.index, cells, above.page, above.kind, above.width, above.covered)


def fold_cut_rows(rows: Sequence[Row]) -> list[Row]:
    """Rows with the rest of a row cut by a page break joined to it: only the first row of a page can be a rest."""
    out: list[Row] = []
    last_page: int | None = None
    for row in rows:
        new_page = row.page is not None and last_page is not None and row.page != last_page
        last_page = row.page if row.page is not None else last_page
        if out and new_page and continues(out[-1], row):
            out[-1] = join_rows(out[-1], row)
            continue
        out.append(row)
    return out
