"""The contract's records (``self-eval-facts/1``) and their JSON, with provenance in extra keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTRACT = "self-eval-facts/1"
FUND_FIELDS = ("initial_budget", "adjusted_budget", "executed", "weight", "execution_rate", "score")
FUND_ROW_KEYS = ("total", "current_appropriation", "carryover", "other")

Provenance = dict[str, Any]


@dataclass
class FundRow:
    initial_budget: float | None = None
    adjusted_budget: float | None = None
    executed: float | None = None
    weight: float | None = None
    execution_rate: float | None = None
    score: float | None = None
    provenance: Provenance = field(default_factory=dict)

    def is_empty(self) -> bool:
        return all(getattr(self, f) is None for f in FUND_FIELDS)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {f: getattr(self, f) for f in FUND_FIELDS}
        out["provenance"] = self.provenance
        return out


@dataclass
class Indicator:
    level1: str | None
    level2: str | None
    name: str | None
    target: str | None = None
    actual: str | None = None
    weight: float | None = None
    score: float | None = None
    deviation: str | None = None
    nature: str | None = None
    unit: str | None = None
    provenance: Provenance = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "level1": self.level1, "level2": self.level2, "name": self.name, "target": self.target,
            "actual": self.actual, "weight": self.weight, "score": self.score, "deviation": self.deviation,
        }
        if self.nature is not None:
            out["nature"] = self.nature
        if self.unit is not None:
            out["unit"] = self.unit
        out["provenance"] = self.provenance
        return out


@dataclass
class Project:
    name: str | None
    supervising_dept: str | None = None
    implementing_unit: str | None = None
    funds: dict[str, FundRow] = field(default_factory=dict)
    goal_expected: str | None = None
    goal_actual: str | None = None
    indicators: list[Indicator] = field(default_factory=list)
    total_weight: float | None = None
    total_score: float | None = None
    grade: str | None = None
    provenance: Provenance = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "supervising_dept": self.supervising_dept,
            "implementing_unit": self.implementing_unit,
            "funds": {k: self.funds[k].to_json() for k in FUND_ROW_KEYS if k in self.funds},
            "goal_expected": self.goal_expected,
            "goal_actual": self.goal_actual,
            "indicators": [i.to_json() for i in self.indicators],
            "total_weight": self.total_weight,
            "total_score": self.total_score,
            "grade": self.grade,
            "provenance": self.provenance,
        }


DEPARTMENT_FIELDS = ("basic_expenditure", "project_expenditure", "personnel_expenditure", "public_expenditure",
                     "score", "grade")


@dataclass
class Department:
    funds: FundRow | None = None
    basic_expenditure: float | None = None
    project_expenditure: float | None = None
    personnel_expenditure: float | None = None
    public_expenditure: float | None = None
    score: float | None = None
    grade: str | None = None
    indicators: list[Indicator] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)

    def set(self, name: str, value: Any, provenance: Provenance) -> None:
        """Keep the first value a document states for a field."""
        if value is None or getattr(self, name) is not None:
            return
        setattr(self, name, value)
        self.provenance[name] = provenance

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"funds": self.funds.to_json() if self.funds else None}
        for name in DEPARTMENT_FIELDS:
            out[name] = getattr(self, name)
        out["indicators"] = [i.to_json() for i in self.indicators]
        out["provenance"] = self.provenance
        return out


@dataclass
class SummaryRow:
    project: str | None
    amount: float | None
    score: float | None
    grade: str | None
    provenance: Provenance = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"project": self.project, "amount": self.amount, "score": self.score, "grade": self.grade,
                "provenance": self.provenance}


@dataclass
class Spending:
    classification: str
    path: list[str]
    phase: str
    year: int | None
    amount: float
    provenance: Provenance = field(default_factory=dict)
    code: str | None = None  # the classification code printed on the row (2012901, 30101), where printed

    def key(self) -> tuple[str, tuple[str, ...], str, int | None]:
        return (self.classification, tuple(self.path), self.phase, self.year)

    def to_json(self) -> dict[str, Any]:
        return {"classification": self.classification, "path": self.path, "phase": self.phase,
                "year": self.year, "amount": self.amount, "code": self.code, "provenance": self.provenance}


@dataclass
class Unit:
    name: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "province": self.province, "city": self.city, "county": self.county,
                "adcode": self.adcode}


@dataclass
class Facts:
    source: dict[str, Any]
    unit: Unit
    fiscal_year: int | None
    projects: list[Project] = field(default_factory=list)
    department: Department | None = None
    summary_rows: list[SummaryRow] = field(default_factory=list)
    spending: list[Spending] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    staffing: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "contract": CONTRACT,
            "source": self.source,
            "unit": self.unit.to_json(),
            "fiscal_year": self.fiscal_year,
            "projects": [p.to_json() for p in self.projects],
            "department": self.department.to_json() if self.department else None,
            "summary_rows": [r.to_json() for r in self.summary_rows],
            "spending": [s.to_json() for s in self.spending],
            "staffing": self.staffing,
            "warnings": self.warnings,
        }
