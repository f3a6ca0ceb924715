"""Indicator rows (一级 / 二级 / 三级指标 …) of an indicator block, and the 总分 row closing it.

Level cells spanning rows give every row their value (a merged cell is a copy from above; a blank
unmerged cell carries the value above, as text exports print it). A score merged over two rows is the
first row's score only: copies from above are never figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.recognize.facts import Indicator
from pipelines.structure.cells import Cell
from pipelines.structure.columns import Columns
from pipelines.structure.numbers import clean_text, compact, parse_grade, parse_number
from pipelines.structure.regions import Part
from pipelines.structure.rows import Row, inline_label
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.tables import (
    LEVEL_TEMPLATE_WORDS,
    NOT_AN_INDICATOR,
    STANDARD_LEVEL2,
    TARGET_OPERATORS,
    TOTAL_ROW_LABELS,
)

WEIGHT_NOTE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
NAME_LABEL = re.compile(r"^指标\s*\d+\s*[:：]\s*")
LEVEL_FRAGMENT = "指标"


def level_name(text: str | None, standard: Sequence[str]) -> str | None:
    """A level cell cleaned: weight note and template wording removed, completed to one of ``standard``."""
    cleaned = clean_text(WEIGHT_NOTE.sub("", text or ""))
    if cleaned is None:
        return None
    for word in LEVEL_TEMPLATE_WORDS:
        if cleaned.endswith(word) and len(cleaned) > len(word) + 2:
            cleaned = cleaned[: -len(word)]
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


def _level_cell(row: Row, cols: Columns, role: str) -> Cell | None:
    span = cols.spans.get(role)
    if span is None:
        return None
    return next((c for c in row.cells if span.first <= c.first <= span.last), None)


def _cut_level(row: Row, following: Row | None, cols: Columns, role: str) -> Cell | None:
    """A level cell a page break cut in two whose text Word printed only in its part on the next page:
    the last row of a page has a blank cell of its own there (not a merged copy), and the first row of
    the next page has the name."""
    span = cols.spans.get(role)
    if span is None or following is None or row.page is None or following.page in (None, row.page):
        return None
    if any(c in row.covered for c in range(span.first, span.last + 1)):
        return None
    below = _level_cell(following, cols, role)
    return below if below is not None and not below.from_above else None


def read_indicators(table: StructuredTable, parts: Sequence[Part]) -> list[Indicator]:
    """The indicator rows of one or more blocks (a block continued on the next page under its header)."""
    out: list[Indicator] = []
    level1: str | None = None
    level2: str | None = None
    rows = [(part, row) for part in parts for row in part.rows]
    for i, (part, row) in enumerate(rows):
        cols = part.columns
        assert cols is not None
        following = rows[i + 1][1] if i + 1 < len(rows) else None
        raw1 = _level_cell(row, cols, "level1") or _cut_level(row, following, cols, "level1")
        raw2 = _level_cell(row, cols, "level2") or _cut_level(row, following, cols, "level2")
        if raw1 is not None and compact(raw1.text) != LEVEL_FRAGMENT and raw1.number is None:
            new1 = level_name(raw1.text, ())  # the contract completes level-2 names only
            if new1 != level1:
                level2 = None
            level1 = new1
        if raw2 is not None and compact(raw2.text) != LEVEL_FRAGMENT and raw2.number is None:
            name2 = level_name(raw2.text, STANDARD_LEVEL2)
            if name2 is not None or not raw2.from_above:  # a copy of a note cut off its label keeps the label
                level2 = name2
        name = indicator_name(cols.text(row, "name"))
        weight = parse_number(cols.text(row, "weight"))
        score = parse_number(cols.text(row, "score"))
        if name in NOT_AN_INDICATOR:
            name = None if name != "无" else name
        if (name is None or name == "无") and weight is None and score is None:
            continue
        out.append(Indicator(
            level1=level1, level2=level2, name=name,
            target=_target(row, cols), actual=clean_text(cols.text(row, "actual")),
            weight=weight, score=score, deviation=clean_text(cols.text(row, "deviation")),
            nature=clean_text(cols.text(row, "nature")), unit=clean_text(cols.text(row, "unit")),
            provenance=table.provenance(row),
        ))
    return out


def _target(row: Row, cols: Columns) -> str | None:
    """年度指标值, joined with 指标性质 and 度量单位 where the template splits them (``≧`` ``735`` ``人次`` →
    ``≧735人次``): the nature only when it is an operator (``定性`` is not), the unit only after a figure."""
    value = clean_text(cols.text(row, "target"))
    if value is None:
        return None
    nature = clean_text(cols.text(row, "nature")) or ""
    unit = clean_text(cols.text(row, "unit")) or ""
    if nature not in TARGET_OPERATORS:
        nature = ""
    if not any(ch.isdigit() for ch in value) or value.endswith(unit):
        unit = ""
    return f"{nature}{value}{unit}"


def _after_colon(cell: Cell) -> float | None:
    return parse_number(cell.text.replace(":", "：").partition("：")[2])


def total_figures(row: Row, cols: Columns | None) -> tuple[float | None, float | None, str | None]:
    """The 总分 row's 分值, 得分 and grade: read in the block's columns where the figures stand there,
    else two figures are (分值, 得分) and a lone figure is the 得分."""
    numbers = [c for c in row.own if c.number is not None]
    grade = next((g for g in (parse_grade(c.text) for c in row.own) if g is not None), None)
    if not numbers:  # 自评得分：93.6 | 等级：优 — the figures printed after their labels
        inline = [_after_colon(c) for c in row.own if inline_label(c) in TOTAL_ROW_LABELS]
        return None, next((n for n in inline if n is not None), None), grade
    if cols is not None and numbers and ("weight" in cols or "score" in cols):
        weight, score = cols.cell(row, "weight"), cols.cell(row, "score")
        placed = {id(c) for c in (weight, score) if c is not None and c.number is not None}
        if placed and all(id(c) in placed for c in numbers):
            return (weight.number if weight else None, score.number if score else None, grade)
    if not numbers:
        return None, None, grade
    if len(numbers) == 1:
        return None, numbers[0].number, grade
    return numbers[-2].number, numbers[-1].number, grade
