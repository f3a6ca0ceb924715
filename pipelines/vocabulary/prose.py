"""The words of statements made in prose: labels, phase words, subject words and trap words. Data, not code paths.

Every word is matched against a sentence's compact text: spaces removed and full-width forms folded
(``，：（）；`` become ``,:();``; ``。、“”`` stay as printed).
"""

from __future__ import annotations

from pipelines.vocabulary.tables import GRADE_NAMES

# ---------------------------------------------------------------- what kind of document the prose belongs to
# Words of a document's head (its title lines) that tell what it publishes.
FINAL_ACCOUNTS_TITLE = ("决算",)
BUDGET_TITLE = r"(?<!一般公共)预算(?!编码|执行|绩效|单位)"
SELF_EVALUATION_TITLE = ("自评", "评价")
DEPARTMENT_TITLE = ("整体",)
PROJECT_TITLE = ("项目", "专项", "资金", "经费")
# A paragraph of the head names the report when it has one of these.
TITLE_WORDS = ("报告", "决算", "预算", "说明", "自评表")
# The caption of a table of one subject's figures names the subject: 2021年度部门整体支出情况如下：
TABLE_CAPTION_TAIL = r"(?:的)?(?:基本|具体|主要)?(?:情况|明细)?(?:如下|见下表|详见下表)[:：]?$|[:：]$"
TITLE_SPILL = 2  # a title's last characters alone on a line: ``关于…情况的报`` / ``告``

# ---------------------------------------------------------------- layout repair
# A figure drawn apart from its line leaves a blank: before a unit or measure word...
GAP_BEFORE = ("万", "亿", "元", "%", "％", "年", "月", "日", "个", "人", "辆", "台", "家", "户", "次", "批", "项",
              "名", "分")
# ...or after a word that expects a figure, before punctuation.
GAP_AFTER = ("为", "占", "的", "达", "计", "是", "约", "少", "加", "长", "降", "至")

# ---------------------------------------------------------------- sentence structure
# Words that open a list of the parts of the figure just stated.
LIST_OPENERS = ("其中", "包括", "具体为", "分别为", "主要用于以下方面")
# Breaks between the items of a list, weakest first. A list whose items a weaker break separates ends at
# a break of this strength or stronger: ``其中人员经费…、公用经费…；项目支出…`` (项目支出 is no 其中 item).
BREAK_STRENGTH = ("、", ",，", ";；")
LIST_ENDING_BREAK = ";"
# Filler a label starts with: list words, subjects, verbs of receiving.
LABEL_PREFIXES = (
    "其中", "包括", "具体为", "分别为", "主要用于以下方面", "主要用于", "均为", "全部为", "合计",
    "本部门", "本单位", "我单位", "我部门", "我局", "我校", "我院", "我中心", "我站", "我镇", "我乡", "我处", "我会",
    "学校",
    "共收到", "收到", "取得", "共计", "共",
)
# Filler a label ends with, before the figure.
LABEL_SUFFIXES = ("为", "是", "达到", "达", "约", "共计", "共")
# Amounts that are a part of something larger, printed as a total word alone.
TOTAL_WORDS = ("共计", "合计", "总计", "涉及", "共涉及")

# ---------------------------------------------------------------- phases
# The last phase word before a figure decides its phase; ``budget`` is a budget without 年初/调整
# (a project's single budget is its adjusted budget, a department's its initial budget).
PHASE_WORDS: dict[str, tuple[str, ...]] = {
    "initial_budget": ("年初预算", "年初批复", "年初安排", "批复", "年初"),
    "adjusted_budget": ("调整后预算", "调整预算", "全年预算", "变更后预算", "预算调整"),
    "final": ("决算", "实际支出", "实际支付", "实际使用", "执行数", "执行", "拨付使用", "已支付", "支付", "支出",
              "使用", "发生", "发放"),
    "budget": ("预算", "安排", "下达", "资金总额", "总金额", "金额", "计划", "总额"),
}
# Words that contain a phase word without being one (预算内拨款 is a source, 支出率 a rate).
NOT_PHASE_WORDS = ("预算内", "一般公共预算", "预算单位", "预算绩效", "支出率", "执行率", "使用率", "完成率", "支出成本",
                   "支出进度", "项目支出", "基本支出", "支出内容")

