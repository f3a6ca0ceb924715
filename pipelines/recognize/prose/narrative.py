"""Figures that department-wide self-evaluation reports state in prose.

``年初预算安排 276.23 万元，年中调整后预算数为 665.38 万元，决算数 665.38 万元，年度实际支出率达
240.88%`` (a budget stated for the department or for its projects), ``部门预算总金额803.74万元其中：基本支出…``
(the department's budget and its split), ``共收到财政资金…当期发生支出…其中，基本支出为…`` (the year's money
told as a story), ``综合评分为97分``, ``整体绩效自评为优秀``, project-fund totals (``项目资金预算 54.37 万元``,
``完成项目资金 52.33 万元``), and the money lines a report lists (``其中：送温暖专项资金60万元``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.recognize.facts import FundRow, Project, Spending
from pipelines.recognize.prose.sentences import (
    Mention,
    Sentence,
    amount,
    changed_to,
    clause_before,
    clean_label,
    execution_rate,
    expenditure_type,
    items,
    mentions,
    names_a_level,
    names_a_part,
    parts_opener,
    phase_of,
    statement,
    without_citations,
    year_before,
)
from pipelines.vocabulary import prose as words
from pipelines.vocabulary.tables import EXPENDITURE_TYPES, THREE_PUBLIC_PARTS

Proposal = tuple[object, dict[str, object]]
FUND_FIELDS = {"initial_budget": "initial_budget", "adjusted_budget": "adjusted_budget", "final": "executed"}


@dataclass
class Narrative:
    department_funds: FundRow | None = None
    department: dict[str, Proposal] = field(default_factory=dict)  # score, grade
    funds: dict[str, Proposal] = field(default_factory=dict)  # department funds fields stated one by one
    project_grade: Proposal | None = None
    spending: list[Spending] = field(default_factory=list)

    def propose(self, name: str, value: object, s: Sentence) -> None:
        self.department.setdefault(name, (value, s.provenance()))

    def propose_funds(self, name: str, value: object, s: Sentence) -> None:
        self.funds.setdefault(name, (value, s.provenance()))

    def add(self, classification: str, path: list[str], phase: str, year: int | None, value: float,
            s: Sentence) -> None:
        self.spending.append(Spending(classification, path, phase, year, value, s.provenance()))


def read_narrative(statements: list[Sentence], fiscal_year: int | None, projects: list[Project],
                   kind: str | None = None) -> Narrative:
    out = Narrative()
    program_budgets: list[tuple[int, float, Sentence]] = []
    for i, s in enumerate(statements):
        year = s.year(fiscal_year)
        found = mentions(s.text)
        following = statements[i + 1] if i + 1 < len(statements) and statements[i + 1].block == s.block else None
        _budget_statement(s, year, kind, out)
        _scores_and_grades(s, kind, out)
        _project_fund_totals(s, year, out)
        _money_lines(s, found, year, out, projects, kind)
        if kind not in ("final_accounts", "budget", "project"):
            _department_budget(s, found, following, fiscal_year, out)
            _money_received_and_spent(s, found, fiscal_year, out)
            _year_spending_total(s, found, fiscal_year, out)
        if kind == "department":
            _department_phases(s, found, fiscal_year, out)
        for match in re.finditer(statement(words.PROGRAM_BUDGET), s.text):
            program_budgets.append((int(match.group(1)), amount(match.group(2), match.group(3)), s))
    _complete_department_funds(out)
    with_projects = [p for p in program_budgets if p[0] > 0]
    if len(with_projects) == 1:
        _, value, s = with_projects[0]
        out.add("expenditure_type", [words.PROJECT_EXPENDITURE], "adjusted_budget", s.year(fiscal_year), value, s)
    return out



def _budget_statement(s: Sentence, year: int | None, kind: str | None, out: Narrative) -> None:
    """``年初预算安排X，调整后预算数为Y，决算数Z，执行率R%``: the department's funds (项目支出 for projects);
    a part's (``“三公”经费年初预算X，实际支出Y``) are not."""
    initial, adjusted, final = (re.search(statement(words.BUDGET_STATEMENT[name]), s.text)
                                for name in ("initial_budget", "adjusted_budget", "executed"))
    if not initial or not (adjusted or final):
        return
    subject = s.text[: initial.start()]
    figures = {
        "initial_budget": amount(*initial.groups()),
        "adjusted_budget": amount(*adjusted.groups()) if adjusted else None,
        "executed": amount(*final.groups()) if final else None,
    }
    who = subject_of(subject, kind)
    if who == "project":
        for field_name, phase in (("initial_budget", "initial_budget"), ("adjusted_budget", "adjusted_budget"),
                                  ("executed", "final")):
            if figures[field_name] is not None:
                out.add("expenditure_type", [words.PROJECT_EXPENDITURE], phase, year,
                        figures[field_name], s)  # type: ignore[arg-type]
    elif who == "department" and out.department_funds is None and not names_a_part(subject):
        row = FundRow(**figures, execution_rate=execution_rate(s.text))
        row.provenance = {name: s.provenance() for name in (*figures, "execution_rate")
                          if getattr(row, name) is not None}
        out.department_funds = row
        _labelled_total(subject, figures, year, s, out)


