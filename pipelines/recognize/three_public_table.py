"""三公经费 tables: the parts of 三公经费 by row (``项目 | 预算数 | 决算数``, two budget years side by side)
or by column (the standard 财政拨款“三公”经费支出决算表: one column pair per part, ``预算数 | 决算数``, or
one column per part and one row per phase, ``预算数 | 3 | …``).

Parts are recorded under their standard names and paths (``公务用车运行费`` →
``三公经费 / 公务用车购置及运行维护费 / 公务用车运行维护费``); the table's 合计 is ``三公经费``. Columns of
changes (增减金额, 增减幅度 …) are no figures, and a blank cell is no figure, not even 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipelines.documents.model import Document
from pipelines.recognize.facts import Spending
from pipelines.recognize.final_account_tables import (
    LABEL,
    VALUE,
    Context,
    Layout,
    TableColumn,
    cached_layout,
    context_of,
    kind_of,
    phase_of_head,
    spending,
)
from pipelines.structure.cells import Cell, key_of
from pipelines.structure.codes import is_column_number_row
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.final_accounts import (
    SUBTOTAL_WORDS,
    THREE_PUBLIC,
    THREE_PUBLIC_NAMES,
    THREE_PUBLIC_NOT_PARTS,
    THREE_PUBLIC_WORDS,
    TOTAL_WORDS,
)

Path = tuple[str, ...]


def _key(text: str) -> str:
    return key_of(text).replace("“", "").replace("”", "").replace('"', "")


_NAMES: dict[str, Path] = {_key(name): path for path, names in THREE_PUBLIC_NAMES.items() for name in names}


def standard_path(text: str, loose: bool = False) -> Path | None:
    """The standard path of a printed 三公 name; ``loose`` also reads names by their words
    (for a table already known to list 三公 parts). 国内/外事接待 are no parts."""
    key = _key(text)
    if not key or any(w in key for w in THREE_PUBLIC_NOT_PARTS):
        return None
    if key in _NAMES:
        return _NAMES[key]
    if loose:
        for path, words in THREE_PUBLIC_WORDS:
            if all(w in key for w in words):
                return path
    return None


def _is_total(text: str) -> bool:
    return _key(text) in TOTAL_WORDS


def read_three_public_table(table: StructuredTable, tables: Sequence[StructuredTable], year: int | None,
                            document: Document | None = None) -> list[Spending]:
    """The 三公 figures a table prints; ``tables`` and ``document`` as for the standard tables."""
    layout = cached_layout(table, tables, document)
    if layout is None or kind_of(layout)[0] is not None:
        return []  # a coded table (a 基本支出 table lists 公务接待费 among its economic items) is none
    by_row = _rows_of_parts(layout)
    if by_row:
        return _read_by_row(table, layout, by_row, context_of(table, tables, year, document))
    by_column = _columns_of_parts(layout)
    if by_column:
        return _read_by_column(table, layout, by_column, context_of(table, tables, year, document))
    return []


def _money_columns(layout: Layout) -> list[TableColumn]:
    return [c for c in layout.of_role(VALUE) if c.money]


def _label_cell(layout: Layout, row: Row) -> Cell | None:
    labels = layout.of_role(LABEL)
    if labels:
        return labels[0].cell(row)
    first_value = min((c.column.first for c in _money_columns(layout)), default=10**6)
    return next((c for c in row.own if c.number is None and c.last < first_value), None)


def _rows_of_parts(layout: Layout) -> list[tuple[Row, Path]]:
    """The rows naming 三公 parts (and the table's 合计), when at least two rows name parts exactly."""
    if not _money_columns(layout):
        return []
    out: list[tuple[Row, Path]] = []
    exact = 0
    for row in layout.body:
        cell = _label_cell(layout, row)
        if cell is None or is_column_number_row(row):
            continue
        if _is_total(cell.text):
            out.append((row, (THREE_PUBLIC,)))
            continue
        path = standard_path(cell.text)
        exact += path is not None and len(path) > 1
        path = path or standard_path(cell.text, loose=True)
        if path is not None:
            out.append((row, path))
    return out if exact >= 2 else []


def _read_by_row(table: StructuredTable, layout: Layout, rows: list[tuple[Row, Path]],
                 context: Context) -> list[Spending]:
    facts = [spending(table, context, "three_public", list(path), column, row, layout.headers)
             for row, path in rows for column in _money_columns(layout)]
    return [f for f in facts if f is not None]


def _columns_of_parts(layout: Layout) -> list[tuple[TableColumn, Path]]:
    """Figure columns under 三公 part heads; ``小计`` is the total of the part it stands under or beside."""
    out: list[tuple[TableColumn, Path]] = []
    group: Path | None = None
    for column in layout.of_role(VALUE):
        if not column.figure:
            continue
        paths = [p for k in column.keys if (p := standard_path(k, loose=True)) is not None]
        subtotal = any(k in SUBTOTAL_WORDS for k in column.keys)
        if any(_is_total(k) for k in column.keys) and not any(len(p) > 1 for p in paths):
            paths.append((THREE_PUBLIC,))
        deepest = max(paths, key=len, default=None)
        if subtotal:
            deepest = next((p for p in paths if len(p) == 2), None) or group
        if deepest is None:
            continue
        if len(deepest) == 2:
            group = deepest
        out.append((column, deepest))
    parts = {p for _, p in out if len(p) > 1}
    return out if len(parts) >= 2 else []


def _read_by_column(table: StructuredTable, layout: Layout, columns: list[tuple[TableColumn, Path]],
                    context: Context) -> list[Spending]:
    first = min(c.column.first for c, _ in columns)
    facts = []
    for row in layout.body:
        if is_column_number_row(row):
            continue
        label = next((c for c in row.own if c.number is None and c.last < first), None)
        year, phase, _, offset = phase_of_head(key_of(label.text)) if label is not None else (None, None, 0, 0)
        for column, path in columns:
            stated = replace(column, phase=column.phase or phase, year=column.year or year,
                             year_offset=column.year_offset or offset)
            facts.append(spending(table, context, "three_public", list(path), stated, row, layout.headers))
    return [f for f in facts if f is not None]
