"""The fiscal year a document reports on.

Every year the document prints is weighed by where and how: ``YYYY年度`` in a title, caption
or first line weighs most, then ``YYYY年`` there, then the same in running text. Years that
are not the year reported on are left out: dates (``2020年6月15日``, ``2023.6.28``), document
numbers (``川财绩〔2022〕5号``), titles of other documents in 《》, and comparisons (``与2023年相比``,
``2021年末``). A PDF may print a year on a line of its own, apart from its ``年度`` (the two are
in different fonts); such a year is paired back with its slot. A form that prints no year
but a 填报日期 after year end reports on the year before.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipelines.documents.model import Document
from pipelines.recognize.unit.candidates import is_title_like, lines_of
from pipelines.recognize.unit.names import squash
from pipelines.vocabulary.units import (
    EXECUTION_WORDS,
    FILLING_DATE_LABELS,
    NOTICE_ENDS,
    NOTICE_LEADS,
    OTHER_YEAR_AFTER,
    OTHER_YEAR_BEFORE,
    YEAR_LABELS,
    YEAR_TITLE_WORDS,
)

YEAR = r"(?:19[89]\d|20[0-4]\d)"
HEADING_LINES = 10  # as for the unit: the first lines of a document or sheet carry its title
SPACE = re.compile(r"[\s\u3000\u00a0]+")
DATE = re.compile(rf"{YEAR}\s*(?:年\s*\d{{1,2}}\s*月|[-./]\s*\d{{1,2}}(?:\s*[-./]\s*\d{{1,2}})?(?!\d))")
# 川财绩〔2022〕5号, 湘财预[2021]12号: the year a document was issued
DOCUMENT_NUMBER = re.compile(
    rf"〔\s*{YEAR}\s*〕\s*(?:第\s*)?\d*\s*号?|[\[［【(（]\s*{YEAR}\s*[\]］】)）]\s*(?:第\s*)?\d+\s*号"
)
QUOTED = re.compile(r"《[^》]*》")
YEAR_OF = re.compile(rf"(?<![\d.])({YEAR})\s*(年\s*度|年)?(?![\d.])")
YEAR_LABELLED = re.compile(
    r"(?:" + "|".join(map(re.escape, YEAR_LABELS)) + rf")\s*[:：]\s*({YEAR})(?:\s*年\s*度?)?(?![\d.])"
)
NOTICE = re.compile(
    "(?:" + "|".join(map(re.escape, NOTICE_LEADS)) + ")[^，。；;]{0,60}?"
    "(?:" + "|".join(map(re.escape, NOTICE_ENDS)) + ")"
)
TITLE_WORD = re.compile(r"\s*(?:" + "|".join(map(re.escape, YEAR_TITLE_WORDS)) + ")")
FILLING_DATE = re.compile(
    r"(?:" + "|".join(map(re.escape, FILLING_DATE_LABELS)) + rf")\s*[:：]?\s*({YEAR})\s*(?:年|[-./])"
)
NUMBERS_LINE = re.compile(r"^[\d\s.,，%％\-—“”\"'‘’()（）]+$")
CHINESE_DIGITS = "〇一二三四五六七八九零"
CHINESE_YEAR = re.compile(r"([一二][〇零一二三四五六七八九]{3})(?=\s*年)")
SLOT = re.compile(r"(?:^|(?<=\s))年")


@dataclass(frozen=True)
class Evidence:
    year: int
    weight: float
    where: str
    heading: bool = False  # printed in a title, caption or first line


WEIGHTS = {
    ("heading", "年度"): 10.0,
    ("heading", "年"): 6.0,
    ("heading", "bare"): 4.0,  # 2023 部门整体支出…: a year before a title word
    ("body", "年度"): 3.0,
    ("body", "年"): 1.0,
    ("split", "年度"): 3.0,
    ("split", "年"): 1.0,
}


def find_fiscal_year(document: Document) -> int | None:
    """The year its titles print (a budget's year in a budget publication), then the year most printed in
    its text; else the year before a 填报日期."""
    evidence = year_evidence(document)
    if evidence:
        totals: dict[int, tuple[float, float]] = {}
        for item in evidence:
            heading, overall = totals.get(item.year, (0.0, 0.0))
            totals[item.year] = (heading + (item.weight if item.heading else 0.0), overall + item.weight)
        best = max(totals.values())
        return max(y for y, score in totals.items() if score == best)
    return _year_before_filling(document)


def year_evidence(document: Document) -> list[Evidence]:
    out: list[Evidence] = []
    if document.title:
        out.extend(_years_in(_arabic_years(document.title), "heading"))
    for text in document.chrome:  # a portal's column may be named after the year (2021年度部门决算)
        out.extend(_years_in(_arabic_years(text), "body"))
    counts: dict[str, int] = {}
    previous = ""
    for line in lines_of(document, {squash(c) for c in document.chrome}, split=False):
        text = _arabic_years(line.text)
        heading = False
        if line.role == "line":
            seen = counts.get(line.segment, 0)
            counts[line.segment] = seen + 1
            heading = seen < HEADING_LINES and is_title_like(text)
        if NUMBERS_LINE.match(text):
            out.extend(_split_years(previous, text))
        else:
            out.extend(_years_in(text, "heading" if heading else "body"))
        previous = text
    return out


def _arabic_years(text: str) -> str:
    """Full-width digits folded and years in Chinese numerals written out: ``二〇二二年度`` → ``2022年度``."""
    text = unicodedata.normalize("NFKC", text).replace("\n", "")
    return CHINESE_YEAR.sub(lambda m: "".join(str(CHINESE_DIGITS.index(c) % 10) for c in m.group(1)), text)


def _years_in(text: str, where: str) -> list[Evidence]:
    text = QUOTED.sub(" ", text)
    text = NOTICE.sub(" ", text)
    text = DOCUMENT_NUMBER.sub(" ", text)
    text = DATE.sub(" ", text)
    labelled = WEIGHTS[("heading", "年度")]
    out = [Evidence(int(m.group(1)), labelled, text, True) for m in YEAR_LABELLED.finditer(text)]
    text = YEAR_LABELLED.sub(" ", text)
    for match in YEAR_OF.finditer(text):
        form = SPACE.sub("", match.group(2) or "")
        if not form:  # a bare year counts in a title before a title word, or in brackets: （2023）
            bracketed = text[match.start() - 1:match.start()] in ("（", "(") and text[match.end():][:1] in ("）", ")")
            if where != "heading" or not (TITLE_WORD.match(text[match.end():]) or bracketed):
                continue
            form = "bare"
        if _other_year(text, match.start(), match.end()):
            continue
        out.append(Evidence(int(match.group(1)), WEIGHTS[(where, form)], text, where == "heading"))
    return out


def _other_year(text: str, start: int, end: int) -> bool:
    """A comparison or a point in time (与2021年相比, 截至2022年底, 2021年末): not the year reported on."""
    before = SPACE.sub("", text[max(0, start - 4):start])
    after = SPACE.sub("", text[end:end + 4])
    return before.endswith(OTHER_YEAR_BEFORE) or after.startswith(OTHER_YEAR_AFTER)


def _split_years(previous: str, numbers: str) -> list[Evidence]:
    """Years printed on a line of numbers under the line whose 年/年度 slots they fill, paired in order."""
    years = [m for m in re.finditer(rf"(?<![\d.]){YEAR}(?![\d.%％])", numbers)]
    slots = list(SLOT.finditer(previous))
    out = []
    for year, slot in zip(years, slots, strict=False):
        form = "年度" if previous[slot.end():slot.end() + 1] == "度" else "年"
        if _other_year(previous, slot.start(), slot.end() + (1 if form == "年度" else 0)):
            continue
        out.append(Evidence(int(year.group(0)), WEIGHTS[("split", form)], f"{previous} / {numbers}"))
    return out


def _year_before_filling(document: Document) -> int | None:
    """No year printed: a form filled in (填报日期) after year end reports on the year before."""
    text = document.text()
    match = FILLING_DATE.search(SPACE.sub("", text))
    if match is None or not any(word in text for word in EXECUTION_WORDS):
        return None
    return int(match.group(1)) - 1
