"""The words documents use: header aliases, level names, fund rows. Data, not code paths.

Every alias list is matched against a cell's compact text (spaces removed, full-width
folded, bracketed units such as ``(万元)`` dropped). Where aliases of two roles both fit
a header, the exact match, then the longest alias, decides (grid.column_map).
"""

from __future__ import annotations

FUND_COLUMNS: dict[str, tuple[str, ...]] = {
    "adjusted_budget": ("全年预算数", "调整后预算数", "调整后预算", "全年预算", "预算调整数", "预算数"),
    "initial_budget": ("年初预算数", "年初预算", "年初数", "年初批复数"),
    "executed": ("全年执行数", "预算执行数", "全年实际支出", "实际支出", "执行数", "决算数", "实际执行数"),
    "execution_rate": ("执行率", "预算执行率", "支出率"),
    "weight": ("分值", "权重", "指标分值"),
    "score": ("得分", "自评得分"),
}

FUND_ROWS: dict[str, tuple[str, ...]] = {
    "total": ("年度资金总额", "资金总额", "合计", "总额", "年度财政资金总额"),
    "current_appropriation": ("当年财政拨款", "本年财政拨款", "财政拨款", "财政资金"),
    "carryover": ("上年结转资金", "上年结转", "结转资金"),
    "other": ("其他资金",),
}

INDICATOR_COLUMNS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标", "指标名称"),
    # 指标性质 / 度量单位 split from 指标值 are joined into the target where they qualify a figure
    # (``≧`` ``735`` ``人次`` → ``≧735人次``); a 定性 nature is no operator and a word target takes no unit.
    "nature": ("指标性质", "绩效指标性质"),
    "unit": ("度量单位", "计量单位", "绩效度量单位"),
    "target": ("年度指标值", "绩效指标值", "指标值", "目标值", "预期指标值", "年度目标值"),
    "actual": ("实际完成值", "实际完成指标值", "实际完值", "完成值", "实际值", "全年实际值"),
    "weight": ("分值", "权重", "指标分值"),
    "score": ("自评得分", "得分"),
    "deviation": ("偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "原因分析及改进措施", "偏差原因分析",
                  "未完成原因", "偏差原因和改进措施", "改进措施"),
    "explanation": ("指标解释", "评分标准"),
    "note": ("备注",),
}

STANDARD_LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")
STANDARD_LEVEL2 = (
    "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标",
    "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
    "服务对象满意度指标", "满意度指标",
)

# Anchors are matched on cell keys, where bracketed notes are dropped: 项目（政策）名称 is 项目名称.
PROJECT_ANCHORS = ("项目名称", "项目支出名称", "项目名", "专项资金名称", "资金名称", "政策名称")
DEPARTMENT_ANCHORS = ("预算部门名称", "部门名称", "单位名称", "预算单位名称", "部门单位名称", "部门")
SUPERVISOR_LABELS = ("主管部门", "主管单位", "预算部门", "县级主管部门", "市级主管部门")
IMPLEMENTER_LABELS = ("实施单位", "项目实施单位", "项目单位")
GOAL_EXPECTED = ("预期目标", "年度目标", "总体目标", "年初设定目标", "项目年度目标", "年度绩效目标")
GOAL_ACTUAL = ("实际完成情况", "目标完成情况", "实际完成", "全年实际完成情况", "年度目标完成情况",
               "年度总体目标完成情况", "完成情况综述")
TOTAL_ROW_LABELS = ("总分", "合计", "总计", "得分合计", "综合得分", "自评得分", "自评总分", "评价总分")
# A row label ending so is a total row whatever it says before (部门整体自评总得分).
TOTAL_SCORE_ENDING = "总得分"
# Labels of the signature lines under a form (单位负责人：… 填报人：…): the form's end, never an indicator.
SIGNATURE_LABELS = ("单位负责人", "财务负责人", "项目负责人", "主要负责人", "负责人", "填报人", "填表人", "审核人",
                    "复核人", "评分人", "联系人", "联系电话", "填报日期", "填表日期")
GRADE_LABELS = ("评价等级", "自评等级", "绩效等级", "等级")
GRADES = ("优", "良", "中", "差")
# Grades as printed → the contract's grade.
GRADE_NAMES: dict[str, str] = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
                               "较差": "差", "差": "差"}
# Marks of a ticked and of an unticked box (☑优 □良 □中 □差).
TICKED_MARKS = ("☑", "√", "■", "✓", "✔", "▣", "☒")
UNTICKED_MARKS = ("□", "☐")

SUMMARY_COLUMNS: dict[str, tuple[str, ...]] = {
    "project": ("项目名称", "项目"),
    "grade": ("自评等级", "评价等级", "等级", "自评结果等级"),
    "score": ("自评得分", "评价得分", "得分", "评分", "评价结果", "自评结果", "自评分数"),
    "amount": ("评价金额", "预算金额", "项目金额", "金额", "预算数", "资金", "预算"),
}

# Phases of a multi-year data-table column such as ``2023预算数`` / ``2022决算数``.
PHASE_WORDS: dict[str, tuple[str, ...]] = {
    "adjusted_budget": ("调整后预算数", "调整预算数", "调整后预算", "全年预算数"),
    "initial_budget": ("年初预算数", "预算数", "预算"),
    "final": ("决算数", "执行数", "实际支出", "决算", "实际数"),
}

