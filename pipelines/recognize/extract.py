"""Run every recognizer over one Document and merge their facts into the contract's object."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.recognize.arithmetic import check
from pipelines.recognize.basic_data_table import read_data_table
from pipelines.recognize.department_table import DepartmentTable, department_segments, read_department
from pipelines.recognize.evaluation_form import read_evaluation_form
from pipelines.recognize.facts import Department, Facts, FundRow, Spending
from pipelines.recognize.final_account_tables import read_final_account_table
from pipelines.recognize.project_table import read_projects
from pipelines.recognize.prose.final_accounts import FinalAccounts, read_chart_rows, read_final_accounts
from pipelines.recognize.prose.narrative import Narrative, read_narrative
from pipelines.recognize.prose.project_report import read_project_report
from pipelines.recognize.prose.sentences import head_text, report_kind, sentences, title_lines
from pipelines.recognize.staffing import read_staffing
from pipelines.recognize.statement_checks import check_statements
from pipelines.recognize.summary_table import read_summary_rows
from pipelines.recognize.three_public_table import read_three_public_table
from pipelines.recognize.unit import find_fiscal_year, find_unit
from pipelines.structure.regions import segments
from pipelines.structure.table import StructuredTable, structure
from pipelines.vocabulary.prose import DEPARTMENT_TOTAL_LABELS, EXPENDITURE_GRAND_TOTAL, EXPENDITURE_TOTALS, PHASE_NAMES
from pipelines.vocabulary.tables import DEPARTMENT_ANCHORS, PROJECT_ANCHORS

PARSER_VERSION = "4"


def extract(document: Document) -> Facts:
    unit = find_unit(document)
    year = find_fiscal_year(document)
    facts = Facts(
        source={"file": Path(document.path).name, "sha256": document.sha256, "format": document.format,
                "parser_version": PARSER_VERSION},
        unit=unit,
        fiscal_year=year,
    )
    tables = structure(document)
    department_tables, spending = _table_facts(document, tables, year, facts)
    statements = list(sentences(document))
    kind = report_kind(head_text(document))
    accounts = read_final_accounts(statements, year, kind)
    prose: list[Spending] = []
    projects_in_prose = False
    if kind in ("project", "department") and not facts.projects:
        report = read_project_report(statements, title_lines(document), year, unit.name, single=kind == "project")
        facts.projects.extend(report.projects)
        prose.extend(report.spending)
        projects_in_prose = kind == "project" and bool(report.projects)
    narrative = Narrative() if projects_in_prose else read_narrative(statements, year, facts.projects, kind)
    prose.extend(accounts.spending)
    prose.extend(narrative.spending)
    spending.extend(_not_restated(prose, spending))
    spending = _total_not_restated(spending)
    facts.warnings.extend(accounts.unit_slips)
    facts.spending = _fill_codes(_merge_spending(spending, facts))
    facts.department = _department(department_tables, narrative, accounts, facts, kind)
    if narrative.project_grade and len(facts.projects) == 1 and facts.projects[0].grade is None:
        facts.projects[0].grade = narrative.project_grade[0]  # type: ignore[assignment]
        facts.projects[0].provenance["grade"] = narrative.project_grade[1]
    if facts.department and facts.department.funds and facts.department.funds.execution_rate is None:
        for executed, rate, provenance in accounts.execution_rates:
            if executed == facts.department.funds.executed:
                facts.department.funds.execution_rate = rate
                facts.department.funds.provenance["execution_rate"] = provenance
                break
    facts.staffing = read_staffing(tables, statements)
    facts.warnings.extend(check(facts))
    facts.warnings.extend(check_statements(statements, year, unit.name, kind == "final_accounts"))
    mark_read_by_ocr(facts.to_json(), document)
    return facts


def mark_read_by_ocr(value: Any, document: Document) -> None:
    """Every provenance that points at what was read from a scan (a table row, a paragraph) gets how sure
    the OCR engine was and where it lies: ``ocr: {confidence, box: [page, x0, top, x1, bottom]}``. The
    provenance objects are the facts' own (``to_json`` hands them on), so the facts carry it."""
    if isinstance(value, list):
        for item in value:
            mark_read_by_ocr(item, document)
        return
    if not isinstance(value, dict):
        return
    block = value.get("block")
    if isinstance(block, int) and "text" in value and 0 <= block < len(document.blocks):
        source = document.blocks[block]
        read = source.ocr_of_row(value["row"]) if isinstance(source, Table) and "row" in value else \
            source.ocr if isinstance(source, Paragraph) else None
        if read is not None:
            value["ocr"] = {"confidence": read.confidence, "box": [read.page, read.x0, read.top, read.x1, read.bottom]}
        return
    for item in value.values():
        mark_read_by_ocr(item, document)


