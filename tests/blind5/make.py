#!/usr/bin/env python3
"""Blind test set 5: twelve new documents (U01-U12) with hand-labelled gold.

Run from anywhere:  /work/main/.venv/bin/python tests/blind5/make.py
Writes docs/ and gold/ beside this file. The figures are invented; every gold fact was
labelled by hand from what the document prints (see README.md for the labelling choices).
"""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
FONT_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# --------------------------------------------------------------------------- gold helpers

REGIONS = {
    "蕉岭县": ("广东省", "梅州市", "蕉岭县", "441427"),
    "临朐县": ("山东省", "潍坊市", "临朐县", "370724"),
    "平谷区": ("北京市", "北京市", "平谷区", "110117"),
    "克山县": ("黑龙江省", "齐齐哈尔市", "克山县", "230229"),
    "政和县": ("福建省", "南平市", "政和县", "350725"),
    "鹿邑县": ("河南省", "周口市", "鹿邑县", "411628"),
    "宽甸满族自治县": ("辽宁省", "丹东市", "宽甸满族自治县", "210624"),
    "天柱县": ("贵州省", "黔东南苗族侗族自治州", "天柱县", "522627"),
    "弥勒市": ("云南省", "红河哈尼族彝族自治州", "弥勒市", "532504"),
    "綦江区": ("重庆市", "重庆市", "綦江区", "500110"),
    "永丰县": ("江西省", "吉安市", "永丰县", "360825"),
    "竹溪县": ("湖北省", "十堰市", "竹溪县", "420324"),
}


def unit(name, county):
    p, c, k, code = REGIONS[county]
    return {"name": name, "province": p, "city": c, "county": k, "adcode": code}


def fund(initial=None, adjusted=None, executed=None, weight=None, rate=None, score=None):
    return {"initial_budget": initial, "adjusted_budget": adjusted, "executed": executed,
            "weight": weight, "execution_rate": rate, "score": score}