# ---------------------------------------------------------------- traps: figures that are not facts
# A change on the year before, or a comparison: 较上年增加…, 与2021年相比，减少…
CHANGE_WORDS = ("增加", "减少", "增长", "下降", "上升", "持平", "相比", "较上年", "比上年", "同比", "增减", "节约",
                "节省", "压减", "缩减", "降低")
# An increment to a budget is no budget: 追加预算356,000元 (but 追加后预算, 追加调整后预算, 调增至 give the budget
# after it).
INCREMENT = r"(?:追加|追减|调增|调减)(?!(?:调整|变更)?[后至])"
# Money carried over from or into another year.
CARRYOVER_WORDS = ("结转", "结余")
# A year a figure is compared with: 与2022年相比, 比2023年度增加.
COMPARISON_BEFORE = ("与", "比", "较", "同")
COMPARISON_AFTER = r"度?(?:相比|同期)"
# Money per head, per unit or per period is a standard, not an amount: 生均1000元, 每户0.05万元, 0.08万元/年.
PER_UNIT_BEFORE = ("生均", "人均", "户均", "每生", "每人", "每户", "每名", "每位", "每年", "每月", "每次", "每亩",
                   "每平方米", "每个", "每所", "单价", "标准为", "标准")
PER_UNIT_AFTER = ("/年", "/人", "/户", "/月", "/生", "/亩", "/次", "/个", "/平方米", "/名", "每人", "每年", "每月",
                  "(含)以上", "以上", "以下", "以内")
# Not spending at all.
PROCUREMENT_WORDS = ("政府采购", "采购金额", "采购支出", "采购项目", "中小企业")
# A sentence labelled with an indicator (数量指标：…) reports an indicator's result, not the project's money.
INDICATOR_LABEL = r"^(?:[①-⑳]|\d+[.、]|[(（]\d+[)）])?[^,，。:：]{0,12}指标[:：]"
# ...and so does a sentence under a heading about indicators or results (产出指标, 效益情况).
INDICATOR_HEADING_WORDS = ("指标", "效益", "产出", "满意度")

# A citation names no subject: 根据《关于下达…专项资金的通知》（某财〔2023〕47号）.
CITATIONS = (r"《[^》]*》", r"[(（][^()（）]*[)）]")

