"""Recognizers on variants the seeds do not show: other templates, aliases, column orders, units."""

from __future__ import annotations

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.recognize.extract import extract
from pipelines.recognize.unit import region_of
from pipelines.structure.numbers import clean_text, parse_money, parse_number, parse_rate, unit_factor


def doc(*blocks) -> Document:
    return Document(blocks=list(blocks), format="txt", path="snippet.txt")


def test_numbers_as_printed() -> None:
    assert parse_number("2,940.05") == 2940.05
    assert parse_number("99.6\n2") == 99.62
    assert parse_number("—") is None and parse_number("1万") is None
    assert parse_money("206150元") == 20.615
    assert parse_money("1.2亿元") == 12000
    assert parse_money("2,940.05") == 2940.05
    assert parse_money("5000", factor=0.0001) == 0.5
    assert parse_rate("42.00%") == 42 and parse_rate("42") == 42
    assert unit_factor("单位：元") == 0.0001 and unit_factor("项目资金（万元）") == 1.0
    assert clean_text("服务对象 满意度\n指标") == "服务对象满意度指标"
    assert clean_text("下达 2023 年 资金") == "下达2023年资金"
    assert clean_text("Total  score ") == "Total score"
    assert clean_text(" — ") is None


SICHUAN_2021 = Table([
    ["项目名称", "职工技能竞赛", "", "", "", "", "", "", ""],
    ["主管部门", "某县总工会", "", "", "实施单位", "某县职工服务中心", "", "", ""],
    ["项目资金（元）", "", "预算执行数", "调整后预算数", "年初预算数", "权重", "得分", "执行率", ""],
    ["", "年度资金总额", "95,000", "100,000", "80,000", "10", "9.5", "95%", ""],
    ["", "其中：当年财政拨款", "95,000", "100,000", "80,000", "—", "—", "—", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "权重"],
    ["", "产出指标（40分）", "数量指标", "指标1：举办竞赛场次", "≥", "3", "场", "4", "20"],
    ["", "", "质量指标", "竞赛参与率", "≥", "90", "%", "95%", "20"],
    ["", "成本指标（10分）", "经济成本指标", "人均成本", "≤", "500", "元", "480", "10"],
    ["", "效益指标（30分）", "社会效益", "职工技能提升", "定性", "明显", "", "明显", "30"],
    ["", "满意度指标", "服务对象满意度", "参赛职工满意度", "≥", "90", "%", "96%", "10"],
    ["总分", "", "", "", "", "", "", "", "100"],
])


def test_2021_template_with_sichuan_columns_aliases_and_yuan() -> None:
    facts = extract(doc(Paragraph("某某县总工会2022年度项目支出绩效自评表"), SICHUAN_2021)).to_json()
    (project,) = facts["projects"]
    assert project["name"] == "职工技能竞赛" and project["implementing_unit"] == "某县职工服务中心"
    total = project["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"]) == (8, 10, 9.5)
    assert (total["weight"], total["score"], total["execution_rate"]) == (10, 9.5, 95)
    levels = [(i["level1"], i["level2"]) for i in project["indicators"]]
    assert levels == [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("成本指标", "经济成本指标"),
                      ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]
    first = project["indicators"][0]
    assert first["name"] == "举办竞赛场次" and first["target"] == "≥3场" and first["actual"] == "4"
    assert first["nature"] == "≥" and first["unit"] == "场" and first["weight"] == 20
    assert (project["total_weight"], project["total_score"]) == (100, None)  # the 100 stands under 权重
    assert facts["fiscal_year"] == 2022


def test_projects_repeated_in_one_table_are_separate() -> None:
    rows = []
    for name, executed in (("甲项目", "3"), ("乙项目", "4")):
        rows += [
            ["项目名称", name, "", "", "", "", ""],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "5", "5", executed, "10", "", "8"],
        ]
    facts = extract(doc(Table(rows))).to_json()
    assert [p["name"] for p in facts["projects"]] == ["甲项目", "乙项目"]
    assert [p["funds"]["total"]["executed"] for p in facts["projects"]] == [3, 4]
    assert facts["projects"][0]["funds"]["total"]["execution_rate"] is None  # blank stays null


def test_summary_table_with_grades_and_yuan_caption() -> None:
    table = Table([
        ["序号", "项目名称", "预算金额", "自评得分", "自评等级"],
        ["1", "困难职工帮扶", "200000", "92", "优"],
        ["2", "劳模慰问", "50000", "85", "良"],
        ["合计", "", "250000", "", ""],
    ])
    facts = extract(doc(Paragraph("单位：元"), table)).to_json()
    assert [(r["project"], r["amount"], r["score"], r["grade"]) for r in facts["summary_rows"]] == [
        ("困难职工帮扶", 20, 92, "优"), ("劳模慰问", 5, 85, "良")]


def test_short_county_name_is_resolved_by_document_context() -> None:
    unit = region_of("河口县总工会", "云南省红河州河口县总工会2023年度部门整体支出绩效自评报告")
    assert (unit.province, unit.city, unit.county, unit.adcode) == (
        "云南省", "红河哈尼族彝族自治州", "河口瑶族自治县", "532532")
    city_level = region_of("益阳市总工会", "")
    assert (city_level.city, city_level.county, city_level.adcode) == ("益阳市", None, "430900")
    shanghai = region_of("普陀区总工会", "上海市普陀区总工会")
    assert (shanghai.province, shanghai.city, shanghai.adcode) == ("上海市", "上海市", "310107")
    zhoushan = region_of("普陀区总工会", "浙江省舟山市普陀区总工会")
    assert zhoushan.province == "浙江省"


