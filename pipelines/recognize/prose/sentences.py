"""Sentences of prose and the figures in them: shared by the prose recognizers.

A document's prose arrives as paragraphs cut by line and page breaks. ``sentences`` joins them back into
passages and splits those at sentence ends; a heading stands alone and is remembered as the heading of the
sentences under it. Two layouts are repaired first:

- prose inside a one-column layout table (portal pages that put the whole article in one cell);
- text layers that draw figures in another font, so that a line comes out with blanks where its figures were
  and the figures follow on a line of their own (``本年支出合计 万元，其中：基本支出 万元`` / ``2940.05 2336.91``).

``mentions`` reads the money figures of a sentence with the words that name them (their label), the figure
whose 其中/包括 list or bracket holds them (their parent), and the traps every rule must skip: changes on
another year, carried-over money, procurement. Per-head or per-unit standards (生均1000元, 0.08万元/年) are
not figures at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.structure.numbers import compact, money_from_text
from pipelines.vocabulary import prose as words
from pipelines.vocabulary.tables import EXPENDITURE_TYPES, THREE_PUBLIC_PARTS

NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # thousands separators only in groups of three
MONEY_UNIT = "(" + "|".join(words.MONEY_UNITS) + ")"
AMT = rf"(?<![\d.]){NUMBER}{MONEY_UNIT}"
AMOUNT = re.compile(AMT)
RATE = r"(\d+(?:\.\d+)?)%"
TOTAL_WORDS = words.TOTAL_WORDS
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_YEAR = re.compile(words.YEAR)
_HEADING = re.compile(words.HEADING)
_HEADING_NUMBER = re.compile(words.HEADING_NUMBER)
_ENUMERATOR = re.compile(words.ITEM_NUMBER)
_NUMBER_TOKEN = re.compile(r"^[\d,]+(?:\.\d+)?[%％]?$")
_QUOTE_TOKEN = re.compile(r"^[“”‘’\"']+$")


@dataclass(frozen=True)
class Sentence:
    text: str  # compact: no spaces, full-width forms folded
    printed: str
    block: int  # the first block of the passage: sentences of one passage share it
    page: int | None
    heading: str = ""  # the heading the sentence is under, compact and without its number
    is_heading: bool = False  # the sentence is that heading's line

    def provenance(self) -> dict[str, object]:
        out: dict[str, object] = {"block": self.block, "text": self.printed}
        if self.page is not None:
            out["page"] = self.page
        return out

    def year(self, default: int | None) -> int | None:
        match = _YEAR.search(self.text)
        return int(match.group(1)) if match else default


@dataclass(frozen=True)
class Line:
    """One paragraph of prose as the recognizers read it."""

    block: int
    text: str
    page: int | None


# ---------------------------------------------------------------- paragraphs → sentences


def sentences(document: Document) -> Iterator[Sentence]:
    """Every sentence of the document's prose, with paragraphs a page or line break split joined back."""
    pending: list[Line] = []
    heading = ""
    for line in prose_lines(document):
        text = compact(line.text)
        if not text:
            continue
        if is_heading(text) or _ENUMERATOR.match(text):
            yield from _split(pending, heading)
            pending = []
        if is_heading(text):
            heading = _HEADING_NUMBER.sub("", text).rstrip("。.:：")
            yield Sentence(text, line.text.strip(), line.block, line.page, heading, is_heading=True)
            continue
        pending.append(line)
        continues = text.endswith(words.LIST_CONTINUES) or _cut_before_figure(text)
        if len(pending) > 5 or not continues and (re.search(r"[。:：！？!?]$", text) or len(text) <= 30):
            yield from _split(pending, heading)
            pending = []
    yield from _split(pending, heading)


def _cut_before_figure(text: str) -> bool:
    """A line broken inside a statement of money: it ends on a figure (``…政府性基金预算0``) or a word that
    expects one (``…支出决算为``)."""
    return text[-1].isdigit() or text.endswith(words.GAP_AFTER)



def is_heading(text: str) -> bool:
    """A numbered title line: ``一、基本情况``, ``（二）资金及项目绩效目标``, ``1.项目资金情况。``."""
    return bool(_HEADING.match(text)) and len(text) <= 40 and "。" not in text[:-1] and not AMOUNT.search(text)


