"""Reading tables by what their cells say: label matching, header rows, column maps, provenance."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipelines.documents.model import Table
from pipelines.recognize.numbers import compact

_BRACKETED = re.compile(r"[（(][^()（）]*[)）]")
_LEADING_NUMBERING = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．:：]|其中[:：,，]?)+")


def label(text: str | None) -> str:
    """A cell's text reduced for matching: no spaces, no bracketed notes such as ``(万元)``, no colon."""
    return _BRACKETED.sub("", compact(text)).strip(":：")


def matches(text: str | None, aliases: Iterable[str], exact: bool = False) -> bool:
    lab = label(text)
    if not lab:
        return False
    return any(lab == a if exact else (lab == a or lab.startswith(a) or lab.endswith(a)) for a in aliases)


def strip_numbering(text: str) -> str:
    return _LEADING_NUMBERING.sub("", text).strip()


def column_map(
    header: Sequence[str], roles: dict[str, tuple[str, ...]], exact: bool = False
) -> dict[str, int]:
    """Map each role to the header cell naming it, whatever the column order.

    A cell serves one role: the role whose alias it matches exactly, else the role
    with the longest alias it starts or ends with (so ``实际完成指标值`` is the actual
    value, not the ``指标值`` target).
    """
    found: dict[str, int] = {}
    for idx, cell in enumerate(header):
        lab = label(cell)
        if not lab:
            continue
        best: tuple[int, str] | None = None
        for role, aliases in roles.items():
            if role in found:
                continue
            for alias in aliases:
                if lab == alias:
                    strength = 1000 + len(alias)
                elif not exact and (lab.startswith(alias) or lab.endswith(alias)):
                    strength = len(alias)
                else:
                    continue
                if best is None or strength > best[0]:
                    best = (strength, role)
        if best is not None:
            found[best[1]] = idx
    return found


def combined_header(rows: Sequence[Sequence[str]], at: int) -> list[str]:
    """The header at row ``at``, completed from the row above where a spanning group header sat.

    A two-row header such as ``绩效评价指标分值 | 指标解释 | 自评得分`` over
    ``一级指标 | 二级指标 | 三级指标 | 指标分值 | | |`` loses its spans in text exports:
    the upper row's last cells belong to the lower row's empty trailing columns.
    """
    lower = list(rows[at])
    if at == 0:
        return lower
    upper = [c for c in rows[at - 1] if c.strip()]
    empty_tail = [i for i in range(len(lower)) if not lower[i].strip() and all(not c.strip() for c in lower[i:])]
    if not empty_tail or not upper:
        return lower
    if rows[at - 1][: len(lower)] and any(rows[at - 1][i].strip() for i in empty_tail):
        for i in empty_tail:
            lower[i] = rows[at - 1][i]
        return lower
    for i, text in zip(empty_tail, upper[-len(empty_tail):], strict=False):
        lower[i] = text
    return lower


def non_empty(row: Sequence[str]) -> list[tuple[int, str]]:
    return [(i, c) for i, c in enumerate(row) if c and c.strip()]


@dataclass(frozen=True)
class TableRef:
    """A table's place in the document, for provenance."""

    table: Table
    index: int  # table's block index in the document

    def printed(self, row: int) -> list[str]:
        """Row ``row`` with the cells a merge from the left repeated there blanked: each value once."""
        cells = list(self.table.rows[row])
        merged = self.table.merged
        return [
            "" if (row, c) in merged and c > 0 and cells[c] == self.table.rows[row][c - 1] else text
            for c, text in enumerate(cells)
        ]

    def provenance(self, row: int, text: str | None = None) -> dict[str, object]:
        out: dict[str, object] = {"block": self.index, "row": row}
        page = self.table.page_of_row(row)
        if page is not None:
            out["page"] = page
        if self.table.location.sheet is not None:
            out["sheet"] = self.table.location.sheet
        if text is None and 0 <= row < len(self.table.rows):
            text = " | ".join(c for c in self.table.rows[row] if c.strip())
        out["text"] = text
        return out
