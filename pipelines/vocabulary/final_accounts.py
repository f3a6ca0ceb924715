"""Words of the standard 部门决算/预算 tables, 三公经费 tables and data tables: data, not code paths.

Matched against cell keys (spaces removed, full-width folded, bracketed notes such as ``（万元）`` and
list numbering dropped), unless said otherwise.
"""

from __future__ import annotations

# --- column heads -------------------------------------------------------------------------------

# Heads of a column that numbers the rows or columns of a form: never a figure.
LINE_NUMBER_HEADS = ("行次", "行号", "序号", "栏次")
# The first cell of a row that numbers the columns (``栏次 | | 1 | 栏次 | | 2``).
COLUMN_NUMBER_LABELS = ("栏次",)
# Heads of the label column of a table (the name of each row's item).
LABEL_HEADS = ("项目", "科目名称", "项目名称", "科目", "功能分类科目名称", "经济分类科目名称", "收入",
               "支出", "单位名称", "名称", "收入项目", "支出项目", "收入科目", "支出科目", "预算科目", "功能分类科目")
# Heads of a code column (类/款/项 printed together or apart).
CODE_HEADS = ("科目编码", "功能分类科目编码", "支出功能分类科目编码", "经济分类科目编码", "编码", "科目代码",
              "功能科目编码", "经济科目编码")
CODE_LEVEL_HEADS = ("类", "款", "项")
# Words of a code column's group head (``支出功能分类 | 科目编码`` over ``类 | 款 | 项``).
CODE_GROUP_HEADS = ("支出功能分类", "功能分类", "经济分类", "支出经济分类", "支出功能分类科目编码", "经济分类科目编码")

# A column's phase, from the words of its head: the longest word the head starts with (after a year such
# as ``2023年`` or a relative one such as ``上年``) decides, so ``预算执行数`` is final, not 预算.
# ``预算数`` is the year's first budget (``initial_budget``) in 决算 and 预算 documents alike;
# 全年/调整后 budgets are ``adjusted_budget``.
PHASE_HEADS: dict[str, tuple[str, ...]] = {
    "adjusted_budget": ("调整后预算数", "调整后预算", "调整预算数", "全年预算数", "全年预算", "预算调整数",
                        "计划支出数", "计划安排资金", "计划安排", "计划支出", "计划数", "安排资金", "安排数"),
    "initial_budget": ("年初预算数", "年初预算", "预算数", "预算", "预算金额", "预算安排数"),
    "final": ("决算数", "决算", "执行数", "实际支出数", "实际支出", "实际数", "支出决算", "实际到位资金",
              "实际到位", "实际执行数", "预算执行数", "预算执行", "全年执行数"),
}
# Words before a phase naming the year relative to the table's own (``上年预算数``, ``本年决算数``).
RELATIVE_YEARS: dict[str, int] = {"上年": -1, "上年度": -1, "本年": 0, "本年度": 0, "当年": 0}
# Heads naming a figure whose phase the table's title decides (决算 → final, 预算 → initial_budget).
BARE_MONEY_HEADS = ("金额", "合计", "小计", "数额", "本年数", "本年", "本年收入", "本年支出", "本年收入合计",
                    "本年支出合计")
# Heads of columns that are never figures of their own: changes, shares, rates.
NOT_FIGURE_HEADS = ("增减", "增、减", "增加", "减少", "增长", "下降", "幅度", "比上年", "比重", "占比", "%",
                    "百分比", "变动", "差额", "完成率", "执行率", "结转和结余", "结转结余", "年初结转", "年末结转")

# Title words that set the phase of bare money columns; a title with words of both phases (预决算) sets
# none. The names of budgets (一般公共预算, 政府性基金预算 …) are no phase words.
TITLE_PHASE_WORDS: dict[str, tuple[str, ...]] = {
    "final": ("决算",),
    "initial_budget": ("预算",),
}

# --- rows of the balance tables (收入支出决算总表, 财政拨款收入支出决算总表, 收支预算总表) -----------------

INCOME_SIDE = ("收入", "收入项目", "收入科目")
EXPENDITURE_SIDE = ("支出", "支出项目", "支出科目", "支出功能分类科目")
# A total row and the path it is recorded under, by side. ``总计`` alone takes its side's name.
INCOME_TOTALS: dict[str, str] = {
    "本年收入合计": "本年收入合计", "收入合计": "收入合计", "收入总计": "收入总计", "总计": "收入总计",
    "本年收入": "本年收入合计", "收入总额": "收入总计",
}
EXPENDITURE_TOTALS: dict[str, str] = {
    "本年支出合计": "本年支出合计", "支出合计": "支出合计", "支出总计": "支出总计", "总计": "支出总计",
    "本年支出": "本年支出合计", "支出总额": "支出总计",
}
# Rows that carry balances over, never recorded (结转/结余, their use and distribution).
CARRY_OVER_WORDS = ("结转", "结余", "弥补", "结余分配", "提取", "事业基金")

# Expenditure by type (支出性质) and the economic split of 基本支出.
EXPENDITURE_TYPES = ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "事业单位经营支出")
ECONOMIC_TOTALS: dict[str, str] = {
    "人员经费": "人员经费", "人员经费合计": "人员经费", "人员支出": "人员经费",
    "公用经费": "公用经费", "公用经费合计": "公用经费", "日常公用经费": "公用经费", "公用支出": "公用经费",
    "机关运行经费": "机关运行经费",
}