def _labelled_total(subject: str, figures: dict[str, float | None], year: int | None, s: Sentence,
                    out: Narrative) -> None:
    """``部门整体支出年初预算X，调整后预算Y，全年实际支出Z``: the department's budget stated under a total's own
    name is also spending of that name, at each phase."""
    label = total_label(subject)
    if label is None:
        return
    for field_name, phase in (("initial_budget", "initial_budget"), ("adjusted_budget", "adjusted_budget"),
                              ("executed", "final")):
        if figures[field_name] is not None:
            out.add("expenditure_type", [label], phase, year, figures[field_name], s)  # type: ignore[arg-type]


def total_label(text: str) -> str | None:
    """The name of the department's total a subject prints (部门整体支出), if any."""
    return next((label for label in words.DEPARTMENT_TOTAL_LABELS if label in text), None)


def _complete_department_funds(out: Narrative) -> None:
    """A budget statement of the department that leaves a phase out (its spending told in the next sentence:
    ``年初预算数为X，全年预算调整为Y。全年实际支出Z…``) takes that phase where it is stated alone."""
    row = out.department_funds
    if row is None:
        return
    for name in ("initial_budget", "adjusted_budget", "executed", "execution_rate"):
        if getattr(row, name) is None and name in out.funds:
            value, provenance = out.funds[name]
            setattr(row, name, value)
            row.provenance[name] = provenance


def subject_of(text: str, kind: str | None) -> str | None:
    """Whom a score or grade is about: the last subject word before it, else the kind of report."""
    found = [(text.rfind(w), "department") for w in words.DEPARTMENT_SUBJECTS]
    found += [(text.rfind(w), "project") for w in words.PROJECT_SUBJECTS]
    position, who = max(found)
    if position >= 0:
        return who
    return {"project": "project", "department": "department"}.get(kind or "")


def scores_and_grades(text: str, kind: str | None) -> list[tuple[str, str, object]]:
    """Every overall score (``自评得分100分``, ``综合评分为97分``) and grade (``等级为“优秀”``) a sentence states,
    with whom it is about: (subject, "score" | "grade", value). Averages and grade counts are not scores."""
    score_words = "|".join(words.SCORE_WORDS)
    grade_words = "|".join(words.GRADE_WORDS)
    grades = "|".join(sorted(words.GRADES_PRINTED, key=len, reverse=True))
    out: list[tuple[str, str, object]] = []
    start = 0
    pattern = (rf"(?:{score_words}){words.SCORE_FILLER}(\d+(?:\.\d+)?){words.SCORE_UNIT}"
               rf"|(?:{grade_words}){words.GRADE_FILLER}({grades}){words.GRADE_END}")
    for match in re.finditer(pattern, text):
        before = text[start:match.start()]
        start = match.end()
        clause = re.split(r"[,，;；。:：]", before)[-1]
        if match.group(1) and any(word in clause for word in words.PART_SCORE_WORDS):
            continue
        who = subject_of(before, kind)
        if who is None:
            continue
        if match.group(1):
            out.append((who, "score", float(match.group(1))))
        else:
            out.append((who, "grade", words.GRADES_PRINTED[match.group(2)]))
    return out


