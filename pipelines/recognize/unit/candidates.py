"""Every place a document names its reporting unit, each with the weight of that kind of place.

A document names its unit in labelled lines and cells (实施单位, 单位名称, 项目单位（盖章）,
填报单位 ...), in its title and first lines, in the file's title property or HTML ``<title>``,
in a sheet's name, in a 主管部门 or 来源 line, in a portal's breadcrumbs and in its body. A
portal's header, title suffix and footer name the site's owner instead: the publisher,
which counts only where a label says it is the unit too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.recognize.unit.gazetteer import Gazetteer
from pipelines.recognize.unit.names import UnitName, follows_name, name_at_start, parse_name, place_chain, squash
from pipelines.vocabulary.units import (
    ATTACHMENT_WORDS,
    BREADCRUMB_LABELS,
    DEPARTMENT_LABELS,
    ISSUER_AFTER,
    ISSUER_BEFORE,
    ORG_SUFFIXES,
    PUBLISHER_LABELS,
    SITE_OFFICE_SUFFIXES,
    SITE_SUFFIXES,
    SOURCE_LABELS,
    TABLE_WORDS,
    TITLE_OPENERS,
    UNIT_LABELS,
)

# The weight of each kind of place; the unit is the name with the heaviest mention, then the largest sum.
WEIGHTS = {
    "label": 100.0,  # 实施单位 / 单位名称 / 项目单位 / 填报单位 …
    "heading": 60.0,  # a first line that starts with the name (南县财政局2020年度…)
    "heading_name": 55.0,  # a first line that is the name alone (a cover, a signature block)
    "title": 50.0,  # the file's title property or HTML <title>, without the site's name
    "sheet": 45.0,  # a sheet named after the unit
    "name_line": 35.0,  # a line elsewhere that is the name alone
    "department": 30.0,  # 主管部门 / 部门：
    "source": 20.0,  # 来源：/ 信息来源：
    "breadcrumb": 12.0,  # 当前位置：首页 > … > unit > …
    "body_year": 8.0,  # running text: the name followed by a year or a title word
    "body": 2.0,  # running text otherwise
}
# Kinds of mention that print a name alone, as a site's header or footer does; the publisher is
# recognised only there (a title that starts with the publisher's name is still the document's own).
BARE_KINDS = frozenset({"heading_name", "name_line", "breadcrumb", "body", "body_year"})
HEADING_LINES = 10  # lines at the start of a document or sheet that may carry its title
HEADING_LENGTH = 60  # a longer line is prose, not a title
LIST_RUN = 3  # so many different names one to a line in a row are a list (a menu, the units of a department)
BODY_LINES = 600  # running text read for names: a report names its unit early
PROSE = re.compile(r"[，。；;]")
TITLE_SEPARATORS = re.compile(r"\s*(?:_|——|--|—|–|(?<!\d)-(?!\d)|\||｜)\s*")
CJK = re.compile(r"[\u4e00-\u9fff]")
FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|html?)$", re.I)
NUMERAL = r"[\d一二三四五六七八九十]"
LEADING_NOISE = re.compile(  # 附件1： / 表3 / 8. / （一） / 2021年度 / 关于, before a title's unit
    r"^(?:(?:" + "|".join(map(re.escape, ATTACHMENT_WORDS)) + rf")\s*{NUMERAL}*(?:[-－—.]\d+)?\s*[:：]?|"
    r"(?:" + "|".join(map(re.escape, TABLE_WORDS)) + rf")\s*{NUMERAL}+\s*[:：]?|"
    rf"\d{{1,2}}\s*[.、．]|[（(]{NUMERAL}+[)）]|{NUMERAL}+\s*[、.．]|[（(]?\s*(?:19|20)\d\d\s*年\s*度?\s*[)）]?|"
    r"(?:" + "|".join(map(re.escape, TITLE_OPENERS)) + r"))\s*"
)
CRUMB_SPLIT = re.compile(r"\s*(?:>|＞|»|›|/|→)\s*")
ORG_ENDS = tuple(sorted(set(ORG_SUFFIXES), key=len, reverse=True))


@dataclass(frozen=True)
class Mention:
    name: UnitName
    kind: str
    weight: float
    where: str  # for provenance: the line it was read from


@dataclass
class Line:
    text: str
    segment: str  # the sheet or "" for the document: headings are the first lines of each
    role: str  # "line" (paragraph, caption, one-column table) or "cell"


def lines_of(document: Document, chrome: set[str], split: bool = True) -> list[Line]:
    """The document's text in reading order: paragraphs, table captions and one-column tables as lines.

    Paragraphs and cells are split at their line breaks, unless ``split`` is false (a cell's
    ``（2019\n年度）`` is one text then). Lines of page furniture are left out.
    """
    out: list[Line] = []
    for block in document.blocks:
        segment = block.location.sheet or ""
        if isinstance(block, Paragraph):
            for text in _parts(block.text, split):
                if squash(text) not in chrome:
                    out.append(Line(text, segment, "line"))
            continue
        assert isinstance(block, Table)
        one_column = block.width <= 1
        for row in block.rows:
            values = list(dict.fromkeys(c for c in row if c.strip()))
            role = "line" if one_column or len(values) == 1 else "cell"
            for value in values:
                for text in _parts(value, split):
                    if squash(text) not in chrome:
                        out.append(Line(text, segment, role))
    return out


def _parts(text: str, split: bool) -> list[str]:
    parts = text.split("\n") if split else [text]
    return [p.strip() for p in parts if p.strip()]


def _label_pattern(labels: tuple[str, ...]) -> str:
    """Labels longest first, each letter-spaced or not (PDFs print ``单 位 名 称``)."""
    ordered = sorted(set(labels), key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(ch) for ch in label) for label in ordered)


LABEL_KINDS = (("label", UNIT_LABELS), ("department", DEPARTMENT_LABELS), ("source", SOURCE_LABELS))
STAMP = r"(?:[（(]\s*(?:盖\s*章|公\s*章|签\s*章|章)\s*[)）])"
ALL_LABELS = {squash(re.sub(STAMP, "", label)): kind for kind, labels in reversed(LABEL_KINDS) for label in labels}
LABELLED = re.compile(
    r"(?:^|(?<=[\s，,；;|【】\[\]]))(?P<label>" + _label_pattern(tuple(ALL_LABELS)) + r")\s*" + STAMP
    + r"?\s*[:：]\s*(?P<value>[^\s:：|，,；;]+)"
)
# A long label run into the text before it (a PDF line joined to the title above: …自评打分表部门（单位）名称：X).
LONG_LABEL = 4
LABELLED_RUN_IN = re.compile(
    r"(?P<label>" + _label_pattern(tuple(k for k in ALL_LABELS if len(k) >= LONG_LABEL)) + r")\s*" + STAMP
    + r"?\s*[:：]\s*(?P<value>[^\s:：|，,；;]+)"
)
LABEL_AT_START = re.compile(
    r"^\s*(?P<label>" + _label_pattern(tuple(k for k, v in ALL_LABELS.items() if v != "source")) + r")\s*" + STAMP
    + r"?\s*(?P<value>[^\s:：|，,；;]+)"
)


def label_kind(text: str) -> str | None:
    """``label``, ``department`` or ``source`` when ``text`` is a label alone (``单位名称（盖章）：``), else None."""
    return ALL_LABELS.get(re.sub(STAMP, "", squash(text)).rstrip(":："))


class Finder:
    """Collects the mentions of one document."""

    def __init__(self, gazetteer: Gazetteer, document: Document) -> None:
        self.gazetteer = gazetteer
        self.document = document
        self.chrome_lines = [c for c in document.chrome if c.strip()]
        self.chrome = {squash(c) for c in self.chrome_lines}
        self.lines = lines_of(document, self.chrome)
        self.title, self.site_names = split_title(document.title)
        self.mentions: list[Mention] = []
        self.publishers: set[str] = set()

    def run(self) -> list[Mention]:
        self._publishers()
        self._labelled_lines()
        self._labelled_cells()
        self._headings()
        self._title_and_sheets()
        self._breadcrumbs()
        self._body()
        return [m for m in self.mentions if m.weight > 0]

    def add(self, name: UnitName | None, kind: str, where: str) -> None:
        if name is None:
            return
        weight = WEIGHTS[kind]
        if kind in BARE_KINDS and name.key in self.publishers:
            weight = 0.0  # the site's owner in its header, footer or breadcrumbs: the publisher
        if kind in BARE_KINDS | {"source"} and name.is_region_government:
            weight = 0.0  # a region's government or party committee named alone: whose portal it is
        self.mentions.append(Mention(name, kind, weight, where))

    def parse(self, text: str, placeless: bool = False) -> UnitName | None:
        return parse_name(self.gazetteer, text, placeless=placeless)

    def parse_value(self, text: str, kind: str) -> UnitName | None:
        """A label's value: a name, or a name run into the next words (黄石市图书馆主要领导签字)."""
        return self.parse(text, placeless=kind == "label") or name_at_start(self.gazetteer, text)

    # -- the publisher -------------------------------------------------------------------------
    def _publishers(self) -> None:
        """Names of the site's owner: the title's suffix, furniture lines, 主办/版权所有 lines."""
        texts = list(self.site_names) + self.chrome_lines
        texts += [line.text for line in self.lines if _publisher_line(line.text)]
        for text in texts:
            body = squash(text)
            for label in sorted(PUBLISHER_LABELS, key=len, reverse=True):
                body = re.sub(re.escape(label) + r"[:：]?", " ", body)
            for part in re.split(r"[\s|｜]+", body):
                for candidate in _site_owner_forms(part):
                    name = self.parse(candidate)
                    if name is not None:
                        self.publishers.add(name.key)

    # -- labels --------------------------------------------------------------------------------
    def _labelled_lines(self) -> None:
        for line in self.lines:
            matches = list(LABELLED.finditer(line.text)) or list(LABELLED_RUN_IN.finditer(line.text))
            for match in matches:
                kind = label_kind(match.group("label"))
                if kind is not None:
                    self.add(self.parse_value(match.group("value"), kind), kind, line.text)
            start = None if matches else LABEL_AT_START.match(line.text)
            if start is not None:  # 项目单位淳安县文化和广电旅游体育局: a label run into its value
                kind = label_kind(start.group("label"))
                if kind is not None:
                    self.add(self.parse_value(start.group("value"), "department"), kind, line.text)

    def _labelled_cells(self) -> None:
        """A cell holding a label and the next different cell to its right holding the value; a label above
        its value in the same cell; or a column headed by a label whose rows all name the same unit."""
        for table in self.document.tables:
            seen: set[tuple[str, str]] = set()
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row):
                    parts = [p for p in cell.split("\n") if p.strip()]
                    if len(parts) == 2 and label_kind(parts[0]) and not label_kind(cell):
                        self._labelled_value(label_kind(parts[0]), parts[1], cell, seen)
                    kind = label_kind(cell)
                    if kind is None:
                        continue
                    value = next((v for v in row[c + 1:] if v.strip() and squash(v) != squash(cell)), "")
                    if value and not label_kind(value) and self._labelled_value(kind, value, cell, seen):
                        continue
                    if kind == "label":
                        self._column_value(table.rows, r, c, cell, seen)

    def _labelled_value(self, kind: str | None, value: str, cell: str, seen: set[tuple[str, str]]) -> bool:
        if kind is None:
            return False
        name = self.parse_value(value, kind)
        if name is not None and (kind, name.printed) not in seen:
            seen.add((kind, name.printed))
            self.add(name, kind, f"{cell}：{value}")
        return name is not None

    def _column_value(self, rows: list[list[str]], r: int, c: int, cell: str, seen: set[tuple[str, str]]) -> None:
        """单位名称 heading a column: the unit, when every row below names one and the same unit."""
        names = []
        for row in rows[r + 1:]:
            value = row[c] if c < len(row) else ""
            if not value.strip() or value == cell:
                continue
            name = self.parse(value, placeless=True)
            if name is None:
                break
            names.append(name)
        if names and len({n.key for n in names}) == 1:
            self._labelled_value("label", names[0].printed, cell, seen)

    # -- titles --------------------------------------------------------------------------------
    def _headings(self) -> None:
        counts: dict[str, int] = {}
        candidates = [line for line in self.lines
                      if line.role == "line" and not _publisher_line(line.text) and _crumb(line.text) is None]
        alone = [self.parse(line.text) for line in candidates]
        listed = _in_lists(alone)
        for i, line in enumerate(candidates):
            seen = counts.get(line.segment, 0)
            counts[line.segment] = seen + 1
            heading = seen < HEADING_LINES and is_title_like(line.text)
            if alone[i] is not None:
                if i not in listed:  # a run of names one to a line is a menu or a list of units
                    self.add(alone[i], "heading_name" if heading else "name_line", line.text)
            elif heading:
                name = self._title_name(line.text)
                following = candidates[i + 1] if i + 1 < len(candidates) else None
                if name is None and following is not None and following.segment == line.segment:
                    joined = line.text + following.text  # a title broken inside the name: XX县文化广播电视和 / 旅游局…
                    name = self.parse(joined) or self._title_name(joined)
                self.add(name, "heading", line.text)

    def _title_name(self, text: str) -> UnitName | None:
        text = squash(text)
        for _ in range(3):  # 附件1 / 2021年 / 关于 may come one after another
            stripped = LEADING_NOISE.sub("", text)
            if stripped == text:
                break
            text = stripped
        return name_at_start(self.gazetteer, text)

    def _title_and_sheets(self) -> None:
        if self.title:
            self.add(self.parse(self.title) or self._title_name(self.title), "title", self.document.title)
        sheets = dict.fromkeys(b.location.sheet for b in self.document.blocks if b.location.sheet)
        for sheet in sheets:
            assert sheet is not None
            self.add(self.parse(sheet) or self._title_name(sheet), "sheet", sheet)

    def _breadcrumbs(self) -> None:
        for text in [*self.chrome_lines, *(line.text for line in self.lines)]:
            segments = _crumb(text)
            for segment in segments or ():
                self.add(self.parse(segment), "breadcrumb", text)

    # -- running text ----------------------------------------------------------------------------
    def _body(self) -> None:
        for line in self.lines[:BODY_LINES]:
            text = squash(line.text)
            if len(text) < 6:
                continue
            for name, kind in self._mentions_in(text):
                self.add(name, kind, line.text)

    def _mentions_in(self, text: str) -> Iterator[tuple[UnitName, str]]:
        depth = 0
        i = 0
        while i < len(text):
            ch = text[i]
            if ch in "《〈":
                depth += 1
            elif ch in "》〉":
                depth = max(0, depth - 1)
            if depth or not self.gazetteer.names_at(text, i):
                i += 1
                continue
            chain, end = place_chain(self.gazetteer, text, i)
            found = None
            for stop in range(end + 1, min(len(text), end + 20) + 1):
                if text[:stop].endswith(ORG_ENDS) and follows_name(text, stop):
                    found = stop
                    break
            if found is None:
                i = end if end > i else i + 1
                continue
            name = self.parse(text[i:found])
            if name is not None and chain:
                issuer = text[:i].endswith(ISSUER_BEFORE) or text[found:].startswith(ISSUER_AFTER)
                year_after = bool(re.match(r"(?:19|20)\d\d", text[found:]))
                if not issuer:
                    yield name, "body_year" if year_after else "body"
            i = found


