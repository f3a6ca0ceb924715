"""Fund rows (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金) of a fund block.

Each row is read in the columns its block's header names (年初预算数, 全年预算数 / 预算数(A),
全年执行数 / 执行数(B), 分值, 执行率, 得分), in the money unit stated for it. Rows the contract has no
place for (财政专户管理资金, 单位资金, 县级资金 …) are returned apart, by their printed label, for the
department reader's income and expenditure split.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.recognize.facts import FundRow
from pipelines.structure.cells import Cell
from pipelines.structure.columns import match_strength
from pipelines.structure.numbers import parse_number, parse_rate
from pipelines.structure.regions import Part
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.tables import FUND_MONEY_ROLES, FUND_ROWS


@dataclass
class FundBlock:
    rows: dict[str, FundRow] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # fund row key → label as printed
    other: list[tuple[str, FundRow]] = field(default_factory=list)  # rows outside the contract's four


def row_label(row: Row, part: Part) -> Cell | None:
    """The row's own label: its first text cell left of the block's figures; in a row shifted against its
    header (a text export that lost a merged cell), its first text cell with figures after it."""
    own = [c for c in row.own if c.key]  # not a bare 其中 printed in a column of its own
    first = part.columns.first() if part.columns else 10**6
    for cell in own:
        if cell.number is None and cell.first < first:
            return cell
    for i, cell in enumerate(own):
        if cell.number is None:
            return cell if any(c.number is not None or c.money() is not None for c in own[i + 1:]) else None
    return None


def fund_row_key(label: str) -> str | None:
    best: tuple[int, str] | None = None
    for key, aliases in FUND_ROWS.items():
        strength = match_strength(label, aliases)
        if strength and (best is None or strength > best[0]):
            best = (strength, key)
    return best[1] if best else None


def is_pair_row(row: Row, part: Part) -> bool:
    """A row of ``label | figure`` pairs laid over the block's columns (``一般公共预算 | 118.67 | 其中：基本支出 |
    107.27``): a label standing under a column of figures says the figures are not that column's."""
    cols = part.columns
    if cols is None:
        return False
    label = row_label(row, part)
    if label is None:
        return False
    figures = list(cols.spans.values())
    return any(c.number is None and c.money() is None and any(c.overlaps(f.first, f.last) for f in figures)
               for c in row.after(label))


def read_fund_block(table: StructuredTable, part: Part) -> FundBlock:
    block = FundBlock()
    for row in part.rows:
        label = row_label(row, part)
        if label is None or is_pair_row(row, part):
            continue
        fund = read_fund_row(table, part, row, label)
        if fund.is_empty():
            continue
        key = fund_row_key(label.key)
        if key is None:
            block.other.append((label.key, fund))
        elif key not in block.rows:
            block.rows[key] = fund
            block.labels[key] = label.key
    return block


def read_fund_row(table: StructuredTable, part: Part, row: Row, label: Cell) -> FundRow:
    cols = part.columns
    assert cols is not None
    values: dict[str, Cell | None] = {role: cols.cell(row, role) for role in cols.spans}
    shifted = any(label.overlaps(span.first, span.last) for span in cols.spans.values())
    if shifted or all(v is None for v in values.values()):
        # a text export that dropped or added merged cells: the figures in header order after the label
        order = sorted(cols.spans, key=lambda role: cols.spans[role].first)
        values = dict(zip(order, [c for c in row.after(label)], strict=False))

    def money(role: str) -> float | None:
        return table.money(row, values.get(role), part.headers)

    def number(role: str) -> float | None:
        cell = values.get(role)
        return parse_number(cell.text) if cell else None

    return FundRow(
        initial_budget=money("initial_budget"),
        adjusted_budget=money("adjusted_budget"),
        executed=money("executed"),
        weight=number("weight"),
        execution_rate=parse_rate(values["execution_rate"].text) if values.get("execution_rate") else None,
        score=number("score"),
        provenance=table.provenance(row),
    )


def has_money(fund: FundRow) -> bool:
    return any(getattr(fund, role) is not None for role in FUND_MONEY_ROLES)
