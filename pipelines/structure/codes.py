"""Classification codes and form numbering: 类/款/项 codes, 行次 columns and 栏次 rows.

Budget tables print the government classification code of a row either in one cell (``2010601``), over
three columns (``201 | 06 | 01``, the 类 cell sometimes left blank under its first row), or in front of
the name (``[2010601]行政运行``). A code is never a figure, and neither are the numbers of a 行次 column
or of a 栏次 row (``栏次 | | 1 | 栏次 | | 2``), which number the form's lines and columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.structure.cells import Cell, key_of
from pipelines.structure.numbers import compact
from pipelines.structure.rows import Row
from pipelines.vocabulary.final_accounts import COLUMN_NUMBER_LABELS

_DIGITS = re.compile(r"^\d{2,9}$")
_PREFIX = re.compile(
    r"^(?:[\[【(（](?P<bracketed>\d{3}(?:\d{2}){0,2})[\]】)）]\s*|(?P<spaced>\d{3}(?:\d{2}){0,2})\s+"
    r"|(?P<glued>\d{5}(?:\d{2})?)(?=[^\d\s.%]))(?P<name>[^\d\s.%].*)$", re.S)
_SPACED = re.compile(r"^(\d{3})(?:\s+(\d{2}))?(?:\s+(\d{2}))?$")


@dataclass(frozen=True)
class Code:
    """A classification code: ``2010601`` is 类 201, 款 06, 项 01 (level 3)."""

    digits: str

    @property
    def level(self) -> int:
        return {3: 1, 5: 2, 7: 3}.get(len(self.digits), 0)

    def ancestors(self) -> list[str]:
        """The codes above this one, top first: ``2010601`` → ``201``, ``20106``."""
        return [self.digits[:n] for n in (3, 5) if n < len(self.digits)]


def is_code_text(text: str) -> bool:
    """A cell that can only be a code (or a code part): digits without a decimal point or separator."""
    value = compact(text)
    return bool(_DIGITS.match(value)) or bool(_SPACED.match(text.strip()) and " " in text.strip())


def join_code(parts: Sequence[str], above: str | None = None) -> Code | None:
    """The code printed over 类/款/项 cells (``201``, ``06``, ``01``) or in one cell (``2010601``).

    ``above`` is the code of the last coded row: a row that leaves its 类 cell blank (``| 06 | 01``)
    continues it.
    """
    texts = [compact(p) for p in parts if compact(p)]
    if not texts or not all(t.isdigit() for t in texts):
        return None
    if len(texts) == 1:
        spaced = _SPACED.match(parts[0].strip()) if parts else None
        if spaced and " " in parts[0].strip():
            return Code("".join(g for g in spaced.groups() if g))
        digits = texts[0]
        if len(digits) in (3, 5, 7):
            return Code(digits)
        if len(digits) == 2 and above is not None and len(above) >= 3:
            return Code(above[:3] + digits)
        return None
    if len(texts[0]) == 3 and all(len(t) == 2 for t in texts[1:]):
        return Code("".join(texts))
    if all(len(t) == 2 for t in texts) and above is not None and len(above) >= 3 and len(texts) <= 2:
        return Code(above[:3] + "".join(texts))
    return None


def split_code_prefix(text: str) -> tuple[Code | None, str]:
    """``2010601 行政运行`` or ``[2010601]行政运行`` → (code, ``行政运行``); other text unchanged."""
    match = _PREFIX.match(text.strip())
    if not match:
        return None, text
    return Code(match["bracketed"] or match["spaced"] or match["glued"]), match["name"].strip()


def is_column_number_row(row: Row) -> bool:
    """A row numbering the form's columns: labelled 栏次, or nothing but small whole numbers 1, 2, 3 …"""
    own = row.own
    if not own:
        return False
    if any(key_of(c.text) in COLUMN_NUMBER_LABELS for c in own):
        return True
    numbers = [c.text.strip() for c in own]
    if len(numbers) < 3 or not all(n.isdigit() and len(n) <= 2 for n in numbers):
        return False
    values = [int(n) for n in numbers]
    return values == list(range(values[0], values[0] + len(values)))


def cells_left_of(row: Row, column: int) -> list[Cell]:
    return [c for c in row.own if c.last < column]