def _scores_and_grades(s: Sentence, kind: str | None, out: Narrative) -> None:
    for who, what, value in scores_and_grades(s.text, kind):
        if who == "department":
            out.propose(what, value, s)
        elif what == "grade" and out.project_grade is None:
            out.project_grade = (value, s.provenance())


def _project_fund_totals(s: Sentence, year: int | None, out: Narrative) -> None:
    for pattern, phase in words.PROJECT_FUND_TOTALS:
        for match in re.finditer(statement(pattern), s.text):
            out.add("expenditure_type", [words.PROJECT_EXPENDITURE], phase, year,
                    amount(match.group(1), match.group(2)), s)


def _department_budget(s: Sentence, found: list[Mention], following: Sentence | None, fiscal_year: int | None,
                       out: Narrative) -> None:
    """``部门预算总金额803.74万元其中：基本支出757.49万元，项目支出46.25万元。完成率均达到100%``.

    The total is the department's initial budget (a department's bare budget), its parts are budgets too,
    and a rate stated with it or in the next sentence is its execution rate.
    """
    for i, m in enumerate(found):
        if m.parent is not None or not m.counts or m.label not in words.DEPARTMENT_BUDGET_TOTALS:
            continue
        phase = phase_of(m.label, "initial_budget") or "initial_budget"
        year = year_before(s.text, m.start, fiscal_year)
        out.add("expenditure_type", [m.label], phase, year, m.value, s)
        out.propose_funds(phase if phase != "final" else "executed", m.value, s)
        for part in found:
            if part.parent == i and part.counts and part.label in EXPENDITURE_TYPES:
                out.add("expenditure_type", [part.label], phase, year, part.value, s)
        rate, where = execution_rate(s.text[m.end:]), s
        if rate is None and following is not None:
            rate, where = execution_rate(following.text), following
        if rate is not None:
            out.propose_funds("execution_rate", rate, where)
        return


def _department_phases(s: Sentence, found: list[Mention], fiscal_year: int | None, out: Narrative) -> None:
    """``部门整体年初预算为X，其中：基本支出年初预算Y…``, ``调整后预算为Z``, ``全年执行W，预算执行率为R%。其中：
    基本支出…``: in a department-wide report, a figure labelled by its phase alone, about no other subject,
    is the department's budget at that phase; its parts are expenditure types, at their own phase or its.
    A phase that follows a named part (``公务接待费年初预算3万元，全年执行2万元``) is the part's.
    The subject is sought in the sentence, then in its heading (a project's section speaks of the project);
    项目支出 names a kind of the department's spending, no project. The year's spending split by type
    (``全年实际支出X，其中：基本支出…``, ``实际支出X，其中…``) is also a spending fact of its own.
    A figure the budget stated before it was changed to (``年初预算为X，后调整为Y``) is its adjusted budget."""
    budget_stated = False
    for i, m in enumerate(found):
        if m.parent is not None or m.bracketed or not m.counts:
            continue
        parts = [(part, typed) for part in found if part.parent == i and part.counts
                 and (typed := expenditure_type(part.label)) is not None]
        spent = re.match(words.SPENT_WITH_SPLIT, m.label) if parts else None
        revised = budget_stated and changed_to(m.lead)
        if not spent and not revised and not re.match(words.DEPARTMENT_PHASE_LABEL, m.label):
            continue
        year = year_before(s.text, m.start, fiscal_year)
        about = re.sub("|".join(EXPENDITURE_TYPES), "", s.heading + without_citations(s.text[:m.start]))
        if year != fiscal_year or not revised and (subject_of(about, "department") != "department"
                                                    or _follows_a_part(s, found, i)):
            continue  # a changed figure speaks of the budget stated before it, whatever the reason names
        phase = "adjusted_budget" if revised else phase_of(m.label, "initial_budget") or "initial_budget"
        budget_stated = phase in ("initial_budget", "adjusted_budget")
        out.propose_funds(FUND_FIELDS[phase], m.value, s)
        following = next((f.start for f in found[i + 1:] if f.parent is None), len(s.text))
        rate = execution_rate(s.text[m.end:following])
        if rate is not None:
            out.propose_funds("execution_rate", rate, s)
        for part, typed in parts:
            out.add("expenditure_type", [typed[0]], typed[1] or phase, year, part.value, s)
        if spent and phase == "final":
            named = total_label(without_citations(s.text[:m.start]))
            out.add("expenditure_type", [named or spent.group(1)], phase, year, m.value, s)


