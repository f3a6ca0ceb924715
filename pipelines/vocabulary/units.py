"""The words documents use to name their reporting unit and its fiscal year. Data, not code paths.

Labels are matched against a line's or cell's compact text (spaces removed, full-width
colon and brackets as printed); a label is followed by ``：``/``:`` and its value, or fills
a cell whose neighbour holds the value. Where several labels fit, the longest wins.
"""

from __future__ import annotations

# Labels whose value is the reporting unit itself (the contract's ``unit.name``).
UNIT_LABELS: tuple[str, ...] = (
    "项目实施单位", "实施单位", "项目单位", "项目单位（盖章）", "实施单位（盖章）",
    "单位名称", "单位名称（盖章）", "部门（单位）名称", "部门(单位)名称", "部门单位名称",
    "预算部门、单位名称", "预算单位名称", "预算单位", "填报单位", "填报单位（盖章）", "填报单位(盖章)",
    "单位（盖章）", "单位(盖章)", "报送单位", "自评单位", "编制单位", "申报单位", "被评价单位", "项目承担单位",
    "承担单位", "公开单位", "评价单位名称", "单位全称", "部门（单位）", "部门(单位)", "单位",
)
# Labels whose value is the department the unit belongs to: used when no unit label is printed.
DEPARTMENT_LABELS: tuple[str, ...] = (
    "部门", "部门名称", "预算部门", "预算部门名称", "主管部门", "主管单位", "县级主管部门", "市级主管部门",
    "主管部门（单位）", "主管部门及代码",
)
# Labels of the article's source on a portal page: usually the unit that wrote it.
SOURCE_LABELS: tuple[str, ...] = ("信息来源", "来源", "发布机构", "发布单位", "发文机关", "来源单位")
# Labels in page furniture that name the site's owner: the publisher, not the unit.
PUBLISHER_LABELS: tuple[str, ...] = (
    "主办单位", "主办", "承办单位", "承办", "版权所有", "技术支持", "网站标识码",
)
# Words that start a breadcrumb line; its segments are the portal's sections.
BREADCRUMB_LABELS: tuple[str, ...] = (
    "当前位置", "您当前的位置", "您的位置", "您现在的位置", "所在位置", "当前所在位置",
)
# Site names: a government portal called after its owner (徐闻县人民政府网).
SITE_SUFFIXES: tuple[str, ...] = ("门户网站", "政府网站", "网站", "网")
# The office that runs a portal for its government (主办：南县人民政府办公室 → the site is 南县人民政府's).
SITE_OFFICE_SUFFIXES: tuple[str, ...] = ("办公室",)

# How a unit's name ends. Longest first is not required: the finder tries every one.
ORG_SUFFIXES: tuple[str, ...] = (
    "人民政府", "政府", "办事处", "管理委员会", "管委会", "委员会", "常委会", "委", "局", "厅", "署", "办公室", "办",
    "中心", "站", "所", "院", "馆", "学校", "中学", "小学", "大学", "学院", "幼儿园", "党校", "校",
    "部", "处", "队", "会", "联", "团", "社", "园", "场", "厂", "台", "公司", "集团", "协会", "总工会",
)
# Words of development zones, which are named after their city's short name (长沙高新区管委会).
ZONE_WORDS: tuple[str, ...] = (
    "新区", "高新区", "经开区", "开发区", "园区", "示范区", "试验区", "保税区", "自贸区", "管委会", "管理委员会",
    "度假区", "风景区", "景区",
)
# A township is a unit by itself in some publications (昌宁县卡斯镇): the township words.
TOWNSHIP_SUFFIXES: tuple[str, ...] = ("街道办事处", "街道", "镇", "乡", "苏木")
# Bodies of a township, named after it (…镇人民政府, …乡卫生院, …街道办事处).
TOWNSHIP_ORGS: tuple[str, ...] = (
    "人民政府", "政府", "办事处", "卫生院", "中心卫生院", "中心学校", "中学", "小学", "财政所", "党委", "委员会",
    "便民服务中心", "综合文化站", "农业综合服务中心",
)
# A region's own government or party committee (濉溪县人民政府, 岳阳市委): whose portal a page is, when named alone.
REGION_GOVERNMENT_ORGS: tuple[str, ...] = ("人民政府", "政府", "委", "委员会")
# The level a name without a place belongs to, by its first word (县民政局 → a county's, 市水利局 → a city's).
LEVEL_WORDS: dict[str, str] = {"市": "city", "州": "city", "盟": "city", "地区": "city", "县": "county", "区": "county",
                               "旗": "county"}
# Autonomous places go by their short name and kind (河口瑶族自治县 → 河口县, 红河哈尼族彝族自治州 → 红河州).
AUTONOMOUS_KINDS: dict[str, str] = {"自治县": "县", "自治旗": "旗", "自治州": "州"}
# Internal sections of a unit (…股, …科): never the reporting unit, so its department stands in.
SECTION_SUFFIXES: tuple[str, ...] = ("股", "科", "室", "组", "岗")
# Prefixes printed before the place: party and mass organisations (中共临湘市委宣传部, 共青团…县委员会) and
# vertically managed bodies (国家税务总局…县税务局).
NAME_PREFIXES: tuple[str, ...] = ("中国共产党", "中共", "中国共产主义青年团", "共青团", "中国人民政治协商会议",
                                  "国家税务总局")
