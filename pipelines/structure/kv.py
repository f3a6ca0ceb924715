"""The one label → value finder: ``项目名称 | 值``, a label merged over columns, ``实施单位：值`` in one cell.

A label's value is the next printed cell to its right, unless that cell is itself a label (then the
label was left blank). Labels are matched on cell keys (no spaces, numbering, bracketed notes, colon).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipelines.structure.cells import Cell, key_of
from pipelines.structure.numbers import clean_text
from pipelines.structure.rows import Row, is_key_label
from pipelines.vocabulary.tables import KEY_LABELS

_INLINE = re.compile(r"^(?P<label>[^:：]{2,20}?)\s*[:：]\s*(?P<value>.+)$", re.S)


@dataclass(frozen=True)
class Found:
    value: str | None
    row: Row
    cell: Cell


def inline_value(cell: Cell, labels: Sequence[str]) -> str | None:
    """``实施单位：红寺堡区总工会`` → ``红寺堡区总工会`` when the part before the colon is one of ``labels``."""
    match = _INLINE.match(cell.text)
    if match and key_of(match["label"]) in labels:
        return match["value"].strip() or None
    raw = cell.raw.strip() or cell.text
    for label in sorted(labels, key=len, reverse=True):
        if raw.startswith(label) and len(raw) > len(label) and raw[len(label)] in " \u3000\t":
            return clean_text(raw[len(label):]) or None
    return None


def is_label(cell: Cell, labels: Sequence[str]) -> bool:
    return cell.key in labels


def find(rows: Iterable[Row], labels: Sequence[str]) -> Found | None:
    """The first row holding one of ``labels`` and the value printed after it (None when left blank)."""
    for row in rows:
        own = row.own
        for i, cell in enumerate(own):
            inline = inline_value(cell, labels)
            if inline is not None:
                return Found(inline, row, cell)
            if not is_label(cell, labels):
                continue
            nxt = own[i + 1] if i + 1 < len(own) else None
            if nxt is None or is_key_label(nxt.key) or inline_value(nxt, KEY_LABELS) is not None:
                return Found(None, row, cell)
            return Found(nxt.text, row, cell)
    return None


def starts_with_label(row: Row, labels: Sequence[str]) -> bool:
    """Whether the row's first printed cell is one of ``labels`` (alone or with its value inline)."""
    own = row.own
    return bool(own) and (is_label(own[0], labels) or inline_value(own[0], labels) is not None)