def _in_lists(names: list[UnitName | None]) -> set[int]:
    """Indexes of lines in runs of at least ``LIST_RUN`` lines that each hold a different unit's name alone."""
    out: set[int] = set()
    start = 0
    while start < len(names):
        end = start
        while end < len(names) and names[end] is not None:
            end += 1
        run = names[start:end]
        if len({n.key for n in run if n is not None}) >= LIST_RUN:
            out.update(range(start, end))
        start = end + 1
    return out


def is_title_like(text: str) -> bool:
    """Short, and neither a sentence nor a lead-in (…包括：): what a title or a caption looks like."""
    body = squash(text)
    return len(body) <= HEADING_LENGTH and not PROSE.search(body) and not body.endswith((":", "："))


def split_title(title: str) -> tuple[str, list[str]]:
    """``…自评报告-徐闻县人民政府网`` → the document's title and the site's name(s) (and column names)."""
    title = FILE_EXTENSION.sub("", (title or "").strip())
    if not title:
        return "", []
    parts = [p for p in TITLE_SEPARATORS.split(title) if CJK.search(p)]  # not "Microsoft Word - …"
    if len(parts) < 2:
        return (parts[0] if parts else title), []
    main = max(parts, key=len)  # the article's title is the long part, wherever the site puts its name
    return main, [p for p in parts if p is not main]


def _publisher_line(text: str) -> bool:
    body = squash(text)
    return any(body.startswith(label) or f"{label}：" in body or f"{label}:" in body for label in PUBLISHER_LABELS)


def _site_owner_forms(text: str) -> list[str]:
    """``徐闻县人民政府网`` → 徐闻县人民政府; ``南县人民政府办公室`` → itself and 南县人民政府."""
    out = [text]
    for suffix in SITE_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            out.append(text[: -len(suffix)])
            break
    for form in list(out):
        for suffix in SITE_OFFICE_SUFFIXES:
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                out.append(form[: -len(suffix)])
    return out


def _crumb(text: str) -> list[str] | None:
    """The segments of a breadcrumb line (当前位置：首页 > 信息公开 > …), or None."""
    body = text.strip()
    for label in sorted(BREADCRUMB_LABELS, key=len, reverse=True):
        if squash(body).startswith(label):
            rest = re.sub(r"^.*?[:：]", "", body, count=1)
            return [s for s in CRUMB_SPLIT.split(rest) if s.strip()]
    if len(CRUMB_SPLIT.findall(body)) >= 2 and (">" in body or "＞" in body):
        return [s for s in CRUMB_SPLIT.split(body) if s.strip()]
    return None
