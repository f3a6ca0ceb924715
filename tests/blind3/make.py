#!/usr/bin/env python3
"""Blind test set 3: twelve new documents (R01-R12) with hand-made gold.

Run with the project venv:  .venv/bin/python tests/blind3/make.py
Writes tests/blind3/docs/<stem>.<ext> and tests/blind3/gold/<stem>.json.

All figures are invented.  The gold values below were labelled by hand from
what each document prints, following /work/shared/contract/README.md and the
"Judgement calls in the gold" of /work/shared/corpus/MANIFEST.md.
"""
import hashlib
import html as htmlmod
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
RIGHT = 2  # WD_ALIGN_PARAGRAPH.RIGHT, set in main()


# --------------------------------------------------------------------------- grids
def place(rows):
    """HTML-like row spec -> list of (r, c, rowspan, colspan, text).

    A cell is a str, or a tuple (text, colspan) / (text, colspan, rowspan)."""
    taken = set()
    cells = []
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if not isinstance(cell, tuple):
                cell = (cell, 1, 1)
            elif len(cell) == 2:
                cell = (cell[0], cell[1], 1)
            text, cs, rs = cell
            while (r, c) in taken:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            cells.append((r, c, rs, cs, "" if text is None else str(text)))
            c += cs
            ncols = max(ncols, c)
    return cells, len(rows), ncols


def html_table(rows, attrs='border="1" cellspacing="0" cellpadding="3"'):
    out = [f"<table {attrs}>"]
    for row in rows:
        out.append("<tr>")
        for cell in row:
            if not isinstance(cell, tuple):
                cell = (cell, 1, 1)
            elif len(cell) == 2:
                cell = (cell[0], cell[1], 1)
            text, cs, rs = cell
            a = ""
            if cs > 1:
                a += f' colspan="{cs}"'
            if rs > 1:
                a += f' rowspan="{rs}"'
            t = htmlmod.escape("" if text is None else str(text)).replace("\n", "<br/>")
            out.append(f'<td{a}><p style="text-align:center">{t or "&nbsp;"}</p></td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def docx_table(doc, rows, font_pt=9, widths=None):
    from docx.shared import Pt, Cm
    cells, nr, nc = place(rows)
    table = doc.add_table(rows=nr, cols=nc)
    table.style = "Table Grid"
    for r, c, rs, cs, text in cells:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        cell.text = ""
        lines = text.split("\n")
        para = cell.paragraphs[0]
        for i, line in enumerate(lines):
            run = para.add_run(line)
            run.font.size = Pt(font_pt)
            if i < len(lines) - 1:
                run.add_break()
    if widths:
        for i, w in enumerate(widths):
            for cell in table.columns[i].cells:
                cell.width = Cm(w)
    return table


def xlsx_grid(ws, rows, top=1, left=1, numfmt=None):
    from openpyxl.styles import Alignment, Border, Side
    thin = Side(style="thin")
    cells, nr, nc = place(rows)
    for r, c, rs, cs, text in cells:
        pass
    for r, c, rs, cs, val in place_values(rows):
        rr, cc = top + r, left + c
        cell = ws.cell(row=rr, column=cc)
        cell.value = val
        if isinstance(val, (int, float)) and numfmt:
            fmt = numfmt(val, r, c)
            if fmt:
                cell.number_format = fmt
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for dr in range(rs):
            for dc in range(cs):
                ws.cell(row=rr + dr, column=cc + dc).border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=rr, start_column=cc, end_row=rr + rs - 1, end_column=cc + cs - 1)
    return top + nr


def place_values(rows):
    """Like place() but keeps non-str values (numbers for XLSX)."""
    taken = set()
    out = []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if not isinstance(cell, tuple):
                cell = (cell, 1, 1)
            elif len(cell) == 2:
                cell = (cell[0], cell[1], 1)
            val, cs, rs = cell
            while (r, c) in taken:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            out.append((r, c, rs, cs, None if val == "" else val))
            c += cs
    return out


def soffice(src, fmt, outdir):
    env = dict(os.environ, HOME=tempfile.mkdtemp(prefix="lohome"))
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, env=env, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError(f"soffice did not write {out}")
    return out


