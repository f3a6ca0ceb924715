"""Shared helpers for blind set 4: gold skeletons, Word/Excel table builders, LibreOffice conversion."""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

CONTRACT = "self-eval-facts/1"

__all__ = [
    "CONTRACT", "gold_doc", "ind", "fund", "project", "dept", "sp",
    "new_docx", "para", "docx_table_grid", "set_cell", "page_break",
    "soffice_convert", "Cm", "Pt", "WD_ALIGN_PARAGRAPH", "docx_project_table",
]


# ---------------------------------------------------------------- gold helpers
def gold_doc(file, fmt, unit, year, projects=None, department=None, summary=None, spending=None):
    name, province, city, county, adcode = unit
    return {
        "contract": CONTRACT,
        "source": {"file": file, "sha256": None, "format": fmt},
        "unit": {"name": name, "province": province, "city": city, "county": county, "adcode": adcode},
        "fiscal_year": year,
        "projects": projects or [],
        "department": department,
        "summary_rows": summary or [],
        "spending": spending or [],
        "partial": False,
    }


def ind(level1, level2, name, target, actual, weight, score, deviation=None):
    return {"level1": level1, "level2": level2, "name": name, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": deviation}


def fund(initial=None, adjusted=None, executed=None, weight=None, rate=None, score=None):
    return {"initial_budget": initial, "adjusted_budget": adjusted, "executed": executed,
            "weight": weight, "execution_rate": rate, "score": score}


def project(name, sup, impl, funds, goal_e, goal_a, indicators, tw, ts, grade=None):
    return {"name": name, "supervising_dept": sup, "implementing_unit": impl, "funds": funds,
            "goal_expected": goal_e, "goal_actual": goal_a, "indicators": indicators,
            "total_weight": tw, "total_score": ts, "grade": grade}


def dept(funds=None, basic=None, proj=None, personnel=None, public=None, score=None, grade=None, indicators=None):
    return {"funds": funds, "basic_expenditure": basic, "project_expenditure": proj,
            "personnel_expenditure": personnel, "public_expenditure": public,
            "score": score, "grade": grade, "indicators": indicators or []}


def sp(classification, path, phase, year, amount):
    return {"classification": classification, "path": list(path), "phase": phase, "year": year, "amount": amount}


# ---------------------------------------------------------------- docx helpers
def _font(run, size=None, bold=False, name="宋体"):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def new_docx(margins_cm=2.2):
    doc = Document()
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
        s.left_margin = s.right_margin = Cm(margins_cm)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    return doc


def para(doc, text, size=11, bold=False, align=None, indent=False, font="宋体", space_after=None):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    run = p.add_run(text)
    _font(run, size, bold, font)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def docx_table_grid(doc, rows, cols, widths_cm):
    t = doc.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _borders(t)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    return t


def set_cell(table, r, c, text, r2=None, c2=None, size=9, bold=False, align="center"):
    """Write text into cell (r, c), merging to (r2, c2) first when given. '\n' makes separate paragraphs."""
    cell = table.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(table.cell(r if r2 is None else r2, c if c2 is None else c2))
    lines = str(text).split("\n") if text is not None else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        run = p.add_run(line)
        _font(run, size, bold)
    return cell


def docx_project_table(doc, spec, size=9):
    """A 项目支出绩效自评表 in the Ministry of Finance layout, ten columns.

    spec keys: name, sup, impl, fund_head (6 heads), fund_rows [(label, [6 cells])], goal_e, goal_a,
    level_rows [(l1, l2, name, target, actual, weight, score, dev)] where l1/l2 may be None to
    continue the span above, total (weight, score), grade_row (label, text) or None.
    """
    widths = [1.2, 1.5, 1.7, 1.6, 1.5, 1.9, 1.9, 1.2, 1.3, 2.8]
    n_ind = len(spec["level_rows"])
    rows = 2 + 5 + 2 + 1 + n_ind + 1 + (1 if spec.get("grade_row") else 0)
    t = docx_table_grid(doc, rows, 10, widths)
    set_cell(t, 0, 0, "项目名称", c2=1, size=size)
    set_cell(t, 0, 2, spec["name"], c2=9, size=size)
    set_cell(t, 1, 0, "主管部门", c2=1, size=size)
    set_cell(t, 1, 2, spec["sup"], c2=5, size=size)
    set_cell(t, 1, 6, "实施单位", size=size)
    set_cell(t, 1, 7, spec["impl"], c2=9, size=size)
    set_cell(t, 2, 0, spec.get("fund_label", "项目资金\n（万元）"), r2=6, c2=1, size=size)
    set_cell(t, 2, 2, "", c2=3, size=size)
    for i, h in enumerate(spec["fund_head"]):
        set_cell(t, 2, 4 + i, h, size=size)
    for k, (label, cells) in enumerate(spec["fund_rows"]):
        set_cell(t, 3 + k, 2, label, c2=3, size=size)
        for i, v in enumerate(cells):
            set_cell(t, 3 + k, 4 + i, v, size=size)
    set_cell(t, 7, 0, "年度总体目标", r2=8, size=size)
    set_cell(t, 7, 1, "预期目标", c2=5, size=size)
    set_cell(t, 7, 6, "实际完成情况", c2=9, size=size)
    set_cell(t, 8, 1, spec["goal_e"], c2=5, size=size, align="left")
    set_cell(t, 8, 6, spec["goal_a"], c2=9, size=size, align="left")
    r0 = 9
    set_cell(t, r0, 0, "绩效指标", r2=r0 + n_ind, size=size)
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", None, "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        if h is None:
            continue
        if i == 2:
            set_cell(t, r0, 3, h, c2=4, size=size)
        else:
            set_cell(t, r0, i + 1 if i < 2 else i + 1, h, size=size)
    # spans for level1 / level2
    lr = spec["level_rows"]

    def spans(idx):
        out, start = [], None
        for k, row in enumerate(lr):
            if row[idx] is not None:
                if start is not None:
                    out.append((start, k - 1))
                start = k
        out.append((start, len(lr) - 1))
        return out

    for a, b in spans(0):
        set_cell(t, r0 + 1 + a, 1, lr[a][0], r2=r0 + 1 + b, size=size)
    for a, b in spans(1):
        set_cell(t, r0 + 1 + a, 2, lr[a][1], r2=r0 + 1 + b, size=size)
    for k, row in enumerate(lr):
        r = r0 + 1 + k
        set_cell(t, r, 3, row[2], c2=4, size=size, align="left")
        for j, v in enumerate(row[3:8]):
            set_cell(t, r, 5 + j, "" if v is None else v, size=size)
    rt = r0 + 1 + n_ind
    set_cell(t, rt, 0, "总分", c2=6, size=size)
    set_cell(t, rt, 7, spec["total"][0], size=size)
    set_cell(t, rt, 8, spec["total"][1], size=size)
    set_cell(t, rt, 9, spec.get("total_note", ""), size=size)
    if spec.get("grade_row"):
        set_cell(t, rt + 1, 0, spec["grade_row"][0], c2=6, size=size)
        set_cell(t, rt + 1, 7, spec["grade_row"][1], c2=9, size=size)
    return t


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src, fmt, outdir):
    """Convert src with LibreOffice into outdir; returns the new path."""
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
               "--outdir", outdir, src]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    if not os.path.exists(out):
        raise RuntimeError(f"conversion failed: {src} -> {fmt}")
    return out


_ = shutil