# ---------------------------------------------------------------- labels of figures
# Totals of a year's income and spending, as the 决算 template prints them (path as printed).
INCOME_TOTALS = ("本年收入合计", "收入合计", "财政拨款收入合计", "总收入")
EXPENDITURE_TOTALS = ("本年支出合计", "支出合计", "财政拨款支出合计", "总支出")
# A budget total printed without a total word of its own → recorded as 收入合计 / 支出合计.
INCOME_BUDGET_TOTALS = ("收入预算", "收入预算合计", "部门收入预算", "预算收入", "部门预算收入")
EXPENDITURE_BUDGET_TOTALS = ("支出预算", "支出预算合计", "部门支出预算", "预算支出", "部门预算支出")
# Grand totals (with carry-overs): 收入总计 / 支出总计.
INCOME_GRAND_TOTAL = "收入总计"
EXPENDITURE_GRAND_TOTAL = "支出总计"
# The 财政拨款 part restated as a total (财政拨款收入支出总计…) is not recorded again.
APPROPRIATION_TOTAL = r"财政拨款收入[、和]?(?:支出)?总计"
# A list of income by source opened without its total: ``2024年收入预算中：一般公共预算拨款…；单位资金0万元``;
# its items are the names that end so.
INCOME_LIST_OPENER = r"收入(?:预算|决算)?(?:合计|总计|总额)?数?(?:中|构成|来源|包括)(?:为|是|情况)?[:：,，]"
# ...unless the income is one source's (财政拨款收入中：… lists that source's parts).
SOURCE_HEADS = ("拨款", "财政", "事业", "经营", "其他", "补助", "上缴", "基金", "资本", "专户")
INCOME_SOURCE_ENDINGS = ("收入", "拨款", "资金")
# Income parts: names that end so. Expenditure parts: the expenditure types (vocabulary.tables).
INCOME_ENDINGS = ("收入", "拨款")
# The department's spending of the year told in a narrative: 当期发生支出 (a 全年实际支出 beside a budget is
# read with that budget).
SPENT_TOTAL = r"^(?:本年|当年|当期)(?:实际)?发生(?:的)?支出(?:合计|总额)?$"
# The year's spending total as final accounts print it (本年支出合计): the department's executed budget.
YEAR_SPENDING_TOTAL = r"^(?:本年|当年)?支出合计$"
# ...and so is the year's spending stated with its split by type (全年实际支出X，其中：基本支出…), under the name
# of spending it prints (实际支出).
SPENT_WITH_SPLIT = r"^(?:部门整体|部门|整体)?(?:全年)?((?:实际)?支出)数?$"
# Income received stated in a narrative: 共收到财政资金…, 当期取得收入…
RECEIVED_WORDS = ("收到", "取得")
RECEIVED_ENDINGS = ("资金", "收入", "拨款")
# ...and the sources listed after it, one clause each: 取得财政拨款收入…、事业收入…
RECEIVED_LIST_BREAKS = ("、", ",")
# The department's total under a name of its own (部门整体支出年初预算…): a spending fact at each phase.
DEPARTMENT_TOTAL_LABELS = ("部门整体支出",)
# The department's budget stated in a narrative: 部门预算总金额…
DEPARTMENT_BUDGET_TOTALS = ("部门预算总金额", "部门预算总额", "部门预算资金", "预算总金额", "部门预算")
# The department's budget told phase by phase, each figure labelled by its phase alone (the report is the
# department's): 部门整体年初预算为…, 调整后（全年）预算为…, 年中追加调整后全年预算资金…, 全年执行…,
# 全年支出决算…；its 其中 parts are expenditure types.
# A bare 支出 / 执行 without 全年 or the department named may be any spending (培训3次，实际支出2.5万元).
DEPARTMENT_PHASE_LABEL = (r"^(?:部门整体|部门|整体)?(?:支出)?(?:年中)?(?:追加)?(?:年初预算(?:安排)?"
                          r"|(?:调整后|调整)(?:全年)?预算|全年预算"
                          r"|(?:全年)?预算调整(?:后|至)?|全年(?:实际)?(?:执行|支出)(?:决算)?|(?:预算)?执行数|决算)"
                          r"(?:资金)?数?$"
                          r"|^(?:部门整体|部门|整体)(?:实际支出|执行)$")
# A heading naming a project may add what it tells of it: （一）校舍维修改造项目实施情况.
PROJECT_HEADING_TAIL = r"(?:资金)?(?:使用|实施|执行|绩效|自评)*(?:及绩效)?情况$"
# 财政拨款支出年初预算 of a 决算 explanation: the department's initial budget...
APPROPRIATION_BUDGET = r"财政拨款支出年初预算数?(?:为|是)?<AMOUNT>"
# ...unless its clause names a part. A budget, spending or rate whose last subject is a part of the department's
# budget is that part's, never the department's: “三公”经费 and its items (vocabulary.tables), and these.
PART_SUBJECTS = ("机关运行经费", "人员经费", "公用经费", "政府性基金", "国有资本经营")
# ...the whole, named after a part, speaks again of the department (其中…；部门整体…).
WHOLE_SUBJECTS = ("部门整体", "整体", "部门", "单位", "机关", "一般公共预算")
# A figure a budget stated before it was changed to, the clause printing no phase word of its own:
# ``年初预算安排X万元，后根据在校学生人数调整为Y万元``, ``年中调增至Y万元``.
CHANGED_TO = r"(?:调整|调增|调减|变更)(?:后)?(?:为|至|到)$"
# The whole that the figures after it are parts of, opening their clause: ``调整后预算中，上级补助资金X元，…``.
PARTS_OPENER = r"([^,，;；。:：、()（）]{1,20}?)(?:中|构成)(?:为|是|如下)?[,，:：]"
# Levels of government a fund comes from: a budget split by them is income by source. A level opens its
# label: a word of its own (中央, 上级, 本级, 配套 …) or a tier (省 市 州 县 区 …) followed by what makes it one
# (级, 本级, 财政, 配套, or a second tier: 市县) — so 市本级配套资金 and 县配套资金 are levels, 市场监管经费 is not.
LEVEL_TIERS = "省市州盟县区旗乡镇"
SOURCE_LEVEL = (rf"(?:中央|上级|本级|自筹|地方|配套|省(?!略)"
                rf"|[{LEVEL_TIERS}](?:本?级|财政|配套|[{LEVEL_TIERS}](?:两级|级|财政|配套)?))")
