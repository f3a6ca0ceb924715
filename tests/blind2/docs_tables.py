"""Q01-Q06: project self-evaluation tables and department-wide tables."""
import os

import openpyxl
from docx.shared import Cm, Pt

from docs_common import (dset, dtable, html_table, new_doc, no_split, para, repeat_header,
                         xput)


# =====================================================================================
# Q01  XLSX, national 项目支出绩效自评表, money in 元 (numbers and text with separators),
#      主管部门 with a code prefix; 黑龙江 桦南县 2021
# =====================================================================================
def make_q01(ctx):
    fname = "Q01_huanan_njtg_2021_guanhu.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2021年项目自评表"
    for col, w in zip("ABCDEFGHIJ", [9, 11, 14, 10, 15, 15, 15, 7, 9, 16]):
        ws.column_dimensions[col].width = w
    xput(ws, "A1", "项目支出绩效自评表", "A1:J1", bold=True, size=16, border=False)
    xput(ws, "A2", "（2021年度）", "A2:J2", border=False)
    xput(ws, "A3", "项目名称", "A3:B3")
    xput(ws, "C3", "高标准农田建设项目管护经费", "C3:J3")
    xput(ws, "A4", "主管部门", "A4:B4")
    xput(ws, "C4", "[212]桦南县农业农村局", "C4:F4")
    xput(ws, "G4", "实施单位")
    xput(ws, "H4", "桦南县农业技术推广中心", "H4:J4")
    xput(ws, "A5", "项目资金\n（元）", "A5:B9")
    xput(ws, "C5", None, "C5:D5")
    for col, head in zip("EFGHIJ", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xput(ws, f"{col}5", head)
    money = "#,##0.00"
    xput(ws, "C6", "年度资金总额", "C6:D6")
    xput(ws, "E6", 1200000, fmt=money)
    xput(ws, "F6", 1356800, fmt=money)
    xput(ws, "G6", 1318246.5, fmt=money)
    xput(ws, "H6", 10)
    xput(ws, "I6", "97.16%")
    xput(ws, "J6", 9.72)
    xput(ws, "C7", "其中：当年财政\n拨款", "C7:D7")
    for col, v in zip("EFGHIJ", ["1,200,000.00", "1,200,000.00", "1,161,446.50", "—", "96.79%", "—"]):
        xput(ws, f"{col}7", v)
    xput(ws, "C8", "上年结转资金", "C8:D8")
    for col, v in zip("EFGHIJ", ["—", "156,800.00", "156,800.00", "—", "100%", "—"]):
        xput(ws, f"{col}8", v)
    xput(ws, "C9", "其他资金", "C9:D9")
    for col in "EFGHIJ":
        xput(ws, f"{col}9", "—")
    xput(ws, "A10", "年度\n总体\n目标", "A10:B11")
    xput(ws, "C10", "预期目标", "C10:F10")
    xput(ws, "G10", "实际完成情况", "G10:J10")
    xput(ws, "C11", "对全县2019—2020年建成的18.6万亩高标准农田开展工程设施管护，确保沟渠、机耕路、"
                    "桥涵等设施完好率不低于90%，保障农田\n灌排功能正常发挥。", "C11:F11", align="left")
    xput(ws, "G11", "完成18.6万亩高标准农田设施管护，维修渠道32.4公里、机耕路17.8公里，设施完好率"
                    "达到93%，较上年提高2个百分点。", "G11:J11", align="left")
    ws.row_dimensions[11].height = 75
    xput(ws, "A12", "一级指标")
    xput(ws, "B12", "二级指标")
    xput(ws, "C12", "三级指标", "C12:D12")
    xput(ws, "E12", "年度指标值")
    xput(ws, "F12", "实际完成值")
    xput(ws, "G12", "分值")
    xput(ws, "H12", "得分")
    xput(ws, "I12", "偏差原因分析及改进措施", "I12:J12")
    # (level1, level2, name, target, actual, weight, score, deviation)
    rows = [
        ("产出\n指标", "数量指标", "管护高标准农田面积", "≥18.6万亩", "18.6万亩", 10, 10, None),
        (None, None, "维修灌排渠道长度", "≥30公里", "32.4公里", 10, 10, None),
        (None, None, "维修机耕路长度", "≥20公里", "17.8公里", 10, "8", "部分路段因雨季延期施工，已列入2022年管护计划"),
        (None, "质量指标", "工程设施完好率", "≥90%", "93%", 10, 10, None),
        (None, "时效指标", "管护任务完成时间", "2021年11月30日前", "2021年11月25日", 5, 5, None),
        (None, "成本指标", "每亩管护成本", "≤7.5元/亩", "7.09元/亩", 5, 5, None),
        ("效益\n指标", "经济效益\n指标", "项目区粮食亩均增产", "≥30公斤", "35公斤", 10, 10, None),
        (None, "社会效益\n指标", "受益农户数", "≥1.2万户", "1.26万户", 10, 10, None),
        (None, "生态效益\n指标", "化肥农药使用量较上年", "减少", "减少3.2%", 5, "4", "监测点位不足，下年度增设监测点"),
        (None, "可持续影响\n指标", "设施正常使用年限", "≥10年", "10年", 5, 5, None),
        ("满意度\n指标", "服务对象\n满意度指标", "项目区农户满意度", "≥90%", "94.5%", 10, 10, None),
    ]
    spans1 = {13: 18, 19: 22, 23: 23}
    spans2 = {13: 15}
    r = 13
    for l1, l2, name, tgt, act, w, s, dev in rows:
        if l1 is not None:
            end = spans1[r]
            xput(ws, f"A{r}", l1, f"A{r}:A{end}" if end > r else None)
        if l2 is not None:
            end = spans2.get(r, r)
            xput(ws, f"B{r}", l2, f"B{r}:B{end}" if end > r else None)
        xput(ws, f"C{r}", name, f"C{r}:D{r}")
        xput(ws, f"E{r}", tgt)
        xput(ws, f"F{r}", act)
        xput(ws, f"G{r}", w)
        xput(ws, f"H{r}", s)
        xput(ws, f"I{r}", dev, f"I{r}:J{r}", align="left")
        r += 1
    xput(ws, f"A{r}", "总分", f"A{r}:F{r}")
    xput(ws, f"G{r}", 100)
    xput(ws, f"H{r}", 96.72)
    xput(ws, f"I{r}", "评价等级：优", f"I{r}:J{r}")
    r += 1
    xput(ws, f"A{r}", "填报人：刘晓东　　联系电话：0454-6221348　　填报日期：2022年3月15日",
         f"A{r}:J{r}", align="left", border=False)
    wb.save(os.path.join(ctx["docs"], fname))
    return "Q01", fname


# =====================================================================================
# Q02  DOCX with merges, 浙江 variant (调整后预算数 / 执行数), 填报单位（盖章）, level weights
#      in level-1 names, short level-2 names, 其他资金 printed as zeros; 遂昌县 2023
# =====================================================================================
def make_q02(ctx):
    fname = "Q02_suichang_csjs_2023_laojiu.docx"
    doc = new_doc(font_size=10.5, margins_cm=1.8)
    para(doc, "2023年度项目支出绩效自评表", bold=True, size=16, center=True)
    para(doc, "填报单位（盖章）：遂昌县城市建设服务中心　　　　　　　　　　　金额单位：万元", size=10)
    ind = [
        ("数量", "改造小区数量", "=3个", "3个", "10", "10", "无"),
        ("数量", "惠及住户数", "≥1286户", "1286户", "10", "10", "无"),
        ("质量", "工程竣工验收合格率", "100%", "100%", "10", "10", "无"),
        ("时效", "项目完工时间", "2023年11月底前", "2023年12月20日", "10", "7",
         "受汛期影响工期延后，今后合理安排施工计划"),
        ("成本", "改造成本控制在批复概算内", "≤1,100万元", "1,002.37万元", "10", "10", "无"),
        ("社会效益", "居民生活环境改善", "明显改善", "明显改善", "15", "15", "无"),
        ("可持续影响", "改造设施正常使用年限", "≥15年", "15年", "15", "15", "无"),
        ("服务对象满意度", "小区居民满意度", "≥90%", "92.3%", "10", "9", "个别住户对夜间施工噪声不满，今后加强施工管理"),
    ]
    n = 10 + len(ind) + 1
    t = dtable(doc, n, 8, [2.3, 2.2, 2.8, 2.2, 2.2, 1.4, 1.4, 3.4])
    dset(t, 0, 0, "项目名称")
    dset(t, 0, 1, "遂昌县城区老旧小区改造提升工程（2023年）", c2=7)
    dset(t, 1, 0, "主管部门")
    dset(t, 1, 1, "遂昌县住房和城乡建设局", c2=3)
    dset(t, 1, 4, "实施单位")
    dset(t, 1, 5, "遂昌县城市建设服务中心", c2=7)
    dset(t, 2, 0, "项目资金（万元）", r2=6)
    for c, h in enumerate(["", "年初预算数", "调整后预算数", "执行数", "分值", "执行率", "得分"], start=1):
        dset(t, 2, c, h)
    fund_rows = [
        ("年度资金总额", "860.00", "1,024.50", "1,002.37", "10", "97.84%", "9.8"),
        ("其中：财政拨款", "860.00", "1,024.50", "1,002.37", "—", "97.84%", "—"),
        ("上年结转资金", "—", "—", "—", "—", "—", "—"),
        ("其他资金", "0", "0", "0", "—", "—", "—"),
    ]
    for i, row in enumerate(fund_rows):
        for c, v in enumerate(row, start=1):
            dset(t, 3 + i, c, v)
    dset(t, 7, 0, "年度总体目标", r2=8)
    dset(t, 7, 1, "预期目标", c2=4)
    dset(t, 7, 5, "实际完成情况", c2=7)
    dset(t, 8, 1, "完成城区3个老旧小区改造提升，涉及住户1,286户，改造内容包括雨污分流、管线上改下、"
                  "立面整治和公共空间提升，改善居民居住条件。", c2=4, align="left")
    dset(t, 8, 5, "3个小区改造全部完工并通过验收，惠及住户1,286户，居民居住环境明显改善。", c2=7, align="left")
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        dset(t, 9, c, h)
    base = 10
    dset(t, base, 0, "产出指标（50分）", r2=base + 4)
    dset(t, base + 5, 0, "效益指标（30分）", r2=base + 6)
    dset(t, base + 7, 0, "满意度指标（10分）")
    dset(t, base, 1, "数量", r2=base + 1)
    for i, (l2, name, tgt, act, w, s, dev) in enumerate(ind):
        r = base + i
        if i not in (0, 1):
            dset(t, r, 1, l2)
        for c, v in zip(range(2, 8), [name, tgt, act, w, s, dev]):
            dset(t, r, c, v, align="left" if c in (2, 7) else "center")
    r = base + len(ind)
    dset(t, r, 0, "总分", c2=4)
    dset(t, r, 5, "100")
    dset(t, r, 6, "95.8")
    dset(t, r, 7, "自评等级：优")
    para(doc, "")
    para(doc, "填报人：周建平　　　联系电话：0578-8123456　　　填报日期：2024年2月28日", size=10)
    doc.save(os.path.join(ctx["docs"], fname))
    return "Q02", fname


# =====================================================================================
# Q03  HTML portal page of the county government (publisher), rowspan/colspan table,
#      two-row indicator header, `指标1：` labels, an empty 生态效益 row; 辽宁 建平县 2022
# =====================================================================================
Q03_CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#eef3f8;color:#222}
.top{background:#1a5fa8;color:#fff;padding:16px 0}.top .w{width:1100px;margin:0 auto;font-size:30px;letter-spacing:4px}
.nav{background:#144c88}.nav .w{width:1100px;margin:0 auto}.nav a{color:#fff;display:inline-block;padding:10px 20px;text-decoration:none}
.crumb{width:1100px;margin:12px auto;font-size:13px;color:#555}
.art{width:1100px;margin:0 auto 30px;background:#fff;padding:30px 50px;box-sizing:border-box}
.art h1{text-align:center;font-size:22px}.meta{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}
table{border-collapse:collapse;width:100%;font-size:13px}td{border:1px solid #333;text-align:center;padding:4px}
.foot{text-align:center;color:#777;font-size:12px;padding:20px 0;background:#dfe7ef}"""


def make_q03(ctx):
    fname = "Q03_jianping_wjj_2022_jiben.html"
    C = lambda t, **kw: (t, kw)  # noqa: E731
    rows = [
        [C("项目支出绩效自评表", colspan=8, style="font-weight:bold;font-size:18px;border:none")],
        [C("（2022年度）", colspan=8, style="border:none")],
        ["项目名称", C("基本公共卫生服务项目", colspan=7)],
        ["主管部门", C("建平县卫生健康局", colspan=3), "实施单位", C("建平县卫生健康局", colspan=3)],
        [C("项目资金（万元）", rowspan=5), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "1,523.40", "1,611.25", "1,589.06", "10", "98.62%", "9.86"],
        ["其中：当年财政拨款", "1,523.40", "1,523.40", "1,501.21", "—", "98.54%", "—"],
        ["上年结转资金", "—", "87.85", "87.85", "—", "100%", "—"],
        ["其他资金", "", "", "", "", "", ""],
        [C("年度总体目标", rowspan=2), C("预期目标", colspan=4), C("实际完成情况", colspan=3)],
        [C("为辖区常住居民免费提供12类基本公共卫生服务，人均基本公共卫生服务经费补助标准84元，"
           "规范化电子健康档案覆盖率达到62%以上。", colspan=4, align="left"),
         C("全年建立居民电子健康档案41.2万份，65岁及以上老年人健康管理率达到71.3%，各项服务任务基本完成。",
           colspan=3, align="left")],
        [C("绩效指标", colspan=3), C("年度指标值", rowspan=2), C("实际完成值", rowspan=2), C("分值", rowspan=2),
         C("得分", rowspan=2), C("偏差原因分析及改进措施", rowspan=2)],
        ["一级指标", "二级指标", "三级指标"],
        [C("产出指标", rowspan=7), C("数量指标", rowspan=3), "指标1：65岁及以上老年人健康管理人数", "≥4.2万人",
         "4.38万人", "8", "8", ""],
        ["指标2：0-6岁儿童健康管理率", "≥90%", "93.6%", "8", "8", ""],
        ["指标3：高血压患者基层规范管理服务率", "≥62%", "60.8%", "8", "7", "部分患者外出务工，随访难度大；下步加强电话随访"],
        [C("质量指标", rowspan=2), "指标1：居民电子健康档案规范化建档率", "≥62%", "64.5%", "8", "8", ""],
        ["指标2：孕产妇系统管理率", "≥90%", "91.2%", "6", "6", ""],
        ["时效指标", "指标1：资金拨付及时性", "按季度拨付", "按季度拨付", "6", "6", ""],
        ["成本指标", "指标1：人均基本公共卫生服务补助标准", "84元", "84元", "6", "6", ""],
        [C("效益指标", rowspan=3), "社会效益指标", "指标1：城乡居民公共卫生差距", "不断缩小", "逐步缩小", "15", "14",
         "偏远乡村服务能力不足，加强村医培训"],
        ["生态效益指标", "—", "—", "—", "—", "—", "—"],
        ["可持续影响指标", "指标1：基本公共卫生服务水平", "不断提高", "稳步提高", "15", "15", ""],
        ["满意度指标", "服务对象满意度指标", "指标1：居民满意度", "≥85%", "88.4%", "10", "10", ""],
        [C("总分", colspan=5), "100", "97.86", ""],
    ]
    table = html_table(rows, attrs='cellspacing="0" cellpadding="4"')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>建平县卫生健康局2022年度基本公共卫生服务项目绩效自评表_建平县人民政府</title>
<style>
{Q03_CSS}
</style>
</head>
<body>
<div class="top"><div class="w">建平县人民政府</div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">走进建平</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>
<div class="art">
<h1>建平县卫生健康局2022年度基本公共卫生服务项目绩效自评表</h1>
<div class="meta">发布时间：2023-04-18　　来源：建平县卫生健康局　　浏览次数：268</div>
<div class="content">
{table}
<p>填报人：孙丽华　　联系电话：0421-7812356</p>
</div>
</div>
<div class="foot">主办单位：建平县人民政府办公室　　辽ICP备05018716号　　政府网站标识码：2113220001</div>
</body>
</html>
"""
    with open(os.path.join(ctx["docs"], fname), "w", encoding="utf-8") as fh:
        fh.write(page)
    return "Q03", fname


# =====================================================================================
# Q04  PDF (LibreOffice export of a DOCX), 河南 township government 2020; indicator table runs
#      onto page 2 with its header repeated; vertical level labels
# =====================================================================================
def make_q04(ctx):
    fname = "Q04_dancheng_jzz_2020_renju.pdf"
    doc = new_doc(font_size=10.5, margins_cm=2.0)
    para(doc, "项目支出绩效自评表", bold=True, size=18, center=True)
    para(doc, "（2020年度）", center=True)
    t = dtable(doc, 9, 8, [2.0, 2.4, 2.0, 2.0, 2.0, 1.4, 1.6, 1.6])
    dset(t, 0, 0, "项目名称", c2=1)
    dset(t, 0, 2, "汲冢镇2020年农村人居环境整治项目", c2=7)
    dset(t, 1, 0, "主管部门", c2=1)
    dset(t, 1, 2, "郸城县汲冢镇人民政府", c2=4)
    dset(t, 1, 5, "项目实施单位", c2=6)
    dset(t, 1, 7, "郸城县汲冢镇人民政府")
    dset(t, 2, 0, "项目资金（万元）", r2=6)
    for c, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1):
        dset(t, 2, c, h)
    fund_rows = [
        ("年度资金总额", "150.00", "186.50", "186.50", "10", "100%", "10"),
        ("其中：当年财政拨款", "150.00", "186.50", "186.50", "—", "—", "—"),
        ("上年结转资金", "—", "—", "—", "—", "—", "—"),
        ("其他资金", "—", "—", "—", "—", "—", "—"),
    ]
    for i, row in enumerate(fund_rows):
        for c, v in enumerate(row, start=1):
            dset(t, 3 + i, c, v)
    dset(t, 7, 0, "年度总体目标", r2=8)
    dset(t, 7, 1, "预期目标", c2=4)
    dset(t, 7, 5, "实际完成情况", c2=7)
    dset(t, 8, 1, "完成全镇28个行政村生活垃圾收集转运，新建改建农村户用卫生厕所1,200户，清理村内沟塘23处，"
                  "村容村貌明显改善。", c2=4, align="left")
    dset(t, 8, 5, "全年完成28个行政村垃圾收集转运，改建卫生厕所1,236户，清理沟塘23处，人居环境整治工作通过"
                  "县级验收。", c2=7, align="left")
    para(doc, "", space_after=0)
    ind = [
        ("数量指标", "生活垃圾收集转运覆盖行政村数", "28个", "28个", "6", "6", "无"),
        ("数量指标", "改建农村户用卫生厕所", "≥1200户", "1236户", "6", "6", "无"),
        ("数量指标", "清理村内沟塘", "23处", "23处", "6", "6", "无"),
        ("数量指标", "配备村级保洁员人数", "≥84人", "84人", "4", "4", "无"),
        ("质量指标", "户厕改造验收合格率", "≥95%", "97.5%", "6", "6", "无"),
        ("质量指标", "生活垃圾无害化处理率", "≥90%", "92%", "6", "6", "无"),
        ("时效指标", "户厕改造完成时间", "2020年10月底前", "2020年11月", "6", "4",
         "受新冠肺炎疫情影响开工推迟，下一年度提前组织施工，倒排工期"),
        ("成本指标", "每户改厕补助标准", "≤1000元/户", "1000元/户", "5", "5", "无"),
        ("成本指标", "生活垃圾清运成本", "≤45元/吨", "43.6元/吨", "5", "5", "无"),
        ("经济效益指标", "农户改厕自筹费用", "有效减轻农户负担", "有效减轻", "5", "5", "无"),
        ("社会效益指标", "村庄环境卫生状况", "明显改善", "明显改善", "10", "10", "无"),
        ("社会效益指标", "群众卫生健康意识", "逐步提高", "有所提高", "5", "4",
         "宣传覆盖面不够广，下一步组织网格员开展入户宣传"),
        ("生态效益指标", "农村生活污水乱排乱放现象", "明显减少", "明显减少", "5", "5", "无"),
        ("可持续影响指标", "农村人居环境长效管护机制", "建立", "已建立", "5", "5", "无"),
        ("服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", "无"),
    ]
    n = 1 + len(ind) + 1
    t2 = dtable(doc, n, 8, [1.6, 2.2, 3.4, 2.2, 2.0, 1.2, 1.2, 3.2])
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        dset(t2, 0, c, h, bold=True)
    repeat_header(t2.rows[0])
    dset(t2, 1, 0, "产\n出\n指\n标", r2=9)
    dset(t2, 10, 0, "效\n益\n指\n标", r2=14)
    dset(t2, 15, 0, "满意度\n指标")
    groups = {1: 4, 5: 6, 8: 9, 11: 12}
    for i, (l2, name, tgt, act, w, s, dev) in enumerate(ind):
        r = 1 + i
        if r in groups:
            dset(t2, r, 1, l2, r2=groups[r])
        elif not any(a < r <= b for a, b in groups.items()):
            dset(t2, r, 1, l2)
        for c, v in zip(range(2, 8), [name, tgt, act, w, s, dev]):
            dset(t2, r, c, v, align="left" if c in (2, 7) else "center", size=10)
        no_split(t2.rows[r])
        t2.rows[r].height = Cm(1.3)
    r = n - 1
    dset(t2, r, 0, "总分", c2=4, bold=True)
    dset(t2, r, 5, "100")
    dset(t2, r, 6, "97")
    dset(t2, r, 7, "优")
    para(doc, "")
    para(doc, "填报单位：郸城县汲冢镇人民政府（盖章）　　填报人：李红伟　　联系电话：0394-3215678", size=10)
    para(doc, "填报日期：2021年1月20日", size=10)
    docx_path = os.path.join(ctx["build"], fname.replace(".pdf", ".docx"))
    doc.save(docx_path)
    ctx["to_pdf"](docx_path, ctx["docs"])
    return "Q04", fname


# =====================================================================================
# Q05  XLSX 部门整体支出绩效自评表; sheet named after the unit; `单位名称：` line;
#      基本/项目支出 sub-rows; 山西 平遥县 2022
# =====================================================================================
def make_q05(ctx):
    fname = "Q05_pingyao_scjg_2022_zhengti.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平遥县市场监督管理局"
    for col, w in zip("ABCDEFGHIJ", [9, 12, 16, 8, 13, 13, 13, 7, 9, 18]):
        ws.column_dimensions[col].width = w
    xput(ws, "A1", "部门整体支出绩效自评表", "A1:J1", bold=True, size=16, border=False)
    xput(ws, "A2", "（2022年度）", "A2:J2", border=False)
    xput(ws, "A3", "单位名称：平遥县市场监督管理局", "A3:F3", align="left", border=False)
    xput(ws, "I3", "单位：万元", "I3:J3", align="right", border=False)
    xput(ws, "A4", "部门名称", "A4:B4")
    xput(ws, "C4", "平遥县市场监督管理局", "C4:J4")
    xput(ws, "A5", "部门\n总体\n资金", "A5:B8")
    xput(ws, "C5", "资金来源", "C5:D5")
    for col, head in zip("EFGHIJ", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        xput(ws, f"{col}5", head)
    two = "0.00"
    xput(ws, "C6", "年度资金总额", "C6:D6")
    for col, v in zip("EFGHIJ", [1865.42, 2046.18, 1987.55, 10, "97.13%", 9.7]):
        xput(ws, f"{col}6", v, fmt=two if isinstance(v, float) and col in "EFG" else None)
    xput(ws, "C7", "其中：基本支出", "C7:D7")
    for col, v in zip("EFGHIJ", [1402.6, 1458.9, 1451.32, "—", "99.48%", "—"]):
        xput(ws, f"{col}7", v, fmt=two if isinstance(v, float) else None)
    xput(ws, "C8", "　　　项目支出", "C8:D8")
    for col, v in zip("EFGHIJ", ["462.82", "587.28", "536.23", "—", "91.31%", "—"]):
        xput(ws, f"{col}8", v)
    xput(ws, "A9", "年度\n总体\n目标", "A9:B10")
    xput(ws, "C9", "预期目标", "C9:F9")
    xput(ws, "G9", "实际完成情况", "G9:J9")
    xput(ws, "C10", "1.强化食品药品安全监管，全年完成食品安全监督抽检1,500批次以上；2.推进信用监管，"
                    "营造公平竞争的市场环境；3.高效处置投诉举报，维护消费者合法权益。", "C10:F10", align="left")
    xput(ws, "G10", "全年完成食品安全监督抽检1,612批次，未发生区域性、系统性食品安全事故；市场主体较上年"
                    "增长6.8%；投诉举报按时办结率99.2%。", "G10:J10", align="left")
    ws.row_dimensions[10].height = 80
    for col, head in zip("ABCEFGHI", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施"]):
        merge = {"C": "C11:D11", "I": "I11:J11"}.get(col)
        xput(ws, f"{col}11", head, merge)
    rows = [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1,500批次", "1,612批次", 10, 10, None),
        (None, None, "特种设备定期检验覆盖率", "100%", "100%", 5, 5, None),
        (None, "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 10, 10, None),
        (None, "时效指标", "投诉举报按时办结率", "≥98%", "99.2%", 10, 10, None),
        (None, "成本指标", "公用经费控制", "不超预算", "未超预算", 5, 5, None),
        ("效益指标", "社会效益指标", "食品安全事故发生数", "0起", "0起", 15, 15, None),
        (None, None, "市场主体增长率（较上年）", "≥5%", "6.8%", 10, 10, None),
        (None, "可持续影响指标", "信用监管机制", "健全", "基本健全", 15, 13,
         "部分行业信用分级分类监管尚未覆盖，2023年全面推开"),
        ("满意度指标", "服务对象满意度指标", "市场主体及群众满意度", "≥90%", "91.5%", 10, 9,
         "窗口高峰期等候时间较长，增设自助服务终端"),
    ]
    span1 = {12: 16, 17: 19, 20: 20}
    span2 = {12: 13, 17: 18}
    r = 12
    for l1, l2, name, tgt, act, w, s, dev in rows:
        if l1:
            xput(ws, f"A{r}", l1, f"A{r}:A{span1[r]}" if span1[r] > r else None)
        if l2:
            end = span2.get(r, r)
            xput(ws, f"B{r}", l2, f"B{r}:B{end}" if end > r else None)
        xput(ws, f"C{r}", name, f"C{r}:D{r}")
        xput(ws, f"E{r}", tgt)
        xput(ws, f"F{r}", act)
        xput(ws, f"G{r}", w)
        xput(ws, f"H{r}", s)
        xput(ws, f"I{r}", dev, f"I{r}:J{r}", align="left")
        r += 1
    xput(ws, f"A{r}", "总分", f"A{r}:F{r}")
    xput(ws, f"G{r}", 100)
    xput(ws, f"H{r}", 96.7)
    xput(ws, f"I{r}", "评价等级：优", f"I{r}:J{r}")
    r += 1
    xput(ws, f"A{r}", "单位负责人：郭志强　　填表人：闫晓燕　　联系电话：0354-5622813　　填报日期：2023年3月10日",
         f"A{r}:J{r}", align="left", border=False)
    wb.save(os.path.join(ctx["docs"], fname))
    return "Q05", fname


# =====================================================================================
# Q06  PDF (LibreOffice export) 部门整体支出绩效自评打分表 (scoring table), weight notes in
#      level names, 指标解释/评分标准 columns full of numbers; 内蒙古 土默特左旗 2023
# =====================================================================================
def make_q06(ctx):
    fname = "Q06_tumotezuo_lcj_2023_dafen.pdf"
    doc = new_doc(landscape=True, font_size=10, margins_cm=1.6)
    para(doc, "2023年度部门整体支出绩效自评打分表", bold=True, size=16, center=True)
    para(doc, "部门（单位）名称：土默特左旗林业和草原局　　　　　　　　　　　　　　　　　　　　自评时间：2024年3月", size=10)
    rows = [
        ("绩效目标合理性", "3", "部门（单位）所设立的整体绩效目标依据是否充分，是否符合客观实际，用以反映和考核部门"
         "（单位）整体绩效目标与部门履职、年度工作任务的相符性情况。", "目标依据充分、符合实际得3分，否则酌情扣分。", "3"),
        ("绩效指标明确性", "2", "部门（单位）依据整体绩效目标所设定的绩效指标是否清晰、细化、可衡量。",
         "指标清晰、细化、可衡量得2分，否则酌情扣分。", "2"),
        ("在职人员控制率", "5", "在职人员控制率=（在职人员数/编制数）×100%。本部门核定编制56人，2023年末在职54人。",
         "控制率≤100%得5分，每超过1个百分点扣0.5分。", "5"),
        ("“三公经费”变动率", "5", "“三公经费”变动率=［（本年度“三公经费”总额－上年度“三公经费”总额）/上年度"
         "“三公经费”总额］×100%。", "变动率≤0得5分，每增长1个百分点扣0.5分，扣完为止。", "5"),
        ("预算执行率", "10", "预算执行率=（预算完成数/预算数）×100%。预算完成数指部门（单位）本年度实际完成的预算数。",
         "执行率≥95%得10分，每降低1个百分点扣0.5分。", "9.2"),
        ("结转结余率", "5", "结转结余率=结转结余总额/预算数×100%。", "结转结余率≤5%得5分，每增加1个百分点扣1分。", "4"),
        ("公用经费控制率", "5", "公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。",
         "控制率≤100%得5分，超过不得分。", "5"),
        ("管理制度健全性", "5", "部门（单位）为加强预算管理、规范财务行为而制定的管理制度是否健全完整。",
         "制度健全得5分，缺少一项扣1分。", "5"),
        ("资金使用合规性", "5", "部门（单位）使用预算资金是否符合相关的财务管理制度规定。",
         "发现一项违规使用扣1分。", "5"),
        ("资产管理安全性", "5", "部门（单位）的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴。",
         "账实相符得5分，发现问题每项扣0.5分。", "4.5"),
        ("营造林任务完成率", "10", "全年下达营造林任务8.6万亩（含人工造林2.1万亩），实际完成8.6万亩。",
         "完成率100%得10分，每降低1个百分点扣1分。", "10"),
        ("森林草原火灾受害率", "10", "森林草原火灾受害率=受害面积/森林草原总面积×1000‰。",
         "≤0.9‰得10分，超过不得分。", "10"),
        ("林业有害生物成灾率", "10", "林业有害生物成灾率=成灾面积/林地面积×1000‰。",
         "≤3.5‰得10分，每超过0.1‰扣0.5分。", "9"),
        ("森林覆盖率", "8", "旗域森林覆盖率较上年提高情况。", "较上年提高0.3个百分点以上得8分，每少0.1个百分点扣1分。", "7"),
        ("草原综合植被盖度", "7", "草原综合植被盖度达到自治区下达的目标值。", "≥45%得7分，每低1个百分点扣1分。", "7"),
        ("社会公众满意度", "5", "社会公众对部门（单位）履职效果的满意程度，通过问卷调查取得，共发放问卷300份。",
         "满意度≥90%得5分，每降低1个百分点扣0.5分。", "4.5"),
    ]
    level1 = [("投入（15分）", 0, 3), ("过程（35分）", 4, 9), ("产出（30分）", 10, 12), ("效果（20分）", 13, 15)]
    level2 = [("目标设定（5分）", 0, 1), ("预算配置（10分）", 2, 3), ("预算执行（20分）", 4, 6),
              ("预算管理（10分）", 7, 8), ("资产管理（5分）", 9, 9), ("职责履行（30分）", 10, 12),
              ("履职效益（15分）", 13, 14), ("服务满意度（5分）", 15, 15)]
    n = 1 + len(rows) + 1
    t = dtable(doc, n, 7, [2.2, 2.6, 3.2, 1.2, 8.6, 6.0, 1.4])
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "得分"]):
        dset(t, 0, c, h, bold=True)
    repeat_header(t.rows[0])
    for text, a, b in level1:
        dset(t, 1 + a, 0, text, r2=1 + b)
    for text, a, b in level2:
        dset(t, 1 + a, 1, text, r2=1 + b)
    for i, (name, w, expl, rule, s) in enumerate(rows):
        r = 1 + i
        dset(t, r, 2, name)
        dset(t, r, 3, w)
        dset(t, r, 4, expl, align="left")
        dset(t, r, 5, rule, align="left")
        dset(t, r, 6, s)
        no_split(t.rows[r])
        t.rows[r].height = Cm(1.5)
    dset(t, n - 1, 0, "合计", c2=2, bold=True)
    dset(t, n - 1, 3, "100")
    dset(t, n - 1, 4, "", c2=5)
    dset(t, n - 1, 6, "95.2")
    para(doc, "")
    para(doc, "自评等级：优　　　　　评分人：王建军、乌云其其格　　　　　复核人：张海　　　　　日期：2024年3月12日", size=10)
    para(doc, "注：等级划分为优（90分及以上）、良（80—89分）、中（60—79分）、差（60分以下）。依据《土默特左旗财政局关于"
              "开展2023年度预算绩效自评工作的通知》（土左财发〔2024〕15号）。", size=9)
    docx_path = os.path.join(ctx["build"], fname.replace(".pdf", ".docx"))
    doc.save(docx_path)
    ctx["to_pdf"](docx_path, ctx["docs"])
    return "Q06", fname
