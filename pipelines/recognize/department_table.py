"""部门整体支出绩效自评表 and 部门整体绩效目标完成情况自评表.

The department's whole-budget fund row, the 基本支出/项目支出 split printed beside it,
income by source, and the department-wide indicator rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.recognize.facts import FundRow, Indicator, Spending
from pipelines.recognize.fund_rows import is_fund_header, read_fund_rows
from pipelines.recognize.grid import TableRef, label, strip_numbering
from pipelines.recognize.indicator_rows import is_indicator_header, is_total_row, read_indicators, total_row_figures
from pipelines.recognize.numbers import parse_money
from pipelines.recognize.project_table import segments
from pipelines.vocabulary.tables import DEPARTMENT_ANCHORS, EXPENDITURE_TYPES, INCOME_SOURCES


@dataclass
class DepartmentTable:
    funds: FundRow | None = None
    indicators: list[Indicator] = field(default_factory=list)
    spending: list[Spending] = field(default_factory=list)
    score: float | None = None
    score_provenance: dict[str, object] = field(default_factory=dict)


def is_department_title(text: str) -> bool:
    lab = label(text)
    return "部门整体" in lab or "整体支出" in lab or "部门预算绩效" in lab


def read_department_tables(ref: TableRef, title: str, fiscal_year: int | None) -> list[DepartmentTable]:
    rows = ref.table.rows
    spans = segments(rows, DEPARTMENT_ANCHORS)
    if not spans and is_department_title(title):
        spans = [(0, len(rows))]
    out = []
    for start, end in spans:
        if any(is_fund_header(rows[r]) or is_indicator_header(rows[r]) for r in range(start, end)):
            out.append(read_department(ref, start, end, fiscal_year))
    return out


def read_department(ref: TableRef, start: int, end: int, fiscal_year: int | None) -> DepartmentTable:
    rows = ref.table.rows
    table = DepartmentTable()
    r = start
    while r < end:
        row = rows[r]
        if is_fund_header(row) and table.funds is None:
            funds = read_fund_rows(ref, r, end)
            table.funds = funds.get("total")
        elif is_indicator_header(row) and not table.indicators:
            table.indicators, stop = read_indicators(ref, r, end)
            if stop < end and is_total_row(rows[stop]):
                _, table.score = total_row_figures(ref.printed(stop), row)
                table.score_provenance = ref.provenance(stop)
            r = max(r, stop - 1)
        table.spending.extend(_split_figures(ref, r, row, fiscal_year))
        r += 1
    return table


def _split_figures(ref: TableRef, r: int, row: Sequence[str], year: int | None) -> list[Spending]:
    """``其中:基本支出： | 107.27`` and ``一般公共预算 | 118.67`` pairs printed inside the table."""
    out = []
    for idx, cell in enumerate(row[:-1]):
        name = strip_numbering(label(cell).replace("—般", "一般"))
        if not name:
            continue
        amount = parse_money(row[idx + 1])
        if amount is None:
            continue
        if name in EXPENDITURE_TYPES:
            classification = "expenditure_type"
        elif any(name.startswith(source) for source in INCOME_SOURCES):
            classification = "income"
        else:
            continue
        printed = strip_numbering(label(cell))
        out.append(Spending(classification, [printed], "final", year, amount, ref.provenance(r)))
    return out
