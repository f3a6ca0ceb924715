"""项目支出绩效自评表: one project per segment that starts at a 项目名称 line.

A segment's key-value lines give the name, 主管部门 and 实施单位; its fund block the fund rows; its goal
block 预期目标 / 实际完成情况; its indicator blocks the indicators; its total row 总分 and grade. A segment
before any 项目名称 line that holds a block is the tail of a table begun on an earlier page: a project
without a name.
"""

from __future__ import annotations

from pipelines.recognize.facts import Project
from pipelines.recognize.fund_rows import read_fund_block
from pipelines.recognize.indicator_rows import read_indicators, total_figures
from pipelines.structure import kv
from pipelines.structure.numbers import clean_text, parse_grade
from pipelines.structure.regions import FUND, GOAL, INDICATOR, Part, Segment, goal_columns
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.tables import (
    GRADE_LABELS,
    IMPLEMENTER_LABELS,
    PROJECT_ANCHORS,
    SUPERVISOR_LABELS,
)


def read_projects(table: StructuredTable, segments: list[Segment], previous: Project | None = None) -> list[Project]:
    """The projects of a table. A segment before any 项目名称 line continues ``previous``, the last
    project of an earlier table of the document (a table a page break cut in two); with none, it is a
    project of its own without a name."""
    out = []
    for segment in segments:
        if segment.anchor is None and segment.parts and previous is not None and not out:
            continue_project(previous, read_project(table, segment))
        elif segment.anchor == "project" or (segment.anchor is None and segment.parts):
            project = read_project(table, segment)
            if project is not None:
                out.append(project)
    return out


def continue_project(project: Project, rest: Project | None) -> None:
    if rest is None:
        return
    project.indicators.extend(rest.indicators)
    for name in ("goal_expected", "goal_actual", "total_weight", "total_score", "grade"):
        if getattr(project, name) is None:
            setattr(project, name, getattr(rest, name))
    for key, row in rest.funds.items():
        project.funds.setdefault(key, row)


def read_project(table: StructuredTable, segment: Segment) -> Project | None:
    rows = segment.rows
    name = kv.find(rows[:1], PROJECT_ANCHORS) if segment.anchor == "project" else None
    if segment.anchor == "project" and not segment.parts:
        return None
    project = Project(name=name.value if name else None,
                      provenance=table.provenance(name.row if name else rows[0]))
    head = [r for r in rows if not any(r in p.rows or r in p.headers for p in segment.parts)]
    supervisor = kv.find(head, SUPERVISOR_LABELS)
    implementer = kv.find(head, IMPLEMENTER_LABELS)
    project.supervising_dept = supervisor.value if supervisor else None
    project.implementing_unit = implementer.value if implementer else None
    fund = segment.part(FUND)
    if fund is not None:
        project.funds = read_fund_block(table, fund).rows
    goal = segment.part(GOAL)
    if goal is not None:
        project.goal_expected, project.goal_actual = read_goals(goal)
    project.indicators = read_indicators(table, [p for p in segment.parts if p.kind == INDICATOR])
    if segment.total is not None:
        indicator = next((p for p in reversed(segment.parts) if p.kind == INDICATOR), None)
        weight, score, grade = total_figures(segment.total, indicator.columns if indicator else None)
        project.total_weight, project.total_score = weight, score
        project.grade = grade
    if project.grade is None:
        project.grade = grade_in(rows) or grade_below(table)
    return project


def grade_below(table: StructuredTable) -> str | None:
    """The grade a line just below the table states (``自评等级：优 评分人：…``)."""
    for line in table.footer:
        for part in line.split():
            if any(part.startswith(label) for label in GRADE_LABELS) and (grade := parse_grade(part)):
                return grade
    return None


def grade_in(rows: list[Row]) -> str | None:
    """The grade a 评价等级 line states: its value, or the label cell itself (``自评等级：优秀``,
    ``自评等级☑优□良``)."""
    found = kv.find(rows, GRADE_LABELS)
    if found is not None and (grade := parse_grade(found.value or found.cell.text)) is not None:
        return grade
    for row in rows:
        for cell in row.own:
            if any(cell.key.startswith(label) for label in GRADE_LABELS) and (grade := parse_grade(cell.text)):
                return grade
    return None


def read_goals(part: Part) -> tuple[str | None, str | None]:
    """The first line under a 预期目标 | 实际完成情况 header: the text under each head."""
    heads = goal_columns(part.headers[0])
    if heads is None:
        return None, None
    expected, actual = heads
    for row in part.rows:
        below_e = [c for c in row.own if expected.first <= c.first <= expected.last]
        below_a = [c for c in row.own if actual.first <= c.first <= actual.last]
        if below_e or below_a:
            return (clean_text(below_e[0].text) if below_e else None,
                    clean_text(below_a[0].text) if below_a else None)
    # the goals printed beside their heads on the same line: 预期目标 | text | 实际完成情况 | text
    header = part.headers[0]
    first, second = sorted((expected, actual), key=lambda c: c.first)
    after_first = next((c for c in header.own if first.last < c.first < second.first), None)
    after_second = next((c for c in header.own if c.first > second.last), None)
    values = {id(first): after_first, id(second): after_second}
    texts = [clean_text(values[id(head)].text) if values[id(head)] else None for head in (expected, actual)]
    return texts[0], texts[1]
