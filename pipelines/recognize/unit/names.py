"""What a unit's name looks like: an optional chain of places, then an organisation.

``临沧市永德县明朗中学`` is the places 临沧市 › 永德县 and the organisation 明朗中学;
``中共临湘市委宣传部`` is a party prefix, the place 临湘市 and 委宣传部; ``昌宁县卡斯镇``
is a township, a unit by itself. Two printings of one unit (``安徽省寿县文物保护中心``,
``寿县文物保护中心``) share a key: the lowest place and the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.recognize.unit.gazetteer import Gazetteer, Place
from pipelines.vocabulary.units import (
    GENERIC_ORG_STARTS,
    GENERIC_PREFIXES,
    MAKER_TAILS,
    NAME_FOLLOWERS,
    NAME_PREFIXES,
    NAME_TAILS,
    NOT_UNIT_ENDINGS,
    ORG_SUFFIXES,
    PLACEHOLDERS,
    REGION_GOVERNMENT_ORGS,
    SECTION_SUFFIXES,
    TOWNSHIP_ORGS,
    TOWNSHIP_SUFFIXES,
    ZONE_WORDS,
)

SPACE = re.compile(r"[\s\u3000\u00a0]+")
# [155]濉溪县民政局, 219001-衡山县财政局, 411001衡山县…: a budget code before the name.
CODE_PREFIX = re.compile(
    r"^(?:[\[［【(（]\s*[0-9A-Za-z]+\s*[\]］】)）]|[0-9A-Za-z]{2,}\s*[-－—_.、:：]|\d{3,}(?=[\u4e00-\u9fff]))\s*"
)
NOT_IN_NAME = re.compile(r"[0-9０-９，,。；;：:、！？!?\"“”《》<>|/\\]")
MAX_NAME = 32
ORDINAL = re.compile(r"第\d{1,3}")  # 第1中学: the one place a name has digits
# A township's own body under a township name the gazetteer does not know (新兴镇人民政府): still a unit.
UNKNOWN_TOWNSHIP = re.compile(
    r"^[\u4e00-\u9fff]{1,6}?(?:" + "|".join(TOWNSHIP_SUFFIXES) + ")(?:" + "|".join(TOWNSHIP_ORGS) + ")$"
)
ORG_ENDINGS = tuple(sorted(set(ORG_SUFFIXES) | set(TOWNSHIP_SUFFIXES), key=len, reverse=True))
FOLLOWERS = tuple(sorted(NAME_FOLLOWERS, key=len, reverse=True))
TAILS = tuple(sorted(NAME_TAILS, key=len, reverse=True))


def squash(text: str) -> str:
    """Text without any whitespace: how names are compared and scanned."""
    return SPACE.sub("", text or "")


@dataclass(frozen=True)
class UnitName:
    printed: str  # as the document prints it, cleaned: the contract's ``unit.name``
    places: tuple[tuple[Place, ...], ...]  # the chain of places at the start, each with its alternatives
    org: str  # what follows the places

    @property
    def lowest(self) -> tuple[Place, ...]:
        return self.places[-1] if self.places else ()

    @property
    def key(self) -> str:
        """One key for every printing of the same unit: the lowest place's official name and the organisation."""
        place = self.lowest[0].name if self.lowest else ""
        return f"{place}|{self.org}"

    @property
    def is_region_government(self) -> bool:
        """``濉溪县人民政府``, ``岳阳市委``: a region's own government or party committee, what portals belong to."""
        return bool(self.lowest) and self.lowest[0].level != "township" and self.org in REGION_GOVERNMENT_ORGS


def clean_name(text: str) -> str:
    """``[155]濉溪县民政局`` → 濉溪县民政局; ``广水市白泉卫生院部门`` → 广水市白泉卫生院; stamps and 本级 dropped."""
    text = squash(text).strip("：:，,。;；、·-—_ ")
    text = CODE_PREFIX.sub("", text)
    changed = True
    while changed:
        changed = False
        for tail in TAILS:
            if text.endswith(tail) and len(text) > len(tail) + 2 and _ends_with_org(text[: -len(tail)]):
                text = text[: -len(tail)]
                changed = True
    return text.strip("：:，,。;；、·-—_ ")