def _table_facts(document: Document, tables: list[StructuredTable], year: int | None,
                 facts: Facts) -> tuple[list[DepartmentTable], list[Spending]]:
    """Every table through the recognizer of its kind; projects go straight into ``facts``."""
    department_tables: list[DepartmentTable] = []
    spending: list[Spending] = []
    anchors = {"project": PROJECT_ANCHORS, "department": DEPARTMENT_ANCHORS}
    last: str | None = None  # what the table before spoke for: a table may go on in the next one
    for table in tables:
        table_segments = segments(table.rows, anchors)
        departments = department_segments(table, table_segments)
        if last == "department" and not departments and table_segments and table_segments[0].anchor is None:
            departments = table_segments[:1]  # the department table's indicator part, printed as a table of its own
        department_tables.extend(read_department(table, s, year) for s in departments)
        previous = facts.projects[-1] if facts.projects else None
        projects = read_projects(table, [s for s in table_segments if s not in departments], previous)
        facts.projects.extend(projects)
        last = "department" if departments else "project" if projects else last
        facts.summary_rows.extend(read_summary_rows(table))
        spending.extend(read_data_table(table))
        spending.extend(read_final_account_table(table, tables, year, document))
        spending.extend(read_three_public_table(table, tables, year, document))
        form = read_evaluation_form(table, document, year)
        facts.projects.extend(form.projects)
        spending.extend(form.spending)
        spending.extend(read_chart_rows(table, year))
    for department_table in department_tables:
        spending.extend(department_table.spending)
    return department_tables, spending


DEPARTMENT_FIGURES = {
    "basic_expenditure": ("expenditure_type", ("基本支出",)),
    "project_expenditure": ("expenditure_type", ("项目支出",)),
    "personnel_expenditure": ("economic", ("人员经费",)),
    "public_expenditure": ("economic", ("公用经费",)),
}


def _department(tables: list[DepartmentTable], narrative: Narrative, accounts: FinalAccounts,
                facts: Facts, kind: str | None = None) -> Department | None:
    """The department-wide figures, when the document speaks for the whole department.

    It does so when it has a department table, a budget, spending or score stated for the whole
    department, final accounts (基本支出, 本年支出合计), or, for a budget publication, its budget's total
    (支出总计 of its 部门收支总表, though its prose never states it). Its spending split is read from the
    spending facts of the fiscal year, where each figure keeps its provenance.
    """
    finals = {(s.classification, s.path[0]): s for s in facts.spending
              if s.phase == "final" and s.year == facts.fiscal_year and len(s.path) == 1}
    has_accounts = any(("expenditure_type", name) in finals for name in ("基本支出", *EXPENDITURE_TOTALS))
    stated = narrative.department_funds is not None or narrative.department or narrative.funds or accounts.department
    has_budget = kind == "budget" and _budget_total(facts) is not None
    if not tables and not stated and not has_accounts and not has_budget:
        return None
    department = Department()
    for table in tables:
        if department.funds is None and table.funds is not None:
            department.funds = table.funds
        department.indicators.extend(table.indicators)
        department.set("score", table.score, table.score_provenance)
        department.set("grade", table.grade, table.score_provenance)
    if department.funds is None:
        department.funds = narrative.department_funds or _funds_from_accounts(facts, narrative, accounts)
    for name, (value, provenance) in narrative.department.items():
        department.set(name, value, provenance)
    for name, (classification, names) in DEPARTMENT_FIGURES.items():
        for key in names:
            item = finals.get((classification, key))
            if item is not None:
                department.set(name, item.amount, item.provenance)
    return department


