"""S01 (DOCX report + 自评结果统计表), S02 (PDF report + 项目自评情况汇总表), S03 (DOCX, three tables), S04 (XLSX, sheet per project)."""
import os

from parts_common import (Cm, Pt, WD_ALIGN_PARAGRAPH, dept, docx_project_table, docx_table_grid, fund, gold_doc,
                          ind, new_docx, page_break, para, project, set_cell, sp)


# ====================================================================== S01
def s01(out):
    file = "S01_sihong_nyncj_2022_xiangmu.docx"
    unit = ("泗洪县农业农村局", "江苏省", "宿迁市", "泗洪县", "321324")
    rows = [
        ("高标准农田建设项目", "1,286.50", "96.5", "优"),
        ("耕地地力保护补贴", "642.18", "98", "优"),
        ("农业面源污染治理", "215.00", "88.5", "良"),
        ("动物疫病防控经费", "96.40", "92", "优"),
        ("农产品质量安全监管", "38.60", "85", "良"),
        ("农村人居环境整治", "420.00", "91.5", "优"),
        ("基层农技推广体系改革与建设", "52.94", "78", "中"),
        ("“菜篮子”工程建设补助", "164.00", "90", "优"),
    ]
    doc = new_docx()
    para(doc, "泗洪县农业农村局2022年度项目支出绩效自评报告", 16, True, "center", font="黑体")
    para(doc, "一、基本情况", 12, True, font="黑体")
    para(doc, "泗洪县农业农村局是县政府工作部门，内设机构12个，下属事业单位5个，核定行政编制28人、事业编制46人，"
              "年末实有在职人员71人。主要职责是统筹研究和组织实施“三农”工作发展战略、中长期规划和重大政策，"
              "负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理。", indent=True)
    para(doc, "二、项目资金安排及使用情况", 12, True, font="黑体")
    para(doc, "按照《泗洪县财政局关于开展2022年度预算绩效自评工作的通知》（泗财绩〔2023〕3号）要求，"
              "我局对2022年度实施的8个项目开展了绩效自评，评价范围覆盖全部项目支出。", indent=True)
    para(doc, "2022年，我局项目支出年初预算2,386.40万元，年中追加调整后全年预算为2,915.62万元，"
              "全年实际支出2,804.37万元，预算执行率96.18%，较上年提高3.2个百分点。"
              "其中政府采购金额412.30万元，占项目支出的14.70%。耕地地力保护补贴按每亩105.6元的标准发放，"
              "农业面源污染治理项目年末结转结余资金37.25万元，已按规定结转下年使用。", indent=True)
    para(doc, "三、项目绩效自评结果", 12, True, font="黑体")
    para(doc, "各项目单位对照年初设定的绩效目标逐项开展自评，局绩效评价小组于2023年3月15日前完成复核。"
              "8个项目自评结果见下表。", indent=True)
    para(doc, "表1  2022年度项目支出绩效自评结果统计表", 11, True, "center")
    para(doc, "单位：万元", 9, align="right", space_after=2)
    t = docx_table_grid(doc, len(rows) + 2, 5, [1.3, 7.0, 3.2, 2.2, 2.0])
    for i, h in enumerate(["序号", "项目名称", "预算金额（调整后）", "自评得分", "等级"]):
        set_cell(t, 0, i, h, size=10, bold=True)
    for k, (name, amt, score, grade) in enumerate(rows, start=1):
        set_cell(t, k, 0, str(k), size=10)
        set_cell(t, k, 1, name, size=10, align="left")
        set_cell(t, k, 2, amt, size=10)
        set_cell(t, k, 3, score, size=10)
        set_cell(t, k, 4, grade, size=10)
    last = len(rows) + 1
    set_cell(t, last, 0, "合计", c2=1, size=10, bold=True)
    set_cell(t, last, 2, "2,915.62", size=10)
    set_cell(t, last, 3, "—", size=10)
    set_cell(t, last, 4, "—", size=10)
    para(doc, "")
    para(doc, "从自评结果看，90分（含）以上的项目5个，80（含）—90分的项目2个，70（含）—80分的项目1个，"
              "平均得分89.94分。高标准农田建设项目新建高标准农田3.2万亩，项目区亩均增产粮食约50公斤；"
              "基层农技推广体系改革与建设项目因示范基地建设进度滞后，得分较低。", indent=True)
    para(doc, "四、存在的问题及改进措施", 12, True, font="黑体")
    para(doc, "一是部分项目绩效目标设置不够细化，量化指标偏少；二是个别项目资金支付进度偏慢，年末形成结转。"
              "下一步，我局将加强绩效目标审核，对执行率低于90%的项目实行通报约谈，"
              "力争2023年项目支出预算执行率达到95%以上。", indent=True)
    para(doc, "泗洪县农业农村局", align="right")
    para(doc, "2023年4月20日", align="right")
    doc.save(os.path.join(out, file))

    summary = [{"project": n, "amount": float(a.replace(",", "")), "score": float(s), "grade": g}
               for n, a, s, g in rows]
    spending = [
        sp("expenditure_type", ["项目支出"], "initial_budget", 2022, 2386.40),
        sp("expenditure_type", ["项目支出"], "adjusted_budget", 2022, 2915.62),
        sp("expenditure_type", ["项目支出"], "final", 2022, 2804.37),
    ]
    return gold_doc(file, "docx", unit, 2022, summary=summary, spending=spending)


