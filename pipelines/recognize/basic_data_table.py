"""Data tables with year/phase columns (部门整体支出绩效评价基础数据表, 经费控制情况 …).

Columns such as ``2022决算数 | 2023预算数 | 2023决算数`` give each figure its year and
phase. Rows are placed in a classification by the section they stand in
(三公经费, 项目支出, 公用经费 …); numbering (``1、``, ``其中：``) gives the path:

* a numbered line ``2、出国经费`` is a child of the section head;
* ``其中：公车购置`` is a child of the line above it, and unnumbered lines after it are its siblings;
* ``3、专项资金：劳模服务`` is item 劳模服务 of group 专项资金, and unnumbered lines after it
  are further items of that group.

Names are recorded as printed, without a trailing colon (``项目支出：`` → 项目支出); lines of the 三公经费
block take their standard names and paths (``公车运行维护`` → 三公经费 / 公务用车购置及运行维护费 /
公务用车运行维护费), and a line that is no 三公 part (国内/外事接待) is not recorded.
"""

from __future__ import annotations

import re

from pipelines.recognize.facts import Spending
from pipelines.recognize.three_public_table import standard_path
from pipelines.structure.cells import Cell, key_of
from pipelines.structure.numbers import compact
from pipelines.structure.rows import Row
from pipelines.structure.table import StructuredTable
from pipelines.vocabulary.tables import (
    CHILD_CLASSIFICATION,
    NOT_RECORDED,
    PATH_KEEPS_HEAD,
    PHASE_WORDS,
    SECTION_HEADS,
)

YEAR_PHASE = re.compile(r"^(\d{4})年?度?(.+)$")
NUMBERED = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*")
SUBITEM = re.compile(r"^其中\s*[:：,，]?\s*")


def phase_of(text: str) -> str | None:
    for phase, words in PHASE_WORDS.items():
        if any(text.startswith(w) or text == w for w in words):
            return phase
    return None


def year_phase_columns(row: Row) -> dict[int, tuple[Cell, int, str]]:
    """Header cells such as ``2023预算数``: column → (cell, year, phase)."""
    out = {}
    for cell in row.own:
        match = YEAR_PHASE.match(key_of(cell.text))
        if match and (phase := phase_of(match.group(2))):
            out[cell.first] = (cell, int(match.group(1)), phase)
    return out


def read_data_table(table: StructuredTable) -> list[Spending]:
    out: list[Spending] = []
    columns: dict[int, tuple[Cell, int, str]] = {}
    header: Row | None = None
    head: str | None = None
    parent: list[str] = []
    sibling_parent: list[str] | None = None
    for row in table.rows:
        found = year_phase_columns(row)
        if len(found) >= 2:
            columns, header = found, row
            head, parent, sibling_parent = None, [], None
            continue
        if not columns:
            continue
        name_cell = next((c for c in row.own if c.number is None
                          and not any(c.overlaps(h.first, h.last) for h, _, _ in columns.values())), None)
        text = name_cell.text if name_cell else ""
        if not text or any(word in compact(text) for word in NOT_RECORDED):
            continue
        values = {}
        for col, (head_cell, _, _) in columns.items():
            cell = next((c for c in row.own if c.overlaps(head_cell.first, head_cell.last)), None)
            values[col] = table.money(row, cell, [header] if header else None)
        if all(v is None for v in values.values()):
            continue
        bare = key_of(text)
        if bare in SECTION_HEADS:
            head, parent, sibling_parent = bare, [_name(text)], None
            path, classification = [_name(text)], SECTION_HEADS[bare]
        elif head is None:
            continue
        else:
            classification = CHILD_CLASSIFICATION.get(head, SECTION_HEADS[head])
            path, parent, sibling_parent = _place(text, parent, sibling_parent)
            if head not in PATH_KEEPS_HEAD:
                path = path[1:]
        if classification == "three_public":
            standard = standard_path(path[-1], loose=True)
            if standard is None:
                continue
            path = list(standard)
        for col, amount in values.items():
            if amount is None:
                continue
            _, year, phase = columns[col]
            out.append(Spending(classification, list(path), phase, year, amount, table.provenance(row)))
    return out


def _name(text: str) -> str:
    """A printed line name without the colon that introduces its figures or children."""
    return text.strip().rstrip(":：").strip()


def _place(
    text: str, parent: list[str], sibling_parent: list[str] | None
) -> tuple[list[str], list[str], list[str] | None]:
    """(path, new parent for numbered children, parent that unnumbered lines share)."""
    head = parent[:1]
    if NUMBERED.match(text):
        name = _name(NUMBERED.sub("", text))
        if "：" in name or ":" in name:
            group, item = re.split(r"[:：]", name, maxsplit=1)
            return head + [group, item], head + [group], head + [group]
        return head + [name], head + [name], None
    if SUBITEM.match(text):
        name = _name(SUBITEM.sub("", text))
        return parent + [name], parent, parent
    if sibling_parent is not None:
        return sibling_parent + [_name(text)], parent, sibling_parent
    return head + [_name(text)], head + [_name(text)], None