# Marks of a template's blank (上海市XX局): no unit is named.
PLACEHOLDERS: tuple[str, ...] = ("XX", "xx", "ＸＸ", "××", "**", "＊＊", "某某", "○○", "OO")
# Words a generic reference starts with (本单位, 各乡镇人民政府): not a name.
GENERIC_PREFIXES: tuple[str, ...] = (
    "本", "我", "该", "各", "全", "上级", "下级", "所属", "下属", "有关", "相关", "其他", "二级", "一级", "同级",
    "主管", "预算", "部门", "单位", "项目", "县级", "市级", "省级", "乡级", "镇级", "区级", "财政", "政府", "附属",
)
# After a place, words that make the rest a group of units (临湘市各乡镇人民政府), not one.
GENERIC_ORG_STARTS: tuple[str, ...] = ("各", "所属", "下属", "有关", "相关", "其他", "直属")
# Printed after a unit's name but not part of it: stamps, scope words, a trailing 部门.
NAME_TAILS: tuple[str, ...] = (
    "（盖章）", "(盖章)", "盖章", "（公章）", "(公章)", "（章）", "本级", "机关本级", "（本级）", "(本级)", "部门",
    "单位",
)
# Endings of what looks like a name but is a website (XX县人民政府门户网站): a publisher, never the unit.
NOT_UNIT_ENDINGS: tuple[str, ...] = ("门户网站", "网站", "政府网", "网", "公众号", "融媒")
# Printed after the name of whoever made a form template (岳阳市财政局（制）): that body is not the unit.
MAKER_TAILS: tuple[str, ...] = ("（制）", "(制)", "制", "印制", "监制", "编印")
# Words a title may open with before its unit: a numbered attachment or table (附件1：, 表3), 关于.
ATTACHMENT_WORDS: tuple[str, ...] = ("附件", "附表")
TABLE_WORDS: tuple[str, ...] = ("表",)
TITLE_OPENERS: tuple[str, ...] = ("关于",)
# What may follow a unit's name in a title or sentence (南县财政局2020年度…, …卫生院部门决算, …管理处关于…).
NAME_FOLLOWERS: tuple[str, ...] = (
    "部门", "单位", "本级", "机关", "整体", "项目", "专项", "关于", "年", "决算", "预算", "绩效", "三公", "“三公”",
    "财政", "自评", "评价", "政府信息", "信息公开", "公开", "工作", "报告", "支出", "收支", "收入", "经费", "资金",
    "基本", "概况", "简介", "主要", "职能", "是", "为", "于", "在", "共", "对", "的", "已", "认真", "严格", "根据",
    "按照", "全年", "当年", "本年", "上年", "下年", "现", "将", "及", "所属", "属于", "成立", "设", "内设", "无",
    "实有", "编制", "负责", "承担", "贯彻", "坚持", "紧紧", "围绕", "切实", "进一步", "积极", "始终", "主动",
)
# Words that make a name in running text someone else's: the issuer of a notice (根据南昌市财政局关于…).
ISSUER_BEFORE: tuple[str, ...] = (
    "根据", "按照", "依据", "依照", "遵照", "经", "报", "向", "受", "由", "接", "会同", "配合", "报请", "转发", "印发",
    "联合", "协调", "委托", "要求",
)
ISSUER_AFTER: tuple[str, ...] = ("关于", "印发", "下发", "下达", "文件", "通知", "批复", "委托", "要求", "的通知")

# Labels of the date a form was filled in, after the year it reports on.
FILLING_DATE_LABELS: tuple[str, ...] = ("填报日期", "填表日期", "报送日期", "报告日期", "编制日期")
# Words before a year that make it a comparison or a plan, not the year reported on.
OTHER_YEAR_BEFORE: tuple[str, ...] = (
    "与", "比", "较", "同", "截至", "截止", "至", "到", "成立于", "建于", "始于", "自", "从",
)
OTHER_YEAR_AFTER: tuple[str, ...] = ("相比", "同期", "比较", "以来", "以前", "之前", "前", "底", "末", "年底", "年末",
                                     "月", "起", "开始")
# Labels whose value is the fiscal year itself (预算年度：2023).
YEAR_LABELS: tuple[str, ...] = (
    "预算年度", "评价年度", "所属年度", "报告年度", "自评年度", "决算年度", "年度", "年份",
)
# A clause citing the notice or rules the report follows (根据…关于开展2022年度…工作的通知): its year is the notice's.
NOTICE_LEADS: tuple[str, ...] = ("根据", "按照", "依据", "依照", "遵照", "为落实", "为贯彻")
NOTICE_ENDS: tuple[str, ...] = ("通知", "意见", "办法", "规定", "文件", "精神", "要求", "规程", "指引")
# Words that follow a bare year in a title (2023 部门整体支出…, …2023决算公开).
YEAR_TITLE_WORDS: tuple[str, ...] = ("部门", "单位", "整体", "项目", "决算", "预算", "绩效", "自评", "度")
# Words of a report on a whole year's execution (a form filled in after year end reports the year before).
EXECUTION_WORDS: tuple[str, ...] = (
    "执行数", "全年执行", "实际完成", "完成情况", "决算", "自评", "执行率", "实际支出",
)
