"""The project form of a 财政支出政策绩效评价报告: money planned, arrived and spent, by level of government,
and the project's spending lines.

The form pairs a planned column with an arrived one (``计划安排资金 | 1088.00 | 实际到位资金 | 1020.02``),
then one row per level of government (``市财政 | 49.34 | 市财政 | 49.34``), then ``实际支出``. The planned
budget without 年初/调整 is the project's adjusted budget and 实际支出 its executed figure; the levels are
income by source, planned ones with the budget's phase and arrived ones final, and so is 实际到位资金
itself. A detail block (``支出内容 | 计划支出数 | 实际支出数``) lists the project's spending lines: they are
``project`` spending whatever their header calls them (经济科目), and their 支出合计 is not repeated.

The project's name and units are the cover's form lines (``项目名称…``, ``项目单位…``, ``主管部门…``),
printed above the table, or key-value lines of the table itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.documents.model import Document, Paragraph
from pipelines.recognize.facts import FundRow, Project, Spending
from pipelines.recognize.final_account_tables import phase_of_head
from pipelines.structure.cells import Cell, key_of, strip_numbering
from pipelines.structure.kv import find
from pipelines.structure.numbers import clean_text
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.final_accounts import (
    FORM_ARRIVED,
    FORM_PLANNED,
    FORM_SPENT,
    LINE_ITEM_HEADS,
    LINE_ITEM_TOTALS,
)
from pipelines.vocabulary.tables import IMPLEMENTER_LABELS, PROJECT_ANCHORS, SUPERVISOR_LABELS

PLANNED_PHASE = "adjusted_budget"


@dataclass
class FormFacts:
    projects: list[Project] = field(default_factory=list)
    spending: list[Spending] = field(default_factory=list)


@dataclass
class _Line:
    """A labelled figure of the form: the label cell and the figure printed right after it."""

    row: Row
    label: Cell
    amount: float


def _labelled(table: StructuredTable, labels: tuple[str, ...]) -> _Line | None:
    for row in table.rows:
        own = row.own
        for i, cell in enumerate(own[:-1]):
            if key_of(cell.text) in labels and own[i + 1].number is not None:
                amount = table.money(row, own[i + 1])
                if amount is not None:
                    return _Line(row, cell, amount)
    return None


def read_evaluation_form(table: StructuredTable, document: Document, year: int | None) -> FormFacts:
    out = FormFacts(spending=_spending_lines(table, year))
    planned = _labelled(table, FORM_PLANNED)
    arrived = _labelled(table, FORM_ARRIVED)
    spent = _labelled(table, FORM_SPENT)
    if planned is None or (arrived is None and spent is None):
        return out
    if arrived is not None:
        out.spending.append(Spending("income", [key_of(arrived.label.text)], "final", year, arrived.amount,
                                     table.provenance(arrived.row)))
    out.spending.extend(_levels(table, planned, arrived, spent, year))
    name, supervisor, implementer = _project_fields(table, document)
    if name is not None:
        project = Project(name, supervising_dept=supervisor, implementing_unit=implementer,
                          provenance=table.provenance(planned.row))
        project.funds["total"] = FundRow(
            adjusted_budget=planned.amount, executed=spent.amount if spent else None,
            provenance={"adjusted_budget": table.provenance(planned.row),
                        "executed": table.provenance(spent.row) if spent else None})
        out.projects.append(project)
    return out


def _levels(table: StructuredTable, planned: _Line, arrived: _Line | None, spent: _Line | None,
            year: int | None) -> list[Spending]:
    """The rows under the planned/arrived line, each a level of government in each column."""
    out: list[Spending] = []
    rows = table.rows
    start = rows.index(planned.row) + 1
    for row in rows[start:]:
        if spent is not None and row is spent.row or len(row.own) < 2:
            break
        for line, phase in ((planned, PLANNED_PHASE), (arrived, "final")):
            if line is None:
                continue
            label = next((c for c in row.own if c.overlaps(line.label.first, line.label.last)), None)
            if label is None or label.number is not None:
                continue
            after = row.after(label)
            figure = after[0] if after and after[0].number is not None else None
            amount = table.money(row, figure) if figure is not None else None
            if amount is None:
                continue
            name = strip_numbering(clean_text(label.text) or "")
            out.append(Spending("income", [name], phase, year, amount, table.provenance(row)))
    return out


def _spending_lines(table: StructuredTable, year: int | None) -> list[Spending]:
    """The lines under a ``支出内容 | 计划支出数 | 实际支出数`` header, in a form or a table of their own."""
    out: list[Spending] = []
    header: Row | None = None
    label: Cell | None = None
    columns: list[tuple[Cell, str]] = []
    for row in table.rows:
        own = row.own
        heads = [(c, phase) for c in row.cells if (phase := phase_of_head(key_of(c.text))[1]) is not None]
        head = next((c for c in row.cells if key_of(c.text) in LINE_ITEM_HEADS), None)
        if head is not None and heads:
            header, label, columns = row, head, heads
            continue
        if header is None or label is None:
            continue
        if len(own) == 1 and own[0].number is None and own[0].first <= label.first:
            break  # the next section of the form
        name_cell = next((c for c in own if c.overlaps(label.first, label.last) and c.number is None), None)
        if name_cell is None or key_of(name_cell.text) in LINE_ITEM_TOTALS:
            continue
        name = clean_text(name_cell.text) or ""
        for head_cell, phase in columns:
            cell = next((c for c in own if c.overlaps(head_cell.first, head_cell.last) and c is not name_cell), None)
            amount = table.money(row, cell, [header]) if cell is not None else None
            if amount is not None:
                out.append(Spending("project", [name], phase, year, amount, table.provenance(row)))
    return out


def _project_fields(table: StructuredTable, document: Document) -> tuple[str | None, str | None, str | None]:
    """项目名称, 主管部门 and 项目单位: key-value lines of the table, else the cover's form lines above it."""
    fields: list[str | None] = []
    cover = _cover_lines(document, table.block)
    for labels in (PROJECT_ANCHORS, SUPERVISOR_LABELS, IMPLEMENTER_LABELS):
        found = find(table.rows, labels)
        value = found.value if found is not None else None
        fields.append(clean_text(value) if value else _cover_value(cover, labels))
    return fields[0], fields[1], fields[2]


def _cover_lines(document: Document, before: int) -> list[str]:
    return [clean_text(b.text) or "" for b in document.blocks[:before] if isinstance(b, Paragraph)]


def _cover_value(lines: list[str], labels: tuple[str, ...]) -> str | None:
    """``项目名称2020年公共文化活动专项资金`` or ``主管部门：淳安县财政局``: a short line that starts with a label."""
    for line in reversed(lines):
        if len(line) > 60:
            continue
        for label in sorted(labels, key=len, reverse=True):
            if line.startswith(label):
                value = line[len(label):].lstrip(":： ").strip()
                if value:
                    return value
    return None
