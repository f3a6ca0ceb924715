"""Hand-labelled gold for Q01-Q12 (facts contract self-eval-facts/1, corpus manifest conventions).

Every value below was typed from the printed document, not computed from the generator's data.
Money is in 万元 (元 figures divided by 10,000 keeping every digit), rates in percent.
"""


def unit(name, province, city, county, adcode):
    return {"name": name, "province": province, "city": city, "county": county, "adcode": adcode}


def fund(initial=None, adjusted=None, executed=None, weight=None, rate=None, score=None):
    return {"initial_budget": initial, "adjusted_budget": adjusted, "executed": executed,
            "weight": weight, "execution_rate": rate, "score": score}


def ind(level1, level2, name, target, actual, weight, score, deviation=None):
    return {"level1": level1, "level2": level2, "name": name, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": deviation}


def project(name, supervising=None, implementing=None, funds=None, goal_expected=None, goal_actual=None,
            indicators=None, total_weight=None, total_score=None, grade=None):
    return {"name": name, "supervising_dept": supervising, "implementing_unit": implementing,
            "funds": funds or {}, "goal_expected": goal_expected, "goal_actual": goal_actual,
            "indicators": indicators or [], "total_weight": total_weight, "total_score": total_score,
            "grade": grade}


def dept(funds=None, basic=None, project_exp=None, personnel=None, public=None, score=None, grade=None,
         indicators=None):
    return {"funds": funds, "basic_expenditure": basic, "project_expenditure": project_exp,
            "personnel_expenditure": personnel, "public_expenditure": public, "score": score,
            "grade": grade, "indicators": indicators or []}


def sp(classification, path, phase, year, amount):
    return {"classification": classification, "path": list(path), "phase": phase, "year": year,
            "amount": amount}


CHE = "产出指标"
XIAO = "效益指标"
MAN = "满意度指标"

GOLD_DATA = {}

# ------------------------------------------------------------------------------------- Q01
GOLD_DATA["Q01"] = {
    "unit": unit("桦南县农业技术推广中心", "黑龙江省", "佳木斯市", "桦南县", "230822"),
    "fiscal_year": 2021,
    "projects": [project(
        "高标准农田建设项目管护经费",
        supervising="[212]桦南县农业农村局",
        implementing="桦南县农业技术推广中心",
        funds={
            "total": fund(120.0, 135.68, 131.82465, 10, 97.16, 9.72),
            "current_appropriation": fund(120.0, 120.0, 116.14465, None, 96.79, None),
            "carryover": fund(None, 15.68, 15.68, None, 100.0, None),
        },
        goal_expected="对全县2019—2020年建成的18.6万亩高标准农田开展工程设施管护，确保沟渠、机耕路、桥涵等设施"
                      "完好率不低于90%，保障农田灌排功能正常发挥。",
        goal_actual="完成18.6万亩高标准农田设施管护，维修渠道32.4公里、机耕路17.8公里，设施完好率达到93%，"
                    "较上年提高2个百分点。",
        indicators=[
            ind(CHE, "数量指标", "管护高标准农田面积", "≥18.6万亩", "18.6万亩", 10, 10),
            ind(CHE, "数量指标", "维修灌排渠道长度", "≥30公里", "32.4公里", 10, 10),
            ind(CHE, "数量指标", "维修机耕路长度", "≥20公里", "17.8公里", 10, 8,
                "部分路段因雨季延期施工，已列入2022年管护计划"),
            ind(CHE, "质量指标", "工程设施完好率", "≥90%", "93%", 10, 10),
            ind(CHE, "时效指标", "管护任务完成时间", "2021年11月30日前", "2021年11月25日", 5, 5),
            ind(CHE, "成本指标", "每亩管护成本", "≤7.5元/亩", "7.09元/亩", 5, 5),
            ind(XIAO, "经济效益指标", "项目区粮食亩均增产", "≥30公斤", "35公斤", 10, 10),
            ind(XIAO, "社会效益指标", "受益农户数", "≥1.2万户", "1.26万户", 10, 10),
            ind(XIAO, "生态效益指标", "化肥农药使用量较上年", "减少", "减少3.2%", 5, 4, "监测点位不足，下年度增设监测点"),
            ind(XIAO, "可持续影响指标", "设施正常使用年限", "≥10年", "10年", 5, 5),
            ind(MAN, "服务对象满意度指标", "项目区农户满意度", "≥90%", "94.5%", 10, 10),
        ],
        total_weight=100, total_score=96.72, grade="优")],
}

# ------------------------------------------------------------------------------------- Q02
GOLD_DATA["Q02"] = {
    "unit": unit("遂昌县城市建设服务中心", "浙江省", "丽水市", "遂昌县", "331123"),
    "fiscal_year": 2023,
    "projects": [project(
        "遂昌县城区老旧小区改造提升工程（2023年）",
        supervising="遂昌县住房和城乡建设局",
        implementing="遂昌县城市建设服务中心",
        funds={
            "total": fund(860.0, 1024.5, 1002.37, 10, 97.84, 9.8),
            "current_appropriation": fund(860.0, 1024.5, 1002.37, None, 97.84, None),
            "other": fund(0, 0, 0, None, None, None),
        },
        goal_expected="完成城区3个老旧小区改造提升，涉及住户1,286户，改造内容包括雨污分流、管线上改下、立面整治和"
                      "公共空间提升，改善居民居住条件。",
        goal_actual="3个小区改造全部完工并通过验收，惠及住户1,286户，居民居住环境明显改善。",
        indicators=[
            ind(CHE, "数量指标", "改造小区数量", "=3个", "3个", 10, 10, "无"),
            ind(CHE, "数量指标", "惠及住户数", "≥1286户", "1286户", 10, 10, "无"),
            ind(CHE, "质量指标", "工程竣工验收合格率", "100%", "100%", 10, 10, "无"),
            ind(CHE, "时效指标", "项目完工时间", "2023年11月底前", "2023年12月20日", 10, 7,
                "受汛期影响工期延后，今后合理安排施工计划"),
            ind(CHE, "成本指标", "改造成本控制在批复概算内", "≤1,100万元", "1,002.37万元", 10, 10, "无"),
            ind(XIAO, "社会效益指标", "居民生活环境改善", "明显改善", "明显改善", 15, 15, "无"),
            ind(XIAO, "可持续影响指标", "改造设施正常使用年限", "≥15年", "15年", 15, 15, "无"),
            ind(MAN, "服务对象满意度指标", "小区居民满意度", "≥90%", "92.3%", 10, 9,
                "个别住户对夜间施工噪声不满，今后加强施工管理"),
        ],
        total_weight=100, total_score=95.8, grade="优")],
}

# ------------------------------------------------------------------------------------- Q03
GOLD_DATA["Q03"] = {
    "unit": unit("建平县卫生健康局", "辽宁省", "朝阳市", "建平县", "211322"),
    "fiscal_year": 2022,
    "projects": [project(
        "基本公共卫生服务项目",
        supervising="建平县卫生健康局",
        implementing="建平县卫生健康局",
        funds={
            "total": fund(1523.4, 1611.25, 1589.06, 10, 98.62, 9.86),
            "current_appropriation": fund(1523.4, 1523.4, 1501.21, None, 98.54, None),
            "carryover": fund(None, 87.85, 87.85, None, 100.0, None),
        },
        goal_expected="为辖区常住居民免费提供12类基本公共卫生服务，人均基本公共卫生服务经费补助标准84元，规范化电子"
                      "健康档案覆盖率达到62%以上。",
        goal_actual="全年建立居民电子健康档案41.2万份，65岁及以上老年人健康管理率达到71.3%，各项服务任务基本完成。",
        indicators=[
            ind(CHE, "数量指标", "65岁及以上老年人健康管理人数", "≥4.2万人", "4.38万人", 8, 8),
            ind(CHE, "数量指标", "0-6岁儿童健康管理率", "≥90%", "93.6%", 8, 8),
            ind(CHE, "数量指标", "高血压患者基层规范管理服务率", "≥62%", "60.8%", 8, 7,
                "部分患者外出务工，随访难度大；下步加强电话随访"),
            ind(CHE, "质量指标", "居民电子健康档案规范化建档率", "≥62%", "64.5%", 8, 8),
            ind(CHE, "质量指标", "孕产妇系统管理率", "≥90%", "91.2%", 6, 6),
            ind(CHE, "时效指标", "资金拨付及时性", "按季度拨付", "按季度拨付", 6, 6),
            ind(CHE, "成本指标", "人均基本公共卫生服务补助标准", "84元", "84元", 6, 6),
            ind(XIAO, "社会效益指标", "城乡居民公共卫生差距", "不断缩小", "逐步缩小", 15, 14,
                "偏远乡村服务能力不足，加强村医培训"),
            ind(XIAO, "可持续影响指标", "基本公共卫生服务水平", "不断提高", "稳步提高", 15, 15),
            ind(MAN, "服务对象满意度指标", "居民满意度", "≥85%", "88.4%", 10, 10),
        ],
        total_weight=100, total_score=97.86, grade=None)],
}

# ------------------------------------------------------------------------------------- Q04
GOLD_DATA["Q04"] = {
    "unit": unit("郸城县汲冢镇人民政府", "河南省", "周口市", "郸城县", "411625"),
    "fiscal_year": 2020,
    "projects": [project(
        "汲冢镇2020年农村人居环境整治项目",
        supervising="郸城县汲冢镇人民政府",
        implementing="郸城县汲冢镇人民政府",
        funds={
            "total": fund(150.0, 186.5, 186.5, 10, 100.0, 10),
            "current_appropriation": fund(150.0, 186.5, 186.5, None, None, None),
        },
        goal_expected="完成全镇28个行政村生活垃圾收集转运，新建改建农村户用卫生厕所1,200户，清理村内沟塘23处，"
                      "村容村貌明显改善。",
        goal_actual="全年完成28个行政村垃圾收集转运，改建卫生厕所1,236户，清理沟塘23处，人居环境整治工作通过县级验收。",
        indicators=[
            ind(CHE, "数量指标", "生活垃圾收集转运覆盖行政村数", "28个", "28个", 6, 6, "无"),
            ind(CHE, "数量指标", "改建农村户用卫生厕所", "≥1200户", "1236户", 6, 6, "无"),
            ind(CHE, "数量指标", "清理村内沟塘", "23处", "23处", 6, 6, "无"),
            ind(CHE, "数量指标", "配备村级保洁员人数", "≥84人", "84人", 4, 4, "无"),
            ind(CHE, "质量指标", "户厕改造验收合格率", "≥95%", "97.5%", 6, 6, "无"),
            ind(CHE, "质量指标", "生活垃圾无害化处理率", "≥90%", "92%", 6, 6, "无"),
            ind(CHE, "时效指标", "户厕改造完成时间", "2020年10月底前", "2020年11月", 6, 4,
                "受新冠肺炎疫情影响开工推迟，下一年度提前组织施工，倒排工期"),
            ind(CHE, "成本指标", "每户改厕补助标准", "≤1000元/户", "1000元/户", 5, 5, "无"),
            ind(CHE, "成本指标", "生活垃圾清运成本", "≤45元/吨", "43.6元/吨", 5, 5, "无"),
            ind(XIAO, "经济效益指标", "农户改厕自筹费用", "有效减轻农户负担", "有效减轻", 5, 5, "无"),
            ind(XIAO, "社会效益指标", "村庄环境卫生状况", "明显改善", "明显改善", 10, 10, "无"),
            ind(XIAO, "社会效益指标", "群众卫生健康意识", "逐步提高", "有所提高", 5, 4,
                "宣传覆盖面不够广，下一步组织网格员开展入户宣传"),
            ind(XIAO, "生态效益指标", "农村生活污水乱排乱放现象", "明显减少", "明显减少", 5, 5, "无"),
            ind(XIAO, "可持续影响指标", "农村人居环境长效管护机制", "建立", "已建立", 5, 5, "无"),
            ind(MAN, "服务对象满意度指标", "群众满意度", "≥90%", "93%", 10, 10, "无"),
        ],
        total_weight=100, total_score=97, grade="优")],
}

# ------------------------------------------------------------------------------------- Q05
GOLD_DATA["Q05"] = {
    "unit": unit("平遥县市场监督管理局", "山西省", "晋中市", "平遥县", "140728"),
    "fiscal_year": 2022,
    "department": dept(
        funds=fund(1865.42, 2046.18, 1987.55, 10, 97.13, 9.7),
        basic=1451.32, project_exp=536.23, score=96.7, grade="优",
        indicators=[
            ind(CHE, "数量指标", "食品安全监督抽检批次", "≥1,500批次", "1,612批次", 10, 10),
            ind(CHE, "数量指标", "特种设备定期检验覆盖率", "100%", "100%", 5, 5),
            ind(CHE, "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 10, 10),
            ind(CHE, "时效指标", "投诉举报按时办结率", "≥98%", "99.2%", 10, 10),
            ind(CHE, "成本指标", "公用经费控制", "不超预算", "未超预算", 5, 5),
            ind(XIAO, "社会效益指标", "食品安全事故发生数", "0起", "0起", 15, 15),
            ind(XIAO, "社会效益指标", "市场主体增长率（较上年）", "≥5%", "6.8%", 10, 10),
            ind(XIAO, "可持续影响指标", "信用监管机制", "健全", "基本健全", 15, 13,
                "部分行业信用分级分类监管尚未覆盖，2023年全面推开"),
            ind(MAN, "服务对象满意度指标", "市场主体及群众满意度", "≥90%", "91.5%", 10, 9,
                "窗口高峰期等候时间较长，增设自助服务终端"),
        ]),
    "spending": [
        sp("expenditure_type", ["基本支出"], "initial_budget", 2022, 1402.6),
        sp("expenditure_type", ["基本支出"], "adjusted_budget", 2022, 1458.9),
        sp("expenditure_type", ["基本支出"], "final", 2022, 1451.32),
        sp("expenditure_type", ["项目支出"], "initial_budget", 2022, 462.82),
        sp("expenditure_type", ["项目支出"], "adjusted_budget", 2022, 587.28),
        sp("expenditure_type", ["项目支出"], "final", 2022, 536.23),
    ],
}

# ------------------------------------------------------------------------------------- Q06
GOLD_DATA["Q06"] = {
    "unit": unit("土默特左旗林业和草原局", "内蒙古自治区", "呼和浩特市", "土默特左旗", "150121"),
    "fiscal_year": 2023,
    "department": dept(
        funds=None, score=95.2, grade="优",
        indicators=[
            ind("投入", "目标设定", "绩效目标合理性", None, None, 3, 3),
            ind("投入", "目标设定", "绩效指标明确性", None, None, 2, 2),
            ind("投入", "预算配置", "在职人员控制率", None, None, 5, 5),
            ind("投入", "预算配置", "“三公经费”变动率", None, None, 5, 5),
            ind("过程", "预算执行", "预算执行率", None, None, 10, 9.2),
            ind("过程", "预算执行", "结转结余率", None, None, 5, 4),
            ind("过程", "预算执行", "公用经费控制率", None, None, 5, 5),
            ind("过程", "预算管理", "管理制度健全性", None, None, 5, 5),
            ind("过程", "预算管理", "资金使用合规性", None, None, 5, 5),
            ind("过程", "资产管理", "资产管理安全性", None, None, 5, 4.5),
            ind("产出", "职责履行", "营造林任务完成率", None, None, 10, 10),
            ind("产出", "职责履行", "森林草原火灾受害率", None, None, 10, 10),
            ind("产出", "职责履行", "林业有害生物成灾率", None, None, 10, 9),
            ind("效果", "履职效益", "森林覆盖率", None, None, 8, 7),
            ind("效果", "履职效益", "草原综合植被盖度", None, None, 7, 7),
            ind("效果", "服务满意度", "社会公众满意度", None, None, 5, 4.5),
        ]),
}

# ------------------------------------------------------------------------------------- Q07
Y7 = 2022
GOLD_DATA["Q07"] = {
    "unit": unit("重庆市綦江区司法局", "重庆市", "重庆市", "綦江区", "500110"),
    "fiscal_year": 2022,
    "department": dept(
        funds=fund(1498.3, None, 1742.6, None, 110.18, None),
        basic=1203.44, project_exp=539.16, personnel=1065.2, public=138.24),
    "spending": [
        sp("income", ["收入总计"], "final", Y7, 1856.32),
        sp("income", ["本年收入合计"], "final", Y7, 1702.15),
        sp("income", ["一般公共预算财政拨款收入"], "final", Y7, 1650.87),
        sp("income", ["政府性基金预算财政拨款收入"], "final", Y7, 0.0),
        sp("income", ["上级补助收入"], "final", Y7, 0.0),
        sp("income", ["事业收入"], "final", Y7, 0.0),
        sp("income", ["经营收入"], "final", Y7, 0.0),
        sp("income", ["附属单位上缴收入"], "final", Y7, 0.0),
        sp("income", ["其他收入"], "final", Y7, 51.28),
        sp("expenditure_type", ["支出总计"], "final", Y7, 1856.32),
        sp("expenditure_type", ["本年支出合计"], "final", Y7, 1742.6),
        sp("expenditure_type", ["基本支出"], "final", Y7, 1203.44),
        sp("expenditure_type", ["项目支出"], "final", Y7, 539.16),
        sp("expenditure_type", ["上缴上级支出"], "final", Y7, 0.0),
        sp("expenditure_type", ["经营支出"], "final", Y7, 0.0),
        sp("expenditure_type", ["对附属单位补助支出"], "final", Y7, 0.0),
        sp("functional", ["一般公共服务支出"], "final", Y7, 25.6),
        sp("functional", ["公共安全支出"], "final", Y7, 1382.49),
        sp("functional", ["社会保障和就业支出"], "final", Y7, 138.56),
        sp("functional", ["卫生健康支出"], "final", Y7, 41.62),
        sp("functional", ["住房保障支出"], "final", Y7, 62.6),
        sp("functional", ["公共安全支出", "司法", "行政运行"], "initial_budget", Y7, 612.4),
        sp("functional", ["公共安全支出", "司法", "行政运行"], "final", Y7, 605.18),
        sp("functional", ["公共安全支出", "司法", "社区矫正"], "initial_budget", Y7, 286.0),
        sp("functional", ["公共安全支出", "司法", "社区矫正"], "final", Y7, 402.35),
        sp("functional", ["公共安全支出", "司法", "法律援助"], "initial_budget", Y7, 150.0),
        sp("functional", ["公共安全支出", "司法", "法律援助"], "final", Y7, 168.52),
        sp("functional", ["公共安全支出", "司法", "普法宣传"], "initial_budget", Y7, 45.0),
        sp("functional", ["公共安全支出", "司法", "普法宣传"], "final", Y7, 43.76),
        sp("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"],
           "initial_budget", Y7, 92.3),
        sp("functional", ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"],
           "final", Y7, 92.24),
        sp("functional", ["住房保障支出", "住房改革支出", "住房公积金"], "initial_budget", Y7, 62.6),
        sp("functional", ["住房保障支出", "住房改革支出", "住房公积金"], "final", Y7, 62.6),
        sp("economic", ["人员经费"], "final", Y7, 1065.2),
        sp("economic", ["公用经费"], "final", Y7, 138.24),
        sp("economic", ["机关运行经费"], "final", Y7, 138.24),
        sp("three_public", ["三公经费"], "initial_budget", Y7, 12.5),
        sp("three_public", ["三公经费"], "final", Y7, 8.36),
        sp("three_public", ["三公经费", "因公出国（境）费"], "initial_budget", Y7, 0.0),
        sp("three_public", ["三公经费", "因公出国（境）费"], "final", Y7, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "initial_budget", Y7, 8.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", Y7, 6.12),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", Y7, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", Y7, 6.12),
        sp("three_public", ["三公经费", "公务接待费"], "initial_budget", Y7, 4.5),
        sp("three_public", ["三公经费", "公务接待费"], "final", Y7, 2.24),
    ],
}

# ------------------------------------------------------------------------------------- Q08
GOLD_DATA["Q08"] = {
    "unit": unit("同心县豫海镇人民政府", "宁夏回族自治区", "吴忠市", "同心县", "640324"),
    "fiscal_year": 2023,
    "spending": [
        sp("three_public", ["三公经费"], "initial_budget", 2023, 15.6),
        sp("three_public", ["三公经费"], "final", 2023, 11.86405),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "initial_budget", 2023, 12.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", 2023, 9.6412),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "initial_budget", 2023, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "final", 2023, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "initial_budget", 2023, 12.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "final", 2023, 9.6412),
        sp("three_public", ["三公经费", "公务接待费"], "initial_budget", 2023, 3.6),
        sp("three_public", ["三公经费", "公务接待费"], "final", 2023, 2.22285),
    ],
}

# ------------------------------------------------------------------------------------- Q09
Y9 = 2024
GOLD_DATA["Q09"] = {
    "unit": unit("海口市琼山区卫生健康委员会", "海南省", "海口市", "琼山区", "460107"),
    "fiscal_year": 2024,
    "department": dept(funds=fund(3265.48)),
    "spending": [
        sp("income", ["收入总计"], "initial_budget", Y9, 3265.48),
        sp("income", ["一般公共预算拨款"], "initial_budget", Y9, 3105.48),
        sp("income", ["政府性基金预算拨款"], "initial_budget", Y9, 160.0),
        sp("income", ["国有资本经营预算拨款"], "initial_budget", Y9, 0.0),
        sp("income", ["财政专户管理资金"], "initial_budget", Y9, 0.0),
        sp("income", ["单位资金"], "initial_budget", Y9, 0.0),
        sp("expenditure_type", ["支出总计"], "initial_budget", Y9, 3265.48),
        sp("expenditure_type", ["基本支出"], "initial_budget", Y9, 2418.6),
        sp("expenditure_type", ["项目支出"], "initial_budget", Y9, 846.88),
        sp("economic", ["人员经费"], "initial_budget", Y9, 2132.2),
        sp("economic", ["公用经费"], "initial_budget", Y9, 286.4),
        sp("economic", ["机关运行经费"], "initial_budget", Y9, 286.4),
        sp("functional", ["卫生健康支出"], "initial_budget", Y9, 2903.66),
        sp("functional", ["社会保障和就业支出"], "initial_budget", Y9, 186.42),
        sp("functional", ["住房保障支出"], "initial_budget", Y9, 175.4),
        sp("functional", ["卫生健康支出", "公共卫生", "基本公共卫生服务"], "initial_budget", Y9, 1125.3),
        sp("functional", ["卫生健康支出", "公共卫生", "重大公共卫生服务"], "initial_budget", Y9, 386.5),
        sp("functional", ["卫生健康支出", "卫生健康管理事务", "行政运行"], "initial_budget", Y9, 312.68),
        sp("functional", ["卫生健康支出", "基层医疗卫生机构", "乡镇卫生院"], "initial_budget", Y9, 1079.18),
        sp("three_public", ["三公经费"], "initial_budget", Y9, 9.8),
        sp("three_public", ["三公经费", "因公出国（境）费"], "initial_budget", Y9, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费"], "initial_budget", Y9, 6.5),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置费"], "initial_budget", Y9, 0.0),
        sp("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"], "initial_budget", Y9, 6.5),
        sp("three_public", ["三公经费", "公务接待费"], "initial_budget", Y9, 3.3),
    ],
}

