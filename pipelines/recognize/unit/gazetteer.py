"""China's administrative divisions down to townships, from jionlp's maintained data file.

``jionlp/dictionary/china_location.zip`` holds ``china_location.txt``: provinces, cities and
counties with their 6-digit codes and short names, and under each county its townships
(then villages, which are not needed here), one a line, indented by level. The file is
read directly (importing jionlp is slow); the parsed levels are cached as a pickle beside
the user's other caches, keyed by the data file's size and time, so a process loads them
in a few milliseconds.

Names that documents use besides the official ones are added as aliases: the short form
of autonomous places (河口县 for 河口瑶族自治县) and names replaced by a later change
(襄樊市 → 襄阳市, from the same package's ``china_location_change.txt``).
"""

from __future__ import annotations

import os
import pickle
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pipelines.vocabulary.units import AUTONOMOUS_KINDS, TOWNSHIP_SUFFIXES

CACHE_VERSION = 1
MUNICIPALITIES = {"11", "12", "31", "50"}
TOWNSHIP_NAME = re.compile("(?:" + "|".join(TOWNSHIP_SUFFIXES) + ")$")
PSEUDO_LEVEL = re.compile(r"直辖")  # 省直辖行政区划 / 市直辖行政区划: a code holder, not a place
LEVELS = ("province", "city", "county", "township")


@dataclass(frozen=True)
class Place:
    """One division. ``code`` is its 6-digit code; a township has its county's code (or city's)."""

    code: str
    name: str
    level: str  # province, city, county or township
    parent: Place | None = field(default=None, compare=False, repr=False)
    short: str = field(default="", compare=False, repr=False)

    @property
    def ancestors(self) -> list[Place]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def within(self, other: Place) -> bool:
        """True when ``other`` is this place or one of its ancestors."""
        return other == self or other in self.ancestors

    def region(self) -> tuple[str | None, str | None, str | None, str]:
        """(province, city, county, adcode) as the contract records them.

        A township gives its county and the county's code; a city-level place has no county;
        in the four municipalities the city repeats the province.
        """
        chain = {p.level: p for p in [self, *self.ancestors]}
        province, city, county = chain.get("province"), chain.get("city"), chain.get("county")
        if city is None and province is not None and province.code[:2] in MUNICIPALITIES:
            city = province
        lowest = county or city or province or self
        return (province.name if province else None, city.name if city else None,
                county.name if county else None, lowest.code)


@dataclass
class Gazetteer:
    by_code: dict[str, Place]  # provinces, cities and counties
    by_name: dict[str, list[Place]]  # their official names and aliases
    townships: dict[str, tuple[str, ...]]  # township name → codes of the counties (or cities) it lies in
    city_shorts: dict[str, list[Place]]  # 长沙 → 长沙市: how a city's development zones are named
    longest: int

    def places(self, name: str) -> list[Place]:
        """Every place called ``name``, townships included."""
        found = list(self.by_name.get(name, ()))
        for code in self.townships.get(name, ()):
            parent = self.by_code.get(code)
            if parent is not None:
                found.append(Place(parent.code, name, "township", parent))
        return found

    def names_at(self, text: str, start: int) -> list[tuple[int, list[Place]]]:
        """Every (end, places) whose name starts at ``text[start]``, longest first."""
        out = []
        for end in range(min(len(text), start + self.longest), start + 1, -1):
            word = text[start:end]
            if word in self.by_name or word in self.townships:
                out.append((end, self.places(word)))
        return out