def _funds_from_accounts(facts: Facts, narrative: Narrative, accounts: FinalAccounts) -> FundRow | None:
    """Budget and spending of the whole department as its prose states them one by one, or its final
    accounts' totals: 支出预算总额 (initial), 本年支出合计 (executed)."""
    def find(path: str, phase: str) -> Spending | None:
        return next((s for s in facts.spending if s.path == [path] and s.phase == phase
                     and s.year == facts.fiscal_year and s.classification == "expenditure_type"), None)

    row = FundRow()
    for name in ("initial_budget", "adjusted_budget", "executed", "execution_rate"):
        proposal = narrative.funds.get(name) or accounts.department.get(name)
        if proposal is not None:
            setattr(row, name, proposal[0])
            row.provenance[name] = proposal[1]
    initial = _budget_total(facts)
    if row.initial_budget is None and initial is not None:
        row.initial_budget, row.provenance["initial_budget"] = initial.amount, initial.provenance
    totals = (*EXPENDITURE_TOTALS, EXPENDITURE_GRAND_TOTAL)
    executed = next((found for found in (find(path, "final") for path in totals) if found), None)
    if row.executed is None and executed is not None:
        row.executed, row.provenance["executed"] = executed.amount, executed.provenance
    return None if row.is_empty() else row


def _budget_total(facts: Facts) -> Spending | None:
    """The year's budget total as its tables or prose state it: 支出总计, else 本年支出合计."""
    for name in (EXPENDITURE_GRAND_TOTAL, *EXPENDITURE_TOTALS):
        found = next((s for s in facts.spending if s.path == [name] and s.phase == "initial_budget"
                      and s.year == facts.fiscal_year and s.classification == "expenditure_type"), None)
        if found is not None:
            return found
    return None


def _not_restated(prose: list[Spending], tables: list[Spending]) -> list[Spending]:
    """Prose that restates a table's figure under a shorter or longer name (财政拨款收入 for the table's
    一般公共预算财政拨款收入) is not a second fact; the table's name stands."""
    def restates(said: Spending, table: Spending) -> bool:
        a, b = said.path[-1], table.path[-1]
        return (said.classification, said.phase, said.year) == (table.classification, table.phase, table.year) \
            and abs(said.amount - table.amount) < 0.005 and said.path != table.path \
            and len(said.path) == len(table.path) and (a in b or b in a)

    return [said for said in prose if not any(restates(said, table) for table in tables)]


def _total_not_restated(items: list[Spending]) -> list[Spending]:
    """The department's total under a name of its own (部门整体支出年初预算…实际支出X) restates the year's
    spending total where that is stated too (支出合计X): the spending total's name stands, and the named
    total's budgets are the department's funds only."""
    def key(s: Spending) -> tuple:
        return s.classification, s.phase, s.year, round(s.amount, 2)

    totals = {key(s) for s in items if len(s.path) == 1 and s.path[0] in (*EXPENDITURE_TOTALS, EXPENDITURE_GRAND_TOTAL)}
    restated = {s.year for s in items if s.path[0] in DEPARTMENT_TOTAL_LABELS and key(s) in totals}
    return [s for s in items if not (s.path[0] in DEPARTMENT_TOTAL_LABELS and s.year in restated)]


def _fill_codes(items: list[Spending]) -> list[Spending]:
    """A functional path the document codes once is coded wherever it is stated (the prose, a 总表 naming
    only 类): ``2010601`` on 一般公共服务支出/财政事务/行政运行 codes ``201`` and ``20106`` on its ancestors."""
    widths = (3, 5, 7)  # 类, 款, 项
    codes: dict[tuple[str, ...], str] = {}
    for item in items:
        if item.classification == "functional" and item.code and len(item.code) == widths[min(len(item.path), 3) - 1]:
            for depth in range(1, len(item.path) + 1):
                codes.setdefault(tuple(item.path[:depth]), item.code[:widths[min(depth, 3) - 1]])
    for item in items:
        if item.classification == "functional" and item.code is None:
            item.code = codes.get(tuple(item.path))
    return items


def _merge_spending(items: list[Spending], facts: Facts) -> list[Spending]:
    """One fact per (classification, path, phase, year): the first stated wins, a disagreement is warned."""
    seen: dict[tuple, Spending] = {}
    out = []
    for item in items:
        key = item.key()
        if key in seen:
            seen[key].code = seen[key].code or item.code  # the prose restating a table names no code
            if abs(seen[key].amount - item.amount) > 0.005:
                facts.warnings.append({
                    "rule": "same_figure_disagrees",
                    "message": f"{'/'.join(item.path)}（{PHASE_NAMES.get(item.phase, item.phase)}，{item.year}年）"
                               f"前后不一致：一处为{seen[key].amount:g}万元，另一处为{item.amount:g}万元",
                    "provenance": [seen[key].provenance, item.provenance],
                })
            continue
        seen[key] = item
        out.append(item)
    return out
