"""One cell of a table, normalised once: merged repeats collapsed, a matching key, its number and money unit.

Readers fill every position a merged cell covers with its text and record those positions as covered
copies. Here a row becomes a list of cells, each printed once: a copy covered from the left widens the
cell it copies (a label merged over two columns is one cell), a copy covered from above is marked
``from_above`` (a group label spanning rows, such as ``项目资金（万元）``, not the row's own label).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.structure.numbers import clean_text, compact, parse_money, parse_number, unit_factor
from pipelines.vocabulary.tables import PRINTING_SLIPS

_BRACKETED = re.compile(r"[（(【\[][^()（）【】\[\]]*[)）】\]]")
_LEADING_NUMBERING = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．:：]|[（(][一二三四五六七八九十\d]{1,3}[)）]|其中[:：,，]?)+"
)
_CODE_PREFIX = re.compile(r"^(?:[\[【(（]\s*[\dA-Za-z]{2,}\s*[\]】)）]|[\dA-Za-z]{5,}[-－—_])")
_TICKS = str.maketrans("", "", "☑□■☐✓√")


def key_of(text: str | None) -> str:
    """A label reduced for matching: no spaces, no bracketed note such as ``（万元）``, no numbering,
    no code prefix, no trailing colon. Never used for output."""
    key = compact(text).translate(_TICKS)
    for slip, meant in PRINTING_SLIPS.items():
        key = key.replace(slip, meant)
    key = _CODE_PREFIX.sub("", key)
    key = _BRACKETED.sub("", key)
    key = _LEADING_NUMBERING.sub("", key)
    return key.strip(":：;；,，。.")


def strip_numbering(text: str) -> str:
    """``2、出国经费`` → ``出国经费``; ``其中：公车购置`` → ``公车购置``: a printed name without its list marker."""
    return _LEADING_NUMBERING.sub("", text.strip()).strip()


@dataclass(frozen=True)
class Cell:
    """A printed cell: its text once, the grid columns it spans, and whether it is a copy from the row above."""

    text: str
    first: int
    last: int
    from_above: bool = False
    raw: str = ""  # as the reader gave it: a space there may part a label from its value
    @property
    def key(self) -> str:
        return key_of(self.text)

    @property
    def number(self) -> float | None:
        return parse_number(self.text)

    def money(self, factor: float = 1.0) -> float | None:
        """The cell as money in 万元: a unit printed in the cell wins over ``factor`` (the unit stated for it)."""
        return parse_money(self.text, factor)

    @property
    def stated_unit(self) -> float | None:
        """The money unit a label or header states: ``项目资金（元）`` → 0.0001."""
        return unit_factor(self.text)

    def overlaps(self, first: int, last: int) -> bool:
        return self.first <= last and first <= self.last


def collapse_row(texts: Sequence[str], covered: Sequence[bool], above: Sequence[str] | None) -> list[Cell]:
    """The printed cells of one grid row: blanks dropped, merged copies folded into the cell they copy."""
    cells: list[Cell] = []
    for c, raw in enumerate(texts):
        text = clean_text(raw)
        if text is None:
            continue
        if covered[c] and cells and cells[-1].last == c - 1 and raw == texts[c - 1]:
            last = cells[-1]
            cells[-1] = Cell(last.text, last.first, c, last.from_above, last.raw)
            continue
        from_above = bool(covered[c] and above is not None and c < len(above) and above[c] == raw)
        cells.append(Cell(text, c, c, from_above, raw))
    return cells