def new_doc(landscape=False):
    import docx
    from docx.shared import Cm
    from docx.enum.section import WD_ORIENT
    doc = docx.Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    from docx.oxml.ns import qn
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def para(doc, text, size=10.5, bold=False, center=False, indent=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    return p


# --------------------------------------------------------------------------- gold helpers
def unit(name, province, city, county, adcode):
    return {"name": name, "province": province, "city": city, "county": county, "adcode": adcode}


def fund(initial=None, adjusted=None, executed=None, weight=None, rate=None, score=None):
    return {"initial_budget": initial, "adjusted_budget": adjusted, "executed": executed,
            "weight": weight, "execution_rate": rate, "score": score}


def ind(level1, level2, name, target, actual, weight, score, deviation):
    return {"level1": level1, "level2": level2, "name": name, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": deviation}


def project(name, sup=None, impl=None, funds=None, goal_expected=None, goal_actual=None,
            indicators=None, total_weight=None, total_score=None, grade=None):
    return {"name": name, "supervising_dept": sup, "implementing_unit": impl, "funds": funds or {},
            "goal_expected": goal_expected, "goal_actual": goal_actual, "indicators": indicators or [],
            "total_weight": total_weight, "total_score": total_score, "grade": grade}


def dept(funds=None, basic=None, proj=None, personnel=None, public=None, score=None, grade=None,
         indicators=None):
    return {"funds": funds, "basic_expenditure": basic, "project_expenditure": proj,
            "personnel_expenditure": personnel, "public_expenditure": public, "score": score,
            "grade": grade, "indicators": indicators or []}


def sp(classification, path, phase, year, amount):
    return {"classification": classification, "path": list(path), "phase": phase, "year": year,
            "amount": amount}


def write_gold(stem, filename, fmt, unit_, year, projects=None, department=None, summary=None,
               spending=None):
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
        "department": department,
        "summary_rows": summary or [],
        "spending": spending or [],
    }
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# =========================================================================== R01
def r01():
    """DOCX, national 2021+ template with 成本指标 as level 1 and 指标性质/指标值/度量单位."""
    stem, fn = "R01", "R01_yishui_nyncj_2023_gengdi.docx"
    name = "2023年耕地地力保护补贴项目"
    goal_e = ("按照每亩125元的标准，对全县拥有耕地承包权的种地农民发放耕地地力保护补贴，"
              "补贴面积不低于27万亩，引导农民自觉提升耕地地力，保障国家粮食安全。")
    goal_a = ("2023年全县共发放耕地地力保护补贴3386.72万元，补贴面积27.09万亩，惠及农户21.36万户，"
              "补贴资金通过“一卡通”于5月26日前足额发放到户。")
    dev7 = "部分农户对补贴与耕地地力保护挂钩的要求了解不够，下一步通过村级公示栏、微信群加大政策宣传。"
    # printed rows: l1, l2, l3, 性质, 值, 单位, 实际, 分值, 得分, 偏差
    inds = [
        ("产出指标", "数量指标", "补贴面积", "≥", "27", "万亩", "27.09万亩", 10, 10, "无"),
        ("产出指标", "数量指标", "补贴农户数", "≥", "21", "万户", "21.36万户", 10, 10, "无"),
        ("产出指标", "质量指标", "补贴资金兑付准确率", "＝", "100", "%", "100%", 10, 10, "无"),
        ("产出指标", "时效指标", "补贴资金发放时间", "≤", "6", "月", "5月26日", 10, 10, "无"),
        ("成本指标", "经济成本指标", "亩均补贴标准", "＝", "125", "元/亩", "125元/亩", 10, 10, "无"),
        ("效益指标", "经济效益指标", "种粮农民收入", "", "有所增加", "", "有所增加", 8, 8, "无"),
        ("效益指标", "社会效益指标", "耕地地力保护政策知晓率", "≥", "98", "%", "96.5%", 8, 7, dev7),
        ("效益指标", "生态效益指标", "化肥使用量", "≤", "上年水平", "", "较上年下降2.1%", 7, 7, "无"),
        ("效益指标", "可持续影响指标", "耕地质量等级", "", "稳步提升", "", "稳步提升", 7, 7, ""),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", "95", "%", "97.3%", 10, 10, "无"),
    ]
    rows = [
        [("项目名称", 2), (name, 8)],
        [("主管部门", 2), ("沂水县农业农村局", 3), ("实施单位", 2), ("沂水县农业农村局", 3)],
        [("项目资金\n（万元）", 2, 5), ("", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [("年度资金总额", 2), "3,215.46", "3,398.92", "3,386.72", "10", "99.64%", "9.96"],
        [("其中：当年财政拨款", 2), "3,215.46", "3,386.72", "3,374.52", "—", "99.64%", "—"],
        [("上年结转资金", 2), "—", "12.20", "12.20", "—", "100%", "—"],
        [("其他资金", 2), "—", "—", "—", "—", "—", "—"],
        [("年度总体目标", 2, 2), ("预期目标", 4), ("实际完成情况", 4)],
        [(goal_e, 4), (goal_a, 4)],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
    ]
    spans1 = {0: 4, 4: 1, 5: 4, 9: 1}
    spans2 = {0: 2}
    for i, r in enumerate(inds):
        row = []
        if i in spans1:
            row.append((r[0], 1, spans1[i]))
        if i in spans2:
            row.append((r[1], 1, spans2[i]))
        elif i not in (1,):
            row.append(r[1])
        row += [r[2], r[3], r[4], r[5], r[6], str(r[7]), str(r[8]), r[9]]
        rows.append(row)
    rows.append([("总分", 7), "100", "98.96", ""])

    doc = new_doc(landscape=True)
    para(doc, "项目支出绩效自评表", size=16, bold=True, center=True)
    para(doc, "（2023年度）", size=12, center=True)
    para(doc, "填报单位（盖章）：沂水县农业农村局　　　　　　　　　　　　　　　　填报日期：2024年3月15日", size=10.5)
    docx_table(doc, rows, font_pt=9, widths=[2.0, 2.2, 3.2, 1.5, 1.8, 1.6, 2.4, 1.2, 1.2, 5.5])
    para(doc, "填表人：王建华　　　　联系电话：0539-2251736　　　　审核人：刘新民", size=10.5)
    doc.save(os.path.join(DOCS, fn))

    gold_inds = []
    for r in inds:
        target = f"{r[3]}{r[4]}{r[5]}"
        gold_inds.append(ind(r[0], r[1], r[2], target, r[6], r[7], r[8], r[9] or None))
    p = project(
        name, "沂水县农业农村局", "沂水县农业农村局",
        {"total": fund(3215.46, 3398.92, 3386.72, 10, 99.64, 9.96),
         "current_appropriation": fund(3215.46, 3386.72, 3374.52, None, 99.64, None),
         "carryover": fund(None, 12.2, 12.2, None, 100.0, None)},
        goal_e, goal_a, gold_inds, 100, 98.96, None)
    write_gold(stem, fn, "docx", unit("沂水县农业农村局", "山东省", "临沂市", "沂水县", "371323"), 2023,
               projects=[p])


# =========================================================================== R02
def r02(tmp):
    """Hubei 项目支出绩效自评表 (预算数(A)/执行数(B), tick boxes), DOCX -> PDF by LibreOffice."""
    stem, fn = "R02", "R02_zigui_jkzx_2022_jigong.pdf"
    name = "2022年基本公共卫生服务项目"
    goal_e = ("为辖区常住居民免费提供建立居民健康档案、健康教育、预防接种、老年人和慢性病患者健康管理等"
              "国家基本公共卫生服务，人均补助标准89元，提高居民健康水平。")
    goal_a = ("全年为全县常住居民提供12类国家基本公共卫生服务，电子健康档案建档率92.6%，65岁及以上老年人"
              "健康管理率64.3%，居民健康素养水平达到26.8%。")
    dev3 = "部分患者长期外出务工，随访难以按期开展；下一步加强电话随访和家庭医生签约服务。"
    dev6 = "山区群众健康意识仍有差距，下一步加大健康宣教力度。"
    rows = [
        [("项目名称", 2), (name, 6)],
        [("主管部门", 2), ("秭归县卫生健康局", 2), ("项目实施单位", 2), ("秭归县疾病预防控制中心", 2)],
        [("项目类别", 2), ("1、部门预算项目 ☑　　2、县级专项 □　　3、上级转移支付项目 □", 6)],
        [("项目属性", 2), ("1、持续性项目 ☑　　2、新增性项目 □", 6)],
        [("项目类型", 2), ("1、常年性项目 ☑　　2、延续性项目 □　　3、一次性项目 □", 6)],
        [("预算执行情况\n（万元）\n（20分）", 2, 4), "", "预算数（A）", "执行数（B）", "执行率（B/A）",
         ("得分\n（20分*执行率）", 2)],
        ["年度财政资金总额", "286.40", "277.05", "96.74%", ("19.35", 2)],
        ["其中：上级补助资金", "210.00", "210.00", "100%", ("—", 2)],
        ["县级配套资金", "76.40", "67.05", "87.76%", ("—", 2)],
        [("年度总体目标", 2, 2), ("预期目标", 3), ("实际完成情况", 3)],
        [(goal_e, 3), (goal_a, 3)],
        ["一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "分值", "得分", "偏差原因分析及改进措施"],
        [("产出指标\n（40分）", 1, 5), ("数量指标", 1, 2), "居民电子健康档案建档率", "≥90%", "92.6%", "10", "10", ""],
        ["65岁及以上老年人健康管理率", "≥62%", "64.3%", "10", "10", ""],
        ["质量指标", "高血压患者规范管理率", "≥62%", "60.1%", "10", "8", dev3],
        ["时效指标", "资金拨付及时率", "100%", "100%", "5", "5", ""],
        ["成本指标", "人均基本公共卫生服务经费补助标准", "89元", "89元", "5", "5", ""],
        [("效益指标\n（30分）", 1, 3), ("社会效益", 1, 2), "城乡居民公共卫生服务差距", "不断缩小", "逐步缩小", "10", "9", dev6],
        ["居民健康素养水平", "≥25%", "26.8%", "10", "10", ""],
        ["可持续影响", "基本公共卫生服务水平", "不断提高", "稳步提高", "10", "10", ""],
        ["满意度指标\n（10分）", "服务对象满意度", "居民满意度", "≥85%", "90.2%", "10", "10", ""],
        [("总分", 5), "100", "96.35", ""],
        [("自评等级", 2), ("优 ☑　　良 □　　中 □　　差 □", 6)],
    ]
    doc = new_doc()
    para(doc, "附件2", size=10.5)
    para(doc, "2022年度项目支出绩效自评表", size=16, bold=True, center=True)
    para(doc, "项目单位（盖章）：秭归县疾病预防控制中心　　　　主要负责人签字：", size=10.5)
    docx_table(doc, rows, font_pt=8.5, widths=[1.8, 1.8, 3.4, 2.0, 2.0, 1.2, 1.2, 4.0])
    para(doc, "填表人：谭丽　　　联系电话：0717-2882516　　　填报日期：2023年4月20日", size=10.5)
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    out = soffice(src, "pdf", tmp)
    shutil.copy(out, os.path.join(DOCS, fn))

    inds = [
        ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.6%", 10, 10, None),
        ind("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", "64.3%", 10, 10, None),
        ind("产出指标", "质量指标", "高血压患者规范管理率", "≥62%", "60.1%", 10, 8, dev3),
        ind("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 5, 5, None),
        ind("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "89元", "89元", 5, 5, None),
        ind("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "不断缩小", "逐步缩小", 10, 9, dev6),
        ind("效益指标", "社会效益指标", "居民健康素养水平", "≥25%", "26.8%", 10, 10, None),
        ind("效益指标", "可持续影响指标", "基本公共卫生服务水平", "不断提高", "稳步提高", 10, 10, None),
        ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "90.2%", 10, 10, None),
    ]
    p = project(name, "秭归县卫生健康局", "秭归县疾病预防控制中心",
                {"total": fund(None, 286.4, 277.05, None, 96.74, 19.35)},
                goal_e, goal_a, inds, 100, 96.35, "优")
    write_gold(stem, fn, "pdf", unit("秭归县疾病预防控制中心", "湖北省", "宜昌市", "秭归县", "420527"), 2022,
               projects=[p])


# =========================================================================== R03
PORTAL_CSS = "body{font-family:SimSun;font-size:14px} table{border-collapse:collapse} td{border:1px solid #000}"


def r03():
    """HTML on the county government portal; 年初预算数|调整后预算数|预算执行数|预算执行率 columns."""
    stem, fn = "R03_tongjiang_jtysj_2021_yanghu.html", None
    stem, fn = "R03", "R03_tongjiang_jtysj_2021_yanghu.html"
    name = "2021年农村公路养护补助资金"
    goal_e = "完成全县368公里县道、3200公里以上乡村道日常养护，优良中等路率达到75%以上，保障农村公路安全畅通。"
    goal_a = "全年完成县道养护368公里、乡村道养护3246.5公里，优良中等路率78.30%，水毁路段均在48小时内抢通。"
    dev9 = "部分乡镇养护队伍不稳定，下一步落实专职养护人员，完善考核办法。"
    rows = [
        [("项目名称", 2), (name, 7)],
        [("主管部门", 2), ("通江县交通运输局", 3), "实施单位", ("通江县交通运输局", 3)],
        [("项目资金\n（万元）", 2, 4), "", "年初预算数", "调整后预算数", "预算执行数", "预算执行率", "分值", "得分"],
        ["年度资金总额", "1,560.00", "1,742.35", "1,698.20", "97.47%", "10", "9.75"],
        ["其中：财政拨款", "1,560.00", "1,742.35", "1,698.20", "97.47%", "—", "—"],
        ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
        [("年度总体目标", 2, 2), ("预期目标", 3), ("实际完成情况", 4)],
        [(goal_e, 3), (goal_a, 4)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ("偏差原因分析及改进措施", 2)],
        [("产出指标", 1, 6), ("数量指标", 1, 2), "指标1：县道养护里程", "368公里", "368公里", "8", "8", ("无", 2)],
        ["指标2：乡村道养护里程", "≥3,200公里", "3,246.5公里", "8", "8", ("无", 2)],
        ["质量指标", "指标1：优良中等路率", "≥75%", "78.30%", "10", "10", ("无", 2)],
        ["时效指标", "指标1：水毁路段抢通时限", "≤72小时", "48小时", "8", "8", ("无", 2)],
        [("成本指标", 1, 2), "指标1：县道养护补助标准", "10000元/公里·年", "10000元/公里·年", "8", "8", ("无", 2)],
        ["指标2：乡村道养护补助标准", "3500元/公里·年", "3500元/公里·年", "8", "8", ("无", 2)],
        [("效益指标", 1, 3), ("社会效益指标", 1, 2), "指标1：农村群众出行条件", "明显改善", "明显改善", "10", "10", ("无", 2)],
        ["指标2：公路安全事故发生率", "较上年下降", "较上年下降12%", "10", "10", ("无", 2)],
        ["可持续影响指标", "指标1：养护长效机制", "建立健全", "基本建立", "10", "8", (dev9, 2)],
        ["满意度指标", "服务对象满意度指标", "指标1：沿线群众满意度", "≥90%", "93%", "10", "10", ("无", 2)],
        [("总分", 5), "100", "97.75", ("", 2)],
        [("自评等级", 2), ("优", 7)],
    ]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"/>
<title>通江县交通运输局2021年度农村公路养护补助资金项目支出绩效自评表_通江县人民政府</title>
<style>{PORTAL_CSS}</style></head>
<body>
<div class="header"><div class="logo">通江县人民政府</div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjtj/">走进通江</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政信息 &gt; 绩效信息</div>
<div class="article">
<h1>通江县交通运输局2021年度农村公路养护补助资金项目支出绩效自评表</h1>
<div class="info">发布时间：2022-06-10　　信息来源：通江县交通运输局　　浏览次数：<span>316</span>　　【字体：大 中 小】</div>
<div class="content">
<p style="text-align:center"><b>项目支出绩效自评表</b></p>
<p style="text-align:center">（2021年度）</p>
{html_table(rows)}
<p>填报人：何勇　　联系电话：0827-7222516　　填报日期：2022年5月23日</p>
</div></div>
<div class="footer">主办：通江县人民政府办公室　承办：通江县大数据中心<br/>网站标识码：5119210001　蜀ICP备05002391号　川公网安备51192102000101号</div>
</body></html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(page)

    inds = [
        ind("产出指标", "数量指标", "县道养护里程", "368公里", "368公里", 8, 8, "无"),
        ind("产出指标", "数量指标", "乡村道养护里程", "≥3,200公里", "3,246.5公里", 8, 8, "无"),
        ind("产出指标", "质量指标", "优良中等路率", "≥75%", "78.30%", 10, 10, "无"),
        ind("产出指标", "时效指标", "水毁路段抢通时限", "≤72小时", "48小时", 8, 8, "无"),
        ind("产出指标", "成本指标", "县道养护补助标准", "10000元/公里·年", "10000元/公里·年", 8, 8, "无"),
        ind("产出指标", "成本指标", "乡村道养护补助标准", "3500元/公里·年", "3500元/公里·年", 8, 8, "无"),
        ind("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", "明显改善", 10, 10, "无"),
        ind("效益指标", "社会效益指标", "公路安全事故发生率", "较上年下降", "较上年下降12%", 10, 10, "无"),
        ind("效益指标", "可持续影响指标", "养护长效机制", "建立健全", "基本建立", 10, 8, dev9),
        ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", 10, 10, "无"),
    ]
    p = project(name, "通江县交通运输局", "通江县交通运输局",
                {"total": fund(1560.0, 1742.35, 1698.2, 10, 97.47, 9.75),
                 "current_appropriation": fund(1560.0, 1742.35, 1698.2, None, 97.47, None),
                 "other": fund(0.0, 0.0, 0.0, None, None, None)},
                goal_e, goal_a, inds, 100, 97.75, "优")
    write_gold(stem, fn, "html", unit("通江县交通运输局", "四川省", "巴中市", "通江县", "511921"), 2021,
               projects=[p])


# =========================================================================== R04
def r04():
    """XLSX, three complete project tables in one sheet, money in 元, a township of a Tianjin district."""
    stem, fn = "R04", "R04_jinghai_ttz_2022_xiangmu.xlsx"
    import openpyxl
    from openpyxl.styles import Font, Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    unit_name = "天津市静海区台头镇人民政府"

    def money(v):
        return v  # numeric, formatted with thousands separators

    projects = [
        dict(
            name="农村人居环境整治项目",
            funds=[("年度资金总额", 1200000.00, 1486352.80, 1486352.80, 10, "100%", 10),
                   ("其中：当年财政拨款", 1200000.00, 1486352.80, 1486352.80, "—", "—", "—"),
                   ("上年结转资金", "—", "—", "—", "—", "—", "—"),
                   ("其他资金", "—", "—", "—", "—", "—", "—")],
            goal_e="完成全镇36个行政村生活垃圾收集清运和村庄日常保洁，生活垃圾无害化处理率达到95%以上，持续改善农村人居环境。",
            goal_a="全年清运生活垃圾1.82万吨，36个行政村保洁全覆盖，生活垃圾无害化处理率98%。",
            inds=[("产出指标", "数量指标", "垃圾清运覆盖村数", "36个", "36个", 15, 15, ""),
                  ("产出指标", "质量指标", "生活垃圾无害化处理率", "≥95%", "98%", 15, 15, ""),
                  ("产出指标", "时效指标", "垃圾清运频次", "日产日清", "日产日清", 10, 10, ""),
                  ("产出指标", "成本指标", "项目成本控制", "≤148.64万元", "148.64万元", 10, 10, ""),
                  ("效益指标", "社会效益指标", "村容村貌", "明显改善", "明显改善", 15, 15, ""),
                  ("效益指标", "生态效益指标", "垃圾乱堆乱放现象", "有效遏制", "基本遏制", 15, 14,
                   "个别村存在反弹现象，下一步加强日常巡查考核。"),
                  ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "95%", 10, 10, "")],
            total=(100, 99)),
        dict(
            name="村道维修养护项目",
            funds=[("年度资金总额", 300000.00, 300000.00, 276480.00, 10, "92.16%", 9.22),
                   ("其中：当年财政拨款", 300000.00, 300000.00, 276480.00, "—", "—", "—"),
                   ("上年结转资金", "—", "—", "—", "—", "—", "—"),
                   ("其他资金", "—", "—", "—", "—", "—", "—")],
            goal_e="对辖区内破损村道进行维修养护，维修长度不少于8公里，保障群众安全便捷出行。",
            goal_a="完成8.6公里村道维修养护，工程验收合格，节约资金2.35万元。",
            inds=[("产出指标", "数量指标", "维修村道长度", "≥8公里", "8.6公里", 20, 20, ""),
                  ("产出指标", "质量指标", "维修工程验收合格率", "100%", "100%", 15, 15, ""),
                  ("产出指标", "时效指标", "完工时间", "2022年10月底前", "2022年11月15日", 10, 8,
                   "受疫情影响工期延误，今后合理安排施工计划。"),
                  ("产出指标", "成本指标", "每公里维修成本", "≤3.5万元", "3.21万元", 5, 5, ""),
                  ("效益指标", "社会效益", "群众出行便利程度", "有所提升", "有所提升", 20, 20, ""),
                  ("满意度指标", "服务对象满意度", "群众满意度", "≥85%", "92%", 20, 20, "")],
            total=(100, 97.22)),
        dict(
            name="重点优抚对象走访慰问项目",
            funds=[("年度资金总额", "—", 85600.00, 85600.00, 10, "100%", 10),
                   ("其中：当年财政拨款", "—", 85600.00, 85600.00, "—", "—", "—"),
                   ("上年结转资金", "—", "—", "—", "—", "—", "—"),
                   ("其他资金", "—", "—", "—", "—", "—", "—")],
            goal_e="做好辖区214名重点优抚对象春节、八一走访慰问，落实各项优抚政策。",
            goal_a="完成214名重点优抚对象走访慰问，慰问金全部发放到位。",
            inds=[("产出指标", "数量指标", "慰问优抚对象人数", "214人", "214人", 30, 30, ""),
                  ("产出指标", "时效指标", "慰问金发放时间", "春节、八一前", "按时发放", 20, 20, ""),
                  ("效益指标", "社会效益指标", "拥军优属氛围", "进一步浓厚", "进一步浓厚", 20, 20, ""),
                  ("效益指标", "经济效益指标", "", "", "", "", "", ""),
                  ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%", "98%", 20, 20, "")],
            total=(100, 100)),
    ]
    row = 1
    ws.cell(row=row, column=1, value="填报单位：" + unit_name + "　　　　　　　　　　金额单位：元")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    row += 2
    for pj in projects:
        ws.cell(row=row, column=1, value="项目支出绩效自评表").font = Font(bold=True, size=14)
        ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        ws.cell(row=row, column=1, value="（2022年度）").alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        spec = [
            [("项目名称", 2), (pj["name"], 7)],
            [("主管部门", 2), (unit_name, 2), "实施单位", (unit_name, 4)],
            [("项目资金（元）", 2, 5), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ]
        for f in pj["funds"]:
            spec.append(list(f))
        spec.append([("年度总体目标", 2, 2), ("预期目标", 3), ("实际完成情况", 4)])
        spec.append([(pj["goal_e"], 3), (pj["goal_a"], 4)])
        spec.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                     ("偏差原因分析及改进措施", 2)])
        # level-1 spans
        l1 = [i[0] for i in pj["inds"]]
        for k, it in enumerate(pj["inds"]):
            r = []
            if k == 0 or l1[k] != l1[k - 1]:
                n = 1
                while k + n < len(l1) and l1[k + n] == l1[k]:
                    n += 1
                r.append((it[0], 1, n))
            r += [it[1], it[2], it[3], it[4], it[5], it[6], (it[7], 2)]
            spec.append(r)
        spec.append([("总分", 5), pj["total"][0], pj["total"][1], ("", 2)])

        def fmt(v, r, c):
            if 3 <= r <= 7 and c in (3, 4, 5):
                return "#,##0.00"
            return None
        row = xlsx_grid(ws, spec, top=row, left=1, numfmt=fmt)
        row += 2
    ws.cell(row=row, column=1, value="填报人：李春梅　　联系电话：022-68912537　　填报日期：2023年3月8日")
    for col, w in zip("ABCDEFGHI", [10, 12, 18, 16, 16, 16, 8, 10, 20]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, fn))

    gold_projects = []
    std = {"社会效益": "社会效益指标", "服务对象满意度": "服务对象满意度指标"}

    def wan(v):
        return None if v == "—" else round(v / 10000, 6)
    for pj in projects:
        t, c = pj["funds"][0], pj["funds"][1]
        funds = {
            "total": fund(wan(t[1]), wan(t[2]), wan(t[3]), t[4], float(t[5].rstrip("%")), t[6]),
            "current_appropriation": fund(wan(c[1]), wan(c[2]), wan(c[3]), None, None, None),
        }
        inds = [ind(i[0], std.get(i[1], i[1]), i[2], i[3], i[4], i[5], i[6], i[7] or None)
                for i in pj["inds"] if i[2]]
        gold_projects.append(project(pj["name"], unit_name, unit_name, funds, pj["goal_e"], pj["goal_a"],
                                     inds, pj["total"][0], pj["total"][1], None))
    write_gold(stem, fn, "xlsx", unit(unit_name, "天津市", "天津市", "静海区", "120118"), 2022,
               projects=gold_projects)


# =========================================================================== R05
def r05():
    """DOCX 部门整体支出绩效自评表, fund block 预算资金 with 基本支出/项目支出, 单位名称 line."""
    stem, fn = "R05", "R05_manasi_scjgj_2024_zhengti.docx"
    goal_e = "强化食品药品、特种设备和工业产品质量安全监管，深化“放管服”改革，优化营商环境，守住不发生区域性、系统性安全风险底线。"
    goal_a = "全年完成食品安全监督抽检1356批次，“双随机、一公开”抽查642户，新增市场主体2317户，未发生重大食品安全事故。"
    dev8 = "智慧监管平台与上级系统数据共享不足，下一步加快系统对接。"
    inds = [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1,200批次", "1,356批次", 10, 10, "无"),
        ("产出指标", "数量指标", "“双随机、一公开”抽查户数", "≥600户", "642户", 10, 10, "无"),
        ("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 10, 10, "无"),
        ("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", "99.2%", 10, 10, "无"),
        ("产出指标", "成本指标", "公用经费控制率", "≤100%", "96.5%", 10, 10, "无"),
        ("效益指标", "社会效益指标", "食品安全事故发生数", "0起", "0起", 10, 10, "无"),
        ("效益指标", "经济效益指标", "新增市场主体户数", "≥2,000户", "2,317户", 10, 10, "无"),
        ("效益指标", "可持续影响指标", "市场监管信息化水平", "持续提升", "持续提升", 10, 9, dev8),
        ("满意度指标", "服务对象满意度指标", "市场主体和群众满意度", "≥90%", "95.6%", 10, 10, "无"),
    ]
    rows = [
        [("预算资金\n（万元）", 2, 4), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "1,862.37", "2,015.84", "1,987.66", "10", "98.60%", "9.86"],
        ["其中：基本支出", "1,524.17", "1,560.29", "1,560.29", "—", "100%", "—"],
        ["项目支出", "338.20", "455.55", "427.37", "—", "93.81%", "—"],
        [("年度总体目标", 2, 2), ("预期目标", 3), ("实际完成情况", 4)],
        [(goal_e, 3), (goal_a, 4)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", ("偏差原因分析及改进措施", 2)],
    ]
    spans = {0: 5, 5: 3, 8: 1}
    for k, it in enumerate(inds):
        r = []
        if k in spans:
            r.append((it[0], 1, spans[k]))
        if k == 0:
            r.append((it[1], 1, 2))
        elif k != 1:
            r.append(it[1])
        r += [it[2], it[3], it[4], str(it[5]), str(it[6]), (it[7], 2)]
        rows.append(r)
    rows.append([("总分", 5), "100", "98.86", ("", 2)])
    rows.append([("评价等级", 2), ("优", 7)])

    doc = new_doc(landscape=True)
    para(doc, "2024年度部门整体支出绩效自评表", size=16, bold=True, center=True)
    para(doc, "单位名称：玛纳斯县市场监督管理局　　　　　　　　　　　　填报日期：2025年3月12日", size=10.5)
    docx_table(doc, rows, font_pt=9, widths=[2.0, 2.4, 4.0, 2.6, 2.6, 1.4, 1.4, 2.5, 3.5])
    para(doc, "说明：本部门编制人数85人，实有在职人员79人；2024年政府采购合同金额126.40万元。", size=10)
    para(doc, "单位负责人：马晓军　　　　财务负责人：古丽娜尔　　　　填表人：张敏", size=10)
    doc.save(os.path.join(DOCS, fn))

    d = dept(fund(1862.37, 2015.84, 1987.66, 10, 98.6, 9.86), basic=1560.29, proj=427.37,
             score=98.86, grade="优",
             indicators=[ind(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7]) for i in inds])
    spending = [
        sp("expenditure_type", ["基本支出"], "initial_budget", 2024, 1524.17),
        sp("expenditure_type", ["基本支出"], "adjusted_budget", 2024, 1560.29),
        sp("expenditure_type", ["基本支出"], "final", 2024, 1560.29),
        sp("expenditure_type", ["项目支出"], "initial_budget", 2024, 338.2),
        sp("expenditure_type", ["项目支出"], "adjusted_budget", 2024, 455.55),
        sp("expenditure_type", ["项目支出"], "final", 2024, 427.37),
    ]
    write_gold(stem, fn, "docx", unit("玛纳斯县市场监督管理局", "新疆维吾尔自治区", "昌吉回族自治州", "玛纳斯县", "652324"),
               2024, department=d, spending=spending)


# =========================================================================== R06
def r06():
    """XLSX 部门整体绩效目标完成情况自评表 (Beijing district), 绩效指标性质/绩效指标值/绩效度量单位,
    unit in the sheet name and with a code prefix, rates stored as fractions with a % format."""
    stem, fn = "R06", "R06_miyun_ylj_2022_zhengti.xlsx"
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "北京市密云区园林绿化局"
    dev8 = "林长制考核评价机制有待完善，下一步细化考核办法。"
    inds = [
        ("产出指标", "数量指标", "新增造林绿化面积", "≥", "5000", "亩", "5126亩", 10, 10, ""),
        ("产出指标", "数量指标", "森林抚育面积", "≥", "3.5", "万亩", "3.62万亩", 10, 10, ""),
        ("产出指标", "质量指标", "新造林成活率", "≥", "85", "%", "91%", 10, 10, ""),
        ("产出指标", "时效指标", "春季造林完成时限", "≤", "5", "月底", "5月20日", 10, 10, ""),
        ("产出指标", "成本指标", "平原造林养护成本", "≤", "4000", "元/亩·年", "3860元/亩·年", 10, 10, ""),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥", "73.1", "%", "73.3%", 10, 10, ""),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤", "0.9", "‰", "0", 10, 10, ""),
        ("效益指标", "可持续影响指标", "林木资源保护管理长效机制", "", "健全", "", "基本健全", 10, 8, dev8),
        ("满意度指标", "服务对象满意度指标", "林农及社会公众满意度", "≥", "90", "%", "94%", 10, 10, ""),
    ]
    ws.cell(row=1, column=1, value="2022年度部门整体绩效目标完成情况自评表").font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws.cell(row=2, column=9, value="金额单位：万元")
    spec = [
        [("部门名称", 2), ("【137001】北京市密云区园林绿化局", 9)],
        [("部门年度资金\n（万元）", 2, 4), "", "年初预算数", "调整后预算数", "决算数", "执行率", "分值", "得分", ("", 2)],
        ["年度资金总额", 8626.43, 10214.96, 9873.05, 0.9665, 10, 9.67, ("", 2)],
        ["其中：财政拨款", 8512.43, 10100.96, 9759.05, 0.9662, "—", "—", ("", 2)],
        ["其他资金", 114, 114, 114, 1, "—", "—", ("", 2)],
        [("年度总体目标完成情况", 2), ("全年完成新增造林绿化5126亩、森林抚育3.62万亩，森林覆盖率提高到73.3%，全区未发生重大森林火灾，"
                               "林长制体系全面运行。", 9)],
        ["一级指标", "二级指标", "三级指标", "绩效指标性质", "绩效指标值", "绩效度量单位", "实际完成值", "分值", "得分",
         ("偏差原因分析及改进措施", 2)],
    ]
    spans = {0: 5, 5: 3, 8: 1}
    for k, it in enumerate(inds):
        r = []
        if k in spans:
            r.append((it[0], 1, spans[k]))
        if k == 0:
            r.append((it[1], 1, 2))
        elif k != 1:
            r.append(it[1])
        r += [it[2], it[3], it[4], it[5], it[6], it[7], it[8], (it[9], 2)]
        spec.append(r)
    spec.append([("总分", 7), 100, 97.67, ("", 2)])

    def fmt(v, r, c):
        if 2 <= r <= 4 and c in (3, 4, 5):
            return "#,##0.00"
        if 2 <= r <= 4 and c == 6:
            return "0.00%"
        return None
    end = xlsx_grid(ws, spec, top=3, left=1, numfmt=fmt)
    ws.cell(row=end + 1, column=1, value="填报人：赵悦　　联系电话：010-69041372　　填报日期：2023年3月20日")
    for col, w in zip("ABCDEFGHIJK", [10, 14, 22, 10, 10, 10, 14, 8, 8, 14, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(DOCS, fn))

    d = dept(fund(8626.43, 10214.96, 9873.05, 10, 96.65, 9.67), score=97.67,
             indicators=[ind(i[0], i[1], i[2], f"{i[3]}{i[4]}{i[5]}", i[6], i[7], i[8], i[9] or None)
                         for i in inds])
    spending = [
        sp("income", ["财政拨款"], "initial_budget", 2022, 8512.43),
        sp("income", ["财政拨款"], "adjusted_budget", 2022, 10100.96),
        sp("income", ["财政拨款"], "final", 2022, 9759.05),
        sp("income", ["其他资金"], "initial_budget", 2022, 114),
        sp("income", ["其他资金"], "adjusted_budget", 2022, 114),
        sp("income", ["其他资金"], "final", 2022, 114),
    ]
    write_gold(stem, fn, "xlsx", unit("北京市密云区园林绿化局", "北京市", "北京市", "密云区", "110118"), 2022,
               department=d, spending=spending)


# =========================================================================== R07
def r07():
    """XLSX 部门决算, one sheet per table: 收入支出决算总表, 支出决算表 (类/款/项 codes), 三公."""
    stem, fn = "R07", "R07_qianshan_lyj_2021_juesuan.xlsx"
    import openpyxl
    from openpyxl.styles import Font, Alignment
    U = "潜山市林业局"
    wb = openpyxl.Workbook()
    money_fmt = "#,##0.00"

    # ---- sheet 1: 收入支出决算总表
    ws = wb.active
    ws.title = "收入支出决算总表"
    ws["F1"] = "公开01表"
    ws["A2"] = "收入支出决算总表"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A3"] = "部门：" + U
    ws["E3"] = "金额单位：万元"
    income = [
        ("一、一般公共预算财政拨款收入", 2846.73),
        ("二、政府性基金预算财政拨款收入", 180.00),
        ("三、国有资本经营预算财政拨款收入", 0.0),
        ("四、上级补助收入", 0.0),
        ("五、事业收入", 0.0),
        ("六、经营收入", 0.0),
        ("七、附属单位上缴收入", 0.0),
        ("八、其他收入", 26.15),
    ]
    expend = [
        "一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出",
        "六、科学技术支出", "七、文化旅游体育与传媒支出", "八、社会保障和就业支出", "九、卫生健康支出",
        "十、节能环保支出", "十一、城乡社区支出", "十二、农林水支出", "十三、交通运输支出",
        "十四、资源勘探工业信息等支出", "十五、商业服务业等支出", "十六、金融支出", "十七、援助其他地区支出",
        "十八、自然资源海洋气象等支出", "十九、住房保障支出", "二十、粮油物资储备支出",
        "二十一、灾害防治及应急管理支出", "二十二、其他支出",
    ]
    exp_amt = {"八、社会保障和就业支出": 186.52, "九、卫生健康支出": 58.34, "十、节能环保支出": 412.60,
               "十二、农林水支出": 2318.95, "十九、住房保障支出": 92.17}
    r = 4
    for c, h in enumerate(["收入", "", "", "支出", "", ""]):
        ws.cell(row=r, column=c + 1, value=h or None)
    ws.merge_cells("A4:C4")
    ws.merge_cells("D4:F4")
    r += 1
    for c, h in enumerate(["项目", "行次", "金额", "项目", "行次", "金额"]):
        ws.cell(row=r, column=c + 1, value=h)
    r += 1
    for c, h in enumerate(["栏次", "", "1", "栏次", "", "2"]):
        ws.cell(row=r, column=c + 1, value=h or None)
    r += 1
    n = max(len(income), len(expend))
    for i in range(n):
        if i < len(income):
            ws.cell(row=r, column=1, value=income[i][0])
            ws.cell(row=r, column=2, value=i + 1)
            cell = ws.cell(row=r, column=3, value=income[i][1])
            cell.number_format = money_fmt
        else:
            ws.cell(row=r, column=2, value=i + 1)
        ws.cell(row=r, column=4, value=expend[i])
        ws.cell(row=r, column=5, value=i + 32)
        if expend[i] in exp_amt:
            ws.cell(row=r, column=6, value=exp_amt[expend[i]]).number_format = money_fmt
        r += 1
    tail = [
        ("本年收入合计", 3052.88, "本年支出合计", 3068.58),
        ("使用非财政拨款结余", 0.0, "结余分配", 0.0),
        ("年初结转和结余", 135.46, "年末结转和结余", 119.76),
        ("", None, "", None),
        ("收入总计", 3188.34, "支出总计", 3188.34),
    ]
    k = n
    for a, av, b, bv in tail:
        k += 1
        ws.cell(row=r, column=1, value=a or None)
        ws.cell(row=r, column=2, value=k if a else None)
        if av is not None:
            ws.cell(row=r, column=3, value=av).number_format = money_fmt
        ws.cell(row=r, column=4, value=b or None)
        ws.cell(row=r, column=5, value=k + 31 if b else None)
        if bv is not None:
            ws.cell(row=r, column=6, value=bv).number_format = money_fmt
        r += 1
    ws.cell(row=r + 1, column=1, value="注：本表反映部门本年度的总收支和年末结转结余情况。")
    for col, w in zip("ABCDEF", [34, 6, 14, 34, 6, 14]):
        ws.column_dimensions[col].width = w

    # ---- sheet 2: 支出决算表
    ws = wb.create_sheet("支出决算表")
    ws["I1"] = "公开03表"
    ws["A2"] = "支出决算表"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "部门：" + U
    ws["H3"] = "金额单位：万元"
    heads = [("项目", 4), ("本年支出合计", 1), ("基本支出", 1), ("项目支出", 1), ("上缴上级支出", 1),
             ("经营支出", 1), ("对附属单位补助支出", 1)]
    ws.cell(row=4, column=1, value="项目")
    ws.merge_cells("A4:D4")
    for c, h in enumerate(["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]):
        ws.cell(row=4, column=5 + c, value=h)
        ws.merge_cells(start_row=4, start_column=5 + c, end_row=5, end_column=5 + c)
    ws.cell(row=5, column=1, value="科目编码")
    ws.merge_cells("A5:C5")
    ws.cell(row=5, column=4, value="科目名称")
    for c, h in enumerate(["类", "款", "项", "栏次", "1", "2", "3", "4", "5", "6"]):
        ws.cell(row=6, column=1 + c, value=h)
    # (类, 款, 项, 名称, 基本, 项目)
    items = [
        ("208", "", "", "社会保障和就业支出"),
        ("208", "05", "", "行政事业单位养老支出"),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出", 124.35, 0),
        ("208", "05", "06", "机关事业单位职业年金缴费支出", 62.17, 0),
        ("210", "", "", "卫生健康支出"),
        ("210", "11", "", "行政事业单位医疗"),
        ("210", "11", "01", "行政单位医疗", 21.06, 0),
        ("210", "11", "02", "事业单位医疗", 37.28, 0),
        ("211", "", "", "节能环保支出"),
        ("211", "05", "", "天然林保护"),
        ("211", "05", "01", "森林管护", 0, 412.60),
        ("213", "", "", "农林水支出"),
        ("213", "02", "", "林业和草原"),
        ("213", "02", "01", "行政运行", 285.36, 0),
        ("213", "02", "04", "事业机构", 356.82, 0),
        ("213", "02", "05", "森林资源培育", 0, 868.40),
        ("213", "02", "09", "森林生态效益补偿", 0, 612.15),
        ("213", "02", "34", "林业草原防灾减灾", 0, 196.22),
        ("221", "", "", "住房保障支出"),
        ("221", "02", "", "住房改革支出"),
        ("221", "02", "01", "住房公积金", 92.17, 0),
    ]

    def agg(prefix_len, code):
        b = p = 0.0
        for it in items:
            if len(it) == 6 and (it[0] + it[1])[:prefix_len] == code:
                b += it[4]
                p += it[5]
        return round(b, 2), round(p, 2)
    rr = 7
    tot_b = round(sum(it[4] for it in items if len(it) == 6), 2)
    tot_p = round(sum(it[5] for it in items if len(it) == 6), 2)
    ws.cell(row=rr, column=1, value="合计")
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=4)
    for c, v in enumerate([round(tot_b + tot_p, 2), tot_b, tot_p]):
        ws.cell(row=rr, column=5 + c, value=v).number_format = money_fmt
    rr += 1
    functional = []
    for it in items:
        lei, kuan, xiang, nm = it[:4]
        if len(it) == 6:
            b, p = it[4], it[5]
        elif kuan:
            b, p = agg(5, lei + kuan)
        else:
            b, p = agg(3, lei)
        ws.cell(row=rr, column=1, value=lei)
        ws.cell(row=rr, column=2, value=kuan or None)
        ws.cell(row=rr, column=3, value=xiang or None)
        ws.cell(row=rr, column=4, value=nm)
        total = round(b + p, 2)
        ws.cell(row=rr, column=5, value=total).number_format = money_fmt
        if b:
            ws.cell(row=rr, column=6, value=b).number_format = money_fmt
        if p:
            ws.cell(row=rr, column=7, value=p).number_format = money_fmt
        functional.append((lei, kuan, xiang, nm, total))
        rr += 1
    ws.cell(row=rr + 1, column=1, value="注：本表反映部门本年度各项支出情况。")
    for col, w in zip("ABCDEFGHIJ", [6, 6, 6, 34, 14, 14, 14, 12, 10, 14]):
        ws.column_dimensions[col].width = w
    assert abs(tot_b + tot_p - 3068.58) < 0.001 and abs(tot_b - 979.21) < 0.001, (tot_b, tot_p)

    # ---- sheet 3: 三公
    ws = wb.create_sheet("财政拨款“三公”经费支出决算表")
    ws["L1"] = "公开07表"
    ws["A2"] = "财政拨款“三公”经费支出决算表"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:L2")
    ws["A3"] = "部门：" + U
    ws["K3"] = "金额单位：万元"
    ws.cell(row=4, column=1, value="预算数")
    ws.merge_cells("A4:F4")
    ws.cell(row=4, column=7, value="决算数")
    ws.merge_cells("G4:L4")
    for base in (1, 7):
        ws.cell(row=5, column=base, value="合计")
        ws.merge_cells(start_row=5, start_column=base, end_row=6, end_column=base)
        ws.cell(row=5, column=base + 1, value="因公出国（境）费")
        ws.merge_cells(start_row=5, start_column=base + 1, end_row=6, end_column=base + 1)
        ws.cell(row=5, column=base + 2, value="公务用车购置及运行费")
        ws.merge_cells(start_row=5, start_column=base + 2, end_row=5, end_column=base + 4)
        ws.cell(row=6, column=base + 2, value="小计")
        ws.cell(row=6, column=base + 3, value="公务用车购置费")
        ws.cell(row=6, column=base + 4, value="公务用车运行费")
        ws.cell(row=5, column=base + 5, value="公务接待费")
        ws.merge_cells(start_row=5, start_column=base + 5, end_row=6, end_column=base + 5)
    for c in range(12):
        ws.cell(row=7, column=c + 1, value=str(c + 1))
    vals = [18.60, 0.0, 14.00, 0.0, 14.00, 4.60, 15.38, 0.0, 12.46, 0.0, 12.46, 2.92]
    for c, v in enumerate(vals):
        ws.cell(row=8, column=c + 1, value=v).number_format = money_fmt
    ws.cell(row=10, column=1, value="注：本部门2021年度无因公出国（境）费支出，未购置公务用车。")
    for c in range(12):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width = 12
    for s in wb.worksheets:
        for row in s.iter_rows():
            for cell in row:
                cell.alignment = Alignment(vertical="center", wrap_text=True)
    wb.save(os.path.join(DOCS, fn))

    Y = 2021
    spending = [
        sp("income", ["一般公共预算财政拨款收入"], "final", Y, 2846.73),
        sp("income", ["政府性基金预算财政拨款收入"], "final", Y, 180.0),
        sp("income", ["国有资本经营预算财政拨款收入"], "final", Y, 0.0),
        sp("income", ["上级补助收入"], "final", Y, 0.0),
        sp("income", ["事业收入"], "final", Y, 0.0),
        sp("income", ["经营收入"], "final", Y, 0.0),
        sp("income", ["附属单位上缴收入"], "final", Y, 0.0),
        sp("income", ["其他收入"], "final", Y, 26.15),
        sp("income", ["本年收入合计"], "final", Y, 3052.88),
        sp("income", ["收入总计"], "final", Y, 3188.34),
        sp("expenditure_type", ["本年支出合计"], "final", Y, 3068.58),
        sp("expenditure_type", ["支出总计"], "final", Y, 3188.34),
        sp("expenditure_type", ["基本支出"], "final", Y, 979.21),
        sp("expenditure_type", ["项目支出"], "final", Y, 2089.37),
    ]
    names = {}
    for lei, kuan, xiang, nm, total in functional:
        if not kuan:
            names[lei] = nm
            path = [nm]
        elif not xiang:
            names[lei + kuan] = nm
            path = [names[lei], nm]
        else:
            path = [names[lei], names[lei + kuan], nm]
        spending.append(sp("functional", path, "final", Y, total))
    tp = "三公经费"
    car = "公务用车购置及运行维护费"
    for phase, v in (("initial_budget", vals[:6]), ("final", vals[6:])):
        spending += [
            sp("three_public", [tp], phase, Y, v[0]),
            sp("three_public", [tp, "因公出国（境）费"], phase, Y, v[1]),
            sp("three_public", [tp, car], phase, Y, v[2]),
            sp("three_public", [tp, car, "公务用车购置费"], phase, Y, v[3]),
            sp("three_public", [tp, car, "公务用车运行维护费"], phase, Y, v[4]),
            sp("three_public", [tp, "公务接待费"], phase, Y, v[5]),
        ]
    d = dept(fund(None, None, 3068.58, None, None, None), basic=979.21, proj=2089.37)
    write_gold(stem, fn, "xlsx", unit(U, "安徽省", "安庆市", "潜山市", "340882"), Y, department=d,
               spending=spending)
    return functional


# =========================================================================== R08
def r08():
    """HTML (GBK) 部门决算 情况说明 on the city government portal; city-level unit."""
    stem, fn = "R08", "R08_shaoyang_cgj_2020_juesuan.html"
    U = "邵阳市城市管理和综合执法局"
    body = f"""
<p style="text-align:center"><b>第一部分　部门概况</b></p>
<p>一、部门职责</p>
<p>负责全市城市管理和综合执法工作，拟订城市管理政策措施并组织实施；负责市政公用设施、市容环境卫生、园林绿化的监督管理；负责城市管理领域相对集中行政处罚权的实施……</p>
<p>二、机构设置</p>
<p>本部门内设机构12个，下属二级机构9个。2020年末本部门编制人数186人，其中行政编制32人、事业编制154人；实有人数172人。</p>
<p style="text-align:center"><b>第二部分　2020年度部门决算情况说明</b></p>
<p>一、收入支出决算总体情况说明</p>
<p>2020年度收、支总计均为8,436.27万元。与2019年相比，收、支总计各增加1,052.33万元，增长14.3%，主要原因是中心城区背街小巷提质改造项目资金增加。</p>
<p>二、收入决算情况说明</p>
<p>2020年度本年收入合计8,215.60万元，其中：一般公共预算财政拨款收入7,960.42万元，占96.89%；政府性基金预算财政拨款收入180.00万元，占2.19%；其他收入75.18万元，占0.92%。</p>
<p>三、支出决算情况说明</p>
<p>2020年度本年支出合计8,102.35万元，其中：基本支出3,216.48万元，占39.70%；项目支出4,885.87万元，占60.30%。年末结转和结余333.92万元，主要为跨年度实施的市政设施维修项目资金。</p>
<p>四、财政拨款收入支出决算总体情况说明</p>
<p>2020年度财政拨款收入合计8,140.42万元，财政拨款支出合计8,026.94万元。与2019年相比，财政拨款收、支各增加986.20万元、931.55万元，主要原因是城市提质项目支出增加。</p>
<p>五、一般公共预算财政拨款支出决算情况说明</p>
<p>2020年度一般公共预算财政拨款支出决算较上年增加682.15万元，增长9.5%。从支出结构看，城乡社区支出占91.95%，社会保障和就业支出占4.87%，住房保障支出占3.18%。</p>
<p>六、“三公”经费财政拨款支出决算情况说明</p>
<p>2020年度“三公”经费财政拨款支出年初预算为30.00万元，决算为21.36万元，完成预算的71.20%，较上年减少3.12万元，下降12.7%。其中：因公出国（境）费0万元；公务用车购置及运行维护费16.80万元（其中：公务用车购置费0万元，公务用车运行维护费16.80万元），主要用于执法巡查车辆燃料、维修、保险等支出，年末公务用车保有量14辆；公务接待费4.56万元，共接待国内来访团组38批次、312人次。</p>
<p>七、机关运行经费支出情况说明</p>
<p>2020年度本部门机关运行经费支出286.45万元，比年初预算数增加12.30万元，增长4.5%，主要原因是办公场所搬迁增加物业管理费。</p>
<p>八、政府采购支出情况说明</p>
<p>2020年度本部门政府采购支出总额612.80万元，其中：政府采购货物支出185.30万元、政府采购工程支出302.50万元、政府采购服务支出125.00万元。授予中小企业合同金额498.60万元，占政府采购支出总额的81.4%。</p>
<p>九、国有资产占用情况说明</p>
<p>截至2020年12月31日，本部门共有车辆14辆，其中执法执勤用车12辆、其他用车2辆；单位价值50万元以上通用设备2台（套）。</p>
<p>十、预算绩效管理情况说明</p>
<p>根据预算绩效管理要求，本部门组织对2020年度一般公共预算项目支出全面开展绩效自评，共涉及项目14个，资金4,885.87万元，占一般公共预算项目支出总额的100%，项目自评平均得分93.6分。</p>
"""
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"/>
<title>{U}2020年度部门决算公开 - 邵阳市人民政府门户网站</title>
<style>{PORTAL_CSS}</style></head>
<body>
<div class="top"><span>邵阳市人民政府门户网站</span>　<a href="#">无障碍</a> <a href="#">长者模式</a></div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjsy/">走进邵阳</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 部门决算</div>
<h1 style="text-align:center">{U}2020年度部门决算公开</h1>
<div class="info">发布机构：邵阳市人民政府办公室　　发布日期：2021-09-02　　来源：{U}　　【打印】【关闭】</div>
<div class="TRS_Editor">{body}</div>
<div class="fj">附件：<a href="#">{U}2020年度部门决算公开表.xls</a></div>
<div class="footer">主办：邵阳市人民政府办公室　承办：邵阳市数据资源中心　湘ICP备05001543号</div>
</body></html>
"""
    with open(os.path.join(DOCS, fn), "wb") as fh:
        fh.write(page.encode("gbk"))
    Y = 2020
    spending = [
        sp("income", ["收入总计"], "final", Y, 8436.27),
        sp("expenditure_type", ["支出总计"], "final", Y, 8436.27),
        sp("income", ["本年收入合计"], "final", Y, 8215.6),
        sp("income", ["一般公共预算财政拨款收入"], "final", Y, 7960.42),
        sp("income", ["政府性基金预算财政拨款收入"], "final", Y, 180.0),
        sp("income", ["其他收入"], "final", Y, 75.18),
        sp("expenditure_type", ["本年支出合计"], "final", Y, 8102.35),
        sp("expenditure_type", ["基本支出"], "final", Y, 3216.48),
        sp("expenditure_type", ["项目支出"], "final", Y, 4885.87),
        sp("income", ["财政拨款收入合计"], "final", Y, 8140.42),
        sp("expenditure_type", ["财政拨款支出合计"], "final", Y, 8026.94),
        sp("three_public", ["三公经费"], "initial_budget", Y, 30.0),
        sp("three_public", ["三公经费"], "final", Y, 21.36),
        sp("three_public", ["三公经费", "因公出国（境）费"], "final", Y, 0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", Y, 16.8),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", Y, 0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", Y, 16.8),
        sp("three_public", ["三公经费", "公务接待费"], "final", Y, 4.56),
        sp("economic", ["机关运行经费"], "final", Y, 286.45),
    ]
    d = dept(fund(None, None, 8102.35, None, None, None), basic=3216.48, proj=4885.87)
    write_gold(stem, fn, "html", unit(U, "湖南省", "邵阳市", None, "430500"), Y, department=d,
               spending=spending)


# =========================================================================== R09
def r09():
    """PDF drawn with reportlab: 收入支出决算总表 + 一般公共预算财政拨款支出决算表 over two pages
    (header repeated)."""
    stem, fn = "R09", "R09_yaoan_wjj_2023_juesuan.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    U = "姚安县卫生健康局"
    Y = 2023
    title = ParagraphStyle("t", fontName="WQY", fontSize=15, leading=20, alignment=1)
    small = ParagraphStyle("s", fontName="WQY", fontSize=9, leading=12)
    cellst = ParagraphStyle("c", fontName="WQY", fontSize=8.5, leading=10.5)

    def fmt(v):
        return "" if v is None else f"{v:,.2f}"
    items = [  # (code, name, basic, project) for 项; 类/款 rows are aggregated
        ("208", "社会保障和就业支出"),
        ("20805", "行政事业单位养老支出"),
        ("2080501", "行政单位离退休", 36.20, 0),
        ("2080505", "机关事业单位基本养老保险缴费支出", 168.64, 0),
        ("2080506", "机关事业单位职业年金缴费支出", 84.32, 0),
        ("20808", "抚恤"),
        ("2080801", "死亡抚恤", 23.30, 0),
        ("210", "卫生健康支出"),
        ("21001", "卫生健康管理事务"),
        ("2100101", "行政运行", 402.15, 0),
        ("2100102", "一般行政管理事务", 0, 56.80),
        ("2100199", "其他卫生健康管理事务支出", 0, 27.40),
        ("21003", "基层医疗卫生机构"),
        ("2100302", "乡镇卫生院", 0, 1105.60),
        ("2100399", "其他基层医疗卫生机构支出", 0, 162.80),
        ("21004", "公共卫生"),
        ("2100401", "疾病预防控制机构", 0, 418.26),
        ("2100403", "妇幼保健机构", 0, 392.70),
        ("2100408", "基本公共卫生服务", 0, 1356.84),
        ("2100409", "重大公共卫生服务", 0, 301.22),
        ("2100410", "突发公共卫生事件应急处理", 0, 146.50),
        ("21007", "计划生育事务"),
        ("2100717", "计划生育服务", 0, 612.10),
        ("2100799", "其他计划生育事务支出", 0, 82.20),
        ("21011", "行政事业单位医疗"),
        ("2101101", "行政单位医疗", 38.40, 0),
        ("2101102", "事业单位医疗", 96.20, 0),
        ("2101103", "公务员医疗补助", 8.00, 0),
        ("21014", "优抚对象医疗"),
        ("2101401", "优抚对象医疗补助", 0, 35.60),
        ("21016", "老龄卫生健康事务"),
        ("2101601", "老龄卫生健康事务", 0, 600.00),
        ("221", "住房保障支出"),
        ("22102", "住房改革支出"),
        ("2210201", "住房公积金", 126.38, 0),
    ]

    def agg(code):
        b = p = 0.0
        for it in items:
            if len(it) == 4 and it[0].startswith(code):
                b += it[2]
                p += it[3]
        return round(b, 2), round(p, 2)
    rows = []
    functional = []
    names = {}
    for it in items:
        code, nm = it[0], it[1]
        b, p = (it[2], it[3]) if len(it) == 4 else agg(code)
        tot = round(b + p, 2)
        lei, kuan, xiang = code[:3], code[3:5], code[5:7]
        rows.append([lei, kuan, xiang, nm, fmt(tot), fmt(b) if b else "", fmt(p) if p else ""])
        if len(code) == 3:
            names[code] = nm
            path = [nm]
        elif len(code) == 5:
            names[code] = nm
            path = [names[lei], nm]
        else:
            path = [names[lei], names[lei + kuan], nm]
        functional.append((path, tot))
    tb = round(sum(it[2] for it in items if len(it) == 4), 2)
    tpj = round(sum(it[3] for it in items if len(it) == 4), 2)
    total = round(tb + tpj, 2)
    assert abs(total - 6281.61) < 0.001 and abs(tb - 983.59) < 0.001, (total, tb, tpj)
    lei_tot = {p[0][0]: p[1] for p in functional if len(p[0]) == 1}

    doc = SimpleDocTemplate(os.path.join(DOCS, fn), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"{U}{Y}年度部门决算", author=U)
    story = [Paragraph(f"{U}{Y}年度部门决算", title), Spacer(1, 8),
             Paragraph("收入支出决算总表", title),
             Paragraph(f"编制部门：{U}　　　　　　　　　　　　　　　　　　　　　　　　公开01表　单位：万元", small),
             Spacer(1, 4)]
    exp_side = [("一、一般公共服务支出", None), ("二、公共安全支出", None), ("三、教育支出", None),
                ("四、社会保障和就业支出", lei_tot["社会保障和就业支出"]),
                ("五、卫生健康支出", lei_tot["卫生健康支出"]), ("六、城乡社区支出", None),
                ("七、住房保障支出", lei_tot["住房保障支出"]), ("八、其他支出", None)]
    inc_side = [("一、一般公共预算财政拨款收入", 6195.43), ("二、政府性基金预算财政拨款收入", None),
                ("三、国有资本经营预算财政拨款收入", None), ("四、上级补助收入", None), ("五、事业收入", None),
                ("六、经营收入", None), ("七、附属单位上缴收入", None), ("八、其他收入", None)]
    t1 = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]]
    for (a, av), (b, bv) in zip(inc_side, exp_side):
        t1.append([a, fmt(av), b, fmt(bv)])
    t1 += [["本年收入合计", fmt(6195.43), "本年支出合计", fmt(total)],
           ["年初结转和结余", fmt(102.60), "年末结转和结余", fmt(16.42)],
           ["总计", fmt(6298.03), "总计", fmt(6298.03)]]
    tab1 = Table(t1, colWidths=[58 * mm, 28 * mm, 58 * mm, 28 * mm])
    tab1.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "WQY", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (3, 0)), ("ALIGN", (0, 0), (-1, 1), "CENTER"),
                              ("ALIGN", (1, 2), (1, -1), "RIGHT"), ("ALIGN", (3, 2), (3, -1), "RIGHT")]))
    story += [tab1, Spacer(1, 6),
              Paragraph("注：本表反映部门本年度的总收支和年末结转结余情况。本部门2023年度无政府性基金预算财政拨款收入。", small),
              PageBreak(),
              Paragraph("一般公共预算财政拨款支出决算表", title),
              Paragraph(f"编制部门：{U}　　　　　　　　　　　　　　　　　　　　　　　　公开05表　单位：万元", small),
              Spacer(1, 4)]
    head = [["项目", "", "", "", "本年支出", "", ""],
            ["科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
            ["类", "款", "项", "", "", "", ""]]
    body = rows + [["合计", "", "", "", fmt(total), fmt(tb), fmt(tpj)]]
    # pad rows so that the table breaks across two pages
    data = head + body
    tab2 = Table(data, colWidths=[11 * mm, 9 * mm, 9 * mm, 70 * mm, 25 * mm, 25 * mm, 25 * mm],
                 repeatRows=3, rowHeights=[17] * len(data))
    tab2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "WQY", 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (0, 1), (2, 1)),
        ("SPAN", (3, 1), (3, 2)), ("SPAN", (4, 1), (4, 2)), ("SPAN", (5, 1), (5, 2)), ("SPAN", (6, 1), (6, 2)),
        ("ALIGN", (0, 0), (-1, 2), "CENTER"), ("ALIGN", (4, 3), (-1, -1), "RIGHT"),
        ("SPAN", (0, len(data) - 1), (3, len(data) - 1)), ("ALIGN", (0, len(data) - 1), (3, len(data) - 1), "CENTER"),
    ]))
    story += [Spacer(1, 200), tab2, Spacer(1, 6),
              Paragraph("注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", small)]

    def footer(canvas, doc_):
        canvas.setFont("WQY", 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {doc_.page} 页")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)

    spending = [
        sp("income", ["一般公共预算财政拨款收入"], "final", Y, 6195.43),
        sp("income", ["本年收入合计"], "final", Y, 6195.43),
        sp("income", ["收入总计"], "final", Y, 6298.03),
        sp("expenditure_type", ["本年支出合计"], "final", Y, 6281.61),
        sp("expenditure_type", ["支出总计"], "final", Y, 6298.03),
        sp("expenditure_type", ["基本支出"], "final", Y, 983.59),
        sp("expenditure_type", ["项目支出"], "final", Y, 5298.02),
    ]
    for path, tot in functional:
        spending.append(sp("functional", path, "final", Y, tot))
    d = dept(fund(None, None, 6281.61, None, None, None), basic=983.59, proj=5298.02)
    write_gold(stem, fn, "pdf", unit(U, "云南省", "楚雄彝族自治州", "姚安县", "532325"), Y, department=d,
               spending=spending)


# =========================================================================== R10
def r10(tmp):
    """Narrative 部门整体支出绩效自评报告 with a project result table, DOCX -> PDF (LibreOffice)."""
    stem, fn = "R10", "R10_naidong_wjw_2022_zhengti.pdf"
    U = "乃东区卫生健康委员会"
    doc = new_doc()
    para(doc, f"{U}2022年度部门整体支出绩效自评报告", size=16, bold=True, center=True)
    P = lambda t: para(doc, t, size=11, indent=True)  # noqa: E731
    para(doc, "一、部门基本情况", size=12, bold=True)
    P("（一）部门职能。负责全区卫生健康事业发展规划、公共卫生、医疗服务、妇幼健康、计划生育和老龄健康等工作，"
      "统筹推进城乡医疗卫生服务体系建设。")
    P("（二）机构人员情况。本单位内设办公室、医政医管股、公共卫生股等5个股室，下设区疾病预防控制中心等二级单位3个。"
      "本单位编制人数46人，其中行政编制12人，事业编制34人；2022年末实有人员43人。")
    para(doc, "二、部门预算及支出情况", size=12, bold=True)
    P("（一）预算安排情况。2022年部门预算总金额3,268.54万元，其中：基本支出1,026.38万元，项目支出2,242.16万元。"
      "年中追加预算837.38万元，调整后全年预算4,105.92万元。")
    P("（二）支出执行情况。2022年度本年支出合计4,012.67万元，预算执行率97.73%，较上年增加526.38万元，增长15.1%。"
      "其中：基本支出1,058.21万元，占26.37%；项目支出2,954.46万元，占73.63%。基本支出中，人员经费912.35万元，"
      "公用经费145.86万元。年末结转结余93.25万元，主要为包虫病综合防治项目跨年度实施资金。")
    P("（三）“三公”经费支出情况。2022年“三公”经费支出8.62万元，较上年下降15.3%，其中公务用车运行维护费6.40万元，"
      "公务接待费2.22万元，未发生因公出国（境）费用。")
    P("（四）政府采购情况。2022年政府采购金额386.50万元，其中货物类298.20万元，服务类88.30万元。")
    para(doc, "三、绩效目标完成情况", size=12, bold=True)
    P("2022年全区居民电子健康档案建档率达到93.5%（目标≥90%），孕产妇系统管理率96.8%（目标≥95%），"
      "0-6岁儿童健康管理率95.2%（目标≥90%），家庭医生签约服务覆盖率48.6%（目标≥45%），"
      "全年未发生重大突发公共卫生事件，群众满意度达到96%。")
    para(doc, "四、项目支出绩效自评情况", size=12, bold=True)
    P("2022年本部门对4个重点项目开展了绩效自评，自评结果如下：")
    rows = [["序号", "项目名称", "预算金额（万元）", "自评得分", "评价等级"],
            ["1", "基本公共卫生服务项目", "386.20", "95.5", "优"],
            ["2", "计划生育家庭奖励扶助项目", "142.68", "92", "优"],
            ["3", "医疗卫生机构能力建设项目", "1,200.00", "86.4", "良"],
            ["4", "包虫病综合防治项目", "75.30", "97", "优"],
            [("合计", 2), "1,804.18", "—", "—"]]
    docx_table(doc, rows, font_pt=10, widths=[1.5, 6.5, 3.5, 2.5, 2.5])
    P("4个项目自评平均得分92.73分，其中评价等级为“优”的3个，“良”的1个。")
    para(doc, "五、存在的问题及改进措施", size=12, bold=True)
    P("一是部分项目前期论证不充分，年中追加预算较多；二是基层医疗卫生机构绩效监控能力不足。下一步将加强预算编制的"
      "科学性，强化绩效运行监控，提高财政资金使用效益。")
    para(doc, "六、自评结论", size=12, bold=True)
    P("经综合评价，2022年度本部门整体支出绩效自评得分为94.6分，评价等级为“优”。")
    para(doc, f"{U}", size=11).alignment = RIGHT
    para(doc, "2023年4月18日", size=11).alignment = RIGHT
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    out = soffice(src, "pdf", tmp)
    shutil.copy(out, os.path.join(DOCS, fn))

    Y = 2022
    d = dept(fund(3268.54, 4105.92, 4012.67, None, 97.73, None), basic=1058.21, proj=2954.46,
             personnel=912.35, public=145.86, score=94.6, grade="优")
    summary = [
        {"project": "基本公共卫生服务项目", "amount": 386.2, "score": 95.5, "grade": "优"},
        {"project": "计划生育家庭奖励扶助项目", "amount": 142.68, "score": 92, "grade": "优"},
        {"project": "医疗卫生机构能力建设项目", "amount": 1200.0, "score": 86.4, "grade": "良"},
        {"project": "包虫病综合防治项目", "amount": 75.3, "score": 97, "grade": "优"},
    ]
    spending = [
        sp("expenditure_type", ["部门预算总金额"], "initial_budget", Y, 3268.54),
        sp("expenditure_type", ["基本支出"], "initial_budget", Y, 1026.38),
        sp("expenditure_type", ["项目支出"], "initial_budget", Y, 2242.16),
        sp("expenditure_type", ["本年支出合计"], "final", Y, 4012.67),
        sp("expenditure_type", ["基本支出"], "final", Y, 1058.21),
        sp("expenditure_type", ["项目支出"], "final", Y, 2954.46),
        sp("economic", ["人员经费"], "final", Y, 912.35),
        sp("economic", ["公用经费"], "final", Y, 145.86),
        sp("three_public", ["三公经费"], "final", Y, 8.62),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", Y, 6.4),
        sp("three_public", ["三公经费", "公务接待费"], "final", Y, 2.22),
    ]
    write_gold(stem, fn, "pdf", unit(U, "西藏自治区", "山南市", "乃东区", "540502"), Y, department=d,
               summary=summary, spending=spending)


# =========================================================================== R11
def r11():
    """HTML narrative 转移支付 (衔接资金) self-evaluation report with a fund-use table."""
    stem, fn = "R11", "R11_luxi_xczxj_2022_xianjie.html"
    U = "泸溪县乡村振兴局"
    goal_e = ("巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增幅不低于全县农村居民人均可支配收入增幅，"
              "新建或改造产业基地1.5万亩以上，全县不发生规模性返贫。")
    goal_a = ("全县脱贫人口人均纯收入达到13,562元，同比增长14.2%，新建改造产业基地1.62万亩，"
              "全年未发生规模性返贫。")
    rows = [["项目类别", "项目个数（个）", "安排资金（万元）", "实际支出（万元）", "支出进度"],
            ["产业发展", "47", "6,820.50", "6,702.30", "98.27%"],
            ["基础设施建设", "32", "3,465.50", "3,311.40", "95.55%"],
            ["就业帮扶（以工代赈、雨露计划等）", "—", "1,050.00", "1,021.90", "97.32%"],
            ["小额信贷贴息", "—", "450.00", "317.00", "70.44%"],
            ["合计", "79", "11,786.00", "11,352.60", "96.32%"]]
    body = f"""
<p>根据《湖南省财政厅 湖南省乡村振兴局关于开展2022年度衔接推进乡村振兴补助资金绩效自评工作的通知》（湘财农〔2023〕3号）要求，我局会同县财政局对2022年度衔接资金开展了绩效自评，现将有关情况报告如下：</p>
<p><b>一、项目基本情况</b></p>
<p>（一）项目名称：衔接推进乡村振兴补助资金</p>
<p>（二）资金安排情况。2022年全县共安排衔接推进乡村振兴补助资金11,786万元，其中：中央资金8,436万元（湘财农指〔2021〕86号、湘财农指〔2022〕15号），省级资金2,150万元（湘财农指〔2022〕37号），县级资金1,200万元。</p>
<p>（三）年度绩效目标：{goal_e}</p>
<p><b>二、资金使用及管理情况</b></p>
<p>截至2022年12月31日，全县衔接资金已支出11,352.60万元，预算执行率96.32%，较上年提高3.1个百分点。结余资金433.40万元已按规定收回统筹使用。资金安排使用情况见下表：</p>
<p style="text-align:center">表1　2022年泸溪县衔接资金安排使用情况表</p>
{html_table(rows)}
<p>资金用于产业发展的比例为57.87%，达到不低于55%的要求。所有项目均纳入县级巩固拓展脱贫攻坚成果和乡村振兴项目库，按规定实行公告公示。</p>
<p><b>三、绩效目标完成情况</b></p>
<p>年度绩效目标完成情况：{goal_a}</p>
<p>产出指标方面，新建产业路、机耕道等基础设施项目32个，项目验收合格率100%（目标≥95%）；效益指标方面，带动脱贫户和监测户1.26万户增收；满意度指标方面，受益群众满意度达到96.5%（目标≥90%）。</p>
<p><b>四、存在的问题及改进措施</b></p>
<p>一是小额信贷贴息资金支出进度偏慢；二是部分产业项目联农带农机制不够紧密。下一步将加快资金拨付，完善利益联结机制。</p>
<p><b>五、自评结论</b></p>
<p>经自评，2022年度衔接推进乡村振兴补助资金绩效自评综合得分94.5分，评价等级为“优”。</p>
<p style="text-align:right">{U}<br/>2023年3月28日</p>
"""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"/>
<title>泸溪县2022年度衔接推进乡村振兴补助资金绩效自评报告 - 泸溪县人民政府</title>
<style>{PORTAL_CSS}</style></head>
<body>
<div class="header">泸溪县人民政府　<small>www.lxx.gov.cn</small></div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zmhd/">政民互动</a> | <a href="/bsfw/">办事服务</a></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县乡村振兴局</div>
<h2 style="text-align:center">泸溪县2022年度衔接推进乡村振兴补助资金绩效自评报告</h2>
<div class="meta">来源：{U}　　发布时间：2023-04-06 09:32　　字体：[大 中 小]</div>
<div class="content">{body}</div>
<div class="footer">主办单位：泸溪县人民政府办公室　　湘ICP备12002785号</div>
</body></html>
"""
    with open(os.path.join(DOCS, fn), "w", encoding="utf-8") as fh:
        fh.write(page)
    Y = 2022
    p = project("衔接推进乡村振兴补助资金", None, None,
                {"total": fund(None, 11786, 11352.6, None, 96.32, None)},
                goal_e, goal_a, [], None, 94.5, "优")
    spending = [
        sp("income", ["中央资金"], "adjusted_budget", Y, 8436),
        sp("income", ["省级资金"], "adjusted_budget", Y, 2150),
        sp("income", ["县级资金"], "adjusted_budget", Y, 1200),
    ]
    for r in rows[1:-1]:
        spending.append(sp("project", [r[0]], "adjusted_budget", Y, float(r[2].replace(",", ""))))
        spending.append(sp("project", [r[0]], "final", Y, float(r[3].replace(",", ""))))
    write_gold(stem, fn, "html", unit(U, "湖南省", "湘西土家族苗族自治州", "泸溪县", "433122"), Y,
               projects=[p], spending=spending)


# =========================================================================== R12
def r12(tmp):
    """Narrative project self-evaluation report, DOCX -> legacy .doc by LibreOffice."""
    stem, fn = "R12", "R12_linqu_syzx_2019_gongyong.doc"
    U = "临朐县实验中学"
    goal_e = "保障学校教育教学工作正常运转，改善办学条件，提高义务教育阶段学校公用经费保障水平，促进教育公平。"
    goal_a = "学校各项教育教学活动正常开展，全年未拖欠水电、取暖等运转费用，办学条件进一步改善。"
    doc = new_doc()
    para(doc, f"{U}2019年度城乡义务教育公用经费保障机制资金项目绩效自评报告", size=15, bold=True, center=True)
    P = lambda t: para(doc, t, size=11, indent=True)  # noqa: E731
    para(doc, "一、项目概况", size=12, bold=True)
    P("项目名称：城乡义务教育公用经费保障机制资金")
    P("主管部门：临朐县教育和体育局")
    P("实施单位：临朐县实验中学")
    P("我校现有教学班36个，在校学生2,268人（其中寄宿生1,150人），教职工编制168人。根据《山东省城乡义务教育经费保障机制"
      "改革实施方案》（鲁政发〔2016〕5号）及县财政局、县教体局相关文件，初中生均公用经费按每生每年850元的标准核定，"
      "寄宿生在此基础上每生每年增加200元。")
    P("项目年度绩效目标：" + goal_e)
    para(doc, "二、项目资金安排及使用情况", size=12, bold=True)
    P("2019年年初预算安排该项目资金186.50万元，后根据秋季学期在校学生人数调整为192.78万元，较上年增加8.4%。"
      "调整后预算中，上级补助资金1,542,240元，县级配套资金385,560元。")
    P("截至2019年12月31日，全年实际支出192.78万元，预算执行率100%，无结转结余。资金主要用于教学业务与管理、"
      "水电、取暖、教师培训及校舍设备日常维修等，其中通过政府采购购置教学设备46.80万元，教师培训费支出不低于"
      "年度公用经费的5%。")
    para(doc, "三、项目绩效目标完成情况", size=12, bold=True)
    P("目标完成情况：" + goal_a)
    P("产出方面，保障了36个教学班、2,268名学生的日常教学需求，学生人均图书达到35册；效益方面，教学质量稳步提升，"
      "全县初中学业水平考试合格率达到98.6%；学生及家长满意度达到95%以上（目标≥90%）。")
    para(doc, "四、存在的问题及建议", size=12, bold=True)
    P("一是寄宿制学校取暖、水电等刚性支出占比较高，挤占教学业务经费；二是资金下达时间偏晚。建议适当提高寄宿生公用经费补助标准，"
      "并提前下达资金。")
    para(doc, "五、自评结论", size=12, bold=True)
    P("根据项目支出绩效评价指标体系，经自评，本项目自评得分96分，等级为优秀。")
    para(doc, U, size=11).alignment = RIGHT
    para(doc, "2020年3月16日", size=11).alignment = RIGHT
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    out = soffice(src, "doc:MS Word 97", tmp)
    shutil.copy(out, os.path.join(DOCS, fn))
    Y = 2019
    p = project("城乡义务教育公用经费保障机制资金", "临朐县教育和体育局", U,
                {"total": fund(186.5, 192.78, 192.78, None, 100.0, None)},
                goal_e, goal_a, [], None, 96, "优")
    spending = [
        sp("income", ["上级补助资金"], "adjusted_budget", Y, 154.224),
        sp("income", ["县级配套资金"], "adjusted_budget", Y, 38.556),
    ]
    write_gold(stem, fn, "doc", unit(U, "山东省", "潍坊市", "临朐县", "370724"), Y, projects=[p],
               spending=spending)


def main():
    global RIGHT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
    for d in (DOCS, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    tmp = tempfile.mkdtemp(prefix="blind3_")
    try:
        r01()
        r02(tmp)
        r03()
        r04()
        r05()
        r06()
        r07()
        r08()
        r09()
        r10(tmp)
        r11()
        r12(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("wrote", sorted(os.listdir(DOCS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
