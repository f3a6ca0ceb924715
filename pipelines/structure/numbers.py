"""Numbers, money, rates and cleaned text as the facts contract defines them: one place for each rule."""

from __future__ import annotations

import re
import unicodedata

from pipelines.vocabulary.tables import GRADE_LABELS, GRADE_NAMES, TICKED_MARKS, UNTICKED_MARKS

CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK}])\s+|\s+(?=[{CJK}])")
_SPACES = re.compile(r"\s+")
NULL_TEXTS = {"", "—", "-", "－", "–", "/", "——", "--", "\\", "─"}

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_MONEY_UNITS = {"元": 0.0001, "万元": 1.0, "万": 1.0, "亿元": 10000.0, "亿": 10000.0, "千元": 0.1}
_MONEY = re.compile(r"^(?P<num>[+-]?[\d,，]+(?:\.\d+)?)\s*(?P<unit>万元|亿元|千元|元|万|亿)?$")
_GRADE_NOTE = re.compile(r"[（(][^()（）]*[)）]$")
_UNIT_STATED = re.compile(r"(?:单位|金额)[:：]?[（(]?(万元|亿元|千元|元)|[（(](万元|亿元|千元|元)[)）]")


def clean_text(value: str | None) -> str | None:
    """Whitespace removed next to CJK characters, collapsed elsewhere; empty or dash cells are None."""
    if value is None:
        return None
    text = value.replace("\u3000", " ").replace("\xa0", " ")
    text = _SPACE_NEAR_CJK.sub("", text.strip())
    text = _SPACES.sub(" ", text).strip()
    return None if text in NULL_TEXTS else text


def compact(value: str | None) -> str:
    """Text with every space removed and full-width forms folded: for matching labels, never for output."""
    if not value:
        return ""
    return _SPACES.sub("", unicodedata.normalize("NFKC", value))


def parse_number(value: str | None) -> float | None:
    """A plain number as printed: thousands separators and line breaks inside it are ignored."""
    if value is None:
        return None
    text = compact(value).replace(",", "").rstrip("%")
    if not _NUMBER.match(text):
        return None
    return _tidy(float(text))


def parse_money(value: str | None, factor: float = 1.0) -> float | None:
    """Money in 万元. ``factor`` converts a bare number from the table's stated unit."""
    if value is None:
        return None
    match = _MONEY.match(compact(value).replace("，", ","))
    if not match:
        return None
    number = float(match["num"].replace(",", ""))
    unit = match["unit"]
    return _tidy(number * (_MONEY_UNITS[unit] if unit else factor))


def money_from_text(number: str, unit: str) -> float:
    return _tidy(float(number.replace(",", "")) * _MONEY_UNITS[unit])


def parse_rate(value: str | None) -> float | None:
    """A rate in percent: ``42%``, ``42`` and ``42.00%`` are all 42.0."""
    return parse_number(value)


def unit_factor(text: str) -> float | None:
    """The money unit a caption or header states (``单位：元`` → 0.0001), or None."""
    match = _UNIT_STATED.search(compact(text))
    if not match:
        return None
    return _MONEY_UNITS[match.group(1) or match.group(2)]


def _tidy(number: float) -> float:
    rounded = round(number, 6)
    return int(rounded) if rounded == int(rounded) and abs(rounded) < 1e15 else rounded


def parse_grade(value: str | None) -> str | None:
    """优/良/中/差 as the contract records it: ``优秀`` → 优, ``自评等级：优秀`` → 优, and in a row of tick
    boxes (``☑优（90-100分） □良``) the ticked one. Anything else is not a grade."""
    text = compact(value)
    label, colon, rest = text.partition(":") if ":" in text else text.partition("：")
    if colon and label.strip("（()） ") in GRADE_LABELS:
        text = rest
    for label in sorted(GRADE_LABELS, key=len, reverse=True):
        if text.startswith(label) and text[len(label):len(label) + 1] in TICKED_MARKS + UNTICKED_MARKS:
            text = text[len(label):]
    names = sorted(GRADE_NAMES, key=len, reverse=True)
    marks = TICKED_MARKS + UNTICKED_MARKS
    if any(mark in text for mark in marks):
        # boxes before their grades (☑优 □良) or after them (优☑ 良□), as the line starts
        boxes_first = text[:1] in marks
        parts = re.split("(" + "|".join(map(re.escape, marks)) + ")", text)
        for i, part in enumerate(parts):
            if part not in TICKED_MARKS:
                continue
            beside = parts[i + 1] if boxes_first else parts[i - 1]
            if boxes_first:
                name = next((n for n in names if beside.startswith(n)), None)
            else:
                name = next((n for n in names if beside.endswith(n)), None) or next(
                    (n for n in names if _GRADE_NOTE.sub("", beside).endswith(n)), None)
            if name:
                return GRADE_NAMES[name]
        return None
    text = _GRADE_NOTE.sub("", text).strip("。.")
    return GRADE_NAMES.get(text)