# Several levels named together (上级及县级共下达…资金X元，其中：中央…) are the whole the levels are parts of.
LEVELS_JOINED = r"(?:及|和|与|、|加)"
# Money lines of named funds: ``其中：送温暖专项资金60万元``; economic items end alike but are not funds.
FUND_LINE_ENDINGS = ("资金", "经费")
ECONOMIC_NAMES = ("人员经费", "公用经费", "日常公用经费", "机关运行经费")
# Lines listed under the department's 项目支出 (``项目支出中，普通高中国家助学金支出X元``) are project money,
# named without their trailing 支出.
PROJECT_SPENDING_WHOLE = r"项目支出(?:预算|决算)?数?"
PROJECT_LINE_TAIL = "支出"

# ---------------------------------------------------------------- rates, scores, grades
EXECUTION_RATE_WORDS = ("预算执行率", "执行率", "使用率", "完成率", "支出率", "支出进度", "执行进度")
RATE_FILLER = ("均", "达到", "达", "为", "是", "已达", ":", "：")
# A rate of targets or tasks done is not the budget's: 绩效目标完成率95%.
NOT_RATE_BEFORE = ("目标", "任务", "指标", "计划", "工作")
# Scores: 自评得分100分, 综合评分为97分.
SCORE_WORDS = ("得分", "评分", "总得分")
# A part's score is not the overall score: 预算执行率得分10分, 产出指标得分40分.
PART_SCORE_WORDS = ("指标", "执行率", "产出", "效益", "满意度", "决策", "过程", "管理", "分值", "扣", "项目数",
                    "平均")
GRADE_WORDS = ("等级", "结果", "评级", "评价为", "自评为", "评定为")
GRADES_PRINTED = GRADE_NAMES
# Subjects of a score or grade: the whole department, or a project.
DEPARTMENT_SUBJECTS = ("部门整体", "整体", "部门", "单位", "机关")
PROJECT_SUBJECTS = ("项目", "专项")

# ---------------------------------------------------------------- projects in project reports
# ``项目名称：X``, ``我校2022年项目为一个：X``
PROJECT_NAME_LABELS = (r"项目名称[:：]", r"项目(?:为|是)(?:一个|1个|[一二三四五六七八九十\d]+个)?[:：]")
PROJECT_NAME_ENDINGS = ("项目", "专项资金", "资金", "经费")
# A title's object: 关于2021年度X资金绩效自评报告 → X; a generic object names no project.
GENERIC_PROJECT_NAMES = ("项目", "专项资金", "专项", "资金", "经费", "项目资金", "专项经费", "项目支出", "项目经费")
TITLE_SUFFIX = r"(?:(?<=项目)支出)?(?:绩效)?(?:自评价?|评价)?(?:工作)?(?:情况)?的?(?:总结|总)?报告$"
TITLE_YEAR = r"20\d\d年度?"
# a project named as the subject of a sentence that tells what it is: ``X项目是国家为…设立的``, ``X资金主要用于…``
PROJECT_SUBJECT = (r"^(?![我本该此其])([^，,；;。:：、（）()“”《》]{2,40}?(?:项目|专项资金|资金|经费))"
                   r"(?:是|主要用于|用于|旨在|系)")
