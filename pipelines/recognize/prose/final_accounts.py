"""部门决算/预算说明: the standard statements of a final-accounts (or budget) explanation, and its chart data.

The national 部门决算 template words its statements the same way everywhere (``收、支总计各是…``,
``本年收入合计X万元，其中：…``, ``一般公共服务（类）群众团体事务（款）行政运行（项）：…支出决算为X万元``,
``“三公”经费财政拨款支出预算为X万元，支出决算为Y万元`` …); each rule below reads one kind of statement from
the figures ``sentences.mentions`` finds. A budget publication words them alike with 预算 in place of 决算,
and all its figures are initial budgets. Charts exported as text come as rows of labels followed by as many
numbers; a second row with the same labels holds their shares and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.recognize.facts import Spending
from pipelines.recognize.prose.sentences import (
    Mention,
    Sentence,
    amount,
    clause_before,
    clean_label,
    execution_rate,
    expenditure_type,
    items,
    mentions,
    names_a_part,
    phase_of,
    statement,
    year_before,
)
from pipelines.structure.cells import key_of
from pipelines.structure.numbers import parse_number
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary import prose as words
from pipelines.vocabulary.tables import EXPENDITURE_TYPES, THREE_PUBLIC_PARTS

Proposal = tuple[object, dict[str, object]]
_PAIR = re.compile(statement(words.PAIR_OF_TOTALS))
_FINAL_AND_RATE = re.compile(statement(words.FINAL_AND_RATE))
_ITEM = re.compile(words.FUNCTIONAL_LINE)
_PHASE_ONLY = re.compile(words.PHASE_ONLY_LABEL)
_ECONOMIC = re.compile(statement(words.ECONOMIC_STATEMENT))
_CLASS_FIGURE = re.compile(statement(words.CLASS_FIGURE))


@dataclass
class FinalAccounts:
    spending: list[Spending] = field(default_factory=list)
    execution_rates: list[tuple[float, float, dict[str, object]]] = field(default_factory=list)
    unit_slips: list[dict[str, object]] = field(default_factory=list)
    department: dict[str, Proposal] = field(default_factory=dict)  # funds fields: initial_budget, execution_rate
    _part_names: dict[str, str] = field(default_factory=dict)
    _class_names: list[str] = field(default_factory=list)
    _item: tuple[int, list[str]] | None = None  # the 类/款/项 line the figures of a passage belong to

    def add(self, classification: str, path: list[str], phase: str, year: int | None, value: float,
            sentence: Sentence) -> None:
        self.spending.append(Spending(classification, path, phase, year, value, sentence.provenance()))

    def propose(self, name: str, value: object, sentence: Sentence) -> None:
        self.department.setdefault(name, (value, sentence.provenance()))


@dataclass(frozen=True)
class Phases:
    """The phase of a figure that prints none (``default``) and of a bare 预算 (``budget``)."""

    default: str = "final"
    budget: str = "initial_budget"

    def of(self, text: str) -> str:
        return phase_of(text, self.budget) or self.default


def read_final_accounts(statements: list[Sentence], fiscal_year: int | None, kind: str | None = None) -> FinalAccounts:
    out = FinalAccounts()
    phases = Phases(default="initial_budget" if kind == "budget" else "final")
    for s in statements:
        found = mentions(s.text)
        _totals(s, found, fiscal_year, phases, kind, out)
        _income_list(s, found, fiscal_year, phases, out)
        _functional(s, found, fiscal_year, phases, out)
        _expenditure_types(s, found, fiscal_year, phases, kind, out)
        _economic(s, fiscal_year, phases, out)
        _three_public(s, found, fiscal_year, phases, out)
        _appropriation_budget(s, out)
        for match in _FINAL_AND_RATE.finditer(s.text):
            out.execution_rates.append((amount(match.group(1), match.group(2)), float(match.group(3)),
                                        s.provenance()))
    return out



def _pair_of_totals(s: Sentence, fiscal_year: int | None, phases: Phases, kind: str | None,
                    out: FinalAccounts) -> bool:
    """``收、支总计各是A，B万元`` (a comma between two figures is no thousands separator), ``均为A``,
    ``收入支出总计A``, ``收支预算总计A``, ``收支总预算A`` (with a phase word of its own): the grand totals of income
    and spending.
    The 财政拨款 part restated so is no figure; a budget publication's pair is the department's budget."""
    pair = _PAIR.search(s.text)
    if not pair or re.search(words.APPROPRIATION_TOTAL, s.text):
        return False
    unit = pair.group(4)
    income = amount(pair.group(1), pair.group(2) or unit)
    spent = amount(pair.group(3), unit) if pair.group(3) else income
    year = year_before(s.text, pair.start(), fiscal_year)
    printed = re.search(words.PAIR_PHASE, s.text[pair.start():pair.start(1)])
    phase = phases.of(printed.group() if printed else s.text[:pair.start()])
    out.add("income", [words.INCOME_GRAND_TOTAL], phase, year, income, s)
    out.add("expenditure_type", [words.EXPENDITURE_GRAND_TOTAL], phase, year, spent, s)
    if kind == "budget":
        out.propose("initial_budget", income, s)
    return True


def _totals(s: Sentence, found: list[Mention], fiscal_year: int | None, phases: Phases, kind: str | None,
            out: FinalAccounts) -> None:
    """``收入总计X``, ``本年收入合计X，其中：A收入Y…``, ``本年支出合计X，其中：基本支出Y…``, as printed, with parts.

    A budget total printed without a total word (``收入预算X``) is 收入合计 / 支出合计. A sentence that
    restates the 财政拨款 part as 收入总计/支出总计 states no grand total.
    """
    if kind == "project" or _pair_of_totals(s, fiscal_year, phases, kind, out):
        return
    restated = re.search(words.APPROPRIATION_TOTAL, s.text)
    for i, m in enumerate(found):
        total = _total(m.label) if m.counts else None
        if total is None or restated and total[1] in (words.INCOME_GRAND_TOTAL, words.EXPENDITURE_GRAND_TOTAL):
            continue
        classification, path = total
        phase = phases.of(m.label[: -len(path)] if m.label.endswith(path) else m.label)
        year = year_before(s.text, m.start, fiscal_year)
        out.add(classification, [path], phase, year, _unit_slip(s, m, out), s)
        if kind == "budget" and m.parent is None:
            out.propose("initial_budget", m.value, s)
        rate = execution_rate(s.text[m.end:])
        if classification == "expenditure_type" and rate is not None:
            out.execution_rates.append((m.value, rate, s.provenance()))
        _parts(s, found, i, classification, phase, year, out)


def _parts(s: Sentence, found: list[Mention], total: int, classification: str, phase: str, year: int | None,
           out: FinalAccounts) -> None:
    """The parts a total lists: income by source (with a source's bracketed parts nested under it:
    ``财政拨款收入X（其中，一般公共预算Y…）``), spending by type."""
    for j, part in enumerate(found):
        if part.parent != total or not part.counts or part.bracketed:
            continue
        if classification == "income" and part.label.endswith(words.INCOME_ENDINGS):
            out.add("income", [part.label], phase, year, part.value, s)
            for sub in found:
                if sub.parent == j and sub.bracketed and sub.counts and sub.label:
                    out.add("income", [part.label, sub.label], phase, year, sub.value, s)
        elif classification == "expenditure_type" and part.label in EXPENDITURE_TYPES:
            out.add("expenditure_type", [part.label], phase, year, part.value, s)


def _income_list(s: Sentence, found: list[Mention], fiscal_year: int | None, phases: Phases,
                 out: FinalAccounts) -> None:
    """``2024年收入预算中：一般公共预算拨款X，占…；政府性基金预算拨款Y；单位资金0万元``: income by source, listed
    under the income of the year without its total; the list's phase is the opener's (收入预算中 / 收入决算中)."""
    opener = re.search(words.INCOME_LIST_OPENER, s.text)
    if not opener or s.text[:opener.start()].endswith(words.SOURCE_HEADS):
        return
    phase = phases.of(s.text[:opener.end()])
    for m in found:
        if m.start < opener.end() or m.parent is not None or m.bracketed or not m.counts:
            continue
        if m.label.endswith(words.INCOME_SOURCE_ENDINGS):
            out.add("income", [m.label], phase_of(m.label) or phase, year_before(s.text, m.start, fiscal_year),
                    m.value, s)


def _expenditure_types(s: Sentence, found: list[Mention], fiscal_year: int | None, phases: Phases,
                       kind: str | None, out: FinalAccounts) -> None:
    """``2023年基本支出120万元``, ``基本支出预算520万元``: an expenditure type stated on its own, with the phase
    its label prints (its parts of a total are read with it)."""
    if kind == "project":
        return
    for m in found:
        typed = expenditure_type(m.label) if m.parent is None and m.counts else None
        if typed is not None:
            year = year_before(s.text, m.start, fiscal_year)
            out.add("expenditure_type", [typed[0]], phases.of(m.lead), year, m.value, s)


def _total(label: str) -> tuple[str, str] | None:
    """The total a label names: (classification, path). ``收入预算总额`` / ``支出决算总额`` are the grand totals."""
    for classification, totals in (("income", (*words.INCOME_TOTALS, words.INCOME_GRAND_TOTAL)),
                                   ("expenditure_type", (*words.EXPENDITURE_TOTALS, words.EXPENDITURE_GRAND_TOTAL))):
        for total in sorted(totals, key=len, reverse=True):
            if label.endswith(total):
                return classification, total
    grand_totals = {"income": words.INCOME_GRAND_TOTAL, "expenditure_type": words.EXPENDITURE_GRAND_TOTAL}
    for classification, pattern in words.GRAND_TOTAL_LABELS.items():
        if re.search(pattern, label):
            return classification, grand_totals[classification]
    for classification, totals in (("income", words.INCOME_BUDGET_TOTALS),
                                   ("expenditure_type", words.EXPENDITURE_BUDGET_TOTALS)):
        if label in totals:
            return classification, words.BUDGET_TOTAL_PATHS[classification]
    return None


def _unit_slip(s: Sentence, m: Mention, out: FinalAccounts) -> float:
    """``支出预算总额174.57元`` beside ``收入预算总额174.57万元``: an obvious slip, read in 万元 and warned."""
    meant = words.MEANT_UNIT
    if m.unit != words.SLIPPED_UNIT or not re.search(rf"(?<![\d.]){re.escape(m.number)}{meant}", s.text):
        return m.value
    out.unit_slips.append({
        "rule": "unit_slip",
        "message": f"{m.label}{m.number}{m.unit}: read as {meant}, the unit the same figure has beside it",
        "provenance": s.provenance(),
    })
    return amount(m.number, meant)


def _functional(s: Sentence, found: list[Mention], fiscal_year: int | None, phases: Phases,
                out: FinalAccounts) -> None:
    """The 类 a budget was mainly spent on, and each 类/款/项 line with its 年初预算 and 支出决算."""
    structure = re.search(words.FUNCTIONAL_STRUCTURE, s.text)
    if structure:
        for name, value in items(re.sub(words.CLASS_MARK, "", structure.group(1))):
            out._class_names.append(name)
            out.add("functional", [name], phases.default, s.year(fiscal_year), value, s)
    else:
        _classes(s, fiscal_year, phases, out)
    lines = list(_ITEM.finditer(s.text))
    if not lines and out._item is not None and out._item[0] == s.block:
        _item_figures(s, found, out._item[1], (0, len(s.text)), fiscal_year, phases, out)
    for k, line in enumerate(lines):
        category = _class_name(re.sub(r"^[\d.、．]+", "", line.group(1)), out._class_names)
        out._item = (s.block, [category, line.group(2), line.group(3)])
        end = lines[k + 1].start() if k + 1 < len(lines) else len(s.text)
        _item_figures(s, found, out._item[1], (line.end(), end), fiscal_year, phases, out)


def _item_figures(s: Sentence, found: list[Mention], path: list[str], span: tuple[int, int],
                  fiscal_year: int | None, phases: Phases, out: FinalAccounts) -> None:
    """The figures of one 类/款/项 line, up to the next line: labelled by a phase alone (``年初预算为…``,
    ``支出决算为…``) or bare (``…行政运行（项）312.68万元；``)."""
    start, end = span
    for m in found:
        if not start <= m.start < end or not m.counts:
            continue
        label = clean_label(s.text[max(start, m.start - len(m.lead)):m.start].lstrip(":："))
        if _PHASE_ONLY.fullmatch(label):
            year = year_before(s.text, m.start, fiscal_year)
            out.add("functional", list(path), phases.of(label), year, m.value, s)


def _classes(s: Sentence, fiscal_year: int | None, phases: Phases, out: FinalAccounts) -> None:
    """``一般公共服务支出（类）1612.48万元，占83.92%；…``: 类 listed each with its figure, without a lead-in."""
    for match in _CLASS_FIGURE.finditer(s.text):
        name = _class_name(clean_label(match.group(1)), out._class_names)
        if not name:
            continue
        out._class_names.append(name)
        phase = phases.of(s.text[match.end(1):match.start(2)])
        out.add("functional", [name], phase, year_before(s.text, match.start(), fiscal_year),
                amount(match.group(2), match.group(3)), s)


def _class_name(short: str, known: list[str]) -> str:
    """``一般公共服务`` → ``一般公共服务支出``, as the structure statement names the 类."""
    for name in known:
        if name.startswith(short):
            return name
    return short if short.endswith(words.CLASS_SUFFIX) else short + words.CLASS_SUFFIX


def _economic(s: Sentence, fiscal_year: int | None, phases: Phases, out: FinalAccounts) -> None:
    for match in _ECONOMIC.finditer(s.text):
        year = year_before(s.text, match.start(), fiscal_year)
        value = amount(match.group(3), match.group(4))
        out.add("economic", [match.group(1)], phases.of(match.group(2)), year, value, s)


def _three_public(s: Sentence, found: list[Mention], fiscal_year: int | None, phases: Phases,
                  out: FinalAccounts) -> None:
    """三公经费 and its parts, budget and final: ``“三公”经费支出预算为3万元，支出决算为1.71万元``.

    A clause that names no part (``支出决算为…``) speaks of the part the clause before it named; a part
    listed under a figure without a phase word of its own has that figure's phase.
    """
    previous: tuple[str, str, int] | None = None
    phase_at: dict[int, str] = {}
    for i, m in enumerate(found):
        subject = _three_public_subject(m.lead)
        if subject is None and previous is not None and _PHASE_ONLY.fullmatch(m.label):
            subject = (previous[0], previous[1], 0)
        previous = subject
        if subject is None or not m.counts:
            continue
        key, name, end = subject
        path = [words.THREE_PUBLIC_ROOT]
        if key != "total":
            out._part_names.setdefault(key, name)
            parent = THREE_PUBLIC_PARTS[key][0]
            if parent is not None:
                path.append(out._part_names.get(parent, words.THREE_PUBLIC_PARENT_NAMES[parent]))
            path.append(out._part_names[key])
        phase = phase_of(m.lead[end:], phases.budget) or phase_at.get(m.parent if m.parent is not None else -1) \
            or phases.default
        phase_at[i] = phase
        out.add("three_public", path, phase, year_before(s.text, m.start, fiscal_year), m.value, s)


def _three_public_subject(lead: str) -> tuple[str, str, int] | None:
    """The 三公 part a clause names last (the longest name where two end together): key, name, end."""
    candidates = [(m.end(), len(m.group()), "total", m.group()) for m in re.finditer(words.THREE_PUBLIC_TOTAL, lead)]
    for key, (_parent, pattern) in THREE_PUBLIC_PARTS.items():
        candidates += [(m.end(), len(m.group()), key, m.group()) for m in re.finditer(pattern, lead)]
    if not candidates:
        return None
    end, _length, key, name = max(candidates)
    return key, name, end


def _appropriation_budget(s: Sentence, out: FinalAccounts) -> None:
    """``财政拨款支出年初预算数472.9万元，完成年初预算的27.22%``: the department's initial budget and rate.

    Not where its clause names a part: ``“三公”经费财政拨款支出年初预算…，完成预算的71.20%`` is the 三公's."""
    match = re.search(statement(words.APPROPRIATION_BUDGET), s.text)
    if not match or names_a_part(clause_before(s.text, match.start())):
        return
    out.propose("initial_budget", amount(match.group(1), match.group(2)), s)
    rate = re.search(statement(words.APPROPRIATION_RATE), s.text[match.end():])
    if rate:
        out.propose("execution_rate", float(rate.group(1)), s)


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
