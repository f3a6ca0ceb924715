"""The project's own comparison of extracted facts with a hand-made gold file.

Facts are compared field by field after pairing projects, indicators, summary rows and
spending lines; each gold value found with the same value counts as correct. A value
extracted where the gold has none counts against precision only where the gold covers
that kind of fact. Numbers agree within 0.005; texts agree once spaces and punctuation
are removed.

A gold file marked ``"partial": true`` labels only some facts of a long document: then only those are
scored, and what is extracted beyond them is not counted (as ``../shared/contract/score.py`` does). With
``like_scorer=True`` texts and numbers agree as that scorer has them agree: a gold text of over 30
characters agrees with one 0.9 alike, and a number printed with thousands separators is read.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

_NOISE = re.compile(r"[\W_]+", re.UNICODE)
_LABEL = re.compile(r"^指标\s*\d+\s*[:：]")
_LONG_TEXT, _LONG_TEXT_LIKENESS = 30, 0.9  # the shared scorer's: longer texts agree at this likeness


def _text(value: Any) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", str(value))).lower() if value is not None else ""


def _agree(gold: Any, got: Any, like_scorer: bool = False) -> bool:
    if isinstance(gold, int | float) and not isinstance(gold, bool):
        printed = str(got).rstrip("%")
        if like_scorer and not isinstance(got, bool):
            printed = unicodedata.normalize("NFKC", printed).strip().rstrip("%").replace(",", "")
        try:
            return abs(float(gold) - float(printed)) <= max(0.005, abs(gold) * 1e-4)
        except (TypeError, ValueError):
            return False
    g, e = _text(gold), _text(got)
    if g == e:
        return True
    return like_scorer and len(g) > _LONG_TEXT and \
        difflib.SequenceMatcher(None, g, e, autojunk=False).ratio() >= _LONG_TEXT_LIKENESS


def _likeness(a: Any, b: Any) -> float:
    x, y = _text(_LABEL.sub("", a or "")), _text(_LABEL.sub("", b or ""))
    if not x or not y:
        return 1.0 if x == y else 0.0
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


def _pair(gold: list[dict], got: list[dict], score, floor: float) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    ranked = sorted(((score(g, e), i, j) for i, g in enumerate(gold) for j, e in enumerate(got)),
                    key=lambda t: (-t[0], t[1], t[2]))
    taken_g: dict[int, int] = {}
    taken_e: set[int] = set()
    for s, i, j in ranked:
        if s >= floor and i not in taken_g and j not in taken_e:
            taken_g[i] = j
            taken_e.add(j)
    pairs = [(g, got[taken_g[i]] if i in taken_g else None) for i, g in enumerate(gold)]
    return pairs, [e for j, e in enumerate(got) if j not in taken_e]


@dataclass
class Comparison:
    """``partial``: the gold labels only some facts, so a value it has none for is not scored.
    ``like_scorer``: texts and numbers agree as the shared scorer has them agree (module docstring)."""

    correct: int = 0
    extracted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    partial: bool = False
    like_scorer: bool = False

    def field(self, where: str, gold: Any, got: Any) -> None:
        if gold is None and (got is None or self.partial):
            return
        self.expected += gold is not None
        self.extracted += got is not None
        if gold is not None and got is not None and _agree(gold, got, self.like_scorer):
            self.correct += 1
        else:
            self.misses.append(f"{where}: gold={gold!r} got={got!r}")

    def extra(self, where: str, item: dict, keys: list[str]) -> None:
        if self.partial:
            return
        for key in keys:
            if item.get(key) is not None:
                self.field(f"{where}.{key} (extra)", None, item.get(key))

    @property
    def f1(self) -> float:
        p = self.correct / self.extracted if self.extracted else 1.0
        r = self.correct / self.expected if self.expected else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


FUNDS = ["initial_budget", "adjusted_budget", "executed", "weight", "execution_rate", "score"]
INDICATOR = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]


def _indicators(c: Comparison, where: str, gold: list[dict], got: list[dict]) -> None:
    def score(g: dict, e: dict) -> float:
        return 0.5 * (_text(g.get("level2")) == _text(e.get("level2"))) + 0.5 * _likeness(g.get("name"), e.get("name"))

    pairs, rest = _pair(gold, got, score, 0.5)
    for g, e in pairs:
        for key in INDICATOR:
            c.field(f"{where}.{g.get('name')}.{key}", g.get(key), (e or {}).get(key))
    for e in rest:
        c.extra(f"{where}.{e.get('name')}", e, INDICATOR)


def compare(gold: dict, got: dict, *, like_scorer: bool = False) -> Comparison:
    """Every fact of ``gold`` against ``got``; a ``"partial": true`` gold scores only its labelled facts."""
    c = Comparison(partial=bool(gold.get("partial")), like_scorer=like_scorer)
    for key in ["name", "province", "city", "county", "adcode"]:
        c.field(f"unit.{key}", gold["unit"].get(key), (got.get("unit") or {}).get(key))
    c.field("fiscal_year", gold.get("fiscal_year"), got.get("fiscal_year"))

    pairs, rest = _pair(gold["projects"], got.get("projects") or [],
                        lambda g, e: _likeness(g.get("name"), e.get("name")), 0.6)
    for g, e in pairs:
        e = e or {}
        where = f"project[{g['name']}]"
        c.field(f"{where}.name", g.get("name"), e.get("name"))
        for row in ["total", "current_appropriation", "carryover", "other"]:
            for key in FUNDS:
                c.field(f"{where}.funds.{row}.{key}", (g["funds"].get(row) or {}).get(key),
                        ((e.get("funds") or {}).get(row) or {}).get(key))
        for key in ["supervising_dept", "implementing_unit", "goal_expected", "goal_actual", "total_weight",
                    "total_score", "grade"]:
            c.field(f"{where}.{key}", g.get(key), e.get(key))
        _indicators(c, where, g.get("indicators") or [], e.get("indicators") or [])
    for e in rest:
        c.extra(f"project[{e.get('name')}]", e, ["name"])

    gd, ed = gold.get("department") or {}, got.get("department") or {}
    for key in FUNDS:
        c.field(f"department.funds.{key}", (gd.get("funds") or {}).get(key), (ed.get("funds") or {}).get(key))
    for key in ["basic_expenditure", "project_expenditure", "personnel_expenditure", "public_expenditure",
                "score", "grade"]:
        c.field(f"department.{key}", gd.get(key), ed.get(key))
    _indicators(c, "department", gd.get("indicators") or [], ed.get("indicators") or [])

    pairs, rest = _pair(gold["summary_rows"], got.get("summary_rows") or [],
                        lambda g, e: _likeness(g.get("project"), e.get("project")), 0.6)
    for g, e in pairs:
        for key in ["project", "amount", "score", "grade"]:
            c.field(f"summary[{g['project']}].{key}", g.get(key), (e or {}).get(key))
    for e in rest:
        c.extra(f"summary[{e.get('project')}]", e, ["project", "amount", "score", "grade"])

    def spending_score(g: dict, e: dict) -> float:
        if (g["classification"], g["phase"], g["year"]) != (e.get("classification"), e.get("phase"), e.get("year")):
            return 0.0
        likeness = _likeness("/".join(g["path"]), "/".join(e.get("path") or []))
        return 0.0 if likeness < 0.4 else likeness + 0.5 * _agree(g["amount"], e.get("amount"), like_scorer)

    pairs, rest = _pair(gold["spending"], got.get("spending") or [], spending_score, 0.4)
    for g, e in pairs:
        c.field(f"spending{[g['classification'], g['path'], g['phase'], g['year']]}", g["amount"],
                (e or {}).get("amount"))
    for e in rest:
        c.extra(f"spending{[e.get('classification'), e.get('path'), e.get('phase'), e.get('year')]}", e, ["amount"])
    return c