# ------------------------------------------------------------------------------------- Q10
GOLD_DATA["Q10"] = {
    "unit": unit("锦屏县水务局", "贵州省", "黔东南苗族侗族自治州", "锦屏县", "522628"),
    "fiscal_year": 2020,
    "department": dept(
        funds=fund(1236.58, 1498.2, 1455.67, None, 97.16, None),
        basic=612.35, project_exp=843.32, personnel=498.26, public=114.09, score=88.5, grade="良"),
    "spending": [
        sp("expenditure_type", ["实际支出"], "final", 2020, 1455.67),
        sp("expenditure_type", ["基本支出"], "final", 2020, 612.35),
        sp("expenditure_type", ["项目支出"], "final", 2020, 843.32),
        sp("economic", ["人员经费"], "final", 2020, 498.26),
        sp("economic", ["公用经费"], "final", 2020, 114.09),
        sp("three_public", ["三公经费"], "final", 2020, 4.82),
    ],
}

# ------------------------------------------------------------------------------------- Q11
GOLD_DATA["Q11"] = {
    "unit": unit("海东市生态环境局", "青海省", "海东市", None, "630200"),
    "fiscal_year": 2022,
    "projects": [project(
        "大气污染防治专项资金项目",
        supervising="海东市生态环境局",
        implementing="海东市生态环境局",
        funds={"total": fund(180.0, 215.6, 206.15, None, 95.62, None)},
        goal_expected="完成全市12个大气自动监测站点运行维护，开展重点行业企业挥发性有机物治理8家，全年空气质量优良"
                      "天数比例达到90%以上。",
        goal_actual="12个监测站点运行正常，完成8家企业挥发性有机物治理，全年空气质量优良天数比例为93.4%，较上年提高"
                    "1.2个百分点。",
        total_score=93, grade="优")],
    "spending": [
        sp("income", ["中央资金"], "initial_budget", 2022, 150.0),
        sp("income", ["市级配套资金"], "initial_budget", 2022, 30.0),
    ],
}

# ------------------------------------------------------------------------------------- Q12
GOLD_DATA["Q12"] = {
    "unit": unit("广昌县教育体育局", "江西省", "抚州市", "广昌县", "361030"),
    "fiscal_year": 2019,
    "projects": [
        project("义务教育学校公用经费保障项目",
                funds={"total": fund(612.0, 648.36, 648.36, None, 100.0, None)},
                goal_expected="保障全县46所义务教育学校正常运转。",
                total_score=96, grade="优"),
        project("学前教育幼儿资助项目",
                funds={"total": fund(120.0, 132.4, 128.73, None, 97.23, None)},
                total_score=91.5, grade="优"),
        project("校舍维修改造项目",
                funds={"total": fund(None, 306.7, 250.34, None, 81.62, None)},
                goal_expected="完成12所农村学校校舍维修改造，消除C级危房。",
                total_score=80, grade="良"),
    ],
}
