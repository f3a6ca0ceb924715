"""项目支出绩效自评表: one project per segment that starts at a 项目名称 row.

A table may hold several projects (repeated per project) and a project's rows are
found by what their label cells say, so column order, extra columns (资金来源,
指标性质, 度量单位) and blank template rows do not matter.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.recognize.facts import Project
from pipelines.recognize.fund_rows import is_fund_header, read_fund_rows
from pipelines.recognize.grid import TableRef, column_map, matches, non_empty
from pipelines.recognize.indicator_rows import (
    is_indicator_header,
    is_total_row,
    read_indicators,
    total_row_figures,
)
from pipelines.recognize.numbers import clean_text
from pipelines.vocabulary.tables import (
    DEPARTMENT_ANCHORS,
    GOAL_ACTUAL,
    GOAL_EXPECTED,
    GRADE_LABELS,
    GRADES,
    IMPLEMENTER_LABELS,
    PROJECT_ANCHORS,
    SUPERVISOR_LABELS,
)

ALL_LABELS = PROJECT_ANCHORS + SUPERVISOR_LABELS + IMPLEMENTER_LABELS + DEPARTMENT_ANCHORS


def anchor_rows(rows: Sequence[Sequence[str]], anchors: Sequence[str]) -> list[int]:
    """Rows whose first filled cell is one of ``anchors`` followed by a value (a key-value row)."""
    found = []
    for r, row in enumerate(rows):
        cells = non_empty(row)
        if not cells:
            continue
        first = cells[0][1]
        if matches(first, anchors, exact=True) or _label_with_value(first, anchors):
            found.append(r)
    return found


def _label_with_value(cell: str, labels: Sequence[str]) -> str | None:
    """``实施单位 红寺堡区总工会`` in one cell: the value after the label."""
    text = clean_text(cell) or ""
    if matches(text, labels, exact=True):
        return None
    for lab in sorted(labels, key=len, reverse=True):
        if text.startswith(lab) and len(text) > len(lab):
            rest = text[len(lab):].lstrip(":： ")
            if rest:
                return rest
    return None


def value_after(row: Sequence[str], labels: Sequence[str]) -> tuple[bool, str | None]:
    """(found, value) for a key-value cell pair ``label | value`` anywhere in ``row``."""
    for idx, cell in enumerate(row):
        inline = _label_with_value(cell, labels)
        if inline:
            return True, inline
        if not matches(cell, labels, exact=True):
            continue
        for nxt in row[idx + 1:]:
            if not nxt.strip():
                continue
            if matches(nxt, ALL_LABELS, exact=True) or _label_with_value(nxt, ALL_LABELS):
                return True, None
            return True, clean_text(nxt)
        return True, None
    return False, None


def segments(rows: Sequence[Sequence[str]], anchors: Sequence[str]) -> list[tuple[int, int]]:
    starts = anchor_rows(rows, anchors)
    other = set(anchor_rows(rows, DEPARTMENT_ANCHORS if anchors is PROJECT_ANCHORS else PROJECT_ANCHORS))
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(rows)
        end = min([end] + [o for o in other if o > start])
        out.append((start, end))
    return out


def read_projects(ref: TableRef) -> list[Project]:
    rows = ref.table.rows
    projects = []
    for start, end in segments(rows, PROJECT_ANCHORS):
        if not any(is_fund_header(rows[r]) or is_indicator_header(rows[r]) for r in range(start, end)):
            continue
        projects.append(read_project(ref, start, end))
    return projects


def read_project(ref: TableRef, start: int, end: int) -> Project:
    rows = ref.table.rows
    _, name = value_after(rows[start], PROJECT_ANCHORS)
    project = Project(name=name, provenance=ref.provenance(start))
    for r in range(start, end):
        row = rows[r]
        found, value = value_after(row, SUPERVISOR_LABELS)
        if found and project.supervising_dept is None:
            project.supervising_dept = value
        found, value = value_after(row, IMPLEMENTER_LABELS)
        if found and project.implementing_unit is None:
            project.implementing_unit = value
        if is_fund_header(row) and not project.funds:
            project.funds = read_fund_rows(ref, r, end)
        elif _is_goal_header(row) and project.goal_expected is None and r + 1 < end:
            project.goal_expected, project.goal_actual = read_goals(row, rows[r + 1])
        elif is_indicator_header(row) and not project.indicators:
            project.indicators, stop = read_indicators(ref, r, end)
            if stop < end and is_total_row(rows[stop]):
                project.total_weight, project.total_score = total_row_figures(ref.printed(stop), row)
        found, value = value_after(row, GRADE_LABELS)
        if found and value in GRADES and project.grade is None:
            project.grade = value
    return project


def _is_goal_header(row: Sequence[str]) -> bool:
    return any(matches(c, GOAL_EXPECTED, exact=True) for c in row) and any(
        matches(c, GOAL_ACTUAL, exact=True) for c in row
    )


def read_goals(header: Sequence[str], row: Sequence[str]) -> tuple[str | None, str | None]:
    cols = column_map(header, {"expected": GOAL_EXPECTED, "actual": GOAL_ACTUAL}, exact=True)

    def take(start: int, stop: int) -> str | None:
        for idx in range(start, min(stop, len(row))):
            if row[idx].strip():
                return clean_text(row[idx])
        return None

    e, a = cols.get("expected", 0), cols.get("actual", len(row))
    if e < a:
        return take(e, a), take(a, len(row))
    return take(e, len(row)), take(a, e)

