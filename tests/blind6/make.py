#!/usr/bin/env python3
"""Blind set 6: ten invented documents (V01-V10) with hand-made gold.

Writes docs/ and gold/ beside this file. Figures are invented; gold is labelled by hand
from what each document prints (see README.md for the labelling choices).
"""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")

REGION = {
    "城固县": ("陕西省", "汉中市", "城固县", "610722"),
    "平遥县": ("山西省", "晋中市", "平遥县", "140728"),
    "土默特左旗": ("内蒙古自治区", "呼和浩特市", "土默特左旗", "150121"),
    "琼山区": ("海南省", "海口市", "琼山区", "460107"),
    "湟中县": ("青海省", "西宁市", "湟中县", "630122"),
    "伊宁县": ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县", "654021"),
    "歙县": ("安徽省", "黄山市", "歙县", "341021"),
    "安吉县": ("浙江省", "湖州市", "安吉县", "330523"),
    "浏阳市": ("湖南省", "长沙市", "浏阳市", "430181"),
    "仪陇县": ("四川省", "南充市", "仪陇县", "511324"),
}


# ---------------------------------------------------------------- gold helpers
def unit(name, county):
    p, c, k, code = REGION[county]
    return {"name": name, "province": p, "city": c, "county": k, "adcode": code}


def frow(i=None, a=None, e=None, w=None, r=None, s=None):
    return {"initial_budget": i, "adjusted_budget": a, "executed": e, "weight": w,
            "execution_rate": r, "score": s}


def ind(l1, l2, name, target, actual, w, s, dev=None):
    return {"level1": l1, "level2": l2, "name": name, "target": target, "actual": actual,
            "weight": w, "score": s, "deviation": dev}


def sp(cls, path, phase, year, amount):
    return {"classification": cls, "path": path, "phase": phase, "year": year, "amount": amount}


def dept(funds=None, basic=None, project=None, personnel=None, public=None, score=None, grade=None, indicators=()):
    return {"funds": funds, "basic_expenditure": basic, "project_expenditure": project,
            "personnel_expenditure": personnel, "public_expenditure": public,
            "score": score, "grade": grade, "indicators": list(indicators)}


def project(name, sup, impl, funds, goal_e, goal_a, indicators, tw, ts, grade):
    return {"name": name, "supervising_dept": sup, "implementing_unit": impl, "funds": funds,
            "goal_expected": goal_e, "goal_actual": goal_a, "indicators": indicators,
            "total_weight": tw, "total_score": ts, "grade": grade}


def write_gold(filename, fmt, u, year, projects=(), department=None, spending=()):
    path = os.path.join(DOCS, filename)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    g = {"contract": "self-eval-facts/1",
         "source": {"file": filename, "sha256": sha, "format": fmt},
         "unit": u, "fiscal_year": year, "projects": list(projects), "department": department,
         "summary_rows": [], "spending": list(spending), "partial": False}
    stem = os.path.splitext(filename)[0]
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- rendering helpers
def spans(values):
    """Run lengths of equal consecutive values: list of (start, length)."""
    out, i = [], 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        out.append((i, j - i + 1))
        i = j + 1
    return out


