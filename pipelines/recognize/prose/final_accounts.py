"""部门决算说明: the standard statements of a final-accounts explanation, and its chart data.

The national 部门决算 template words its statements the same way everywhere
(``本年收入合计X万元，其中：…``, ``一般公共服务（类）群众团体事务（款）行政运行（项）：
2024年支出决算为X万元``, ``“三公”经费财政拨款支出决算为X万元`` …); each rule below
reads one of them. Charts exported as text come as rows of labels followed by as
many numbers; a second row with the same labels holds their shares and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.recognize.facts import Spending
from pipelines.structure.cells import key_of
from pipelines.structure.table import StructuredTable
from pipelines.structure.numbers import parse_number
from pipelines.recognize.prose.sentences import AMT, Sentence, amount, items
from pipelines.vocabulary.tables import EXPENDITURE_TYPES, THREE_PUBLIC_PARTS

DEFAULT_PART_NAMES = {"vehicle": "公务用车购置及运行维护费", "reception": "公务接待费"}


@dataclass
class FinalAccounts:
    spending: list[Spending] = field(default_factory=list)
    execution_rates: list[tuple[float, float, dict[str, object]]] = field(default_factory=list)
    unit_slips: list[dict[str, object]] = field(default_factory=list)
    _part_names: dict[str, str] = field(default_factory=dict)
    _class_names: list[str] = field(default_factory=list)

    def add(self, classification: str, path: list[str], phase: str, year: int | None, value: float,
            sentence: Sentence) -> None:
        self.spending.append(Spending(classification, path, phase, year, value, sentence.provenance()))


def read_final_accounts(statements: list[Sentence], fiscal_year: int | None) -> FinalAccounts:
    out = FinalAccounts()
    for s in statements:
        year = s.year(fiscal_year)
        _totals(s, year, out)
        _income_and_expenditure(s, year, out)
        _functional(s, year, out)
        _economic(s, year, out)
        _three_public(s, year, out)
        _budget_totals(s, year, out)
        for match in re.finditer(rf"支出决算数?为{AMT}[，,]?完成预算(\d+(?:\.\d+)?)%", s.text):
            out.execution_rates.append((amount(match.group(1), match.group(2)), float(match.group(3)),
                                        s.provenance()))
    return out


def _totals(s: Sentence, year: int | None, out: FinalAccounts) -> None:
    match = re.search(rf"(?<!拨款)收入、支出总计(?:各|均)?为?{AMT}", s.text)
    if match:
        value = amount(match.group(1), match.group(2))
        out.add("income", ["收入总计"], "final", year, value, s)
        out.add("expenditure_type", ["支出总计"], "final", year, value, s)


def _income_and_expenditure(s: Sentence, year: int | None, out: FinalAccounts) -> None:
    for total, kind, suffix in (("本年收入合计", "income", "收入"), ("本年支出合计", "expenditure_type", "支出")):
        match = re.search(rf"{total}{AMT}", s.text)
        if not match:
            continue
        out.add(kind, [total], "final", year, amount(match.group(1), match.group(2)), s)
        rest = s.text[match.end():]
        if not re.match(r"[，,]?其中", rest):
            continue
        for name, value in items(rest, rf"[^，,；;：:。、（）()]+?{suffix}"):
            out.add(kind, [name], "final", year, value, s)


def _functional(s: Sentence, year: int | None, out: FinalAccounts) -> None:
    match = re.search(r"主要用于以下方面[：:](.+)", s.text)
    if match:
        for name, value in items(match.group(1)):
            out._class_names.append(name)
            out.add("functional", [name], "final", year, value, s)
    line = re.search(
        rf"(?:\d+[.、．])?(.+?)[（(]类[)）](.+?)[（(]款[)）](.+?)[（(]项[)）][：:]?(?:(\d{{4}})年度?)?支出决算数?为{AMT}",
        s.text,
    )
    if line:
        category = _class_name(line.group(1), out._class_names)
        value = amount(line.group(5), line.group(6))
        line_year = int(line.group(4)) if line.group(4) else year
        out.add("functional", [category, line.group(2), line.group(3)], "final", line_year, value, s)


def _class_name(short: str, known: list[str]) -> str:
    """``一般公共服务`` → ``一般公共服务支出``, as the structure statement names the 类."""
    for name in known:
        if name.startswith(short):
            return name
    return short if short.endswith("支出") else short + "支出"


def _economic(s: Sentence, year: int | None, out: FinalAccounts) -> None:
    for match in re.finditer(rf"(人员经费|公用经费|机关运行经费)(?:支出)?{AMT}", s.text):
        out.add("economic", [match.group(1)], "final", year, amount(match.group(2), match.group(3)), s)


def _three_public(s: Sentence, year: int | None, out: FinalAccounts) -> None:
    total = re.search(rf"[“\"]?三公[”\"]?经费(?:财政拨款)?(?:支出)?(?:决算)?数?(?:为|合计)?{AMT}", s.text)
    if total:
        out.add("three_public", ["三公经费"], "final", year, amount(total.group(1), total.group(2)), s)
    for key, (parent, pattern) in THREE_PUBLIC_PARTS.items():
        for match in re.finditer(rf"(?<!国内)(?<!外事)({pattern})(?:支出)?(?:决算)?数?为?{AMT}", s.text):
            name = match.group(1)
            out._part_names.setdefault(key, name)
            path = ["三公经费"]
            if parent is not None:
                path.append(out._part_names.get(parent, DEFAULT_PART_NAMES[parent]))
            path.append(out._part_names[key])
            out.add("three_public", path, "final", year, amount(match.group(2), match.group(3)), s)


def _budget_totals(s: Sentence, year: int | None, out: FinalAccounts) -> None:
    for match in re.finditer(rf"(收入|支出)(预算|决算)总额{AMT}", s.text):
        value = amount(match.group(3), match.group(4))
        if match.group(4) == "元" and re.search(rf"{re.escape(match.group(3))}万元", s.text):
            value = amount(match.group(3), "万元")
            out.unit_slips.append({
                "rule": "unit_slip",
                "message": f"{match.group(0)}: read as 万元, the unit the same figure has elsewhere in the sentence",
                "provenance": s.provenance(),
            })
        kind, path = ("income", "收入总计") if match.group(1) == "收入" else ("expenditure_type", "支出总计")
        phase = "initial_budget" if match.group(2) == "预算" else "final"
        out.add(kind, [path], phase, year, value, s)


def read_chart_rows(table: StructuredTable, fiscal_year: int | None) -> list[Spending]:
    """Rows of a chart exported as text: N labels, then N numbers."""
    out: list[Spending] = []
    previous_labels: list[str] | None = None
    for row in table.rows:
        cells = [c.text for c in row.own]
        numbers = [parse_number(c) for c in cells]
        split = next((i for i, n in enumerate(numbers) if n is not None), len(cells))
        labels, values = cells[:split], numbers[split:]
        if len(labels) < 2 or len(labels) != len(values) or any(v is None for v in values):
            previous_labels = labels or previous_labels
            continue
        if labels == previous_labels:
            continue
        previous_labels = labels
        if all(0 <= v <= 1 for v in values) and abs(sum(values) - 1) < 0.02:  # type: ignore[arg-type, operator]
            continue
        for text, value in zip(labels, values, strict=True):
            for classification, path, year in _chart_label(key_of(text), fiscal_year):
                out.append(Spending(classification, path, "final", year, value, table.provenance(row)))  # type: ignore[arg-type]
    return out


def _chart_label(text: str, fiscal_year: int | None) -> list[tuple[str, list[str], int | None]]:
    match = re.match(r"^(\d{4})年度?(.*)$", text)
    year, name = (int(match.group(1)), match.group(2)) if match else (fiscal_year, text)
    if name in ("收、支总计", "收支总计"):
        return [("income", ["收入总计"], year), ("expenditure_type", ["支出总计"], year)]
    if name == "支出合计" and year == fiscal_year:
        return [("expenditure_type", ["本年支出合计"], year)]
    if name == "收入合计" and year == fiscal_year:
        return [("income", ["本年收入合计"], year)]
    if name in EXPENDITURE_TYPES:
        return [("expenditure_type", [name], year)]
    for _key, (parent, pattern) in THREE_PUBLIC_PARTS.items():
        if parent is None and re.fullmatch(pattern, name):
            return [("three_public", ["三公经费", name], year)]
    if name.endswith("收入"):
        return [("income", [name], year)]
    if name.endswith("支出"):
        return [("functional", [name], year)]
    return []
