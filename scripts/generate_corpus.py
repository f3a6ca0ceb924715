"""Generate a corpus of reports in mixed formats by varying the seed reports.

Each generated document is a seed with another unit (a county from the gazetteer), another
fiscal year, project names varied and money scaled, rendered as PDF, DOCX, XLSX, HTML or text.

By default counties are drawn at random, so N documents name fewer than N units. With
``--units N`` the corpus covers exactly N distinct units, for warehouses that must look like
a country's worth of counties: counties are taken from a shuffled list (names that are unique in
the gazetteer, so every unit resolves to one place), and past the number of counties the kind of
unit varies too (总工会, 财政局, 教育局, ...), so peer groups by kind exist. Each unit reports for
one or two of 2022–2024, and its execution rates, funds scores and indicator scores are varied
per project (rates spread around 80–110 %, some totals below 90, some units inflating their
funds scores), so the dashboard's distributions are not those of five seeds copied.

    python scripts/generate_corpus.py OUT_DIR [--count 500] [--seed 7]   (or python -m scripts.generate_corpus)
    python scripts/generate_corpus.py OUT_DIR --units 2900 [--count 3600] [--kinds 4] [--jobs 2] [--seed 7]

The same seed writes the same documents (the text and HTML files byte for byte; PDF, DOCX and XLSX
carry their rendering time), with any number of --jobs.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import os
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a file, not with -m: the project's packages are beside scripts/
    sys.path.insert(0, str(ROOT))

from pipelines.documents import Document, Paragraph, Table, read_document  # noqa: E402
from pipelines.recognize.unit import gazetteer  # noqa: E402
from tests.fixtures.render import RENDERERS  # noqa: E402

FORMATS = ("pdf", "docx", "xlsx", "html", "txt")
DECIMAL = re.compile(r"(?<![\d.])(\d+\.\d+)(?![\d.])")
# The seeds are all 总工会; the first kind keeps them as they are, the others rename the unit.
UNIT_KINDS = ("总工会", "财政局", "教育局", "民政局", "文化和旅游局", "人民政府", "卫生健康局", "农业农村局",
              "水利局", "司法局")
UNIT_YEARS = (2022, 2023, 2024)
SEED_KIND = "总工会"
# --units mode: money, not percentages or points (分), is scaled; a year is any 20xx not part of a number.
MONEY = re.compile(r"(?<![\d.])(\d+\.\d+)(?![\d.])(?!\s*[%％分])")
YEAR = re.compile(r"(?<![\d.])(20[12]\d)(?![\d.])")
PROJECT_WORD = re.compile(r"(工作经费|活动经费|专项资金|资金|活动)(?=$|[|\s])")
SYNONYMS = {"工作经费": ("工作经费", "专项工作经费", "业务工作经费"), "活动经费": ("活动经费", "专项活动经费"),
            "专项资金": ("专项资金", "补助资金"), "资金": ("资金", "补助资金", "专项资金"),
            "活动": ("活动", "系列活动", "专项活动")}
FUND_FIELDS = ("initial_budget", "adjusted_budget", "executed", "weight", "execution_rate", "score")
SLOT = "\ue000"  # brackets a placeholder for a figure set before the text is varied


def counties() -> list[str]:
    by_code, _ = gazetteer()
    return sorted(p.name for p in by_code.values() if p.level == "county" and p.name.endswith(("县", "区")))


def vary(document: Document, original_county: str, county: str, original_year: int, year: int,
         scale: float, tag: str) -> Document:
    def text(value: str) -> str:
        value = value.replace(original_county, county).replace(str(original_year), str(year))
        value = DECIMAL.sub(lambda m: f"{float(m.group(1)) * scale:.2f}", value)
        return re.sub(r"(工作经费|活动经费|专项资金|资金|活动)(?=$|[|\s])", lambda m: m.group(1) + tag, value, count=1)

    blocks = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(text(block.text)))
        else:
            blocks.append(Table([[text(c) for c in row] for row in block.rows]))
    return Document(blocks=blocks, format=document.format)


def render_txt(document: Document, out: Path) -> None:
    lines = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend("\t".join(c.replace("\n", " ") for c in row) for row in block.rows)
        lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")


@dataclass(frozen=True)
class Seed:
    """A seed report read once: its document, the facts the extractor finds in it, its unit's region."""

    path: Path
    document: Document
    facts: dict[str, Any]
    province: str
    city: str
    county: str
    year: int


