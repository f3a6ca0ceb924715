"""部门整体支出绩效自评表 / 打分表 / 绩效目标完成情况自评表: the department's whole budget.

Its 年度资金总额 row is the department's fund row; the rows under it that split the budget go to
spending (其中 sources as ``income``, 基本/项目支出 as ``expenditure_type``, each figure with the phase
of its column); its indicator rows are the department's; its total row is the department's score.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.recognize.facts import FundRow, Indicator, Spending
from pipelines.recognize.fund_rows import is_pair_row, read_fund_block
from pipelines.recognize.indicator_rows import read_indicators, total_figures
from pipelines.recognize.project_table import grade_below, grade_in
from pipelines.structure.cells import key_of, strip_numbering
from pipelines.structure.numbers import parse_money
from pipelines.structure.regions import FUND, INDICATOR, Segment
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.tables import (
    DEPARTMENT_TITLE_WORDS,
    ECONOMIC_TOTALS,
    EXPENDITURE_TYPES,
    INCOME_SOURCES,
    LABELLED_TOTALS,
)

PHASES = (("initial_budget", "initial_budget"), ("adjusted_budget", "adjusted_budget"), ("executed", "final"))


@dataclass
class DepartmentTable:
    funds: FundRow | None = None
    indicators: list[Indicator] = field(default_factory=list)
    spending: list[Spending] = field(default_factory=list)
    score: float | None = None
    score_provenance: dict[str, object] = field(default_factory=dict)
    grade: str | None = None


def is_department_title(text: str) -> bool:
    key = key_of(text)
    return any(word in key for word in DEPARTMENT_TITLE_WORDS)


def department_segments(table: StructuredTable, segments: list[Segment]) -> list[Segment]:
    """Segments that speak for the whole department: opened by a 部门名称 line, or any segment with a
    block in a table whose title says it is a 部门整体 table."""
    titled = is_department_title(table.caption)
    return [s for s in segments if (s.anchor == "department" and s.parts)
            or (titled and s.anchor is None and s.parts)]


def read_department(table: StructuredTable, segment: Segment, year: int | None) -> DepartmentTable:
    out = DepartmentTable()
    fund = segment.part(FUND)
    if fund is not None:
        block = read_fund_block(table, fund)
        out.funds = block.rows.get("total")
        splits = [(block.labels[k], row) for k, row in block.rows.items() if k != "total" and k != "carryover"]
        for label, row in splits + block.other:
            classification = _classification(label)
            if classification is None:
                continue
            for field_name, phase in PHASES:
                value = getattr(row, field_name)
                if value is not None:
                    out.spending.append(Spending(classification, [label], phase, year, value, row.provenance))
    out.indicators = read_indicators(table, [p for p in segment.parts if p.kind == INDICATOR])
    if segment.total is not None:
        indicator = next((p for p in reversed(segment.parts) if p.kind == INDICATOR), None)
        _, out.score, out.grade = total_figures(segment.total, indicator.columns if indicator else None)
        out.score_provenance = table.provenance(segment.total)
    out.grade = out.grade or grade_in(segment.rows) or grade_below(table)
    for row in segment.rows:
        out.spending.extend(_figures_in_labels(table, row, year))
        if fund is not None and row in fund.rows and is_pair_row(row, fund):
            out.spending.extend(_figure_pairs(table, row, year))
    return out


def _classification(name: str) -> str | None:
    if name in EXPENDITURE_TYPES:
        return "expenditure_type"
    if name in ECONOMIC_TOTALS:
        return "economic"
    if any(name.startswith(source) for source in INCOME_SOURCES):
        return "income"
    return None


def _figure_pairs(table: StructuredTable, row: Row, year: int | None) -> list[Spending]:
    """``一般公共预算 | 118.67`` pairs of a split printed inside the fund block: what was received and spent."""
    out = []
    own = row.own
    for label, figure in zip(own, own[1:], strict=False):
        if label.number is not None or figure.number is None:
            continue
        name = strip_numbering(label.key)
        classification = _classification(name)
        amount = table.money(row, figure)
        if classification is not None and amount is not None:
            out.append(Spending(classification, [name], "final", year, amount, table.provenance(row)))
    return out


def _figures_in_labels(table: StructuredTable, row: Row, year: int | None) -> list[Spending]:
    """``其中：基本支出：900.47`` printed in one label cell, or ``一般公共预算 | 118.67`` outside a block."""
    out = []
    for cell in row.own:
        text = strip_numbering(cell.text)
        name, _, figure = text.rpartition("：") if "：" in text else text.rpartition(":")
        if not name or not figure:
            continue
        name = strip_numbering(key_of(name))
        classification = _classification(name)
        if name in LABELLED_TOTALS:
            classification, name = LABELLED_TOTALS[name]
        amount = parse_money(figure, table.factor_for(row, cell))
        if classification is not None and amount is not None:
            out.append(Spending(classification, [name], "final", year, amount, table.provenance(row)))
    return out