def _follows_a_part(s: Sentence, found: list[Mention], i: int) -> bool:
    """A figure labelled by its phase alone after a part's (``公务接待费年初预算3万元，全年执行2万元``), or under a
    heading naming a part, is the part's: its subject is sought in its clause, the clause of the figure before it
    at its level (not the items of a 其中 list) and the heading."""
    previous = next((f for f in reversed(found[:i]) if f.parent is None and not f.bracketed), None)
    before = clause_before(s.text, previous.start) if previous is not None else ""
    return names_a_part(s.heading + before + clause_before(s.text, found[i].start))


def _money_received_and_spent(s: Sentence, found: list[Mention], fiscal_year: int | None, out: Narrative) -> None:
    """``共收到财政资金X元``, ``当期取得收入Y元`` (income), ``当期发生支出Z元。其中，基本支出为…``.

    The year's spending is the department's executed budget; its parts are spent money.
    """
    received: Mention | None = None  # the last income received, whose list the next figure may go on
    for i, m in enumerate(found):
        if not m.counts:
            continue
        year = year_before(s.text, m.start, fiscal_year)
        if _is_income_received(m) or received is not None and _continues_income(s, received, m):
            out.add("income", [m.label], "final", year, m.value, s)
            received = m
            continue
        received = None
        if re.match(words.SPENT_TOTAL, m.label):
            out.add("expenditure_type", [m.label], "final", year, m.value, s)
            out.propose_funds("executed", m.value, s)
            for part in found:
                if part.parent == i and part.counts and part.label in EXPENDITURE_TYPES:
                    out.add("expenditure_type", [part.label], "final", year, part.value, s)


def _year_spending_total(s: Sentence, found: list[Mention], fiscal_year: int | None, out: Narrative) -> None:
    """``本年支出合计X，预算执行率R%``: the year's spending total is the department's executed budget, and a
    rate stated with it, before the next figure, is its execution rate."""
    for i, m in enumerate(found):
        if m.parent is not None or m.bracketed or not m.counts or not re.match(words.YEAR_SPENDING_TOTAL, m.label):
            continue
        if year_before(s.text, m.start, fiscal_year) != fiscal_year:
            continue
        out.propose_funds("executed", m.value, s)
        following = next((f.start for f in found[i + 1:] if f.parent is None), len(s.text))
        rate = execution_rate(s.text[m.end:following])
        if rate is not None:
            out.propose_funds("execution_rate", rate, s)
        return


def _is_income_received(m: Mention) -> bool:
    """``共收到财政资金X元``, ``取得财政拨款收入Y元``: money received, not a level's share of it (省级资金…)."""
    return any(w in m.lead for w in words.RECEIVED_WORDS) and _names_income(m.label)


def _continues_income(s: Sentence, received: Mention, m: Mention) -> bool:
    """``取得财政拨款收入X元、事业收入Y元``: a source listed right after the income received, its clause holding
    only its name, is received too."""
    between = s.text[received.end:m.start]
    return between[:1] in words.RECEIVED_LIST_BREAKS and between[1:] == m.lead and _names_income(m.label)