@functools.cache
def read_seeds() -> tuple[Seed, ...]:
    """Read and extract once per process: the seeds never change while generating."""
    from pipelines.recognize.extract import extract

    seeds = []
    for path in sorted((ROOT / "raw").rglob("*.txt")):
        document = read_document(path)
        facts = extract(document)
        unit = facts.unit
        seeds.append(Seed(path, document, facts.to_json(), unit.province or "", unit.city or "",
                          unit.county or "", facts.fiscal_year or 2023))
    return tuple(seeds)


def generate(out_dir: Path, count: int | None = None, seed: int = 7, units: int | None = None,
             kinds: int | None = None, jobs: int = 1) -> list[Path]:
    """Write the corpus (500 documents unless ``count``); ``units`` switches to N distinct units with
    1–2 years each (see the module doc)."""
    if units is not None:
        return generate_units(out_dir, units, count, seed, kinds, jobs)
    if kinds is not None:
        raise ValueError("--kinds needs --units")
    from pipelines.recognize.extract import extract

    count = 500 if count is None else count
    rng = random.Random(seed)
    sources = []
    for path in sorted((ROOT / "raw").rglob("*.txt")):
        document = read_document(path)
        facts = extract(document)
        county = facts.unit.county or ""
        sources.append((path, document, county, facts.fiscal_year or 2023))
    names = counties()
    made = []
    for i in range(count):
        path, document, county, year = sources[i % len(sources)]
        new_county = rng.choice(names)
        fmt = FORMATS[i % len(FORMATS)]
        varied = vary(document, county, new_county, year, rng.choice((2021, 2022, 2023, 2024)),
                      rng.uniform(0.5, 2.0), f"{i:03d}")
        target = out_dir / new_county / f"{i:04d}_{path.stem[:3]}.{fmt}"
        target.parent.mkdir(parents=True, exist_ok=True)
        (render_txt if fmt == "txt" else RENDERERS[fmt])(varied, target)
        made.append(target)
        if (i + 1) % 50 == 0:
            print(f"generated {i + 1}/{count}", flush=True)
    return made


# ---------------------------------------------------------------------------------------------
# --units: N distinct units
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    province: str
    city: str
    county: str


@dataclass
class Unit:
    """One generated reporting unit and how it behaves: its execution, its scoring habits, its size."""

    place: Place
    kind: str
    seed: Seed
    years: tuple[int, ...]
    mean_rate: float  # the unit's typical execution rate (1.0 = 100 %)
    inflates: bool  # reports full funds scores whatever its execution
    deduct: float  # the chance that an indicator loses points
    size: float  # money scale against the seed
    words: dict[str, str] = field(default_factory=dict)  # how it names its projects (the same every year)

    @property
    def name(self) -> str:
        return self.place.county + self.kind


def unique_counties() -> list[Place]:
    """Counties (县/区) whose name is unique in the gazetteer, with their city and province."""
    by_code, _ = gazetteer()
    places = [p for p in by_code.values() if p.level == "county" and p.name.endswith(("县", "区"))]
    seen: dict[str, int] = {}
    for p in places:
        seen[p.name] = seen.get(p.name, 0) + 1
    out = []
    for p in places:
        if seen[p.name] == 1:
            province, city, county, _ = p.region()
            if province and city and county:
                out.append(Place(province, city, county))
    return sorted(out, key=lambda p: p.county)


