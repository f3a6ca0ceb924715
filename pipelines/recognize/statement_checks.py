"""What a 部门决算/预算 states about itself, checked against itself: named rules, reported, never fixed.

- ``statement_year_differs``: a heading names another year than the one reported on (第三部分 …2023年度部门
  决算情况说明 in a 2024 决算), or a 决算 states its assets 截至 another year's 12月31日.
- ``statement_unit_placeholder``: the unit named by a placeholder (上海市普陀区XX局).
- ``statement_comparison_contradicted``: 决算数大于/小于/等于预算数 said of figures that say otherwise, or a
  完成预算的 % that its own figures do not give (not when the budget is 0).
- ``statement_table_missing``: a standard table the contents (目录) list that the document never prints.

Each finding: ``rule``, a Chinese ``message`` with both figures, and the provenance of both places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pipelines.recognize.prose.sentences import Sentence
from pipelines.vocabulary.prose import (
    COMPARISON_SIGN,
    CONTENTS_HEADING,
    CONTENTS_TABLE,
    HEADING_MAX_CHARS,
    PUBLICATION_YEAR,
    STATED_BUDGET,
    STATED_COMPARISON,
    STATED_COMPLETION,
    STATED_FINAL,
    TITLE_PREFIX,
    UNIT_PLACEHOLDER,
    YEAR_END,
)

Finding = dict[str, Any]
TOLERANCE = 0.01  # 万元, and percentage points of a stated rate
LOOK_BACK = 2  # sentences before a comparison where its figures may stand


def check_statements(statements: Sequence[Sentence], fiscal_year: int | None, unit_name: str | None,
                     final_accounts: bool) -> list[Finding]:
    return [*_years(statements, fiscal_year, final_accounts), *_placeholders(statements, unit_name),
            *_comparisons(statements), *_missing_tables(statements)]


def _finding(rule: str, message: str, *places: Sentence) -> Finding:
    return {"rule": rule, "message": message, "provenance": [p.provenance() for p in places]}


def _years(statements: Sequence[Sentence], fiscal_year: int | None, final_accounts: bool) -> list[Finding]:
    if fiscal_year is None:
        return []
    stating = next((s for s in statements if _title_years(s) == {fiscal_year}), None)
    out = []
    for s in statements:
        for year in _title_years(s) - {fiscal_year}:
            out.append(_finding("statement_year_differs",
                                f"标题所写年度（{year}年度）与报告年度（{fiscal_year}年度）不一致："
                                f"「{s.printed.strip()}」", s, *([stating] if stating else [])))
        if final_accounts:
            for year in {int(y) for y in re.findall(YEAR_END, s.text)} - {fiscal_year}:
                out.append(_finding("statement_year_differs",
                                    f"决算说明所写日期（截至{year}年12月31日）不是报告年度（{fiscal_year}年）末", s,
                                    *([stating] if stating else [])))
    return out


def _title_years(s: Sentence) -> set[int]:
    """The year a title line names (…2024年度部门决算情况说明), none for prose that mentions a year."""
    if len(s.text) > HEADING_MAX_CHARS:
        return set()
    return {int(y) for y in re.findall(PUBLICATION_YEAR, s.text.rstrip("。.:："))}


def _placeholders(statements: Sequence[Sentence], unit_name: str | None) -> list[Finding]:
    named = next((s for s in statements if unit_name and unit_name in s.text), None)
    out, seen = [], set()
    for s in statements:
        for match in re.finditer(UNIT_PLACEHOLDER, s.text):
            if match.group(0) in seen:
                continue  # once per placeholder: a template repeats it on every page
            seen.add(match.group(0))
            out.append(_finding("statement_unit_placeholder",
                                f"单位名称写作占位符「{match.group(0)}」，报告单位为「{unit_name or '未识别'}」", s,
                                *([named] if named else [])))
    return out


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _comparisons(statements: Sequence[Sentence]) -> list[Finding]:
    """Each stated comparison or 完成 % against the budget and final figures stated before it: earlier in its
    sentence, else in the closest sentence before (its figures after it belong to the next item)."""
    out = []
    for i, s in enumerate(statements):
        claims = [*re.finditer(STATED_COMPARISON, s.text), *re.finditer(STATED_COMPLETION, s.text)]
        for claim in claims:
            figures = _figures(s.text[:claim.start()])
            place = s
            for before in reversed(statements[max(0, i - LOOK_BACK):i]):
                if figures is not None:
                    break
                figures, place = _figures(before.text), before
            if figures is not None:
                out += _compare(claim, s, place, *figures)
    return out


def _figures(text: str) -> tuple[float, float] | None:
    """The last 预算为A万元 and 决算为B万元 of ``text``."""
    budgets, finals = re.findall(STATED_BUDGET, text), re.findall(STATED_FINAL, text)
    return (_number(budgets[-1]), _number(finals[-1])) if budgets and finals else None


def _compare(claim: re.Match, s: Sentence, place: Sentence, budget: float, final: float) -> list[Finding]:
    if claim.re.pattern == STATED_COMPARISON:
        sign = COMPARISON_SIGN[claim.group(1)]
        actual = 0 if abs(final - budget) <= TOLERANCE else (1 if final > budget else -1)
        if sign != actual:
            return [_finding("statement_comparison_contradicted",
                             f"文中称「决算数{claim.group(1)}预算数」，但所列预算数为{budget:g}万元、"
                             f"决算数为{final:g}万元", s, place)]
        return []
    if budget == 0:  # 完成预算的0% of a budget of 0 says nothing
        return []
    derived = final / budget * 100
    if abs(derived - float(claim.group(1))) > TOLERANCE + 0.005:
        return [_finding("statement_comparison_contradicted",
                         f"文中称完成预算的{claim.group(1)}%，但决算数{final:g}万元÷预算数{budget:g}万元"
                         f"={derived:.2f}%", s, place)]
    return []


def _missing_tables(statements: Sequence[Sentence]) -> list[Finding]:
    """Tables the contents page lists, each looked for as a title line after the contents."""
    start = next((i for i, s in enumerate(statements) if s.text == CONTENTS_HEADING), None)
    if start is None:
        return []
    contents_page = statements[start].page
    listed: list[tuple[str, Sentence]] = []
    for s in statements[start + 1:]:
        if s.page != contents_page:
            break
        match = re.match(CONTENTS_TABLE, s.text)
        if match:
            listed.append((re.sub(TITLE_PREFIX, "", match.group(1)), s))
    after = [s for s in statements if s.page is not None and contents_page is not None and s.page > contents_page]
    titles: dict[str, Sentence] = {}
    for s in after:
        titles.setdefault(re.sub(TITLE_PREFIX, "", re.sub(CONTENTS_TABLE, r"\1", s.text)), s)
    if not any(name in titles for name, _ in listed):
        return []  # the tables are published apart (附件): none of them is expected here
    out = []
    for i, (name, entry) in enumerate(listed):
        if name in titles:
            continue
        # where it should have stood: before the next listed table the document prints
        following = next((titles[n] for n, _ in listed[i + 1:] if n in titles), None)
        where = f"，应在「{following.text}」之前（第{following.page}页）" if following else ""
        out.append(_finding("statement_table_missing",
                            f"目录列有「{name}」，但文件中没有这张表（也没有“本表无数据”的说明）{where}",
                            entry, *([following] if following else [])))
    return out