def test_department_budget_and_score_in_prose() -> None:
    facts = extract(doc(
        Paragraph("某县妇女联合会2024年度部门整体支出绩效自评报告"),
        Paragraph("2024年本部门整体年初预算安排120.5万元，年中调整后预算数为130万元，决算数128.7万元，年度实际支出率达99%。"),
        Paragraph("部门整体绩效自评得分95.5分，评价等级为优。"),
    )).to_json()
    department = facts["department"]
    assert department["funds"]["initial_budget"] == 120.5 and department["funds"]["executed"] == 128.7
    assert department["funds"]["execution_rate"] == 99
    assert (department["score"], department["grade"]) == (95.5, "优")
    assert department["provenance"]["score"]["text"].startswith("部门整体绩效自评得分")


def test_arithmetic_the_document_breaks_is_warned_not_fixed() -> None:
    from pipelines.documents import read_document
    from tests.conftest import seed_path

    facts = extract(read_document(seed_path("000_9f8c146217eb217a"))).to_json()
    rules = {(w["rule"], w["message"].split(":")[0]) for w in facts["warnings"]}
    assert ("execution_rate_matches", "2023年总工会四送活动及送清凉活动 total") in rules
    project = next(p for p in facts["projects"] if p["name"] == "2023年总工会四送活动及送清凉活动")
    assert project["funds"]["total"]["execution_rate"] == 98.09  # as printed, not corrected


def test_broken_totals_are_warned() -> None:
    table = Table([
        ["项目名称", "测试项目", "", "", "", "", "", "", ""],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["", "年度资金总额", "10", "10", "9", "10", "90%", "9", ""],
        ["", "其中：当年财政拨款", "10", "10", "8", "", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["", "产出指标", "数量指标", "场次", "2", "2", "50", "55", ""],
        ["", "效益指标", "社会效益指标", "影响", "好", "好", "40", "40", ""],
        ["总分", "", "", "", "", "", "100", "99", ""],
    ])
    rules = {w["rule"] for w in extract(doc(table)).to_json()["warnings"]}
    assert {"fund_total_is_sum_of_sources", "score_within_weight", "scores_sum_to_total"} <= rules


def test_summary_grade_found_by_its_cells_and_budget_sentence_variants() -> None:
    table = Table([
        ["序号", "项目名称", "项目金额", "自评分数", "自评结果"],
        ["1", "职工书屋建设", "12.5", "88", "良"],
    ])
    facts = extract(doc(
        Paragraph("某某县总工会2022年度部门整体支出绩效自评报告"),
        Paragraph("2022年度部门整体年初预算数为300万元，全年预算数为320万元，全年执行数为310.5万元，预算执行率为97.03%。"),
        table,
    )).to_json()
    assert [(r["project"], r["amount"], r["score"], r["grade"]) for r in facts["summary_rows"]] == [
        ("职工书屋建设", 12.5, 88, "良")]
    funds = facts["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) == (
        300, 320, 310.5, 97.03)


def test_a_row_cut_by_a_page_break_is_joined_but_a_template_row_is_not() -> None:
    header = ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    rows = [
        ["项目名称", "测试项目", "", "", "", "", "", "", ""],
        header,
        ["", "产出指标", "质量指标", "指标1:确保环境区域", "符合要求", "全部完成", "15", "15", ""],
        ["", "", "", "干净整洁", "", "", "", "", ""],  # page 2: the rest of the row above
        ["", "", "时效指标", "完成时间", "2023年", "2023年", "15", "15", ""],
        ["", "", "社会成本指标", "无", "", "", "", "", ""],  # page 3: a blank template row of its own
    ]
    table = Table(rows, row_pages=[1, 1, 1, 2, 2, 3])
    (project,) = extract(doc(table)).to_json()["projects"]
    names = [(i["level2"], i["name"]) for i in project["indicators"]]
    assert names == [("质量指标", "确保环境区域干净整洁"), ("时效指标", "完成时间")]


def test_three_public_parts_printed_only_through_their_sub_parts_add_up() -> None:
    from pipelines.recognize.arithmetic import check
    from pipelines.recognize.facts import Facts, Spending, Unit

    def line(path: list[str], amount: float) -> Spending:
        return Spending("three_public", path, "final", 2023, amount)

    vehicle = "公务用车购置及运行维护费"
    facts = Facts(source={}, unit=Unit(), fiscal_year=2023, spending=[
        line(["三公经费"], 8.5), line(["三公经费", "公务接待费"], 2.0),
        line(["三公经费", vehicle, "公务用车购置费"], 0), line(["三公经费", vehicle, "公务用车运行维护费"], 6.5)])
    assert not [w for w in check(facts) if w["rule"] == "three_public_is_sum_of_parts"]
    facts.spending[0] = line(["三公经费"], 9.5)
    assert [w["rule"] for w in check(facts)] == ["three_public_is_sum_of_parts"]
