"""Projects that a project self-evaluation report describes in prose, without a project table.

A report on one project names it (``项目名称：X``, ``项目为一个：X``, a bracketed line under the title, or the
title itself: ``关于2021年度X资金绩效自评报告``), states its money (``财政资金总额16.20万元……拨付使用16.20万元，
预算执行率100%``), its score and grade (``自评得分100分，自评结果为“优秀”``) and its goal where a sentence or
heading is labelled as the year's goal. A report on several lists them one a line
(``1、X项目：预算35.3万元，2022年全年实际支付35.3万元，使用率100%``). Money split by the level of government it
comes from (``中央下达…资金9056万元``, ``其中上级资金179.25万元，本级59.75万元``) is income by source.
A project's single budget figure is its adjusted budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.recognize.facts import FundRow, Project, Spending
from pipelines.recognize.prose.narrative import scores_and_grades
from pipelines.recognize.prose.sentences import (
    Mention,
    Sentence,
    changed_to,
    execution_rate,
    labelled_value,
    mentions,
    names_a_level,
    parts_opener,
    phase_of,
    sections,
    year_before,
)
from pipelines.structure.numbers import clean_text, compact
from pipelines.vocabulary import prose as words

FUND_FIELDS = {"initial_budget": "initial_budget", "adjusted_budget": "adjusted_budget", "final": "executed"}
_LISTED = re.compile(words.LISTED_PROJECT)
_HEADING_NUMBER = re.compile(words.HEADING_NUMBER)


@dataclass
class ProjectReport:
    projects: list[Project] = field(default_factory=list)
    spending: list[Spending] = field(default_factory=list)


def read_project_report(statements: list[Sentence], title: list[str], fiscal_year: int | None,
                        unit_name: str | None = None, single: bool = True) -> ProjectReport:
    """The projects of a report. ``single`` is False for a department-wide report: only listed projects count."""
    out = ProjectReport()
    body = [s for s in statements if not _reports_indicators(s)]
    listed = [p for p in (_listed_project(s) for s in body) if p is not None]
    headed = _headed_projects(body)
    if not single:
        out.projects = listed or headed
        return out
    for s in body:
        _sources(s, mentions(s.text), fiscal_year, out)
    if listed or len(headed) > 1:
        out.projects = listed or headed
        return out
    name = _project_name(body, title, unit_name)
    if name is None:
        out.projects = headed
        return out
    project = Project(name)
    _figures(body, project)
    _fields(body, project)
    project.goal_expected = _goal_expected(statements)
    project.goal_actual = _goal_actual(statements)
    out.projects = [project]
    return out


def _figures(statements: list[Sentence], project: Project) -> None:
    """A project's money (the first figure of each phase, with the rate stated with it or after it in its
    paragraph), its score and its grade, from the sentences that tell of it."""
    total = FundRow()
    funds_block = None
    for s in statements:
        if _funds(s, total):
            funds_block = s.block
        elif s.block == funds_block:
            _rate(s, total)
        for who, what, value in scores_and_grades(s.text, "project"):
            if who == "project" and what == "score" and project.total_score is None:
                project.total_score = value  # type: ignore[assignment]
                project.provenance["total_score"] = s.provenance()
            elif who == "project" and what == "grade" and project.grade is None:
                project.grade = value  # type: ignore[assignment]
                project.provenance["grade"] = s.provenance()
    if not total.is_empty():
        project.funds["total"] = total


def _fields(statements: list[Sentence], project: Project) -> None:
    """Labelled lines of a project's particulars: ``项目主管部门：X``, ``实施单位：Y``."""
    for s in statements:
        for name, label in words.PROJECT_FIELD_LABELS.items():
            value = labelled_value(s.text, label)
            if value and getattr(project, name) is None:
                setattr(project, name, value)
                project.provenance[name] = s.provenance()


