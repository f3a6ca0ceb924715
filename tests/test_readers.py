"""Readers: encodings, text layouts, HTML chrome and spans, fake-bold PDF text."""

from __future__ import annotations

from pathlib import Path

from pipelines.documents import Paragraph, Table, read_document
from pipelines.documents.html import read_html
from pipelines.documents.text import read_text

SAMPLE = "项目名称\t困难职工帮扶\n主管部门\t某县总工会\t实施单位\t某县总工会\n"


def test_text_encodings(tmp_path: Path) -> None:
    for encoding in ("utf-8", "gb18030", "utf-16"):
        path = tmp_path / f"report-{encoding}.txt"
        path.write_bytes(SAMPLE.encode(encoding))
        document = read_document(path)
        assert document.format == "txt"
        assert document.tables[0].rows[0][:2] == ["项目名称", "困难职工帮扶"], encoding


def test_one_cell_per_line_layout() -> None:
    text = "标题段落\n\t项目支出\n名称\n\t劳模服务\n\n\t主管部门\n\t某县总工会\n\n后面的段落。\n"
    blocks = read_text(text)
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "标题段落"
    table = blocks[1]
    assert isinstance(table, Table)
    assert table.rows == [["项目支出\n名称", "劳模服务"], ["主管部门", "某县总工会"]]
    assert isinstance(blocks[2], Paragraph) and blocks[2].text == "后面的段落。"


def test_bookmarks_are_dropped() -> None:
    blocks = read_text("[bookmark: _Toc1]一、部门职责\n")
    assert blocks[0].text == "一、部门职责"


def test_html_spans_and_chrome() -> None:
    page = """<html><body><nav>首页 新闻</nav><div class="footer-links">版权</div>
    <div class="content"><p>某县总工会2023年度项目支出绩效自评表</p>
    <table><tr><td rowspan="2">绩效指标</td><td colspan="2">产出指标</td></tr>
    <tr><td>数量指标</td><td>10</td></tr></table></div><footer>主办单位</footer></body></html>"""
    blocks = read_html(page)
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts == ["某县总工会2023年度项目支出绩效自评表"]
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows == [["绩效指标", "产出指标", "产出指标"], ["绩效指标", "数量指标", "10"]]
    assert (1, 0) in table.merged and (0, 2) in table.merged


def test_fake_bold_pdf_text_is_deduplicated(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "bold.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    for _ in range(2):  # fake bold: every glyph drawn twice at the same place
        c.drawString(72, 720, "综合评价得分100分，评价等级优。")
    c.save()
    document = read_document(path)
    assert [p.text for p in document.paragraphs] == ["综合评价得分100分，评价等级优。"]