def _names_income(label: str) -> bool:
    return label.endswith(words.RECEIVED_ENDINGS) and not names_a_level(label)


def _money_lines(s: Sentence, found: list[Mention], year: int | None, out: Narrative,
                 projects: list[Project], kind: str | None = None) -> None:
    """Lines of money a report lists: ``其中：A60万元，B4万元``, ``具体为A1.6万元、B3万元``,
    ``项目支出32.25万元（A23.99万元；B1.6万元）``, ``项目支出中，A支出13.86万元`` and ``经济科目分类划分为：A64万元``.

    A line listed under a figure takes that figure's phase where it prints one (``项目金额`` is a budget);
    otherwise it is money spent.
    """
    found_lines: list[tuple[str, str, float, str]] = []
    economic = re.search(words.ECONOMIC_SPLIT, s.text)
    if economic:
        found_lines += [("economic", n, v, "final") for n, v in items(economic.group(1))]
    for m in found:
        if m.parent is None or m.bracketed or not m.counts or not _is_fund_line(m.label):
            continue
        parent = found[m.parent]
        found_lines.append(("project", m.label, m.value, phase_of(parent.lead, "initial_budget") or "final"))
    for match in re.finditer(words.DETAILED_AS, s.text):
        if re.search(statement(words.DETAILED_SUBJECT), s.text[: match.start()]):
            found_lines += [("project", n, v, "final") for n, v in items(match.group(1))]
    for match in re.finditer(statement(words.PROJECT_LINES_IN_BRACKETS), s.text):
        found_lines += [("project", n, v, "final") for n, v in items(match.group(3))]
    found_lines += _lines_under_project_spending(s, found, kind)
    for classification, name, value, phase in found_lines:
        name = re.sub(words.YEAR_PREFIX, "", name)
        if classification == "project" and (
            _repeats_project_table(name, value, projects) or _repeats_line(name, value, out.spending)
        ):
            continue
        out.add(classification, [name], phase, year, value, s)


def _lines_under_project_spending(s: Sentence, found: list[Mention],
                                  kind: str | None) -> list[tuple[str, str, float, str]]:
    """``项目支出中，普通高中国家助学金支出X元``: the named lines a clause lists under the 项目支出 it opens with
    are project money, named without their 支出, at the opener's phase (a budget publication's are budgets)."""
    out: list[tuple[str, str, float, str]] = []
    default = "initial_budget" if kind == "budget" else "final"
    for m in found:
        if m.parent is not None or m.bracketed or not m.counts or not _is_project_line(m.label):
            continue
        whole = clean_label(parts_opener(s.text, m.start) or "")
        if not re.fullmatch(words.PROJECT_SPENDING_WHOLE, whole):
            continue
        name = m.label.removesuffix(words.PROJECT_LINE_TAIL)
        out.append(("project", name, m.value, phase_of(whole, "initial_budget") or default))
    return out


def _is_project_line(label: str) -> bool:
    """A named line of project money: a fund (``…专项资金``) or a spending (``…助学金支出``), not a type of
    spending nor a generic name."""
    name = label.removesuffix(words.PROJECT_LINE_TAIL)
    if label in EXPENDITURE_TYPES or name in ("", *words.GENERIC_PROJECT_NAMES):
        return False
    return (name != label or label.endswith(words.FUND_LINE_ENDINGS)) and _names_a_line(name)


def _is_fund_line(label: str) -> bool:
    """A named fund (``送温暖专项资金``)."""
    return label.endswith(words.FUND_LINE_ENDINGS) and _names_a_line(label)


def _names_a_line(label: str) -> bool:
    """Not an economic item, a source by level, a total or a 三公 part."""
    if label in words.ECONOMIC_NAMES or names_a_level(label) \
            or any(w in label for w in words.TOTAL_WORDS):
        return False
    return not any(re.search(pattern, label) for _parent, pattern in THREE_PUBLIC_PARTS.values())


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
    grams = {a[i:i + 2] for i in range(len(a) - 1)} - set(words.COMMON_LINE_WORDS)
    return any(g in b for g in grams)
