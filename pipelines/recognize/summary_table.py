"""Tables that list projects with their money and self-evaluation result (自评结果统计表, 项目清单).

A table without a score or grade column (a bare 项目清单, a 决算 table whose first column is headed
项目) is not a summary.
"""

from __future__ import annotations

from pipelines.recognize.facts import SummaryRow
from pipelines.structure.columns import Columns, map_columns
from pipelines.structure.numbers import clean_text, parse_grade, parse_number
from pipelines.structure.rows import TOTAL, Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.tables import SUMMARY_COLUMNS, SUMMARY_PROJECT_HEADS


def _header(table: StructuredTable) -> tuple[Row, Columns] | None:
    for row in table.rows[:6]:
        cols = map_columns([row], SUMMARY_COLUMNS)
        if "project" in cols and ("score" in cols or "grade" in cols) \
                and cols.spans["project"].key in SUMMARY_PROJECT_HEADS:
            return row, cols
    return None


def read_summary_rows(table: StructuredTable) -> list[SummaryRow]:
    found = _header(table)
    if found is None:
        return []
    header, cols = found
    body = [r for r in table.rows[table.rows.index(header) + 1:] if r.own]
    _settle_result_column(body, cols)
    out = []
    for row in body:
        if row.kind == TOTAL:
            continue
        project = clean_text(cols.text(row, "project"))
        if project is None:
            continue
        amount = table.money(row, cols.cell(row, "amount"), [header]) if "amount" in cols else None
        score = parse_number(cols.text(row, "score")) if "score" in cols else None
        grade = parse_grade(cols.text(row, "grade")) if "grade" in cols else None
        if amount is None and score is None and grade is None:
            continue
        out.append(SummaryRow(project=project, amount=amount, score=score, grade=grade,
                              provenance=table.provenance(row)))
    return out


def _settle_result_column(body: list[Row], cols: Columns) -> None:
    """A column headed 评价结果 holds scores or grades: its cells decide which. A header cell left
    unmapped whose cells are all grades (优 良 中 差) is the grade column."""

    def all_grades(first: int, last: int) -> bool:
        values = [c.text for r in body for c in r.own if first <= c.first <= last]
        return bool(values) and all(parse_grade(v) is not None for v in values)

    score = cols.spans.get("score")
    if score is not None and "grade" not in cols and all_grades(score.first, score.last):
        cols.spans["grade"] = cols.spans.pop("score")
    if "grade" not in cols:
        for cell in cols.headers[0].own:
            if cell not in cols.spans.values() and all_grades(cell.first, cell.last):
                cols.spans["grade"] = cell
                break
