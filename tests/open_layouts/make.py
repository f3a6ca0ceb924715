"""Blind set 9: hard layouts. Writes docs/ and gold/ beside this file."""
import hashlib, json, os, subprocess, shutil
from pathlib import Path
import openpyxl
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
for d in (DOCS, GOLD):
    d.mkdir(exist_ok=True)

def rate(e, a):
    return round(e / a * 100, 2)

def frow(i=None, a=None, e=None, w=None, r=None, s=None):
    return dict(initial_budget=i, adjusted_budget=a, executed=e, weight=w, execution_rate=r, score=s)

def ind(l1, l2, n, t, a, w, s, d):
    return dict(level1=l1, level2=l2, name=n, target=t, actual=a, weight=w, score=s, deviation=d)

def gold(stem, fname, fmt, unit, year, projects=(), department=None, spending=()):
    p = DOCS / fname
    g = {"contract": "self-eval-facts/1",
         "source": {"file": fname, "sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "format": fmt},
         "unit": dict(zip(["name", "province", "city", "county", "adcode"], unit)),
         "fiscal_year": year, "projects": list(projects), "department": department,
         "summary_rows": [], "spending": list(spending), "partial": False}
    (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")

def sp(cls, path, phase, year, amt):
    return dict(classification=cls, path=path, phase=phase, year=year, amount=amt)

def pct(x):
    return f"{x:.2f}%"

IND_HDR = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]

# ---------------------------------------------------------------- Y01 DOCX, fund rows as columns
def y01():
    stem, fname = "Y01_santai_nyncj_2023_gaobiao", "Y01_santai_nyncj_2023_gaobiao.docx"
    unit = ("三台县农业农村局", "四川省", "绵阳市", "三台县", "510722")
    name = "三台县2023年高标准农田建设管护项目"
    tot = (320.00, 356.40, 348.62); cur = (300.00, 336.40, 328.62); co = (20.00, 20.00, 20.00)
    rt, rc, rco = rate(tot[2], tot[1]), rate(cur[2], cur[1]), rate(co[2], co[1])
    inds = [ind("产出指标", "数量指标", "管护高标准农田面积", "≥5.2万亩", "5.2万亩", 20, 20, "无"),
            ind("产出指标", "质量指标", "工程设施完好率", "≥95%", "93%", 20, 18, "部分沟渠受汛期冲毁，下年度加强汛前巡查"),
            ind("产出指标", "时效指标", "管护任务完成时间", "2023年12月底前", "2023年12月", 10, 10, "无"),
            ind("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", "48公斤", 15, 14, "受夏季旱情影响"),
            ind("效益指标", "可持续影响指标", "设施使用年限", "≥10年", "10年", 10, 10, "无"),
            ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "92%", 15, 15, "无")]
    fscore = 9.78
    total = round(fscore + sum(i["score"] for i in inds), 2)
    doc = Document()
    doc.add_heading("项目支出绩效自评表", 1)
    doc.add_paragraph("（2023年度）")
    doc.add_paragraph("单位：万元")
    rows = [["项目名称", name, name, name, name],
            ["主管部门", "三台县农业农村局", "实施单位", "三台县农业农村局", "三台县农业农村局"],
            ["项目资金", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
            ["年初预算数", f"{tot[0]:.2f}", f"{cur[0]:.2f}", f"{co[0]:.2f}", "—"],
            ["全年预算数", f"{tot[1]:.2f}", f"{cur[1]:.2f}", f"{co[1]:.2f}", "—"],
            ["全年执行数", f"{tot[2]:.2f}", f"{cur[2]:.2f}", f"{co[2]:.2f}", "—"],
            ["分值", "10", "—", "—", "—"],
            ["执行率", pct(rt), pct(rc), pct(rco), "—"],
            ["得分", f"{fscore}", "—", "—", "—"],
            ["年度总体目标", "预期目标", "预期目标", "实际完成情况", "实际完成情况"],
            ["年度总体目标", "完成全县5.2万亩高标准农田管护，保障工程设施正常运行。", "完成全县5.2万亩高标准农田管护，保障工程设施正常运行。",
             "全年完成5.2万亩高标准农田管护，设施总体运行良好。", "全年完成5.2万亩高标准农田管护，设施总体运行良好。"]]
    t = doc.add_table(rows=len(rows), cols=5); t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for r, (a, b) in [(0, (1, 4)), (1, (3, 4)), (9, (1, 2)), (9, (3, 4)), (10, (1, 2)), (10, (3, 4))]:
        t.cell(r, a).merge(t.cell(r, b))
        t.cell(r, a).text = rows[r][a]
    t.cell(9, 0).merge(t.cell(10, 0)); t.cell(9, 0).text = "年度总体目标"
    doc.add_paragraph("绩效指标完成情况")
    t2 = doc.add_table(rows=1, cols=8); t2.style = "Table Grid"
    for c, v in enumerate(IND_HDR):
        t2.cell(0, c).text = v
    for i in inds:
        cells = t2.add_row().cells
        for c, k in enumerate(["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]):
            cells[c].text = str(i[k])
    cells = t2.add_row().cells
    cells[0].text = "总分"; cells[5].text = "100"; cells[6].text = f"{total}"
    cells = t2.add_row().cells
    cells[0].text = "评价等级"; cells[5].text = "优"
    doc.save(DOCS / fname)
    proj = dict(name=name, supervising_dept="三台县农业农村局", implementing_unit="三台县农业农村局",
                funds=dict(total=frow(*tot, 10, rt, fscore), current_appropriation=frow(*cur, None, rc, None),
                           carryover=frow(*co, None, rco, None)),
                goal_expected="完成全县5.2万亩高标准农田管护，保障工程设施正常运行。",
                goal_actual="全年完成5.2万亩高标准农田管护，设施总体运行良好。",
                indicators=inds, total_weight=100, total_score=total, grade="优")
    gold(stem, fname, "docx", unit, 2023, [proj])

# ---------------------------------------------------------------- Y02 HTML, mirrored (labels on the right)
def y02():
    stem, fname = "Y02_deqing_wgltj_2022_litang", "Y02_deqing_wgltj_2022_litang.html"
    uname = "德清县文化和广电旅游体育局"
    unit = (uname, "浙江省", "湖州市", "德清县", "330521")
    name = "德清县农村文化礼堂提档升级项目"
    tot = (150.00, 150.00, 142.50); r = rate(tot[2], tot[1])
    inds = [ind("产出指标", "数量指标", "提档升级文化礼堂数量", "12个", "12个", 20, 20, "无"),
            ind("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 20, 20, "无"),
            ind("产出指标", "成本指标", "单个礼堂提升成本", "≤12.5万元", "11.88万元", 10, 10, "无"),
            ind("效益指标", "社会效益指标", "年均开展文化活动场次", "≥240场", "226场", 20, 18, "部分礼堂受疫情影响暂停开放，下年度增加活动频次"),
            ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "96.3%", 20, 20, "无")]
    fs = 9.5; total = round(fs + sum(i["score"] for i in inds), 2)
    ge = "对全县12个农村文化礼堂进行提档升级，丰富群众精神文化生活。"
    ga = "完成12个农村文化礼堂提档升级并投入使用。"
    td = lambda v, cs=1, rs=1: f'<td colspan="{cs}" rowspan="{rs}">{v}</td>'
    rows = []
    rows.append(td(name, 7) + td("项目名称"))
    rows.append(td(uname, 3) + td("实施单位") + td(uname, 3) + td("主管部门"))
    rows.append(td("得分") + td("执行率") + td("分值") + td("全年执行数") + td("全年预算数") + td("年初预算数", 2) + td("项目资金（万元）"))
    rows.append(td(fs) + td(pct(r)) + td(10) + td(f"{tot[2]:.2f}") + td(f"{tot[1]:.2f}") + td(f"{tot[0]:.2f}", 2) + td("年度资金总额"))
    rows.append(td("—") + td(pct(r)) + td("—") + td(f"{tot[2]:.2f}") + td(f"{tot[1]:.2f}") + td(f"{tot[0]:.2f}", 2) + td("其中：当年财政拨款"))
    rows.append(td("—") + td("—") + td("—") + td("—") + td("—") + td("—", 2) + td("上年结转资金"))
    rows.append(td("实际完成情况", 3) + td("预期目标", 4) + td("年度总体目标", 1, 2))
    rows.append(td(ga, 3) + td(ge, 4))
    rows.append("".join(td(h) for h in reversed(IND_HDR)))
    for i in inds:
        rows.append("".join(td(i[k]) for k in ["deviation", "score", "weight", "actual", "target", "name", "level2", "level1"]))
    rows.append(td("") + td(total) + td(100) + td("", 4) + td("总分"))
    rows.append(td("优", 7) + td("评价等级"))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{uname}2022年度项目支出绩效自评表</title></head>
<body><div class="nav">首页 &gt; 信息公开 &gt; 财政预决算</div>
<h2 style="text-align:center">{uname}2022年度项目支出绩效自评表</h2>
<p style="text-align:right">单位：万元</p>
<table border="1" dir="rtl" style="border-collapse:collapse">
{''.join('<tr>' + r_ + '</tr>' + chr(10) for r_ in rows)}</table>
<p>发布日期：2023-05-16</p></body></html>"""
    (DOCS / fname).write_text(html, encoding="utf-8")
    proj = dict(name=name, supervising_dept=uname, implementing_unit=uname,
                funds=dict(total=frow(*tot, 10, r, fs), current_appropriation=frow(*tot, None, r, None)),
                goal_expected=ge, goal_actual=ga, indicators=inds, total_weight=100, total_score=total, grade="优")
    gold(stem, fname, "html", unit, 2022, [proj])

# ---------------------------------------------------------------- Y03 XLSX, funds and indicators on two sheets
def y03():
    stem, fname = "Y03_huize_wjj_2021_gonggongweisheng", "Y03_huize_wjj_2021_gonggongweisheng.xlsx"
    uname = "会泽县卫生健康局"
    unit = (uname, "云南省", "曲靖市", "会泽县", "530326")
    name = "2021年基本公共卫生服务项目"
    tot = (2860.00, 3124.56, 3011.20); cur = (2860.00, 2980.56, 2867.20); co = (None, 144.00, 144.00)
    rt, rc, rco = rate(tot[2], tot[1]), rate(cur[2], cur[1]), rate(co[2], co[1])
    fs = 9.64
    inds = [ind("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "95.6%", 15, 15, "无"),
            ind("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥65%", "61.2%", 15, 13, "部分偏远村老年人外出务工，下年度开展集中体检"),
            ind("产出指标", "质量指标", "高血压患者规范管理率", "≥60%", "64.8%", 15, 15, "无"),
            ind("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 10, 10, "无"),
            ind("效益指标", "社会效益指标", "居民健康素养水平", "逐步提高", "有所提高", 15, 15, "无"),
            ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "88.5%", 20, 20, "无")]
    total = round(fs + sum(i["score"] for i in inds), 2)
    ge = "为辖区常住居民免费提供基本公共卫生服务，提高居民健康水平。"
    ga = "全年为辖区常住居民提供12类基本公共卫生服务，各项任务基本完成。"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "项目资金"
    ws.append(["项目支出绩效自评表"]); ws.merge_cells("A1:G1")
    ws.append(["（2021年度）"]); ws.merge_cells("A2:G2")
    ws.append(["项目名称", name, None, None, None, None, None]); ws.merge_cells("B3:G3")
    ws.append(["主管部门", uname, None, None, "实施单位", uname, None]); ws.merge_cells("B4:D4"); ws.merge_cells("F4:G4")
    ws.append(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    ws.append(["年度资金总额", tot[0], tot[1], tot[2], 10, pct(rt), fs])
    ws.append(["其中：当年财政拨款", cur[0], cur[1], cur[2], "—", pct(rc), "—"])
    ws.append(["上年结转资金", "—", co[1], co[2], "—", pct(rco), "—"])
    ws.append(["其他资金", "—", "—", "—", "—", "—", "—"])
    ws.append(["年度总体目标", "预期目标", None, None, "实际完成情况", None, None]); ws.merge_cells("B10:D10"); ws.merge_cells("E10:G10")
    ws.append([None, ge, None, None, ga, None, None]); ws.merge_cells("B11:D11"); ws.merge_cells("E11:G11"); ws.merge_cells("A10:A11")
    ws.append(["注：绩效指标完成情况见“绩效指标”表。"])
    for col in "ABCDEFG":
        ws.column_dimensions[col].width = 16
    ws2 = wb.create_sheet("绩效指标")
    ws2.append(["会泽县2021年基本公共卫生服务项目绩效指标完成情况"]); ws2.merge_cells("A1:H1")
    ws2.append(IND_HDR)
    prev = None
    for k, i in enumerate(inds):
        ws2.append([i["level1"] if i["level1"] != prev else None, i["level2"], i["name"], i["target"], i["actual"], i["weight"], i["score"], i["deviation"]])
        prev = i["level1"]
    ws2.merge_cells("A3:A6"); ws2.merge_cells("B3:B4")
    ws2.append(["总分", None, None, None, None, 100, total, None]); ws2.merge_cells(f"A{ws2.max_row}:E{ws2.max_row}")
    ws2.append(["评价等级", None, None, None, None, "优", None, None]); ws2.merge_cells(f"A{ws2.max_row}:E{ws2.max_row}")
    for col in "ABCDEFGH":
        ws2.column_dimensions[col].width = 18
    wb.save(DOCS / fname)
    proj = dict(name=name, supervising_dept=uname, implementing_unit=uname,
                funds=dict(total=frow(*tot, 10, rt, fs), current_appropriation=frow(*cur, None, rc, None),
                           carryover=frow(*co, None, rco, None)),
                goal_expected=ge, goal_actual=ga, indicators=inds, total_weight=100, total_score=total, grade="优")
    gold(stem, fname, "xlsx", unit, 2021, [proj])

# ---------------------------------------------------------------- Y04 HTML 决算说明, tables inside paragraphs
def y04():
    stem, fname = "Y04_luxi_lyj_2020_juesuan", "Y04_luxi_lyj_2020_juesuan.html"
    uname = "泸溪县林业局"
    unit = (uname, "湖南省", "湘西土家族苗族自治州", "泸溪县", "433122")
    Y = 2020
    inc = [("财政拨款收入", 1745.12), ("其他收入", 117.25)]
    exp = [("基本支出", 1024.58), ("项目支出", 837.79)]
    tot = 1862.37
    sg = [(["三公经费"], 15.00, 12.46), (["三公经费", "因公出国（境）费"], 0.00, 0.00),
          (["三公经费", "公务用车购置及运行维护费"], 11.00, 9.86),
          (["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], 0.00, 0.00),
          (["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], 11.00, 9.86),
          (["三公经费", "公务接待费"], 4.00, 2.60)]
    sglabel = ["“三公”经费合计", "1.因公出国（境）费", "2.公务用车购置及运行维护费", "（1）公务用车购置费", "（2）公务用车运行维护费", "3.公务接待费"]
    tbl = lambda head, rows: ('<table border="1" style="display:inline-table;border-collapse:collapse;margin:0 4px">'
                               + "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
                               + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    t_inc = tbl(["收入项目", "金额（万元）", "占比"], [[n, f"{a:.2f}", f"{a/tot*100:.2f}%"] for n, a in inc])
    t_exp = tbl(["支出项目", "金额（万元）", "占比"], [[n, f"{a:.2f}", f"{a/tot*100:.2f}%"] for n, a in exp])
    t_sg = tbl(["项目", "预算数", "决算数"], [[l, f"{b:.2f}", f"{f:.2f}"] for l, (_, b, f) in zip(sglabel, sg)])
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{uname}2020年度部门决算公开</title></head>
<body><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门决算</div>
<h1>{uname}2020年度部门决算公开</h1>
<h3>第二部分 {uname}2020年度部门决算情况说明</h3>
<div class="p">一、收入支出决算总体情况说明。2020年度收、支总计均为{tot:.2f}万元，与上年相比增加86.20万元，增长4.85%，主要原因是退耕还林补助资金增加。</div>
<div class="p">二、收入决算情况说明。本年收入合计{tot:.2f}万元，具体构成如下：{t_inc}主要为县级财政拨款。</div>
<div class="p">三、支出决算情况说明。本年支出合计{tot:.2f}万元，按支出性质分：{t_exp}基本支出主要用于保障机构正常运转，项目支出主要用于生态护林员补助和森林防火。</div>
<div class="p">四、“三公”经费支出决算情况说明。2020年度“三公”经费预算与决算情况见下表（单位：万元）：{t_sg}决算数小于预算数的主要原因是严格执行中央八项规定精神，压减公务接待。2020年末实有公务用车3辆。</div>
<div class="p">五、其他重要事项说明。本单位2020年度政府采购支出总额56.40万元。</div>
<p>联系电话：0743-4262315</p></body></html>"""
    (DOCS / fname).write_text(html, encoding="utf-8")
    spend = [sp("income", ["收入总计"], "final", Y, tot), sp("expenditure_type", ["支出总计"], "final", Y, tot),
             sp("income", ["本年收入合计"], "final", Y, tot), sp("expenditure_type", ["本年支出合计"], "final", Y, tot)]
    spend += [sp("income", [n], "final", Y, a) for n, a in inc]
    spend += [sp("expenditure_type", [n], "final", Y, a) for n, a in exp]
    for p, b, f in sg:
        spend += [sp("three_public", p, "initial_budget", Y, b), sp("three_public", p, "final", Y, f)]
    dept = dict(funds=frow(None, None, tot, None, None, None), basic_expenditure=1024.58, project_expenditure=837.79,
                personnel_expenditure=None, public_expenditure=None, score=None, grade=None, indicators=[])
    gold(stem, fname, "html", unit, Y, [], dept, spend)

# ---------------------------------------------------------------- Y05 DOCX 部门整体 report, table after long prose
def y05():
    stem, fname = "Y05_lanling_scjgj_2024_zhengti", "Y05_lanling_scjgj_2024_zhengti.docx"
    uname = "兰陵县市场监督管理局"
    unit = (uname, "山东省", "临沂市", "兰陵县", "371324")
    Y = 2024
    f = (2456.30, 2688.74, 2650.12); r = rate(f[2], f[1]); fs = 9.86
    inds = [ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥2400批次", "2516批次", 20, 20, "无"),
            ind("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 20, 20, "无"),
            ind("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", "99.2%", 10, 10, "无"),
            ind("效益指标", "社会效益指标", "全县重大食品安全事故", "0起", "0起", 20, 20, "无"),
            ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "89.4%", 20, 18, "部分个体户对审批时限不满意，将进一步压缩办理时限")]
    total = round(fs + sum(i["score"] for i in inds), 2)
    doc = Document()
    doc.add_heading(f"{uname}2024年度部门整体支出绩效自评报告", 1)
    paras = [
        "一、部门基本情况",
        "（一）部门职能。本局负责全县市场综合监督管理，统一登记市场主体，组织实施质量强县战略，负责食品安全监督管理综合协调、药品和医疗器械经营使用环节监管、特种设备安全监察、知识产权保护等工作。",
        "（二）机构和人员情况。本局内设13个股室，下设17个市场监管所，编制人数186人，年末实有在职人员179人、退休人员64人，实有公务用车11辆。",
        "二、部门整体支出情况",
        "2024年度本局严格按照预算批复组织支出。本年度基本支出1823.45万元，其中人员经费1612.30万元、公用经费211.15万元；项目支出826.67万元，主要用于食品安全抽检、特种设备检验检测、12315热线运行和知识产权保护等方面。",
        "三、部门整体绩效目标实现情况",
        "全年完成食品安全监督抽检2516批次，每千人抽检量达到4.6批次；核查处置不合格食品124批次，处置率100%；受理投诉举报6832件，按时办结率99.2%；全县未发生重大食品安全事故。新登记市场主体1.87万户，同比增长6.3%。",
        "四、存在的问题及改进措施",
        "一是部分项目前期论证不够充分，预算调整较多；二是绩效目标设置不够细化，个别指标难以量化。下一步将加强预算编制与绩效目标的衔接，完善绩效运行监控。",
        "五、自评结论",
        f"经自评，本局2024年度部门整体支出绩效自评得分{total}分，评价等级为优。部门整体支出绩效自评表附后。",
        "附件：部门整体支出绩效自评表",
    ]
    for p in paras:
        doc.add_paragraph(p)
    rows = [["部门名称", uname, uname, uname, uname, uname, uname, uname],
            ["部门资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["年度资金总额", f"{f[0]:.2f}", f"{f[1]:.2f}", f"{f[2]:.2f}", "10", pct(r), f"{fs}", ""],
            IND_HDR]
    rows += [[str(i[k]) for k in ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]] for i in inds]
    rows += [["总分", "", "", "", "", "100", f"{total}", ""], ["评价等级", "", "", "", "", "优", "", ""]]
    t = doc.add_table(rows=len(rows), cols=8); t.style = "Table Grid"
    for ri, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(ri, c).text = v
    t.cell(0, 1).merge(t.cell(0, 7)); t.cell(0, 1).text = uname
    doc.save(DOCS / fname)
    dept = dict(funds=frow(*f, 10, r, fs), basic_expenditure=1823.45, project_expenditure=826.67,
                personnel_expenditure=1612.30, public_expenditure=211.15, score=total, grade="优", indicators=inds)
    spend = [sp("expenditure_type", ["基本支出"], "final", Y, 1823.45), sp("expenditure_type", ["项目支出"], "final", Y, 826.67),
             sp("economic", ["人员经费"], "final", Y, 1612.30), sp("economic", ["公用经费"], "final", Y, 211.15)]
    gold(stem, fname, "docx", unit, Y, [], dept, spend)

# ---------------------------------------------------------------- Y06 PDF from DOCX, very narrow columns
def set_w(cell, cm):
    cell.width = Cm(cm)

def y06():
    stem = "Y06_ningxiang_slj_2019_shanhong"
    fname = stem + ".pdf"
    uname = "宁乡市水利局"
    unit = (uname, "湖南省", "长沙市", "宁乡市", "430182")
    name = "宁乡市2019年山洪灾害防治非工程措施运行维护项目"
    tot = (1250.00, 1386.42, 1302.75); r = rate(tot[2], tot[1]); fs = round(r / 10, 2)
    inds = [ind("产出指标", "数量指标", "自动雨量监测站点运行维护数量", "≥186个", "186个", 15, 15, "无"),
            ind("产出指标", "质量指标", "监测站点数据到报率", "≥95%", "96.8%", 15, 15, "无"),
            ind("产出指标", "成本指标", "单站年运行维护费用", "≤1.2万元", "1.16万元", 10, 10, "无"),
            ind("效益指标", "社会效益指标", "山洪灾害预警信息发布覆盖人口", "≥12,500人", "12,836人", 20, 20, "无"),
            ind("效益指标", "可持续影响指标", "预警系统持续运行年限", "≥5年", "5年", 10, 9, "部分设备老化，下年度申请更新"),
            ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.5%", 20, 20, "无")]
    total = round(fs + sum(i["score"] for i in inds), 2)
    ge = "保障全市山洪灾害监测预警系统全年稳定运行，及时发布预警信息。"
    ga = "全市186个监测站点全年稳定运行，汛期发布预警信息3260条。"
    doc = Document()
    st = doc.styles["Normal"]; st.font.size = Pt(8); st.font.name = "SimSun"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    doc.add_paragraph("项目支出绩效自评表").runs[0].bold = True
    doc.add_paragraph("（2019年度）        单位：万元")
    W = [1.3, 1.3, 2.6, 1.05, 1.05, 1.05, 0.9, 1.05, 0.9, 2.0]
    rows = [["项目名称", name] + [name] * 8,
            ["主管部门", uname, uname, uname, uname, "实施单位", uname, uname, uname, uname],
            ["项目资金", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
            ["", "年度资金总额", "年度资金总额", f"{tot[0]:,.2f}", f"{tot[1]:,.2f}", f"{tot[2]:,.2f}", "10", pct(r), f"{fs}", ""],
            ["", "其中：当年财政拨款", "其中：当年财政拨款", f"{tot[0]:,.2f}", f"{tot[1]:,.2f}", f"{tot[2]:,.2f}", "—", pct(r), "—", ""],
            ["", "上年结转资金", "上年结转资金", "—", "—", "—", "—", "—", "—", ""],
            ["年度总体目标", "预期目标", ge, ge, ge, "实际完成情况", ga, ga, ga, ga],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "", ""]]
    # indicator rows use columns 0..7 with col 7 spanning 7-9
    rows[-1] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "偏差原因分析及改进措施", "偏差原因分析及改进措施"]
    for i in inds:
        d = i["deviation"]
        rows.append([i["level1"], i["level2"], i["name"], i["target"], i["actual"], str(i["weight"]), str(i["score"]), d, d, d])
    rows.append(["总分", "总分", "总分", "总分", "总分", "100", f"{total}", "", "", ""])
    rows.append(["评价等级", "评价等级", "评价等级", "评价等级", "评价等级", "优", "", "", "", ""])
    t = doc.add_table(rows=len(rows), cols=10); t.style = "Table Grid"; t.autofit = False
    grid = t._tbl.tblGrid
    for k, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(W[k] * 567)))
    for ri, row in enumerate(rows):
        for c, v in enumerate(row):
            set_w(t.cell(ri, c), W[c])
    def merge(ri, a, b):
        txt = rows[ri][a]
        t.cell(ri, a).merge(t.cell(ri, b)); t.cell(ri, a).text = txt
    for ri, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(ri, c).text = v
    merge(0, 1, 9); merge(1, 1, 4); merge(1, 6, 9); merge(2, 0, 2)
    for ri in (3, 4, 5):
        merge(ri, 1, 2)
    merge(6, 2, 4); merge(6, 6, 9)
    for ri in range(7, len(rows)):
        merge(ri, 7, 9)
    merge(len(rows) - 2, 0, 4); merge(len(rows) - 1, 0, 4)
    tmp = DOCS / (stem + ".docx")
    doc.save(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS), str(tmp)],
                   check=True, capture_output=True, timeout=120)
    tmp.unlink()
    proj = dict(name=name, supervising_dept=uname, implementing_unit=uname,
                funds=dict(total=frow(*tot, 10, r, fs), current_appropriation=frow(*tot, None, r, None)),
                goal_expected=ge, goal_actual=ga, indicators=inds, total_weight=100, total_score=total, grade="优")
    gold(stem, fname, "pdf", unit, 2019, [proj])

if __name__ == "__main__":
    for f in (y01, y02, y03, y04, y05, y06):
        f()
    print("ok", sorted(p.name for p in DOCS.iterdir()))
