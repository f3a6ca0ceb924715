#!/usr/bin/env python3
"""Blind test set T01-T10: project / department self-evaluation TABLES, with hand-made gold.

Writes the documents into tests/blind/docs/ and one gold file per document into tests/blind/gold/.
Run with the project venv:  .venv/bin/python tests/blind/make_tables.py

All units, projects and figures are invented (plausible, in the style of county portals);
region names and adcodes are those of the gazetteer shipped with jionlp (checked below).
The gold of every document is written out by hand next to its rendering, following
/work/shared/corpus/MANIFEST.md "Judgement calls in the gold".
"""
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
GAZETTEER = os.path.join(HERE, "..", "..", ".venv", "lib", "python3.11", "site-packages",
                         "jionlp", "dictionary", "china_location.zip")

# --------------------------------------------------------------------------- regions
# (province, city, county, adcode of the lowest level) looked up in china_location.txt
REGIONS = {
    "五华县": ("广东省", "梅州市", "五华县", "441424"),
    "灌云县": ("江苏省", "连云港市", "灌云县", "320723"),
    "涞水县": ("河北省", "保定市", "涞水县", "130623"),
    "沂水县": ("山东省", "临沂市", "沂水县", "371323"),
    "城固县": ("陕西省", "汉中市", "城固县", "610722"),
    "甘谷县": ("甘肃省", "天水市", "甘谷县", "620523"),
    "阳朔县": ("广西壮族自治区", "桂林市", "阳朔县", "450321"),
    "石柱土家族自治县": ("重庆市", "重庆市", "石柱土家族自治县", "500240"),
    "敦化市": ("吉林省", "延边朝鲜族自治州", "敦化市", "222403"),
    "将乐县": ("福建省", "三明市", "将乐县", "350428"),
}


def check_regions():
    """Every region triple and code must be in the gazetteer (province / city / county lines)."""
    if not os.path.exists(GAZETTEER):
        print("gazetteer not found, region check skipped", file=sys.stderr)
        return
    with zipfile.ZipFile(GAZETTEER) as z:
        text = z.read("china_location.txt").decode("utf-8")
    prov = city = None
    found = {}
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth == 0:
            prov = parts
        elif depth == 1:
            city = parts
        elif depth == 2 and len(parts) >= 2:
            found[(prov[0], city[0], parts[0])] = parts[1]
    for key, (p, c, k, code) in REGIONS.items():
        assert found.get((p, c, k)) == code, (key, found.get((p, c, k)))


def unit(name, county):
    p, c, k, code = REGIONS[county]
    return {"name": name, "province": p, "city": c, "county": k, "adcode": code}


# --------------------------------------------------------------------------- gold helpers
def fund(initial, adjusted, executed, weight=None, rate=None, score=None):
    return {"initial_budget": initial, "adjusted_budget": adjusted, "executed": executed,
            "weight": weight, "execution_rate": rate, "score": score}


def ind(l1, l2, name, target, actual, weight, score, deviation=None):
    return {"level1": l1, "level2": l2, "name": name, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": deviation}


def project(name, supervising, implementing, funds, goal_expected, goal_actual, indicators,
            total_weight, total_score, grade):
    return {"name": name, "supervising_dept": supervising, "implementing_unit": implementing,
            "funds": funds, "goal_expected": goal_expected, "goal_actual": goal_actual,
            "indicators": indicators, "total_weight": total_weight, "total_score": total_score,
            "grade": grade}


def department(funds=None, basic=None, project_exp=None, personnel=None, public=None,
               score=None, grade=None, indicators=None):
    return {"funds": funds, "basic_expenditure": basic, "project_expenditure": project_exp,
            "personnel_expenditure": personnel, "public_expenditure": public,
            "score": score, "grade": grade, "indicators": indicators or []}


def spend(classification, path, phase, year, amount):
    return {"classification": classification, "path": path, "phase": phase, "year": year,
            "amount": amount}


def write_gold(filename, fmt, unit_, year, projects=None, dept=None, spending=None):
    path = os.path.join(DOCS, filename)
    with open(path, "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    gold = {
        "contract": "self-eval-facts/1",
        "source": {"file": filename, "sha256": sha, "format": fmt},
        "partial": False,
        "unit": unit_,
        "fiscal_year": year,
        "projects": projects or [],
        "department": dept,
        "summary_rows": [],
        "spending": spending or [],
    }
    stem = os.path.splitext(filename)[0]
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# --------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Sheet:
    """Small writer for WPS/Excel-style forms: put(cell range, value) with merges and borders."""

    def __init__(self, ws, first_row, last_col):
        self.ws = ws
        self.first_row = first_row
        self.last_col = last_col

    def put(self, ref, value=None, bold=False, align="center", fmt=None):
        ws = self.ws
        if ":" in ref:
            ws.merge_cells(ref)
            start, end = ref.split(":")
        else:
            start = end = ref
        cell = ws[start]
        if value is not None:
            cell.value = value
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        cell.font = Font(name="宋体", size=10, bold=bold)
        if fmt:
            cell.number_format = fmt
        for row in ws[start:end]:
            for c in row:
                c.border = BOX
        return cell

    def text(self, ref, value, bold=False, align="left", size=10):
        ws = self.ws
        if ":" in ref:
            ws.merge_cells(ref)
            ref = ref.split(":")[0]
        cell = ws[ref]
        cell.value = value
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=False)
        cell.font = Font(name="宋体", size=size, bold=bold)
        return cell


def col(n):
    return openpyxl.utils.get_column_letter(n)


# --------------------------------------------------------------------------- docx helpers
def new_document(landscape=False):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return d


def para(d, text, size=10, bold=False, align="left", space_after=2):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


class Grid:
    """A docx table addressed by (row, col); cell(r, c, r2, c2, text) merges and writes."""

    def __init__(self, d, rows, cols, widths=None):
        self.t = d.add_table(rows=rows, cols=cols)
        self.t.style = "Table Grid"
        self.t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if widths:
            self.t.autofit = False
            grid = self.t._tbl.tblGrid
            for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(Cm(w).twips)))
            for row in self.t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)

    def cell(self, r, c, text=None, r2=None, c2=None, align="center", bold=False, size=9):
        r2 = r if r2 is None else r2
        c2 = c if c2 is None else c2
        a = self.t.cell(r, c)
        if (r2, c2) != (r, c):
            a = a.merge(self.t.cell(r2, c2))
        if text is not None:
            lines = str(text).split("\n")
            p = a.paragraphs[0]
            for i, line in enumerate(lines):
                run = p.add_run(line)
                run.font.size = Pt(size)
                run.bold = bold
                if i < len(lines) - 1:
                    run.add_break()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        return a

    def repeat_header(self, row_index):
        tr_pr = self.t.rows[row_index]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)


