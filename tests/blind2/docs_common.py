"""Small helpers for writing XLSX / DOCX / HTML documents (no extraction logic here)."""
import html as _html

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import range_boundaries

CJK_FONT = "宋体"

# ---------------------------------------------------------------- XLSX
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xput(ws, ref, value, merge=None, bold=False, size=10, align="center", border=True, fmt=None):
    ws[ref] = value
    cell = ws[ref]
    cell.font = Font(name=CJK_FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fmt:
        cell.number_format = fmt
    rng = merge or ref
    if merge:
        ws.merge_cells(merge)
    if border:
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = BOX


# ---------------------------------------------------------------- DOCX
def new_doc(landscape=False, font_size=10.5, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = CJK_FONT
    st.font.size = Pt(font_size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=False, space_after=4):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    run.font.name = CJK_FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or 10.5) * 2)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def dtable(doc, rows, cols, widths_cm=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_cm:
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def dset(table, r, c, text, r2=None, c2=None, bold=False, size=9, align="center"):
    cell = table.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(table.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run("" if text is None else str(text))
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = CJK_FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------- HTML
def esc(text):
    return _html.escape("" if text is None else str(text), quote=False)


def html_table(rows, attrs='border="1" cellspacing="0" cellpadding="4"'):
    """rows: list of rows; a cell is text or (text, {'rowspan':n,'colspan':m,'align':..})."""
    out = [f"<table {attrs}>"]
    for row in rows:
        out.append("<tr>")
        for cell in row:
            if isinstance(cell, tuple):
                text, opts = cell
            else:
                text, opts = cell, {}
            a = "".join(f' {k}="{v}"' for k, v in opts.items())
            body = esc(text).replace("\n", "<br/>")
            out.append(f"<td{a}>{body}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)