# Top rows of a data table and the classification their lines belong to.
SECTION_HEADS: dict[str, str] = {
    "三公经费": "three_public",
    "项目支出": "expenditure_type",
    "基本支出": "expenditure_type",
    "公用经费": "economic",
    "人员经费": "economic",
    "机关运行经费": "economic",
}
# Lines under these heads are themselves classified differently from the head.
CHILD_CLASSIFICATION: dict[str, str] = {"项目支出": "project", "基本支出": "economic"}
# Heads whose name starts the path of their children (项目 lines start at their own name).
PATH_KEEPS_HEAD = {"三公经费", "公用经费", "人员经费", "机关运行经费"}
NOT_RECORDED = ("政府采购", "预算调整", "控制率", "楼堂馆所")

# The two parts of 基本支出 by economic nature, as a department table splits its budget.
ECONOMIC_TOTALS = ("人员经费", "公用经费")
EXPENDITURE_TYPES = ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "其他支出")
INCOME_SOURCES = ("当年财政拨款", "本年财政拨款", "财政拨款", "其他资金", "一般公共预算", "政府性基金",
                  "国有资本经营预算", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入",
                  "财政拨款收入")

# 三公经费 parts: canonical key → (parent key or None, patterns as printed)
THREE_PUBLIC_PARTS: dict[str, tuple[str | None, str]] = {
    "abroad": (None, r"因公出国[（(]境[)）](?:经)?费(?:用)?|出国(?:境)?经费|因公出国[（(]境[)）]"),
    "vehicle": (None, r"公务用车购置(?:及|和)运行(?:维护)?(?:经)?费|公务用车购置和维护经费"),
    "vehicle_purchase": ("vehicle", r"公务用车购置(?!及|和)|公车购置"),
    "vehicle_running": ("vehicle", r"公务用车运行(?:维护)?费|公车运行维护"),
    "reception": (None, r"公务接待(?:费)?(?!支出决算比)"),
    "reception_domestic": ("reception", r"国内公务接待"),
    "reception_foreign": ("reception", r"外事接待"),
}

FUND_MONEY_ROLES = ("initial_budget", "adjusted_budget", "executed")

# Characters typed for others in labels (a dash for 一 in —般公共预算), read as meant when matching.
PRINTING_SLIPS: dict[str, str] = {"—般": "一般", "一一": "一"}

# Labels of key-value lines: a cell holding one of these is a label, the next cell its value.
KEY_LABELS: tuple[str, ...] = (
    *PROJECT_ANCHORS, *DEPARTMENT_ANCHORS, *SUPERVISOR_LABELS, *IMPLEMENTER_LABELS,
    "专项资金名称", "县级主管部门", "部门（单位）名称", "部门单位名称", "项目单位", "填报单位",
    "负责人及电话", "项目负责人", "联系人", "联系电话", "项目类别", "项目属性", "项目类型", "资金用途",
    "填报日期", "预算编码", "报表编号",
)

# Words of column heads in any kind of table (a row of two or more is a header row).
HEADER_WORDS: tuple[str, ...] = tuple(sorted({
    *(a for aliases in FUND_COLUMNS.values() for a in aliases),
    *(a for aliases in INDICATOR_COLUMNS.values() for a in aliases),
    *(a for aliases in SUMMARY_COLUMNS.values() for a in aliases if len(a) >= 3),
    *GOAL_EXPECTED, *GOAL_ACTUAL, "绩效指标", "资金来源", "项目", "金额", "行次", "栏次", "科目名称", "科目编码",
    "功能分类科目", "经济分类科目", "决算数", "预算数", "年初预算数", "调整预算数", "备注",
}))

# Labels that open a row of their own (a fund row, a level of indicators, a total): never the rest of a cut row.
ROW_LABELS: tuple[str, ...] = (
    *STANDARD_LEVEL1, *STANDARD_LEVEL2, "无", *TOTAL_ROW_LABELS, *GRADE_LABELS, *SECTION_HEADS,
    *(a for aliases in FUND_ROWS.values() for a in aliases),
)

# Comparison operators a 指标性质 column prints (joined before the target value).
TARGET_OPERATORS = ("≥", "≤", "≧", "≦", "＞", "＜", ">", "<", "=", "＝", "═", "≠", ">=", "<=", "≥=", "≤=")

# Template wording after a level name (``服务对象满意度指标等``), dropped.
LEVEL_TEMPLATE_WORDS = ("等",)
# Filler a template prints in rows left empty (``……``): never a value, never the rest of a cut row.
FILLER_TEXTS = ("……", "…", "...", "......", "。。。")
# Indicator-name cells of filler rows: never an indicator of their own.
NOT_AN_INDICATOR = ("无", *FILLER_TEXTS)

# Words of a table title saying it speaks for the whole department.
DEPARTMENT_TITLE_WORDS = ("部门整体", "整体支出", "部门预算绩效", "单位整体")

# The project column of a summary table is headed exactly so.
SUMMARY_PROJECT_HEADS = ("项目名称", "项目")

# Heads of a department table's income and expenditure split whose figure is the split's total.
LABELLED_TOTALS: dict[str, tuple[str, str]] = {
    "按收入性质分": ("income", "收入合计"),
    "按支出性质分": ("expenditure_type", "支出合计"),
}