def soffice_convert(src, target_ext, dest):
    """Convert with LibreOffice headless into a temp dir, then move to dest."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", target_ext, "--outdir", tmp, src],
                       check=True, capture_output=True, timeout=240)
        out = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + target_ext)
        shutil.move(out, dest)


# =========================================================================== T01
def t01():
    """XLSX, national 项目支出绩效自评表; 单位名称 line above the grid; labels merged over two
    columns; 年初/全年预算 differ (carry-over row); 其他资金 blank; an empty 生态效益指标 row;
    deviations filled; 总分 row with 自评等级：优秀; 填报日期 in the next year."""
    fn = "T01_wuhua_rmyy_shebei.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件2"
    s = Sheet(ws, 1, 10)
    for i, w in enumerate([6, 10, 12, 22, 14, 14, 8, 9, 12, 16], start=1):
        ws.column_dimensions[col(i)].width = w
    s.text("A1:J1", "2023年度项目支出绩效自评表", bold=True, align="center", size=16)
    s.text("A2:F2", "单位名称：五华县人民医院")
    s.text("H2:J2", "单位：万元", align="right")
    s.put("A3:B3", "项目名称")
    s.put("C3:J3", "五华县人民医院医疗设备购置项目", align="left")
    s.put("A4:B4", "主管部门")
    s.put("C4:E4", "五华县卫生健康局")
    s.put("F4:G4", "实施单位")
    s.put("H4:J4", "五华县人民医院")
    s.put("A5:B9", "项目资金\n（万元）")
    s.put("C5", None)
    for c, h in zip("DEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率"]):
        s.put(f"{c}5", h)
    s.put("I5:J5", "得分")
    rows = [
        ("年度资金总额", 420, 436.5, 428.35, 10, "98.13%", 9.81),
        ("其中：当年财政拨款", 400, 400, 391.85, "—", "97.96%", "—"),
        ("上年结转资金", 20, 36.5, 36.5, "—", "100%", "—"),
        ("其他资金", None, None, None, "—", None, "—"),
    ]
    for i, (label, a, b, e, w, r, sc) in enumerate(rows):
        n = 6 + i
        s.put(f"C{n}", label)
        for c, v in zip("DEFGH", [a, b, e, w, r]):
            s.put(f"{c}{n}", v)
        s.put(f"I{n}:J{n}", sc)
    s.put("A10:B11", "年度\n总体\n目标")
    s.put("C10:F10", "预期目标")
    s.put("G10:J10", "实际完成情况")
    goal_e = ("购置彩色多普勒超声诊断仪、全自动生化分析仪等医疗设备12台（套），提升县域内影像和检验"
              "诊断能力，减少患者外转。")
    goal_a = ("完成彩色多普勒超声诊断仪、全自动生化分析仪等11台（套）设备采购安装并投入使用，县域内"
              "影像、检验诊断能力明显提升。")
    s.put("C11:F11", goal_e, align="left")
    s.put("G11:J11", goal_a, align="left")
    ws.row_dimensions[11].height = 48
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    for c, h in zip("BCDEFGH", head):
        s.put(f"{c}12", h)
    s.put("I12:J12", "偏差原因分析及改进措施")
    dev1 = "1台设备因供应商交货延迟未能在年内到货，已督促供应商于次年一季度交付。"
    dev2 = "政府采购流程较长，下一年度提前启动采购程序。"
    dev3 = "部分设备操作培训不足，已安排厂家二次培训。"
    inds = [
        # printed: level1, level2, name, target, actual, weight, score, deviation
        ("产出指标", "数量指标", "购置医疗设备数量", "≥12台（套）", "11台（套）", 10, 8, dev1),
        ("产出指标", "数量指标", "开展设备操作培训人次", "≥60人次", "72人次", 5, 5, None),
        ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "设备采购完成时间", "2023年10月底前", "2023年12月", 5, 4, dev2),
        ("产出指标", "成本指标", "设备采购成本控制", "≤436.5万元", "428.35万元", 10, 10, None),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "91.2%", 10, 10, None),
        ("效益指标", "社会效益指标", "减少患者外转人次", "较上年减少", "较上年减少8.6%", 10, 10, None),
        ("效益指标", "生态效益指标", None, None, None, None, None, None),
        ("效益指标", "可持续影响指标", "设备正常使用年限", "≥8年", "8年", 10, 10, None),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "95.3%", 10, 10, None),
        ("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥90%", "88%", 10, 9, dev3),
    ]
    first = 13
    for i, row in enumerate(inds):
        n = first + i
        for c, v in zip("BCDEFGH", row[:7]):
            s.put(f"{c}{n}", v, align="left" if c in "DI" else "center")
        s.put(f"I{n}:J{n}", row[7], align="left")
        ws.row_dimensions[n].height = 30 if row[7] else 18
    last = first + len(inds) - 1
    s.put(f"A12:A{last}", "绩效指标")
    # vertical merges of level1 / level2 (cell text only in the first row of a block)
    for c, idx in (("B", 0), ("C", 1)):
        start = first
        for i in range(1, len(inds) + 1):
            if i == len(inds) or inds[i][idx] != inds[i - 1][idx] or (idx == 1 and inds[i][0] != inds[i - 1][0]):
                if first + i - 1 > start:
                    ws.merge_cells(f"{c}{start}:{c}{first + i - 1}")
                start = first + i
    n = last + 1
    s.put(f"A{n}:F{n}", "总分")
    s.put(f"G{n}", 100)
    s.put(f"H{n}", 95.81)
    s.put(f"I{n}:J{n}", "自评等级：优秀")
    s.text(f"A{n + 1}:J{n + 1}", "填表人：李文辉      联系电话：0753-4432178      填报日期：2024年3月20日")
    wb.save(os.path.join(DOCS, fn))

    indicators = [ind(*r) for r in inds if r[2] is not None]
    p = project(
        "五华县人民医院医疗设备购置项目", "五华县卫生健康局", "五华县人民医院",
        {"total": fund(420, 436.5, 428.35, 10, 98.13, 9.81),
         "current_appropriation": fund(400, 400, 391.85, None, 97.96, None),
         "carryover": fund(20, 36.5, 36.5, None, 100.0, None)},
        goal_e, goal_a, indicators, 100, 95.81, "优")
    write_gold(fn, "xlsx", unit("五华县人民医院", "五华县"), 2023, projects=[p])


# =========================================================================== T02
def t02():
    """XLSX, three project tables repeated down one sheet; the unit is only the sheet name
    (a party organ); no 主管部门/实施单位 rows; 其中：财政拨款; rates as `98.38%`, `100` (number)
    and blank; `指标1：` prefixes in the third table; grade printed `优秀` once."""
    fn = "T02_guanyun_zzb_xiangmu.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中共灌云县委组织部"
    s = Sheet(ws, 1, 8)
    for i, w in enumerate([12, 16, 26, 14, 14, 8, 9, 30], start=1):
        ws.column_dimensions[col(i)].width = w

    projects = [
        {
            "name": "党员教育培训经费",
            "funds": [("年度资金总额", 85, 85, 83.62, 10, "98.38%", 9.84),
                      ("其中：财政拨款", 85, 85, 83.62, None, None, None),
                      ("其他资金", None, None, None, None, None, None)],
            "goal": ("举办各类党员干部培训班不少于15期，培训党员干部2000人次以上，提升党员干部综合素质。",
                     "全年举办培训班17期，培训党员干部2360人次，完成年度目标。"),
            "inds": [
                ("产出指标", "数量指标", "举办培训班期数", "≥15期", "17期", 15, 15, None),
                ("产出指标", "数量指标", "培训党员干部人次", "≥2000人次", "2360人次", 15, 15, None),
                ("产出指标", "质量指标", "培训考核合格率", "≥95%", "98%", 10, 10, None),
                ("产出指标", "时效指标", "培训计划完成时间", "12月底前", "12月", 10, 10, None),
                ("效益指标", "社会效益指标", "党员干部理论水平提升", "明显提升", "明显提升", 20, 18,
                 "部分基层党员参训积极性不高，下一步创新培训方式。"),
                ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "96%", 20, 20, None),
            ],
            "total": (100, 97.84, None),
        },
        {
            "name": "基层党组织活动经费",
            "funds": [("年度资金总额", 120, 156.8, 156.8, 10, 100, 10),
                      ("其中：财政拨款", 120, 156.8, 156.8, None, None, None),
                      ("其他资金", None, None, None, None, None, None)],
            "goal": ("对村级党组织活动场所进行维修改造，保障基层党组织正常开展活动。",
                     "完成23个村级党组织活动场所维修改造，基层党组织活动正常开展。"),
            "inds": [
                ("产出指标", "数量指标", "村级党组织活动场所维修改造个数", "≥20个", "23个", 20, 20, None),
                ("产出指标", "质量指标", "场所达标率", "100%", "100%", 10, 10, None),
                ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 10, 10, None),
                ("产出指标", "成本指标", "村均补助标准", "≤7万元", "6.82万元", 10, 10, None),
                ("效益指标", "社会效益指标", "基层党组织组织力提升", "有效提升", "有效提升", 15, 15, None),
                ("效益指标", "可持续影响指标", "场所长效运行机制", "建立", "已建立", 15, 13,
                 "个别村管理制度执行不到位，将加强督导检查。"),
                ("满意度指标", "服务对象满意度指标", "党员群众满意度", "≥90%", "93%", 10, 10, None),
            ],
            "total": (100, 98, "优秀"),
        },
        {
            "name": "人才工作专项经费",
            "funds": [("年度资金总额", 60, 48, 41.25, 10, None, 8.59),
                      ("其中：财政拨款", 60, 48, 41.25, None, None, None),
                      ("其他资金", None, None, None, None, None, None)],
            "goal": ("引进高层次人才10名以上，兑现各类人才政策，带动企业新增产值5000万元以上。",
                     "引进高层次人才8名，人才政策全部兑现，带动企业新增产值4200万元。"),
            "inds": [
                ("产出指标", "数量指标", "指标1：引进高层次人才数量", "≥10人", "8人", 20, 16,
                 "受疫情影响部分人才未能按期到岗，下一年度继续跟进。"),
                ("产出指标", "质量指标", "指标1：人才政策兑现率", "100%", "100%", 15, 15, None),
                ("产出指标", "时效指标", "指标1：补贴发放及时性", "按季度发放", "按季度发放", 15, 15, None),
                ("效益指标", "经济效益指标", "指标1：带动企业新增产值", "≥5000万元", "4200万元", 15, 12,
                 "部分企业项目投产延迟。"),
                ("效益指标", "社会效益指标", "指标1：人才集聚效应", "逐步显现", "逐步显现", 15, 15, None),
                ("满意度指标", "服务对象满意度指标", "指标1：人才满意度", "≥90%", "92%", 10, 10, None),
            ],
            "total": (100, 91.59, "优"),
        },
    ]
    n = 1
    gold_projects = []
    for pj in projects:
        s.text(f"A{n}:H{n}", "2022年度项目支出绩效自评表", bold=True, align="center", size=14)
        ws.row_dimensions[n].height = 26
        n += 1
        s.text(f"A{n}:H{n}", "单位：万元", align="right")
        n += 1
        s.put(f"A{n}", "项目名称")
        s.put(f"B{n}:H{n}", pj["name"], align="left")
        n += 1
        s.put(f"A{n}:A{n + 3}", "项目资金\n（万元）")
        s.put(f"B{n}", None)
        for c, h in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
            s.put(f"{c}{n}", h)
        n += 1
        for row in pj["funds"]:
            for c, v in zip("BCDEFGH", row):
                s.put(f"{c}{n}", v)
            n += 1
        s.put(f"A{n}:A{n + 1}", "年度总体目标")
        s.put(f"B{n}:E{n}", "预期目标")
        s.put(f"F{n}:H{n}", "实际完成情况")
        n += 1
        s.put(f"B{n}:E{n}", pj["goal"][0], align="left")
        s.put(f"F{n}:H{n}", pj["goal"][1], align="left")
        ws.row_dimensions[n].height = 40
        n += 1
        for c, h in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                     "分值", "得分", "偏差原因分析及改进措施"]):
            s.put(f"{c}{n}", h)
        n += 1
        first = n
        for row in pj["inds"]:
            for c, v in zip("ABCDEFGH", row):
                s.put(f"{c}{n}", v, align="left" if c in "CH" else "center")
            n += 1
        # merge level-1 blocks (values kept only in the first cell of each block)
        start = first
        for i in range(1, len(pj["inds"]) + 1):
            if i == len(pj["inds"]) or pj["inds"][i][0] != pj["inds"][i - 1][0]:
                if first + i - 1 > start:
                    for r in range(start + 1, first + i):
                        ws[f"A{r}"].value = None
                    ws.merge_cells(f"A{start}:A{first + i - 1}")
                start = first + i
        tw, ts, grade = pj["total"]
        s.put(f"A{n}:E{n}", "总分")
        s.put(f"F{n}", tw)
        s.put(f"G{n}", ts)
        s.put(f"H{n}", grade)
        n += 3  # two blank rows between the tables

        f = pj["funds"]
        rate = f[0][5]
        gold_funds = {
            "total": fund(f[0][1], f[0][2], f[0][3], f[0][4],
                          None if rate is None else float(str(rate).rstrip("%")), f[0][6]),
            "current_appropriation": fund(f[1][1], f[1][2], f[1][3]),
        }
        gold_inds = []
        for r in pj["inds"]:
            name = r[2].split("：", 1)[1] if r[2].startswith("指标1：") else r[2]
            gold_inds.append(ind(r[0], r[1], name, *r[3:]))
        gold_projects.append(project(pj["name"], None, None, gold_funds, pj["goal"][0], pj["goal"][1],
                                     gold_inds, tw, ts, {"优秀": "优", "优": "优", None: None}[grade]))
    wb.save(os.path.join(DOCS, fn))
    # by hand: funds of the three tables
    assert gold_projects[0]["funds"]["total"] == fund(85, 85, 83.62, 10, 98.38, 9.84)
    assert gold_projects[1]["funds"]["total"] == fund(120, 156.8, 156.8, 10, 100.0, 10)
    assert gold_projects[2]["funds"]["total"] == fund(60, 48, 41.25, 10, None, 8.59)
    write_gold(fn, "xlsx", unit("中共灌云县委组织部", "灌云县"), 2022, projects=gold_projects)


# =========================================================================== T03
def t03():
    """DOCX; 填报单位（盖章） line with `单位：元`; money in 元 with thousands separators; no year
    in the title, only `填报日期：2024年3月1日` (-> 2023) and a document number 冀财农〔2022〕87号;
    vertical merges for level labels; `—` cells."""
    fn = "T03_laishui_slj_shuiku.docx"
    d = new_document()
    para(d, "附件", size=10)
    para(d, "项目支出绩效自评表", size=16, bold=True, align="center", space_after=6)
    para(d, "填报单位（盖章）：涞水县水利局                                                      单位：元")
    inds = [
        ("产出指标", "数量指标", "维修养护小型水库数量", "8座", "8座", 10, 10, None),
        ("产出指标", "数量指标", "清理坝体杂草灌木面积", "≥12000平方米", "12600平方米", 10, 10, None),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "汛前完成维修养护", "6月底前", "6月25日", 10, 10, None),
        ("产出指标", "成本指标", "单座水库维修养护成本", "≤23.2万元", "22.39万元", 10, 10, None),
        ("效益指标", "社会效益指标", "水库安全度汛", "无垮坝事故", "无垮坝事故", 15, 15, None),
        ("效益指标", "生态效益指标", "库区水环境", "有所改善", "有所改善", 10, 10, None),
        ("效益指标", "可持续影响指标", "水库工程使用寿命", "延长", "延长", 5, 5, None),
        ("满意度指标", "服务对象满意度指标", "下游受益群众满意度", "≥90%", "87%", 10, 8,
         "部分群众对维修养护期间灌溉供水暂停有意见，今后合理安排施工时段。"),
    ]
    nrows = 10 + 1 + len(inds) + 1
    g = Grid(d, nrows, 10, widths=[1.0, 1.6, 1.9, 3.0, 1.9, 1.9, 1.9, 1.2, 1.4, 2.2])
    g.cell(0, 0, "项目名称", c2=1)
    g.cell(0, 2, "小型水库维修养护项目", c2=9, align="left")
    g.cell(1, 0, "主管部门", c2=1)
    g.cell(1, 2, "涞水县水利局", c2=4)
    g.cell(1, 5, "实施单位", c2=6)
    g.cell(1, 7, "涞水县水利局", c2=9)
    g.cell(2, 0, "资金文号", c2=1)
    g.cell(2, 2, "冀财农〔2022〕87号", c2=9, align="left")
    g.cell(3, 0, "项目资金\n（元）", r2=7, c2=1)
    g.cell(3, 2, "", c2=3)
    for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        g.cell(3, 4 + i, h)
    frows = [
        ("年度资金总额", "1,500,000.00", "1,856,300.00", "1,791,284.60", "10", "96.50%", "9.65"),
        ("其中：当年财政拨款", "1,500,000.00", "1,500,000.00", "1,434,984.60", "—", "95.67%", "—"),
        ("上年结转资金", "—", "356,300.00", "356,300.00", "—", "100%", "—"),
        ("其他资金", "—", "—", "—", "—", "—", "—"),
    ]
    for k, row in enumerate(frows):
        g.cell(4 + k, 2, row[0], c2=3)
        for i, v in enumerate(row[1:]):
            g.cell(4 + k, 4 + i, v)
    goal_e = "完成全县8座小型水库大坝及附属设施维修养护，保障水库安全度汛，维护下游群众生命财产安全。"
    goal_a = "完成8座小型水库维修养护，汛期水库运行安全，无安全事故发生。"
    g.cell(8, 0, "年度总体目标", r2=9, c2=1)
    g.cell(8, 2, "预期目标", c2=5)
    g.cell(8, 6, "实际完成情况", c2=9)
    g.cell(9, 2, goal_e, c2=5, align="left")
    g.cell(9, 6, goal_a, c2=9, align="left")
    hr = 10
    g.cell(hr, 0, "绩\n效\n指\n标", r2=hr + len(inds))
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
        g.cell(hr, 1 + i, h)
    g.cell(hr, 8, "偏差原因分析及改进措施", c2=9)
    for k, r in enumerate(inds):
        rr = hr + 1 + k
        for i, v in enumerate(r[2:7]):
            g.cell(rr, 3 + i, v, align="left" if i == 0 else "center")
        g.cell(rr, 8, r[7], c2=9, align="left")
    # level-1 / level-2 vertical merges
    def blocks(key):
        out, start = [], 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or key(inds[i]) != key(inds[i - 1]):
                out.append((start, i - 1))
                start = i
        return out
    for a, b in blocks(lambda r: r[0]):
        g.cell(hr + 1 + a, 1, inds[a][0], r2=hr + 1 + b)
    for a, b in blocks(lambda r: (r[0], r[1])):
        g.cell(hr + 1 + a, 2, inds[a][1], r2=hr + 1 + b)
    tr = hr + 1 + len(inds)
    g.cell(tr, 0, "总分", c2=5)
    g.cell(tr, 6, "100")
    g.cell(tr, 7, "97.65")
    g.cell(tr, 8, "优", c2=9)
    para(d, "")
    para(d, "填报人：王志强        联系电话：0312-4521867        填报日期：2024年3月1日")
    d.save(os.path.join(DOCS, fn))

    p = project(
        "小型水库维修养护项目", "涞水县水利局", "涞水县水利局",
        {"total": fund(150, 185.63, 179.12846, 10, 96.5, 9.65),
         "current_appropriation": fund(150, 150, 143.49846, None, 95.67, None),
         "carryover": fund(None, 35.63, 35.63, None, 100.0, None)},
        goal_e, goal_a, [ind(*r) for r in inds], 100, 97.65, "优")
    write_gold(fn, "docx", unit("涞水县水利局", "涞水县"), 2023, projects=[p])


# =========================================================================== T04
def t04():
    """DOCX, two projects of a school; the first project's indicators continue in a second
    table (page break, `（续表）`, indicator header repeated); rates printed as numbers under
    `执行率（%）`; blank 上年结转 row in project 1; `评价等级：优`."""
    fn = "T04_yishui_yz_xiangmu.docx"
    d = new_document()
    widths = [1.6, 2.0, 3.2, 2.0, 2.0, 1.2, 1.2, 1.7, 1.7]

    def header_part(g, name, frows, goals):
        g.cell(0, 0, "项目名称")
        g.cell(0, 1, name, c2=8, align="left")
        g.cell(1, 0, "主管部门")
        g.cell(1, 1, "沂水县教育和体育局", c2=3)
        g.cell(1, 4, "实施单位", c2=5)
        g.cell(1, 6, "沂水县第一中学", c2=8)
        g.cell(2, 0, "项目资金（万元）", r2=6)
        g.cell(2, 1, "", c2=2)
        for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分"]):
            g.cell(2, 3 + i, h)
        for k, row in enumerate(frows):
            g.cell(3 + k, 1, row[0], c2=2)
            for i, v in enumerate(row[1:]):
                g.cell(3 + k, 3 + i, v)
        g.cell(7, 0, "年度总体目标", r2=8)
        g.cell(7, 1, "预期目标", c2=4)
        g.cell(7, 5, "实际完成情况", c2=8)
        g.cell(8, 1, goals[0], c2=4, align="left")
        g.cell(8, 5, goals[1], c2=8, align="left")

    def indicator_rows(g, r0, inds):
        for i, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
            g.cell(r0, i, h)
        g.cell(r0, 7, "偏差原因分析及改进措施", c2=8)
        for k, r in enumerate(inds):
            rr = r0 + 1 + k
            for i, v in enumerate(r[2:7]):
                g.cell(rr, 2 + i, v, align="left" if i == 0 else "center")
            g.cell(rr, 7, r[7], c2=8, align="left")
        start = 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or inds[i][0] != inds[i - 1][0]:
                g.cell(r0 + 1 + start, 0, inds[start][0], r2=r0 + i)
                start = i
        start = 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or inds[i][:2] != inds[i - 1][:2]:
                g.cell(r0 + 1 + start, 1, inds[start][1], r2=r0 + i)
                start = i
        return r0 + 1 + len(inds)

    def total_row(g, r, w, s, grade):
        g.cell(r, 0, "总分", c2=4)
        g.cell(r, 5, w)
        g.cell(r, 6, s)
        g.cell(r, 7, grade, c2=8)

    # ---- project 1
    p1_frows = [
        ("年度资金总额", "186.4", "203.75", "203.75", "10", "100", "10"),
        ("其中：当年财政拨款", "186.4", "203.75", "203.75", "", "100", ""),
        ("上年结转资金", "", "", "", "", "", ""),
        ("其他资金", "", "", "", "", "", ""),
    ]
    p1_goals = ("落实国家助学金、免学费等学生资助政策，资助家庭经济困难学生，确保应助尽助。",
                "全年资助家庭经济困难学生1362人次，发放资助资金203.75万元，实现应助尽助。")
    p1a = [
        ("产出指标", "数量指标", "国家助学金资助人次", "≥1300人次", "1362人次", "10", "10", None),
        ("产出指标", "数量指标", "免学费人数", "≥450人", "468人", "10", "10", None),
        ("产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", "10", "10", None),
        ("产出指标", "时效指标", "资助资金发放及时率", "100%", "98%", "10", "9",
         "秋季学期部分学生银行卡信息变更导致发放延迟，已建立信息核对机制。"),
    ]
    p1b = [
        ("产出指标", "成本指标", "国家助学金生均标准", "2000元/生·年", "2000元/生·年", "10", "10", None),
        ("效益指标", "社会效益指标", "家庭经济困难学生辍学率", "0", "0", "15", "15", None),
        ("效益指标", "可持续影响指标", "资助政策知晓率", "≥95%", "97%", "15", "15", None),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥95%", "96.5%", "10", "10", None),
    ]
    para(d, "沂水县第一中学2022年度项目支出绩效自评表（一）", size=14, bold=True, align="center", space_after=6)
    g = Grid(d, 9 + 1 + len(p1a), 9, widths)
    header_part(g, "学生资助补助经费", p1_frows, p1_goals)
    indicator_rows(g, 9, p1a)
    page_break(d)
    para(d, "（续表）", align="left")
    g2 = Grid(d, 1 + len(p1b) + 1, 9, widths)
    end = indicator_rows(g2, 0, p1b)
    total_row(g2, end, "100", "99", "评价等级：优")
    para(d, "")
    # ---- project 2
    p2_frows = [
        ("年度资金总额", "80", "95", "88.46", "10", "93.12", "9.31"),
        ("其中：当年财政拨款", "80", "80", "73.46", "", "91.83", ""),
        ("上年结转资金", "", "15", "15", "", "100", ""),
        ("其他资金", "", "", "", "", "", ""),
    ]
    p2_goals = ("完成教学楼屋面防水、外墙修缮及学生宿舍卫生间改造，消除校舍安全隐患。",
                "完成教学楼屋面防水2600平方米、外墙修缮及宿舍卫生间改造36间，校舍安全隐患全部消除。")
    p2 = [
        ("产出指标", "数量指标", "屋面防水维修面积", "≥2500平方米", "2600平方米", "10", "10", None),
        ("产出指标", "数量指标", "宿舍卫生间改造间数", "36间", "36间", "10", "10", None),
        ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", None),
        ("产出指标", "时效指标", "工程完工时间", "8月31日前", "9月15日", "10", "7", "雨季影响施工进度，今后合理安排工期。"),
        ("产出指标", "成本指标", "工程造价控制", "≤95万元", "88.46万元", "10", "10", None),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", "100%", "100%", "15", "15", None),
        ("效益指标", "可持续影响指标", "改造设施使用年限", "≥10年", "≥10年", "15", "15", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "94%", "10", "10", None),
    ]
    page_break(d)
    para(d, "沂水县第一中学2022年度项目支出绩效自评表（二）", size=14, bold=True, align="center", space_after=6)
    g3 = Grid(d, 9 + 1 + len(p2) + 1, 9, widths)
    header_part(g3, "校舍维修改造项目", p2_frows, p2_goals)
    end = indicator_rows(g3, 9, p2)
    total_row(g3, end, "100", "96.31", "评价等级：优")
    d.save(os.path.join(DOCS, fn))

    def gi(r):
        return ind(r[0], r[1], r[2], r[3], r[4], int(r[5]), float(r[6]), r[7])

    proj1 = project("学生资助补助经费", "沂水县教育和体育局", "沂水县第一中学",
                    {"total": fund(186.4, 203.75, 203.75, 10, 100.0, 10),
                     "current_appropriation": fund(186.4, 203.75, 203.75, None, 100.0, None)},
                    p1_goals[0], p1_goals[1], [gi(r) for r in p1a + p1b], 100, 99, "优")
    proj2 = project("校舍维修改造项目", "沂水县教育和体育局", "沂水县第一中学",
                    {"total": fund(80, 95, 88.46, 10, 93.12, 9.31),
                     "current_appropriation": fund(80, 80, 73.46, None, 91.83, None),
                     "carryover": fund(None, 15, 15, None, 100.0, None)},
                    p2_goals[0], p2_goals[1], [gi(r) for r in p2], 100, 96.31, "优")
    write_gold(fn, "docx", unit("沂水县第一中学", "沂水县"), 2022, projects=[proj1, proj2])


# =========================================================================== T05
PORTAL_CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#eef2f6}
.top{background:#0b5aa8;color:#fff}.top .w{width:1200px;margin:0 auto;padding:20px 0;font-size:30px;font-weight:bold}
.menu{background:#094a8a}.menu ul{width:1200px;margin:0 auto;padding:0;list-style:none;overflow:hidden}
.menu li{float:left;color:#fff;padding:10px 22px;font-size:15px}
.box{width:1200px;margin:0 auto;background:#fff;padding:20px 40px;box-sizing:border-box}
.crumb{font-size:13px;color:#666;padding:8px 0;border-bottom:1px solid #ddd}
h1{text-align:center;font-size:22px;margin:22px 0 10px}
.info{text-align:center;font-size:13px;color:#888;margin-bottom:16px}
table.zp{border-collapse:collapse;width:100%;font-size:13px}
table.zp td{border:1px solid #333;padding:4px 5px;text-align:center}
td.l{text-align:left!important}
.foot{background:#0b5aa8;color:#dfe9f5;text-align:center;font-size:12px;line-height:24px;padding:16px 0;margin-top:20px}"""