# ====================================================================== S02
def s02(out):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    file = "S02_kecheng_wjj_2023_zhengti.pdf"
    unit = ("衢州市柯城区卫生健康局", "浙江省", "衢州市", "柯城区", "330802")
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    body = ParagraphStyle("b", fontName="WQY", fontSize=10.5, leading=18, firstLineIndent=21, wordWrap="CJK")
    head = ParagraphStyle("h", fontName="WQY", fontSize=12, leading=20, wordWrap="CJK")
    title = ParagraphStyle("t", fontName="WQY", fontSize=16, leading=26, alignment=1, wordWrap="CJK")
    cellst = ParagraphStyle("c", fontName="WQY", fontSize=9.5, leading=13, alignment=1, wordWrap="CJK")
    cell_l = ParagraphStyle("cl", parent=cellst, alignment=0)
    story = [
        Paragraph("衢州市柯城区卫生健康局2023年度部门整体支出绩效自评报告", title),
        Spacer(1, 8),
        Paragraph("一、部门基本情况", head),
        Paragraph("区卫生健康局内设科室8个，下属医疗卫生单位14家，局机关编制人数62人（其中行政编制18人）。"
                  "主要职责是贯彻执行国家卫生健康工作方针政策，统筹规划全区卫生健康资源配置，"
                  "组织实施基本公共卫生服务和重大疾病防控。", body),
        Paragraph("二、部门整体支出情况", head),
        Paragraph("2023年部门年初预算8,652.30万元，调整后预算9,318.75万元，全年支出决算9,046.12万元，"
                  "预算执行率97.07%。其中：基本支出3,215.46万元，项目支出5,830.66万元，项目支出占全部支出的64.46%；"
                  "基本支出中人员经费2,874.09万元，公用经费341.37万元。全年支出较上年增长6.3%，"
                  "年末结转结余资金272.63万元。", body),
        Paragraph("2023年“三公”经费支出12.36万元，其中公务接待费3.16万元，公务用车运行维护费9.20万元，"
                  "因公出国（境）费0万元，较上年下降8.5%。全年政府采购支出1,026.50万元。", body),
        Paragraph("三、项目支出绩效自评情况", head),
        Paragraph("根据《关于做好2023年度财政支出绩效自评工作的通知》（衢柯财绩〔2024〕12号），"
                  "我局对2023年度全部18个项目开展自评，其中评价金额50万元以上的6个项目自评结果如下：", body),
        Spacer(1, 6),
        Paragraph("2023年度项目支出绩效自评情况汇总表", ParagraphStyle("tt", parent=cellst, fontSize=11)),
        Spacer(1, 4),
    ]
    rows = [
        ("基本公共卫生服务项目", "2,316.80", "95.5", "优秀"),
        ("家庭医生签约服务补助", "486.20", "93", "优秀"),
        ("计划生育奖励扶助资金", "372.65", "96", "优秀"),
        ("医疗卫生机构能力建设补助", "1,150.00", "87.5", "良好"),
        ("重大传染病防控经费", "208.36", "91", "优秀"),
        ("爱国卫生运动经费", "65.00", "82", "良好"),
    ]
    data = [[Paragraph(h, cellst) for h in ["序号", "项目名称", "评价金额（万元）", "自评得分", "评价等级"]]]
    for k, (n, a, s, g) in enumerate(rows, start=1):
        data.append([Paragraph(str(k), cellst), Paragraph(n, cell_l), Paragraph(a, cellst),
                     Paragraph(s, cellst), Paragraph(g, cellst)])
    data.append([Paragraph("合计", cellst), "", Paragraph("4,599.01", cellst), Paragraph("/", cellst),
                 Paragraph("/", cellst)])
    tbl = Table(data, colWidths=[1.5 * cm, 6.5 * cm, 3.2 * cm, 2.2 * cm, 2.2 * cm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                             ("SPAN", (0, len(data) - 1), (1, len(data) - 1)),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tbl, Spacer(1, 8),
              Paragraph("上述项目中，基本公共卫生服务项目人均补助标准为89元，家庭医生签约服务按每人每年12元标准补助；"
                        "各项目年度绩效目标中“≥95%”类质量指标均已完成。", body),
              Paragraph("四、部门整体绩效自评结论", head),
              Paragraph("对照部门整体支出绩效评价指标体系，经自评，2023年度部门整体支出绩效自评得分为94.6分，"
                        "评价等级为“优秀”。", body),
              Paragraph("五、存在问题及下一步措施", head),
              Paragraph("一是部分项目资金拨付进度不均衡，四季度支出占比偏高；二是基层医疗卫生机构绩效管理力量薄弱。"
                        "下一步将强化预算执行动态监控，确保2024年预算执行率不低于95%。", body),
              Spacer(1, 12),
              Paragraph("衢州市柯城区卫生健康局", ParagraphStyle("r", parent=body, alignment=2)),
              Paragraph("2024年3月28日", ParagraphStyle("r2", parent=body, alignment=2))]
    SimpleDocTemplate(os.path.join(out, file), pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                      topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                      title="衢州市柯城区卫生健康局2023年度部门整体支出绩效自评报告").build(story)

    summary = [{"project": n, "amount": float(a.replace(",", "")), "score": float(s),
                "grade": {"优秀": "优", "良好": "良"}[g]} for n, a, s, g in rows]
    department = dept(fund(8652.30, 9318.75, 9046.12, None, 97.07, None), basic=3215.46, proj=5830.66,
                      personnel=2874.09, public=341.37, score=94.6, grade="优")
    spending = [
        sp("expenditure_type", ["基本支出"], "final", 2023, 3215.46),
        sp("expenditure_type", ["项目支出"], "final", 2023, 5830.66),
        sp("economic", ["人员经费"], "final", 2023, 2874.09),
        sp("economic", ["公用经费"], "final", 2023, 341.37),
        sp("three_public", ["三公经费"], "final", 2023, 12.36),
        sp("three_public", ["三公经费", "公务接待费"], "final", 2023, 3.16),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", 2023, 9.20),
        sp("three_public", ["三公经费", "因公出国（境）费"], "final", 2023, 0.0),
    ]
    return gold_doc(file, "pdf", unit, 2023, department=department, summary=summary, spending=spending)


# ====================================================================== S03
S03_UNIT = "阳朔县白沙镇人民政府"


def _s03_projects():
    sup = impl = S03_UNIT
    p1 = dict(
        name="2021年白沙镇农村人居环境整治项目",
        fund_rows=[("年度资金总额", ["45.00", "52.00", "50.36", "10", "96.85%", "9.69"]),
                   ("其中：当年财政拨款", ["45.00", "52.00", "50.36", "—", "96.85%", "—"]),
                   ("上年结转资金", ["", "", "", "—", "", "—"]),
                   ("其他资金", ["", "", "", "—", "", "—"])],
        goal_e="根据阳财农〔2021〕15号文件，完成全镇12个行政村生活垃圾收运处理和85户农村户厕改造，"
               "村庄环境明显改善。",
        goal_a="完成全镇12个行政村生活垃圾收运处理，全年清运垃圾1260吨，完成户厕改造82户，村庄环境明显改善。",
        level_rows=[
            ("产出指标", "数量指标", "清理农村生活垃圾", "≥1200吨", "1260吨", "10", "10", ""),
            (None, None, "改造农村户厕", "≥85户", "82户", "10", "9", "部分农户外出务工未能改造，下年度继续推进"),
            (None, "质量指标", "户厕改造验收合格率", "≥95%", "100%", "10", "10", "无"),
            (None, "时效指标", "项目完成时间", "2021年11月30日前", "2021年11月25日", "10", "10", "无"),
            (None, "成本指标", "户厕改造补助标准", "≤1500元/户", "1500元/户", "10", "10", "无"),
            ("效益指标", "社会效益指标", "农村人居环境改善", "明显改善", "明显改善", "15", "15", ""),
            (None, "生态效益指标", "村庄垃圾无害化处理率", "≥90%", "92%", "10", "10", ""),
            (None, "可持续影响指标", "长效保洁机制运行年限", "≥3年", "3年", "5", "5", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.5%", "10", "9", "个别群众对垃圾清运频次有意见"),
        ],
        total=("100", "97.69"), grade="优",
    )
    p2 = dict(
        name="白沙镇2021年度乡村振兴衔接资金道路硬化项目",
        fund_rows=[("年度资金总额", ["120.00", "123.20", "123.20", "10", "100%", "10"]),
                   ("其中：当年财政拨款", ["120.00", "120.00", "120.00", "—", "100%", "—"]),
                   ("上年结转资金", ["—", "3.20", "3.20", "—", "100%", "—"]),
                   ("其他资金", ["—", "—", "—", "—", "—", "—"])],
        goal_e="硬化遇龙村、古板村通组道路3.2公里，解决2600余名群众出行难问题。",
        goal_a="完成通组道路硬化3.25公里，工程验收合格，受益群众2680人。",
        level_rows=[
            ("产出指标", "数量指标", "硬化道路长度", "≥3.2公里", "3.25公里", "15", "15", ""),
            (None, "质量指标", "工程验收合格率", "100%", "100%", "15", "15", ""),
            (None, "时效指标", "工程完工时间", "2021年10月底前", "2021年9月28日", "10", "10", ""),
            (None, "成本指标", "每公里造价", "≤38.5万元", "37.9万元", "10", "10", ""),
            ("效益指标", "经济效益", "降低群众出行运输成本", "有效降低", "有效降低", "10", "10", ""),
            (None, "社会效益", "受益群众人数", "≥2600人", "2680人", "10", "10", ""),
            (None, "可持续影响", "道路使用年限", "≥10年", "≥10年", "10", "10", ""),
            ("满意度指标", "服务对象满意度", "受益群众满意度", "≥95%", "96%", "10", "10", ""),
        ],
        total=("100", "100"), grade="优",
    )
    p3 = dict(
        name="白沙镇2021年度村级公益事业一事一议奖补项目",
        fund_rows=[("年度资金总额", ["35.00", "35.00", "32.60", "10", "93.14%", "9.31"]),
                   ("其中：当年财政拨款", ["30.00", "30.00", "27.60", "—", "92.00%", "—"]),
                   ("上年结转资金", ["", "", "", "—", "", "—"]),
                   ("其他资金", ["5.00", "5.00", "5.00", "—", "100.00%", "—"])],
        goal_e="实施6个村级公益事业一事一议奖补项目，改善村内道路、文化广场等公益设施条件。",
        goal_a="6个项目全部完工并通过验收，其中1个项目延期验收。",
        level_rows=[
            ("产出指标", "数量指标", "一事一议奖补项目个数", "6个", "6个", "15", "15", ""),
            (None, "质量指标", "项目验收合格率", "≥95%", "100%", "15", "15", ""),
            (None, "时效指标", "资金拨付及时率", "100%", "90%", "10", "8", "1个项目受雨季影响延期验收，资金拨付滞后"),
            (None, "成本指标", "项目总投资控制", "≤35万元", "32.6万元", "10", "10", ""),
            ("效益指标", "社会效益指标", "改善村内公益设施条件", "有效改善", "有效改善", "20", "15", "部分设施配套不完善"),
            (None, "可持续影响指标", "设施管护机制", "建立", "已建立", "10", "8", "管护责任落实不到位"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "88%", "10", "8", "部分村民对项目选址有不同意见"),
        ],
        total=("100", "88.31"), grade="良",
    )
    for p in (p1, p2, p3):
        p["sup"], p["impl"] = sup, impl
    return [p1, p2, p3]


def _gold_levels(level_rows, std2=None):
    std2 = std2 or {}
    out, l1, l2 = [], None, None
    for row in level_rows:
        l1 = row[0] if row[0] is not None else l1
        l2 = row[1] if row[1] is not None else l2
        dev = row[7] if row[7] else None
        out.append(ind(l1, std2.get(l2, l2), row[2], row[3], row[4], float(row[5]), float(row[6]), dev))
    return out


def _num(text):
    text = text.strip().rstrip("%").replace(",", "").replace("万元", "")
    if text in ("", "—", "-", "/"):
        return None
    return float(text)


def _gold_funds(fund_rows, keys=("total", "current_appropriation", "carryover", "other")):
    out = {}
    for key, (_, cells) in zip(keys, fund_rows):
        vals = [_num(c) for c in cells]
        if all(v is None for v in vals):
            continue
        out[key] = fund(*vals)
    return out


S03_STD2 = {"经济效益": "经济效益指标", "社会效益": "社会效益指标", "可持续影响": "可持续影响指标",
            "服务对象满意度": "服务对象满意度指标"}


def s03(out):
    file = "S03_yangshuo_bszh_2021_xiangmu3.docx"
    unit = (S03_UNIT, "广西壮族自治区", "桂林市", "阳朔县", "450321")
    doc = new_docx(2.0)
    specs = _s03_projects()
    for k, p in enumerate(specs):
        if k:
            page_break(doc)
        para(doc, f"附件{k + 1}", 11, True)
        para(doc, "项目支出绩效自评表", 16, True, "center", font="黑体")
        para(doc, "（2021年度）", 12, False, "center")
        para(doc, "填报单位：阳朔县白沙镇人民政府（盖章）                    单位：万元", 10)
        spec = dict(p, fund_head=["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                    grade_row=("自评等级", p["grade"]))
        docx_project_table(doc, spec)
        para(doc, "填报人：黄丽萍      联系电话：0773-8771xxx      填报日期：2022年2月18日", 9)
    doc.save(os.path.join(out, file))

    projects = []
    for p in specs:
        projects.append(project(p["name"], p["sup"], p["impl"], _gold_funds(p["fund_rows"]), p["goal_e"], p["goal_a"],
                                _gold_levels(p["level_rows"], S03_STD2), float(p["total"][0]),
                                float(p["total"][1]), p["grade"]))
    return gold_doc(file, "docx", unit, 2021, projects=projects)


# ====================================================================== S04
def _s04_projects():
    p1 = dict(
        name="村级综合文化服务中心运行补助",
        fund_rows=[("年度资金总额", [62.40, 62.40, 62.40, 10, "100%", 10]),
                   ("其中：当年财政拨款", [62.40, 62.40, 62.40, "—", "100%", "—"]),
                   ("上年结转资金", ["—", "—", "—", "—", "—", "—"]),
                   ("其他资金", ["—", "—", "—", "—", "—", "—"])],
        goal_e="对全县312个村级综合文化服务中心给予运行补助，保障基层公共文化服务正常开展。",
        goal_a="按每个中心0.2万元标准足额拨付312个村级综合文化服务中心运行补助，全年开展群众性文化活动1620场。",
        level_rows=[
            ("产出指标", "数量指标", "补助村级综合文化服务中心数量", "=312个", "312个", 20, 20, None),
            (None, "质量指标", "文化服务中心达标率", "≥95%", "97%", 10, 10, None),
            (None, "时效指标", "补助资金拨付时间", "2023年6月底前", "2023年6月20日", 10, 10, None),
            (None, "成本指标", "每个中心补助标准", "0.2万元", "0.2万元", 10, 10, None),
            ("效益指标", "社会效益指标", "开展群众性文化活动场次", "≥1500场", "1620场", 20, 20, None),
            (None, "可持续影响指标", "基层文化阵地长效运行", "持续运行", "持续运行", 10, 10, None),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, None),
        ],
        total=(100, 100),
    )
    p2 = dict(
        name="文物保护单位安全防护工程",
        fund_rows=[("年度资金总额", [85.00, 120.00, 96.80, 10, "80.67%", 8.07]),
                   ("其中：当年财政拨款", [85.00, 85.00, 73.50, "—", "86.47%", "—"]),
                   ("上年结转资金", ["—", 35.00, 23.30, "—", "66.57%", "—"]),
                   ("其他资金", ["—", "—", "—", "—", "—", "—"])],
        goal_e="完成尧山、柏人城遗址等4处文物保护单位安防设施建设，实现重点文物安全防护全覆盖。",
        goal_a="完成3处文物保护单位安防设施建设并通过验收，1处因设计方案调整跨年实施。",
        level_rows=[
            ("产出指标", "数量指标", "安防设施建设文物保护单位数", "4处", "3处", 20, 15,
             "1处因设计方案调整，工程跨年实施"),
            (None, "质量指标", "工程验收合格率", "100%", "100%", 15, 15, None),
            (None, "时效指标", "工程完工时间", "2023年11月30日前", "2处按时完工，1处延期", 10, 7, "设计变更导致工期延后"),
            (None, "成本指标", "项目总成本", "≤120万元", "96.8万元", 5, 5, None),
            ("效益指标", "社会效益指标", "文物安全事故发生次数", "0次", "0次", 15, 15, None),
            (None, "可持续影响指标", "安防设施使用年限", "≥8年", "8年", 15, 15, None),
            ("满意度指标", "服务对象满意度指标", "文物管理使用人满意度", "≥90%", "92%", 10, 10, None),
        ],
        total=(100, 90.07),
    )
    p3 = dict(
        name="全民健身赛事活动经费",
        fund_rows=[("年度资金总额", [18.00, 18.00, 17.46, 10, "97%", 9.7]),
                   ("其中：当年财政拨款", [18.00, 18.00, 17.46, "—", "97%", "—"]),
                   ("上年结转资金", ["—", "—", "—", "—", "—", "—"]),
                   ("其他资金", ["—", "—", "—", "—", "—", "—"])],
        goal_e="全年举办县级全民健身赛事8项以上，参赛3000人次以上，提升群众健身参与度。",
        goal_a="举办篮球、象棋、广场舞等县级赛事9项，参赛3450人次，未发生安全事故。",
        level_rows=[
            ("产出指标", "数量指标", "举办县级全民健身赛事", "≥8项", "9项", 20, 20, None),
            (None, None, "参赛人次", "≥3000人次", "3450人次", 10, 10, None),
            (None, "质量指标", "赛事安全事故发生率", "0", "0", 10, 10, None),
            (None, "时效指标", "赛事完成时间", "2023年12月底前", "2023年12月10日", 10, 10, None),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%", "38.6%", 20, 20, None),
            (None, "可持续影响指标", "全民健身品牌赛事培育", "逐步形成", "初步形成", 10, 9, "品牌赛事数量偏少，下年度重点培育"),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "94%", 10, 10, None),
        ],
        total=(100, 98.7),
    )
    return [p1, p2, p3]


def s04(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    file = "S04_longyao_wglj_2023_xiangmu.xlsx"
    unit_name = "隆尧县文化广电和旅游局"
    unit = (unit_name, "河北省", "邢台市", "隆尧县", "130525")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wb = Workbook()
    wb.remove(wb.active)
    specs = _s04_projects()
    for p in specs:
        ws = wb.create_sheet(p["name"])
        for col, w in zip("ABCDEFGHIJ", [6, 10, 12, 22, 12, 14, 12, 8, 8, 24]):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:J1")
        ws["A1"] = "项目支出绩效自评表"
        ws["A1"].font = Font(name="宋体", size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:J2")
        ws["A2"] = "（2023年度）"
        ws["A2"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A3:F3")
        ws["A3"] = f"填报单位（盖章）：{unit_name}"
        ws.merge_cells("G3:J3")
        ws["G3"] = "金额单位：万元"
        ws["G3"].alignment = Alignment(horizontal="right")
        r = 4
        grid_top = r

        def put(cell_range, value):
            first = cell_range.split(":")[0]
            if ":" in cell_range:
                ws.merge_cells(cell_range)
            ws[first] = value

        put(f"A{r}:B{r}", "项目名称")
        put(f"C{r}:J{r}", p["name"])
        r += 1
        put(f"A{r}:B{r}", "主管部门")
        put(f"C{r}:F{r}", unit_name)
        put(f"G{r}", "实施单位")
        put(f"H{r}:J{r}", unit_name)
        r += 1
        put(f"A{r}:B{r + 4}", "项目资金（万元）")
        put(f"C{r}:D{r}", None)
        for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
            ws.cell(r, 5 + i, h)
        for k, (label, cells) in enumerate(p["fund_rows"]):
            rr = r + 1 + k
            put(f"C{rr}:D{rr}", label)
            for i, v in enumerate(cells):
                ws.cell(rr, 5 + i, v)
                if isinstance(v, float):
                    ws.cell(rr, 5 + i).number_format = "0.00"
        r += 5
        put(f"A{r}:A{r + 1}", "年度总体目标")
        put(f"B{r}:F{r}", "预期目标")
        put(f"G{r}:J{r}", "实际完成情况")
        put(f"B{r + 1}:F{r + 1}", p["goal_e"])
        put(f"G{r + 1}:J{r + 1}", p["goal_a"])
        ws.row_dimensions[r + 1].height = 60
        r += 2
        lr = p["level_rows"]
        put(f"A{r}:A{r + len(lr)}", "绩效指标")
        for i, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
            ws.cell(r, 2 + i, h)
        ws.cell(r, 10, "偏差原因分析及改进措施")
        # spans
        for idx, col in ((0, "B"), (1, "C")):
            start = None
            for k, row in enumerate(lr + [("END", "END")]):
                if row[idx] is not None:
                    if start is not None:
                        a, b = r + 1 + start, r + k
                        put(f"{col}{a}:{col}{b}" if b > a else f"{col}{a}", lr[start][idx])
                    start = k
        for k, row in enumerate(lr):
            rr = r + 1 + k
            ws.cell(rr, 4, row[2])
            c = ws.cell(rr, 5, row[3])
            if str(row[3]).startswith("="):  # typed as text in Excel ('=312个), not a formula
                c.data_type = "s"
                c.quotePrefix = True
            ws.cell(rr, 6, row[4])
            ws.cell(rr, 7, row[5])
            ws.cell(rr, 8, row[6])
            ws.cell(rr, 10, row[7])
        r += 1 + len(lr)
        put(f"A{r}:F{r}", "总分")
        ws.cell(r, 7, p["total"][0])
        ws.cell(r, 8, p["total"][1])
        for row in ws.iter_rows(min_row=grid_top, max_row=r, min_col=1, max_col=10):
            for c in row:
                c.border = border
                c.alignment = wrap
                c.font = Font(name="宋体", size=10)
        r += 1
        ws.merge_cells(f"A{r}:J{r}")
        ws[f"A{r}"] = "说明：执行率=全年执行数/全年预算数×100%；满意度指标通过问卷调查取得（有效问卷≥200份）。"
    wb.save(os.path.join(out, file))

    projects = []
    for p in specs:
        fr = [(lbl, [str(c) if not isinstance(c, str) else c for c in cells]) for lbl, cells in p["fund_rows"]]
        lrows = [(a, b, c, d, e, str(f), str(g), h or "") for a, b, c, d, e, f, g, h in p["level_rows"]]
        projects.append(project(p["name"], unit_name, unit_name, _gold_funds(fr), p["goal_e"], p["goal_a"],
                                _gold_levels(lrows), float(p["total"][0]), float(p["total"][1]), None))
    return gold_doc(file, "xlsx", unit, 2023, projects=projects)


BUILDERS = [s01, s02, s03, s04]
_ = (Cm, Pt, WD_ALIGN_PARAGRAPH)
