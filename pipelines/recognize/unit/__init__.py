"""The reporting unit, its region from an administrative-division gazetteer, and the fiscal year.

``find_unit`` ranks every name the document gives its unit (candidates.py) and resolves
the winner's places with a gazetteer down to townships (gazetteer.py); a place name that
fits several places is decided by the other place names in the document, its title and
its page furniture. ``find_fiscal_year`` is in fiscal_year.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipelines.documents.model import Document
from pipelines.recognize.facts import Unit
from pipelines.recognize.unit.candidates import Finder, Mention, split_title
from pipelines.recognize.unit.fiscal_year import find_fiscal_year
from pipelines.recognize.unit.gazetteer import Gazetteer, Place, load
from pipelines.recognize.unit.names import parse_name, squash
from pipelines.vocabulary.units import LEVEL_WORDS

MIN_EVIDENCE = 8.0  # the weight of one name-and-year line in running text (candidates.WEIGHTS)

__all__ = ["Place", "find_fiscal_year", "find_unit", "gazetteer", "region_of"]


def find_unit(document: Document) -> Unit:
    """The document's reporting unit, or an empty Unit when it prints none."""
    gz = load()
    mentions = Finder(gz, document).run()
    best = _best(mentions)
    if best is None:
        return Unit()
    context = _context(document)
    places: tuple[Place, ...] = ()
    for mention in best:  # the most specific printing decides between places of one name
        lowest = mention.name.lowest
        if lowest and (not places or len(lowest) < len(places)):
            places = lowest
    winner = max(best, key=lambda m: m.weight)
    if not places:
        level = next((v for k, v in LEVEL_WORDS.items() if winner.name.printed.startswith(k)), "county")
        places = _site_places(gz, document, level) or _head_places(gz, document, level)
    elif places[0].level == "township" and not any(_context_score(p, context) for p in places):
        # a bare township whose namesakes the document never places: the site's county, where it names one
        places = _site_places(gz, document, "county") or places
    return _unit(winner.name.printed, places, context)


def _best(mentions: list[Mention]) -> list[Mention] | None:
    """The mentions of the unit whose heaviest mention is heaviest, then whose mentions weigh most."""
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(mention.name.key, []).append(mention)
    if not groups:
        return None
    order = {key: i for i, key in enumerate(groups)}
    key = max(groups, key=lambda k: (max(m.weight for m in groups[k]), sum(m.weight for m in groups[k]), -order[k]))
    if sum(m.weight for m in groups[key]) < MIN_EVIDENCE:
        return None  # a name met once in passing is not enough to call it the document's unit
    return groups[key]


def _site_places(gz: Gazetteer, document: Document, level: str) -> tuple[Place, ...]:
    """The one place of ``level`` that a portal's furniture and title suffix name (徐闻县人民政府网), if one.

    A name without a place (县民政局, an unknown 新兴镇人民政府) lies in the site's region.
    """
    _, site_names = split_title(document.title)
    found: dict[str, Place] = {}
    for text in [*site_names, *document.chrome]:
        body = squash(text)
        for i in range(len(body)):
            for _, places in gz.names_at(body, i)[:1]:
                for place in places:
                    if place.level == level:
                        found[place.code] = place
    return tuple(found.values()) if len(found) == 1 else ()


def _head_places(gz: Gazetteer, document: Document, level: str, lines: int = 5) -> tuple[Place, ...]:
    """The one place of ``level`` the document's title lines name (将乐县2022年度…自评表 above a
    ``单位名称：县融媒体中心`` line)."""
    head = [document.title, *(b.text for b in document.paragraphs[:lines])]
    found: dict[str, Place] = {}
    for text in head:
        body = squash(text)
        for i in range(len(body)):
            for _, places in gz.names_at(body, i)[:1]:
                found.update((p.code, p) for p in places if p.level == level)
    return tuple(found.values()) if len(found) == 1 else ()


def _context(document: Document) -> str:
    return "\n".join([document.title, *document.chrome, document.text()])


def _unit(name: str, places: Iterable[Place], context: str) -> Unit:
    candidates = list(places)
    if not candidates:
        return Unit(name=name)
    place = max(candidates, key=lambda p: (_context_score(p, context), -int(p.code)))
    province, city, county, adcode = place.region()
    return Unit(name=name, province=province, city=city, county=county, adcode=adcode)


def _context_score(place: Place, context: str) -> int:
    """How often the document names the places above this one (their official or short names)."""
    score = 0
    for above in place.ancestors:
        keys = {above.name}
        if len(above.short) >= 2:
            keys.add(above.short)
        score += sum(context.count(k) for k in keys)
    return score


def region_of(name: str, document_text: str) -> Unit:
    """Province, city, county and adcode of the places at the start of ``name`` (its own form kept)."""
    gz = load()
    parsed = parse_name(gz, name, placeless=True)
    if parsed is None or not parsed.lowest:
        return Unit(name=name)
    return _unit(name, parsed.lowest, document_text)


def gazetteer() -> tuple[dict[str, Place], dict[str, list[Place]]]:
    """(provinces, cities and counties by 6-digit code; the same by name and alias): loads and caches it."""
    gz: Gazetteer = load()
    return gz.by_code, gz.by_name
