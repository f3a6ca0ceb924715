"""The heads over each column of a table whose header runs over several rows.

Standard budget tables print their header as a tree (``支出 | 合计 | 一般公共预算财政拨款`` …, or
``公务用车购置及运行费`` over ``小计 | 公务用车购置费 | 公务用车运行费`` over ``预算数 | 决算数``): a column is
named by every header cell above it, top to bottom. Grid columns under the same heads (a value merged
over two grid columns) are one column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.structure.cells import Cell, key_of
from pipelines.structure.rows import Row


@dataclass(frozen=True)
class Column:
    """Grid columns ``first``..``last`` and the header cells above them, top first, each text once."""

    first: int
    last: int
    heads: tuple[Cell, ...]

    @property
    def keys(self) -> list[str]:
        return [key_of(c.text) for c in self.heads]

    @property
    def bottom(self) -> str:
        """The key of the lowest head: the column's own name."""
        return self.keys[-1] if self.heads else ""

    def cell(self, row: Row) -> Cell | None:
        """The own cell of ``row`` that starts under this column."""
        return next((c for c in row.own if self.first <= c.first <= self.last), None)


def split_header(rows: Sequence[Row], limit: int = 8) -> tuple[list[Row], list[Row]]:
    """The header (the leading rows without a figure, at most ``limit``) and the body below it."""
    count = 0
    for row in rows[:limit]:
        if row.numbers:
            break
        count += 1
    return list(rows[:count]), list(rows[count:])


def _spans_all(cell: Cell, width: int) -> bool:
    """A title line over the whole table (``收入支出决算总表``, ``财政拨款“三公”经费``) names no column."""
    return width > 2 and cell.first == 0 and cell.last >= width - 1


def columns_under(headers: Sequence[Row], width: int) -> list[Column]:
    """Each grid column with the header cells above it, except title lines over the whole table;
    neighbours with the same heads are merged."""
    stacks: list[tuple[Cell, ...]] = []
    for c in range(width):
        stack: list[Cell] = []
        for header in headers:
            cell = next((x for x in header.cells if x.first <= c <= x.last and not _spans_all(x, width)), None)
            if cell is not None and (not stack or stack[-1].text != cell.text):
                stack.append(cell)
        stacks.append(tuple(stack))
    out: list[Column] = []
    for c, stack in enumerate(stacks):
        if out and out[-1].heads == stack and stack and all(h.last >= c for h in stack[-1:]):
            out[-1] = Column(out[-1].first, c, stack)
        else:
            out.append(Column(c, c, stack))
    return out