SUBJECT_SENTENCES = 6  # read among the report's first sentences only
# A part of a project's figure that prints a budget phase of its own is the budget at that phase.
BUDGET_PART_PHASES = ("initial_budget", "adjusted_budget")
# Goals: a sentence or heading labelled as the year's goal.
GOAL_LABELS = ("年度总体目标", "年度绩效目标", "项目绩效目标", "绩效目标", "年度目标", "总体目标")
# ...a numbered line whose label opens it (``（三）项目年度目标：…``) is the goal, not a heading: only list numbering
# and the project's own name (项目, 本项目) come before the label.
GOAL_LINE_LEAD = (r"^\s*(?:(?:第[一二三四五六七八九十]+部分|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[①-⑳])\s*)?"
                  r"(?:[本该]?项目)?")
NOT_GOAL_WORDS = ("完成", "实现", "未", "设定", "质量", "分解", "下达", "偏离", "核心", "整体")
# A section reporting the performance achieved: its one paragraph is the goal's actual completion.
GOAL_ACTUAL_HEADINGS = ("预算支出绩效情况", "项目支出绩效情况", "绩效目标完成情况", "绩效目标实现情况",
                        "目标完成情况", "目标实现情况")
# A sentence labelled as the goal's completion: ``年度绩效目标完成情况：…`` (its label ends with a colon).
GOAL_ACTUAL_LABELS = ("年度总体目标完成情况", "年度绩效目标完成情况", "年度目标完成情况", "绩效目标完成情况",
                      "总体目标完成情况", "目标完成情况", "绩效目标实现情况", "年度目标实现情况", "目标实现情况")
GOAL_ACTUAL_SEPARATOR = r"\s*(?:为|是)?\s*[:：]\s*"
# ...the label opens the sentence, after a number or a short subject (该项目) at most.
GOAL_ACTUAL_LEAD = r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?[^，,。；;:：]{0,6}?"
# Fields of a project printed as labelled lines: ``项目主管部门：X``, ``实施单位：Y``.
PROJECT_FIELD_LABELS = {
    "supervising_dept": r"(?:项目)?主管(?:部门|单位)",
    "implementing_unit": r"(?:项目)?实施单位|项目承担单位",
}
# A labelled value ends at punctuation or where the next label of the line begins (<LABEL>).
FIELD_VALUE = r"[:：]([^,，;；。:：]{2,40}?)(?=$|[。;；,，]|(?:<LABEL>)[:：])"
FIELD_LABELS = (r"项目名称", *PROJECT_FIELD_LABELS.values())

# ---------------------------------------------------------------- sentence layout
MONEY_UNITS = ("万元", "亿元", "元")
YEAR = r"(20\d\d)年"
YEAR_PREFIX = r"^20\d\d年度?"
# A numbered title line: 第三部分, 一、, （二）, 1.
HEADING = (r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]"
           r"|\d{1,2}[、.．](?!\d))")
HEADING_NUMBER = HEADING + r"|^[(（]?\d{1,2}[)）]"
# Heading levels, outermost first: 第一部分 > 一、 > （一） > 1. > （1）.
HEADING_LEVELS = (r"^第[一二三四五六七八九十]+部分", r"^[一二三四五六七八九十]+[、.．]",
                  r"^[(（][一二三四五六七八九十]{1,2}[)）]", r"^\d{1,2}[、.．](?!\d)", r"^[(（]\d{1,2}[)）]")