def _headed_projects(statements: list[Sentence]) -> list[Project]:
    """Projects told one under each heading that names it (``（一）X项目``, then ``该项目预算资金…``): a
    project only where the sentences under its heading state its money."""
    out: list[Project] = []
    for head, under in sections(statements):
        name = _heading_name(head)
        if not _names_a_project(name) or any(s.is_heading and _names_a_project(_heading_name(s)) for s in under):
            continue
        project = Project(name, provenance={"name": head.provenance()})
        _figures([s for s in under if not s.is_heading], project)
        if project.funds:
            _fields(under, project)
            project.goal_expected = _labelled_goal(under)
            project.goal_actual = _labelled_goal_actual(under)
            out.append(project)
    return out


def _heading_name(head: Sentence) -> str:
    """``（一）校舍维修改造项目实施情况`` → ``校舍维修改造项目``."""
    return re.sub(words.PROJECT_HEADING_TAIL, "", _HEADING_NUMBER.sub("", head.text).rstrip("。.:："))


def _names_a_project(name: str) -> bool:
    """A project's name (``校舍维修改造项目``), not a generic word or a source (``中央资金``)."""
    return 2 < len(name) <= 40 and name.endswith(words.PROJECT_NAME_ENDINGS) \
        and name not in words.GENERIC_PROJECT_NAMES and not names_a_level(name) \
        and not re.search(r"[,，;；。:：、]", name)


def _reports_indicators(s: Sentence) -> bool:
    """A sentence that reports an indicator's result (``① 数量指标：…``, or under ``（1）产出指标``): its money
    is an indicator's, not the project's."""
    return bool(re.match(words.INDICATOR_LABEL, s.text)) or any(w in s.heading for w in words.INDICATOR_HEADING_WORDS)



def _phase(s: Sentence, found: list[Mention], m: Mention) -> str | None:
    """A figure's phase; a bare total word (``…安排，共计239万元``) takes the clause before it."""
    context = m.lead if m.label else _clause_before(s.text, m.start)
    phase = phase_of(context, "adjusted_budget")
    if phase is None and m.parent is not None:
        return _phase(s, found, found[m.parent])
    return phase


def _clause_before(text: str, position: int) -> str:
    cuts = [c.start() for c in re.finditer(r"[,，;；。:：]", text[:position])]
    start = cuts[-2] + 1 if len(cuts) >= 2 else 0
    return text[start:position]


def _is_source(m: Mention) -> bool:
    return names_a_level(m.label)


def _sources(s: Sentence, found: list[Mention], fiscal_year: int | None, out: ProjectReport) -> None:
    """``中央下达…资金9056万元``, ``其中上级资金179.25万元，本级59.75万元``: income by source, as budgeted."""
    listed = [m for m in found if m.counts and _is_source(m)]
    phases = [_phase(s, found, m) or _opener_phase(s, m) for m in listed]
    for m, phase in zip(listed, phases, strict=True):
        phase = phase or _siblings_phase(m, listed, phases)
        if phase is None:
            continue
        out.spending.append(Spending("income", [m.label], phase, year_before(s.text, m.start, fiscal_year),
                                     m.value, s.provenance()))


def _opener_phase(s: Sentence, m: Mention) -> str | None:
    """A source listed under the budget its clause opens with (``调整后预算中，上级补助资金X元，县级配套资金Y元``)
    has that budget's phase; an opener that is no budget gives none."""
    if m.parent is not None:
        return None
    opener = parts_opener(s.text, m.start)
    phase = phase_of(opener, "adjusted_budget") if opener else None
    return phase if phase in words.BUDGET_PART_PHASES else None


def _siblings_phase(m: Mention, listed: list[Mention], phases: list[str | None]) -> str | None:
    """A source that prints no phase word (``市县配套资金…``) has the phase of the sources listed with it
    (``中央财政下达资金…；省级财政下达资金…``), where they agree."""
    found = {phase for other, phase in zip(listed, phases, strict=True)
             if phase is not None and other.parent == m.parent}
    return found.pop() if len(found) == 1 else None


def _funds(s: Sentence, row: FundRow) -> bool:
    """The project's budget, spending and rate: the first figure stated for each. True if it states money."""
    found = mentions(s.text)
    phases = [None if not m.counts or _is_source(m) else
              _phase(s, found, m) if m.parent is None else _budget_part_phase(s, found, m) for m in found]
    _changed_budget(s, found, phases)
    stated = False
    for m, phase in zip(found, phases, strict=True):
        if phase is None:
            continue
        name = FUND_FIELDS[phase]
        stated = True
        if getattr(row, name) is None:
            setattr(row, name, m.value)
            row.provenance[name] = s.provenance()
    if stated:
        _rate(s, row)
    return stated