def heading_level(text: str) -> int | None:
    """How deep a heading line sits: 0 for ``第一部分``, 1 for ``一、``, 2 for ``（一）``, 3 for ``1.``, 4 for
    ``（1）``."""
    return next((level for level, pattern in enumerate(words.HEADING_LEVELS) if re.match(pattern, text)), None)


def sections(statements: list[Sentence]) -> Iterator[tuple[Sentence, list[Sentence]]]:
    """Each heading with every sentence under it, its sub-headings' too, until a heading of its level or above."""
    for i, head in enumerate(statements):
        level = heading_level(head.text) if head.is_heading else None
        if level is None:
            continue
        under: list[Sentence] = []
        for s in statements[i + 1:]:
            other = heading_level(s.text) if s.is_heading else None
            if other is not None and other <= level:
                break
            under.append(s)
        yield head, under


def _split(pending: list[Line], heading: str) -> Iterator[Sentence]:
    """A passage's sentences; one that opens with 其中 stays with the sentence whose figure it details."""
    if not pending:
        return
    printed = "".join(p.text.strip() for p in pending)
    first = pending[0]
    parts = [p for p in _SENTENCE_END.split(printed) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and compact(part).startswith(words.DETAIL_OPENER):
            merged[-1] += part
        else:
            merged.append(part)
    for part in merged:
        yield Sentence(compact(part), part.strip(), first.block, first.page, heading)


def prose_lines(document: Document) -> list[Line]:
    """The document's paragraphs, and the lines of one-column layout tables, with detached figures put back."""
    lines: list[Line] = []
    for index, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            lines.append(Line(index, block.text, block.location.page))
        elif isinstance(block, Table) and block.width == 1:
            for row in block.rows:
                for part in row[0].splitlines():
                    lines.append(Line(index, part, block.location.page))
        elif isinstance(block, Table):
            previous = document.blocks[index - 1] if index else None
            text = figure_table_statement(block, previous.text if isinstance(previous, Paragraph) else "")
            if text:
                lines.append(Line(index, text, block.location.page))
    return restore_detached_figures(lines)


def figure_table_statement(table: Table, caption: str) -> str | None:
    """A two-column table of one subject's figures by phase, a label and a figure a row (``项目 | 金额（万元）``,
    ``年初预算 | 1,036.52`` … ``执行率 | 97.46%``), read as the sentence it tabulates, its caption (``2021年度部门
    整体支出情况如下：``) the subject: ``2021年度部门整体支出年初预算1,036.52万元，…，执行率97.46%。``."""
    if table.width != 2 or len(table.rows) < 3:
        return None
    unit = re.search(MONEY_UNIT, compact(table.rows[0][1]))
    if unit is None:
        return None
    clauses: list[str] = []
    phases = 0
    for row in table.rows[1:]:
        label, figure = compact(row[0]), compact(row[-1]).replace("％", "%")
        if len(row) != 2 or not re.fullmatch(r"[\d,]+(?:\.\d+)?%?", figure) or not re.fullmatch(r"\D{2,12}", label):
            return None
        phases += phase_of(label) is not None
        clauses.append(label + figure + ("" if figure.endswith("%") else unit.group(1)))
    if phases < 2:
        return None
    caption = compact(caption)
    subject = re.sub(words.TABLE_CAPTION_TAIL, "", caption) if re.search(words.TABLE_CAPTION_TAIL, caption) else ""
    return subject + "，".join(clauses) + "。"


def restore_detached_figures(lines: list[Line]) -> list[Line]:
    """Put the figures of a figures-only line back into the blanks of the text lines just above it.

    The blanks since the last figures line are filled in order when there are exactly as many figures;
    a text line without blanks ends the wait (its figures, if any, were never detached).
    """
    out: list[Line] = []
    gaps: list[tuple[int, int]] = []  # (index in out, position in its text)
    previous_text: str | None = None
    for line in lines:
        tokens = line.text.split()
        figures = [t for t in tokens if _NUMBER_TOKEN.match(t)]
        if figures and all(_NUMBER_TOKEN.match(t) or _QUOTE_TOKEN.match(t) for t in tokens):
            if gaps and len(gaps) == len(figures):
                _fill(out, gaps, figures)
                gaps = []
                continue
            gaps = []
            out.append(line)
            continue
        found = _gaps(line.text, previous_text)
        gaps = [*gaps, *((len(out), g) for g in found)] if found else []
        previous_text = line.text.strip() or previous_text
        out.append(line)
    return out


def _gaps(text: str, previous: str | None) -> list[int]:
    """Positions in ``text`` where a figure was drawn apart: a blank before a unit, or after a word that expects one."""
    found: list[int] = []
    stripped = text.strip()
    if previous and _gap_between(previous[-1], stripped):
        found.append(0)
    for match in re.finditer(r"\s+", stripped):
        left, right = stripped[match.start() - 1] if match.start() else "", stripped[match.end():]
        if left and right and _gap_between(left, right):
            found.append(match.start())
    return found  # positions in the stripped text


def _gap_between(left: str, right: str) -> bool:
    if left.isdigit() or right[:1].isdigit() or left.isascii() and left.isalpha():
        return False
    if right.startswith(words.GAP_BEFORE) and not (right.startswith(words.UNIT_TAIL) and left in words.UNIT_HEADS):
        return True
    return left in words.GAP_AFTER and bool(re.match(r"[，。；、,.;)）]", right))


def _fill(out: list[Line], gaps: list[tuple[int, int]], figures: list[str]) -> None:
    by_line: dict[int, list[tuple[int, str]]] = {}
    for (index, position), figure in zip(gaps, figures, strict=True):
        by_line.setdefault(index, []).append((position, figure))
    for index, inserts in by_line.items():
        line = out[index]
        text = line.text.strip()
        for position, figure in sorted(inserts, reverse=True):
            end = position
            while end < len(text) and text[end].isspace():
                end += 1
            text = text[:position] + figure + text[end:]
        out[index] = Line(line.block, text, line.page)


# ---------------------------------------------------------------- what the document is


def head_text(document: Document) -> str:
    """The document's head: its leading short lines (title, subtitle, site chrome) before the first heading."""
    parts: list[str] = []
    for line in prose_lines(document)[:15]:
        text = compact(line.text)
        if is_heading(text):
            break
        if len(text) <= 60:
            parts.append(text)
    return "".join(parts)


def title_lines(document: Document) -> list[str]:
    """The lines of the report's title (a title cut over two lines comes back whole), then the line after it."""
    lines = _title_spill(compact(line.text) for line in prose_lines(document)[:15])
    for i, text in enumerate(lines):
        if any(word in text for word in words.TITLE_WORDS) and len(text) <= 60:
            fragment = lines[i - 1] if i else ""
            cut = bool(fragment) and len(fragment) <= 40 and not is_heading(fragment) \
                and not re.search(r"[。:：|>]", fragment)
            return [fragment + text if cut else text, *lines[i + 1:i + 2]]
    return []


def _title_spill(texts: Iterator[str]) -> list[str]:
    """Lines with a title's last characters that spilled onto a line of their own (``关于…情况的报`` / ``告``)
    joined back to it."""
    out: list[str] = []
    for text in texts:
        if out and len(text) <= words.TITLE_SPILL and not any(w in out[-1] for w in words.TITLE_WORDS) \
                and any(w in out[-1][-3:] + text for w in words.TITLE_WORDS):
            out[-1] += text
        else:
            out.append(text)
    return out


def report_kind(head: str) -> str | None:
    """``final_accounts``, ``budget``, ``department`` (部门整体 self-evaluation) or ``project``, from the head."""
    evaluation = any(word in head for word in words.SELF_EVALUATION_TITLE)
    if any(word in head for word in words.FINAL_ACCOUNTS_TITLE) and not evaluation:
        return "final_accounts"
    if re.search(words.BUDGET_TITLE, head) and not evaluation:
        return "budget"
    if any(word in head for word in words.DEPARTMENT_TITLE):
        return "department"
    if evaluation and any(word in head for word in words.PROJECT_TITLE):
        return "project"
    if evaluation:
        return "department"
    return None


# ---------------------------------------------------------------- figures in a sentence


@dataclass(frozen=True)
class Mention:
    """One money figure of a sentence."""

    label: str  # the words naming it, without year, subject, list and filler words: 本年收入合计, 基本支出
    lead: str  # the clause before it as printed (compact), from the last break
    value: float  # 万元
    number: str  # the figure as printed
    unit: str  # 元, 万元 or 亿元
    start: int
    end: int
    parent: int | None  # the mention whose 其中/包括 list or bracket holds this one
    bracketed: bool
    trap: str | None  # why it is no fact: a change on another year (较上年减少…), carried-over money, procurement

    @property
    def counts(self) -> bool:
        return self.trap is None


@dataclass
class _List:
    """A list of figures being read: the figure it details, the break between its items, the strongest break
    since its last item and how many items it has taken."""

    parent: int | None
    separator: str | None = None
    since: str = ""
    taken: int = 0


class _Level:
    """One bracket level of a sentence: the figure the bracket holds (its owner) and the lists open in it,
    innermost last."""

    def __init__(self, owner: int | None) -> None:
        self.owner = owner
        self.lists: list[_List] = [_List(owner)]

    @property
    def parent(self) -> int | None:
        return self.lists[-1].parent

    def open(self, parent: int | None) -> None:
        self.lists.append(_List(parent))

    def end_all(self) -> None:
        self.lists = [_List(self.owner)]

    def broken(self, mark: str) -> None:
        for open_list in self.lists:
            if _strength(mark) > _strength(open_list.since):
                open_list.since = mark

    def take(self) -> None:
        """A figure is taken: a list whose items a weaker break separates ends at a stronger one
        (``基本支出…，其中人员经费…、公用经费…；项目支出…``: the ；ends the 、 list)."""
        while len(self.lists) > 1:
            current = self.lists[-1]
            ends = current.separator is not None and _strength(current.since) > _strength(current.separator) \
                and _strength(current.since) >= _strength(words.LIST_ENDING_BREAK)
            if not ends:
                break
            self.lists.pop()
        current = self.lists[-1]
        if current.taken and current.separator is None and current.since:
            current.separator = current.since
        current.taken += 1
        for open_list in self.lists:
            open_list.since = ""


def _strength(mark: str) -> int:
    return next((i + 1 for i, marks in enumerate(words.BREAK_STRENGTH) if mark and mark in marks), 0)


def mentions(text: str) -> list[Mention]:
    """The money figures of a compact sentence, in order, with their labels and list structure."""
    masked = _mask_standards(text)
    structure = re.sub(r"[(（]([\u4e00-\u9fff]{1,3})[)）]", lambda m: "〈" + m.group(1) + "〉", text)
    openers = "|".join(words.LIST_OPENERS)
    breaks = "".join(words.BREAK_STRENGTH)
    levels: list[_Level] = [_Level(None)]  # per bracket level
    last: list[int | None] = [None]  # the last figure taken at each level
    out: list[Mention] = []
    position = 0
    for match in AMOUNT.finditer(masked):
        for token in re.finditer(rf"[(（]|[)）]|。|[{breaks}]|{openers}", structure[position:match.start()]):
            mark = token.group()
            if mark in "(（":
                levels.append(_Level(last[-1]))
                last.append(None)
            elif mark in ")）":
                if len(levels) > 1:
                    levels.pop()
                    last.pop()
            elif mark == "。":
                levels[-1].end_all()
            elif mark in breaks:
                levels[-1].broken(mark)
            elif _opens_list(structure[position + token.end():match.start()]):
                levels[-1].open(last[-1] if last[-1] is not None else levels[-1].owner)
        lead = _lead(text, structure, position, match.start())
        label = clean_label(lead)
        previous_clause = _previous_clause(structure, text, match.start())
        trap = _trap(lead, label, previous_clause)
        if trap is None:
            levels[-1].take()
        out.append(Mention(
            label=label, lead=lead, value=amount(match.group(1), match.group(2)),
            number=match.group(1), unit=match.group(2), start=match.start(), end=match.end(),
            parent=levels[-1].parent, bracketed=len(levels) > 1, trap=trap,
        ))
        if out[-1].counts:
            last[-1] = len(out) - 1
        position = match.end()
    return out


def _trap(lead: str, label: str, previous_clause: str) -> str | None:
    """Why a figure is no fact: a change (its clause, or the clause before a bare figure, says 增加/相比…, or
    it is an increment: 追加预算…), money carried over (结转/结余), or procurement."""
    if _has(lead, words.CHANGE_WORDS) or not label and _has(previous_clause, words.CHANGE_WORDS) \
            or re.search(words.INCREMENT, lead):
        return "change"
    if _has(lead, words.CARRYOVER_WORDS):
        return "carryover"
    if _has(lead, words.PROCUREMENT_WORDS):
        return "procurement"
    return None


def _opens_list(after: str) -> bool:
    """其中/包括 opens a list of figures only when a figure follows in its own clause
    (``其中：基本支出…``, not ``包括：用于发放教师工资，…``)."""
    return not re.search(r"[,，;；。:：、]", after.lstrip(",，:："))


def _mask_standards(text: str) -> str:
    """Hide amounts that are standards (per head, per unit, per period, thresholds): they are not figures."""
    before = "|".join(re.escape(w) for w in words.PER_UNIT_BEFORE)
    after = "|".join(re.escape(w) for w in words.PER_UNIT_AFTER)
    hide = lambda m: "#" * len(m.group())  # noqa: E731
    text = re.sub(rf"(?:{before})[^\d,，;；。]{{0,4}}?{AMT}", hide, text)
    return re.sub(rf"{AMT}(?:{after})", hide, text)


def _lead(text: str, structure: str, start: int, end: int) -> str:
    segment = structure[start:end]
    cut = max((m.end() for m in re.finditer(r"[,，;；。:：、()（）]", segment)), default=0)
    return text[start + cut:end]


def _previous_clause(structure: str, text: str, end: int) -> str:
    breaks = [m.start() for m in re.finditer(r"[,，;；。:：、()（）]", structure[:end])]
    if len(breaks) < 2:
        return text[:breaks[-1]] if breaks else ""
    return text[breaks[-2] + 1:breaks[-1]]


def clean_label(lead: str) -> str:
    """``2023年学校共收到财政资金`` → ``财政资金``; ``其中：基本支出为`` → ``基本支出``."""
    label = re.sub(words.LABEL_NUMBER, "", lead)
    changed = True
    while changed:
        changed = False
        for suffix in words.LABEL_SUFFIXES:
            if label.endswith(suffix):
                label, changed = label[: -len(suffix)], True
        year = re.match(words.LABEL_YEAR, label)
        if year and year.end():
            label, changed = label[year.end():], True
        for prefix in words.LABEL_PREFIXES:
            if label.startswith(prefix) and len(label) > len(prefix):
                label, changed = label[len(prefix):], True
    return label


def clause_before(text: str, position: int) -> str:
    """The clause that ends at ``position``: ``…；2020年度“三公”经费`` → ``2020年度“三公”经费``."""
    return re.split(r"[,，;；。:：]", text[:position])[-1]


def names_a_part(text: str) -> bool:
    """The last subject ``text`` names is a part of the department's budget (“三公”经费, 公务接待费, 机关运行经费,
    政府性基金…), not the whole (部门整体, 本单位, 一般公共预算) nor nothing."""
    parts = [words.THREE_PUBLIC_TOTAL, *(pattern for _parent, pattern in THREE_PUBLIC_PARTS.values()),
             *(re.escape(w) for w in words.PART_SUBJECTS)]
    part_end = max((m.end() for pattern in parts for m in re.finditer(pattern, text)), default=-1)
    whole_end = max((text.rfind(w) + len(w) for w in words.WHOLE_SUBJECTS if w in text), default=-1)
    return part_end > whole_end


_LEVEL = re.compile(words.SOURCE_LEVEL)
_LEVELS_JOINED = re.compile(words.LEVELS_JOINED + words.SOURCE_LEVEL)


def names_a_level(label: str) -> bool:
    """A label that opens with the level of government its money comes from (中央资金, 市本级配套资金), and names
    that one level: several levels together (上级及县级共下达…资金) are the whole they are parts of."""
    return bool(_LEVEL.match(label)) and not _LEVELS_JOINED.search(label)


def changed_to(lead: str) -> bool:
    """The figure after ``lead`` is what a budget was changed to: ``后根据在校人数调整为``, ``年中调增至``."""
    return bool(re.search(words.CHANGED_TO, lead))


def parts_opener(text: str, position: int) -> str | None:
    """The whole a list of parts before ``position`` opens with: ``调整后预算中，上级资金…`` → ``调整后预算``."""
    found = list(re.finditer(words.PARTS_OPENER, text[:position]))
    return found[-1].group(1) if found else None


def expenditure_type(label: str) -> tuple[str, str | None] | None:
    """``基本支出`` → (基本支出, None); ``项目支出年初预算`` → (项目支出, initial_budget): a type and the phase its
    label prints, if any."""
    for name in EXPENDITURE_TYPES:
        rest = label[len(name):]
        if label.startswith(name) and re.fullmatch(words.PHASE_ONLY_LABEL, rest):
            return name, phase_of(rest) if rest else None
    return None


def without_citations(text: str) -> str:
    """The text with the documents it cites (《…》) and its bracketed asides left out: they name no subject."""
    for pattern in words.CITATIONS:
        text = re.sub(pattern, "", text)
    return text


def labelled_value(text: str, label: str) -> str | None:
    """The value a line prints after ``label：``, up to punctuation or the next label of the line."""
    others = "|".join(words.FIELD_LABELS)
    match = re.search(rf"(?:{label}){words.FIELD_VALUE.replace('<LABEL>', others)}", text)
    return match.group(1) if match else None


def _has(text: str, vocabulary: tuple[str, ...]) -> bool:
    return any(word in text for word in vocabulary)


def phase_of(text: str, budget: str | None = None) -> str | None:
    """The phase the last phase word of ``text`` gives; a bare budget word gives ``budget``.

    A budget word after 年初/调整后 (年初预算安排) keeps the more precise phase.
    """
    for word in words.NOT_PHASE_WORDS:
        text = text.replace(word, "#" * len(word))
    found: list[tuple[int, int, str]] = []
    for phase, vocabulary in words.PHASE_WORDS.items():
        for word in vocabulary:
            for match in re.finditer(re.escape(word), text):
                found.append((match.start(), -len(word), phase))
    if not found:
        return None
    found.sort()
    covered_until = -1
    last_phase: str | None = None
    precise: str | None = None
    for start, negative_length, phase in found:
        if start < covered_until:
            continue
        covered_until = start - negative_length
        last_phase = phase
        if phase in ("initial_budget", "adjusted_budget"):
            precise = phase
        elif phase == "final":
            precise = None
    if last_phase == "budget":
        return precise or budget
    return last_phase


def year_before(text: str, position: int, default: int | None) -> int | None:
    """The year a figure at ``position`` belongs to: the last year printed before it that is not a comparison."""
    year = default
    for match in _YEAR.finditer(text[:position]):
        if text[max(0, match.start() - 1):match.start()] in words.COMPARISON_BEFORE or re.match(
                words.COMPARISON_AFTER, text[match.end():]):
            continue
        year = int(match.group(1))
    return year


def execution_rate(text: str) -> float | None:
    """``预算执行率100%``, ``完成率均达到100%``; not a target (``≥98%``) and not 发放率/到位率."""
    rate_words = "|".join(words.EXECUTION_RATE_WORDS)
    filler = "|".join(words.RATE_FILLER)
    for match in re.finditer(rf"(?:{rate_words})(?:{filler})*{RATE}", text):
        if not text[:match.start()].endswith(words.NOT_RATE_BEFORE):
            return float(match.group(1))
    return None


def statement(template: str) -> str:
    """A statement pattern of the vocabulary with its figures filled in: <AMOUNT>, <NUMBER>, <UNIT>, <RATE>."""
    return template.replace("<AMOUNT>", AMT).replace("<NUMBER>", NUMBER).replace("<UNIT>", MONEY_UNIT) \
        .replace("<RATE>", RATE)


def amount(number: str, unit: str) -> float:
    return money_from_text(number, unit)


def items(text: str, name_pattern: str = r"[^，,；;：:。、（）()]+?") -> list[tuple[str, float]]:
    """``A 1.6万元、B 3万元；C 23.99万元`` → [(A, 1.6), (B, 3), (C, 23.99)]; totals (共计…) are not items."""
    out = []
    for match in re.finditer(rf"({name_pattern})(?:为)?{AMT}", text):
        name = match.group(1)
        if not any(word in name for word in TOTAL_WORDS):
            out.append((name, amount(match.group(2), match.group(3))))
    return out
