"""PDF tables printed without ruling lines: columns aligned by position only are read as tables,
while running text, titles and caption lines around them stay paragraphs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipelines.documents import Paragraph, Table, read_document

pytest.importorskip("reportlab")

FONT = "STSong-Light"
SIZE = 9
LEFT, RIGHT = 50.0, 545.0

PROSE = (
    "本年度项目资金全部按计划拨付到位，资金使用符合相关管理办法的规定，未发现截留、挤占和挪用的情况。"
    "项目实施单位严格执行政府采购和合同管理制度，按进度完成了各项建设任务，群众满意度较上年有所提高。"
)

# label left-aligned at LEFT, the figures right-aligned at these x positions
FIGURE_RIGHTS = (330.0, 430.0, 530.0)
HEADER = ["项目", "预算数", "执行数", "执行率"]
BODY = [
    ["一、基本支出", "120.50", "118.20", "98.09%"],
    ["二、项目支出", "80.00", "", ""],
    ["（一）设备购置", "30.00", "29.50", "98.33%"],
    ["（二）维修改造", "50.00", "48.00", "96.00%"],
    ["合计", "200.50", "195.70", "97.61%"],
]


def _canvas(path: Path) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(FONT, SIZE)
    return pdf


def _row(pdf: Any, y: float, cells: list[str]) -> None:
    pdf.drawString(LEFT, y, cells[0])
    for right, text in zip(FIGURE_RIGHTS, cells[1:], strict=False):
        if text:
            pdf.drawRightString(right, y, text)


def _prose(pdf: Any, y: float, text: str) -> float:
    """Running text wrapped to the margins (the first line indented); returns the y below it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RLParagraph

    style = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=14, wordWrap="CJK", firstLineIndent=18)
    paragraph = RLParagraph(text, style)
    _, height = paragraph.wrap(RIGHT - LEFT, 1000)
    paragraph.drawOn(pdf, LEFT, y - height)
    return y - height


def _table(pdf: Any, y: float, rows: list[list[str]]) -> float:
    for cells in rows:
        _row(pdf, y, cells)
        y -= 16
    return y


def test_unruled_table_next_to_prose(tmp_path: Path) -> None:
    path = tmp_path / "unruled.pdf"
    pdf = _canvas(path)
    pdf.setFont(FONT, 14)
    pdf.drawCentredString((LEFT + RIGHT) / 2, 790, "项目资金执行情况表")
    pdf.setFont(FONT, SIZE)
    pdf.drawString(LEFT, 765, "编制单位：某县某局")  # a caption line of two cells, flush with the table's edges
    pdf.drawRightString(FIGURE_RIGHTS[-1], 765, "单位：万元")
    y = _table(pdf, 745, [HEADER, *BODY])
    _prose(pdf, y - 16, PROSE)
    pdf.save()

    blocks = read_document(path).blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert len(tables) == 1
    assert tables[0].rows == [HEADER, *BODY]
    assert tables[0].merged == set()
    assert texts == ["项目资金执行情况表", "编制单位：某县某局 单位：万元", PROSE]
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Paragraph", "Table", "Paragraph"]


def test_prose_with_wide_gaps_stays_text(tmp_path: Path) -> None:
    """Lines with a wide gap or two (a signature, a date, a list of documents) are no table."""
    path = tmp_path / "prose.pdf"
    pdf = _canvas(path)
    y = _prose(pdf, 790, PROSE)
    for line in range(5):
        pdf.drawString(LEFT, y - 20 - line * 16, f"附件{line + 1}：资金拨付文件")
        pdf.drawString(260, y - 20 - line * 16, "已归档")
    pdf.drawString(LEFT, y - 120, "填报人：张三")
    pdf.drawString(260, y - 120, "审核人：李四")
    pdf.drawRightString(RIGHT, y - 120, "2024年3月1日")
    _prose(pdf, y - 140, PROSE)
    pdf.save()

    blocks = read_document(path).blocks
    assert all(isinstance(b, Paragraph) for b in blocks)
    assert [b.text for b in blocks][0] == PROSE


def test_unruled_table_continues_on_the_next_page(tmp_path: Path) -> None:
    path = tmp_path / "two-pages.pdf"
    pdf = _canvas(path)
    y = _prose(pdf, 790, PROSE)
    _table(pdf, y - 20, [HEADER, *BODY[:4]])
    pdf.showPage()
    pdf.setFont(FONT, SIZE)
    _table(pdf, 790, [HEADER, *BODY[4:]])  # two lines: too few to be a table of their own
    pdf.save()

    document = read_document(path)
    assert [type(b).__name__ for b in document.blocks] == ["Paragraph", "Table"]
    table = document.tables[0]
    assert table.rows == [HEADER, *BODY]
    assert table.row_pages == [1, 1, 1, 1, 1, 2]
