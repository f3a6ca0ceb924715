"""Reading tables by what their cells say: label matching, header rows, column maps, provenance."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipelines.documents.model import Table
from pipelines.recognize.numbers import compact

_BRACKETED = re.compile(r"[（(][^()（）]*[)）]")
_LEADING_NUMBERING = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．:：]|其中[:：,，]?)+")


def label(text: str | None) -> str:
    """A cell's text reduced for matching: no spaces, no bracketed notes such as ``(万元)``, no colon."""
    return _BRACKETED.sub("", compact(text)).strip(":：")


def matches(text: str | None, aliases: Iterable[str], exact: bool = False) -> bool:
    lab = label(text)
    if not lab:
        return False
    return any(lab == a if exact else (lab == a or lab.startswith(a) or lab.endswith(a)) for a in aliases)


def strip_numbering(text: str) -> str:
    return _LEADING_NUMBERING.sub("", text).strip()


def column_map(
    header: Sequence[str], roles: dict[str, tuple[str, ...]], exact: bool = False
) -> dict[str, int]:
    """Map each role to the header cell naming it, whatever the column order.

    A cell serves one role: the role whose alias it matches exactly, else the role
    with the longest alias it starts or ends with (so ``实际完成指标值`` is the actual
    value, not the ``指标值`` target).
    """
    found: dict[str, int] = {}
    for idx, cell in enumerate(header):
        lab = label(cell)
        if not lab:
            continue
        best: tuple[int, str] | None = None
        for role, aliases in roles.items():
            if role in found:
                continue
            for alias in aliases:
                if lab == alias:
                    strength = 1000 + len(alias)
                elif not exact and (lab.startswith(alias) or lab.endswith(alias)):
                    strength = len(alias)
                else:
                    continue
                if best is None or strength > best[0]:
                    best = (strength, role)
        if best is not None:
            found[best[1]] = idx
    return found


def combined_header(rows: Sequence[Sequence[str]], at: int) -> list[str]:
    """The header at row ``at``, completed from the row above where a spanning group header sat.

    A two-row header such as ``绩效评价指标分值 | 指标解释 | 自评得分`` over
    ``一级指标 | 二级指标 | 三级指标 | 指标分值 | | |`` loses its spans in text exports:
    the upper row's last cells belong to the lower row's empty trailing columns.
    """
    lower = list(rows[at])
    if at == 0:
        return lower
    upper = [c for c in rows[at - 1] if c.strip()]
    empty_tail = [i for i in range(len(lower)) if not lower[i].strip() and all(not c.strip() for c in lower[i:])]
    if not empty_tail or not upper:
        return lower
    if rows[at - 1][: len(lower)] and any(rows[at - 1][i].strip() for i in empty_tail):
        for i in empty_tail:
            lower[i] = rows[at - 1][i]
        return lower
    for i, text in zip(empty_tail, upper[-len(empty_tail):], strict=False):
        lower[i] = text
    return lower


def non_empty(row: Sequence[str]) -> list[tuple[int, str]]:
    return [(i, c) for i, c in enumerate(row) if c and c.strip()]


@dataclass(frozen=True)
class TableRef:
    """A table's place in the document, for provenance."""

    table: Table
    index: int  # table's block index in the document

    def printed(self, row: int) -> list[str]:
        """Row ``row`` with the cells a merge from the left repeated there blanked: each value once."""
        cells = list(self.table.rows[row])
        merged = self.table.merged
        return [
            "" if (row, c) in merged and c > 0 and cells[c] == self.table.rows[row][c - 1] else text
            for c, text in enumerate(cells)
        ]

    def provenance(self, row: int, text: str | None = None) -> dict[str, object]:
        out: dict[str, object] = {"block": self.index, "row": row}
        page = self.table.page_of_row(row)
        if page is not None:
            out["page"] = page
        if self.table.location.sheet is not None:
            out["sheet"] = self.table.location.sheet
        if text is None and 0 <= row < len(self.table.rows):
            text = " | ".join(c for c in self.table.rows[row] if c.strip())
        out["text"] = text
        return out


def fold_cut_rows(table: Table) -> Table:
    """Rejoin table rows that a page break cut in two (Word and LibreOffice let a row run onto the next page).

    The first row of a page is the rest of the data row above it when it has text only in cells where
    that row has text, no figure of its own, and no cell that reads as a label of its own (a standard
    indicator name, ``无``). A header or label row above is never continued this way.
    """
    if not table.row_pages or len(set(table.row_pages)) < 2:
        return table
    rows: list[list[str]] = []
    pages: list[int] = []
    new_index: dict[int, int] = {}
    for r, row in enumerate(table.rows):
        page = table.row_pages[r]
        printed = ["" if (r, c) in table.merged else text for c, text in enumerate(row)]
        if rows and page != pages[-1] and _rest_of_cut_row(rows[-1], printed):
            rows[-1] = [a + "\n" + b if b.strip() else a for a, b in zip(rows[-1], printed, strict=False)]
            continue
        new_index[r] = len(rows)
        rows.append(list(row))
        pages.append(page)
    if len(rows) == len(table.rows):
        return table
    merged = {(new_index[r], c) for r, c in table.merged if r in new_index}
    return Table(rows, table.location, merged, pages)


def _rest_of_cut_row(above: Sequence[str], row: Sequence[str]) -> bool:
    from pipelines.recognize.fund_rows import is_fund_header
    from pipelines.recognize.indicator_rows import is_indicator_header
    from pipelines.recognize.numbers import parse_number
    from pipelines.vocabulary.tables import (
        DEPARTMENT_ANCHORS,
        FUND_ROWS,
        GOAL_ACTUAL,
        GOAL_EXPECTED,
        GRADE_LABELS,
        IMPLEMENTER_LABELS,
        PROJECT_ANCHORS,
        SECTION_HEADS,
        STANDARD_LEVEL1,
        STANDARD_LEVEL2,
        SUMMARY_COLUMNS,
        SUPERVISOR_LABELS,
        TOTAL_ROW_LABELS,
    )

    filled = [i for i, text in enumerate(row) if text.strip()]
    if not filled or any(i >= len(above) or not above[i].strip() for i in filled):
        return False
    if any(row[i] == above[i] for i in filled):
        return False  # a label repeated on the new page (a merged cell), not a continuation
    row_labels = (*STANDARD_LEVEL1, *STANDARD_LEVEL2, "无", *TOTAL_ROW_LABELS, *PROJECT_ANCHORS,
                  *DEPARTMENT_ANCHORS, *SUPERVISOR_LABELS, *IMPLEMENTER_LABELS, *GRADE_LABELS, *SECTION_HEADS,
                  *(a for aliases in FUND_ROWS.values() for a in aliases))
    if any(parse_number(row[i]) is not None or matches(row[i], row_labels) for i in filled):
        return False
    header_words = GOAL_EXPECTED + GOAL_ACTUAL + TOTAL_ROW_LABELS
    return not (is_fund_header(above) or is_indicator_header(above)
                or len(column_map(above, SUMMARY_COLUMNS)) >= 2
                or any(matches(c, header_words, exact=True) for c in above))
