"""Staffing (编制数, 实际在职人数): not in the contract's measured keys, kept as an extra for per-staff figures.

A data table's 编制数 / 实际在职人数 columns are preferred; otherwise the first
``核定编制4人`` / ``实有在职人员7人`` the prose states.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.recognize.prose.sentences import Sentence
from pipelines.structure.table import StructuredTable

AUTHORIZED = ("编制数", "核定编制数", "编制人数")
ACTUAL = ("实际在职人数", "在职人数", "实有人数")
AUTHORIZED_TEXT = re.compile(r"(?:核定|机关行政)?编制(?:人数|数)?(?:为|共)?(\d+)人")
ACTUAL_TEXT = re.compile(r"(?:实有|实际)?在职(?:人员|职工|人数)(?:为|共)?(\d+)人")


def read_staffing(tables: list[StructuredTable], statements: list[Sentence]) -> dict[str, Any] | None:
    for table in tables:
        for row, below in zip(table.rows, table.rows[1:], strict=False):
            cols = {}
            for cell in row.own:
                key = re.sub(r"^\d{4}年?", "", cell.key)
                if key in AUTHORIZED:
                    cols["authorized"] = cell
                elif key in ACTUAL:
                    cols["actual"] = cell
            if len(cols) == 2:
                values = {k: next((c.number for c in below.own if c.overlaps(h.first, h.last)), None)
                          for k, h in cols.items()}
                if any(v is not None for v in values.values()):
                    return {**values, "provenance": table.provenance(below)}
    out: dict[str, Any] = {}
    for s in statements:
        for key, pattern in (("authorized", AUTHORIZED_TEXT), ("actual", ACTUAL_TEXT)):
            match = pattern.search(s.text)
            if match and key not in out:
                out[key] = int(match.group(1))
                out.setdefault("provenance", s.provenance())
    return out or None
