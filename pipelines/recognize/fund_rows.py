"""Fund rows (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金) under their header."""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.recognize.facts import FundRow
from pipelines.recognize.grid import TableRef, column_map, label, matches
from pipelines.recognize.numbers import parse_money, parse_number, parse_rate, unit_factor
from pipelines.vocabulary.tables import FUND_COLUMNS, FUND_ROWS

MONEY_FIELDS = ("initial_budget", "adjusted_budget", "executed")


def is_fund_header(row: Sequence[str]) -> bool:
    cols = column_map(row, FUND_COLUMNS)
    return len(set(cols) & set(MONEY_FIELDS)) >= 2


def fund_row_key(row: Sequence[str]) -> tuple[str, int] | None:
    """Which fund row this is, and the column of its label."""
    for idx, cell in enumerate(row):
        lab = label(cell)
        if not lab or parse_number(cell) is not None:
            continue
        for key, aliases in FUND_ROWS.items():
            if matches(cell, aliases):
                return key, idx
        return None
    return None


def read_fund_rows(ref: TableRef, header_row: int, end_row: int) -> dict[str, FundRow]:
    """Fund rows after ``header_row``, values read in the header's columns.

    Where a row is narrower or wider than the header (a text export that dropped
    merged cells), its values are read in order after its label instead.
    """
    rows = ref.table.rows
    header = rows[header_row]
    cols = column_map(header, FUND_COLUMNS)
    factor = unit_factor(" ".join(header)) or 1.0
    order = sorted(cols, key=cols.get)
    first_col = min(cols.values())
    out: dict[str, FundRow] = {}
    for r in range(header_row + 1, end_row):
        row = rows[r]
        found = fund_row_key(row)
        if found is None:
            if any(matches(c, ("预期目标", "年度总体目标", "绩效指标")) for c in row):
                break
            continue
        key, label_col = found
        if key in out:
            continue
        if len(row) == len(header) and label_col < first_col:
            values = {role: row[idx] for role, idx in cols.items()}
        else:
            tail = list(row[label_col + 1:])
            values = dict(zip(order, tail, strict=False))
        fund = FundRow(
            initial_budget=parse_money(values.get("initial_budget"), factor),
            adjusted_budget=parse_money(values.get("adjusted_budget"), factor),
            executed=parse_money(values.get("executed"), factor),
            weight=parse_number(values.get("weight")),
            execution_rate=parse_rate(values.get("execution_rate")),
            score=parse_number(values.get("score")),
            provenance=ref.provenance(r),
        )
        if not fund.is_empty():
            out[key] = fund
    return out