def td(text="", rowspan=1, colspan=1, cls=None):
    attrs = ""
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    if cls:
        attrs += f' class="{cls}"'
    body = "&nbsp;" if text in (None, "") else html.escape(str(text), quote=False)
    return f"<td{attrs}>{body}</td>"


def t05():
    """HTML (UTF-8) on a county government portal: the <title>, site header and footer name
    城固县人民政府, the report is the 城固县卫生健康局's (信息来源); 实施单位 with a code
    prefix `301001-`; fund columns in another order (执行率 before 分值); indicator columns
    with 分值 before 年度指标值; 成本指标 as a level-1 block with a `无` row; 年初预算 0."""
    fn = "T05_chenggu_wjj_gongwei.html"
    inds = [
        # printed order: l1, l2, name, weight, target, actual, score, deviation
        ("产出指标", "数量指标", "居民电子健康档案建档率", 10, "≥62%", "64.3%", 10, None),
        ("产出指标", "数量指标", "0-6岁儿童健康管理率", 10, "≥85%", "88.6%", 10, None),
        ("产出指标", "质量指标", "高血压患者规范管理率", 10, "≥65%", "68.2%", 10, None),
        ("产出指标", "质量指标", "2型糖尿病患者规范管理率", 10, "≥65%", "67.5%", 10, None),
        ("产出指标", "时效指标", "资金拨付及时率", 10, "100%", "95%", 8,
         "第四季度部分资金因绩效考核未完成延迟拨付，下年度优化考核时序。"),
        ("成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准", 10, "94元", "94元", 10, None),
        ("成本指标", "社会成本指标", "无", None, None, None, None, None),
        ("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", 10, "逐步缩小", "逐步缩小", 10, None),
        ("效益指标", "可持续影响指标", "基层医疗卫生机构服务能力", 10, "持续提升", "持续提升", 10, None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", 10, "≥85%", "89%", 10, None),
    ]
    goal_e = ("为辖区常住居民免费提供基本公共卫生服务，居民电子健康档案建档率达到62%以上，高血压、"
              "糖尿病患者规范管理率达到65%以上。")
    goal_a = ("全年为辖区常住居民提供基本公共卫生服务，电子健康档案建档率64.3%，高血压、2型糖尿病患者"
              "规范管理率分别为68.2%、67.5%。")
    rows = []
    rows.append("<tr>" + td("项目支出绩效自评表", colspan=8) + "</tr>")
    rows.append("<tr>" + td("（2024年度）", colspan=8) + "</tr>")
    rows.append("<tr>" + td("项目名称") + td("基本公共卫生服务项目", colspan=7, cls="l") + "</tr>")
    rows.append("<tr>" + td("主管部门") + td("城固县卫生健康局", colspan=3) + td("实施单位")
                + td("301001-城固县卫生健康局", colspan=3) + "</tr>")
    rows.append("<tr>" + td("项目资金（万元）", rowspan=5) + td("")
                + "".join(td(h) for h in ["年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])
                + "</tr>")
    frows = [
        ("年度资金总额", "1286.40", "1352.18", "1305.72", "96.56%", "10", "9.66"),
        ("其中：当年财政拨款", "1286.40", "1286.40", "1240.02", "96.39%", "—", "—"),
        ("上年结转资金", "0", "65.78", "65.70", "99.88%", "—", "—"),
        ("其他资金", "", "", "", "", "—", "—"),
    ]
    for r in frows:
        rows.append("<tr>" + "".join(td(v) for v in r) + "</tr>")
    rows.append("<tr>" + td("年度总体目标", rowspan=2) + td("预期目标", colspan=3)
                + td("实际完成情况", colspan=4) + "</tr>")
    rows.append("<tr>" + td(goal_e, colspan=3, cls="l") + td(goal_a, colspan=4, cls="l") + "</tr>")
    rows.append("<tr>" + "".join(td(h) for h in ["一级指标", "二级指标", "三级指标", "分值", "年度指标值",
                                                 "实际完成值", "得分", "偏差原因分析及改进措施"]) + "</tr>")
    spans = {}
    for i, r in enumerate(inds):
        if i == 0 or inds[i - 1][0] != r[0]:
            spans[i] = sum(1 for x in inds[i:] if x[0] == r[0] and True) if True else 1
    # count only the contiguous block
    for i in list(spans):
        k = i
        while k < len(inds) and inds[k][0] == inds[i][0]:
            k += 1
        spans[i] = k - i
    for i, r in enumerate(inds):
        cells = ""
        if i in spans:
            cells += td(r[0], rowspan=spans[i])
        cells += td(r[1]) + td(r[2], cls="l") + "".join(td(v) for v in r[3:7]) + td(r[7], cls="l")
        rows.append("<tr>" + cells + "</tr>")
    rows.append("<tr>" + td("总分", colspan=3) + td("100") + td("") + td("") + td("97.66") + td("优") + "</tr>")
    table = "\n".join(rows)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>城固县卫生健康局2024年度基本公共卫生服务项目支出绩效自评表_城固县人民政府</title>
<meta name="SiteName" content="城固县人民政府">
<meta name="ColumnName" content="部门预决算">
<style>
{PORTAL_CSS}
</style>
</head>
<body>
<div class="top"><div class="w">城固县人民政府</div></div>
<div class="menu"><ul><li>首页</li><li>走进城固</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>专题专栏</li></ul></div>
<div class="box">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">部门预决算</a></div>
<h1>城固县卫生健康局2024年度基本公共卫生服务项目支出绩效自评表</h1>
<div class="info">发布时间：2025-04-18 09:32 &nbsp; 信息来源：城固县卫生健康局 &nbsp; 浏览次数：316</div>
<div class="article">
<table class="zp" cellspacing="0" cellpadding="0">
{table}
</table>
<p>&nbsp;</p>
</div>
</div>
<div class="foot">主办：城固县人民政府办公室 &nbsp; 承办：城固县融媒体中心<br>陕ICP备05004562号-1 &nbsp; 政府网站标识码：6107220001</div>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(page)

    gold_inds = [ind(r[0], r[1], r[2], r[4], r[5], r[3], r[6], r[7]) for r in inds if r[2] != "无"]
    p = project("基本公共卫生服务项目", "城固县卫生健康局", "301001-城固县卫生健康局",
                {"total": fund(1286.4, 1352.18, 1305.72, 10, 96.56, 9.66),
                 "current_appropriation": fund(1286.4, 1286.4, 1240.02, None, 96.39, None),
                 "carryover": fund(0, 65.78, 65.7, None, 99.88, None)},
                goal_e, goal_a, gold_inds, 100, 97.66, "优")
    write_gold(fn, "html", unit("城固县卫生健康局", "城固县"), 2024, projects=[p])


# =========================================================================== T06
def t06():
    """HTML in GBK (`<meta charset="gbk">`) on the 甘谷县人民政府 portal; caption `（2022年度）`;
    fund columns 预算数 / 执行数 only; money as text with its unit (`35.6万元`); 主管部门 with a
    code prefix `[102]`, no 实施单位; a blank label column; 总分 without a grade."""
    fn = "T06_gangu_mzj_jinglaoyuan.html"
    inds = [
        ("产出指标", "数量指标", "保障运转敬老院数量", "6所", "6所", "15", "15", ""),
        ("产出指标", "数量指标", "集中供养特困人员人数", "≥170人", "182人", "15", "15", ""),
        ("产出指标", "质量指标", "敬老院安全事故发生率", "0", "0", "10", "10", ""),
        ("产出指标", "时效指标", "补助资金拨付时限", "按季度拨付", "按季度拨付", "10", "10", ""),
        ("效益指标", "社会效益指标", "特困人员基本生活保障水平", "稳步提高", "稳步提高", "20", "20", ""),
        ("效益指标", "可持续影响指标", "", "", "", "", "", ""),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", "92%", "20", "19",
         "个别供养对象对伙食有意见，已督促改善。"),
    ]
    goal_e = "保障全县6所乡镇敬老院正常运转，为集中供养特困人员提供生活照料服务。"
    goal_a = "全年保障6所乡镇敬老院正常运转，集中供养特困人员182人，供养服务质量稳步提升。"
    rows = ["<tr>" + td("项目支出绩效自评表", colspan=9) + "</tr>",
            "<tr>" + td("（2022年度）", colspan=9) + "</tr>",
            "<tr>" + td("项目名称") + td("乡镇敬老院运转补助资金", colspan=8, cls="l") + "</tr>",
            "<tr>" + td("主管部门") + td("[102]甘谷县民政局", colspan=8, cls="l") + "</tr>",
            "<tr>" + td("资金情况", rowspan=4) + td("") + td("预算数") + td("执行数") + td("分值")
            + td("执行率") + td("得分") + td("", colspan=2) + "</tr>",
            "<tr>" + td("年度资金总额：") + td("35.6万元") + td("34.85万元") + td("10") + td("97.89%")
            + td("9.79") + td("", colspan=2) + "</tr>",
            "<tr>" + td("其中：财政拨款") + td("35.6万元") + td("34.85万元") + td("") + td("") + td("")
            + td("", colspan=2) + "</tr>",
            "<tr>" + td("其他资金") + td("") + td("") + td("") + td("") + td("") + td("", colspan=2) + "</tr>",
            "<tr>" + td("年度总体目标", rowspan=2) + td("年初设定目标", colspan=4)
            + td("年度总体目标完成情况综述", colspan=4) + "</tr>",
            "<tr>" + td(goal_e, colspan=4, cls="l") + td(goal_a, colspan=4, cls="l") + "</tr>"]
    rows.append("<tr>" + td("", rowspan=len(inds) + 1) + "".join(
        td(h) for h in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                        "未完成原因分析及改进措施"]) + "</tr>")
    for i, r in enumerate(inds):
        cells = ""
        if i == 0 or inds[i - 1][0] != r[0]:
            k = i
            while k < len(inds) and inds[k][0] == r[0]:
                k += 1
            cells += td(r[0], rowspan=k - i)
        cells += td(r[1]) + td(r[2], cls="l") + "".join(td(v) for v in r[3:7]) + td(r[7], cls="l")
        rows.append("<tr>" + cells + "</tr>")
    rows.append("<tr>" + td("总分", colspan=6) + td("100") + td("98.79") + td("") + "</tr>")
    table = "\n".join(rows)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="gbk">
<title>乡镇敬老院运转补助资金绩效自评表_甘谷县人民政府</title>
<meta name="SiteName" content="甘谷县人民政府">
<meta name="ContentSource" content="甘谷县民政局">
<style type="text/css">
{PORTAL_CSS}
</style>
</head>
<body>
<div class="top"><div class="w">甘谷县人民政府</div></div>
<div class="menu"><ul><li>首页</li><li>魅力甘谷</li><li>信息公开</li><li>政务服务</li><li>政民互动</li></ul></div>
<div class="box">
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政预决算 &gt; 县民政局</div>
<h1>乡镇敬老院运转补助资金绩效自评表</h1>
<div class="info">来源：县民政局 &nbsp; 发布时间：2023-05-26 &nbsp; 【字体：大 中 小】</div>
<table class="zp" cellspacing="0" cellpadding="0">
{table}
</table>
<p>附件：<a href="#">乡镇敬老院运转补助资金绩效自评表.xls</a></p>
</div>
<div class="foot">甘谷县人民政府办公室主办 &nbsp; 地址：甘谷县大像山镇 &nbsp; 电话：0938-5621234<br>陇ICP备09001234号 &nbsp; 网站标识码：6205230001</div>
</body>
</html>
"""
    with open(os.path.join(DOCS, fn), "wb") as fh:
        fh.write(page.encode("gbk"))

    gold_inds = [ind(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), r[7] or None)
                 for r in inds if r[2]]
    p = project("乡镇敬老院运转补助资金", "[102]甘谷县民政局", None,
                {"total": fund(None, 35.6, 34.85, 10, 97.89, 9.79),
                 "current_appropriation": fund(None, 35.6, 34.85)},
                goal_e, goal_a, gold_inds, 100, 98.79, None)
    write_gold(fn, "html", unit("甘谷县民政局", "甘谷县"), 2022, projects=[p])


# =========================================================================== T07
def t07():
    """PDF exported by LibreOffice from a DOCX: tick boxes (☑ □) for 项目属性 and 自评等级;
    weight notes in level-1 labels (`产出指标（50分）`); `指标N：` prefixes; a long indicator
    table with its header row repeated on the next page (rows break across the page);
    其他资金 filled, 上年结转 `—` throughout."""
    fn = "T07_yangshuo_ylh_baojie.pdf"
    d = new_document()
    para(d, "阳朔县2021年度项目支出绩效自评表", size=16, bold=True, align="center", space_after=8)
    para(d, "一、项目基本情况", bold=True)
    para(d, "遇龙河景区河道保洁及环境整治经费用于遇龙河干流及支流43公里河道的水面保洁、沿岸垃圾清运和"
            "环境整治，由阳朔县遇龙河景区管理委员会通过政府购买服务方式组织实施。根据县财政局关于开展"
            "项目支出绩效自评工作的通知要求，我单位对该项目开展了绩效自评，现将自评表公开如下。")
    g = Grid(d, 12, 8, widths=[2.0, 3.2, 2.0, 2.0, 2.0, 1.6, 1.6, 1.6])
    g.cell(0, 0, "项目名称")
    g.cell(0, 1, "遇龙河景区河道保洁及环境整治经费", c2=7, align="left")
    g.cell(1, 0, "主管部门")
    g.cell(1, 1, "阳朔县人民政府", c2=3)
    g.cell(1, 4, "实施单位")
    g.cell(1, 5, "阳朔县遇龙河景区管理委员会", c2=7)
    g.cell(2, 0, "项目属性")
    g.cell(2, 1, "☑经常性项目  □一次性项目", c2=3)
    g.cell(2, 4, "项目类型")
    g.cell(2, 5, "□基本建设  ☑运转维护  □其他", c2=7)
    g.cell(3, 0, "项目资金\n（万元）", r2=7)
    g.cell(3, 1, "")
    for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        g.cell(3, 2 + i, h)
    frows = [
        ("年度资金总额", "260.00", "260.00", "252.38", "10", "97.07%", "9.71"),
        ("其中：当年财政拨款", "200.00", "200.00", "192.38", "—", "96.19%", "—"),
        ("上年结转资金", "—", "—", "—", "—", "—", "—"),
        ("其他资金", "60.00", "60.00", "60.00", "—", "100%", "—"),
    ]
    for k, r in enumerate(frows):
        for i, v in enumerate(r):
            g.cell(4 + k, 1 + i, v)
    goal_e = ("对遇龙河干流及支流43公里河道实行常态化保洁，及时打捞水面漂浮物、清运沿岸垃圾，保持河面"
              "清洁、水质稳定达到Ⅱ类标准，提升景区环境质量和游客体验。")
    goal_a = ("全年完成43公里河道常态化保洁，打捞水面漂浮物1286吨，清理沿岸垃圾点162处，遇龙河水质"
              "稳定达到Ⅱ类标准，景区环境明显改善，游客满意度93.5%。")
    g.cell(8, 0, "年度总体目标", r2=9)
    g.cell(8, 1, "预期目标", c2=3)
    g.cell(8, 4, "实际完成情况", c2=7)
    g.cell(9, 1, goal_e, c2=3, align="left")
    g.cell(9, 4, goal_a, c2=7, align="left")
    g.cell(10, 0, "项目负责人")
    g.cell(10, 1, "黄志明", c2=3)
    g.cell(10, 4, "联系电话")
    g.cell(10, 5, "0773-8812356", c2=7)
    g.cell(11, 0, "备注")
    g.cell(11, 1, "绩效指标完成情况见下表。", c2=7, align="left")
    para(d, "")
    para(d, "二、绩效指标完成情况", bold=True)
    dev_a = ("汛期洪水过后漂浮物激增，个别河段未能当日清理完毕，已建立汛期应急保洁队伍，"
             "遇强降雨后增派人员和船只，确保48小时内全面清理。")
    dev_b = ("保洁考核办法尚需完善，考核结果与服务费支付挂钩不够紧密，下一步修订考核细则，"
             "引入第三方机构开展季度暗访评估，评估结果作为续签保洁服务合同的重要依据。")
    inds = [
        # printed level1, level2, name, target, actual, weight, score, deviation
        ("产出指标（50分）", "数量指标", "指标1：河道保洁长度", "43公里", "43公里", "5", "5", None),
        ("产出指标（50分）", "数量指标", "指标2：打捞水面漂浮物", "≥1200吨", "1286吨", "5", "5", None),
        ("产出指标（50分）", "数量指标", "指标3：配备保洁人员", "≥85人", "88人", "5", "5", None),
        ("产出指标（50分）", "数量指标", "指标4：清理沿岸垃圾点", "≥150处", "162处", "5", "5", None),
        ("产出指标（50分）", "质量指标", "指标1：河面保洁达标率", "≥95%", "96.8%", "5", "5", None),
        ("产出指标（50分）", "质量指标", "指标2：水质达标率（Ⅱ类）", "100%", "100%", "5", "5", None),
        ("产出指标（50分）", "质量指标", "指标3：巡查考核合格率", "≥90%", "92%", "5", "5", None),
        ("产出指标（50分）", "时效指标", "指标1：垃圾日产日清率", "100%", "98%", "5", "4", dev_a),
        ("产出指标（50分）", "时效指标", "指标2：保洁服务费支付及时率", "100%", "100%", "5", "5", None),
        ("产出指标（50分）", "成本指标", "指标1：河道保洁单位成本", "≤6万元/公里", "5.87万元/公里", "5", "5", None),
        ("效益指标（30分）", "经济效益指标", "指标1：景区游客接待量", "同比增长", "同比增长12.6%", "5", "5", None),
        ("效益指标（30分）", "社会效益指标", "指标1：河道环境投诉件数", "≤10件", "6件", "5", "5", None),
        ("效益指标（30分）", "社会效益指标", "指标2：群众爱河护河意识", "明显增强", "明显增强", "5", "5", None),
        ("效益指标（30分）", "生态效益指标", "指标1：遇龙河水质状况", "稳定达到Ⅱ类", "稳定达到Ⅱ类", "10", "10", None),
        ("效益指标（30分）", "可持续影响指标", "指标1：河道长效保洁机制", "健全", "基本健全", "5", "4", dev_b),
        ("满意度指标（10分）", "服务对象满意度指标", "指标1：游客满意度", "≥90%", "93.5%", "5", "5", None),
        ("满意度指标（10分）", "服务对象满意度指标", "指标2：沿河村民满意度", "≥90%", "91%", "5", "5", None),
    ]
    h = Grid(d, 1 + len(inds) + 2, 8, widths=[1.7, 1.9, 3.4, 1.9, 1.9, 1.2, 1.4, 3.4])
    for i, t in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        h.cell(0, i, t, bold=True)
    h.repeat_header(0)
    for k, r in enumerate(inds):
        for i, v in enumerate(r[2:]):
            h.cell(1 + k, 2 + i, v, align="left" if i in (0, 5) else "center")
    for key, c in ((lambda r: r[0], 0), (lambda r: r[:2], 1)):
        start = 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or key(inds[i]) != key(inds[i - 1]):
                h.cell(1 + start, c, inds[start][c], r2=i)
                start = i
    tr = 1 + len(inds)
    h.cell(tr, 0, "总分", c2=4)
    h.cell(tr, 5, "100")
    h.cell(tr, 6, "97.71")
    h.cell(tr, 7, "")
    h.cell(tr + 1, 0, "自评等级", c2=1)
    h.cell(tr + 1, 2, "☑优（90-100分）  □良（80-89分）  □中（60-79分）  □差（60分以下）", c2=7, align="left")
    para(d, "")
    para(d, "填报单位：阳朔县遇龙河景区管理委员会            填报日期：2022年3月15日")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, os.path.splitext(fn)[0] + ".docx")
        d.save(src)
        soffice_convert(src, "pdf", os.path.join(DOCS, fn))

    gold_inds = []
    for r in inds:
        l1 = r[0].split("（")[0]
        name = r[2].split("：", 1)[1]
        gold_inds.append(ind(l1, r[1], name, r[3], r[4], int(r[5]), int(r[6]), r[7]))
    p = project("遇龙河景区河道保洁及环境整治经费", "阳朔县人民政府", "阳朔县遇龙河景区管理委员会",
                {"total": fund(260, 260, 252.38, 10, 97.07, 9.71),
                 "current_appropriation": fund(200, 200, 192.38, None, 96.19, None),
                 "other": fund(60, 60, 60, None, 100.0, None)},
                goal_e, goal_a, gold_inds, 100, 97.71, "优")
    write_gold(fn, "pdf", unit("阳朔县遇龙河景区管理委员会", "阳朔县"), 2021, projects=[p])


# =========================================================================== T08
def t08():
    """PDF exported by LibreOffice from a DOCX: 部门整体支出绩效自评表 of a township government
    in a municipality (Chongqing); 资金来源 column with 年度资金总额 / 其中：基本支出 / 项目支出;
    a merged 得分计算方法 column with numbers; department indicators; 总分 and 自评等级."""
    fn = "T08_shizhu_xtz_zhengti.pdf"
    d = new_document()
    para(d, "石柱土家族自治县西沱镇人民政府", size=12, align="center")
    para(d, "2023年度部门整体支出绩效自评表", size=16, bold=True, align="center", space_after=8)
    para(d, "填报单位（盖章）：石柱土家族自治县西沱镇人民政府")
    inds = [
        ("产出指标", "数量指标", "农村人居环境整治村（社区）数", "14个", "14个", "10", "10", None),
        ("产出指标", "数量指标", "高标准农田建设面积", "≥3000亩", "3200亩", "10", "10", None),
        ("产出指标", "质量指标", "民生项目验收合格率", "100%", "100%", "10", "10", None),
        ("产出指标", "时效指标", "重点项目按期完成率", "≥90%", "85%", "10", "8",
         "西沱古镇风貌提升项目受雨季影响工期顺延，已调整施工计划，确保次年上半年完工。"),
        ("产出指标", "成本指标", "“三公”经费控制", "不超上年", "较上年下降6.2%", "10", "10", None),
        ("效益指标", "经济效益指标", "接待游客人次", "≥80万人次", "92万人次", "10", "10", None),
        ("效益指标", "社会效益指标", "城乡居民医保参保率", "≥95%", "97.3%", "10", "10", None),
        ("效益指标", "生态效益指标", "长江岸线保护", "无违法违规事件", "无违法违规事件", "10", "10", None),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "93%", "10", "10", None),
    ]
    nrows = 2 + 4 + 2 + 1 + len(inds) + 2
    g = Grid(d, nrows, 9, widths=[1.7, 2.0, 2.9, 1.8, 1.8, 1.2, 1.6, 1.4, 2.9])
    g.cell(0, 0, "部门（单位）名称", c2=1)
    g.cell(0, 2, "石柱土家族自治县西沱镇人民政府", c2=8, align="left")
    g.cell(1, 0, "年度部门（单位）资金（万元）", r2=5)
    heads = ["资 金 来 源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "得分计算方法"]
    for i, t in enumerate(heads):
        g.cell(1, 1 + i, t)
    frows = [
        ("年度资金总额", "2356.82", "2698.45", "2651.30", "10", "98.25%", "9.83"),
        ("其中：基本支出", "1482.60", "1534.17", "1534.17", "—", "100%", "—"),
        ("项目支出", "874.22", "1164.28", "1117.13", "—", "95.95%", "—"),
        ("其他", "", "", "", "", "", ""),
    ]
    for k, r in enumerate(frows):
        for i, v in enumerate(r):
            g.cell(2 + k, 1 + i, v)
    g.cell(2, 8, "执行率≥95%的得满分10分；执行率每降低1个百分点扣0.5分，扣完为止。", r2=5, align="left")
    g.cell(6, 0, "年度总体目标", r2=7)
    g.cell(6, 1, "预期目标", c2=4)
    g.cell(6, 5, "实际完成情况", c2=8)
    g.cell(7, 1, "围绕乡村振兴和西沱古镇文旅融合发展，完成农村人居环境整治、高标准农田建设等重点任务，"
                 "保障机关正常运转和各项民生政策落实。", c2=4, align="left")
    g.cell(7, 5, "完成14个村（社区）人居环境整治和3200亩高标准农田建设，全年接待游客92万人次，"
                 "各项民生政策有效落实，机关运转正常。", c2=8, align="left")
    hr = 8
    for i, t in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
        g.cell(hr, i, t)
    g.cell(hr, 7, "偏差原因分析及改进措施", c2=8)
    for k, r in enumerate(inds):
        for i, v in enumerate(r[2:7]):
            g.cell(hr + 1 + k, 2 + i, v, align="left" if i == 0 else "center")
        g.cell(hr + 1 + k, 7, r[7], c2=8, align="left")
    for key, c in ((lambda r: r[0], 0), (lambda r: r[:2], 1)):
        start = 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or key(inds[i]) != key(inds[i - 1]):
                g.cell(hr + 1 + start, c, inds[start][c], r2=hr + i)
                start = i
    tr = hr + 1 + len(inds)
    g.cell(tr, 0, "总分", c2=4)
    g.cell(tr, 5, "100")
    g.cell(tr, 6, "97.83")
    g.cell(tr, 7, "自评等级：优", c2=8)
    g.cell(tr + 1, 0, "备注", c2=1)
    g.cell(tr + 1, 2, "分值设置：预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。", c2=8, align="left")
    para(d, "")
    para(d, "单位负责人：谭光华      填表人：冉晓琴      联系电话：023-73342158      填报日期：2024年2月28日")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, os.path.splitext(fn)[0] + ".docx")
        d.save(src)
        soffice_convert(src, "pdf", os.path.join(DOCS, fn))

    gold_inds = [ind(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), r[7]) for r in inds]
    dept = department(funds=fund(2356.82, 2698.45, 2651.3, 10, 98.25, 9.83),
                      basic=1534.17, project_exp=1117.13, score=97.83, grade="优",
                      indicators=gold_inds)
    spending = [
        spend("expenditure_type", ["基本支出"], "initial_budget", 2023, 1482.6),
        spend("expenditure_type", ["基本支出"], "adjusted_budget", 2023, 1534.17),
        spend("expenditure_type", ["基本支出"], "final", 2023, 1534.17),
        spend("expenditure_type", ["项目支出"], "initial_budget", 2023, 874.22),
        spend("expenditure_type", ["项目支出"], "adjusted_budget", 2023, 1164.28),
        spend("expenditure_type", ["项目支出"], "final", 2023, 1117.13),
    ]
    write_gold(fn, "pdf", unit("石柱土家族自治县西沱镇人民政府", "石柱土家族自治县"), 2023,
               dept=dept, spending=spending)


# =========================================================================== T09
def t09():
    """Legacy XLS, converted by LibreOffice from an XLSX: money in 元 under `项目资金（元）`
    with #,##0.00 formats; rates as bare numbers and blank; 指标性质 / 指标值 / 度量单位 split
    under a two-row header; 成本指标 as a level-1 block; qualitative rows without operator."""
    fn = "T09_dunhua_tsg_mianfei.xls"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    s = Sheet(ws, 1, 11)
    for i, w in enumerate([10, 14, 22, 8, 9, 9, 13, 8, 8, 10, 18], start=1):
        ws.column_dimensions[col(i)].width = w
    s.text("A1:K1", "项目支出绩效自评表", bold=True, align="center", size=16)
    s.text("A2:K2", "（2023年度）", align="center")
    s.put("A3:B3", "项目名称")
    s.put("C3:K3", "公共图书馆免费开放补助资金", align="left")
    s.put("A4:B4", "主管部门")
    s.put("C4:F4", "敦化市文化广播电视和旅游局")
    s.put("G4:H4", "实施单位")
    s.put("I4:K4", "敦化市图书馆")
    s.put("A5:B9", "项目资金（元）")
    s.put("C5:E5", None)
    for c, h in zip("FGHIJK", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        s.put(f"{c}5", h)
    money = "#,##0.00"
    frows = [
        ("年度资金总额", 300000, 450000, 436218.5, 10, 96.94, 9.69),
        ("其中：当年财政拨款", 300000, 300000, 286218.5, None, 95.41, None),
        ("上年结转资金", None, 150000, 150000, None, None, None),
        ("其他资金", None, None, None, None, None, None),
    ]
    for k, r in enumerate(frows):
        n = 6 + k
        s.put(f"C{n}:E{n}", r[0])
        for c, v in zip("FGH", r[1:4]):
            s.put(f"{c}{n}", v, fmt=money)
        for c, v in zip("IJK", r[4:]):
            s.put(f"{c}{n}", v)
    goal_e = "全年免费开放不少于56小时/周，接待读者18万人次以上，举办阅读推广活动60场次以上，新增馆藏图书8000册。"
    goal_a = "全年每周免费开放56小时，接待读者19.6万人次，举办阅读推广活动68场次，新增馆藏图书8350册。"
    s.put("A10:B11", "年度总体目标")
    s.put("C10:F10", "预期目标")
    s.put("G10:K10", "实际完成情况")
    s.put("C11:F11", goal_e, align="left")
    s.put("G11:K11", goal_a, align="left")
    ws.row_dimensions[11].height = 45
    s.put("A12:A13", "一级指标")
    s.put("B12:B13", "二级指标")
    s.put("C12:C13", "三级指标")
    s.put("D12:F12", "年度指标值")
    s.put("D13", "指标性质")
    s.put("E13", "指标值")
    s.put("F13", "度量单位")
    s.put("G12:G13", "实际完成值")
    s.put("H12:H13", "分值")
    s.put("I12:I13", "得分")
    s.put("J12:K13", "偏差原因分析及改进措施")
    inds = [
        ("产出指标", "数量指标", "年接待读者人次", "≥", 18, "万人次", "19.6万人次", 10, 10, None),
        ("产出指标", "数量指标", "举办阅读推广活动", "≥", 60, "场次", "68场次", 10, 10, None),
        ("产出指标", "数量指标", "新增馆藏图书", "≥", 8000, "册", "8350册", 10, 10, None),
        ("产出指标", "质量指标", "免费开放服务项目达标率", "＝", 100, "%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "每周开放时间", "≥", 56, "小时", "56小时", 10, 10, None),
        ("成本指标", "经济成本指标", "项目总成本", "≤", 45, "万元", "43.62万元", 5, 5, None),
        ("效益指标", "社会效益指标", "全民阅读氛围", None, "明显提升", None, "明显提升", 15, 15, None),
        ("效益指标", "可持续影响指标", "公共文化服务体系建设", None, "持续推进", None, "持续推进", 10, 10, None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", 95, "%", "93%", 10, 8,
         "部分读者反映自习座位不足，计划增设阅览座位。"),
    ]
    first = 14
    for k, r in enumerate(inds):
        n = first + k
        for c, v in zip("ABCDEFGHI", r[:9]):
            s.put(f"{c}{n}", v, align="left" if c == "C" else "center")
        s.put(f"J{n}:K{n}", r[9], align="left")
    for c, key in (("A", lambda r: r[0]), ("B", lambda r: r[:2])):
        start = 0
        for i in range(1, len(inds) + 1):
            if i == len(inds) or key(inds[i]) != key(inds[i - 1]):
                if i - 1 > start:
                    for rr in range(first + start + 1, first + i):
                        ws[f"{c}{rr}"].value = None
                    ws.merge_cells(f"{c}{first + start}:{c}{first + i - 1}")
                start = i
    n = first + len(inds)
    s.put(f"A{n}:G{n}", "总分")
    s.put(f"H{n}", 100)
    s.put(f"I{n}", 97.69)
    s.put(f"J{n}:K{n}", "优")
    s.text(f"A{n + 1}:K{n + 1}", "填报人：金美玉    联系电话：0433-6232571    填报日期：2024年3月8日")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, os.path.splitext(fn)[0] + ".xlsx")
        wb.save(src)
        soffice_convert(src, "xls", os.path.join(DOCS, fn))

    def target(r):
        op, val, unit_ = r[3] or "", r[4], r[5] or ""
        return f"{op}{val}{unit_}"
    gold_inds = [ind(r[0], r[1], r[2], target(r), r[6], r[7], r[8], r[9]) for r in inds]
    assert [x["target"] for x in gold_inds] == ["≥18万人次", "≥60场次", "≥8000册", "＝100%", "≥56小时",
                                               "≤45万元", "明显提升", "持续推进", "≥95%"]
    p = project("公共图书馆免费开放补助资金", "敦化市文化广播电视和旅游局", "敦化市图书馆",
                {"total": fund(30, 45, 43.62185, 10, 96.94, 9.69),
                 "current_appropriation": fund(30, 30, 28.62185, None, 95.41, None),
                 "carryover": fund(None, 15, 15, None, None, None)},
                goal_e, goal_a, gold_inds, 100, 97.69, "优")
    write_gold(fn, "xls", unit("敦化市图书馆", "敦化市"), 2023, projects=[p])


# =========================================================================== T10
def t10():
    """DOCX, 部门整体支出绩效自评打分表 (一级/二级/三级指标, 分值, 指标解释, 评分标准, 得分);
    weight notes in level-1 and level-2 labels; 指标解释 / 评分标准 full of numbers; the unit is
    printed without a place name (`县融媒体中心`), the county comes from the title; 合计 row and
    自评等级 `优秀` below the table; 填报日期 in the next year."""
    fn = "T10_jiangle_rmt_dafen.docx"
    d = new_document(landscape=True)
    para(d, "将乐县2022年度部门整体支出绩效自评打分表", size=16, bold=True, align="center", space_after=6)
    para(d, "单位名称：县融媒体中心                                                                                  "
            "填报日期：2023年3月10日")
    rows = [
        ("投入（20分）", "预算编制（10分）", "预算编制科学性", "4",
         "预算编制是否经过科学论证、有明确标准，资金额度与年度目标是否相适应。",
         "预算编制科学合理得4分；每发现一处不合理扣1分，扣完为止。", "4"),
        ("投入（20分）", "预算编制（10分）", "基本支出足额保障率", "3",
         "基本支出足额保障率=（基本支出总额/［人员经费+公用经费］）×100%。",
         "≥100%得3分；每降低1个百分点扣0.5分。", "3"),
        ("投入（20分）", "预算编制（10分）", "绩效目标合理性", "3",
         "部门整体绩效目标是否符合部门职能和年度工作计划。", "设置合理得3分，部分合理得1.5分，不合理不得分。", "3"),
        ("投入（20分）", "预算执行（10分）", "预算执行率", "5",
         "预算执行率=（实际支出/预算数）×100%。", "执行率≥95%得5分，每降低1个百分点扣0.5分。", "4.5"),
        ("投入（20分）", "预算执行（10分）", "结转结余率", "5",
         "结转结余率=结转结余总额/支出预算数×100%。", "≤5%得5分；5%-10%得3分；>10%不得分。", "5"),
        ("过程（30分）", "财务管理（15分）", "财务管理制度健全性", "5",
         "部门是否建立健全财务管理制度，包括预算、收支、采购、资产等管理制度。",
         "制度健全得5分，每缺一项扣1分。", "5"),
        ("过程（30分）", "财务管理（15分）", "资金使用合规性", "10",
         "资金使用是否符合国家财经法规和财务管理制度规定。", "发现一例违规扣2分，扣完为止。", "8"),
        ("过程（30分）", "资产管理（15分）", "资产管理规范性", "8",
         "资产保存完整、配置合理、处置规范、收入及时足额上缴。", "账实相符得8分，有一项不符扣2分。", "8"),
        ("过程（30分）", "资产管理（15分）", "固定资产利用率", "7",
         "固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。",
         "≥90%得7分，每降低1个百分点扣0.5分。", "7"),
        ("产出（30分）", "职责履行（30分）", "新闻宣传报道任务完成率", "10",
         "全年完成1200条新闻宣传报道任务的情况。", "完成1200条得10分，每少50条扣1分。", "10"),
        ("产出（30分）", "职责履行（30分）", "重大活动直播完成率", "10",
         "县委、县政府重大活动直播保障完成情况。", "完成率100%得10分，每少1场扣2分。", "10"),
        ("产出（30分）", "职责履行（30分）", "安全播出事故次数", "10",
         "全年广播电视及新媒体平台安全播出情况。", "0次得10分，发生一次扣5分。", "10"),
        ("效果（20分）", "履职效益（20分）", "社会效益", "10",
         "融媒体平台关注用户数、传播力提升情况。", "关注用户数较上年增长≥5%得10分，每少1个百分点扣1分。", "9"),
        ("效果（20分）", "履职效益（20分）", "服务对象满意度", "10",
         "群众对县融媒体中心服务的满意程度。", "≥90%得10分，每降低1个百分点扣1分。", "10"),
    ]
    g = Grid(d, 1 + len(rows) + 1, 7, widths=[2.2, 2.6, 3.4, 1.3, 7.5, 6.2, 1.3])
    for i, t in enumerate(["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "得分"]):
        g.cell(0, i, t, bold=True)
    g.repeat_header(0)
    for k, r in enumerate(rows):
        for i, v in enumerate(r[2:]):
            g.cell(1 + k, 2 + i, v, align="left" if i in (0, 2, 3) else "center")
    for key, c in ((lambda r: r[0], 0), (lambda r: r[:2], 1)):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or key(rows[i]) != key(rows[i - 1]):
                text = rows[start][c].replace("（", "\n（")
                g.cell(1 + start, c, text, r2=i)
                start = i
    tr = 1 + len(rows)
    g.cell(tr, 0, "合计", c2=2)
    g.cell(tr, 3, "100")
    g.cell(tr, 4, "", c2=5)
    g.cell(tr, 6, "96.5")
    para(d, "")
    para(d, "自评等级：优秀")
    para(d, "评价等级标准：90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为中等，60分以下为差。")
    d.save(os.path.join(DOCS, fn))

    gold_inds = [ind(r[0].split("（")[0], r[1].split("（")[0], r[2], None, None, int(r[3]), float(r[6]))
                 for r in rows]
    dept = department(score=96.5, grade="优", indicators=gold_inds)
    write_gold(fn, "docx", unit("县融媒体中心", "将乐县"), 2022, dept=dept)


def main():
    check_regions()
    for folder in (DOCS, GOLD):
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("T") and name[1:3].isdigit():
                os.remove(os.path.join(folder, name))
    for make in (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10):
        make()
        print("made", make.__name__)


if __name__ == "__main__":
    main()
