"""The standard tables of a 部门决算/预算 publication, recognised by their column and row words.

* **Balance tables** (收入支出决算总表, 财政拨款收入支出决算总表, 部门收支总表): income rows on one side,
  expenditure rows (类 of the functional classification, or 基本/项目支出) on the other, each side
  with its own 项目 column; 行次 columns and a 栏次 row number the form and are never figures. Totals
  are recorded under their printed names (``总计`` under its side's: 收入总计 / 支出总计); rows that
  carry balances over (结转, 结余, 结余分配) are not recorded, nor anything under them but the 总计.
* **Coded tables** (支出决算表, 一般公共预算财政拨款支出决算表 …): rows carrying a 类/款/项 code, read
  from code columns or a code prefix; a row's path is the names of its code's ancestors and its own;
  the 合计 row gives the expenditure by type (基本支出, 项目支出 …) of its columns. A row's own total is
  read from every phase column the table prints (年初预算数 and 支出决算数 each with its phase).
* **基本支出 tables** (codes of the economic classification): only their 人员经费合计 / 公用经费合计.

Where several tables print a figure, the publication's own logic decides which is read: the 类 of the
balance table (in the phases it prints), the 款/项 of the appropriation (财政拨款) tables, and the totals
of the tables that cover the unit's whole budget; a table covering only the appropriations gives a figure
only where no table covering the whole budget prints one. Blank cells are no figure; printed zeros are.
A bare money column (金额, 合计) takes its phase from the table's title (决算 → final, 预算 →
initial_budget), else from the other titles of the document; a column of unclear phase gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipelines.documents.model import Document, Paragraph
from pipelines.recognize.facts import Spending
from pipelines.structure.cells import Cell, key_of, strip_numbering
from pipelines.structure.codes import Code, is_code_text, is_column_number_row, join_code, split_code_prefix
from pipelines.structure.heads import Column, columns_under, split_header
from pipelines.structure.numbers import clean_text, compact, unit_factor
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.final_accounts import (
    APPROPRIATION_WORDS,
    BARE_MONEY_HEADS,
    CARRY_OVER_WORDS,
    CODE_GROUP_HEADS,
    CODE_HEADS,
    CODE_LEVEL_HEADS,
    ECONOMIC_CLASSES,
    ECONOMIC_HEADS,
    ECONOMIC_TOTALS,
    EXPENDITURE_SIDE,
    EXPENDITURE_TOTALS,
    EXPENDITURE_TYPES,
    FUNCTIONAL_CLASSES,
    INCOME_SIDE,
    INCOME_TABLE_HEADS,
    INCOME_TOTALS,
    LABEL_HEADS,
    LINE_NUMBER_HEADS,
    NOT_FIGURE_HEADS,
    PHASE_HEADS,
    RELATIVE_YEARS,
    SUBTOTAL_WORDS,
    TITLE_PHASE_WORDS,
    TOTAL_HEADS,
    TOTAL_WORDS,
)

LABEL = "label"
CODE = "code"
LINE = "line"
VALUE = "value"

INCOME = "income"
EXPENDITURE = "expenditure"
GRAND_TOTALS = ("收入总计", "支出总计")
YEAR_TOTALS = ("本年收入合计", "本年支出合计", "收入合计", "支出合计")

_YEAR_HEAD = re.compile(r"^(?P<year>(?:19|20)\d{2})年?度?(?P<rest>.*)$")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_EMBEDDED_NUMBERING = re.compile(r"(?<=\S)[一二三四五六七八九十]{1,3}、")
_NUMBERING_LEVELS = (
    (re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]"), 2),
    (re.compile(r"^\d{1,2}[、.．](?!\d)"), 3),
    (re.compile(r"^[（(]\d{1,2}[)）]"), 4),
    (re.compile(r"^其中"), 5),
)
_BUDGET_NAMES = re.compile(
    r"一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算单位|预算部门|预算管理|预算绩效|绩效预算")
HEADING_LENGTH = 40  # a line longer than this is prose, not a heading


# --- the layout of a table: its header, its columns and what each column is ---------------------------


@dataclass
class TableColumn:
    """A grid column under its heads: its role (label, code, line number or value) and, for a value,
    the figure's phase and year its heads state and the column's own name."""

    column: Column
    role: str
    phase: str | None = None
    year: int | None = None
    year_offset: int = 0  # ``上年预算数``: the year before the table's
    bare: bool = False  # headed 金额 / 合计 …: the table's title gives the phase
    figure: bool = True  # False for changes, shares, rates and carry-overs

    @property
    def name(self) -> str:
        """The column's own name: its lowest head, or the head above a ``小计`` (基本支出 over 小计)."""
        keys = self.column.keys
        if len(keys) > 1 and keys[-1] in SUBTOTAL_WORDS:
            return keys[-2]
        return self.column.bottom

    @property
    def keys(self) -> list[str]:
        return self.column.keys

    @property
    def money(self) -> bool:
        """A column of figures with a phase of its own or one its table's title gives."""
        return self.role == VALUE and self.figure and (self.phase is not None or self.bare)

    def cell(self, row: Row) -> Cell | None:
        return self.column.cell(row)


