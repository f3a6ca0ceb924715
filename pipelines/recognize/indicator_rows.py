"""Indicator rows (一级 / 二级 / 三级指标 …) as project and department tables print them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.recognize.facts import Indicator
from pipelines.recognize.grid import TableRef, column_map, combined_header, matches
from pipelines.recognize.numbers import clean_text, compact, parse_number
from pipelines.vocabulary.tables import (
    INDICATOR_COLUMNS,
    STANDARD_LEVEL1,
    STANDARD_LEVEL2,
    TOTAL_ROW_LABELS,
)

WEIGHT_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
NAME_LABEL = re.compile(r"^指标\s*\d+\s*[:：]\s*")
LEVEL_FRAGMENT = "指标"


def is_indicator_header(row: Sequence[str]) -> bool:
    cols = column_map(row, INDICATOR_COLUMNS)
    return "name" in cols or ("level1" in cols and "level2" in cols)


def level_name(text: str | None, standard: Sequence[str]) -> str | None:
    """A level cell cleaned: weight note removed, completed to a standard name where one fits."""
    cleaned = clean_text(WEIGHT_NOTE.sub("", text or ""))
    if cleaned is None:
        return None
    bare = compact(cleaned)
    for name in standard:
        if bare == name or bare + "指标" == name:
            return name
    return cleaned


def indicator_name(text: str | None) -> str | None:
    cleaned = clean_text(text)
    if cleaned is None:
        return None
    return clean_text(NAME_LABEL.sub("", cleaned))


def is_total_row(row: Sequence[str]) -> bool:
    first = next((c for c in row if c.strip()), "")
    return matches(first, TOTAL_ROW_LABELS, exact=True)


def read_indicators(ref: TableRef, header_row: int, end_row: int) -> tuple[list[Indicator], int]:
    """Indicator rows from ``header_row + 1`` up to a total row or ``end_row``.

    Returns the indicators and the row index where reading stopped (the total row, if any).
    Level cells that are empty carry the value above (a merged cell in the original);
    a level cell holding only ``指标`` is the second line of a label split over two rows.
    """
    rows = ref.table.rows
    cols = column_map(combined_header(rows, header_row), INDICATOR_COLUMNS)
    out: list[Indicator] = []
    level1: str | None = None
    level2: str | None = None
    r = header_row + 1
    while r < end_row:
        row = rows[r]
        if is_total_row(row) or is_indicator_header(row):
            break
        printed = ref.printed(r)

        def cell(role: str, row: Sequence[str] = printed) -> str | None:
            idx = cols.get(role)
            return row[idx] if idx is not None and idx < len(row) else None

        level1_idx, level2_idx = cols.get("level1"), cols.get("level2")
        raw1 = row[level1_idx] if level1_idx is not None and level1_idx < len(row) else None
        raw2 = row[level2_idx] if level2_idx is not None and level2_idx < len(row) else None
        if raw1 and raw1.strip() and compact(raw1) != LEVEL_FRAGMENT:
            new1 = level_name(raw1, STANDARD_LEVEL1)
            if new1 != level1:
                level2 = None
            level1 = new1
        if raw2 and raw2.strip() and compact(raw2) != LEVEL_FRAGMENT:
            level2 = level_name(raw2, STANDARD_LEVEL2)
        name = indicator_name(cell("name"))
        weight = parse_number(cell("weight"))
        score = parse_number(cell("score"))
        if (name is not None and name != "无") or weight is not None or score is not None:
            out.append(
                Indicator(
                    level1=level1,
                    level2=level2,
                    name=name,
                    target=clean_text(cell("target")),
                    actual=clean_text(cell("actual")),
                    weight=weight,
                    score=score,
                    deviation=clean_text(cell("deviation")),
                    nature=clean_text(cell("nature")),
                    unit=clean_text(cell("unit")),
                    provenance=ref.provenance(r),
                )
            )
        r += 1
    return out, r


def total_row_figures(row: Sequence[str], header: Sequence[str]) -> tuple[float | None, float | None]:
    """The 总分 row's 分值 and 得分.

    Where the figures stand in the header's 分值/得分 columns they are read there;
    otherwise two figures are (分值, 得分). A lone figure is the 得分: the score is what a total row reports.
    """
    cols = column_map(header, {"weight": INDICATOR_COLUMNS["weight"], "score": INDICATOR_COLUMNS["score"]})
    numbers = [(i, parse_number(c)) for i, c in enumerate(row) if parse_number(c) is not None]
    if not numbers:
        return None, None
    if len(numbers) == 1:
        return None, numbers[0][1]
    positions = {i for i, _ in numbers}
    if len(cols) == 2 and positions <= set(cols.values()) and len(row) == len(header):
        weight = parse_number(row[cols["weight"]]) if "weight" in cols else None
        score = parse_number(row[cols["score"]]) if "score" in cols else None
        return weight, score
    if len(numbers) >= 2:
        return numbers[-2][1], numbers[-1][1]
    return None, numbers[0][1]