def data_file() -> Path:
    spec = find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the jionlp package (administrative-division data) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cache when it matches the installed data file."""
    source = data_file()
    stat = source.stat()
    cache = _cache_dir() / f"china_location-v{CACHE_VERSION}-{stat.st_size}-{int(stat.st_mtime)}.pickle"
    try:
        with cache.open("rb") as fh:
            return _build(pickle.load(fh))
    except Exception:  # no cache yet, or a damaged or foreign one: parse the data file again
        pass
    rows = _parse(source)
    _write_cache(cache, rows)
    return _build(rows)


def _cache_dir() -> Path:
    base = os.environ.get("SELFEVAL_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "selfeval-warehouse"


def _write_cache(cache: Path, rows: object) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:  # a read-only home still works, only slower
        pass


Row = tuple[int, str, str, str]  # depth, name, code ("" for townships), short name
Change = tuple[str, str, str]  # province, old name, new name


def _parse(source: Path) -> tuple[list[Row], list[Change]]:
    """The lines down to township depth, and the renames of the change file beside the data."""
    with zipfile.ZipFile(source) as archive:
        text = archive.read("china_location.txt").decode("utf-8")
    rows: list[Row] = []
    for match in re.finditer(r"^(\t{0,3})([^\t\n]+)(?:\t(\d{6}))?(?:\t([^\t\n]*))?[ \t]*$", text, re.M):
        depth, name, code, short = len(match.group(1)), match.group(2).strip(), match.group(3) or "", match.group(4)
        if depth < 3 or TOWNSHIP_NAME.search(name):
            rows.append((depth, name, code, (short or "").strip()))
    changes: list[Change] = []
    change_file = source.with_name("china_location_change.txt")
    if change_file.exists():
        for line in change_file.read_text(encoding="utf-8").splitlines():
            if "=>" not in line:
                continue
            old, new = line.split("=>", 1)
            old_parts, new_parts = old.split("\t")[2:], new.split("\t")
            old_name = old_parts[-2] if len(old_parts) % 2 == 0 and len(old_parts) >= 2 else ""
            new_name = new_parts[-1].strip()
            if old_name and new_name and old_name != new_name:
                changes.append((new_parts[0].strip(), old_name.strip(), new_name))
    return rows, changes


def _build(parsed: tuple[list[Row], list[Change]]) -> Gazetteer:
    rows, changes = parsed
    by_code: dict[str, Place] = {}
    by_name: dict[str, list[Place]] = {}
    townships: dict[str, list[str]] = {}
    stack: list[Place | None] = [None, None, None]

    def add(name: str, place: Place) -> None:
        bucket = by_name.setdefault(name, [])
        if place not in bucket:
            bucket.append(place)

    for depth, name, code, short in rows:
        if depth == 3:
            county = stack[2]
            if name and county is not None:
                name = _drop_parent_name(name, county)
                codes = townships.setdefault(name, [])
                if county.code not in codes:
                    codes.append(county.code)
            continue
        stack[depth:] = [None] * (3 - depth)
        if not code:
            continue  # places without a code (outside the mainland)
        parent = next((stack[d] for d in range(depth - 1, -1, -1) if stack[d] is not None), None)
        if PSEUDO_LEVEL.search(name):
            if depth == 2:  # 市直辖: townships hang under the city itself
                stack[2] = parent
            continue
        if depth == 1 and code[:2] in MUNICIPALITIES and parent is not None:
            stack[1] = parent  # a municipality's "city" is the province itself
            continue
        place = Place(code, name, LEVELS[depth], parent, short if short != name else "")
        stack[depth] = place
        by_code.setdefault(code, place)
        for alias in _aliases(place):
            add(alias, place)
    for province, old, new in changes:
        for place in list(by_name.get(new, [])):
            if any(a.name == province for a in [place, *place.ancestors]):
                add(old, place)
    city_shorts: dict[str, list[Place]] = {}
    for place in by_code.values():
        if place.level == "city" and len(place.short) >= 2 and place.short not in by_name:
            city_shorts.setdefault(place.short, []).append(place)
    longest = max(len(n) for n in [*by_name, *townships])
    return Gazetteer(by_code, by_name, {k: tuple(v) for k, v in townships.items()}, city_shorts, longest)


def _drop_parent_name(name: str, county: Place) -> str:
    """``济源市下冶镇`` → ``下冶镇``: some township lines repeat their county's name."""
    for prefix in (county.name, *(a.name for a in county.ancestors)):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix):]
    return name


def _aliases(place: Place) -> set[str]:
    """The official name, and for autonomous places the short form documents use: the data's short
    name and the kind of place (河口瑶族自治县, short 河口 → 河口县; 红河哈尼族彝族自治州 → 红河州)."""
    out = {place.name}
    for suffix, kind in AUTONOMOUS_KINDS.items():
        if place.name.endswith(suffix) and len(place.short) >= 2:
            out.add(place.short + kind)
    return out