@dataclass
class Layout:
    headers: list[Row]
    body: list[Row]
    columns: list[TableColumn]

    def of_role(self, role: str) -> list[TableColumn]:
        return [c for c in self.columns if c.role == role]


def phase_of_head(key: str) -> tuple[int | None, str | None, bool, int]:
    """(year, phase, bare, year offset) of a money column's head: ``2023年预算数`` → (2023, initial_budget,
    False, 0); ``上年决算数`` → (None, final, False, -1); ``金额`` → (None, None, True, 0). The longest
    phase word the head starts with decides."""
    year = None
    match = _YEAR_HEAD.match(key)
    if match:
        year, key = int(match["year"]), match["rest"]
    for word, offset in sorted(RELATIVE_YEARS.items(), key=lambda item: -len(item[0])):
        if key.startswith(word) and (phase := _phase_word(key[len(word):])) is not None:
            return year, phase, False, offset
    phase = _phase_word(key)
    if phase is not None:
        return year, phase, False, 0
    bare = not key or any(key == w or key.endswith(w) for w in BARE_MONEY_HEADS)
    return year, None, bare, 0


def _phase_word(key: str) -> str | None:
    """The phase of the longest phase word ``key`` starts with."""
    best: tuple[int, str] | None = None
    for phase, words in PHASE_HEADS.items():
        for word in words:
            if key.startswith(word) and (best is None or len(word) > best[0]):
                best = (len(word), phase)
    return best[1] if best else None


def _role(column: Column) -> str | None:
    keys = column.keys
    if not keys:
        return None
    if any(k in LINE_NUMBER_HEADS for k in keys):
        return LINE
    if any(k in CODE_HEADS or k in CODE_LEVEL_HEADS for k in keys) or keys[-1] in CODE_GROUP_HEADS:
        return CODE
    if keys[-1] in LABEL_HEADS:
        return LABEL
    return VALUE


def layout_of(table: StructuredTable) -> Layout | None:
    """The table's header rows, body rows and columns, or None for a table without both."""
    headers, body = split_header(table.rows)
    headers = [r for r in headers if r.own]
    if not headers or not body:
        return None
    columns: list[TableColumn] = []
    for column in columns_under(headers, table.width):
        role = _role(column)
        if role is None:
            continue
        entry = TableColumn(column, role)
        if role == VALUE:
            for key in reversed(column.keys):
                year, phase, bare, offset = phase_of_head(key)
                entry.year = entry.year or year
                entry.year_offset = entry.year_offset or offset
                if phase is not None:
                    entry.phase = phase
                    break
                entry.bare = entry.bare or bare
            entry.figure = not any(w in k for k in column.keys for w in NOT_FIGURE_HEADS)
        columns.append(entry)
    return Layout(headers, body, columns)


