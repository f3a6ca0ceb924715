"""The reporting unit, its region from an administrative-division gazetteer, and the fiscal year.

The gazetteer is the one the ``cpca`` package maintains (its ``adcodes.csv``: every
province, prefecture and county with its 12-digit code). Short forms that documents
use, such as ``河口县`` for 河口瑶族自治县, are added as aliases; when a name fits
several places, the other place names in the document decide.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pipelines.recognize.facts import Unit
from pipelines.structure.numbers import clean_text, compact

ORG_SUFFIXES = ("总工会", "工会", "妇女联合会", "妇联", "共青团", "团委", "残疾人联合会", "残联", "科学技术协会",
                "科协", "委员会", "人民政府", "办公室", "管理局", "局", "中心", "委", "院", "所", "站", "馆", "部")
UNIT_LABELS = re.compile(r"(?:预算部门名称|预算单位名称|部门名称|单位名称|主管部门)\s*[:：]?\s*([^\s:：|]{3,30})")
MUNICIPALITIES = {"11", "12", "31", "50"}
REGION_SUFFIX = re.compile(r"(省|市|自治区|回族|维吾尔|壮族|特别行政区|地区|盟|自治州|[\u4e00-\u9fff]{1,4}族)+$")


@dataclass(frozen=True)
class Place:
    code: str  # 6 digits
    name: str

    @property
    def level(self) -> str:
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "city"
        return "county"


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Place], dict[str, list[Place]]]:
    """(places by 6-digit code, places by every name and alias)."""
    by_code: dict[str, Place] = {}
    with (_cpca_resources() / "adcodes.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            if code not in by_code:
                by_code[code] = Place(code, row["name"])
    nations = _nation_names()
    by_name: dict[str, list[Place]] = {}
    for place in by_code.values():
        for alias in _aliases(place, nations):
            by_name.setdefault(alias, []).append(place)
    return by_code, by_name


def _cpca_resources() -> Path:
    """cpca's data folder, found without importing cpca (its import needs setuptools' pkg_resources)."""
    spec = find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (administrative-division gazetteer) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def _nation_names() -> list[str]:
    with (_cpca_resources() / "56_nations.csv").open(encoding="utf-8") as fh:
        names = [line.strip().split(",")[-1] for line in fh if line.strip()]
    return sorted({n for n in names if n.endswith("族")}, key=len, reverse=True)


def _aliases(place: Place, nations: list[str]) -> set[str]:
    """The official name, and for autonomous places the short form documents use (河口瑶族自治县 → 河口县)."""
    name = place.name
    out = {name}
    for suffix, short in (("自治县", "县"), ("自治旗", "旗"), ("自治州", "州")):
        if not name.endswith(suffix):
            continue
        base = name[: -len(suffix)]
        stripped = True
        while stripped:
            stripped = False
            for nation in nations:
                if base.endswith(nation) and len(base) > len(nation) + 1:
                    base = base[: -len(nation)]
                    stripped = True
        out.add(base + short)
    return {a for a in out if len(a) >= 3}


def region_of(name: str, document_text: str) -> Unit:
    """Province, city, county and adcode of the lowest place named at the start of ``name``."""
    by_code, by_name = gazetteer()
    candidates = _places_in(name, by_name)
    if not candidates:
        return Unit(name=name)
    best = max(candidates, key=lambda p: (_context_score(p, document_text, by_code), -int(p.code)))
    province = by_code.get(best.code[:2] + "0000")
    city = by_code.get(best.code[:4] + "00")
    unit = Unit(name=name, province=province.name if province else None, adcode=best.code)
    if best.level == "county":
        unit.county = best.name
    if best.code[:2] in MUNICIPALITIES:
        unit.city = unit.province
    elif best.level in ("county", "city"):
        unit.city = city.name if city else None
    return unit


def _places_in(name: str, by_name: dict[str, list[Place]]) -> list[Place]:
    """The places named in ``name`` at the lowest level found (a county beats its city)."""
    found: list[Place] = []
    for alias, places in by_name.items():
        if alias in name:
            found.extend(places)
    if not found:
        return []
    rank = {"county": 0, "city": 1, "province": 2}
    lowest = min(rank[p.level] for p in found)
    return [p for p in found if rank[p.level] == lowest]


def _context_score(place: Place, text: str, by_code: dict[str, Place]) -> int:
    score = 0
    for code in (place.code[:2] + "0000", place.code[:4] + "00"):
        parent = by_code.get(code)
        if parent is None or parent.code == place.code:
            continue
        short = REGION_SUFFIX.sub("", parent.name)
        for key in {parent.name, short}:
            if len(key) >= 2:
                score += text.count(key)
    return score


def find_unit_name(paragraphs: list[str], cells: list[str]) -> str | None:
    """The reporting unit's name: a labelled cell or line first, else the most named `<place><org>`."""
    _, by_name = gazetteer()
    labelled: list[str] = []
    for text in paragraphs + cells:
        for match in UNIT_LABELS.finditer(compact(text)):
            labelled.append(match.group(1))
    for i, cell in enumerate(cells[:-1]):
        if compact(cell).rstrip(":：") in ("预算部门名称", "部门名称", "单位名称", "主管部门", "预算单位名称"):
            labelled.append(compact(cells[i + 1]))
    for value in labelled:
        unit = _unit_in(value, by_name)
        if unit:
            return unit
    counts: Counter[str] = Counter()
    for text in paragraphs[:200]:
        for unit in _units_in_text(compact(text), by_name):
            counts[unit] += 1
    return counts.most_common(1)[0][0] if counts else None


_UNIT_IN_TEXT = re.compile(
    r"([\u4e00-\u9fff]{2,20}?(?:省|市|州|盟|地区|县|区|旗))(" + "|".join(ORG_SUFFIXES) + ")"
)


def _units_in_text(text: str, by_name: dict[str, list[Place]]) -> list[str]:
    out = []
    for match in _UNIT_IN_TEXT.finditer(text):
        unit = _unit_in(match.group(0), by_name)
        if unit:
            out.append(unit)
    return out


def _unit_in(text: str, by_name: dict[str, list[Place]]) -> str | None:
    """``宁夏回族自治区吴忠市红寺堡区总工会`` → ``红寺堡区总工会``: the lowest place and what follows."""
    text = clean_text(text) or ""
    best_start = -1
    for alias in by_name:
        idx = text.rfind(alias)
        if idx > best_start or (idx == best_start and idx >= 0):
            rest = text[idx + len(alias):]
            if idx >= 0 and any(rest.startswith(s) for s in ORG_SUFFIXES):
                best_start = idx
    if best_start < 0:
        return None
    unit = text[best_start:]
    for suffix in ORG_SUFFIXES:
        pos = unit.find(suffix)
        if pos >= 0:
            return unit[: pos + len(suffix)]
    return None


_YEAR_OF_REPORT = re.compile(r"(20\d\d|19\d\d)\s*年\s*度")
_YEAR = re.compile(r"(20\d\d)\s*年")


def find_fiscal_year(paragraphs: list[str], cells: list[str]) -> int | None:
    """The year most often written as ``YYYY年度``; else the most common ``YYYY年`` near the start."""
    counts: Counter[int] = Counter()
    for text in paragraphs[:80] + cells[:200]:
        for match in _YEAR_OF_REPORT.finditer(text):
            counts[int(match.group(1))] += 1
    if counts:
        return counts.most_common(1)[0][0]
    for text in paragraphs[:40]:
        for match in _YEAR.finditer(text):
            counts[int(match.group(1))] += 1
    return counts.most_common(1)[0][0] if counts else None