# A numbered item line (1、 （2） ③) starts a passage of its own.
ITEM_NUMBER = r"^(?:\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])"
# A line ending so goes on in the next one: ``…项目金额46.00万元。其中：`` / ``具体如下：``.
LIST_CONTINUES = ("其中:", "其中：", "如下:", "如下：")
# A sentence opening so details the figures of the one before it.
DETAIL_OPENER = "其中"
# A unit cut in two at a line end: 万 | 元.
UNIT_TAIL, UNIT_HEADS = "元", "万亿"
# What a label starts with that names nothing: a number, a year.
LABEL_NUMBER = r"^(?:\d{1,2}[.、]|[(（〈]?[一二三四五六七八九十\d]{1,2}[)）〉、]|[①-⑳])"
# ...or the year named as this one: ``本年度基本支出`` is 基本支出 (but 本年收入合计 keeps its 本年: a total's name).
LABEL_YEAR = r"^(?:截至|截止到?|至)?(?:20\d\d年(?:度|底|末|全年)?|本年度)"

# ---------------------------------------------------------------- statement templates
# <AMOUNT> stands for a figure with its unit (two groups), <NUMBER> for a figure and <UNIT> for its unit
# (one group each), <RATE> for a percentage (one group).
PAIR_OF_TOTALS = (r"(?<!拨款)(?:收入|收)、?(?:支出|支)(?:预算|决算)?总(?:计|预算|决算)(?:各|均|分别)?(?:是|为)?"
                  r"<NUMBER>(?:<UNIT>?[,，、和及]<NUMBER>)?<UNIT>")
# The phase word a pair of totals may print inside its name (收支预算总计).
PAIR_PHASE = r"预算|决算"
FINAL_AND_RATE = r"支出决算数?为<AMOUNT>[，,]?完成预算<RATE>"
GRAND_TOTAL_LABELS = {"income": r"收入(?:预算|决算)总[额计]$", "expenditure_type": r"支出(?:预算|决算)总[额计]$"}
BUDGET_TOTAL_PATHS = {"income": "收入合计", "expenditure_type": "支出合计"}
# A figure printed in 元 where the same figure is printed in 万元 beside it.
SLIPPED_UNIT, MEANT_UNIT = "元", "万元"
FUNCTIONAL_STRUCTURE = r"主要用于以下方面[：:](.+)"
CLASS_MARK = r"[(（]类[)）]"
CLASS_SUFFIX = "支出"
# A 类 listed with its own figure, without a lead-in: 一般公共服务支出（类）1612.48万元，占83.92%.
CLASS_FIGURE = r"([^。:：,，;；、()（）]+?)[(（]类[)）](?:支出)?(?:决算数?|预算数?)?(?:为)?<AMOUNT>"
FUNCTIONAL_LINE = (r"([^。:：,，;；、]+?)[(（]类[)）]([^。:：,，;；、]+?)[(（]款[)）]"
                   r"([^。:：,，;；、]+?)[(（]项[)）]")