# The 类 of the government functional classification (支出功能分类), as printed in the balance tables.
FUNCTIONAL_CLASSES = (
    "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
    "文化旅游体育与传媒支出", "文化体育与传媒支出", "社会保障和就业支出", "社会保险基金支出", "卫生健康支出",
    "医疗卫生与计划生育支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
    "资源勘探工业信息等支出", "资源勘探信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出",
    "自然资源海洋气象等支出", "国土海洋气象等支出", "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出",
    "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出", "债务还本支出", "债务付息支出", "债务发行费用支出",
    "抗疫特别国债安排的支出", "其他政府性基金及对应专项债务收入安排的支出",
)

# --- scope of a table ---------------------------------------------------------------------------

# Words saying a table covers only the appropriations (财政拨款), not the unit's whole budget.
APPROPRIATION_WORDS = ("财政拨款", "一般公共预算", "政府性基金", "国有资本经营")
# Words of a table of income by function (收入决算表): its rows are not spending.
INCOME_TABLE_HEADS = ("本年收入合计", "本年收入", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                      "附属单位上缴收入", "其他收入")
ECONOMIC_HEADS = ("人员经费", "公用经费", "日常公用经费", "人员支出", "公用支出")
# Column heads holding the row's total spending in a coded expenditure table.
TOTAL_HEADS = ("合计", "本年支出合计", "支出合计", "总计", "小计", "本年支出", "金额", "决算数", "预算数",
               "年初预算数", "本年收入合计")

# Economic classification 类 (支出经济分类) of a 基本支出 table.
ECONOMIC_CLASSES = ("工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "对企业补助",
                    "债务利息及费用支出", "其他支出")

# --- 三公经费 -----------------------------------------------------------------------------------

THREE_PUBLIC = "三公经费"
VEHICLE = "公务用车购置及运行维护费"
# Standard path of each 三公 part and the names it is printed under (matched on keys, quotes dropped).
THREE_PUBLIC_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    (THREE_PUBLIC,): ("三公经费", "三公经费合计", "三公经费支出", "三公经费支出合计", "财政拨款三公经费"),
    (THREE_PUBLIC, "因公出国（境）费"): (
        "因公出国（境）费", "因公出国（境）费用", "因公出国（境）经费", "出国经费", "因公出国经费", "出国费",
        "因公出国费", "出国（境）费", "因公出国（境）支出"),
    (THREE_PUBLIC, VEHICLE): (
        "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置和维护经费", "公务用车购置及维护费",
        "公务用车购置和运行维护费", "公务用车购置及运行维护经费", "公务用车购置和运行费", "公务用车费",
        "公务用车购置及运行经费", "公车购置及运行维护费", "公车购置及运维费"),
    (THREE_PUBLIC, VEHICLE, "公务用车购置费"): (
        "公务用车购置费", "公务用车购置", "公车购置", "公车购置费", "公务用车购置经费", "公务用车购置支出"),
    (THREE_PUBLIC, VEHICLE, "公务用车运行维护费"): (
        "公务用车运行维护费", "公务用车运行费", "公车运行维护", "公车运行维护费", "公务用车运行维护",
        "公车运维费", "公务用车运行经费", "公务用车运行维护经费", "公务用车运行维护支出"),
    (THREE_PUBLIC, "公务接待费"): ("公务接待费", "公务接待", "公务接待费用", "公务接待经费", "公务接待支出"),
}
# Lines inside a 三公 part that are not parts of their own (国内/外事接待): never recorded as parts.
THREE_PUBLIC_NOT_PARTS = ("国内公务接待", "外事接待", "国内接待", "外宾接待")
# A 三公 column or row head meaning the group's own total (``小计`` under 公务用车购置及运行费).
SUBTOTAL_WORDS = ("小计",)
# Total rows or columns of a 三公 table: the 三公经费 total.
TOTAL_WORDS = ("合计", "总计")

# --- project forms (财政支出政策绩效评价报告 …) -----------------------------------------------------------

# Labels of a form's money lines: a budget planned for the project and what arrived or was spent.
FORM_PLANNED = ("计划安排资金", "计划安排", "预算安排资金", "项目预算资金", "计划投入资金")
FORM_ARRIVED = ("实际到位资金", "到位资金", "资金到位")
FORM_SPENT = ("实际支出", "实际支出资金", "实际使用资金")
# Heads of a detail table whose lines are money of named projects or fund lines (``project`` spending).
LINE_ITEM_HEADS = ("支出内容", "支出明细", "明细项目", "资金用途", "支出项目", "项目明细", "项目类别", "资金投向",
                   "支出方向", "使用方向")
# Totals of such a detail table: the lines' own sum, not repeated.
LINE_ITEM_TOTALS = ("支出合计", "合计", "总计", "小计")
# Where a printed 三公 name is none of the above, the words it holds decide (in this order); used only
# inside a table already known to be a 三公 table.
THREE_PUBLIC_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    ((THREE_PUBLIC, VEHICLE), ("用车", "购置", "运行")),
    ((THREE_PUBLIC, VEHICLE), ("公车", "购置", "运行")),
    ((THREE_PUBLIC, VEHICLE), ("用车", "购置", "维护")),
    ((THREE_PUBLIC, VEHICLE, "公务用车购置费"), ("用车", "购置")),
    ((THREE_PUBLIC, VEHICLE, "公务用车购置费"), ("公车", "购置")),
    ((THREE_PUBLIC, VEHICLE, "公务用车运行维护费"), ("用车", "运行")),
    ((THREE_PUBLIC, VEHICLE, "公务用车运行维护费"), ("公车", "运行")),
    ((THREE_PUBLIC, VEHICLE, "公务用车运行维护费"), ("用车", "维护")),
    ((THREE_PUBLIC, "因公出国（境）费"), ("出国",)),
    ((THREE_PUBLIC, "公务接待费"), ("接待",)),
    ((THREE_PUBLIC,), ("三公",)),
)
