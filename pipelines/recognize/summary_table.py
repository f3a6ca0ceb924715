"""Tables that list projects with their money and self-evaluation result (自评结果统计表, 项目清单).

A list of projects with neither money, score nor grade (a bare 项目清单) is not a summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.recognize.facts import SummaryRow
from pipelines.recognize.grid import TableRef, column_map, label, matches, non_empty
from pipelines.recognize.numbers import clean_text, parse_money, parse_number, unit_factor
from pipelines.vocabulary.tables import GRADES, SUMMARY_COLUMNS, TOTAL_ROW_LABELS


def _header(rows: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    for r, row in enumerate(rows[:6]):
        cols = column_map(row, SUMMARY_COLUMNS)
        if "project" in cols and len(cols) >= 2 and label(row[cols["project"]]) in ("项目名称", "项目"):
            return r, cols
    return None


def read_summary_rows(ref: TableRef, caption: str = "") -> list[SummaryRow]:
    rows = ref.table.rows
    found = _header(rows)
    if found is None:
        return []
    header_row, cols = found
    factor = unit_factor(caption) or unit_factor(" ".join(rows[header_row])) or 1.0
    body = [r for r in range(header_row + 1, len(rows)) if non_empty(rows[r])]
    _settle_result_column(rows, body, cols)
    out = []
    for r in body:
        row = rows[r]
        if any(matches(c, TOTAL_ROW_LABELS, exact=True) for c in row):
            continue
        project = clean_text(row[cols["project"]])
        if project is None:
            continue
        amount = parse_money(row[cols["amount"]], factor) if "amount" in cols else None
        score = parse_number(row[cols["score"]]) if "score" in cols else None
        grade = clean_text(row[cols["grade"]]) if "grade" in cols else None
        grade = grade if grade in GRADES else None
        if amount is None and score is None and grade is None:
            continue
        out.append(SummaryRow(project=project, amount=amount, score=score, grade=grade,
                              provenance=ref.provenance(r)))
    return out


def _settle_result_column(rows: Sequence[Sequence[str]], body: list[int], cols: dict[str, int]) -> None:
    """A column headed 评价结果 holds scores or grades: its cells decide which. A column left unmapped
    whose cells are all grades (优 良 中 差) is the grade column."""

    def all_grades(idx: int) -> bool:
        values = [v for v in (clean_text(rows[r][idx]) for r in body if idx < len(rows[r])) if v]
        return bool(values) and all(v in GRADES for v in values)

    idx = cols.get("score")
    if idx is not None and "grade" not in cols and all_grades(idx):
        cols["grade"] = cols.pop("score")
    if "grade" not in cols:
        width = max((len(rows[r]) for r in body), default=0)
        spare = [i for i in range(width) if i not in cols.values() and all_grades(i)]
        if spare:
            cols["grade"] = spare[0]