# --- what the title and the rest of the document say about a table -----------------------------------


def table_title(caption: str) -> str:
    """The table's own title within its caption (the last line ending in 表), else the whole caption:
    a caption may also hold the paragraphs above the title, such as the note of the previous table."""
    pieces = [p for p in caption.split() if p.endswith("表") and not p.startswith("注")]
    return pieces[-1] if pieces else caption


def title_phase(text: str) -> str | None:
    """决算 → final, 预算 → initial_budget; budget names (一般公共预算 …) are no phase word, and a
    title with both (预决算) says nothing."""
    text = _BUDGET_NAMES.sub("", compact(text)).replace("预决算", "预算决算")
    found = {phase for phase, words in TITLE_PHASE_WORDS.items() if any(w in text for w in words)}
    return found.pop() if len(found) == 1 else None


def _title_year(text: str) -> int | None:
    years = {int(y) for y in _TITLE_YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


@dataclass
class Survey:
    """The standard tables a document holds, by what they print; read once per document."""

    layouts: dict[int, Layout | None] = field(default_factory=dict)  # by id of the structured table
    heads: dict[int, StructuredTable] = field(default_factory=dict)  # a continuation → the table it continues
    balance_all: bool = False  # a balance table covering the whole budget, with figures
    balance_functional: set[str] = field(default_factory=set)  # the phases a balance table's 类 rows print
    coded_appropriation: bool = False  # a coded expenditure table of appropriations, with figures
    coded_all: bool = False  # a coded expenditure table of the whole budget, with figures
    phase: str | None = None  # the one phase the document's table titles state
    document_phase: str | None = None  # the phase the document's heading states (部门决算 / 部门预算)


@dataclass
class Context:
    """What the table's title and the rest of the document say: the phase of bare money columns, the
    year, the money unit, and which other standard tables the document holds."""

    title: str
    phase: str | None
    year: int | None
    factor: float | None
    survey: Survey

    def year_of(self, column: TableColumn) -> int | None:
        if column.year is not None:
            return column.year
        return self.year + column.year_offset if self.year is not None else None


# The last document's survey, with the objects it was read from (held, so their ids stay theirs).
_LAST: list[tuple[Document | None, tuple[StructuredTable, ...], Survey]] = []


def document_phase(document: Document | None) -> str | None:
    """The phase the document's heading states: its title, else the first short line saying 决算 or 预算
    (``南漳县招商服务中心2019年部门决算``; the tables of a 预算 publication are titled 部门收支总表,
    一般公共预算支出表 … without a phase word of their own)."""
    if document is None:
        return None
    lines = [document.title] + [b.text for b in document.blocks[:40] if isinstance(b, Paragraph)]
    for line in lines:
        text = compact(line)
        if text and len(text) <= HEADING_LENGTH and (phase := title_phase(text)) is not None:
            return phase
    return None


def survey_of(tables: Sequence[StructuredTable], document: Document | None = None) -> Survey:
    """The document's standard tables (the last document's survey is kept: recognizers run table by
    table over the same list)."""
    for held_document, held_tables, held in _LAST:
        if held_document is document and len(held_tables) == len(tables) \
                and all(a is b for a, b in zip(held_tables, tables, strict=True)):
            return held
    survey = Survey(document_phase=document_phase(document))
    phases = set()
    balance_phases: set[str | None] = set()  # None: a bare column, of the document's phase
    previous: StructuredTable | None = None
    for table in tables:
        title = table_title(table.caption)
        if (phase := title_phase(title)) is not None:
            phases.add(phase)
        layout = layout_of(table)
        if layout is None and previous is not None:
            layout = _continued(table, previous, survey)
        survey.layouts[id(table)] = layout
        previous = table
        if layout is None:
            continue
        head = survey.heads.get(id(table), table)
        title = table_title(head.caption)
        coded, sides = kind_of(layout)
        appropriation = _is_appropriation(title, layout)
        if coded is not None and coded.kind == EXPENDITURE and coded.has_figures:
            if appropriation:
                survey.coded_appropriation = True
            else:
                survey.coded_all = True
        elif sides:
            figures = _balance_figures(layout, sides)
            survey.balance_all = survey.balance_all or bool(figures) and not appropriation
            stated = title_phase(table_title(_title_text(head, tables)))
            balance_phases |= {p if p is not None else stated for p in figures.get("functional", ())}
    survey.phase = phases.pop() if len(phases) == 1 else None
    fallback = survey.document_phase or survey.phase
    survey.balance_functional = {p for p in (q if q is not None else fallback for q in balance_phases) if p}
    _LAST[:] = [(document, tuple(tables), survey)]
    return survey


def _continued(table: StructuredTable, previous: StructuredTable, survey: Survey) -> Layout | None:
    """The layout of a table that starts with figures right below another of its width: the rest of
    that table, which a page break cut off without its header (the reader joins only what it can)."""
    above = survey.layouts.get(id(previous))
    if above is None or previous.width != table.width or not table.rows or not table.rows[0].numbers \
            or table.block - previous.block > 3:
        return None
    survey.heads[id(table)] = survey.heads.get(id(previous), previous)
    return Layout(above.headers, list(table.rows), above.columns)


def _title_text(table: StructuredTable, tables: Sequence[StructuredTable]) -> str:
    """The table's caption and, where its title line was printed as a small table of its own just above
    (``部门：… | 公开01表 金额单位：万元``), that table's caption and text."""
    parts = [table.caption]
    position = next((i for i, t in enumerate(tables) if t is table), -1)
    i = position - 1
    while i >= 0 and position - i <= 2:
        above = tables[i]
        if len(above.rows) > 2 or any(r.numbers for r in above.rows) or above.block < table.block - 2:
            break
        parts.insert(0, " ".join([above.caption, *(r.text for r in above.rows)]))
        i -= 1
    return " ".join(p for p in parts if p)


def context_of(table: StructuredTable, tables: Sequence[StructuredTable], year: int | None,
               document: Document | None = None) -> Context:
    survey = survey_of(tables, document)
    text = _title_text(survey.heads.get(id(table), table), tables)
    title = table_title(text)
    phase = title_phase(title) or survey.document_phase or survey.phase
    year = year if year is not None else _title_year(title)
    return Context(title, phase, year, unit_factor(text), survey)


def cached_layout(table: StructuredTable, tables: Sequence[StructuredTable],
                  document: Document | None = None) -> Layout | None:
    """The table's layout, as the document's survey read it."""
    survey = survey_of(tables, document)
    return survey.layouts[id(table)] if id(table) in survey.layouts else layout_of(table)


def _is_appropriation(title: str, layout: Layout) -> bool:
    """A table of the appropriations only (财政拨款…), by its title or by value columns named for them."""
    if any(w in compact(title) for w in APPROPRIATION_WORDS):
        return True
    return any(any(w in k for w in APPROPRIATION_WORDS) for c in layout.of_role(VALUE) for k in c.keys)


def read_money(table: StructuredTable, context: Context, row: Row, cell: Cell | None,
               headers: list[Row]) -> float | None:
    """The cell in 万元; a unit stated only in a title line printed apart from the table still counts."""
    if cell is None:
        return None
    if table.factor is None and context.factor is not None:
        table = replace(table, factor=context.factor)
    return table.money(row, cell, headers)


def spending(table: StructuredTable, context: Context, classification: str, path: list[str],
             column: TableColumn, row: Row, headers: list[Row], cell: Cell | None = None,
             code: Code | None = None) -> Spending | None:
    """The figure of ``row`` under ``column`` as a spending fact, None where blank or of unclear phase."""
    phase = column.phase or context.phase
    amount = read_money(table, context, row, cell if cell is not None else column.cell(row), headers)
    if phase is None or amount is None:
        return None
    return Spending(classification, path, phase, context.year_of(column), amount, table.provenance(row),
                    code.digits if code else None)


# --- row names ---------------------------------------------------------------------------------------


def row_name(text: str) -> str:
    """A row's printed name without its list numbering. Where value-less rows on both sides of a page
    break were joined into one label (``本年收入合计使用非财政拨款结余``, ``十三、交通运输支出十四、…``),
    the first row's name."""
    name = strip_numbering(clean_text(text) or "")
    cut = _EMBEDDED_NUMBERING.search(name)
    if cut:
        name = name[: cut.start()]
    key = key_of(name)
    for word in sorted([*INCOME_TOTALS, *EXPENDITURE_TOTALS, *FUNCTIONAL_CLASSES, *EXPENDITURE_TYPES],
                       key=len, reverse=True):
        if len(word) >= 4 and key.startswith(word) and key != word:
            return word
    return name


# --- balance tables ----------------------------------------------------------------------------------


@dataclass
class Side:
    kind: str | None  # INCOME, EXPENDITURE, or None where each row's name tells
    label: TableColumn
    values: list[TableColumn]


def _balance_sides(layout: Layout) -> list[Side]:
    """The sides of a balance table: each 项目 column with the money columns after it (the first bare
    one, such as 合计 before its split by fund, and every column with a phase or year of its own)."""
    labels = layout.of_role(LABEL)
    if not labels:
        return []
    sides = []
    for i, label in enumerate(labels):
        end = labels[i + 1].column.first if i + 1 < len(labels) else 10**6
        money = [c for c in layout.of_role(VALUE) if label.column.last < c.column.first < end and c.money]
        stated = [c for c in money if c.phase is not None or c.year is not None]
        values = stated or money[:1]
        kind = None
        if any(k in INCOME_SIDE for k in label.keys):
            kind = INCOME
        elif any(k in EXPENDITURE_SIDE for k in label.keys):
            kind = EXPENDITURE
        elif len(labels) == 2:
            kind = INCOME if i == 0 else EXPENDITURE
        sides.append(Side(kind, label, values))
    names = [key_of(row_name(c.text)) for side in sides for r in layout.body
             if (c := side.label.cell(r)) is not None]
    totals = sum(1 for n in names if n != "总计" and (n in INCOME_TOTALS or n in EXPENDITURE_TOTALS))
    classes = sum(1 for n in names if n in FUNCTIONAL_CLASSES)
    return sides if totals >= 1 or classes >= 3 else []


def _family(classification: str) -> str:
    return INCOME if classification == "income" else EXPENDITURE


def _carry_over_family(key: str, kind: str | None) -> str | None:
    if not any(w in key for w in CARRY_OVER_WORDS):
        return None
    if kind is not None:
        return kind
    return INCOME if any(w in key for w in ("年初", "上年", "使用", "弥补")) else EXPENDITURE


def _balance_row(name: str, kind: str | None) -> tuple[str, str] | None:
    """(classification, recorded name) of a balance-table row, None for rows not recorded."""
    key = key_of(name)
    if kind != EXPENDITURE and key in INCOME_TOTALS and (kind == INCOME or key != "总计"):
        return "income", INCOME_TOTALS[key]
    if kind != INCOME and key in EXPENDITURE_TOTALS and (kind == EXPENDITURE or key != "总计"):
        return "expenditure_type", EXPENDITURE_TOTALS[key]
    if any(w in key for w in CARRY_OVER_WORDS):
        return None
    if kind != INCOME:
        if key in EXPENDITURE_TYPES:
            return "expenditure_type", name
        if key in ECONOMIC_TOTALS:
            return "economic", ECONOMIC_TOTALS[key]
        if key in FUNCTIONAL_CLASSES:
            return "functional", name
        if kind == EXPENDITURE and key in ECONOMIC_CLASSES:
            return "economic", name
        if kind == EXPENDITURE and key.endswith("支出"):
            return "functional", name
    if kind != EXPENDITURE and (key.endswith("收入") or "拨款" in key or kind == INCOME):
        return "income", name
    return None


def numbering_level(text: str) -> int | None:
    """The depth a row's list numbering gives it: ``一、`` 1, ``（一）`` 2, ``1、`` 3, ``（1）`` 4, ``其中`` 5."""
    text = compact(text)
    return next((level for pattern, level in _NUMBERING_LEVELS if pattern.match(text)), None)


def _balance_rows(layout: Layout, side: Side) -> list[tuple[Row, str, list[str]]]:
    """(row, classification, path) of the side's recorded rows, in order. Below a side's year total
    (本年收入合计) or a carry-over row only its grand total (总计) is recorded: the rows between are
    carry-overs and their split by source. An income row numbered below the one before it
    (``（一）一般公共预算`` under ``一、财政拨款收入``) is its part."""
    out = []
    closed: set[str] = set()
    parent: tuple[int, str] | None = None
    for row in layout.body:
        if is_column_number_row(row):
            continue
        label = side.label.cell(row)
        if label is None:
            continue
        name = row_name(label.text)
        found = _balance_row(name, side.kind)
        if found is None:
            family = _carry_over_family(key_of(name), side.kind)
            if family is not None:
                closed.add(family)
            continue
        classification, recorded = found
        family = _family(classification)
        if family in closed and recorded not in GRAND_TOTALS:
            continue
        if recorded in YEAR_TOTALS:
            closed.add(family)
        path = [recorded]
        level = numbering_level(label.text)
        if classification == "income" and recorded not in (*YEAR_TOTALS, *GRAND_TOTALS):
            if parent is not None and level is not None and level > parent[0]:
                path = [parent[1], recorded]
            else:
                parent = (level, recorded) if level is not None else None
        else:
            parent = None
        out.append((row, classification, path))
    return out


def _balance_figures(layout: Layout, sides: list[Side]) -> dict[str, set[str | None]]:
    """The classifications a balance table has figures for, each with the phases of the columns printing
    them (None for a bare column, whose phase the title gives)."""
    found: dict[str, set[str | None]] = {}
    for side in sides:
        for row, classification, _path in _balance_rows(layout, side):
            for v in side.values:
                if (c := v.cell(row)) is not None and c.number is not None:
                    found.setdefault(classification, set()).add(v.phase)
    return found


def read_balance(table: StructuredTable, layout: Layout, sides: list[Side], context: Context) -> list[Spending]:
    if _is_appropriation(context.title, layout) and context.survey.balance_all:
        return []
    out: list[Spending] = []
    for side in sides:
        for row, classification, path in _balance_rows(layout, side):
            for column in side.values:
                fact = spending(table, context, classification, path, column, row, layout.headers)
                if fact is not None:
                    out.append(fact)
    return out


# --- coded tables ------------------------------------------------------------------------------------


@dataclass
class CodedRow:
    row: Row
    code: Code | None
    name: str
    total: bool = False


@dataclass
class CodedTable:
    kind: str  # EXPENDITURE, INCOME or "economic"
    totals: list[TableColumn]  # the columns holding each row's own total, one a phase (年初预算数, 决算数 …)
    typed: list[TableColumn] = field(default_factory=list)  # 基本支出 / 项目支出 / 人员经费 … columns
    sources: list[TableColumn] = field(default_factory=list)  # income source columns
    rows: list[CodedRow] = field(default_factory=list)
    has_figures: bool = False

    @property
    def total(self) -> TableColumn | None:
        return self.totals[0] if self.totals else None


def _coded_rows(layout: Layout) -> list[CodedRow]:
    """Rows with a code, and 合计 rows. A two-sided table (a 基本支出 table) is read on its left side."""
    codes = layout.of_role(CODE)
    labels = layout.of_role(LABEL)[:1]
    limit = labels[0].column.last if labels else 10**6
    out: list[CodedRow] = []
    above: str | None = None
    for row in layout.body:
        if is_column_number_row(row):
            continue
        parts = [c.text for c in row.own if c.first < limit and is_code_text(c.text)
                 and any(col.column.first <= c.first <= col.column.last for col in codes)]
        label = labels[0].cell(row) if labels else None
        if label is None:
            label = next((c for c in row.own if c.number is None and not is_code_text(c.text)), None)
        if label is None:
            continue
        code = join_code(parts, above) if parts else None
        name = clean_text(label.text) or ""
        if code is None:
            prefixed, rest = split_code_prefix(name)
            if prefixed is not None and prefixed.level:
                code, name = prefixed, rest
        if code is not None and code.level:
            above = code.digits
            out.append(CodedRow(row, code, name))
        elif any(key_of(c.text) in TOTAL_WORDS for c in row.own if c.number is None):
            out.append(CodedRow(row, None, "合计", total=True))
    return out


def _coded_table(layout: Layout) -> CodedTable | None:
    rows = _coded_rows(layout)
    coded = [r for r in rows if r.code is not None]
    if len(coded) < 2:
        return None
    values = [c for c in layout.of_role(VALUE) if c.figure]
    economic = all(r.code.digits[0] in "35" for r in coded if r.code) or any(
        "经济分类" in k for c in layout.columns for k in c.keys)
    sources = [c for c in values if c.name in INCOME_TABLE_HEADS and c.name not in ("本年收入合计", "本年收入")]
    typed = [c for c in values if c.name in EXPENDITURE_TYPES or c.name in ECONOMIC_HEADS]
    if economic:
        kind = "economic"
    elif sources and not any(c.name in EXPENDITURE_TYPES for c in typed):
        kind = INCOME
    else:
        kind = EXPENDITURE
    candidates = [c for c in values if c not in typed and c not in sources and c.money
                  and (c.name in TOTAL_HEADS or c.phase is not None)
                  and (kind == INCOME or not any("收入" in k for k in c.keys))]
    totals = _phase_columns(candidates)
    table = CodedTable(kind, totals, typed, sources, rows)
    columns = [*totals, *typed, *sources]
    table.has_figures = any((cell := c.cell(r.row)) is not None and cell.number is not None
                            for r in rows for c in columns)
    return table


def _phase_columns(candidates: list[TableColumn]) -> list[TableColumn]:
    """The row-total columns of a coded table: the first candidate, and after it every column stating a
    phase (and year) of its own not yet read: a table printing 年初预算数 and 支出决算数 gives both."""
    if not candidates:
        return []
    out = [candidates[0]]
    seen = {(candidates[0].phase, candidates[0].year, candidates[0].year_offset)}
    for column in candidates[1:]:
        key = (column.phase, column.year, column.year_offset)
        if column.phase is not None and key not in seen:
            seen.add(key)
            out.append(column)
    return out


def _path(row: CodedRow, names: dict[str, str]) -> list[str]:
    assert row.code is not None
    return [names[a] for a in row.code.ancestors() if a in names] + [row.name]


def read_coded(table: StructuredTable, layout: Layout, coded: CodedTable, context: Context,
               names: dict[str, str] | None = None) -> list[Spending]:
    """``names``: the names of codes printed in the part of the table above a page break."""
    if coded.kind == "economic":
        return _economic_totals(table, layout, coded, context)
    appropriation = _is_appropriation(context.title, layout)
    survey = context.survey
    facts: list[Spending | None] = []
    names = dict(names or {})
    for row in coded.rows:
        if row.code is not None:
            names[row.code.digits] = row.name
        if coded.kind == INCOME:
            if row.total and not survey.balance_all:
                facts += [spending(table, context, "income", [column.column.heads[-1].text], column, row.row,
                                   layout.headers) for column in coded.sources]
            continue
        if row.total:
            if appropriation and survey.coded_all:
                continue
            for column in coded.typed:
                if column.name in EXPENDITURE_TYPES:
                    classification, name = "expenditure_type", column.name
                else:
                    classification, name = "economic", ECONOMIC_TOTALS.get(column.name, column.name)
                facts.append(spending(table, context, classification, [name], column, row.row, layout.headers))
            continue
        if row.code is None:
            continue
        if row.code.level > 1 and not appropriation and survey.coded_appropriation:
            continue  # the appropriation tables' 款/项 are recorded
        for column in coded.totals:
            if row.code.level == 1 and (column.phase or context.phase) in survey.balance_functional:
                continue  # the balance table's 类 of this phase are recorded
            facts.append(spending(table, context, "functional", _path(row, names), column, row.row,
                                  layout.headers, code=row.code))
    return [f for f in facts if f is not None]


def _economic_totals(table: StructuredTable, layout: Layout, coded: CodedTable,
                     context: Context) -> list[Spending]:
    """人员经费 / 公用经费 of a 基本支出 table: a label (人员经费合计) and the figure printed after it, or
    the 合计 row under columns so named."""
    out = []
    for row in coded.rows:
        if row.total:
            for column in coded.typed:
                if column.name in ECONOMIC_HEADS:
                    name = ECONOMIC_TOTALS.get(column.name, column.name)
                    fact = spending(table, context, "economic", [name], column, row.row, layout.headers)
                    out += [fact] if fact is not None else []
    values = [c for c in layout.of_role(VALUE) if c.figure]
    for row in layout.body:
        own = row.own
        for i, cell in enumerate(own[:-1]):
            name = ECONOMIC_TOTALS.get(key_of(cell.text))
            figure = own[i + 1]
            column = next((c for c in values if c.column.first <= figure.first <= c.column.last), None)
            if name is None or figure.number is None or column is None:
                continue
            fact = spending(table, context, "economic", [name], column, row, layout.headers, figure)
            if fact is not None:
                out.append(fact)
    return out


# --- entry point -------------------------------------------------------------------------------------


def _names_above(table: StructuredTable, tables: Sequence[StructuredTable],
                 document: Document | None) -> dict[str, str]:
    """Code → name in the parts of a table that come before ``table``, where ``table`` continues it."""
    survey = survey_of(tables, document)
    head = survey.heads.get(id(table))
    names: dict[str, str] = {}
    if head is None:
        return names
    for other in tables:
        if other is table:
            break
        if other is head or survey.heads.get(id(other)) is head:
            layout = survey.layouts.get(id(other))
            coded = _coded_table(layout) if layout is not None else None
            names.update({r.code.digits: r.name for r in coded.rows if r.code is not None} if coded else {})
    return names


def kind_of(layout: Layout) -> tuple[CodedTable | None, list[Side]]:
    """A coded table (rows carrying 类/款/项 codes), else a balance table's sides, else neither."""
    coded = _coded_table(layout)
    if coded is not None:
        return coded, []
    return None, _balance_sides(layout)


def read_final_account_table(table: StructuredTable, tables: Sequence[StructuredTable], year: int | None,
                             document: Document | None = None) -> list[Spending]:
    """The spending a standard 决算/预算 table prints; ``tables`` are all the document's structured
    tables, ``document`` gives its heading (部门决算 / 部门预算)."""
    layout = cached_layout(table, tables, document)
    if layout is None:
        return []
    coded, sides = kind_of(layout)
    if coded is not None:
        return read_coded(table, layout, coded, context_of(table, tables, year, document),
                          _names_above(table, tables, document))
    if sides:
        return read_balance(table, layout, sides, context_of(table, tables, year, document))
    return []
