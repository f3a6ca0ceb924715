"""Figures that self-evaluation reports state in prose.

``年初预算安排 276.23 万元，年中调整后预算数为 665.38 万元，决算数 665.38 万元，年度实际支出率达
240.88%`` (a budget stated for the department or for its projects), ``自评得分 99.2 分，评价等级为优``,
project-fund totals (``项目资金预算 54.37 万元``, ``完成项目资金 52.33 万元``), and the money lines a
project evaluation lists (``其中：送温暖专项资金60万元，困难职工帮扶资金4万元``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.recognize.facts import FundRow, Project, Spending
from pipelines.recognize.prose.sentences import AMT, Sentence, amount, items
from pipelines.vocabulary.tables import GRADES

RATE = r"(\d+(?:\.\d+)?)%"
PROJECT_SUBJECT = ("项目",)
DEPARTMENT_SUBJECT = ("整体", "部门", "单位")
Proposal = tuple[object, dict[str, object]]


@dataclass
class Narrative:
    department_funds: FundRow | None = None
    department: dict[str, Proposal] = field(default_factory=dict)
    project_grade: Proposal | None = None
    spending: list[Spending] = field(default_factory=list)

    def propose(self, name: str, value: object, s: Sentence) -> None:
        self.department.setdefault(name, (value, s.provenance()))


def read_narrative(statements: list[Sentence], fiscal_year: int | None, projects: list[Project]) -> Narrative:
    out = Narrative()
    program_budgets: list[tuple[int, float, Sentence]] = []
    for s in statements:
        year = s.year(fiscal_year)
        _budget_statement(s, year, out)
        _scores_and_grades(s, out)
        _project_fund_totals(s, year, out)
        _money_lines(s, year, out, projects)
        for match in re.finditer(rf"项目总数(\d+)个[，,]涉及预算总金额{AMT}", s.text):
            program_budgets.append((int(match.group(1)), amount(match.group(2), match.group(3)), s))
    with_projects = [p for p in program_budgets if p[0] > 0]
    if len(with_projects) == 1:
        _, value, s = with_projects[0]
        out.spending.append(Spending("expenditure_type", ["项目支出"], "adjusted_budget", s.year(fiscal_year),
                                     value, s.provenance()))
    return out


def _budget_statement(s: Sentence, year: int | None, out: Narrative) -> None:
    initial = re.search(rf"年初预算(?:安排|数)?(?:为)?{AMT}", s.text)
    adjusted = re.search(rf"(?:调整后|全年)预算(?:数)?(?:为)?{AMT}", s.text)
    final = re.search(rf"(?:决算数?|全年执行数|执行数|全年实际支出|实际支出)(?:为)?{AMT}", s.text)
    if not initial or not (adjusted or final):
        return
    subject = s.text[: initial.start()]
    figures = {
        "initial_budget": amount(*initial.groups()),
        "adjusted_budget": amount(*adjusted.groups()) if adjusted else None,
        "executed": amount(*final.groups()) if final else None,
    }
    if any(word in subject for word in PROJECT_SUBJECT):
        for field_name, phase in (("initial_budget", "initial_budget"), ("adjusted_budget", "adjusted_budget"),
                                  ("executed", "final")):
            if figures[field_name] is not None:
                out.spending.append(Spending("expenditure_type", ["项目支出"], phase, year,
                                             figures[field_name], s.provenance()))  # type: ignore[arg-type]
    elif any(word in subject for word in DEPARTMENT_SUBJECT) and out.department_funds is None:
        rate = re.search(rf"(?:执行率|支出率)(?:达|为)?{RATE}", s.text)
        out.department_funds = FundRow(**figures, execution_rate=float(rate.group(1)) if rate else None,
                                       provenance=s.provenance())


def _scores_and_grades(s: Sentence, out: Narrative) -> None:
    department = any(word in s.text for word in ("部门整体", "部门预算", "整体绩效", "整体支出"))
    score = re.search(r"(?:部门整体|部门预算|整体)(?:支出)?绩效(?:自评|评价)?(?:结果)?得分(?:为)?(\d+(?:\.\d+)?)分",
                      s.text)
    if score:
        out.propose("score", float(score.group(1)), s)
    grade = re.search(r"(?:评价|自评|绩效)等级(?:为)?[“\"]?([优良中差])[”\"]?(?=[。，,；;]|$)", s.text)
    if grade and grade.group(1) in GRADES:
        if department:
            out.propose("grade", grade.group(1), s)
        elif out.project_grade is None:
            out.project_grade = (grade.group(1), s.provenance())


def _project_fund_totals(s: Sentence, year: int | None, out: Narrative) -> None:
    for pattern, phase in ((rf"项目资金预算{AMT}", "initial_budget"),
                           (rf"(?:完成|支付|使用)项目资金{AMT}", "final")):
        for match in re.finditer(pattern, s.text):
            out.spending.append(Spending("expenditure_type", ["项目支出"], phase, year,
                                         amount(match.group(1), match.group(2)), s.provenance()))


def _money_lines(s: Sentence, year: int | None, out: Narrative, projects: list[Project]) -> None:
    """Lines of money a report lists: ``其中：A60万元，B4万元``, ``具体为A1.6万元、B3万元``,
    ``项目支出32.25万元（A23.99万元；B1.6万元）`` and ``经济科目分类划分为：A64万元``."""
    found: list[tuple[str, str, float]] = []
    economic = re.search(r"经济科目分类(?:划分)?为[：:](.+)", s.text)
    if economic:
        found += [("economic", n, v) for n, v in items(economic.group(1))]
    listed = re.match(r"^其中[：:，,](.+)", s.text)
    if listed:
        found += [("project", n, v) for n, v in items(listed.group(1), r"[^，,；;：:。、（）()]+?(?:资金|经费)")]
    for match in re.finditer(r"具体为[：:]?(.+)", s.text):
        if re.search(rf"(?:项目|专项)[^，,。]*?{AMT}", s.text[: match.start()]):
            found += [("project", n, v) for n, v in items(match.group(1))]
    for match in re.finditer(rf"项目支出{AMT}[（(]([^）)]+)[)）]", s.text):
        found += [("project", n, v) for n, v in items(match.group(3))]
    for classification, name, value in found:
        name = re.sub(r"^\d{4}年度?", "", name)
        if classification == "project" and (
            _repeats_project_table(name, value, projects) or _repeats_line(name, value, out.spending)
        ):
            continue
        out.spending.append(Spending(classification, [name], "final", year, value, s.provenance()))


def _repeats_project_table(name: str, value: float, projects: list[Project]) -> bool:
    """A money line that restates a project table's budget or spending is not a new fact."""
    for project in projects:
        figures = {getattr(row, f) for row in project.funds.values()
                   for f in ("initial_budget", "adjusted_budget", "executed")}
        if value in figures and _share_words(name, project.name or ""):
            return True
    return False


def _repeats_line(name: str, value: float, earlier: list[Spending]) -> bool:
    """The same money line named a little differently (困难职工帮扶 / 困难职工救助) is stated once."""
    return any(s.classification == "project" and s.amount == value and _share_words(name, s.path[-1])
               for s in earlier)


def _share_words(a: str, b: str) -> bool:
    grams = {a[i:i + 2] for i in range(len(a) - 1)} - {"资金", "经费", "项目", "工作"}
    return any(g in b for g in grams)
