"""Plain-text extractions of reports.

Two layouts occur in practice (both in the seed corpus):

* tab-separated rows: one table row per line, cells split by tabs;
* one cell per line (Word's text export): every cell starts on a new line with a
  tab, a cell's further paragraphs follow on lines without a tab, and a blank line
  ends a table row. A merged row-header cell is often padded with empty paragraphs
  above its text, so blank lines inside one of the first cells of a row do not end the row.

Lines without tabs outside tables are paragraphs. ``[bookmark: …]`` markup left by
the export is dropped.
"""

from __future__ import annotations

import re

from pipelines.documents.model import Block, Paragraph, Table

BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def read_text(text: str) -> list[Block]:
    lines = [PRIVATE_USE.sub("", BOOKMARK.sub("", line)).rstrip("\r") for line in text.split("\n")]
    one_cell_lines = sum(1 for line in lines if _is_cell_start(line))
    tabbed_lines = sum(1 for line in lines if "\t" in line and not _is_cell_start(line))
    return _Parser(lines, one_cell_per_line=one_cell_lines > tabbed_lines).parse()


def _is_cell_start(line: str) -> bool:
    return line.startswith("\t") and "\t" not in line[1:]


def _is_blank(line: str) -> bool:
    return "\t" not in line and not line.strip()


class _Parser:
    def __init__(self, lines: list[str], one_cell_per_line: bool) -> None:
        self.lines = lines
        self.cells_mode = one_cell_per_line
        self.blocks: list[Block] = []
        self.rows: list[list[str]] = []
        self.row: list[list[str]] | None = None  # cells, each a list of its lines

    def parse(self) -> list[Block]:
        i, n = 0, len(self.lines)
        while i < n:
            line = self.lines[i]
            if self.cells_mode and _is_cell_start(line):
                if self.row is not None and i > 0 and _is_blank(self.lines[i - 1]):
                    self._end_row()
                if self.row is None:
                    self.row = []
                self.row.append([line[1:]])
                i += 1
            elif "\t" in line:
                self._end_row()
                self.rows.append(line.split("\t"))
                i += 1
            elif _is_blank(line):
                i += 1
            else:
                i = self._text_run(i)
        self._end_table()
        return self.blocks

    def _text_run(self, i: int) -> int:
        """Lines without tabs from ``i``: either more of the open cell, or paragraphs."""
        n = len(self.lines)
        j = i
        while j < n and not _is_blank(self.lines[j]) and "\t" not in self.lines[j]:
            j += 1
        run = self.lines[i:j]
        blanks_before = 0
        k = i - 1
        while k >= 0 and _is_blank(self.lines[k]):
            blanks_before += 1
            k -= 1
        next_is_cell = j < n and _is_cell_start(self.lines[j])
        if self.row is not None and self._continues_cell(run, blanks_before, next_is_cell):
            self.row[-1].extend([""] * blanks_before + run)
            return j
        self._end_table()
        for text in run:
            self.blocks.append(Paragraph(text.strip()))
        return j

    def _continues_cell(self, run: list[str], blanks_before: int, next_is_cell: bool) -> bool:
        assert self.row is not None
        if blanks_before and (len(self.row) > 2 or any(len(line) > 20 for line in run)):
            return False
        if next_is_cell:
            return True
        return not blanks_before and len(run) == 1 and not run[0][:1].isspace() and len(run[0]) <= 15

    def _end_row(self) -> None:
        if self.row is not None:
            self.rows.append(["\n".join(cell).strip("\n") for cell in self.row])
            self.row = None

    def _end_table(self) -> None:
        self._end_row()
        if self.rows:
            width = max(len(r) for r in self.rows)
            grid = [r + [""] * (width - len(r)) for r in self.rows]
            self.blocks.append(Table(grid))
            self.rows = []