def fmt_num(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return ("%g" % v) if float(v) != int(v) else str(int(v))


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_put(ws, r, c, v, r2=None, c2=None):
    ws.cell(row=r, column=c, value=v)
    if (r2 and r2 != r) or (c2 and c2 != c):
        ws.merge_cells(start_row=r, start_column=c, end_row=r2 or r, end_column=c2 or c)
    for rr in range(r, (r2 or r) + 1):
        for cc in range(c, (c2 or c) + 1):
            cell = ws.cell(row=rr, column=cc)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def docx_table(d, grid, merges=(), widths=None, font=9):
    """grid: list of rows (strings); merges: (r1, c1, r2, c2) with text from top-left."""
    t = d.add_table(rows=len(grid), cols=len(grid[0]))
    t.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            t.cell(r, c).text = v or ""
    for r1, c1, r2, c2 in merges:
        text = grid[r1][c1]
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                t.cell(r, c).text = ""
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        m.text = text
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(font)
    return t


def to_pdf(docx_path, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                   check=True, capture_output=True, timeout=180)


# ================================================================ V01 national template, XLSX, money in 元
def v01():
    fn = "V01_chenggu_nyncj_2023_gaobiaozhun.xlsx"
    rows = [  # level1, level2 printed, level2 gold, name, target, actual, w, s, dev
        ("产出指标", "数量指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", "1.23万亩", 10, 10, None),
        ("产出指标", "数量指标", "数量指标", "新建（改造）灌溉渠道", "≥18公里", "18.6公里", 10, 10, None),
        ("产出指标", "质量指标", "质量指标", "工程验收合格率", "≥95%", "100%", 10, 10, None),
        ("产出指标", "时效指标", "时效指标", "项目完工时间", "2023年11月30日前", "2023年12月20日", 10, 8,
         "受汛期持续降雨影响，部分标段延期完工；下一步加强施工调度，合理安排工期。"),
        ("产出指标", "成本指标", "成本指标", "亩均财政补助标准", "≤1500元/亩", "1,282元/亩", 10, 10, None),
        ("效益指标", "经济效益", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "56公斤", 10, 10, None),
        ("效益指标", "社会效益", "社会效益指标", "受益农户数", "≥3200户", "3416户", 10, 10, None),
        ("效益指标", "可持续影响", "可持续影响指标", "工程设计使用年限", "≥15年", "15年", 10, 10, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "96.3%", 10, 9,
         "部分农户对田间道路硬化标准有意见，后续项目优化设计方案。"),
    ]
    goal_e = "新建高标准农田1.2万亩，配套建设灌溉渠道、田间道路等设施，提升项目区农业综合生产能力。"
    goal_a = "完成高标准农田建设1.23万亩，新建（改造）灌溉渠道18.6公里，项目通过县级验收，项目区农业生产条件明显改善。"
    wb = Workbook()
    ws = wb.active
    ws.title = "城固县农业农村局"
    for col, w in zip("ABCDEFGHI", [10, 14, 14, 22, 16, 16, 10, 10, 26]):
        ws.column_dimensions[col].width = w
    xl_put(ws, 1, 1, "项目支出绩效自评表", c2=9)
    xl_put(ws, 2, 1, "（2023年度）", c2=9)
    xl_put(ws, 3, 1, "项目名称", c2=2); xl_put(ws, 3, 3, "2023年城固县高标准农田建设项目", c2=9)
    xl_put(ws, 4, 1, "主管部门", c2=2); xl_put(ws, 4, 3, "城固县农业农村局", c2=4)
    xl_put(ws, 4, 5, "实施单位"); xl_put(ws, 4, 6, "城固县农业农村局", c2=9)
    xl_put(ws, 5, 1, "项目资金（元）", r2=9, c2=2)
    for c, h in zip(range(3, 10), ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xl_put(ws, 5, c, h)
    funds = [("年度资金总额", "1,250,000.00", "1,576,480.50", "1,498,320.00", "10", "95.04%", "9.5"),
             ("其中：当年财政拨款", "1,250,000.00", "1,250,000.00", "1,198,320.00", "—", "95.87%", "—"),
             ("上年结转资金", "—", "326,480.50", "300,000.00", "—", "91.89%", "—"),
             ("其他资金", "—", "—", "—", "—", "—", "—")]
    for i, row in enumerate(funds):
        for c, v in enumerate(row):
            xl_put(ws, 6 + i, 3 + c, v)
    xl_put(ws, 10, 1, "年度总体目标", r2=11)
    xl_put(ws, 10, 2, "预期目标", c2=5); xl_put(ws, 10, 6, "实际完成情况", c2=9)
    xl_put(ws, 11, 2, goal_e, c2=5); xl_put(ws, 11, 6, goal_a, c2=9)
    xl_put(ws, 12, 1, "绩效指标", r2=12 + len(rows))
    for c, h in zip(range(2, 10), ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                   "偏差原因分析及改进措施"]):
        xl_put(ws, 12, c, h)
    r0 = 13
    for start, n in spans([r[0] for r in rows]):
        xl_put(ws, r0 + start, 2, rows[start][0], r2=r0 + start + n - 1)
    for start, n in spans([r[1] for r in rows]):
        xl_put(ws, r0 + start, 3, rows[start][1], r2=r0 + start + n - 1)
    for i, r in enumerate(rows):
        for c, v in zip(range(4, 10), [r[3], r[4], r[5], r[6], r[7], r[8] or ""]):
            xl_put(ws, r0 + i, c, v)
    last = r0 + len(rows)
    xl_put(ws, last, 1, "总分", c2=6); xl_put(ws, last, 7, 100); xl_put(ws, last, 8, 96.5); xl_put(ws, last, 9, "")
    ws.cell(row=last + 1, column=1, value="填报人：王建军    联系电话：0916-7212386    填报日期：2024年3月12日")
    wb.save(os.path.join(DOCS, fn))
    inds = [ind(r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]
    p = project("2023年城固县高标准农田建设项目", "城固县农业农村局", "城固县农业农村局",
                {"total": frow(125.0, 157.64805, 149.832, 10, 95.04, 9.5),
                 "current_appropriation": frow(125.0, 125.0, 119.832, None, 95.87, None),
                 "carryover": frow(None, 32.64805, 30.0, None, 91.89, None)},
                goal_e, goal_a, inds, 100, 96.5, None)
    write_gold(fn, "xlsx", unit("城固县农业农村局", "城固县"), 2023, [p])


# ================================================================ V02 Shanxi variant, DOCX -> PDF
def v02(tmp):
    fn = "V02_pingyao_dierzhong_2022_gongyong.pdf"
    rows = [
        ("产出指标（50分）", "产出指标", "数量指标", "数量指标", "保障在校学生人数", "≥2100人", "2186人", 10, 10, None),
        ("产出指标（50分）", "产出指标", "数量指标", "数量指标", "公用经费拨付到位率", "100%", "100%", 10, 10, None),
        ("产出指标（50分）", "产出指标", "质量指标", "质量指标", "生均公用经费标准执行率", "100%", "100%", 10, 10, None),
        ("产出指标（50分）", "产出指标", "时效指标", "时效指标", "资金拨付及时性", "2022年12月31日前", "2022年12月28日", 10, 10, None),
        ("产出指标（50分）", "产出指标", "成本指标", "成本指标", "初中生均公用经费", "850元/生·年", "850元/生·年", 10, 10, None),
        ("效益指标（30分）", "效益指标", "社会效益", "社会效益指标", "学校正常运转率", "100%", "100%", 15, 15, None),
        ("效益指标（30分）", "效益指标", "可持续影响", "可持续影响指标", "办学条件持续改善", "逐年改善", "有所改善", 15, 12,
         "部分教学设备老化，更新不足，下一年度统筹安排设备更新。"),
        ("满意度指标（10分）", "满意度指标", "服务对象满意度", "服务对象满意度指标", "学生及家长满意度", "≥95%", "93.6%", 10, 8,
         "食堂和宿舍管理满意度偏低，将加强后勤管理。"),
    ]
    goal_e = "按照初中生均公用经费年生均850元标准（寄宿生另增加200元）足额拨付公用经费，保障学校正常运转。"
    goal_a = "全年按标准足额拨付公用经费，学校教育教学及日常运转正常，办学条件有所改善。"
    d = docx.Document()
    d.add_paragraph("附件3")
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2022年度）")
    d.add_paragraph("填报单位（盖章）：平遥县第二中学                    单位：万元")
    head = [
        ["项目名称", "", "2022年义务教育学校公用经费保障资金", "", "", "", "", ""],
        ["主管部门", "", "平遥县教育科技局", "", "实施单位", "平遥县第二中学", "", ""],
        ["项目资金（万元）", "资金来源", "年初预算数", "调整后预算数", "执行数", "执行率", "分值", "得分"],
        ["", "年度资金总额", "186.40", "192.75", "188.96", "98.03%", "10", "9.8"],
        ["", "其中：本年财政拨款", "181.40", "181.40", "178.96", "98.65%", "—", "—"],
        ["", "上年结转资金", "—", "6.35", "5.20", "81.89%", "—", "—"],
        ["", "其他资金", "5.00", "5.00", "4.80", "96.00%", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", goal_e, "", "", goal_a, "", "", ""],
    ]
    merges = [(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0),
              (7, 0, 8, 0), (7, 1, 7, 3), (7, 4, 7, 7), (8, 1, 8, 3), (8, 4, 8, 7)]
    docx_table(d, head, merges)
    d.add_paragraph("")
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for r in rows:
        grid.append([r[0], r[2], r[4], r[5], r[6], str(r[7]), str(r[8]), r[9] or ""])
    grid.append(["总分", "", "", "", "", "100", "94.8", ""])
    grid.append(["自评等级", "", "", "", "", "优", "", ""])
    merges = []
    for col in (0, 1):
        for start, n in spans([r[col if col == 0 else 2] for r in rows]):
            if n > 1:
                merges.append((1 + start, col, start + n, col))
    merges += [(len(grid) - 2, 0, len(grid) - 2, 4), (len(grid) - 1, 0, len(grid) - 1, 4),
               (len(grid) - 1, 5, len(grid) - 1, 7)]
    docx_table(d, grid, merges)
    d.add_paragraph("填报人：李晓燕        联系电话：0354-5682317        填报日期：2023年3月15日")
    src = os.path.join(tmp, fn.replace(".pdf", ".docx"))
    d.save(src)
    to_pdf(src, DOCS)
    inds = [ind(r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[9]) for r in rows]
    p = project("2022年义务教育学校公用经费保障资金", "平遥县教育科技局", "平遥县第二中学",
                {"total": frow(186.40, 192.75, 188.96, 10, 98.03, 9.8),
                 "current_appropriation": frow(181.40, 181.40, 178.96, None, 98.65, None),
                 "carryover": frow(None, 6.35, 5.20, None, 81.89, None),
                 "other": frow(5.00, 5.00, 4.80, None, 96.00, None)},
                goal_e, goal_a, inds, 100, 94.8, "优")
    write_gold(fn, "pdf", unit("平遥县第二中学", "平遥县"), 2022, [p])


# ================================================================ V03 Inner Mongolia, HTML portal page
def html_page(header, title, meta, body, charset="utf-8"):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #333;padding:3px 6px;font-size:13px}}</style>
</head><body>
<div class="top"><div class="logo">{header}</div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/czyjs/">财政预决算</a> | <a href="/hdjl/">互动交流</a></div></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 财政信息</div>
<div class="article"><h1>{title}</h1>
<div class="info">{meta}</div>
<div class="content">
{body}
</div></div>
<div class="footer">主办：{header}　　网站标识码：1501210001　　蒙ICP备05003581号<br>技术支持：呼和浩特市政务服务中心</div>
</body></html>"""


def v03():
    fn = "V03_tuzuoqi_wjw_2021_jiangli.html"
    rows = [
        ("产出指标（50分）", "产出指标", "数量", "数量指标", "指标1：奖励扶助对象人数", "奖励扶助对象人数", "5460人", "5460人", 15, 15, None),
        ("产出指标（50分）", "产出指标", "数量", "数量指标", "指标2：特别扶助对象人数", "特别扶助对象人数", "312人", "318人", 10, 10,
         "年中新增符合条件对象6人，已按规定纳入扶助范围。"),
        ("产出指标（50分）", "产出指标", "质量", "质量指标", "指标1：资格确认准确率", "资格确认准确率", "≥98%", "100%", 10, 10, None),
        ("产出指标（50分）", "产出指标", "时效", "时效指标", "指标1：资金发放时间", "资金发放时间", "2021年6月30日前", "2021年6月25日", 5, 5, "无"),
        ("产出指标（50分）", "产出指标", "成本", "成本指标", "指标1：奖励扶助标准", "奖励扶助标准", "每人每年960元", "每人每年960元", 10, 10, None),
        ("效益指标（30分）", "效益指标", "社会效益", "社会效益指标", "指标1：计划生育家庭生活保障水平", "计划生育家庭生活保障水平", "逐步提高", "有效提高", 15, 14,
         "个别对象反映扶助标准偏低，按国家和自治区政策执行并做好解释。"),
        ("效益指标（30分）", "效益指标", "可持续影响", "可持续影响指标", "指标1：政策知晓率", "政策知晓率", "≥95%", "96%", 15, 15, None),
        ("满意度指标（10分）", "满意度指标", "服务对象满意度", "服务对象满意度指标", "指标1：扶助对象满意度", "扶助对象满意度", "≥95%", "97.2%", 10, 10, None),
    ]
    goal_e = "按照国家和自治区政策，按时足额发放计划生育家庭奖励扶助和特别扶助资金，保障计划生育家庭基本生活。"
    goal_a = "全年共为5460名奖励扶助对象和318名特别扶助对象发放扶助资金436.80万元，资金全部足额发放到位。"
    t = ['<table>',
         '<tr><td colspan="10" style="text-align:center"><b>项目支出绩效自评表</b></td></tr>',
         '<tr><td colspan="10" style="text-align:center">（2021年度）</td></tr>',
         '<tr><td colspan="3">项目名称</td><td colspan="7">计划生育家庭奖励扶助资金</td></tr>',
         '<tr><td colspan="3">主管部门</td><td colspan="3">[312001]土默特左旗卫生健康委员会</td><td>实施单位</td><td colspan="3">土默特左旗卫生健康委员会</td></tr>',
         '<tr><td colspan="3" rowspan="5">项目资金<br>（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>',
         '<tr><td>年度资金总额</td><td>412.56</td><td>436.80</td><td>436.80</td><td>10</td><td>100%</td><td>10</td></tr>',
         '<tr><td>其中：当年财政拨款</td><td>412.56</td><td>436.80</td><td>436.80</td><td>—</td><td>100%</td><td>—</td></tr>',
         '<tr><td>上年结转资金</td><td></td><td></td><td></td><td>—</td><td></td><td>—</td></tr>',
         '<tr><td>其他资金</td><td></td><td></td><td></td><td>—</td><td></td><td>—</td></tr>',
         '<tr><td rowspan="2">年度总体目标</td><td colspan="5">预期目标</td><td colspan="4">实际完成情况</td></tr>',
         f'<tr><td colspan="5">{goal_e}</td><td colspan="4">{goal_a}</td></tr>',
         f'<tr><td rowspan="{len(rows) + 1}">绩<br>效<br>指<br>标</td><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td>'
         '<td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>']
    l1spans = dict(spans([r[0] for r in rows]))
    l2spans = dict(spans([r[2] for r in rows]))
    for i, r in enumerate(rows):
        cells = []
        if i in l1spans:
            cells.append(f'<td rowspan="{l1spans[i]}">{r[0]}</td>')
        if i in l2spans:
            cells.append(f'<td rowspan="{l2spans[i]}">{r[2]}</td>')
        cells.append(f'<td colspan="2">{r[4]}</td><td>{r[6]}</td><td>{r[7]}</td><td>{r[8]}</td><td>{r[9]}</td><td>{r[10] or ""}</td>')
        t.append("<tr>" + "".join(cells) + "</tr>")
    t.append('<tr><td colspan="7">总分</td><td>100</td><td>99</td><td></td></tr></table>')
    body = ("<p>根据《土默特左旗财政局关于开展2021年度财政支出绩效自评工作的通知》（土左财发〔2022〕15号）要求，"
            "我委对2021年度计划生育家庭奖励扶助资金开展了绩效自评，现将自评表公开如下：</p>\n" + "\n".join(t) +
            "\n<p>土默特左旗卫生健康委员会</p><p>2022年5月16日</p>")
    html = html_page("土默特左旗人民政府", "土默特左旗卫生健康委员会2021年度计划生育家庭奖励扶助资金项目绩效自评表",
                     "发布时间：2022-05-18 10:32　　信息来源：土默特左旗卫生健康委员会　　浏览次数：386", body)
    open(os.path.join(DOCS, fn), "w", encoding="utf-8").write(html)
    inds = [ind(r[1], r[3], r[5], r[6], r[7], r[8], r[9], r[10]) for r in rows]
    p = project("计划生育家庭奖励扶助资金", "[312001]土默特左旗卫生健康委员会", "土默特左旗卫生健康委员会",
                {"total": frow(412.56, 436.80, 436.80, 10, 100.0, 10),
                 "current_appropriation": frow(412.56, 436.80, 436.80, None, 100.0, None)},
                goal_e, goal_a, inds, 100, 99, None)
    write_gold(fn, "html", unit("土默特左旗卫生健康委员会", "土默特左旗"), 2021, [p])


# ================================================================ V04 Hainan township, 部门整体 XLSX
def v04():
    fn = "V04_qiongshan_smpz_2023_zhengti.xlsx"
    rows = [
        ("产出指标", "数量指标", "保障在编在岗人员数", "编制46人", "实有43人", 10, 10, None),
        ("产出指标", "数量指标", "农村人居环境整治村庄数", "14个", "14个", 10, 10, None),
        ("产出指标", "质量指标", "“三公”经费控制率", "≤100%", "86.2%", 5, 5, None),
        ("产出指标", "质量指标", "政府采购执行率", "100%", "100%", 5, 5, None),
        ("产出指标", "时效指标", "预算执行进度", "按序时进度", "基本按序时进度", 10, 8,
         "部分上级转移支付资金下达较晚，下一步加快支出进度。"),
        ("产出指标", "成本指标", "公用经费控制", "≤预算数", "未超预算", 10, 10, None),
        ("效益指标", "社会效益指标", "辖区群众生产生活条件", "持续改善", "持续改善", 10, 10, None),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", "96.5%", 10, 10, None),
        ("效益指标", "可持续影响指标", "基层治理能力", "逐步提升", "有所提升", 10, 9, None),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "92%", 10, 10, None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "附件2"
    for col, w in zip("ABCDEFGHI", [10, 16, 14, 24, 14, 14, 8, 8, 26]):
        ws.column_dimensions[col].width = w
    ws.cell(row=1, column=1, value="附件2")
    xl_put(ws, 2, 1, "2023年度部门整体支出绩效自评表", c2=9)
    xl_put(ws, 3, 1, "部门（单位）名称", c2=3); xl_put(ws, 3, 4, "海口市琼山区三门坡镇人民政府", c2=9)
    xl_put(ws, 4, 1, "年度部门整体支出预算（万元）", r2=7, c2=2)
    for c, h in zip(range(3, 10), ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xl_put(ws, 4, c, h)
    funds = [("年度资金总额", "2,318.46", "2,605.93", "2,541.27", "10", "97.52%", "9.75"),
             ("其中：基本支出", "1,486.20", "1,512.34", "1,512.34", "—", "100.00%", "—"),
             ("　　　项目支出", "832.26", "1,093.59", "1,028.93", "—", "94.09%", "—")]
    for i, row in enumerate(funds):
        for c, v in enumerate(row):
            xl_put(ws, 5 + i, 3 + c, v)
    xl_put(ws, 8, 1, "年度总体目标", r2=9)
    xl_put(ws, 8, 2, "预期目标", c2=5); xl_put(ws, 8, 6, "实际完成情况", c2=9)
    xl_put(ws, 9, 2, "保障机关正常运转和各项民生政策落实，完成农村人居环境整治、乡村振兴衔接等重点工作，全年预算执行率不低于95%。", c2=5)
    xl_put(ws, 9, 6, "机关运转正常，完成14个村庄人居环境整治，各项惠民资金按时足额发放，全年预算执行率97.52%。", c2=9)
    xl_put(ws, 10, 1, "年度绩效指标", r2=10 + len(rows))
    for c, h in zip(range(2, 10), ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                   "偏差原因分析及改进措施"]):
        xl_put(ws, 10, c, h)
    r0 = 11
    for start, n in spans([r[0] for r in rows]):
        xl_put(ws, r0 + start, 2, rows[start][0], r2=r0 + start + n - 1)
    for start, n in spans([r[1] for r in rows]):
        xl_put(ws, r0 + start, 3, rows[start][1], r2=r0 + start + n - 1)
    for i, r in enumerate(rows):
        for c, v in zip(range(4, 10), [r[2], r[3], r[4], str(r[5]), str(r[6]), r[7] or ""]):
            xl_put(ws, r0 + i, c, v)
    last = r0 + len(rows)
    xl_put(ws, last, 1, "总分", c2=6); xl_put(ws, last, 7, "100"); xl_put(ws, last, 8, "96.75"); xl_put(ws, last, 9, "")
    xl_put(ws, last + 1, 1, "自评等级", c2=6); xl_put(ws, last + 1, 7, "优", c2=9)
    ws.cell(row=last + 2, column=1, value="填表人：符海燕　　联系电话：0898-65921347　　填报日期：2024年3月5日")
    wb.save(os.path.join(DOCS, fn))
    inds = [ind(*r) for r in rows]
    dp = dept(frow(2318.46, 2605.93, 2541.27, 10, 97.52, 9.75), basic=1512.34, project=1028.93,
              score=96.75, grade="优", indicators=inds)
    spend = [sp("expenditure_type", ["基本支出"], "initial_budget", 2023, 1486.20),
             sp("expenditure_type", ["基本支出"], "adjusted_budget", 2023, 1512.34),
             sp("expenditure_type", ["基本支出"], "final", 2023, 1512.34),
             sp("expenditure_type", ["项目支出"], "initial_budget", 2023, 832.26),
             sp("expenditure_type", ["项目支出"], "adjusted_budget", 2023, 1093.59),
             sp("expenditure_type", ["项目支出"], "final", 2023, 1028.93)]
    write_gold(fn, "xlsx", unit("海口市琼山区三门坡镇人民政府", "琼山区"), 2023, [], dp, spend)


# ================================================================ V05 Qinghai scoring table, DOCX
def v05():
    fn = "V05_huangzhong_sfj_2019_pingfen.docx"
    rows = [  # l1 printed, l1 gold, l2 printed, l2 gold, name, weight, explanation, standard, score
        ("投入（20分）", "投入", "目标设定（8分）", "目标设定", "绩效目标合理性", 4,
         "部门（单位）所设立的整体绩效目标依据是否充分，是否符合客观实际。", "目标依据充分得2分；符合部门职责得2分。", 4),
        ("投入（20分）", "投入", "目标设定（8分）", "目标设定", "绩效指标明确性", 4,
         "整体绩效目标是否细化分解为具体工作任务，是否清晰、可衡量。", "指标细化、量化得4分，否则每项扣0.5分。", 3.5),
        ("投入（20分）", "投入", "预算配置（12分）", "预算配置", "在职人员控制率", 4,
         "在职人员控制率=（在职人员数/编制数）×100%。本单位编制32人，实有30人。", "控制率≤100%得4分，每超1个百分点扣0.5分。", 4),
        ("投入（20分）", "投入", "预算配置（12分）", "预算配置", "“三公经费”变动率", 4,
         "“三公经费”变动率=〔（本年度“三公经费”总额-上年度“三公经费”总额）/上年度“三公经费”总额〕×100%。",
         "变动率≤0得4分，大于0不得分。", 4),
        ("投入（20分）", "投入", "预算配置（12分）", "预算配置", "重点支出安排率", 4,
         "重点支出安排率=（重点项目支出/项目总支出）×100%。", "≥80%得4分，每降低1个百分点扣0.2分。", 3.6),
        ("过程（20分）", "过程", "预算执行（13分）", "预算执行", "预算完成率", 5,
         "预算完成率=（预算完成数/预算数）×100%。", "≥95%得5分，每降低1个百分点扣0.5分。", 4.5),
        ("过程（20分）", "过程", "预算执行（13分）", "预算执行", "结转结余变动率", 4,
         "结转结余变动率=〔（本年度累计结转结余资金总额-上年度累计结转结余资金总额）/上年度累计结转结余资金总额〕×100%。",
         "变动率≤0得4分。", 4),
        ("过程（20分）", "过程", "预算执行（13分）", "预算执行", "公用经费控制率", 4,
         "公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。", "≤100%得4分。", 4),
        ("过程（20分）", "过程", "预算管理（4分）", "预算管理", "政府采购执行率", 4,
         "政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。", "100%得4分，每降低1个百分点扣0.2分。", 4),
        ("过程（20分）", "过程", "资产管理（3分）", "资产管理", "固定资产利用率", 3,
         "固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。", "≥95%得3分。", 3),
        ("产出（30分）", "产出", "职责履行（30分）", "职责履行", "人民调解案件调处成功率", 15,
         "全年受理人民调解案件412件，调处成功率=（调处成功件数/受理件数）×100%。", "≥95%得15分，每降低1个百分点扣1分。", 15),
        ("产出（30分）", "产出", "职责履行（30分）", "职责履行", "法律援助案件办结率", 15,
         "法律援助案件办结率=（办结件数/受理件数）×100%。", "100%得15分，每降低1个百分点扣1分。", 14),
        ("效益（30分）", "效益", "履职效益（20分）", "履职效益", "社会效益", 10,
         "部门履行职责对社会发展所带来的直接或间接影响。", "根据实际情况酌情评分。", 9),
        ("效益（30分）", "效益", "履职效益（20分）", "履职效益", "可持续影响", 10,
         "部门履职对法治建设的长效影响。", "根据实际情况酌情评分。", 8),
        ("效益（30分）", "效益", "社会公众满意度（10分）", "社会公众满意度", "群众满意度", 10,
         "社会公众对部门履职效果的满意程度。", "≥90%得10分，每降低1个百分点扣0.5分。", 10),
    ]
    d = docx.Document()
    d.add_heading("湟中县司法局2019年度部门整体支出绩效评价评分表", level=1)
    d.add_paragraph("评价单位：湟中县司法局                                评价时间：2020年4月")
    grid = [["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "得分"]]
    for r in rows:
        grid.append([r[0], r[2], r[4], str(r[5]), r[6], r[7], fmt_num(r[8])])
    grid.append(["合计", "", "", "100", "", "", "94.6"])
    merges = []
    for col, key in ((0, 0), (1, 2)):
        for start, n in spans([r[key] for r in rows]):
            if n > 1:
                merges.append((1 + start, col, start + n, col))
    merges.append((len(grid) - 1, 0, len(grid) - 1, 2))
    docx_table(d, grid, merges, font=8)
    d.add_paragraph("评价等级：优（90分以上为优，80-90分为良，60-80分为中，60分以下为差）")
    d.add_paragraph("评价人员：马海英、祁永福、李国栋")
    d.save(os.path.join(DOCS, fn))
    inds = [ind(r[1], r[3], r[4], None, None, r[5], r[8]) for r in rows]
    dp = dept(score=94.6, grade="优", indicators=inds)
    write_gold(fn, "docx", unit("湟中县司法局", "湟中县"), 2019, [], dp, [])


# ================================================================ V06 Xinjiang 决算 情况说明, HTML, unit = publisher
def v06():
    fn = "V06_yiningxian_scjgj_2022_juesuan.html"
    body = """<p style="text-align:center"><b>第二部分　2022年度部门决算情况说明</b></p>
<p><b>一、收入支出决算总体情况说明</b></p>
<p>2022年度收、支总计均为1,862.47万元。与上年相比，收、支总计各增加213.58万元，增长12.95%，主要原因是食品安全抽检和特种设备安全监管任务增加。</p>
<p><b>二、收入决算情况说明</b></p>
<p>2022年度本年收入合计1,792.15万元，其中：财政拨款收入1,765.03万元，占98.49%；事业收入0万元，占0%；其他收入27.12万元，占1.51%。另有年初结转和结余70.32万元。</p>
<p><b>三、支出决算情况说明</b></p>
<p>2022年度本年支出合计1,795.64万元，其中：基本支出1,402.87万元，占78.13%；项目支出392.77万元，占21.87%。年末结转和结余66.83万元。</p>
<p>基本支出中，人员经费1,205.60万元，主要包括基本工资、津贴补贴、奖金、社会保障缴费等；公用经费197.27万元，主要包括办公费、印刷费、水电费、差旅费等。</p>
<p><b>四、财政拨款支出决算情况说明</b></p>
<p>2022年度财政拨款支出年初预算为1,655.40万元，支出决算为1,768.52万元，完成年初预算的106.83%。决算数大于年初预算数的主要原因是年中追加了食品安全专项抽检经费。</p>
<p><b>五、“三公”经费财政拨款支出决算情况说明</b></p>
<p>2022年度“三公”经费财政拨款支出年初预算为20.00万元，支出决算为18.62万元，完成年初预算的93.10%，较上年减少2.15万元，下降10.35%。其中：因公出国（境）费0万元；公务用车购置及运行维护费15.40万元（其中：公务用车购置费0万元，公务用车运行维护费15.40万元），主要用于执法执勤车辆的燃料费、维修费、保险费等，截至2022年12月31日，单位开支财政拨款的公务用车保有量为6辆；公务接待费3.22万元，共接待国内来访团组21批次、168人次。</p>
<p><b>六、机关运行经费支出情况说明</b></p>
<p>2022年度机关运行经费支出87.45万元，比上年减少4.30万元，下降4.69%，主要原因是严格落实过紧日子要求，压减一般性支出。</p>
<p><b>七、政府采购支出情况说明</b></p>
<p>2022年度政府采购支出总额56.30万元，其中：政府采购货物支出38.10万元、政府采购服务支出18.20万元。授予中小企业合同金额56.30万元，占政府采购支出总额的100%。</p>
<p><b>八、其他重要事项的情况说明</b></p>
<p>截至2022年12月31日，本单位核定行政编制38名，事业编制7名，实有在职人员41人。本单位共有车辆6辆，单价50万元以上的设备0台（套）。</p>"""
    html = html_page("伊宁县市场监督管理局", "2022年度部门决算公开说明",
                     "发布机构：伊宁县市场监督管理局　　发布日期：2023-09-08　　索引号：11654021MB1A04632K/2023-00118", body)
    html = html.replace("网站标识码：1501210001　　蒙ICP备05003581号", "新ICP备12000583号").replace("呼和浩特市政务服务中心", "伊宁县融媒体中心")
    open(os.path.join(DOCS, fn), "w", encoding="utf-8").write(html)
    y = 2022
    spend = [sp("income", ["收入总计"], "final", y, 1862.47),
             sp("expenditure_type", ["支出总计"], "final", y, 1862.47),
             sp("income", ["本年收入合计"], "final", y, 1792.15),
             sp("income", ["财政拨款收入"], "final", y, 1765.03),
             sp("income", ["事业收入"], "final", y, 0.0),
             sp("income", ["其他收入"], "final", y, 27.12),
             sp("expenditure_type", ["本年支出合计"], "final", y, 1795.64),
             sp("expenditure_type", ["基本支出"], "final", y, 1402.87),
             sp("expenditure_type", ["项目支出"], "final", y, 392.77),
             sp("economic", ["人员经费"], "final", y, 1205.60),
             sp("economic", ["公用经费"], "final", y, 197.27),
             sp("three_public", ["三公经费"], "initial_budget", y, 20.00),
             sp("three_public", ["三公经费"], "final", y, 18.62),
             sp("three_public", ["三公经费", "因公出国（境）费"], "final", y, 0.0),
             sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", y, 15.40),
             sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", y, 0.0),
             sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", y, 15.40),
             sp("three_public", ["三公经费", "公务接待费"], "final", y, 3.22),
             sp("economic", ["机关运行经费"], "final", y, 87.45)]
    dp = dept(frow(1655.40, None, 1795.64, None, 106.83, None), basic=1402.87, project=392.77,
              personnel=1205.60, public=197.27)
    write_gold(fn, "html", unit("伊宁县市场监督管理局", "伊宁县"), 2022, [], dp, spend)


# ================================================================ V07 Anhui 部门预算, DOCX -> PDF, code prefix
def v07(tmp):
    fn = "V07_shexian_lyj_2024_yusuan.pdf"
    d = docx.Document()
    d.add_heading("歙县林业局2024年部门预算", level=0)
    d.add_heading("第一部分　部门概况", level=1)
    d.add_paragraph("一、主要职能：负责全县林业和草原及其生态保护修复的监督管理，组织开展森林防火、林业有害生物防治和林长制工作。")
    d.add_paragraph("二、机构设置：本部门内设股室8个，下属事业单位3个。核定行政编制12名，事业编制58名，2023年底实有在职人员66人。")
    d.add_heading("第二部分　2024年部门预算情况说明", level=1)
    d.add_paragraph("一、收支预算总体情况说明")
    d.add_paragraph("按照全口径预算的原则，2024年收入总计3,126.58万元，支出总计3,126.58万元。与上年相比，收、支总计各增加286.42万元，增长10.08%，"
                    "主要原因是森林资源培育项目资金增加。")
    d.add_paragraph("收入包括：一般公共预算拨款收入2,986.58万元，政府性基金预算拨款收入120.00万元，上年结转20.00万元。")
    d.add_paragraph("支出包括：基本支出1,716.32万元，占54.89%；项目支出1,410.26万元，占45.11%。")
    d.add_paragraph("二、一般公共预算支出情况说明")
    d.add_paragraph("2024年一般公共预算支出按功能分类科目安排情况见表1。")
    d.add_paragraph("表1　一般公共预算支出预算表")
    d.add_paragraph("单位名称：108001歙县林业局　　　　　　　　　　　　单位：万元")
    grid = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["213", "农林水支出", "2,806.58", "1,536.32", "1,270.26"],
            ["21302", "林业和草原", "2,806.58", "1,536.32", "1,270.26"],
            ["2130201", "行政运行", "1,006.32", "1,006.32", ""],
            ["2130204", "事业机构", "530.00", "530.00", ""],
            ["2130205", "森林资源培育", "860.26", "", "860.26"],
            ["2130207", "森林资源管理", "410.00", "", "410.00"],
            ["208", "社会保障和就业支出", "180.00", "180.00", ""],
            ["20805", "行政事业单位养老支出", "180.00", "180.00", ""],
            ["2080505", "机关事业单位基本养老保险缴费支出", "180.00", "180.00", ""]]
    docx_table(d, grid)
    d.add_paragraph("三、“三公”经费预算情况说明")
    d.add_paragraph("2024年“三公”经费预算22.80万元，比上年减少1.70万元，下降6.94%，主要原因是严格控制公务接待规模。具体见表2。")
    d.add_paragraph("表2　“三公”经费预算表")
    d.add_paragraph("单位名称：108001歙县林业局　　　　　　　　　　　　单位：万元")
    grid = [["项目", "2024年预算数", "2023年预算数", "增减额", "增减率"],
            ["合计", "22.80", "24.50", "-1.70", "-6.94%"],
            ["1.因公出国（境）费", "0.00", "0.00", "0.00", ""],
            ["2.公务用车购置及运行费", "17.30", "18.00", "-0.70", "-3.89%"],
            ["其中：（1）公务用车购置费", "0.00", "0.00", "0.00", ""],
            ["（2）公务用车运行费", "17.30", "18.00", "-0.70", "-3.89%"],
            ["3.公务接待费", "5.50", "6.50", "-1.00", "-15.38%"]]
    docx_table(d, grid)
    d.add_paragraph("四、机关运行经费预算情况说明")
    d.add_paragraph("2024年机关运行经费预算97.60万元，比上年增加2.40万元，增长2.52%，主要原因是新增护林站办公用房水电费。")
    d.add_paragraph("五、政府采购预算情况说明")
    d.add_paragraph("2024年政府采购预算总额85.00万元，其中：货物类45.00万元，服务类40.00万元。")
    d.add_paragraph("六、国有资产占用情况说明")
    d.add_paragraph("截至2023年12月31日，本部门共有车辆4辆，其中执法执勤用车3辆、特种专业技术用车1辆。")
    d.add_paragraph("七、预算绩效情况说明")
    d.add_paragraph("2024年本部门实行绩效目标管理的项目12个，涉及资金1,270.26万元，绩效目标覆盖率100%。")
    d.add_paragraph("歙县林业局")
    d.add_paragraph("2024年2月6日")
    src = os.path.join(tmp, fn.replace(".pdf", ".docx"))
    d.save(src)
    to_pdf(src, DOCS)
    y = 2024
    ib = "initial_budget"
    spend = [sp("income", ["收入总计"], ib, y, 3126.58),
             sp("expenditure_type", ["支出总计"], ib, y, 3126.58),
             sp("income", ["一般公共预算拨款收入"], ib, y, 2986.58),
             sp("income", ["政府性基金预算拨款收入"], ib, y, 120.00),
             sp("expenditure_type", ["基本支出"], ib, y, 1716.32),
             sp("expenditure_type", ["项目支出"], ib, y, 1410.26),
             sp("functional", ["农林水支出"], ib, y, 2806.58),
             sp("functional", ["农林水支出", "林业和草原"], ib, y, 2806.58),
             sp("functional", ["农林水支出", "林业和草原", "行政运行"], ib, y, 1006.32),
             sp("functional", ["农林水支出", "林业和草原", "事业机构"], ib, y, 530.00),
             sp("functional", ["农林水支出", "林业和草原", "森林资源培育"], ib, y, 860.26),
             sp("functional", ["农林水支出", "林业和草原", "森林资源管理"], ib, y, 410.00),
             sp("functional", ["社会保障和就业支出"], ib, y, 180.00),
             sp("functional", ["社会保障和就业支出", "行政事业单位养老支出"], ib, y, 180.00),
             sp("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], ib, y, 180.00)]
    for yr, vals in ((2024, (22.80, 0.0, 17.30, 0.0, 17.30, 5.50)), (2023, (24.50, 0.0, 18.00, 0.0, 18.00, 6.50))):
        tot, cg, car, buy, run, rec = vals
        spend += [sp("three_public", ["三公经费"], ib, yr, tot),
                  sp("three_public", ["三公经费", "因公出国（境）费"], ib, yr, cg),
                  sp("three_public", ["三公经费", "公务用车购置及运行维护费"], ib, yr, car),
                  sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], ib, yr, buy),
                  sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], ib, yr, run),
                  sp("three_public", ["三公经费", "公务接待费"], ib, yr, rec)]
    spend.append(sp("economic", ["机关运行经费"], ib, y, 97.60))
    dp = dept(frow(3126.58, None, None, None, None, None))
    write_gold(fn, "pdf", unit("歙县林业局", "歙县"), 2024, [], dp, spend)


# ================================================================ V08 Zhejiang 部门整体 narrative, DOCX
def v08():
    fn = "V08_anji_tsg_2023_zhengti.docx"
    d = docx.Document()
    d.add_heading("安吉县图书馆2023年度部门整体支出绩效自评报告", level=0)
    paras = [
        "根据《安吉县财政局关于开展2023年度部门整体支出绩效自评工作的通知》（安财绩〔2024〕3号）要求，我馆对2023年度部门整体支出开展了绩效自评，现将有关情况报告如下：",
        "一、部门基本情况",
        "（一）机构人员情况。我馆为县文化和广电旅游体育局下属公益一类事业单位，核定事业编制28人，实有在编人员26人，编外聘用人员15人。",
        "（二）主要职责。负责全县公共图书馆服务体系建设，馆舍面积12,600平方米，馆藏纸质文献58.6万册，下设乡镇分馆15个、城市书房22家。",
        "二、部门整体支出情况",
        "2023年度本馆年初预算数为1,236.80万元，全年预算数为1,402.15万元，全年执行数为1,378.64万元，预算执行率98.32%。"
        "其中：基本支出862.41万元，项目支出516.23万元。基本支出中，人员经费745.18万元，公用经费117.23万元。年末结转结余23.51万元。",
        "“三公”经费支出6.38万元，较上年下降12.36%，其中：公务接待费1.26万元，公务用车运行维护费5.12万元，全年未发生因公出国（境）费用。",
        "全年政府采购合同金额286.40万元，其中授予中小企业合同金额251.20万元，占87.71%。",
        "三、部门整体绩效目标完成情况",
        "年度目标：保障图书馆正常运转，推进城乡一体化公共图书馆服务体系建设，全年接待读者不少于80万人次，文献外借不少于100万册次。",
        "完成情况：全年接待读者86.2万人次，文献外借112.5万册次，举办阅读推广活动486场，读者满意度96.8%（目标值≥95%）。",
        "四、存在的问题及改进措施",
        "一是部分项目预算编制不够精细，年中调整较多；二是绩效指标设置偏重产出，效益指标量化不足。下一步将加强预算编制与绩效目标的衔接。",
        "五、自评结论",
        "经综合评价，我馆2023年度部门整体支出绩效自评得分为93.8分，评价等级为“优秀”。",
        "安吉县图书馆",
        "2024年3月20日",
    ]
    for p in paras:
        d.add_paragraph(p)
    d.save(os.path.join(DOCS, fn))
    y = 2023
    spend = [sp("expenditure_type", ["基本支出"], "final", y, 862.41),
             sp("expenditure_type", ["项目支出"], "final", y, 516.23),
             sp("economic", ["人员经费"], "final", y, 745.18),
             sp("economic", ["公用经费"], "final", y, 117.23),
             sp("three_public", ["三公经费"], "final", y, 6.38),
             sp("three_public", ["三公经费", "公务接待费"], "final", y, 1.26),
             sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", y, 5.12)]
    dp = dept(frow(1236.80, 1402.15, 1378.64, None, 98.32, None), basic=862.41, project=516.23,
              personnel=745.18, public=117.23, score=93.8, grade="优")
    write_gold(fn, "docx", unit("安吉县图书馆", "安吉县"), 2023, [], dp, spend)


# ================================================================ V09 Hunan single project narrative, DOCX -> PDF
def v09(tmp):
    fn = "V09_liuyang_slj_2019_yinshui.pdf"
    goal_e = "完成全市32处农村供水工程改造，新增和改善供水人口4.5万人，农村自来水普及率达到88%以上。"
    goal_a = "全年完成32处农村供水工程改造，新增和改善供水人口4.62万人，农村自来水普及率达到88.6%。"
    d = docx.Document()
    d.add_heading("浏阳市水利局2019年度农村饮水安全巩固提升工程项目支出绩效自评报告", level=0)
    paras = [
        "一、项目基本情况",
        "（一）项目概况",
        "项目名称：2019年农村饮水安全巩固提升工程",
        "项目主管部门：浏阳市水利局",
        "项目实施单位：浏阳市水利局",
        "根据《湖南省发展和改革委员会 湖南省水利厅关于下达2019年农村饮水安全巩固提升工程中央预算内投资计划的通知》（湘发改投资〔2019〕356号），"
        "我市2019年实施农村饮水安全巩固提升工程，建设内容包括水源工程、水厂改扩建和管网延伸。",
        "（二）项目资金情况",
        "该项目年初预算安排资金800万元，后经追加调整，全年预算资金为1,150.00万元，其中：中央预算内资金600万元，省级资金300万元，市本级配套资金250万元。"
        "截至2019年12月31日，项目实际支出1,086.25万元，预算执行率94.46%，结转结余63.75万元将结转至2020年继续使用。",
        "（三）项目绩效目标",
        "项目年度绩效目标：" + goal_e,
        "二、项目绩效目标完成情况",
        "年度绩效目标完成情况：" + goal_a,
        "（一）产出指标。数量指标：完成供水工程改造32处，完成率100%；新建和改造供水管网186公里。质量指标：工程验收合格率100%（目标值≥95%）。"
        "时效指标：工程于2019年11月底前全部完工。成本指标：人均工程投资控制在260元以内。",
        "（二）效益指标。社会效益指标：农村供水保证率达到95%以上，人均日供水量不低于60升；可持续影响指标：建立工程长效管护机制，明确管护主体32个。",
        "（三）满意度指标。受益群众满意度为94.3%。",
        "三、存在的问题及改进措施",
        "一是部分工程前期工作滞后，资金支付进度偏慢；二是山区管网运行维护成本较高。下一步将加快工程结算，落实管护经费。",
        "四、自评结论",
        "根据项目支出绩效评价指标体系，该项目自评得分92分，等级为“优”。",
        "浏阳市水利局",
        "2020年3月18日",
    ]
    for p in paras:
        d.add_paragraph(p)
    src = os.path.join(tmp, fn.replace(".pdf", ".docx"))
    d.save(src)
    to_pdf(src, DOCS)
    p = project("2019年农村饮水安全巩固提升工程", "浏阳市水利局", "浏阳市水利局",
                {"total": frow(800, 1150.00, 1086.25, None, 94.46, None)},
                goal_e, goal_a, [], None, 92, "优")
    y = 2019
    spend = [sp("income", ["中央预算内资金"], "adjusted_budget", y, 600),
             sp("income", ["省级资金"], "adjusted_budget", y, 300),
             sp("income", ["市本级配套资金"], "adjusted_budget", y, 250)]
    write_gold(fn, "pdf", unit("浏阳市水利局", "浏阳市"), 2019, [p], None, spend)


# ================================================================ V10 Sichuan special fund narrative, HTML GBK
def v10():
    fn = "V10_yilong_jktyj_2024_xueshengzizhu.html"
    goal_e = "落实各学段学生资助政策，确保家庭经济困难学生应助尽助，资助资金按时足额发放到位。"
    body = f"""<p>根据《四川省财政厅 四川省教育厅关于开展2024年度教育转移支付资金绩效自评工作的通知》（川财教〔2025〕9号）和南充市有关要求，我局对2024年度学生资助补助资金开展了绩效自评，现将自评情况报告如下。</p>
<p><strong>一、项目基本情况</strong></p>
<p>项目名称：学生资助补助资金</p>
<p>项目主管部门：仪陇县教育科技体育局</p>
<p>2024年，上级及县级共下达学生资助补助资金3,268.45万元，其中：中央资金2,156.30万元（川财教〔2023〕156号、川财教〔2024〕48号），省级资金812.15万元，县级资金300.00万元。资金主要用于学前教育幼儿资助、义务教育家庭经济困难学生生活补助、普通高中国家助学金和免学费、中职国家助学金等。</p>
<p>资助标准：学前教育保育教育费减免每生每年1,000元；义务教育家庭经济困难寄宿生生活补助小学每生每年1,000元、初中每生每年1,250元；普通高中国家助学金平均每生每年2,000元。</p>
<p><strong>二、绩效目标</strong></p>
<p>年度绩效目标：{goal_e}</p>
<p><strong>三、资金使用及管理情况</strong></p>
<p>截至2024年12月31日，累计发放资助资金3,241.87万元，资金执行率99.19%，剩余26.58万元结转下年使用。全年共资助学生4.86万人次，资助资金全部通过“一卡通”发放至学生或监护人账户。</p>
<p><strong>四、绩效目标完成情况</strong></p>
<p>（一）产出指标。资助对象认定准确率100%，资助资金发放及时率100%，春季学期资金于2024年6月30日前发放完毕，秋季学期资金于2024年12月20日前发放完毕。</p>
<p>（二）效益指标。家庭经济困难学生资助覆盖率100%，未发生因贫失学辍学现象；资助政策知晓率98.2%（目标值≥95%）。</p>
<p>（三）满意度指标。受助学生及家长满意度97.5%。</p>
<p><strong>五、存在的问题及改进措施</strong></p>
<p>个别学校资助档案管理不够规范，资助对象动态调整不够及时。下一步将加强资助信息系统数据比对，规范档案管理。</p>
<p><strong>六、自评结论</strong></p>
<p>经综合评价，2024年度学生资助补助资金绩效自评得分96.5分，评价等级为“优”。</p>
<p style="text-align:right">仪陇县教育科技体育局<br>2025年3月18日</p>"""
    html = html_page("仪陇县人民政府", "仪陇县教育科技体育局2024年度学生资助补助资金绩效自评报告",
                     "来源：仪陇县教育科技体育局　　发布时间：2025-03-21 09:15　　【字体：大 中 小】", body, charset="gbk")
    html = html.replace("网站标识码：1501210001　　蒙ICP备05003581号", "网站标识码：5113240001　　蜀ICP备05023186号").replace("呼和浩特市政务服务中心", "仪陇县大数据中心")
    with open(os.path.join(DOCS, fn), "w", encoding="gbk") as fh:
        fh.write(html)
    p = project("学生资助补助资金", "仪陇县教育科技体育局", None,
                {"total": frow(None, 3268.45, 3241.87, None, 99.19, None)},
                goal_e, None, [], None, 96.5, "优")
    y = 2024
    spend = [sp("income", ["中央资金"], "adjusted_budget", y, 2156.30),
             sp("income", ["省级资金"], "adjusted_budget", y, 812.15),
             sp("income", ["县级资金"], "adjusted_budget", y, 300.00)]
    write_gold(fn, "html", unit("仪陇县教育科技体育局", "仪陇县"), 2024, [p], None, spend)


def main():
    for d in (DOCS, GOLD):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    with tempfile.TemporaryDirectory() as tmp:
        v01(); v02(tmp); v03(); v04(); v05(); v06(); v07(tmp); v08(); v09(tmp); v10()
    print("wrote", len(os.listdir(DOCS)), "documents and", len(os.listdir(GOLD)), "gold files")


if __name__ == "__main__":
    main()
