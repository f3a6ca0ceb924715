"""Run every recognizer over one Document and merge their facts into the contract's object."""

from __future__ import annotations

from pathlib import Path

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.recognize.arithmetic import check
from pipelines.recognize.basic_data_table import read_data_table
from pipelines.recognize.department_table import DepartmentTable, department_segments, read_department
from pipelines.recognize.facts import Department, Facts, FundRow, Spending, Unit
from pipelines.recognize.project_table import read_projects
from pipelines.recognize.prose.final_accounts import read_chart_rows, read_final_accounts
from pipelines.recognize.prose.narrative import Narrative, read_narrative
from pipelines.recognize.prose.sentences import sentences
from pipelines.recognize.staffing import read_staffing
from pipelines.recognize.summary_table import read_summary_rows
from pipelines.recognize.unit import find_fiscal_year, find_unit_name, region_of
from pipelines.structure.regions import segments
from pipelines.structure.table import structure
from pipelines.vocabulary.tables import DEPARTMENT_ANCHORS, PROJECT_ANCHORS

PARSER_VERSION = "1"


def extract(document: Document) -> Facts:
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    cells = [c for b in document.blocks if isinstance(b, Table) for row in b.rows for c in row if c.strip()]
    unit_name = find_unit_name(paragraphs, cells)
    unit = region_of(unit_name, document.text()) if unit_name else Unit()
    year = find_fiscal_year(paragraphs, cells)
    facts = Facts(
        source={"file": Path(document.path).name, "sha256": document.sha256, "format": document.format,
                "parser_version": PARSER_VERSION},
        unit=unit,
        fiscal_year=year,
    )
    department_tables: list[DepartmentTable] = []
    spending: list[Spending] = []
    tables = structure(document)
    anchors = {"project": PROJECT_ANCHORS, "department": DEPARTMENT_ANCHORS}
    for table in tables:
        table_segments = segments(table.rows, anchors)
        departments = department_segments(table, table_segments)
        department_tables.extend(read_department(table, s, year) for s in departments)
        previous = facts.projects[-1] if facts.projects else None
        facts.projects.extend(read_projects(table, [s for s in table_segments if s not in departments], previous))
        facts.summary_rows.extend(read_summary_rows(table))
        spending.extend(read_data_table(table))
        spending.extend(read_chart_rows(table, year))
    for table in department_tables:
        spending.extend(table.spending)
    statements = list(sentences(document))
    accounts = read_final_accounts(statements, year)
    narrative = read_narrative(statements, year, facts.projects)
    spending.extend(accounts.spending)
    spending.extend(narrative.spending)
    facts.warnings.extend(accounts.unit_slips)
    facts.spending = _merge_spending(spending, facts)
    facts.department = _department(department_tables, narrative, facts)
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
    return facts


DEPARTMENT_FIGURES = {
    "basic_expenditure": ("expenditure_type", ("基本支出",)),
    "project_expenditure": ("expenditure_type", ("项目支出",)),
    "personnel_expenditure": ("economic", ("人员经费",)),
    "public_expenditure": ("economic", ("公用经费",)),
}


def _department(tables: list[DepartmentTable], narrative: Narrative, facts: Facts) -> Department | None:
    """The department-wide figures, when the document speaks for the whole department.

    It does so when it has a department table, a budget or score stated for the whole
    department, or final accounts (基本支出). Its spending split is read from the
    spending facts of the fiscal year, where each figure keeps its provenance.
    """
    finals = {(s.classification, s.path[0]): s for s in facts.spending
              if s.phase == "final" and s.year == facts.fiscal_year and len(s.path) == 1}
    has_accounts = ("expenditure_type", "基本支出") in finals
    if not tables and narrative.department_funds is None and not narrative.department and not has_accounts:
        return None
    department = Department()
    for table in tables:
        if department.funds is None and table.funds is not None:
            department.funds = table.funds
        department.indicators.extend(table.indicators)
        department.set("score", table.score, table.score_provenance)
    if department.funds is None:
        department.funds = narrative.department_funds or _funds_from_accounts(facts)
    for name, (value, provenance) in narrative.department.items():
        department.set(name, value, provenance)
    for name, (classification, names) in DEPARTMENT_FIGURES.items():
        for key in names:
            item = finals.get((classification, key))
            if item is not None:
                department.set(name, item.amount, item.provenance)
    return department


def _funds_from_accounts(facts: Facts) -> FundRow | None:
    """Budget and spending of the whole department as its final accounts state them."""
    def find(path: str, phase: str) -> Spending | None:
        return next((s for s in facts.spending if s.path == [path] and s.phase == phase
                     and s.year == facts.fiscal_year and s.classification == "expenditure_type"), None)

    initial = find("支出总计", "initial_budget")
    executed = find("本年支出合计", "final") or find("支出总计", "final")
    if initial is None and executed is None:
        return None
    return FundRow(initial_budget=initial.amount if initial else None,
                   executed=executed.amount if executed else None,
                   provenance={"initial_budget": initial.provenance if initial else None,
                               "executed": executed.provenance if executed else None})


def _merge_spending(items: list[Spending], facts: Facts) -> list[Spending]:
    """One fact per (classification, path, phase, year): the first stated wins, a disagreement is warned."""
    seen: dict[tuple, Spending] = {}
    out = []
    for item in items:
        key = item.key()
        if key in seen:
            if abs(seen[key].amount - item.amount) > 0.005:
                facts.warnings.append({
                    "rule": "same_figure_disagrees",
                    "message": f"{'/'.join(item.path)} {item.phase} {item.year}: "
                               f"{seen[key].amount} and {item.amount}",
                    "provenance": [seen[key].provenance, item.provenance],
                })
            continue
        seen[key] = item
        out.append(item)
    return out
