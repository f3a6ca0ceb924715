"""A table split into regions: one segment per project or department, and inside it the parts a
self-evaluation table is made of (key-value lines, fund block, goal block, indicator block, total row).

A segment starts at a row whose first cell is an anchor label (项目名称, 部门名称 …); rows before the
first anchor form a segment of their own when they hold a part (the tail of a table begun on an
earlier page). Parts start at their header row and end where the next part or the segment ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.structure.cells import Cell, collapse_row
from pipelines.structure.columns import Columns, map_columns, match_strength
from pipelines.structure.kv import starts_with_label
from pipelines.structure.rows import HEADER, SIGNATURE, TOTAL, Row, classify
from pipelines.vocabulary.tables import (
    FUND_COLUMNS,
    FUND_MONEY_ROLES,
    GOAL_ACTUAL,
    GOAL_EXPECTED,
    INDICATOR_COLUMNS,
)

YEAR_PREFIX = re.compile(r"^(19|20)\d\d")
FUND = "fund"
GOAL = "goal"
INDICATOR = "indicator"


@dataclass
class Part:
    kind: str
    headers: list[Row]
    rows: list[Row] = field(default_factory=list)
    columns: Columns | None = None


@dataclass
class Segment:
    anchor: str | None  # the anchor kind that starts it ("project", "department"), None for a headless tail
    rows: list[Row]
    parts: list[Part] = field(default_factory=list)
    total: Row | None = None

    def part(self, kind: str) -> Part | None:
        return next((p for p in self.parts if p.kind == kind), None)


def fund_columns(*headers: Row) -> Columns | None:
    """The columns of a fund block's header; a header naming years (``2023年预算数``) is a data table's."""
    cols = map_columns(headers, FUND_COLUMNS)
    if any(YEAR_PREFIX.match(cols.spans[r].key) for r in FUND_MONEY_ROLES if r in cols):
        return None
    return cols if len([r for r in FUND_MONEY_ROLES if r in cols]) >= 2 or (
        any(r in cols for r in FUND_MONEY_ROLES) and "execution_rate" in cols) else None


def indicator_columns(headers: Sequence[Row]) -> Columns | None:
    cols = map_columns(headers, INDICATOR_COLUMNS)
    return cols if "name" in cols or ("level1" in cols and "level2" in cols) else None


def goal_columns(row: Row) -> tuple[Cell, Cell] | None:
    """The 预期目标 and 实际完成情况 heads of a goal block's header, each the cell naming it most exactly."""
    heads = []
    for aliases in (GOAL_EXPECTED, GOAL_ACTUAL):
        scored = [(match_strength(c.key, aliases), c) for c in row.own]
        best = max(scored, key=lambda pair: pair[0], default=(0, None))
        heads.append(best[1] if best[0] else None)
    expected, actual = heads
    if expected is None or actual is None or expected is actual:
        return None
    return expected, actual


def is_goal_header(row: Row) -> bool:
    return goal_columns(row) is not None


def segments(rows: Sequence[Row], anchors: dict[str, tuple[str, ...]]) -> list[Segment]:
    """Rows split at anchor rows; each segment gets its parts. ``anchors`` is in order of precedence:
    an anchor of a later kind among the opening key-value lines of a segment of an earlier kind, before
    any block header, is a line of that segment."""
    out: list[Segment] = []
    current = Segment(None, [])
    rank = {kind: i for i, kind in enumerate(anchors)}
    for row in rows:
        kind = next((k for k, labels in anchors.items() if starts_with_label(row, labels)), None)
        opening = current.anchor is not None and not any(r.kind == HEADER for r in current.rows)
        if kind is not None and opening and rank[kind] > rank[current.anchor]:  # type: ignore[index]
            kind = None  # a lesser anchor among the opening lines (单位名称 under 项目名称) is one of them
        if kind is not None:
            out.append(current)
            current = Segment(kind, [])
        current.rows.append(row)
    out.append(current)
    for segment in out:
        segment.parts, segment.total = split_parts(segment.rows)
    return [s for s in out if s.anchor is not None or s.parts]


def split_parts(rows: Sequence[Row]) -> tuple[list[Part], Row | None]:
    parts: list[Part] = []
    total: Row | None = None
    current: Part | None = None
    for i, row in enumerate(rows):
        if row.kind == TOTAL and current is not None and current.kind == INDICATOR:
            total = total or row
            current = None
            continue
        if row.kind == SIGNATURE:
            current = None
            continue
        part = _starts_part(rows, i)
        if part is not None:
            if current is not None and len(part.headers) > 1:
                current.rows = [r for r in current.rows if r is not part.headers[0]]
            if current is not None and current.kind == FUND == part.kind and not current.rows:
                # a header over two lines, each naming some money columns (资金情况 over 年初预算 …)
                current.headers.extend(part.headers)
                current.columns = fund_columns(*current.headers) or part.columns
                continue
            current = part
            parts.append(part)
            continue
        if current is not None:
            current.rows.append(row)
    return parts, total


def _starts_part(rows: Sequence[Row], i: int) -> Part | None:
    """The part whose header row ``rows[i]`` is; a row with figures is data, never a header (a 预算执行率
    indicator explained as ``执行数/预算数``)."""
    row = rows[i]
    if row.numbers:
        return None
    cols = fund_columns(row)
    if cols is not None:
        return Part(FUND, [row], columns=cols)
    cols = indicator_columns([row])
    if cols is not None:
        headers = [row]
        if i > 0 and rows[i - 1].kind == HEADER and fund_columns(rows[i - 1]) is None \
                and not is_goal_header(rows[i - 1]):
            headers.insert(0, align_upper_header(rows[i - 1], row))
            cols = indicator_columns(headers) or cols
        return Part(INDICATOR, headers, columns=cols)
    if is_goal_header(row):
        return Part(GOAL, [row])
    return None


def align_upper_header(upper: Row, lower: Row) -> Row:
    """The upper line of a two-line header whose spans a text export lost: where the lower line leaves
    the table's last columns empty and the upper line names nothing the lower line does not cover,
    the upper line's last cells belong over those empty columns
    (``绩效评价指标分值 | 指标解释 | 自评得分`` over ``一级指标 | 二级指标 | 三级指标 | 指标分值 | | |``)."""
    lower_last = max((c.last for c in lower.cells), default=-1)
    empty = list(range(lower_last + 1, lower.width))
    if not empty or not all(any(u.overlaps(c.first, c.last) for c in lower.cells) for u in upper.own):
        return upper
    moved = upper.own[-len(empty):]
    cells = [Cell(c.text, col, col) for c, col in zip(moved, empty[-len(moved):], strict=False)]
    return Row(upper.index, cells, upper.page, upper.kind, upper.width)


def is_block_header(texts: Sequence[str]) -> bool:
    """Whether a row of plain cell texts is the header of a fund or indicator block."""
    row = Row(0, collapse_row(texts, [False] * len(texts), None))
    row.kind = classify(row)
    return fund_columns(row) is not None or indicator_columns([row]) is not None