def _changed_budget(s: Sentence, found: list[Mention], phases: list[str | None]) -> None:
    """``年初预算安排X万元，后根据在校学生人数调整为Y万元``, ``预算X万元，年中调增至Y万元``: a figure the budget
    stated before it was changed to is the adjusted budget, and a first allocation so changed, printed without
    a phase of its own, the initial budget."""
    for k, m in enumerate(found):
        if phases[k] is not None or not m.counts or m.parent is not None or not changed_to(m.lead):
            continue
        earlier = [j for j in range(k) if phases[j] in words.BUDGET_PART_PHASES and found[j].parent is None]
        if not earlier:
            continue
        phases[k] = "adjusted_budget"
        for j in earlier:
            if _printed_phase(s, found[j]) is None:
                phases[j] = "initial_budget"


def _printed_phase(s: Sentence, m: Mention) -> str | None:
    """The precise phase (年初 / 调整后) a figure's clause prints, if any; a bare 预算 prints none."""
    return phase_of(m.lead if m.label else _clause_before(s.text, m.start))


def _budget_part_phase(s: Sentence, found: list[Mention], m: Mention) -> str | None:
    """A part of a figure that names a budget of its own phase: ``全年预算数为X（其中年初预算Y，年中追加Z）`` —
    Y is the initial budget. Parts that print no phase of their own (其中：中央资金…) are no budget."""
    phase = phase_of(m.label)
    if phase not in words.BUDGET_PART_PHASES or m.parent is None:
        return None
    return phase if phase != _phase(s, found, found[m.parent]) else None


def _rate(s: Sentence, row: FundRow) -> None:
    """The execution rate of the money a sentence (or the one before it in its paragraph) states."""
    rate = execution_rate(s.text)
    if rate is not None and row.execution_rate is None:
        row.execution_rate = rate
        row.provenance["execution_rate"] = s.provenance()


def _listed_project(s: Sentence) -> Project | None:
    """``1、X项目：预算35.3万元，2022年全年实际支付35.3万元，使用率100%``."""
    match = _LISTED.match(s.text)
    if not match:
        return None
    row = FundRow()
    _funds(Sentence(s.text[match.end():], s.printed, s.block, s.page, s.heading), row)
    if row.is_empty():
        return None
    return Project(match.group(1), funds={"total": row},
                   provenance={"name": s.provenance()})


def _project_name(statements: list[Sentence], title: list[str], unit_name: str | None) -> str | None:
    """``项目名称：X`` / ``项目为一个：X``; else a bracketed line under the title; else the title's object
    (``关于2021年度X资金绩效自评报告``, ``某县某局2023年度X项目绩效自评报告``)."""
    for s in statements:
        for label in words.PROJECT_NAME_LABELS:
            match = re.search(rf"{label}([^,，;；。]{{2,40}})", s.text)
            if match:
                return re.split(rf"(?:{'|'.join(words.FIELD_LABELS)})[:：]", match.group(1))[0]
    if len(title) > 1:
        bracketed = re.fullmatch(r"[(（]([^()（）]{2,40})[)）]", title[1])
        if bracketed:
            return bracketed.group(1)
    if not title:
        return _subject_name(statements)
    return _title_name(title[0], unit_name) or _subject_name(statements)