# A label that is only a phase (支出决算, 年初预算数): it speaks of what the clause before it named.
PHASE_ONLY_LABEL = r"(?:支出|财政拨款)?(?:年初|全年|调整后)?(?:预算|决算)?数?|支出"
ECONOMIC_STATEMENT = r"(人员经费|公用经费|机关运行经费)((?:支出)?(?:预算|决算)?数?(?:为)?)<AMOUNT>"
THREE_PUBLIC_ROOT = "三公经费"
THREE_PUBLIC_TOTAL = r"[“\"]?三公[”\"]?经费"
THREE_PUBLIC_PARENT_NAMES = {"vehicle": "公务用车购置及运行维护费", "reception": "公务接待费"}
APPROPRIATION_RATE = r"完成(?:年初)?预算的?<RATE>"
# Narrative statements.
PROJECT_EXPENDITURE = "项目支出"
PROGRAM_BUDGET = r"项目总数(\d+)个[，,]涉及预算总金额<AMOUNT>"
BUDGET_STATEMENT = {
    "initial_budget": r"年初预算(?:安排|数|资金)?(?:为)?<AMOUNT>",
    "adjusted_budget": r"(?:(?:调整后(?:全年)?|全年|调整)预算(?:数|资金)?|(?:全年)?预算调整(?:后)?)(?:为|至)?<AMOUNT>",
    "executed": r"(?:决算数?|全年执行数|执行数|全年实际支出|实际支出)(?:为)?<AMOUNT>",
}
PROJECT_FUND_TOTALS = ((r"项目资金预算<AMOUNT>", "initial_budget"), (r"(?:完成|支付|使用)项目资金<AMOUNT>", "final"))
ECONOMIC_SPLIT = r"经济科目分类(?:划分)?为[：:](.+)"
DETAILED_AS = r"具体为[：:]?(.+)"
DETAILED_SUBJECT = r"(?:项目|专项)[^，,。]*?<AMOUNT>"
PROJECT_LINES_IN_BRACKETS = r"项目支出<AMOUNT>[（(]([^）)]+)[)）]"
# Two names of one money line share a two-character word other than these.
COMMON_LINE_WORDS = ("资金", "经费", "项目", "工作")
SCORE_FILLER = r"(?:为|是|达到|达)?[:：]?"
SCORE_UNIT = "分"
GRADE_FILLER = r"(?:为|是)?[:：]?[“\"]?"
GRADE_END = r"[”\"]?(?=[。，,；;]|$|等级)"
# Project reports.
LISTED_PROJECT = r"^(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])([^:：,，。;；]{2,40}?(?:项目|专项资金|专项经费))[:：]"
TITLE_ABOUT = "关于"
GOAL_SEPARATOR = r"\s*(?:(?:是|为)\s*[:：]?|[:：])\s*"

# Words of the reports we read: a readable file with no figure is still a report when it says one of
# these (a 整体支出绩效自评报告 may print no money) and names its unit; otherwise it holds no report.
REPORT_WORDS = ("绩效", "自评", "决算", "预算", "评价报告")

# --- statement checks of a 部门决算/预算 (pipelines.recognize.statement_checks) ------------------------
# A unit named by a placeholder: 上海市普陀区XX局, 某某单位.
UNIT_PLACEHOLDER = (r"(?:[XxＸ]{2,}|某某|\*{2,}|＊{2,}|○{2,})"
                    r"(?:局|委员会|委|办公室|办|中心|单位|部门|公司|院|所|站|队|会|馆|处)")
# A heading that names the year of the publication: 2024年度部门决算(情况说明|表).
PUBLICATION_YEAR = r"(20\d\d)年度?(?:部门|单位)?(?:决算|预算)(?:表|情况说明|编制说明|说明|公开|报告)?$"
HEADING_MAX_CHARS = 60
# The date a 决算 states its assets at: the end of the year reported on.
YEAR_END = r"截[至止](20\d\d)年12月31日"
# 年初预算为A万元 … 决算为B万元, then 决算数大于/小于/等于预算数 in the same or the next sentence.
STATED_BUDGET = r"(?:年初)?预算(?:数)?为(-?[\d,]+(?:\.\d+)?)万元"
STATED_FINAL = r"决算(?:数)?为(-?[\d,]+(?:\.\d+)?)万元"
STATED_COMPARISON = r"决算数(大于|小于|等于|持平于?|高于|低于)(?:年初)?预算数"
COMPARISON_SIGN = {"大于": 1, "高于": 1, "小于": -1, "低于": -1, "等于": 0, "持平": 0, "持平于": 0}
STATED_COMPLETION = r"完成(?:年初)?预算的(-?[\d.]+)%"
# A line of the contents (目录) naming a standard table: 三、支出决算表.
CONTENTS_HEADING = "目录"
CONTENTS_TABLE = r"^(?:[一二三四五六七八九十]+|\d+)[、.．](.+?表)(?:\d+)?$"
# What may stand before a table's title where it is printed: the unit and the year.
TITLE_PREFIX = r"^(?:.*?(?:20\d\d)年度?)?(?:部门)?"
# The phases as a Chinese message names them.
PHASE_NAMES = {"initial_budget": "年初预算", "adjusted_budget": "调整预算", "final": "决算"}