def plan_units(n: int, count: int | None, rng: random.Random, seeds: tuple[Seed, ...], kinds: int | None = None
               ) -> list[Unit]:
    """N distinct (county, kind) units; ``count`` documents in all (1–2 years each) or about 1.25 N.

    Units go over ``kinds`` kinds of unit (at least as many as N needs past the number of counties).
    """
    if n < 1:
        raise ValueError("--units must be at least 1")
    if count is not None and not n <= count <= 2 * n:
        raise ValueError(f"--count must be between --units and twice it ({n}..{2 * n}), got {count}")
    places = unique_counties()
    passes = max(-(-n // len(places)), kinds or 1)
    if passes > len(UNIT_KINDS):
        raise ValueError(f"at most {len(places) * len(UNIT_KINDS)} units ({len(places)} counties × "
                         f"{len(UNIT_KINDS)} kinds)" if kinds is None else f"--kinds: at most {len(UNIT_KINDS)}")
    rng.shuffle(places)
    names = UNIT_KINDS[:passes]
    two_years = set(rng.sample(range(n), count - n)) if count is not None else {
        i for i in range(n) if rng.random() < 0.25}
    units = []
    for i in range(n):
        j, k = i % len(places), i // len(places)
        years = tuple(sorted(rng.sample(UNIT_YEARS, 2 if i in two_years else 1)))
        inflates = rng.random() < 0.35
        units.append(Unit(place=places[j], kind=names[(j + k) % passes], seed=seeds[i % len(seeds)], years=years,
                          mean_rate=rng.uniform(0.84, 1.04), inflates=inflates,
                          deduct=rng.uniform(0.0, 0.08) if inflates else rng.uniform(0.0, 0.45),
                          size=2 ** rng.uniform(-1.3, 1.3),
                          words={word: rng.choice(choices) for word, choices in SYNONYMS.items()}))
    return units


_TASKS: list[tuple[Unit, int, int, Path]] = []  # set before a pool forks: workers read it, nothing is pickled


def _write(task: int) -> Path:
    unit, year, bits, target = _TASKS[task]
    varied = vary_unit(unit, year, random.Random(bits))
    target.parent.mkdir(parents=True, exist_ok=True)
    form = target.suffix[1:]
    (render_txt if form == "txt" else RENDERERS[form])(varied, target)
    return target


def generate_units(out_dir: Path, n: int, count: int | None = None, seed: int = 7, kinds: int | None = None,
                   jobs: int = 1) -> list[Path]:
    """Every random draw happens here, in order, so ``jobs`` processes write the same corpus as one."""
    global _TASKS
    rng = random.Random(seed)
    units = plan_units(n, count, rng, read_seeds(), kinds)
    tasks = []
    for unit in units:
        for year in unit.years:
            i = len(tasks)
            target = (out_dir / unit.place.province / unit.name / str(year)
                      / f"{i:05d}_{unit.seed.path.stem[:3]}.{FORMATS[i % len(FORMATS)]}")
            tasks.append((unit, year, rng.getrandbits(64), target))
    _TASKS = tasks
    try:
        if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                made = []
                for path in pool.imap(_write, range(len(tasks)), chunksize=4):
                    made.append(path)
                    if len(made) % 100 == 0:
                        print(f"generated {len(made)}/{len(tasks)}", flush=True)
                return made
        made = []
        for task in range(len(tasks)):
            made.append(_write(task))
            if len(made) % 100 == 0:
                print(f"generated {len(made)}/{len(tasks)}", flush=True)
        return made
    finally:
        _TASKS = []


def fmt(value: float, digits: int = 2) -> str:
    """A figure as a report prints it: no trailing zeros."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def number(cell: str) -> float | None:
    text = cell.strip().replace(",", "").rstrip("%％").strip()
    try:
        return float(text)
    except ValueError:
        return None


def grade(score: float) -> str:
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


@dataclass
class Edits:
    """Figures decided from the seed's facts, placed before the text is varied.

    ``cells`` replace table cells outright (and keep them from being scaled again); ``phrases``
    replace a pattern in one paragraph; ``money`` maps a decimal as printed to its new text
    wherever it stands.
    """

    cells: dict[tuple[int, int, int], str] = field(default_factory=dict)
    phrases: dict[int, list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]] = field(default_factory=dict)
    money: dict[str, str] = field(default_factory=dict)

    def phrase(self, block: int, pattern: str, replace: Callable[[re.Match[str]], str]) -> None:
        self.phrases.setdefault(block, []).append((re.compile(pattern), replace))


def numeric_cells(document: Document, block: int, row: int) -> list[tuple[int, float, str]]:
    table = document.blocks[block] if block < len(document.blocks) else None
    if not isinstance(table, Table) or row >= len(table.rows):
        return []
    return [(c, v, cell) for c, cell in enumerate(table.rows[row]) if cell.strip() and (v := number(cell)) is not None]


def fund_cells(document: Document, funds: dict[str, Any]) -> dict[str, tuple[int, int, int, str]] | None:
    """Where each figure of a fund row stands: (block, row, col, text), when the row's numbers are its fields."""
    where = funds.get("provenance") or {}
    if "row" not in where:
        return None
    present = [f for f in FUND_FIELDS if funds.get(f) is not None]
    cells = numeric_cells(document, where["block"], where["row"])
    if len(cells) != len(present):
        return None
    if any(abs(v - funds[f]) > 0.006 for f, (_, v, _) in zip(present, cells, strict=True)):
        return None
    return {f: (where["block"], where["row"], c, text) for f, (c, _, text) in zip(present, cells, strict=True)}


def new_money(text: str, value: float, scale: float) -> float:
    """Money printed with decimals is scaled like the rest of the text; whole numbers stay as printed."""
    return round(value * scale, 2) if "." in text else value


def vary_funds(document: Document, rows: list[dict[str, Any]], rate: float, scale: float, edits: Edits,
               unit: Unit, rng: random.Random) -> tuple[float, float | None, float | None]:
    """Set one owner's fund rows (total and sources) to execute ``rate`` of budget.

    Returns (points the funds score lost, the new executed of the main row, the old one).
    """
    located = [(r, where) for r in rows if r and (where := fund_cells(document, r)) is not None]
    lost, main_new, main_old = 0.0, None, None
    for funds, where in located:
        base_field = "adjusted_budget" if funds.get("adjusted_budget") else "initial_budget"
        base = None
        for f in ("initial_budget", "adjusted_budget"):
            if f in where:
                b, r, c, text = where[f]
                value = new_money(text, funds[f], scale)
                edits.cells[(b, r, c)] = fmt(value)
                if f == base_field:
                    base = value
        if "executed" in where and base:
            b, r, c, _ = where["executed"]
            executed = round(base * rate, 2)
            edits.cells[(b, r, c)] = fmt(executed)
            if main_new is None:
                main_new, main_old = executed, funds["executed"]
        if "execution_rate" in where:
            b, r, c, text = where["execution_rate"]
            edits.cells[(b, r, c)] = fmt(rate * 100) + ("%" if text.strip().endswith(("%", "％")) else "")
        if "weight" in where:
            b, r, c, text = where["weight"]
            edits.cells[(b, r, c)] = text.strip()
        if "score" in where and funds.get("weight"):
            b, r, c, _ = where["score"]
            weight = funds["weight"]
            score = weight if unit.inflates and rng.random() < 0.7 else round(weight * min(rate, 1.0), 1)
            edits.cells[(b, r, c)] = fmt(score, 1)
            lost += funds["score"] - score
    return lost, main_new, main_old


def vary_indicators(document: Document, indicators: list[dict[str, Any]], edits: Edits, unit: Unit,
                    rng: random.Random) -> float:
    """Take points off some indicators (as the unit's habit says); returns the points lost."""
    lost = 0.0
    for indicator in indicators:
        weight, score, where = indicator.get("weight"), indicator.get("score"), indicator.get("provenance") or {}
        if not weight or score is None or "row" not in where:
            continue
        cells = numeric_cells(document, where["block"], where["row"])
        pairs = [k for k in range(len(cells) - 1)
                 if abs(cells[k][1] - weight) < 0.006 and abs(cells[k + 1][1] - score) < 0.006]
        if not pairs:
            continue
        k = pairs[-1]
        new = score
        if score >= weight and rng.random() < unit.deduct:
            new = round(weight * rng.uniform(0.55, 0.95) * 2) / 2  # half points, as forms print them
        for c, _, text in cells:
            edits.cells[(where["block"], where["row"], c)] = text.strip()
        edits.cells[(where["block"], where["row"], cells[k + 1][0])] = fmt(new, 1)
        lost += score - new
    return lost


def set_score_in_prose(edits: Edits, where: dict[str, Any] | None, old: float, new: float) -> None:
    if where and "row" not in where and "block" in where:
        old_text = re.escape(fmt(old, 2))
        edits.phrase(where["block"], rf"(得分\s*(?:为)?\s*){old_text}(?=\s*分)", lambda m: m.group(1) + fmt(new, 1))
        edits.phrase(where["block"], r"(等级\s*(?:为)?\s*[“\"]?)[优良中差]", lambda m: m.group(1) + grade(new))


def set_total_in_table(document: Document, block: int, old: float, new: float, edits: Edits) -> None:
    """The 总分 / 合计 row of a project's table: its last figure equal to the old total."""
    table = document.blocks[block] if block < len(document.blocks) else None
    if not isinstance(table, Table):
        return
    for r, row in enumerate(table.rows):
        label = "".join(next((c for c in row if c.strip()), "").split())
        if not label.startswith(("总分", "合计", "得分合计", "总计")):
            continue
        hits = [c for c, v, _ in numeric_cells(document, block, r) if abs(v - old) < 0.006]
        if hits:
            edits.cells[(block, r, hits[-1])] = fmt(new, 1)


def vary_department(document: Document, department: dict[str, Any], unit: Unit, rate: float, scale: float,
                    edits: Edits, rng: random.Random) -> None:
    funds = department.get("funds") or {}
    where = funds.get("provenance") or {}
    if "row" in where:  # a table row: like a project's
        vary_funds(document, [funds], rate, scale, edits, unit, rng)
    elif funds.get("executed") and (funds.get("adjusted_budget") or funds.get("initial_budget")):
        base_field = "adjusted_budget" if funds.get("adjusted_budget") else "initial_budget"
        base, executed = funds[base_field], funds["executed"]
        base_text, executed_text = fmt(base), fmt(executed)
        old_rate = executed / base
        if base_text != executed_text and "." in base_text:  # the budget stands apart: move it
            edits.money[base_text] = fmt(executed * scale / rate)
        elif "block" in (where.get("executed") or {}):  # the same figure twice: the one after 决算数
            new_executed = fmt(base * scale * rate)
            pattern = rf"((?:决算数|执行数|实际支出)\s*(?:为)?\s*){re.escape(executed_text)}"
            edits.phrase(where["executed"]["block"], pattern, lambda m: m.group(1) + new_executed)
            printed = funds.get("execution_rate")
            rate_where = where.get("execution_rate") or {}
            if printed and "block" in rate_where:
                edits.phrase(rate_where["block"], rf"{re.escape(fmt(printed))}(?=\s*[%％])",
                             lambda m: fmt(printed * rate / old_rate))
    lost = vary_indicators(document, department.get("indicators") or [], edits, unit, rng)
    score = department.get("score")
    if score is not None:
        new = score - lost if lost else max(50.0, score - (rng.uniform(0, 14) if rng.random() < unit.deduct * 2
                                                             else rng.uniform(0, 3)))
        new = round(new, 1)
        provenance = department.get("provenance") or {}
        set_score_in_prose(edits, provenance.get("score"), score, new)
        if provenance.get("grade") and provenance.get("grade") != provenance.get("score"):
            set_score_in_prose(edits, provenance.get("grade"), score, new)
        for indicator in (department.get("indicators") or [])[:1]:
            set_total_in_table(document, indicator["provenance"]["block"], score, new, edits)


def vary_summary_row(document: Document, row: dict[str, Any],
                     project: tuple[float, float, float | None, float | None] | None, edits: Edits, unit: Unit,
                     rng: random.Random) -> None:
    """A line of a 自评结果 table: the project's new total when this document has its form, else a new score."""
    where = row.get("provenance") or {}
    cells = numeric_cells(document, where["block"], where["row"]) if "row" in where else []
    old = row.get("score")
    if not cells or old is None:
        return
    if project:
        new = project[1]
    else:
        drop = rng.uniform(2, 15) if rng.random() < unit.deduct * 2 else rng.uniform(0, 3)
        new = round(max(50.0, old - drop) * 2) / 2
    block, r = where["block"], where["row"]
    score_col = max(c for c, v, _ in cells if abs(v - old) < 0.006) if any(
        abs(v - old) < 0.006 for _, v, _ in cells) else None
    if score_col is not None:
        edits.cells[(block, r, score_col)] = fmt(new, 1)
    if project and project[2] is not None and project[3] is not None:
        for c, v, _ in cells:
            if c != score_col and abs(v - project[3]) < 0.006:
                edits.cells[(block, r, c)] = fmt(project[2])
    if row.get("grade"):
        for c, cell in enumerate(document.blocks[block].rows[r]):
            if cell.strip() == row["grade"]:
                edits.cells[(block, r, c)] = grade(new)


def plan_edits(seed: Seed, unit: Unit, scale: float, rng: random.Random) -> Edits:
    """Every figure the unit's habits change in this seed: execution, funds scores, indicator scores, totals."""
    document, facts, edits = seed.document, seed.facts, Edits()
    project_totals: dict[str, tuple[float, float, float | None, float | None]] = {}
    for project in facts.get("projects") or []:
        rate = min(1.25, max(0.5, rng.gauss(unit.mean_rate, 0.06)))
        funds = project.get("funds") or {}
        rows = [funds.get("total"), *(v for k, v in funds.items() if k != "total")]
        funds_lost, executed, old_executed = vary_funds(document, rows, rate, scale, edits, unit, rng)
        indicators = project.get("indicators") or []
        lost = vary_indicators(document, indicators, edits, unit, rng)
        total = project.get("total_score")
        if total is None:
            continue
        items = sum(i.get("score") or 0 for i in indicators)
        funds_score = (funds.get("total") or {}).get("score") or 0
        includes_funds = abs(total - items - funds_score) < abs(total - items)
        new_total = round(total - lost - (funds_lost if includes_funds else 0), 1)
        project_totals[project.get("name") or ""] = (total, new_total, executed, old_executed)
        where = project.get("provenance") or {}
        if "block" in where:
            set_total_in_table(document, where["block"], total, new_total, edits)
        set_score_in_prose(edits, where.get("grade"), total, new_total)
    for row in facts.get("summary_rows") or []:
        vary_summary_row(document, row, project_totals.get(row.get("project") or ""), edits, unit, rng)
    if facts.get("department"):
        rate = min(1.2, max(0.6, rng.gauss(unit.mean_rate, 0.05)))
        vary_department(document, facts["department"], unit, rate, scale, edits, rng)
    return edits


def vary_unit(unit: Unit, year: int, rng: random.Random) -> Document:
    """The unit's seed as this unit would publish it for ``year``."""
    seed = unit.seed
    scale = unit.size * rng.uniform(0.9, 1.15)
    edits = plan_edits(seed, unit, scale, rng)
    delta = year - seed.year
    names = {seed.county + SEED_KIND: unit.name, seed.county: unit.place.county}
    for old, new in ((seed.city, unit.place.city), (seed.province, unit.place.province)):
        if old and old not in names:
            names[old] = new
    name_pattern = re.compile("|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)))
    bare_kind = re.compile(r"(?<![省市治])[县区]总工会") if unit.kind != SEED_KIND else None

    def shift(m: re.Match[str]) -> str:
        value = int(m.group(1)) + delta
        return str(value) if 2010 <= int(m.group(1)) <= 2029 else m.group(1)

    def money(m: re.Match[str]) -> str:
        return edits.money.get(m.group(1)) or f"{float(m.group(1)) * scale:.2f}"

    def text(value: str) -> str:
        value = name_pattern.sub(lambda m: names[m.group(0)], value)
        if bare_kind is not None:
            value = bare_kind.sub(lambda m: unit.place.county[-1] + unit.kind, value)
        value = YEAR.sub(shift, value)
        value = MONEY.sub(money, value)
        return PROJECT_WORD.sub(lambda m: unit.words[m.group(1)], value, count=1)

    def paragraph(index: int, value: str) -> str:
        slots: list[str] = []
        for pattern, replace in edits.phrases.get(index, []):
            def hold(m: re.Match[str], replace: Callable[[re.Match[str]], str] = replace) -> str:
                slots.append(replace(m))
                return f"{SLOT}{chr(0xE100 + len(slots) - 1)}{SLOT}"
            value = pattern.sub(hold, value, count=1)
        value = text(value)
        return re.sub(f"{SLOT}(.){SLOT}", lambda m: slots[ord(m.group(1)) - 0xE100], value)

    blocks: list[Paragraph | Table] = []
    for b, block in enumerate(seed.document.blocks):
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(paragraph(b, block.text)))
        else:
            blocks.append(Table([[edits.cells[(b, r, c)] if (b, r, c) in edits.cells else text(cell)
                                  for c, cell in enumerate(row)] for r, row in enumerate(block.rows)]))
    return Document(blocks=blocks, format=seed.document.format)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Each document is a seed report under raw/ with another county, year, project names and money. "
               "With --units, every unit is distinct and reports for one or two of 2022-2024.")
    parser.add_argument("out", type=Path, help="folder to write the documents into (created)")
    parser.add_argument("--count", type=int, default=None,
                        help="how many documents (default 500; with --units: between N and 2N, default about 1.25 N)")
    parser.add_argument("--units", type=int, metavar="N",
                        help="cover N distinct units (counties, then other kinds of unit past the number of "
                             "counties), each with 1-2 fiscal years and varied execution and scores")
    parser.add_argument("--kinds", type=int, metavar="K",
                        help=f"with --units: spread the units over the first K kinds of unit "
                             f"({', '.join(UNIT_KINDS)}); default as few as N needs (1 up to the number of counties)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="with --units: processes writing documents (default: every core; same corpus)")
    parser.add_argument("--seed", type=int, default=7, help="random seed: the same seed makes the same corpus")
    args = parser.parse_args()
    try:
        made = generate(args.out, args.count, args.seed, units=args.units, kinds=args.kinds,
                        jobs=args.jobs)
    except ValueError as error:
        parser.error(str(error))
    if args.units is not None:
        print(f"{len(made)} documents for {len(set(p.parent.parent for p in made))} units under {args.out}")
    else:
        print(f"{len(made)} documents under {args.out}")


if __name__ == "__main__":
    main()