def ind(l1, l2, name, target, actual, weight, score, dev=None):
    return {"level1": l1, "level2": l2, "name": name, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": dev}


def project(name, sup=None, impl=None, funds=None, goal_e=None, goal_a=None, inds=None,
            tw=None, ts=None, grade=None):
    return {"name": name, "supervising_dept": sup, "implementing_unit": impl,
            "funds": funds or {}, "goal_expected": goal_e, "goal_actual": goal_a,
            "indicators": inds or [], "total_weight": tw, "total_score": ts, "grade": grade}


def dept(funds=None, basic=None, proj=None, pers=None, pub=None, score=None, grade=None, inds=None):
    return {"funds": funds or fund(), "basic_expenditure": basic, "project_expenditure": proj,
            "personnel_expenditure": pers, "public_expenditure": pub, "score": score,
            "grade": grade, "indicators": inds or []}


def sp(cls, path, phase, year, amount):
    if isinstance(path, str):
        path = [path]
    return {"classification": cls, "path": list(path), "phase": phase, "year": year, "amount": amount}


def write_gold(stem, filename, fmt, unit_, year, projects=(), department=None, spending=(), summary=()):
    path = os.path.join(DOCS, filename)
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    gold = {
        "contract": "self-eval-facts/1",
        "source": {"file": filename, "sha256": digest, "format": fmt},
        "unit": unit_,
        "fiscal_year": year,
        "projects": list(projects),
        "department": department,
        "summary_rows": list(summary),
        "spending": list(spending),
        "partial": False,
    }
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# --------------------------------------------------------------------------- format helpers

def soffice_convert(src, target_ext, out_dir):
    """Convert with LibreOffice in its own profile; return the output path."""
    profile = tempfile.mkdtemp(prefix="lo_blind5_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target_ext, "--outdir", out_dir, src],
                       check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(out_dir, base + "." + target_ext.split(":")[0])


# openpyxl --------------------------------------------------------------------

def xl_book():
    import openpyxl
    return openpyxl.Workbook()


def xl_style(ws, first_row, last_row, ncols, widths=None, font_name="宋体"):
    from openpyxl.styles import Alignment, Border, Font, Side
    thin = Side(style="thin")
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.font = Font(name=font_name, size=10)
    if widths:
        from openpyxl.utils import get_column_letter
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


def xl_put(ws, row, col, value, merge_to=None, fmt=None):
    cell = ws.cell(row, col, value)
    if fmt:
        cell.number_format = fmt
    if merge_to:
        ws.merge_cells(start_row=row, start_column=col, end_row=merge_to[0], end_column=merge_to[1])
    return cell


# python-docx -------------------------------------------------------------------

def docx_cjk(doc, font="宋体", size=12):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def docx_para(doc, text, bold=False, center=False, size=None, indent=True, right=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(24)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def docx_table(doc, nrows, ncols, cells, merges, size=9):
    """cells: {(r, c): text}; merges: [(r1, c1, r2, c2)] (0-based, inclusive)."""
    from docx.shared import Pt
    table = doc.add_table(rows=nrows, cols=ncols)
    table.style = "Table Grid"
    for (r, c), text in cells.items():
        cell = table.cell(r, c)
        cell.text = ""
        run = cell.paragraphs[0].add_run(str(text))
        run.font.size = Pt(size)
    for r1, c1, r2, c2 in merges:
        a, b = table.cell(r1, c1), table.cell(r2, c2)
        keep = a.text
        merged = a.merge(b)
        # merging concatenates paragraphs; keep only the top-left text
        for p in merged.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        if merged.paragraphs and merged.paragraphs[0].text != keep:
            merged.paragraphs[0].text = keep
    return table


# --------------------------------------------------------------------------- U01

def u01():
    """Guangdong project table: 资金来源 rows 省级/市级/县级资金, 全年预算数 / 全年执行数, XLSX."""
    stem, fn = "U01_jiaoling_nyncj_2023_gaobiaozhun", "U01_jiaoling_nyncj_2023_gaobiaozhun.xlsx"
    wb = xl_book()
    ws = wb.active
    ws.title = "项目自评表"
    money = "#,##0.00"
    xl_put(ws, 1, 1, "项目支出绩效自评表", (1, 10))
    xl_put(ws, 2, 1, "（2023年度）", (2, 10))
    xl_put(ws, 3, 1, "填报单位（盖章）：蕉岭县农业农村局", (3, 6))
    xl_put(ws, 3, 7, "填报日期：2024年3月20日", (3, 10))
    xl_put(ws, 4, 1, "项目名称", (4, 2))
    xl_put(ws, 4, 3, "蕉岭县2023年高标准农田建设项目", (4, 10))
    xl_put(ws, 5, 1, "主管部门", (5, 2))
    xl_put(ws, 5, 3, "蕉岭县农业农村局", (5, 5))
    xl_put(ws, 5, 6, "实施单位", (5, 7))
    xl_put(ws, 5, 8, "蕉岭县农业农村局", (5, 10))
    xl_put(ws, 6, 1, "项目资金（万元）", (10, 2))
    xl_put(ws, 6, 3, None, (6, 4))
    for c, h in zip(range(5, 11), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xl_put(ws, 6, c, h)
    xl_put(ws, 7, 3, "年度资金总额", (7, 4))
    for c, v in zip(range(5, 8), [1860, 2145.6, 2031.87]):
        xl_put(ws, 7, c, v, fmt=money)
    xl_put(ws, 7, 8, 10)
    xl_put(ws, 7, 9, 0.947, fmt="0.00%")
    xl_put(ws, 7, 10, 9.47)
    xl_put(ws, 8, 3, "资金来源", (10, 3))
    for r, (label, vals) in enumerate([("省级资金", [1488, 1716.48, 1625.5]),
                                       ("市级资金", [186, 214.56, 203.19]),
                                       ("县级资金", [186, 214.56, 203.18])], 8):
        xl_put(ws, r, 4, label)
        for c, v in zip(range(5, 8), vals):
            xl_put(ws, r, c, v, fmt=money)
        for c in (8, 9, 10):
            xl_put(ws, r, c, "—")
    goal_e = ("新建高标准农田1.2万亩，改造提升高标准农田0.5万亩，完善项目区田间道路、灌溉与排水等配套设施，"
              "提升耕地质量和粮食综合生产能力。")
    goal_a = ("完成新建高标准农田1.26万亩，改造提升0.48万亩，项目区灌排条件和田间道路明显改善，"
              "粮食产能稳步提升。")
    xl_put(ws, 11, 1, "年度总体目标", (12, 2))
    xl_put(ws, 11, 3, "预期目标", (11, 6))
    xl_put(ws, 11, 7, "实际完成情况", (11, 10))
    xl_put(ws, 12, 3, goal_e, (12, 6))
    xl_put(ws, 12, 7, goal_a, (12, 10))
    heads = ["一级指标", "二级指标", "三级指标", None, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", None]
    for c, h in enumerate(heads, 1):
        if h:
            xl_put(ws, 13, c, h)
    ws.merge_cells("C13:D13")
    ws.merge_cells("I13:J13")
    rows = [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.26万亩", 15, 15, None),
        ("产出指标", "数量指标", "改造提升高标准农田面积", "≥0.5万亩", "0.48万亩", 10, 9,
         "部分地块因土地权属调整延后施工，已纳入2024年度实施计划"),
        ("产出指标", "质量指标", "项目竣工验收合格率", "100%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "项目完工及时率", "≥95%", "92%", 5, 4, "受汛期强降雨影响，3个标段延期完工"),
        ("产出指标", "成本指标", "亩均财政投入", "≤3,000元/亩", "2,866元/亩", 5, 5, None),
        ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", "55公斤", 10, 10, None),
        ("效益指标", "社会效益指标", "受益农户数", "≥6,500户", "6,812户", 10, 10, None),
        ("效益指标", "生态效益指标", "农田灌溉水有效利用系数", "≥0.56", "0.57", 10, 10, None),
        ("效益指标", "可持续影响指标", "工程设施管护机制建立情况", "建立", "已建立", 5, 5, None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "96.5%", 10, 10, None),
    ]
    r0 = 14
    for i, (l1, l2, name, tgt, act, w, s, dev) in enumerate(rows):
        r = r0 + i
        xl_put(ws, r, 1, l1 if i == 0 or rows[i - 1][0] != l1 else None)
        xl_put(ws, r, 2, l2 if i == 0 or rows[i - 1][1] != l2 else None)
        xl_put(ws, r, 3, name, (r, 4))
        xl_put(ws, r, 5, tgt)
        xl_put(ws, r, 6, act)
        xl_put(ws, r, 7, w)
        xl_put(ws, r, 8, s)
        xl_put(ws, r, 9, dev, (r, 10))
    # vertical merges of level cells
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 4, end_column=1)
    ws.merge_cells(start_row=r0 + 5, start_column=1, end_row=r0 + 8, end_column=1)
    ws.merge_cells(start_row=r0, start_column=2, end_row=r0 + 1, end_column=2)
    rt = r0 + len(rows)
    xl_put(ws, rt, 1, "总分", (rt, 6))
    xl_put(ws, rt, 7, 100)
    xl_put(ws, rt, 8, 97.47)
    xl_put(ws, rt, 9, None, (rt, 10))
    xl_style(ws, 4, rt, 10, widths=[9, 11, 12, 12, 13, 13, 13, 8, 10, 16])
    xl_put(ws, rt + 1, 1, "注：资金来源按省级、市级、县级分列；执行率=全年执行数/全年预算数。", (rt + 1, 10))
    wb.save(os.path.join(DOCS, fn))

    inds = [ind(l1, l2, n, t, a, w, s, d) for (l1, l2, n, t, a, w, s, d) in rows]
    p = project("蕉岭县2023年高标准农田建设项目", "蕉岭县农业农村局", "蕉岭县农业农村局",
                {"total": fund(1860.0, 2145.6, 2031.87, 10, 94.7, 9.47)}, goal_e, goal_a, inds, 100, 97.47, None)
    write_gold(stem, fn, "xlsx", unit("蕉岭县农业农村局", "蕉岭县"), 2023, projects=[p])


# --------------------------------------------------------------------------- U02

def u02():
    """Shandong project table (DOCX): indicator columns 指标方向 / 目标值 / 实际值 / 权重 / 得分."""
    import docx
    stem, fn = "U02_linqu_jtj_2022_xueqian", "U02_linqu_jtj_2022_xueqian.docx"
    doc = docx.Document()
    docx_cjk(doc, size=11)
    docx_para(doc, "项目支出绩效自评表", bold=True, center=True, size=16)
    docx_para(doc, "（2022年度）", center=True)
    docx_para(doc, "金额单位：万元", right=True, size=9)
    rows = [
        ("产出指标", "数量指标", "补助普惠性民办幼儿园数量", "≥", "38所", "41所", 10, 10, None),
        ("产出指标", "数量指标", "资助家庭经济困难幼儿人数", "≥", "1,600人", "1,734人", 10, 10, None),
        ("产出指标", "质量指标", "资助对象认定准确率", "＝", "100%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "资金拨付及时率", "≥", "95%", "100%", 10, 10, None),
        ("产出指标", "成本指标", "生均公用经费补助标准", "＝", "650元/生·年", "650元/生·年", 10, 10, None),
        ("效益指标", "社会效益指标", "学前三年毛入园率", "≥", "92%", "93.6%", 10, 10, None),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥", "85%", "83.2%", 10, 8,
         "部分村级幼儿园提升改造未完成，2023年继续推进"),
        ("效益指标", "可持续影响指标", "学前教育公共服务体系建设", None, "逐步完善", "基本完善", 10, 9,
         "城乡学前教育资源配置仍不均衡，下一步优化布局"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥", "90%", "95.8%", 10, 10, "无"),
    ]
    n_ind = len(rows)
    nrows = 2 + 5 + 2 + 1 + n_ind + 2
    cells, merges = {}, []
    cells[(0, 0)] = "项目名称"
    cells[(0, 1)] = "2022年学前教育发展专项资金"
    merges.append((0, 1, 0, 8))
    cells[(1, 0)] = "主管部门"
    cells[(1, 1)] = "临朐县教育和体育局"
    merges.append((1, 1, 1, 3))
    cells[(1, 4)] = "实施单位"
    merges.append((1, 4, 1, 5))
    cells[(1, 6)] = "临朐县教育和体育局"
    merges.append((1, 6, 1, 8))
    cells[(2, 0)] = "项目资金"
    merges.append((2, 0, 6, 0))
    for c, h in zip(range(3, 9), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        cells[(2, c)] = h
    merges.append((2, 1, 2, 2))
    fund_rows = [
        ("年度资金总额", ["1,250.00", "1,318.40", "1,302.15", "10", "98.77%", "9.88"]),
        ("其中：当年财政拨款", ["1,250.00", "1,318.40", "1,302.15", "—", "—", "—"]),
        ("上年结转资金", ["—"] * 6),
        ("其他资金", ["—"] * 6),
    ]
    for i, (label, vals) in enumerate(fund_rows):
        r = 3 + i
        cells[(r, 1)] = label
        merges.append((r, 1, r, 2))
        for c, v in zip(range(3, 9), vals):
            cells[(r, c)] = v
    goal_e = "按标准补助普惠性民办幼儿园，资助家庭经济困难幼儿接受学前教育，扩大普惠性学前教育资源，巩固提高学前三年毛入园率。"
    goal_a = "补助普惠性民办幼儿园41所，资助家庭经济困难幼儿1,734人，学前三年毛入园率达到93.6%。"
    cells[(7, 0)] = "年度总体目标"
    merges.append((7, 0, 8, 0))
    cells[(7, 1)] = "预期目标"
    merges.append((7, 1, 7, 4))
    cells[(7, 5)] = "实际完成情况"
    merges.append((7, 5, 7, 8))
    cells[(8, 1)] = goal_e
    merges.append((8, 1, 8, 4))
    cells[(8, 5)] = goal_a
    merges.append((8, 5, 8, 8))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "实际值", "权重", "得分",
                           "偏差原因分析及改进措施"]):
        cells[(9, c)] = h
    r0 = 10
    for i, row in enumerate(rows):
        r = r0 + i
        for c, v in enumerate(row):
            cells[(r, c)] = "" if v is None else v
    # spans of level cells: blank the repeats, then merge
    spans1 = [(0, 4), (5, 7), (8, 8)]
    spans2 = [(0, 1), (5, 6)]
    for a, b in spans1:
        for i in range(a + 1, b + 1):
            cells[(r0 + i, 0)] = ""
        if b > a:
            merges.append((r0 + a, 0, r0 + b, 0))
    for a, b in spans2:
        for i in range(a + 1, b + 1):
            cells[(r0 + i, 1)] = ""
        merges.append((r0 + a, 1, r0 + b, 1))
    rt = r0 + n_ind
    cells[(rt, 0)] = "总分"
    merges.append((rt, 0, rt, 5))
    cells[(rt, 6)] = "100"
    cells[(rt, 7)] = "96.88"
    cells[(rt + 1, 0)] = "自评等级"
    cells[(rt + 1, 1)] = "优"
    merges.append((rt + 1, 1, rt + 1, 8))
    docx_table(doc, nrows, 9, cells, merges)
    docx_para(doc, "填表人：王晓燕        联系电话：0536-3217605        填报日期：2023年3月10日", indent=False, size=10)
    doc.save(os.path.join(DOCS, fn))

    inds = [ind(l1, l2, n, (op or "") + t, a, w, s, d) for (l1, l2, n, op, t, a, w, s, d) in rows]
    p = project("2022年学前教育发展专项资金", "临朐县教育和体育局", "临朐县教育和体育局",
                {"total": fund(1250.0, 1318.4, 1302.15, 10, 98.77, 9.88),
                 "current_appropriation": fund(1250.0, 1318.4, 1302.15)},
                goal_e, goal_a, inds, 100, 96.88, "优")
    write_gold(stem, fn, "docx", unit("临朐县教育和体育局", "临朐县"), 2022, projects=[p])


# --------------------------------------------------------------------------- U03

def u03():
    """Beijing project table with a 评分说明 column full of numbers; 自评得分 / 等级 in a signature block. XLS."""
    stem, fn = "U03_pinggu_ylj_2021_fanghuo", "U03_pinggu_ylj_2021_fanghuo.xls"
    wb = xl_book()
    ws = wb.active
    ws.title = "Sheet1"
    xl_put(ws, 1, 1, "项目支出绩效自评表", (1, 8))
    xl_put(ws, 2, 1, "（2021年度）", (2, 8))
    xl_put(ws, 3, 1, "项目名称")
    xl_put(ws, 3, 2, "2021年森林防火专项经费", (3, 8))
    xl_put(ws, 4, 1, "主管部门")
    xl_put(ws, 4, 2, "北京市平谷区园林绿化局", (4, 4))
    xl_put(ws, 4, 5, "实施单位")
    xl_put(ws, 4, 6, "北京市平谷区园林绿化局", (4, 8))
    xl_put(ws, 5, 1, "项目资金（万元）", (9, 1))
    for c, h in zip(range(3, 9), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xl_put(ws, 5, c, h)
    data = [("年度资金总额", [86.5, 92.3, 88.61, 10, "96%", 9.6]),
            ("其中：当年财政拨款", [86.5, 86.5, 82.81, "—", "—", "—"]),
            ("上年结转资金", ["—", 5.8, 5.8, "—", "—", "—"]),
            ("其他资金", [None, None, None, "—", "—", "—"])]
    for i, (label, vals) in enumerate(data):
        xl_put(ws, 6 + i, 2, label)
        for c, v in zip(range(3, 9), vals):
            xl_put(ws, 6 + i, c, v)
    goal_e = "开设维护生物防火隔离带，加强专业扑火队伍建设，及时处置火情，确保不发生重特大森林火灾，森林火灾受害率控制在0.9‰以内。"
    goal_a = "完成生物防火隔离带开设维护126公里，专业扑火队伍45人全年在岗，全年未发生重特大森林火灾。"
    xl_put(ws, 10, 1, "年度总体目标", (11, 1))
    xl_put(ws, 10, 2, "预期目标", (10, 5))
    xl_put(ws, 10, 6, "实际完成情况", (10, 8))
    xl_put(ws, 11, 2, goal_e, (11, 5))
    xl_put(ws, 11, 6, goal_a, (11, 8))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分说明"], 1):
        xl_put(ws, 12, c, h)
    rows = [
        ("产出指标（50分）", "数量", "开设维护生物防火隔离带", "≥120公里", "126公里", 10, 10,
         "完成120公里及以上得10分，每少10公里扣2分"),
        (None, "数量", "专业扑火队伍人数", "45人", "45人", 10, 10, "达到45人得10分，每少1人扣0.5分"),
        (None, "质量", "森林火灾受害率", "≤0.9‰", "0.12‰", 10, 10, "≤0.9‰得10分，超过不得分"),
        (None, "时效", "火情处置及时率", "≥95%", "97%", 10, 10, "≥95%得10分，90%（含）-95%得6分，90%以下得0分"),
        (None, "成本", "防火物资采购成本", "≤32万元", "30.8万元", 10, 10, "控制在32万元以内得10分，每超支1万元扣2分"),
        ("效益指标（30分）", "社会效益", "重特大森林火灾发生次数", "0次", "0次", 10, 10, "发生1次扣5分，扣完为止"),
        (None, "生态效益", "森林覆盖率", "≥67.5%", "67.2%", 10, 7, "达到67.5%得10分，每低0.1个百分点扣1分"),
        (None, "可持续影响", "群众森林防火意识", "明显提升", "明显提升", 10, 10, "达到得10分，基本达到得6分，未达到不得分"),
        ("满意度指标（10分）", "服务对象满意度", "林区群众满意度", "≥90%", "88%", 10, 7,
         "≥90%得10分，85%（含）-90%得7分，85%以下不得分"),
    ]
    for i, row in enumerate(rows):
        r = 13 + i
        for c, v in enumerate(row, 1):
            if c == 2 and i > 0 and rows[i - 1][1] == v:
                v = None
            xl_put(ws, r, c, v)
    ws.merge_cells("A13:A17")
    ws.merge_cells("A18:A20")
    ws.merge_cells("B13:B14")
    last = 13 + len(rows) - 1
    xl_style(ws, 3, last, 8, widths=[12, 14, 20, 12, 12, 7, 7, 34])
    xl_put(ws, last + 2, 1, "自评得分：93.6", (last + 2, 3))
    xl_put(ws, last + 2, 4, "等级：优", (last + 2, 5))
    xl_put(ws, last + 3, 1, "单位负责人：李春生", (last + 3, 2))
    xl_put(ws, last + 3, 3, "财务负责人：张丽", (last + 3, 4))
    xl_put(ws, last + 3, 5, "填报人：刘洋", (last + 3, 6))
    xl_put(ws, last + 3, 7, "联系电话：010-69962318", (last + 3, 8))
    xl_put(ws, last + 4, 1, "填报日期：2022年3月18日", (last + 4, 3))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".xlsx")
        wb.save(src)
        out = soffice_convert(src, "xls", tmp)
        shutil.copy(out, os.path.join(DOCS, fn))

    l1map = {"产出指标（50分）": "产出指标", "效益指标（30分）": "效益指标", "满意度指标（10分）": "满意度指标"}
    l2map = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "成本": "成本指标", "社会效益": "社会效益指标",
             "生态效益": "生态效益指标", "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"}
    inds, cur1 = [], None
    for (l1, l2, n, t, a, w, s, _note) in rows:
        cur1 = l1map[l1] if l1 else cur1
        inds.append(ind(cur1, l2map[l2], n, t, a, w, s, None))
    p = project("2021年森林防火专项经费", "北京市平谷区园林绿化局", "北京市平谷区园林绿化局",
                {"total": fund(86.5, 92.3, 88.61, 10, 96.0, 9.6),
                 "current_appropriation": fund(86.5, 86.5, 82.81),
                 "carryover": fund(None, 5.8, 5.8)},
                goal_e, goal_a, inds, None, 93.6, "优")
    write_gold(stem, fn, "xls", unit("北京市平谷区园林绿化局", "平谷区"), 2021, projects=[p])


# --------------------------------------------------------------------------- U04

def u04():
    """Heilongjiang 部门整体支出绩效自评表 (XLSX): 年度资金总额 + 人员经费 / 公用经费 / 项目支出 rows."""
    stem, fn = "U04_keshan_nyncj_2020_zhengti", "U04_keshan_nyncj_2020_zhengti.xlsx"
    wb = xl_book()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    money = "#,##0.00"
    xl_put(ws, 1, 1, "部门整体支出绩效自评表", (1, 9))
    xl_put(ws, 2, 1, "（2020年度）", (2, 9))
    xl_put(ws, 3, 1, "填报单位（盖章）：克山县农业农村局", (3, 6))
    xl_put(ws, 3, 7, "单位：万元", (3, 9))
    xl_put(ws, 4, 1, "部门名称")
    xl_put(ws, 4, 2, "克山县农业农村局", (4, 4))
    xl_put(ws, 4, 5, "编制人数")
    xl_put(ws, 4, 6, 56)
    xl_put(ws, 4, 7, "实有人数")
    xl_put(ws, 4, 8, 52, (4, 9))
    xl_put(ws, 5, 1, "年度预算资金", (9, 1))
    xl_put(ws, 5, 2, None, (5, 3))
    for c, h in zip(range(4, 10), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xl_put(ws, 5, c, h)
    xl_put(ws, 6, 2, "年度资金总额", (6, 3))
    for c, v in zip(range(4, 7), [2386.42, 3105.77, 3012.48]):
        xl_put(ws, 6, c, v, fmt=money)
    xl_put(ws, 6, 7, 10)
    xl_put(ws, 6, 8, "97.00%")
    xl_put(ws, 6, 9, 9.7, fmt="0.00")
    xl_put(ws, 7, 2, "其中", (9, 2))
    for r, (label, vals) in enumerate([("人员经费", [1120.35, 1156.2, 1156.2]),
                                       ("公用经费", [96.07, 102.57, 99.86]),
                                       ("项目支出", [1170, 1847, 1756.42])], 7):
        xl_put(ws, r, 3, label)
        for c, v in zip(range(4, 7), vals):
            xl_put(ws, r, c, v, fmt=money)
        for c in (7, 8, 9):
            xl_put(ws, r, c, "—")
    xl_put(ws, 10, 1, "年度总体目标", (11, 1))
    xl_put(ws, 10, 2, "预期目标", (10, 5))
    xl_put(ws, 10, 6, "实际完成情况", (10, 9))
    xl_put(ws, 11, 2, "全面落实各项强农惠农政策，保障耕地地力保护补贴、农机购置补贴等资金及时足额发放，粮食总产量稳定在118万吨以上，农民收入持续增长。", (11, 5))
    xl_put(ws, 11, 6, "各项补贴资金足额兑付到户，全年粮食总产量121.3万吨，农村居民人均可支配收入增长7.1%。", (11, 9))
    heads = ["一级指标", "二级指标", "三级指标", None, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for c, h in enumerate(heads, 1):
        if h:
            xl_put(ws, 12, c, h)
    ws.merge_cells("C12:D12")
    rows = [
        ("产出指标", "数量指标", "指标1：耕地地力保护补贴发放面积", "182万亩", "182.6万亩", 10, 10, None),
        ("产出指标", "数量指标", "指标2：农机购置补贴受益户数", "≥1,100户", "1,236户", 10, 10, None),
        ("产出指标", "质量指标", "指标1：补贴资金兑付准确率", "100%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "指标1：补贴资金兑付及时率", "≥95%", "98%", 10, 10, None),
        ("产出指标", "成本指标", "指标1：“三公”经费控制率", "≤100%", "86.4%", 10, 10, None),
        ("效益指标", "经济效益指标", "指标1：粮食总产量", "≥118万吨", "121.3万吨", 10, 10, None),
        ("效益指标", "社会效益指标", "指标1：农村居民人均可支配收入增幅", "≥6%", "7.1%", 10, 10, None),
        ("效益指标", "生态效益指标", "指标1：化肥使用量", "较上年减少", "较上年减少3.2%", 5, 5, None),
        ("效益指标", "可持续影响指标", "指标1：农业技术推广体系", "持续完善", "持续完善", 5, 4,
         "基层农技人员不足，下一步加强培训和引进"),
        ("满意度指标", "服务对象满意度指标", "指标1：农户满意度", "≥90%", "93%", 10, 10, None),
    ]
    r0 = 13
    for i, (l1, l2, n, t, a, w, s, d) in enumerate(rows):
        r = r0 + i
        xl_put(ws, r, 1, l1 if i == 0 or rows[i - 1][0] != l1 else None)
        xl_put(ws, r, 2, l2 if i == 0 or rows[i - 1][1] != l2 else None)
        xl_put(ws, r, 3, n, (r, 4))
        xl_put(ws, r, 5, t)
        xl_put(ws, r, 6, a)
        xl_put(ws, r, 7, w)
        xl_put(ws, r, 8, s)
        xl_put(ws, r, 9, d)
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 4, end_column=1)
    ws.merge_cells(start_row=r0 + 5, start_column=1, end_row=r0 + 8, end_column=1)
    ws.merge_cells(start_row=r0, start_column=2, end_row=r0 + 1, end_column=2)
    rt = r0 + len(rows)
    xl_put(ws, rt, 1, "总分", (rt, 6))
    xl_put(ws, rt, 7, 100)
    xl_put(ws, rt, 8, 98.7, fmt="0.00")
    xl_put(ws, rt, 9, "优")
    xl_style(ws, 4, rt, 9, widths=[10, 12, 14, 14, 12, 13, 12, 8, 18])
    xl_put(ws, rt + 1, 1, "填表人：孙立国      联系电话：0452-4421876      填报日期：2021年4月8日", (rt + 1, 9))
    wb.save(os.path.join(DOCS, fn))

    inds = [ind(l1, l2, n.split("：", 1)[1], t, a, w, s, d) for (l1, l2, n, t, a, w, s, d) in rows]
    d = dept(fund(2386.42, 3105.77, 3012.48, 10, 97.0, 9.7), basic=None, proj=1756.42, pers=1156.2, pub=99.86,
             score=98.7, grade="优", inds=inds)
    spending = []
    for path, cls, vals in [("人员经费", "economic", (1120.35, 1156.2, 1156.2)),
                            ("公用经费", "economic", (96.07, 102.57, 99.86)),
                            ("项目支出", "expenditure_type", (1170.0, 1847.0, 1756.42))]:
        for phase, v in zip(("initial_budget", "adjusted_budget", "final"), vals):
            spending.append(sp(cls, path, phase, 2020, v))
    write_gold(stem, fn, "xlsx", unit("克山县农业农村局", "克山县"), 2020, department=d, spending=spending)


# --------------------------------------------------------------------------- U05

def html_page(site, column, title, info, body, charset="utf-8", footer=None):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<title>{title}-{site}</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f4f4}}
.top{{background:#1c5aa6;color:#fff;font-size:28px;padding:16px 60px}}
.nav a{{color:#fff;margin-right:24px;text-decoration:none}} .nav{{background:#134a8e;padding:8px 60px}}
.pos{{margin:12px 60px;font-size:13px;color:#666}}
.main{{background:#fff;margin:0 60px 30px;padding:30px 60px}}
.main h1{{text-align:center;font-size:22px}} .info{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}}
.content p{{text-indent:2em;line-height:2;font-size:16px;margin:0}}
.content table{{border-collapse:collapse;margin:10px auto}} .content td{{border:1px solid #333;padding:4px 10px;font-size:14px}}
.foot{{text-align:center;font-size:12px;color:#666;padding:20px;background:#e9e9e9;line-height:2}}
</style>
</head>
<body>
<div class="top">{site}</div>
<div class="nav"><a href="/">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进{site[:3]}</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">{column}</a></div>
<div class="main">
<h1>{title}</h1>
<div class="info">{info}</div>
<div class="content" id="zoom">
{body}
</div>
</div>
<div class="foot">{footer or ('主办：' + site.replace('网', '') + '办公室')}<br>网站标识码：{int(hashlib.md5(site.encode('utf-8')).hexdigest(), 16) % 10**10:010d}</div>
</body>
</html>
"""


def paras(lines):
    out = []
    for line in lines:
        if line.startswith("<"):
            out.append(line)
        elif line.startswith("#"):
            out.append(f"<p><strong>{line[1:]}</strong></p>")
        else:
            out.append(f"<p>{line}</p>")
    return "\n".join(out)


def u05():
    """Fujian 部门整体 report in prose; budget figures in a two-column table (项目 | 金额（万元））."""
    stem, fn = "U05_zhenghe_wtlj_2021_zhengti", "U05_zhenghe_wtlj_2021_zhengti.html"
    table = """<table>
<tr><td><strong>项目</strong></td><td><strong>金额（万元）</strong></td></tr>
<tr><td>年初预算</td><td align="right">1,036.52</td></tr>
<tr><td>调整预算</td><td align="right">1,284.30</td></tr>
<tr><td>实际支出</td><td align="right">1,251.66</td></tr>
<tr><td>执行率</td><td align="right">97.46%</td></tr>
</table>"""
    body = paras([
        "根据《政和县财政局关于开展2021年度部门整体支出绩效自评工作的通知》（政财绩〔2022〕3号）要求，我局对2021年度部门整体支出开展了绩效自评，现将自评情况报告如下：",
        "#一、部门基本情况",
        "（一）部门职能。政和县文体和旅游局主要负责贯彻执行文化、体育、旅游和广播电视工作的方针政策，统筹全县公共文化服务体系建设、文物保护、全民健身和旅游产业发展等工作。",
        "（二）机构和人员情况。本部门内设股室5个，下属二级预算单位3个（政和县图书馆、政和县文化馆、政和县博物馆）；核定编制46人，实有在职人员43人，退休人员21人。",
        "#二、部门整体支出情况",
        "2021年度部门整体支出情况如下：",
        table,
        "2021年度实际支出中，基本支出712.38万元，占56.92%，其中人员经费628.15万元、公用经费84.23万元；项目支出539.28万元，占43.08%，主要用于公共文化服务体系建设、文化遗产保护和全民健身活动等。年末结转和结余32.64万元，主要为文化遗产保护项目跨年度实施。",
        "2021年“三公”经费支出8.36万元，较上年减少1.2万元，下降12.55%。其中：公务接待费3.16万元，公务用车运行维护费5.2万元，因公出国（境）费0万元，公务用车购置费0万元。全年政府采购预算112.5万元，实际采购金额108.9万元，其中授予中小企业合同金额96.2万元。",
        "#三、绩效目标完成情况",
        "（一）产出方面。全年组织开展“送戏下乡”演出126场，较上年增加16场；举办全民健身赛事活动22场次；图书馆、文化馆免费开放时间每周不少于56小时，全年接待读者及群众18.6万人次；完成2处县级文物保护单位修缮。",
        "（二）效益方面。公共文化服务覆盖率达到100%，群众文化获得感明显增强；全年接待游客312.5万人次，较上年增长18.3%。",
        "（三）满意度方面。通过问卷调查，群众对公共文化服务的满意度达96.3%，高于≥95%的年度目标。",
        "#四、自评结论",
        "经自评，本部门2021年度部门整体支出绩效自评得分95.5分，评价等级为“优”。",
        "#五、存在的问题",
        "一是部分项目预算编制不够精细，年中调整幅度较大；二是绩效指标设置量化程度不足，部分指标难以考核。",
        "#六、改进措施",
        "进一步提高预算编制的科学性和准确性，细化量化绩效指标，加强绩效运行监控，强化自评结果应用。",
        '<p style="text-align:right">政和县文体和旅游局</p>',
        '<p style="text-align:right">2022年4月28日</p>',
    ])
    page = html_page("政和县人民政府网", "部门绩效", "政和县文体和旅游局2021年度部门整体支出绩效自评报告",
                     "来源：政和县文体和旅游局 &nbsp; 发布时间：2022-04-29 &nbsp; 【字体：大 中 小】", body)
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(page)
    d = dept(fund(1036.52, 1284.3, 1251.66, None, 97.46, None), basic=712.38, proj=539.28, pers=628.15, pub=84.23,
             score=95.5, grade="优")
    # the department's labelled total (部门整体支出) also stays in spending, as B05 / D04 do
    spending = [
        sp("expenditure_type", "部门整体支出", "initial_budget", 2021, 1036.52),
        sp("expenditure_type", "部门整体支出", "adjusted_budget", 2021, 1284.3),
        sp("expenditure_type", "部门整体支出", "final", 2021, 1251.66),
        sp("expenditure_type", "基本支出", "final", 2021, 712.38),
        sp("expenditure_type", "项目支出", "final", 2021, 539.28),
        sp("economic", "人员经费", "final", 2021, 628.15),
        sp("economic", "公用经费", "final", 2021, 84.23),
        sp("three_public", ["三公经费"], "final", 2021, 8.36),
        sp("three_public", ["三公经费", "公务接待费"], "final", 2021, 3.16),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", 2021, 5.2),
        sp("three_public", ["三公经费", "因公出国（境）费"], "final", 2021, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", 2021, 0.0),
    ]
    write_gold(stem, fn, "html", unit("政和县文体和旅游局", "政和县"), 2021, department=d, spending=spending)


# --------------------------------------------------------------------------- U06

def u06():
    """Henan 部门决算 情况说明 (DOCX); 三公 paragraph names its parts without 其中."""
    import docx
    stem, fn = "U06_luyi_cgj_2022_juesuan", "U06_luyi_cgj_2022_juesuan.docx"
    doc = docx.Document()
    docx_cjk(doc, font="仿宋", size=14)
    docx_para(doc, "鹿邑县城市管理局2022年度部门决算情况说明", bold=True, center=True, size=18)
    lines = [
        ("#", "一、部门基本情况"),
        ("", "鹿邑县城市管理局主要负责全县市容环境卫生、市政设施维护、城市照明、园林绿化管理和城市管理综合执法等工作。本部门内设股室8个，下属事业单位2个；核定行政编制12名、事业编制86名，年末实有人员93人。"),
        ("#", "二、收入支出决算总体情况说明"),
        ("", "2022年度收、支总计均为3,486.27万元。与2021年度相比，收、支总计各增加215.40万元，增长6.59%，主要原因是城市道路维护及环卫保洁项目资金增加。"),
        ("#", "三、收入决算情况说明"),
        ("", "2022年度本年收入合计3,402.15万元，其中：一般公共预算财政拨款收入3,280.15万元，占96.41%；政府性基金预算财政拨款收入122万元，占3.59%；国有资本经营预算财政拨款收入0万元；上级补助收入0万元；事业收入0万元；经营收入0万元；附属单位上缴收入0万元；其他收入0万元。另有年初结转和结余84.12万元。"),
        ("#", "四、支出决算情况说明"),
        ("", "2022年度本年支出合计3,420.93万元，其中：基本支出1,236.58万元，占36.15%；项目支出2,184.35万元，占63.85%；上缴上级支出0万元；经营支出0万元；对附属单位补助支出0万元。年末结转和结余65.34万元。"),
        ("#", "五、财政拨款支出决算情况说明"),
        ("", "2022年度财政拨款支出年初预算为3,105.60万元，支出决算完成年初预算的108.01%，决算数大于年初预算数的主要原因是年中追加城市道路维护、背街小巷改造等项目资金。"),
        ("#", "六、一般公共预算财政拨款基本支出决算情况说明"),
        ("", "2022年度一般公共预算财政拨款基本支出1,236.58万元，其中：人员经费1,085.26万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、住房公积金等；公用经费151.32万元，主要包括办公费、印刷费、水费、电费、邮电费、差旅费、维修（护）费、公务接待费、公务用车运行维护费等。"),
        ("#", "七、“三公”经费财政拨款支出决算情况说明"),
        ("", "2022年度“三公”经费财政拨款支出预算为8万元，支出决算为6.8万元，完成预算的85%，决算数小于预算数的主要原因是严格落实过紧日子要求，压减一般性支出。2022年度因公出国（境）费0万元、公务用车购置及运行维护费5.6万元（公务用车购置费0万元、公务用车运行维护费5.6万元）、公务接待费1.2万元。"),
        ("", "公务用车运行维护费主要用于城市管理执法车辆燃料费、维修费、过路过桥费、保险费等支出。截至2022年12月31日，单位开支财政拨款的公务用车保有量为4辆。公务接待费主要用于上级部门检查指导工作，2022年度国内公务接待12批次、86人次。"),
        ("#", "八、机关运行经费支出说明"),
        ("", "2022年度本部门机关运行经费支出146.08万元，比上年减少9.6万元，降低6.17%，主要原因是严控会议费、培训费等支出。"),
        ("#", "九、政府采购支出说明"),
        ("", "2022年度政府采购支出总额286.5万元，其中：政府采购货物支出42.3万元、政府采购工程支出198.6万元、政府采购服务支出45.6万元。授予中小企业合同金额253.8万元，占政府采购支出总额的88.59%。"),
        ("#", "十、国有资产占用情况说明"),
        ("", "截至2022年12月31日，本部门共有车辆4辆，其中：执法执勤用车4辆；单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备1台（套）。"),
        ("#", "十一、预算绩效管理情况说明"),
        ("", "根据预算绩效管理要求，本部门组织对2022年度一般公共预算项目支出全面开展绩效自评，共涉及项目9个，占一般公共预算项目支出总额的100%。从评价情况来看，项目绩效目标总体完成较好。"),
    ]
    for kind, text in lines:
        docx_para(doc, text, bold=(kind == "#"))
    docx_para(doc, "鹿邑县城市管理局", right=True)
    docx_para(doc, "2023年9月12日", right=True)
    doc.save(os.path.join(DOCS, fn))

    d = dept(fund(3105.6, None, 3420.93, None, 108.01, None), basic=1236.58, proj=2184.35, pers=1085.26, pub=151.32)
    y, f = 2022, "final"
    spending = [
        sp("income", "收入总计", f, y, 3486.27),
        sp("expenditure_type", "支出总计", f, y, 3486.27),
        sp("income", "本年收入合计", f, y, 3402.15),
        sp("income", "一般公共预算财政拨款收入", f, y, 3280.15),
        sp("income", "政府性基金预算财政拨款收入", f, y, 122.0),
        sp("income", "国有资本经营预算财政拨款收入", f, y, 0.0),
        sp("income", "上级补助收入", f, y, 0.0),
        sp("income", "事业收入", f, y, 0.0),
        sp("income", "经营收入", f, y, 0.0),
        sp("income", "附属单位上缴收入", f, y, 0.0),
        sp("income", "其他收入", f, y, 0.0),
        sp("expenditure_type", "本年支出合计", f, y, 3420.93),
        sp("expenditure_type", "基本支出", f, y, 1236.58),
        sp("expenditure_type", "项目支出", f, y, 2184.35),
        sp("expenditure_type", "上缴上级支出", f, y, 0.0),
        sp("expenditure_type", "经营支出", f, y, 0.0),
        sp("expenditure_type", "对附属单位补助支出", f, y, 0.0),
        sp("economic", "人员经费", f, y, 1085.26),
        sp("economic", "公用经费", f, y, 151.32),
        sp("economic", "机关运行经费", f, y, 146.08),
        sp("three_public", ["三公经费"], "initial_budget", y, 8.0),
        sp("three_public", ["三公经费"], f, y, 6.8),
        sp("three_public", ["三公经费", "因公出国（境）费"], f, y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], f, y, 5.6),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], f, y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], f, y, 5.6),
        sp("three_public", ["三公经费", "公务接待费"], f, y, 1.2),
    ]
    write_gold(stem, fn, "docx", unit("鹿邑县城市管理局", "鹿邑县"), 2022, department=d, spending=spending)


# --------------------------------------------------------------------------- U07

def u07():
    """Liaoning 部门预算 page (HTML) with the 部门收支总表 inline, figures in 元."""
    stem, fn = "U07_kuandian_slj_2024_yusuan", "U07_kuandian_slj_2024_yusuan.html"
    left = [("一、一般公共预算拨款收入", "12,856,430.00"), ("二、政府性基金预算拨款收入", "3,200,000.00"),
            ("三、国有资本经营预算拨款收入", "0.00"), ("四、财政专户管理资金收入", "0.00"),
            ("五、单位资金收入", "150,000.00"), ("", "")]
    right = [("一、一般公共服务支出", "0.00"), ("二、社会保障和就业支出", "1,325,600.00"),
             ("三、卫生健康支出", "486,230.00"), ("四、节能环保支出", "0.00"),
             ("五、农林水支出", "14,014,600.00"), ("六、住房保障支出", "380,000.00")]
    rows = "\n".join(f"<tr><td>{a}</td><td align=\"right\">{b}</td><td>{c}</td><td align=\"right\">{d}</td></tr>"
                     for (a, b), (c, d) in zip(left, right))
    table = f"""<p style="text-align:center"><strong>表一 部门收支总表</strong></p>
<p style="text-align:right">部门：宽甸满族自治县水利局 &nbsp;&nbsp; 单位：元</p>
<table width="90%">
<tr><td colspan="2" align="center">收 入</td><td colspan="2" align="center">支 出</td></tr>
<tr><td align="center">项 目</td><td align="center">预算数</td><td align="center">项 目</td><td align="center">预算数</td></tr>
{rows}
<tr><td align="center">本年收入合计</td><td align="right">16,206,430.00</td><td align="center">本年支出合计</td><td align="right">16,206,430.00</td></tr>
<tr><td>上年结转结余</td><td align="right">0.00</td><td>结转下年</td><td align="right">0.00</td></tr>
<tr><td align="center">收入总计</td><td align="right">16,206,430.00</td><td align="center">支出总计</td><td align="right">16,206,430.00</td></tr>
</table>"""
    body = paras([
        "#第一部分 部门概况",
        "一、主要职能。宽甸满族自治县水利局负责保障水资源的合理开发利用，组织实施水利工程建设与运行管理，负责水土保持、农村水利、水旱灾害防御等工作。",
        "二、机构设置。本部门内设机构6个，下属事业单位2个，编制人数48人。纳入2024年部门预算编制范围的单位包括局机关本级及所属2个事业单位。",
        "#第二部分 2024年部门预算情况说明",
        "一、收支预算总体情况。2024年收入预算16,206,430.00元，比上年增加1,123,500.00元，增长7.45%，主要原因是水利工程运行维护项目增加；支出预算与收入预算相同。",
        "二、支出预算情况。基本支出预算5,206,430.00元，占32.13%，主要用于保障机构正常运转；项目支出预算11,000,000.00元，占67.87%，主要用于水利工程运行维护、水旱灾害防御、河湖长制工作等。",
        "三、“三公”经费预算情况。2024年“三公”经费预算86,000.00元，与上年持平。其中：因公出国（境）费0.00元；公务接待费21,000.00元；公务用车购置及运行维护费65,000.00元（其中：公务用车购置费0.00元，公务用车运行维护费65,000.00元）。",
        "四、机关运行经费。2024年机关运行经费预算1,052,300.00元，主要用于办公费、水电费、差旅费、维修费等。",
        "五、政府采购预算情况。2024年政府采购预算850,000.00元，其中：货物类320,000.00元，服务类530,000.00元。",
        "六、绩效目标设置情况。2024年实行绩效目标管理的项目8个，实现项目支出绩效目标管理全覆盖。",
        "七、国有资产占用情况。截至2023年12月31日，本部门共有车辆3辆，其中应急保障用车2辆、特种专业技术用车1辆。",
        "#第三部分 2024年部门预算公开表",
        table,
        "注：本部门2024年无国有资本经营预算支出，无政府性基金安排的“三公”经费支出。",
    ])
    page = html_page("宽甸满族自治县人民政府", "部门预算", "宽甸满族自治县水利局2024年部门预算公开",
                     "发布时间：2024-02-06 &nbsp; 信息来源：宽甸满族自治县水利局 &nbsp; 浏览次数：", body)
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(page)
    y, b = 2024, "initial_budget"
    spending = [
        sp("income", "一般公共预算拨款收入", b, y, 1285.643),
        sp("income", "政府性基金预算拨款收入", b, y, 320.0),
        sp("income", "国有资本经营预算拨款收入", b, y, 0.0),
        sp("income", "财政专户管理资金收入", b, y, 0.0),
        sp("income", "单位资金收入", b, y, 15.0),
        sp("income", "本年收入合计", b, y, 1620.643),
        sp("income", "收入总计", b, y, 1620.643),
        sp("functional", "一般公共服务支出", b, y, 0.0),
        sp("functional", "社会保障和就业支出", b, y, 132.56),
        sp("functional", "卫生健康支出", b, y, 48.623),
        sp("functional", "节能环保支出", b, y, 0.0),
        sp("functional", "农林水支出", b, y, 1401.46),
        sp("functional", "住房保障支出", b, y, 38.0),
        sp("expenditure_type", "本年支出合计", b, y, 1620.643),
        sp("expenditure_type", "支出总计", b, y, 1620.643),
        sp("expenditure_type", "基本支出", b, y, 520.643),
        sp("expenditure_type", "项目支出", b, y, 1100.0),
        sp("three_public", ["三公经费"], b, y, 8.6),
        sp("three_public", ["三公经费", "因公出国（境）费"], b, y, 0.0),
        sp("three_public", ["三公经费", "公务接待费"], b, y, 2.1),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], b, y, 6.5),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], b, y, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], b, y, 6.5),
        sp("economic", "机关运行经费", b, y, 105.23),
    ]
    d = dept(fund(1620.643))
    write_gold(stem, fn, "html", unit("宽甸满族自治县水利局", "宽甸满族自治县"), 2024, department=d, spending=spending)


# --------------------------------------------------------------------------- U08

def u08():
    """Guizhou 收入支出决算总表 drawn with reportlab, NO ruling lines (columns by position only)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    stem, fn = "U08_tianzhu_mzzjj_2023_juesuan", "U08_tianzhu_mzzjj_2023_juesuan.pdf"
    pdfmetrics.registerFont(TTFont("WQY", FONT_TTC, subfontIndex=0))
    c = canvas.Canvas(os.path.join(DOCS, fn), pagesize=A4)
    c.setTitle("收入支出决算总表")
    w, h = A4
    c.setFont("WQY", 16)
    c.drawCentredString(w / 2, h - 50, "收入支出决算总表")
    c.setFont("WQY", 9)
    c.drawRightString(w - 30, h - 50, "公开01表")
    c.drawCentredString(w / 2, h - 68, "2023年度")
    c.drawString(30, h - 88, "部门：天柱县民族宗教事务局")
    c.drawRightString(w - 30, h - 88, "金额单位：万元")
    XL, XLN, XLA = 30, 212, 285      # left label, 行次 (centre), amount (right edge)
    XR, XRN, XRA = 300, 487, 565
    y = h - 110
    c.setFont("WQY", 9)
    c.drawCentredString((XL + XLA) / 2, y, "收      入")
    c.drawCentredString((XR + XRA) / 2, y, "支      出")
    y -= 15
    for x0, xn, xa in ((XL, XLN, XLA), (XR, XRN, XRA)):
        c.drawCentredString(x0 + 80, y, "项    目")
        c.drawCentredString(xn, y, "行次")
        c.drawRightString(xa, y, "金额")
    y -= 15
    c.drawCentredString(XL + 80, y, "栏    次")
    c.drawRightString(XLA, y, "1")
    c.drawCentredString(XR + 80, y, "栏    次")
    c.drawRightString(XRA, y, "2")
    income = {1: ("一、一般公共预算财政拨款收入", "312.68"), 2: ("二、政府性基金预算财政拨款收入", "0.00"),
              3: ("三、国有资本经营预算财政拨款收入", "0.00"), 4: ("四、上级补助收入", "0.00"),
              5: ("五、事业收入", "0.00"), 6: ("六、经营收入", "0.00"), 7: ("七、附属单位上缴收入", "0.00"),
              8: ("八、其他收入", "4.20")}
    cats = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
            "文化旅游体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出", "节能环保支出",
            "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
            "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出",
            "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出"]
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
            "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七"]
    amounts = {"一般公共服务支出": "236.54", "文化旅游体育与传媒支出": "18.60", "社会保障和就业支出": "38.92",
               "卫生健康支出": "14.27", "住房保障支出": "17.85"}
    for i in range(27):
        y -= 15
        label, amt = income.get(i + 1, ("", ""))
        if label:
            c.drawString(XL, y, label)
        c.drawCentredString(XLN, y, str(i + 1))
        if amt:
            c.drawRightString(XLA, y, amt)
        cat = cats[i]
        c.drawString(XR, y, f"{nums[i]}、{cat}")
        c.drawCentredString(XRN, y, str(32 + i))
        if cat in amounts:
            c.drawRightString(XRA, y, amounts[cat])
    tail = [("本年收入合计", 28, "316.88", "本年支出合计", 59, "326.18"),
            ("使用非财政拨款结余", 29, "0.00", "结余分配", 60, "0.00"),
            ("年初结转和结余", 30, "12.36", "年末结转和结余", 61, "3.06"),
            ("收入总计", 31, "329.24", "支出总计", 62, "329.24")]
    for a, an, av, b, bn, bv in tail:
        y -= 15
        c.drawCentredString(XL + 80, y, a) if a in ("本年收入合计", "收入总计") else c.drawString(XL, y, a)
        c.drawCentredString(XLN, y, str(an))
        c.drawRightString(XLA, y, av)
        c.drawCentredString(XR + 80, y, b) if b in ("本年支出合计", "支出总计") else c.drawString(XR, y, b)
        c.drawCentredString(XRN, y, str(bn))
        c.drawRightString(XRA, y, bv)
    y -= 24
    c.setFont("WQY", 8)
    c.drawString(XL, y, "注：1.本表反映部门本年度的总收支和年末结转结余情况。")
    c.drawString(XL, y - 12, "    2.本表金额转换成万元时，因四舍五入可能存在尾差。")
    c.showPage()
    c.save()
    y, f = 2023, "final"
    spending = [
        sp("income", "一般公共预算财政拨款收入", f, y, 312.68),
        sp("income", "政府性基金预算财政拨款收入", f, y, 0.0),
        sp("income", "国有资本经营预算财政拨款收入", f, y, 0.0),
        sp("income", "上级补助收入", f, y, 0.0),
        sp("income", "事业收入", f, y, 0.0),
        sp("income", "经营收入", f, y, 0.0),
        sp("income", "附属单位上缴收入", f, y, 0.0),
        sp("income", "其他收入", f, y, 4.2),
        sp("income", "本年收入合计", f, y, 316.88),
        sp("income", "收入总计", f, y, 329.24),
        sp("functional", "一般公共服务支出", f, y, 236.54),
        sp("functional", "文化旅游体育与传媒支出", f, y, 18.6),
        sp("functional", "社会保障和就业支出", f, y, 38.92),
        sp("functional", "卫生健康支出", f, y, 14.27),
        sp("functional", "住房保障支出", f, y, 17.85),
        sp("expenditure_type", "本年支出合计", f, y, 326.18),
        sp("expenditure_type", "支出总计", f, y, 329.24),
    ]
    d = dept(fund(None, None, 326.18))
    write_gold(stem, fn, "pdf", unit("天柱县民族宗教事务局", "天柱县"), 2023, department=d, spending=spending)


# --------------------------------------------------------------------------- U09

def u09():
    """Yunnan 项目支出绩效自评报告: DOCX exported to PDF by LibreOffice."""
    import docx
    stem, fn = "U09_mile_dez_2022_zhuxuejin", "U09_mile_dez_2022_zhuxuejin.pdf"
    doc = docx.Document()
    docx_cjk(doc, font="仿宋", size=14)
    docx_para(doc, "弥勒市第二中学2022年度项目支出绩效自评报告", bold=True, center=True, size=18)
    goal = "按照平均每生每年2,000元的标准，资助家庭经济困难学生，确保应助尽助，减轻困难家庭经济负担，促进教育公平。"
    lines = [
        ("#", "一、项目基本情况"),
        ("#", "（一）项目概况"),
        ("", "普通高中国家助学金项目是国家为资助普通高中在校家庭经济困难学生而设立的专项资金，资助标准分为三档，平均资助标准为每生每年2,000元。"),
        ("", "根据《云南省财政厅 云南省教育厅关于下达2022年学生资助补助经费预算的通知》（云财教〔2022〕38号）及弥勒市财政局相关文件，我校2022年度普通高中国家助学金项目年初预算48.6万元，全年预算52.35万元，其中中央资金41.88万元、省级资金10.47万元。"),
        ("#", "（二）项目绩效目标"),
        ("", "项目年度绩效目标：" + goal),
        ("#", "二、项目资金使用及管理情况"),
        ("", "截至2022年12月31日，项目全年执行52.35万元，预算执行率100%。资金通过“一卡通”系统直接发放至受助学生银行账户，学校对项目资金实行专账核算、专款专用，未发现截留、挤占、挪用等情况。"),
        ("#", "三、项目绩效目标完成情况"),
        ("", "1.产出指标。全年资助家庭经济困难学生523人次，较上年减少36人次，完成年度目标（≥500人次）；资助对象认定准确率100%；资助资金于每学期开学后2个月内发放到位，发放及时率100%。"),
        ("", "2.效益指标。受助学生因经济困难辍学人数为0，困难家庭教育负担有效减轻，教育公平得到进一步促进。"),
        ("", "3.满意度指标。通过问卷调查，受助学生及家长满意度达98%，高于年度目标值（≥95%）。"),
        ("#", "四、自评结论"),
        ("", "根据项目支出绩效自评评分标准，经学校绩效自评工作小组评议，普通高中国家助学金项目2022年度自评得分98分，评价等级为“优”。"),
        ("#", "五、存在的问题及原因分析"),
        ("", "部分学生家庭经济状况动态变化较快，学校对困难学生的认定和动态调整存在一定滞后；资助育人工作与资助发放结合不够紧密。"),
        ("#", "六、下一步改进措施"),
        ("", "一是健全家庭经济困难学生动态认定机制，每学期开展一次复核；二是加强资助政策宣传，做到政策知晓率100%；三是将资助与育人相结合，开展诚信感恩教育。"),
    ]
    for kind, text in lines:
        docx_para(doc, text, bold=(kind == "#"))
    docx_para(doc, "弥勒市第二中学", right=True)
    docx_para(doc, "2023年3月15日", right=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".docx")
        doc.save(src)
        out = soffice_convert(src, "pdf", tmp)
        shutil.copy(out, os.path.join(DOCS, fn))
    p = project("普通高中国家助学金项目", funds={"total": fund(48.6, 52.35, 52.35, None, 100.0, None)},
                goal_e=goal, ts=98, grade="优")
    spending = [sp("income", "中央资金", "adjusted_budget", 2022, 41.88),
                sp("income", "省级资金", "adjusted_budget", 2022, 10.47)]
    write_gold(stem, fn, "pdf", unit("弥勒市第二中学", "弥勒市"), 2022, projects=[p], spending=spending)


# --------------------------------------------------------------------------- U10

def u10():
    """Chongqing 关于…项目…绩效自评情况的报告, money in 元 (one 亿元 aside); PDF drawn with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    stem, fn = "U10_qijiang_nyw_2023_renju", "U10_qijiang_nyw_2023_renju.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
    head = ParagraphStyle("h", parent=body, firstLineIndent=0)
    title = ParagraphStyle("t", fontName="STSong-Light", fontSize=17, leading=28, alignment=TA_CENTER, wordWrap="CJK")
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    goal = ("完成农村卫生厕所改造1,500户，新建（改造）农村生活垃圾收集点120个，村庄清洁行动覆盖全区所有行政村，"
            "农村人居环境明显改善。")
    story = [
        Paragraph("关于农村人居环境整治提升项目2023年度绩效自评情况的报告", title),
        Spacer(1, 10),
        Paragraph("区财政局：", head),
        Paragraph("根据《重庆市綦江区财政局关于开展2023年度预算绩效自评工作的通知》（綦江财发〔2024〕12号）要求，我委对农村人居环境整治提升项目开展了绩效自评，现将有关情况报告如下：", body),
        Paragraph("一、项目基本情况", head),
        Paragraph("农村人居环境整治提升项目主要用于农村户厕改造、农村生活垃圾收运处置体系建设和村庄清洁行动，由我委牵头，各镇（街道）具体实施。2023年年初预算安排6,000,000元，年中追加2,652,000元，调整后预算8,652,000元。", body),
        Paragraph("二、项目年度目标", head),
        Paragraph("项目年度目标：" + goal, body),
        Paragraph("三、项目资金使用情况", head),
        Paragraph("截至2023年12月31日，项目实际支出8,437,516.80元，预算执行率97.52%。剩余资金214,483.20元已按规定收回区财政统筹使用。项目通过政府采购方式确定施工及服务单位3家，合同金额7,962,300元。", body),
        Paragraph("四、绩效目标完成情况", head),
        Paragraph("（一）产出指标。全年完成农村户厕改造1,528户，户厕改造验收合格率97.3%（目标值≥95%）；新建（改造）农村生活垃圾收集点126个；村庄清洁行动覆盖全区14个镇（街道）的全部行政村。", body),
        Paragraph("（二）效益指标。农村生活垃圾有效治理率达到99%，较上年提高2个百分点；项目建设带动当地农民就近务工，增加务工收入约0.12亿元。", body),
        Paragraph("（三）满意度指标。经第三方抽样调查，群众对农村人居环境整治的满意度为93.8%（目标值≥90%）。", body),
        Paragraph("五、自评结果", head),
        Paragraph("经综合评定，该项目2023年度绩效自评得分94.5分，评价等级为“优”。", body),
        Paragraph("六、存在的问题及改进措施", head),
        Paragraph("一是部分镇街户厕后期管护机制不健全；二是项目前期准备不充分，年中追加资金下达较晚，影响支出进度。下一步，我委将健全长效管护机制，提前谋划项目储备，加快预算执行。", body),
        Spacer(1, 16),
        Paragraph("重庆市綦江区农业农村委员会", right),
        Paragraph("2024年3月28日", right),
    ]
    SimpleDocTemplate(os.path.join(DOCS, fn), pagesize=A4, leftMargin=70, rightMargin=70, topMargin=70,
                      bottomMargin=60, title="绩效自评报告").build(story)
    p = project("农村人居环境整治提升项目",
                funds={"total": fund(600.0, 865.2, 843.75168, None, 97.52, None)},
                goal_e=goal, ts=94.5, grade="优")
    write_gold(stem, fn, "pdf", unit("重庆市綦江区农业农村委员会", "綦江区"), 2023, projects=[p])


# --------------------------------------------------------------------------- U11

def u11():
    """Jiangxi township government 部门整体 self-evaluation report, HTML in GBK on the county portal."""
    stem, fn = "U11_yongfeng_ypz_2022_zhengti", "U11_yongfeng_ypz_2022_zhengti.html"
    body = paras([
        "根据《永丰县财政局关于开展2022年度部门整体支出绩效自评工作的通知》（永财绩字〔2023〕5号）文件精神，我镇对2022年度部门整体支出情况开展了绩效自评，现将有关情况报告如下：",
        "#一、部门基本情况",
        "沿陂镇位于永丰县东南部，辖14个行政村、1个社区，总人口3.6万人。镇机关内设党政综合办公室、党建工作办公室、经济发展办公室等7个综合办公室，核定行政编制38名、事业编制20名，2022年末实有在编人员52人。",
        "#二、部门整体支出情况",
        "2022年度本单位部门整体支出年初预算1,652.30万元，调整后预算2,418.76万元，全年实际支出2,396.52万元，预算执行率99.08%。其中：基本支出1,085.44万元（人员经费962.18万元，公用经费123.26万元）；项目支出1,311.08万元，主要用于乡村振兴衔接资金项目、防汛抗旱、农村人居环境整治等。年末结转结余22.24万元。",
        "2022年“三公”经费支出4.85万元，较上年下降18.2%，其中：公务接待费1.35万元，公务用车运行维护费3.50万元，全年未发生因公出国（境）费用和公务用车购置费用。全年政府采购金额168.4万元。",
        "#三、绩效目标完成情况",
        "（一）产出情况。全年完成农村改厕326户，新修通组公路8.6公里，完成高标准农田建设3,200亩；组织开展安全生产检查146次，排查整改隐患87处。",
        "（二）效益情况。全镇农村居民人均可支配收入达到17,860元，较上年增长7.6%；脱贫人口和监测对象未发生返贫致贫；辖区内未发生较大以上安全生产事故。",
        "（三）满意度情况。通过入户走访和问卷调查，群众满意度达到95.2%，达到≥95%的目标要求。",
        "#四、自评结论",
        "根据部门整体支出绩效评价指标体系，经自评，沿陂镇人民政府2022年度部门整体支出综合自评得分92.6分，等级为“优”。",
        "#五、存在的问题及改进措施",
        "一是预算编制精准度有待提高，年中追加资金占比较大；二是项目绩效目标设置不够细化。下一步将加强预算编制与项目储备衔接，完善绩效指标体系，强化自评结果运用。",
        '<p style="text-align:right">沿陂镇人民政府</p>',
        '<p style="text-align:right">2023年5月10日</p>',
    ])
    page = html_page("永丰县人民政府", "财政预决算", "沿陂镇2022年度部门整体支出绩效自评报告",
                     "发布机构：永丰县人民政府 &nbsp; 发布时间：2023-05-16 &nbsp; 来源：沿陂镇 &nbsp; 【打印】【关闭】",
                     body, charset="gb2312", footer="主办：永丰县人民政府办公室 &nbsp; 承办：永丰县政务服务中心")
    with open(os.path.join(DOCS, fn), "wb") as fh:
        fh.write(page.encode("gbk"))
    d = dept(fund(1652.3, 2418.76, 2396.52, None, 99.08, None), basic=1085.44, proj=1311.08, pers=962.18, pub=123.26,
             score=92.6, grade="优")
    y, f = 2022, "final"
    # the department's labelled total (部门整体支出) also stays in spending, as B05 / D04 do
    spending = [
        sp("expenditure_type", "部门整体支出", "initial_budget", y, 1652.3),
        sp("expenditure_type", "部门整体支出", "adjusted_budget", y, 2418.76),
        sp("expenditure_type", "部门整体支出", f, y, 2396.52),
        sp("expenditure_type", "基本支出", f, y, 1085.44),
        sp("expenditure_type", "项目支出", f, y, 1311.08),
        sp("economic", "人员经费", f, y, 962.18),
        sp("economic", "公用经费", f, y, 123.26),
        sp("three_public", ["三公经费"], f, y, 4.85),
        sp("three_public", ["三公经费", "公务接待费"], f, y, 1.35),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], f, y, 3.5),
    ]
    # unit name: the title form 沿陂镇 wins over the prose 沿陂镇人民政府 (manifest, C02)
    write_gold(stem, fn, "html", unit("沿陂镇", "永丰县"), 2022, department=d, spending=spending)


# --------------------------------------------------------------------------- U12

def u12():
    """Hubei special-fund report (DOCX): money by level (中央、省级、县级), then total spent and rate."""
    import docx
    stem, fn = "U12_zhuxi_wjj_2019_gonggongweisheng", "U12_zhuxi_wjj_2019_gonggongweisheng.docx"
    doc = docx.Document()
    docx_cjk(doc, font="仿宋", size=14)
    docx_para(doc, "基本公共卫生服务补助资金2019年度绩效自评报告", bold=True, center=True, size=18)
    docx_para(doc, "竹溪县卫生健康局", center=True)
    goal = ("为城乡居民免费提供12类国家基本公共卫生服务，居民电子健康档案建档率达到90%以上，65岁以上老年人健康管理率达到70%以上，"
            "高血压、糖尿病患者规范管理率达到60%以上。")
    lines = [
        ("#", "一、项目基本情况"),
        ("", "国家基本公共卫生服务项目是促进基本公共卫生服务逐步均等化的重要内容。2019年人均基本公共卫生服务经费补助标准为69元，较上年提高14元，新增经费全部用于村和社区。全县常住人口约31.2万人，共有乡镇卫生院11个、村卫生室268个承担项目任务。"),
        ("#", "二、资金安排及使用情况"),
        ("", "2019年共下达我县基本公共卫生服务补助资金2,386.50万元，其中：中央资金1,852.30万元（鄂财社发〔2019〕28号、鄂财社发〔2019〕75号），省级资金356.80万元，县级资金177.40万元。截至2019年12月31日，实际支出2,301.47万元，资金执行率96.44%。结余资金85.03万元结转下年使用。"),
        ("#", "三、年度绩效目标"),
        ("", "年度绩效目标：" + goal),
        ("#", "四、绩效目标完成情况"),
        ("", "（一）产出指标。全县居民电子健康档案建档率91.3%；65岁以上老年人健康管理服务27,856人，健康管理率71.2%；高血压患者规范管理率64.5%，2型糖尿病患者规范管理率62.1%；孕产妇系统管理率93.5%，0—6岁儿童健康管理率92.8%。"),
        ("", "（二）效益指标。城乡居民公共卫生服务差距逐步缩小，居民健康素养水平提高到18.6%，较上年提高2.1个百分点。"),
        ("", "（三）满意度指标。经抽样调查，居民对基本公共卫生服务的满意度为92%（目标值≥85%）。"),
        ("#", "五、自评结论"),
        ("", "对照绩效评价指标体系，我县基本公共卫生服务补助资金2019年度绩效自评得分88.5分，评价等级为“良”。"),
        ("#", "六、存在的问题"),
        ("", "一是部分乡镇资金拨付进度偏慢，年末仍有结余；二是村医队伍老龄化，服务能力不足；三是部分健康档案信息更新不及时。"),
        ("#", "七、改进措施"),
        ("", "加快资金拨付进度，按季度预拨、年终考核结算；加强村医培训和队伍建设；推进健康档案动态管理和信息化应用。"),
    ]
    for kind, text in lines:
        docx_para(doc, text, bold=(kind == "#"))
    docx_para(doc, "竹溪县卫生健康局", right=True)
    docx_para(doc, "2020年4月20日", right=True)
    doc.save(os.path.join(DOCS, fn))
    p = project("基本公共卫生服务补助资金", funds={"total": fund(None, 2386.5, 2301.47, None, 96.44, None)},
                goal_e=goal, ts=88.5, grade="良")
    spending = [sp("income", "中央资金", "adjusted_budget", 2019, 1852.3),
                sp("income", "省级资金", "adjusted_budget", 2019, 356.8),
                sp("income", "县级资金", "adjusted_budget", 2019, 177.4)]
    write_gold(stem, fn, "docx", unit("竹溪县卫生健康局", "竹溪县"), 2019, projects=[p], spending=spending)


def main():
    for d in (DOCS, GOLD):
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(d):
            os.remove(os.path.join(d, name))
    for fn in (u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12):
        fn()
        print("made", fn.__name__)


if __name__ == "__main__":
    main()
