"""Arithmetic a document states and breaks: reported as warnings, never corrected.

Each check names its rule; the warning carries the figures and where they were printed.
"""

from __future__ import annotations

from typing import Any

from pipelines.recognize.facts import Facts, FundRow, Project

TOLERANCE = 0.011  # money is printed to 0.01
RATE_TOLERANCE = 0.5  # percentage points


def check(facts: Facts) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for project in facts.projects:
        out += _project(project)
    if facts.department is not None:
        d = facts.department
        if None not in (d.basic_expenditure, d.personnel_expenditure, d.public_expenditure):
            parts = d.personnel_expenditure + d.public_expenditure  # type: ignore[operator]
            if abs(parts - d.basic_expenditure) > TOLERANCE:  # type: ignore[operator]
                out.append(_warning("basic_is_personnel_plus_public",
                                    f"基本支出 {d.basic_expenditure} ≠ 人员经费 + 公用经费 = {parts:g}",
                                    d.provenance.get("basic_expenditure")))
        if d.funds is not None:
            out += _rate("department", d.funds)
    out += _three_public(facts)
    return out


def _project(project: Project) -> list[dict[str, Any]]:
    name = project.name or "?"
    out: list[dict[str, Any]] = []
    for key, row in project.funds.items():
        out += _rate(f"{name} {key}", row)
    total = project.funds.get("total")
    parts = [project.funds[k].executed for k in ("current_appropriation", "carryover", "other") if k in project.funds]
    if (total and total.executed is not None and parts and None not in parts
            and abs(sum(parts) - total.executed) > TOLERANCE):  # type: ignore[arg-type]
        out.append(_warning("fund_total_is_sum_of_sources",
                            f"{name}: 年度资金总额 执行数 {total.executed} ≠ sum of sources {sum(parts):g}",  # type: ignore[arg-type]
                            total.provenance))
    weights = [i.weight for i in project.indicators if i.weight is not None]
    scores = [i.score for i in project.indicators if i.score is not None]
    funds_weight = total.weight if total and total.weight is not None else 0
    funds_score = total.score if total and total.score is not None else 0
    if project.total_weight is not None and weights and not _any_close(
            project.total_weight, sum(weights), sum(weights) + funds_weight):
        out.append(_warning("weights_sum_to_total", f"{name}: 总分 分值 {project.total_weight} ≠ sum of weights "
                            f"{sum(weights):g} (+ funds {funds_weight:g})", project.provenance))
    if project.total_score is not None and scores and not _any_close(
            project.total_score, sum(scores), sum(scores) + funds_score):
        out.append(_warning("scores_sum_to_total", f"{name}: 总分 得分 {project.total_score} ≠ sum of scores "
                            f"{sum(scores):g} (+ funds {funds_score:g})", project.provenance))
    for indicator in project.indicators:
        if indicator.weight is not None and indicator.score is not None and indicator.score > indicator.weight:
            out.append(_warning("score_within_weight", f"{name} / {indicator.name}: 得分 {indicator.score} > "
                                f"分值 {indicator.weight}", indicator.provenance))
    return out


def _rate(where: str, row: FundRow) -> list[dict[str, Any]]:
    base = row.adjusted_budget if row.adjusted_budget else row.initial_budget
    if row.execution_rate is None or row.executed is None or not base:
        return []
    derived = row.executed / base * 100
    if abs(derived - row.execution_rate) <= RATE_TOLERANCE:
        return []
    return [_warning("execution_rate_matches", f"{where}: 执行率 printed {row.execution_rate}% but "
                     f"执行数/预算数 = {derived:.2f}%", row.provenance)]


def _three_public(facts: Facts) -> list[dict[str, Any]]:
    out = []
    totals = [s for s in facts.spending if s.classification == "three_public" and s.path == ["三公经费"]]
    for total in totals:
        items = [s for s in facts.spending if s.classification == "three_public" and len(s.path) >= 2
                 and s.path[0] == "三公经费" and s.phase == total.phase and s.year == total.year]
        printed = {s.path[1]: s.amount for s in items if len(s.path) == 2}
        for s in items:  # a part printed only through its sub-parts (公务用车购置费 + 运行维护费)
            if len(s.path) == 3 and s.path[1] not in printed:
                printed[s.path[1]] = 0.0
        for name in [n for n in printed if not any(len(s.path) == 2 and s.path[1] == n for s in items)]:
            printed[name] = sum(s.amount for s in items if len(s.path) == 3 and s.path[1] == name)
        parts = list(printed.values())
        if parts and abs(sum(parts) - total.amount) > TOLERANCE:
            out.append(_warning("three_public_is_sum_of_parts", f"三公经费 {total.year} {total.phase}: "
                                f"{total.amount} ≠ sum of parts {sum(parts):g}", total.provenance))
    return out


def _any_close(value: float, *candidates: float) -> bool:
    return any(abs(value - c) <= TOLERANCE for c in candidates)


def _warning(rule: str, message: str, provenance: Any) -> dict[str, Any]:
    return {"rule": rule, "message": message, "provenance": provenance}