def _ends_with_org(text: str) -> bool:
    return text.endswith(ORG_ENDINGS) or text.endswith(("）", ")"))


def place_chain(gazetteer: Gazetteer, text: str, start: int = 0,
                within: tuple[Place, ...] = ()) -> tuple[list[tuple[Place, ...]], int]:
    """The places named one under another from ``text[start]`` on, and where they end.

    At each step the longest name that lies within the place before it wins; a name fitting
    several places keeps them all (普陀区: Shanghai's and Zhoushan's) for the context to decide.
    """
    chain: list[tuple[Place, ...]] = []
    pos = start
    while pos < len(text):
        step = None
        for end, places in gazetteer.names_at(text, pos):
            above = chain[-1] if chain else within
            if above:
                places = [p for p in places if any(p != q and p.within(q) for q in above)]
            if places:
                step = (end, tuple(places))
                break
        if step is None:
            break
        chain.append(step[1])
        pos = step[0]
    return chain, pos


def parse_name(gazetteer: Gazetteer, text: str, *, placeless: bool = False) -> UnitName | None:
    """The unit name ``text`` is, or None. A name without a place is accepted only when ``placeless``."""
    if squash(text).endswith(MAKER_TAILS + NOT_UNIT_ENDINGS) or any(p in text for p in PLACEHOLDERS):
        return None
    printed = clean_name(text)
    if not printed or len(printed) > MAX_NAME or NOT_IN_NAME.search(ORDINAL.sub("第", printed)):
        return None
    start = next((len(p) for p in NAME_PREFIXES if printed.startswith(p)), 0)
    chain, end = place_chain(gazetteer, printed, start)
    if not chain:  # 长沙高新区管委会: a city's short name names its development zones
        short = next((w for w in range(4, 1, -1) if printed[start:start + w] in gazetteer.city_shorts), 0)
        if short and any(word in printed[start + short:] for word in ZONE_WORDS):
            city = tuple(gazetteer.city_shorts[printed[start:start + short]])
            rest, end = place_chain(gazetteer, printed, start + short, within=city)
            chain = [city, *rest]
    org = printed[end:]
    if start and not chain:
        return None
    if not org:
        if chain and chain[-1][0].level == "township":
            return UnitName(printed, tuple(chain), "")
        return None
    if not org.endswith(ORG_ENDINGS) or len(org) < 2:
        return None
    if not chain:
        if printed.startswith(GENERIC_PREFIXES) or org.endswith(SECTION_SUFFIXES):
            return None
        if not placeless and not UNKNOWN_TOWNSHIP.match(org):
            return None
    elif org.startswith(GENERIC_ORG_STARTS):  # 临湘市各乡镇人民政府
        return None
    return UnitName(printed, tuple(chain), org)


def name_at_start(gazetteer: Gazetteer, text: str) -> UnitName | None:
    """The longest unit name that starts ``text`` and is followed by its end, a number or a title word.

    ``耒阳市第四中学专项资金绩效自评价报告`` → 耒阳市第四中学; ``广水市白泉卫生院部门2023年度…`` →
    广水市白泉卫生院.
    """
    text = squash(text)
    best = None
    for end in range(min(len(text), MAX_NAME + 12), 1, -1):
        if not _ends_with_org(text[:end]) or not follows_name(text, end):
            continue
        name = parse_name(gazetteer, text[:end])
        if name is not None:
            best = name
            break
    return best


def follows_name(text: str, end: int) -> bool:
    """Whether a name may end at ``text[end]``: the text ends, or goes on with a number, a sign or a title word."""
    rest = text[end:]
    return not rest or not ("\u4e00" <= rest[0] <= "\u9fff") or rest.startswith(FOLLOWERS)
