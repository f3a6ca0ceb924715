"""Column roles from header rows, whatever the column order, and the cell of a data row under each role.

A header may be printed on two rows (``绩效指标 | 年度指标值`` over ``一级指标 | … | 指标性质 | 指标值 |
度量单位``): the lower row names the columns it has and the upper row names the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.structure.cells import Cell
from pipelines.structure.rows import Row


@dataclass
class Columns:
    """Role → the header cell naming it (its grid columns)."""

    spans: dict[str, Cell]
    headers: list[Row]

    def __contains__(self, role: str) -> bool:
        return role in self.spans

    def __len__(self) -> int:
        return len(self.spans)

    def cell(self, row: Row, role: str) -> Cell | None:
        """The own cell of ``row`` under ``role``: the cell starting inside the role's columns, else a
        wider cell covering them that starts under no other role."""
        span = self.spans.get(role)
        if span is None:
            return None
        inside = [c for c in row.own if span.first <= c.first <= span.last]
        if inside:
            return inside[0]
        for c in row.own:
            if c.overlaps(span.first, span.last) and not any(
                    other.first <= c.first <= other.last for other in self.spans.values()):
                return c
        return None

    def text(self, row: Row, role: str) -> str | None:
        c = self.cell(row, role)
        return c.text if c is not None else None

    def first(self) -> int:
        return min((c.first for c in self.spans.values()), default=0)


def match_strength(key: str, aliases: Sequence[str], exact: bool = False) -> int:
    """1000 + length for an exact alias, the alias length where the key starts or ends with it, else 0."""
    best = 0
    for alias in aliases:
        if key == alias:
            best = max(best, 1000 + len(alias))
        elif not exact and (key.startswith(alias) or key.endswith(alias)):
            best = max(best, len(alias))
    return best


def map_columns(headers: Sequence[Row], roles: dict[str, tuple[str, ...]], exact: bool = False) -> Columns:
    """Each role to the header cell naming it most exactly: pairs are taken strongest first, each cell
    and each role once (so ``实际完成指标值`` is the actual value, not the ``指标值`` target, and a group
    head ``年度预算数`` does not take the role ``调整后预算数`` names exactly). Lower header rows are
    mapped first; an upper-row cell over columns a lower-row cell already names serves no role."""
    candidates: list[tuple[int, int, int, Cell, str]] = []
    rows = list(headers)
    for depth, header in enumerate(reversed(rows)):
        for cell in header.cells:
            if cell.number is not None:
                continue
            for role, aliases in roles.items():
                strength = match_strength(cell.key, aliases, exact)
                if strength:
                    candidates.append((-depth, strength, -cell.first, cell, role))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    spans: dict[str, Cell] = {}
    taken: list[Cell] = []
    for _, _, _, cell, role in candidates:
        if role in spans or any(cell is t or cell.overlaps(t.first, t.last) for t in taken):
            continue
        spans[role] = cell
        taken.append(cell)
    return Columns(spans, rows)