def _title_name(title: str, unit_name: str | None) -> str | None:
    """The object a title reports on, without the unit, the year and the report words: ``关于2021年度X资金绩效
    自评报告``, ``某局2023年度X项目绩效自评报告``, ``X资金2019年度绩效自评报告``, ``关于X项目2023年度绩效自评
    情况的报告``. A title that names neither 关于, its unit nor a year names no project."""
    about = words.TITLE_ABOUT in title
    text = title.split(words.TITLE_ABOUT, 1)[-1]
    unit_first = bool(unit_name) and text.startswith(unit_name)  # type: ignore[arg-type]
    if unit_first:
        text = text[len(unit_name):]  # type: ignore[arg-type]
    year = re.search(words.TITLE_YEAR, text)
    if year is None and not (about or unit_first):
        return None
    parts = [text[year.end():], text[:year.start()]] if year else [text]
    for part in parts:
        name = re.sub(words.TITLE_SUFFIX, "", part)
        if name.endswith(words.PROJECT_NAME_ENDINGS) and name not in words.GENERIC_PROJECT_NAMES:
            return name
    return None


def _subject_name(statements: list[Sentence]) -> str | None:
    """A project named as the subject of the report's first sentence that tells what it is
    (``X项目是国家为…设立的专项资金``, ``X项目主要用于…``)."""
    for s in [s for s in statements if not s.is_heading][:words.SUBJECT_SENTENCES]:
        match = re.match(words.PROJECT_SUBJECT, s.text)
        if match and _names_a_project(match.group(1)) and not re.search(words.YEAR, match.group(1)):
            return match.group(1)
    return None


def _goal_expected(statements: list[Sentence]) -> str | None:
    """A sentence labelled as the year's goal (``年度总体目标：…``, ``项目绩效目标是…``), else the one paragraph
    under a heading so labelled (``1.项目立项目的和年度绩效目标``)."""
    goal = _labelled_goal(statements)
    if goal:
        return goal
    for heading in dict.fromkeys(s.heading for s in statements):
        if heading.endswith(words.GOAL_LABELS) and not any(w in heading for w in words.NOT_GOAL_WORDS):
            text = _only_paragraph(statements, heading)
            if text:
                return text
    return None


def _labelled_goal(statements: list[Sentence]) -> str | None:
    """The text of a sentence labelled as the year's goal: ``年度目标：…``, ``项目年度绩效目标为：…``; a numbered
    line counts when its label opens it (``（三）项目年度目标：…``)."""
    labels = "|".join(words.GOAL_LABELS)
    for s in statements:
        if s.is_heading:
            match = re.match(rf"{words.GOAL_LINE_LEAD}({labels}){words.GOAL_SEPARATOR}(.+)$", s.printed)
        else:
            match = re.search(rf"({labels}){words.GOAL_SEPARATOR}(.+)$", s.printed)
        if not match or any(w in s.printed[: match.start(1)][-6:] for w in words.NOT_GOAL_WORDS):
            continue
        goal = clean_text(match.group(2))
        if goal and len(goal) >= 4:
            return goal
    return None


def _labelled_goal_actual(statements: list[Sentence]) -> str | None:
    """The text of a sentence labelled as the goal's completion: ``年度绩效目标完成情况：…``."""
    labels = "|".join(words.GOAL_ACTUAL_LABELS)
    for s in statements:
        match = re.match(rf"{words.GOAL_ACTUAL_LEAD}({labels}){words.GOAL_ACTUAL_SEPARATOR}(.+)$", s.printed)
        if match and not s.is_heading:
            goal = clean_text(match.group(2))
            if goal and len(goal) >= 4:
                return goal
    return None


def _goal_actual(statements: list[Sentence]) -> str | None:
    """A sentence labelled as the goal's completion, else the one paragraph of a section that reports the
    performance achieved (``四、预算支出绩效情况``); a paragraph that reports indicators (``（一）产出指标：…``) is
    one part of the results, not the goal's completion."""
    goal = _labelled_goal_actual(statements)
    if goal:
        return goal
    for heading in dict.fromkeys(s.heading for s in statements):
        if heading.endswith(words.GOAL_ACTUAL_HEADINGS):
            text = _only_paragraph(statements, heading)
            if text and not re.match(words.INDICATOR_LABEL, compact(text)):
                return text
    return None


def _only_paragraph(statements: list[Sentence], heading: str) -> str | None:
    """The text under a heading when it is one paragraph, else None."""
    under = [s for s in statements if s.heading == heading and not s.is_heading]
    if not under or len({s.block for s in under}) != 1:
        return None
    return clean_text("".join(s.printed for s in under))

