"""Sentences of prose and the amounts in them: shared by the prose recognizers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.documents.model import Document, Paragraph
from pipelines.structure.numbers import compact, money_from_text

AMT = r"(\d[\d,]*(?:\.\d+)?)(万元|亿元|元)"
AMOUNT = re.compile(AMT)
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_YEAR = re.compile(r"(20\d\d)年")
TOTAL_WORDS = ("共计", "合计", "总计", "涉及", "共涉及")


@dataclass(frozen=True)
class Sentence:
    text: str  # compact: no spaces, full-width forms folded
    printed: str
    block: int
    page: int | None

    def provenance(self) -> dict[str, object]:
        out: dict[str, object] = {"block": self.block, "text": self.printed}
        if self.page is not None:
            out["page"] = self.page
        return out

    def year(self, default: int | None) -> int | None:
        match = _YEAR.search(self.text)
        return int(match.group(1)) if match else default


def sentences(document: Document) -> Iterator[Sentence]:
    """Every sentence of every paragraph, joining paragraphs a page or line break split mid-sentence."""
    pending: list[tuple[int, Paragraph]] = []
    for index, block in enumerate(document.blocks):
        if not isinstance(block, Paragraph):
            continue
        pending.append((index, block))
        text = block.text.strip()
        if re.search(r"[。：:；;！？]$", text) or len(compact(text)) <= 30 or len(pending) > 3:
            yield from _split(pending)
            pending = []
    yield from _split(pending)


def _split(pending: list[tuple[int, Paragraph]]) -> Iterator[Sentence]:
    if not pending:
        return
    printed = "".join(p.text.strip() for _, p in pending)
    block, first = pending[0]
    for part in _SENTENCE_END.split(printed):
        if part.strip():
            yield Sentence(compact(part), part.strip(), block, first.location.page)


def amount(number: str, unit: str) -> float:
    return money_from_text(number, unit)


def items(text: str, name_pattern: str = r"[^，,；;：:。、（）()]+?") -> list[tuple[str, float]]:
    """``A 1.6万元、B 3万元；C 23.99万元`` → [(A, 1.6), (B, 3), (C, 23.99)]; totals (共计…) are not items."""
    out = []
    for match in re.finditer(rf"({name_pattern})(?:为)?{AMT}", text):
        name = match.group(1)
        if not any(word in name for word in TOTAL_WORDS):
            out.append((name, amount(match.group(2), match.group(3))))
    return out
