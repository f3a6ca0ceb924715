"""Blind test set 8: eight new documents with hand-labelled gold (self-eval-facts/1)."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs"); GOLD = os.path.join(HERE, "gold")
for d in (DOCS, GOLD):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)

def fund(i=None, a=None, e=None, w=None, r=None, s=None):
    return dict(initial_budget=i, adjusted_budget=a, executed=e, weight=w, execution_rate=r, score=s)

def ind(l1, l2, name, t, a, w, s, dev):
    return dict(level1=l1, level2=l2, name=name, target=t, actual=a, weight=w, score=s, deviation=dev)

def sp(c, path, phase, year, amt):
    return dict(classification=c, path=path, phase=phase, year=year, amount=amt)

def project(name, sup=None, imp=None, funds=None, ge=None, ga=None, inds=(), tw=None, ts=None, grade=None):
    return dict(name=name, supervising_dept=sup, implementing_unit=imp, funds=funds or {}, goal_expected=ge,
                goal_actual=ga, indicators=list(inds), total_weight=tw, total_score=ts, grade=grade)

def dept(funds, basic=None, proj=None, pers=None, pub=None, score=None, grade=None, inds=()):
    return dict(funds=funds, basic_expenditure=basic, project_expenditure=proj, personnel_expenditure=pers,
                public_expenditure=pub, score=score, grade=grade, indicators=list(inds))

def write_gold(fname, fmt, unit, year, projects=(), department=None, summary=(), spending=()):
    path = os.path.join(DOCS, fname)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    g = {"contract": "self-eval-facts/1", "source": {"file": fname, "sha256": sha, "format": fmt},
         "unit": dict(zip(["name", "province", "city", "county", "adcode"], unit)), "fiscal_year": year,
         "projects": list(projects), "department": department, "summary_rows": list(summary),
         "spending": list(spending), "partial": False}
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)

def soffice(src, fmt, outname):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    shutil.move(produced, os.path.join(DOCS, outname)); shutil.rmtree(tmp)

def html_page(title, body, meta="发布时间：2024-03-12 09:30　来源：本站　浏览次数："):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="nav">首页 &gt; 政务公开 &gt; 财政预决算</div><h1>{title}</h1><div class="meta">{meta}</div>'
            f'<div class="content">{body}</div><div class="footer">主办单位版权所有 备案号：鲁ICP备05012345号</div></body></html>')

# ------------------------------------------------------------------ X01 HTML project table (rowspan/colspan)
X01 = "X01_yanggu_nyj_2023_gengdi.html"
inds01 = [
    ("产出指标", "数量指标", "补贴面积核实", "≥85万亩", "86.3万亩", 10, 10, "无"),
    ("产出指标", "数量指标", "惠及农户数", "≥9.2万户", "9.25万户", 10, 10, "无"),
    ("产出指标", "质量指标", "补贴资金发放准确率", "100%", "100%", 10, 10, "无"),
    ("产出指标", "时效指标", "补贴发放完成时间", "2023年6月30日前", "2023年6月25日", 10, 10, "无"),
    ("产出指标", "成本指标", "亩均补贴标准", "≤125元/亩", "121.5元/亩", 10, 10, "无"),
    ("效益指标", "经济效益", "农民种粮收入", "有所增加", "有所增加", 10, 9, "受粮价波动影响，增收幅度低于预期，下年加强政策宣传"),
    ("效益指标", "社会效益", "耕地撂荒面积", "较上年减少", "较上年减少12%", 10, 10, "无"),
    ("效益指标", "可持续影响", "耕地地力保护长效机制", "长期", "长期", 10, 10, "无"),
    ("满意度指标", "服务对象满意度", "受补贴农户满意度", "≥95%", "96.2%", 10, 10, "无"),
]
def tr(*cells): return "<tr>" + "".join(cells) + "</tr>"
def td(x, rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{a}>{x}</td>"
rows = [
    tr(td("（2023年度）", cs=10)),
    tr(td("项目名称"), td("耕地地力保护补贴发放工作经费", cs=9)),
    tr(td("主管部门"), td("阳谷县农业农村局", cs=4), td("实施单位", cs=2), td("阳谷县农业技术推广中心", cs=3)),
    tr(td("项目资金<br>（万元）", rs=5), td("", cs=2), td("年初预算数"), td("全年预算数"), td("全年执行数"), td("分值"), td("执行率"), td("得分", cs=2)),
    tr(td("年度资金总额", cs=2), td("120.00"), td("135.50"), td("131.20"), td("10"), td("96.83%"), td("9.68", cs=2)),
    tr(td("其中：当年财政拨款", cs=2), td("100.00"), td("115.50"), td("111.20"), td("—"), td("96.28%"), td("—", cs=2)),
    tr(td("　　　上年结转资金", cs=2), td("20.00"), td("20.00"), td("20.00"), td("—"), td("100%"), td("—", cs=2)),
    tr(td("　　　其他资金", cs=2), td("—"), td("—"), td("—"), td("—"), td("—"), td("—", cs=2)),
    tr(td("年度总体目标", rs=2), td("预期目标", cs=4), td("实际完成情况", cs=5)),
    tr(td("按时足额将耕地地力保护补贴发放到户，核实补贴面积85万亩以上，引导农民保护耕地地力。", cs=4),
       td("全年核实补贴面积86.3万亩，补贴资金于2023年6月25日前全部“一卡通”发放到户。", cs=5)),
    tr(td("绩效指标", rs=len(inds01) + 1), td("一级指标"), td("二级指标"), td("三级指标"), td("年度指标值"), td("实际完成值"), td("分值"), td("得分"), td("偏差原因分析及改进措施", cs=2)),
]
# level1 / level2 rowspans
def spans(vals):
    out, i = [], 0
    while i < len(vals):
        j = i
        while j < len(vals) and vals[j] == vals[i]: j += 1
        out.append((i, j - i)); i = j
    return dict(out)
s1 = spans([r[0] for r in inds01]); s2 = spans([(r[0], r[1]) for r in inds01])
for k, r in enumerate(inds01):
    cells = []
    if k in s1: cells.append(td(r[0], rs=s1[k]))
    if k in s2: cells.append(td(r[1], rs=s2[k]))
    cells += [td(r[2]), td(r[3]), td(r[4]), td(r[5]), td(r[6]), td(r[7], cs=2)]
    rows.append(tr(*cells))
rows.append(tr(td("总分", cs=6), td("100"), td("98.68"), td("", cs=2)))
rows.append(tr(td("评价等级", cs=6), td("优", cs=4)))
body = ('<p style="text-align:center">项目支出绩效自评表</p>' +
        '<table border="1" cellspacing="0">' + "".join(rows) + "</table>" +
        "<p>填报人：王某某　联系电话：0635-6212345　填报日期：2024年2月28日</p>")
open(os.path.join(DOCS, X01), "w", encoding="utf-8").write(
    html_page("阳谷县农业农村局2023年度耕地地力保护补贴发放工作经费绩效自评结果公开", body))
L2 = {"经济效益": "经济效益指标", "社会效益": "社会效益指标", "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"}
write_gold(X01, "html", ["阳谷县农业技术推广中心", "山东省", "聊城市", "阳谷县", "371521"], 2023, projects=[
    project("耕地地力保护补贴发放工作经费", "阳谷县农业农村局", "阳谷县农业技术推广中心",
            {"total": fund(120.0, 135.5, 131.2, 10, 96.83, 9.68),
             "current_appropriation": fund(100.0, 115.5, 111.2, None, 96.28, None),
             "carryover": fund(20.0, 20.0, 20.0, None, 100.0, None)},
            "按时足额将耕地地力保护补贴发放到户，核实补贴面积85万亩以上，引导农民保护耕地地力。",
            "全年核实补贴面积86.3万亩，补贴资金于2023年6月25日前全部“一卡通”发放到户。",
            [ind(r[0], L2.get(r[1], r[1]), *r[2:]) for r in inds01], 100, 98.68, "优")])

# ------------------------------------------------------------------ X02 XLSX, two projects in one sheet, money in 元
X02 = "X02_xianxian_wjj_2022_gongwei.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "项目自评表"
r = [1]
def put(row, col, val, merge_to=None, fmt=None):
    c = ws.cell(row=row, column=col, value=val); c.alignment = Alignment(wrap_text=True, vertical="center")
    if fmt: c.number_format = fmt
    if merge_to: ws.merge_cells(start_row=row, start_column=col, end_row=merge_to[0], end_column=merge_to[1])
put(1, 1, "献县卫生健康局2022年度项目支出绩效自评表", (1, 8)); put(2, 1, "金额单位：元", (2, 8))
r[0] = 3
def xproject(name, funds, ge, ga, inds, tot, grade, as_text):
    R = r[0]
    put(R, 1, "项目名称"); put(R, 2, name, (R, 8)); R += 1
    put(R, 1, "主管部门"); put(R, 2, "献县卫生健康局", (R, 4)); put(R, 5, "实施单位"); put(R, 6, "献县卫生健康局", (R, 8)); R += 1
    put(R, 1, "项目资金", (R + len(funds), 1)); put(R, 2, "")
    for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]): put(R, 3 + k, h)
    R += 1
    for lab, vals in funds:
        put(R, 2, lab)
        for k, v in enumerate(vals):
            if isinstance(v, float) and not as_text: put(R, 3 + k, v, fmt="#,##0.00")
            elif isinstance(v, float): put(R, 3 + k, f"{v:,.2f}")
            else: put(R, 3 + k, v)
        R += 1
    put(R, 1, "年度总体目标", (R + 1, 1)); put(R, 2, "预期目标", (R, 4)); put(R, 5, "实际完成情况", (R, 8)); R += 1
    put(R, 2, ge, (R, 4)); put(R, 5, ga, (R, 8)); R += 1
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]): put(R, 1 + k, h)
    R += 1
    s1 = spans([x[0] for x in inds]); s2 = spans([(x[0], x[1]) for x in inds])
    for k, x in enumerate(inds):
        if k in s1: put(R + k, 1, x[0], (R + k + s1[k] - 1, 1) if s1[k] > 1 else None)
        if k in s2: put(R + k, 2, x[1], (R + k + s2[k] - 1, 2) if s2[k] > 1 else None)
        for j, v in enumerate(x[2:]): put(R + k, 3 + j, v)
    R += len(inds)
    put(R, 1, "总分", (R, 5)); put(R, 6, 100); put(R, 7, tot); R += 1
    if grade: put(R, 1, "评价等级", (R, 5)); put(R, 6, grade, (R, 8)); R += 1
    r[0] = R + 1
inds02a = [
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", "3.35万人", 15, 15, None),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥62%", "64.3%", 15, 15, None),
    ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 10, 10, None),
    ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "89元", "89元", 10, 10, None),
    ("效益指标", "社会效益指标", "居民健康素养水平", "较上年提高", "较上年提高1.2个百分点", 20, 18, "健康教育覆盖面不足，下年度加大宣传"),
    ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥90%", "92%", 20, 20, None),
]
ge2a = "为城乡居民免费提供基本公共卫生服务，65岁及以上老年人健康管理3.2万人以上。"
ga2a = "全年完成老年人健康管理3.35万人，高血压患者规范管理率64.3%。"
xproject("基本公共卫生服务项目", [
    ("年度资金总额", [3856400.0, 4012650.5, 3998210.0, 10, "99.64%", 9.96]),
    ("其中：当年财政拨款", [3856400.0, 4012650.5, 3998210.0, "—", "99.64%", "—"]),
    ("上年结转资金", ["—", "—", "—", "—", "—", "—"]),
    ("其他资金", ["—", "—", "—", "—", "—", "—"])], ge2a, ga2a, inds02a, 97.96, None, False)
inds02b = [
    ("产出指标", "数量指标", "重点人群签约人数", "≥6.5万人", "6.1万人", 20, 18, "部分村医退休，签约团队人员不足"),
    ("产出指标", "质量指标", "签约居民履约率", "≥95%", "95.4%", 20, 20, "无"),
    ("效益指标", "社会效益指标", "签约居民基层就诊率", "较上年提高", "提高", 20, 20, "无"),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥95%", "93%", 30, 27, "服务内容有待丰富"),
]
ge2b = "做实家庭医生签约服务，重点人群签约6.5万人以上。"
ga2b = "重点人群签约6.1万人，履约率95.4%。"
xproject("家庭医生签约服务经费", [
    ("年度资金总额", [860000.0, 1020000.0, 918000.0, "10", "90.00%", "9"]),
    ("其中：当年财政拨款", [860000.0, 860000.0, 860000.0, "—", "100.00%", "—"]),
    ("上年结转资金", ["—", 160000.0, 58000.0, "—", "36.25%", "—"]),
    ("其他资金", ["—", "—", "—", "—", "—", "—"])], ge2b, ga2b, inds02b, 94, "优", True)
put(r[0], 1, "填报单位（盖章）：献县卫生健康局　　填报日期：2023年3月10日", (r[0], 8))
wb.save(os.path.join(DOCS, X02))
write_gold(X02, "xlsx", ["献县卫生健康局", "河北省", "沧州市", "献县", "130929"], 2022, projects=[
    project("基本公共卫生服务项目", "献县卫生健康局", "献县卫生健康局",
            {"total": fund(385.64, 401.26505, 399.821, 10, 99.64, 9.96),
             "current_appropriation": fund(385.64, 401.26505, 399.821, None, 99.64, None)},
            ge2a, ga2a, [ind(*x) for x in inds02a], 100, 97.96, None),
    project("家庭医生签约服务经费", "献县卫生健康局", "献县卫生健康局",
            {"total": fund(86.0, 102.0, 91.8, 10, 90.0, 9),
             "current_appropriation": fund(86.0, 86.0, 86.0, None, 100.0, None),
             "carryover": fund(None, 16.0, 5.8, None, 36.25, None)},
            ge2b, ga2b, [ind(*x) for x in inds02b], 100, 94, "优")])

# ------------------------------------------------------------------ X03 部门整体 self-eval table, DOCX -> PDF
def new_doc():
    d = Document(); st = d.styles["Normal"]; st.font.size = Pt(9); return d
X03 = "X03_youyang_jw_2021_zhengti.pdf"
d = new_doc()
d.add_paragraph("2021年度部门整体支出绩效自评表")
d.add_paragraph("填报单位（盖章）：酉阳土家族苗族自治县教育委员会　　填报日期：2022年3月15日　　金额单位：万元")
inds03 = [
    ("产出指标（50分）", "数量指标", "义务教育阶段在校学生数", "≥5.8万人", "5.86万人", 10, 10, "无"),
    ("产出指标（50分）", "数量指标", "新建改扩建校舍面积", "≥3.2万平方米", "3.35万平方米", 10, 10, "无"),
    ("产出指标（50分）", "质量指标", "义务教育巩固率", "≥95%", "96.8%", 10, 10, "无"),
    ("产出指标（50分）", "时效指标", "学生资助资金发放及时率", "100%", "100%", 10, 10, "无"),
    ("产出指标（50分）", "成本指标", "小学生均公用经费标准", "≥650元/生·年", "650元/生·年", 10, 10, "无"),
    ("效益指标（30分）", "社会效益指标", "适龄儿童入学率", "100%", "100%", 15, 15, "无"),
    ("效益指标（30分）", "可持续影响指标", "教师培训覆盖率", "≥90%", "87.5%", 15, 12, "部分乡村教师工学矛盾突出，下年采取送培到校方式"),
    ("满意度指标（10分）", "服务对象满意度指标", "学生及家长满意度", "≥90%", "93.6%", 10, 10, "无"),
]
n = 2 + 4 + 2 + 1 + len(inds03) + 2
t = d.add_table(rows=n, cols=8); t.style = "Table Grid"
def cell(rw, c, txt, to=None):
    x = t.cell(rw, c)
    if to: x = x.merge(t.cell(*to))
    x.text = txt
cell(0, 0, "部门名称", None); cell(0, 1, "酉阳土家族苗族自治县教育委员会", (0, 7))
cell(1, 0, "部门职能"); cell(1, 1, "负责全县各级各类教育的统筹规划和管理，核定编制4,862人，实有在职教职工4,915人。", (1, 7))
cell(2, 0, "年度预算执行情况", (5, 0)); cell(2, 1, "")
for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]): cell(2, 2 + k, h)
for rw, vals in [(3, ["年度资金总额", "86,420.35", "92,118.60", "90,560.12", "10", "98.31%", "9.83"]),
                 (4, ["其中：基本支出", "52,300.00", "53,860.40", "53,860.40", "—", "100%", "—"]),
                 (5, ["　　　项目支出", "34,120.35", "38,258.20", "36,699.72", "—", "95.93%", "—"])]:
    for k, v in enumerate(vals): cell(rw, 1 + k, v)
cell(6, 0, "年度总体目标", (7, 0)); cell(6, 1, "预期目标", (6, 4)); cell(6, 5, "实际完成情况", (6, 7))
cell(7, 1, "巩固义务教育均衡发展成果，义务教育巩固率保持在95%以上，改善农村学校办学条件。", (7, 4))
cell(7, 5, "义务教育巩固率达96.8%，完成校舍新建改扩建3.35万平方米。", (7, 7))
for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]): cell(8, k, h)
base = 9; s1 = spans([x[0] for x in inds03]); s2 = spans([(x[0], x[1]) for x in inds03])
for k, x in enumerate(inds03):
    if k in s1: cell(base + k, 0, x[0], (base + k + s1[k] - 1, 0) if s1[k] > 1 else None)
    if k in s2: cell(base + k, 1, x[1], (base + k + s2[k] - 1, 1) if s2[k] > 1 else None)
    for j, v in enumerate(x[2:]): cell(base + k, 2 + j, str(v))
R = base + len(inds03)
cell(R, 0, "总分", (R, 4)); cell(R, 5, "100"); cell(R, 6, "96.83"); cell(R, 7, "")
cell(R + 1, 0, "评价等级", (R + 1, 4)); cell(R + 1, 5, "优", (R + 1, 7))
d.add_paragraph("注：执行率=全年执行数/全年预算数；预算执行率得分=执行率×分值，最高不超过10分。")
src = os.path.join(tempfile.mkdtemp(), "X03_youyang_jw_2021_zhengti.docx"); d.save(src); soffice(src, "pdf", X03)
write_gold(X03, "pdf", ["酉阳土家族苗族自治县教育委员会", "重庆市", "重庆市", "酉阳土家族苗族自治县", "500242"], 2021,
    department=dept(fund(86420.35, 92118.6, 90560.12, 10, 98.31, 9.83), 53860.4, 36699.72, None, None, 96.83, "优",
                    [ind(x[0].split("（")[0], *x[1:]) for x in inds03]),
    spending=[sp("expenditure_type", ["基本支出"], "initial_budget", 2021, 52300.0),
              sp("expenditure_type", ["基本支出"], "adjusted_budget", 2021, 53860.4),
              sp("expenditure_type", ["基本支出"], "final", 2021, 53860.4),
              sp("expenditure_type", ["项目支出"], "initial_budget", 2021, 34120.35),
              sp("expenditure_type", ["项目支出"], "adjusted_budget", 2021, 38258.2),
              sp("expenditure_type", ["项目支出"], "final", 2021, 36699.72)])

# ------------------------------------------------------------------ X04 部门决算 HTML, prose + 三公 table
X04 = "X04_bayi_slj_2022_juesuan.html"
body = """<p>林芝市巴宜区水利局2022年度部门决算公开</p>
<p><b>第一部分　部门概况</b></p><p>本部门内设机构4个，核定行政编制12人，实有人员15人；机动车辆3辆。</p>
<p><b>第二部分　2022年度部门决算情况说明</b></p>
<p>一、收入支出决算总体情况说明</p>
<p>2022年度收、支总计均为3,286.47万元。与上年相比，收、支总计各增加412.35万元，增长14.35%，主要原因是防汛抗旱项目资金增加。</p>
<p>二、收入决算情况说明</p>
<p>本年收入合计3,102.15万元，其中：财政拨款收入3,050.60万元，占98.34%；事业收入0万元；其他收入51.55万元，占1.66%。另有年初结转和结余184.32万元。</p>
<p>三、支出决算情况说明</p>
<p>本年支出合计3,198.06万元，其中：基本支出986.42万元，占30.84%；项目支出2,211.64万元，占69.16%。年末结转和结余88.41万元。</p>
<p>四、一般公共预算财政拨款基本支出决算情况说明</p>
<p>2022年度基本支出986.42万元，其中：人员经费872.10万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费等；公用经费114.32万元，主要包括办公费、差旅费、公务用车运行维护费等。</p>
<p>五、“三公”经费财政拨款支出决算情况说明</p>
<table border="1" cellspacing="0"><tr><td>项目</td><td>预算数</td><td>决算数</td></tr>
<tr><td>合计</td><td>32.00</td><td>27.46</td></tr>
<tr><td>1.因公出国（境）费</td><td>0.00</td><td>0.00</td></tr>
<tr><td>2.公务接待费</td><td>6.00</td><td>4.18</td></tr>
<tr><td>3.公务用车购置及运行维护费</td><td>26.00</td><td>23.28</td></tr>
<tr><td>　其中：（1）公务用车购置费</td><td>0.00</td><td>0.00</td></tr>
<tr><td>　　　　（2）公务用车运行维护费</td><td>26.00</td><td>23.28</td></tr></table>
<p>单位：万元</p>
<p>“三公”经费决算数比预算数减少4.54万元，下降14.19%，主要原因是严格落实过紧日子要求。</p>
<p>六、机关运行经费支出情况说明</p><p>2022年度本部门机关运行经费支出86.25万元，比上年减少5.20%。</p>
<p>七、政府采购支出情况说明</p><p>2022年度政府采购支出总额412.60万元，其中：政府采购货物支出35.60万元、政府采购工程支出320.00万元、政府采购服务支出57.00万元。授予中小企业合同金额412.60万元，占政府采购支出总额的100%。</p>
<p>八、国有资产占用情况说明</p><p>截至2022年12月31日，本部门共有车辆3辆，单价100万元以上设备0台（套）。</p>
<p>九、预算绩效管理情况说明</p><p>根据林财预〔2022〕18号文件要求，本部门对2022年度12个项目开展绩效自评，涉及一般公共预算拨款2,211.64万元，平均得分93.5分。</p>"""
open(os.path.join(DOCS, X04), "w", encoding="utf-8").write(
    html_page("林芝市巴宜区水利局2022年度部门决算公开", body, "发布时间：2023-09-06　来源：巴宜区水利局"))
SG = "三公经费"; CAR = "公务用车购置及运行维护费"
sg04 = []
for ph, vals in [("initial_budget", (32.0, 0.0, 6.0, 26.0, 0.0, 26.0)), ("final", (27.46, 0.0, 4.18, 23.28, 0.0, 23.28))]:
    for path, v in zip([[SG], [SG, "因公出国（境）费"], [SG, "公务接待费"], [SG, CAR], [SG, CAR, "公务用车购置费"], [SG, CAR, "公务用车运行维护费"]], vals):
        sg04.append(sp("three_public", path, ph, 2022, v))
write_gold(X04, "html", ["林芝市巴宜区水利局", "西藏自治区", "林芝市", "巴宜区", "540402"], 2022,
    department=dept(fund(None, None, 3198.06, None, None, None), 986.42, 2211.64, 872.1, 114.32),
    spending=[sp("income", ["收入总计"], "final", 2022, 3286.47),
              sp("expenditure_type", ["支出总计"], "final", 2022, 3286.47),
              sp("income", ["本年收入合计"], "final", 2022, 3102.15),
              sp("income", ["财政拨款收入"], "final", 2022, 3050.6),
              sp("income", ["事业收入"], "final", 2022, 0.0),
              sp("income", ["其他收入"], "final", 2022, 51.55),
              sp("expenditure_type", ["本年支出合计"], "final", 2022, 3198.06),
              sp("expenditure_type", ["基本支出"], "final", 2022, 986.42),
              sp("expenditure_type", ["项目支出"], "final", 2022, 2211.64),
              sp("economic", ["人员经费"], "final", 2022, 872.1),
              sp("economic", ["公用经费"], "final", 2022, 114.32),
              sp("economic", ["机关运行经费"], "final", 2022, 86.25)] + sg04)

# ------------------------------------------------------------------ X05 部门预算, DOCX -> DOC
X05 = "X05_jiangle_czj_2024_yusuan.doc"
d = new_doc()
d.add_paragraph("将乐县财政局2024年部门预算公开说明")
d.add_paragraph("根据《中华人民共和国预算法》和将财预〔2024〕3号文件要求，现将本部门2024年部门预算公开如下：")
d.add_paragraph("一、部门基本情况：本部门内设股室9个，编制38人，其中行政编制30人、事业编制8人。")
d.add_paragraph("二、收支预算总体情况：按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。"
                "2024年收入总计1,563.28万元，其中：一般公共预算拨款收入1,463.28万元，政府性基金预算拨款收入0万元，其他收入100.00万元。"
                "支出总计1,563.28万元，其中：基本支出1,102.56万元，项目支出460.72万元。收支总预算较上年增加86.40万元，增长5.85%。")
d.add_paragraph("三、基本支出预算情况：基本支出1,102.56万元，其中：人员经费968.31万元，公用经费134.25万元。"
                "机关运行经费预算134.25万元，较上年下降3.0%。")
d.add_paragraph("四、“三公”经费预算情况：（单位：万元）")
t = d.add_table(rows=7, cols=4); t.style = "Table Grid"
for i, row in enumerate([["项目", "2023年预算数", "2024年预算数", "增减额"],
                         ["合计", "12.50", "11.80", "-0.70"],
                         ["因公出国（境）费", "0", "0", "0"],
                         ["公务接待费", "3.50", "2.80", "-0.70"],
                         ["公务用车购置及运行费", "9.00", "9.00", "0"],
                         ["其中：公务用车购置费", "0", "0", "0"],
                         ["　　　公务用车运行费", "9.00", "9.00", "0"]]):
    for j, v in enumerate(row): t.cell(i, j).text = v
d.add_paragraph("五、政府采购预算情况：2024年政府采购预算56.00万元，其中货物类26.00万元、服务类30.00万元。")
d.add_paragraph("六、绩效目标设置情况：2024年本部门项目支出460.72万元全部编制绩效目标，涉及项目12个；生均、人均等定额标准按县定标准执行。")
d.add_paragraph("将乐县财政局　2024年2月6日")
src = os.path.join(tempfile.mkdtemp(), "X05_jiangle_czj_2024_yusuan.docx"); d.save(src); soffice(src, "doc", X05)
sg05 = []
for yr, vals in [(2023, (12.5, 0.0, 3.5, 9.0, 0.0, 9.0)), (2024, (11.8, 0.0, 2.8, 9.0, 0.0, 9.0))]:
    for path, v in zip([[SG], [SG, "因公出国（境）费"], [SG, "公务接待费"], [SG, CAR], [SG, CAR, "公务用车购置费"], [SG, CAR, "公务用车运行维护费"]], vals):
        sg05.append(sp("three_public", path, "initial_budget", yr, v))
I = "initial_budget"
write_gold(X05, "doc", ["将乐县财政局", "福建省", "三明市", "将乐县", "350428"], 2024,
    department=dept(fund(1563.28, None, None, None, None, None)),
    spending=[sp("income", ["收入总计"], I, 2024, 1563.28),
              sp("income", ["一般公共预算拨款收入"], I, 2024, 1463.28),
              sp("income", ["政府性基金预算拨款收入"], I, 2024, 0.0),
              sp("income", ["其他收入"], I, 2024, 100.0),
              sp("expenditure_type", ["支出总计"], I, 2024, 1563.28),
              sp("expenditure_type", ["基本支出"], I, 2024, 1102.56),
              sp("expenditure_type", ["项目支出"], I, 2024, 460.72),
              sp("economic", ["人员经费"], I, 2024, 968.31),
              sp("economic", ["公用经费"], I, 2024, 134.25),
              sp("economic", ["机关运行经费"], I, 2024, 134.25)] + sg05)

# ------------------------------------------------------------------ X06 部门整体 narrative, DOCX -> PDF
X06 = "X06_yangshuo_wgtl_2023_zhengti.pdf"
d = new_doc()
for p in ["阳朔县文化广电体育和旅游局2023年度部门整体支出绩效自评报告",
          "一、部门基本情况",
          "我局内设股室6个，下属事业单位3个，核定行政编制18人、事业编制42人，实有在职人员57人，退休人员31人。",
          "二、部门整体支出情况",
          "2023年度部门年初预算1,286.40万元，年中追加后调整预算为1,652.75万元。本年支出合计1,598.36万元，预算执行率96.71%。"
          "其中：基本支出826.14万元，占51.69%，较上年增长3.2%；项目支出772.22万元，占48.31%。基本支出中，人员经费735.60万元，公用经费90.54万元。",
          "“三公”经费支出6.82万元，比上年减少1.05万元，其中：公务接待费2.10万元，公务用车运行维护费4.72万元，因公出国（境）费0元。",
          "年末结转结余54.39万元，主要为跨年度实施的文物保护项目资金。全年政府采购合同金额218.00万元。",
          "三、部门整体绩效目标完成情况",
          "全年开展送戏下乡演出128场（目标≥120场），公共文化场馆免费开放率100%，接待游客人次较上年增长21.6%；群众满意度96%（目标值≥95%）。",
          "四、自评结论",
          "经综合评价，我局2023年度部门整体支出绩效自评得分为94.5分，评价等级为“优”。",
          "五、存在问题及改进措施",
          "个别项目前期论证不充分，资金支付进度偏慢。下一步将加强项目库建设，提高预算编制的科学性。",
          "阳朔县文化广电体育和旅游局", "2024年3月20日"]:
    d.add_paragraph(p)
src = os.path.join(tempfile.mkdtemp(), "X06_yangshuo_wgtl_2023_zhengti.docx"); d.save(src); soffice(src, "pdf", X06)
write_gold(X06, "pdf", ["阳朔县文化广电体育和旅游局", "广西壮族自治区", "桂林市", "阳朔县", "450321"], 2023,
    department=dept(fund(1286.4, 1652.75, 1598.36, None, 96.71, None), 826.14, 772.22, 735.6, 90.54, 94.5, "优"),
    spending=[sp("expenditure_type", ["部门年初预算"], "initial_budget", 2023, 1286.4),
              sp("expenditure_type", ["调整预算"], "adjusted_budget", 2023, 1652.75),
              sp("expenditure_type", ["本年支出合计"], "final", 2023, 1598.36),
              sp("expenditure_type", ["基本支出"], "final", 2023, 826.14),
              sp("expenditure_type", ["项目支出"], "final", 2023, 772.22),
              sp("economic", ["人员经费"], "final", 2023, 735.6),
              sp("economic", ["公用经费"], "final", 2023, 90.54),
              sp("three_public", [SG], "final", 2023, 6.82),
              sp("three_public", [SG, "公务接待费"], "final", 2023, 2.1),
              sp("three_public", [SG, CAR, "公务用车运行维护费"], "final", 2023, 4.72),
              sp("three_public", [SG, "因公出国（境）费"], "final", 2023, 0.0)])

# ------------------------------------------------------------------ X07 project narrative, DOCX
X07 = "X07_lintao_nyncj_2022_gaobiaozhun.docx"
goal07 = "新建高标准农田3.2万亩，配套建设灌溉排水、田间道路等设施，项目区粮食综合生产能力明显提升。"
d = new_doc()
for p in ["临洮县农业农村局2022年高标准农田建设项目绩效自评报告",
          "一、项目基本情况",
          "项目名称：2022年高标准农田建设项目",
          "主管部门：临洮县农业农村局　　实施单位：临洮县农业农村局",
          "根据定财农〔2022〕45号文件，下达我县2022年高标准农田建设资金2,850万元，其中：中央资金2,100万元、省级资金600万元、县级配套资金150万元。"
          "按亩均投入1,500元的标准安排建设内容。",
          "项目年度绩效目标：" + goal07,
          "二、项目资金使用及管理情况",
          "截至2022年12月31日，项目实际支出2,736.48万元，预算执行率96.02%，结转下年113.52万元，主要为工程质保金。项目政府采购（工程招标）合同金额2,680.00万元。",
          "三、项目绩效指标完成情况",
          "全年新建高标准农田3.26万亩，工程验收合格率100%，项目区亩均节本增效约135元（目标≥120元），受益农户1.2万户，受益群众满意度97%（目标≥95%）。",
          "四、自评结论",
          "经自评，该项目得分92.6分，评价等级为“优”。",
          "五、存在问题",
          "部分标段受降雨影响，完工时间较计划推迟15天。",
          "临洮县农业农村局", "2023年4月12日"]:
    d.add_paragraph(p)
d.save(os.path.join(DOCS, X07))
A = "adjusted_budget"
write_gold(X07, "docx", ["临洮县农业农村局", "甘肃省", "定西市", "临洮县", "621124"], 2022, projects=[
    project("2022年高标准农田建设项目", "临洮县农业农村局", "临洮县农业农村局",
            {"total": fund(None, 2850.0, 2736.48, None, 96.02, None)}, goal07, None, [], None, 92.6, "优")],
    spending=[sp("income", ["中央资金"], A, 2022, 2100.0), sp("income", ["省级资金"], A, 2022, 600.0),
              sp("income", ["县级配套资金"], A, 2022, 150.0)])

# ------------------------------------------------------------------ X08 several projects with a summary table, HTML
X08 = "X08_baoying_jyj_2023_xiangmuzongjie.html"
rows08 = [("义务教育学校公用经费", "3,265.80", 3265.8, "98", 98, "优"),
          ("学生资助补助经费", "1,120.45", 1120.45, "95.5", 95.5, "优"),
          ("校舍维修改造", "860.00", 860.0, "84", 84, "良"),
          ("教师培训经费", "150.00", 150.0, "78.5", 78.5, "中")]
tbl = ('<table border="1" cellspacing="0"><tr><td>序号</td><td>项目名称</td><td>预算金额（调整后）<br>（万元）</td><td>自评得分</td><td>评价等级</td></tr>'
       + "".join(f"<tr><td>{i+1}</td><td>{r[0]}</td><td>{r[1]}</td><td>{r[3]}</td><td>{r[5]}</td></tr>" for i, r in enumerate(rows08))
       + "</table>")
body = f"""<p>各有关单位：</p>
<p>根据《宝应县县级预算绩效管理办法》（宝财规〔2022〕2号）和宝财绩〔2024〕5号文件要求，我局组织对2023年度项目支出开展了绩效自评，现将有关情况报告如下。</p>
<p>一、自评范围</p><p>本次纳入自评范围的项目共4个，资金执行率目标均为≥95%。其中义务教育公用经费按小学生均720元、初中生均940元的标准足额拨付。</p>
<p>二、自评结果</p><p>从自评结果看，4个项目平均得分89.0分，其中评价等级为“优”的2个、“良”的1个、“中”的1个。具体情况如下表：</p>
<p>表1　2023年度项目支出绩效自评结果汇总表</p>{tbl}
<p>三、存在的主要问题</p><p>一是部分维修项目前期准备不足，开工时间晚于计划；二是培训项目受时间安排影响，部分培训未能按期开展。</p>
<p>四、下一步工作</p><p>加强项目储备和前期论证，将自评结果与2025年预算安排挂钩。</p>
<p style="text-align:right">宝应县教育局<br>2024年3月28日</p>"""
open(os.path.join(DOCS, X08), "w", encoding="utf-8").write(
    html_page("关于2023年度项目支出绩效自评情况的报告", body, "发布时间：2024-04-02　信息来源：县教育局"))
write_gold(X08, "html", ["宝应县教育局", "江苏省", "扬州市", "宝应县", "321023"], 2023,
    summary=[dict(project=r[0], amount=r[2], score=r[4], grade=r[5]) for r in rows08])
print("written", sorted(os.listdir(DOCS)))
