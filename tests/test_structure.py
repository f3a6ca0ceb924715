"""The structure layer on small hand-made tables: merged cells, keys, rows, columns, money units, regions."""

from __future__ import annotations

from pipelines.documents.model import Table
from pipelines.structure import kv
from pipelines.structure.cells import collapse_row, key_of
from pipelines.structure.columns import map_columns
from pipelines.structure.numbers import parse_grade
from pipelines.structure.regions import FUND, GOAL, INDICATOR, segments
from pipelines.structure.rows import HEADER, KEY_VALUE, TOTAL
from pipelines.structure.table import structure_table
from pipelines.vocabulary.tables import DEPARTMENT_ANCHORS, FUND_COLUMNS, INDICATOR_COLUMNS, PROJECT_ANCHORS

ANCHORS = {"project": PROJECT_ANCHORS, "department": DEPARTMENT_ANCHORS}


def merged_table(rows: list[list[str]], merged: set[tuple[int, int]], pages: list[int] | None = None) -> Table:
    return Table(rows, merged=merged, row_pages=pages)


def test_a_label_merged_over_two_columns_is_one_cell_and_its_value_follows() -> None:
    texts = ["项目名称", "项目名称", "老年活动中心运行", "老年活动中心运行"]
    cells = collapse_row(texts, [False, True, False, True], None)
    assert [(c.text, c.first, c.last) for c in cells] == [("项目名称", 0, 1), ("老年活动中心运行", 2, 3)]


def test_equal_neighbours_that_are_not_merged_stay_two_cells() -> None:
    cells = collapse_row(["完成", "完成", "10", "10"], [False] * 4, None)
    assert [c.text for c in cells] == ["完成", "完成", "10", "10"]


def test_a_copy_from_above_is_a_group_label() -> None:
    cells = collapse_row(["项目资金（元）", "年度资金总额"], [True, False], ["项目资金（元）", ""])
    assert cells[0].from_above and not cells[1].from_above


def test_keys_drop_numbering_code_prefixes_notes_and_colons() -> None:
    assert key_of("其中：当年财政拨款") == "当年财政拨款"
    assert key_of("[155]濉溪县民政局") == "濉溪县民政局"
    assert key_of("219001-部门项目") == "部门项目"
    assert key_of("全年预算数（A）") == "全年预算数"
    assert key_of("年度资金总额：") == "年度资金总额"
    assert key_of("2、出国经费") == "出国经费"


def test_columns_are_found_in_any_order_and_the_exact_name_wins() -> None:
    heads = ["项目资金", "执行率", "全年执行数", "年初预算数", "全年预算数", "分值", "得分"]
    table = structure_table(Table([heads]), 0)
    cols = map_columns(table.rows, FUND_COLUMNS)
    assert {role: cols.spans[role].first for role in ("execution_rate", "executed", "initial_budget",
                                                       "adjusted_budget", "weight", "score")} == {
        "execution_rate": 1, "executed": 2, "initial_budget": 3, "adjusted_budget": 4, "weight": 5, "score": 6}
    group = structure_table(Table([["年度预算数", "年初预算", "调整后预算数", "预算执行数"]]), 0)
    assert map_columns(group.rows, FUND_COLUMNS).spans["adjusted_budget"].text == "调整后预算数"


def test_a_two_line_header_names_the_columns_the_lower_line_leaves_blank() -> None:
    table = structure_table(merged_table(
        [["绩效指标", "绩效指标", "年度指标值", "年度指标值", "实际完成值"],
         ["一级指标", "三级指标", "指标性质", "指标值", "实际完成值"]],
        {(0, 1), (0, 3), (1, 4)}), 0)
    cols = map_columns(table.rows, INDICATOR_COLUMNS)
    assert cols.spans["target"].text == "指标值" and cols.spans["nature"].text == "指标性质"
    assert cols.spans["actual"].first == 4


def test_money_unit_from_cell_column_head_group_label_and_caption() -> None:
    rows = [["项目资金（元）", "", "全年预算数", "全年执行数（万元）"],
            ["项目资金（元）", "年度资金总额", "387664.62", "38.77"],
            ["项目资金（元）", "其他资金", "5.5万元", ""]]
    table = structure_table(merged_table(rows, {(1, 0), (2, 0)}), 0)
    header, first, second = table.rows
    assert table.money(first, first.at(2), [header]) == 38.766462
    assert table.money(first, first.at(3), [header]) == 38.77
    assert table.money(second, second.at(2), [header]) == 5.5
    captioned = structure_table(Table([["年度资金总额", "20000"]]), 0, caption="单位：元")
    assert captioned.money(captioned.rows[0], captioned.rows[0].at(1)) == 2


def test_key_value_finder_reads_merged_labels_inline_values_and_blank_values() -> None:
    table = structure_table(merged_table(
        [["项目名称", "项目名称", "送温暖", "送温暖"],
         ["主管部门", "主管部门", "某县总工会", "实施单位"],
         ["填报单位：某县职工服务中心", "", "", ""]],
        {(0, 1), (0, 3), (1, 1)}), 0)
    assert kv.find(table.rows, PROJECT_ANCHORS).value == "送温暖"
    assert kv.find(table.rows, ("主管部门",)).value == "某县总工会"
    found = kv.find(table.rows, ("实施单位",))
    assert found is not None and found.value is None  # left blank: the next cell is no value
    assert kv.find(table.rows, ("填报单位",)).value == "某县职工服务中心"


def test_row_kinds() -> None:
    table = structure_table(Table([["项目名称", "送温暖", ""], ["年初预算数", "全年预算数", "全年执行数"],
                                   ["总分", "100", "96"]]), 0)
    assert [r.kind for r in table.rows] == [KEY_VALUE, HEADER, TOTAL]


def test_a_row_cut_by_a_page_break_is_joined_once_and_a_numbered_line_never() -> None:
    rows = [["项目名称", "甲"], ["年度目标", "改善群众生活"], ["", "条件"], ["主管部门", "某局"], ["1、其他", "说明"]]
    table = structure_table(Table(rows, row_pages=[1, 1, 2, 2, 2]), 0)
    assert [r.text for r in table.rows] == [
        "项目名称 | 甲", "年度目标 | 改善群众生活条件", "主管部门 | 某局", "1、其他 | 说明"]


def test_template_filler_is_not_the_rest_of_a_cut_row() -> None:
    table = structure_table(Table([["满意度", "服务对象满意度"], ["", "……"]], row_pages=[1, 2]), 0)
    assert table.rows[0].text == "满意度 | 服务对象满意度" and len(table.rows) == 2


def test_regions_of_a_project_table_and_the_tail_of_an_earlier_one() -> None:
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分"],
            ["产出指标", "数量指标", "场次", "50", "50"],
            ["总分", "", "", "100", "96"],
            ["项目名称", "乙", "", "", ""],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "得分"],
            ["年度资金总额", "5", "5", "4", "8"],
            ["预期目标", "", "实际完成情况", "", ""],
            ["办好活动", "", "办好了", "", ""],
            ["一级指标", "二级指标", "三级指标", "分值", "得分"],
            ["产出指标", "数量指标", "人次", "50", "45"]]
    found = segments(structure_table(Table(rows), 0).rows, ANCHORS)
    assert [s.anchor for s in found] == [None, "project"]
    assert [p.kind for p in found[0].parts] == [INDICATOR] and found[0].total is not None
    assert [p.kind for p in found[1].parts] == [FUND, GOAL, INDICATOR]


def test_a_lesser_anchor_among_a_projects_opening_lines_stays_in_the_project() -> None:
    rows = [["项目名称", "甲"], ["单位名称", "某局"], ["年初预算数", "全年预算数"], ["年度资金总额", "5"]]
    found = segments(structure_table(Table(rows), 0).rows, ANCHORS)
    assert [s.anchor for s in found] == ["project"]


def test_grades_as_printed() -> None:
    printed = ("优秀", "良", "自评等级：良好", "☑优（90-100分） □良", "□优 ☑中", "中国", "90")
    assert [parse_grade(t) for t in printed] == ["优", "良", "良", "优", "中", None, None]


def test_a_level_cell_cut_by_a_page_break_takes_the_name_printed_on_the_next_page() -> None:
    from pipelines.documents.model import Document
    from pipelines.recognize.extract import extract

    rows = [["项目名称", "甲", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "分值", "得分"],
            ["效益指标", "经济效益指标", "农户负担", "5", "5"],
            ["效益指标", "", "村庄卫生", "10", "10"],  # its own blank 二级 cell: the name is on the next page
            ["", "社会效益指标", "健康意识", "5", "4"]]
    table = Table(rows, merged={(3, 0)}, row_pages=[1, 1, 1, 1, 2])
    (project,) = extract(Document([table], "pdf")).to_json()["projects"]
    assert [i["level2"] for i in project["indicators"]] == ["经济效益指标", "社会效益指标", "社会效益指标"]
    assert [i["level1"] for i in project["indicators"]] == ["效益指标"] * 3


def test_signature_lines_end_a_form_and_a_score_after_its_label_is_the_total() -> None:
    from pipelines.documents.model import Document
    from pipelines.recognize.extract import extract

    rows = [["项目名称", "甲", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "分值", "得分"],
            ["产出指标", "数量指标", "场次", "50", "45"],
            ["自评得分：93.6", "", "等级：优", "", ""],
            ["单位负责人：李某", "", "填报人：王某", "", "联系电话：123"]]
    (project,) = extract(Document([Table(rows)], "xlsx")).to_json()["projects"]
    assert [i["name"] for i in project["indicators"]] == ["场次"]
    assert (project["total_score"], project["grade"]) == (93.6, "优")


def test_an_indicator_table_after_a_department_table_goes_on_with_the_department() -> None:
    from pipelines.documents.model import Document, Paragraph
    from pipelines.recognize.extract import extract

    funds = Table([["部门名称", "某县某局", "", ""],
                   ["年度资金", "年初预算数", "全年预算数", "全年执行数"],
                   ["年度资金总额", "100", "120", "110"]])
    indicators = Table([["一级指标", "二级指标", "三级指标", "分值", "得分"],
                        ["产出指标", "数量指标", "检查次数", "50", "48"],
                        ["部门整体自评总得分", "", "", "100", "96"]])
    facts = extract(Document([Paragraph("部门整体支出绩效自评表"), funds, Paragraph("说明"), indicators],
                             "docx")).to_json()
    assert facts["projects"] == []
    assert [i["name"] for i in facts["department"]["indicators"]] == ["检查次数"]
    assert facts["department"]["score"] == 96


def test_goals_printed_beside_their_heads_on_one_line() -> None:
    from pipelines.documents.model import Document
    from pipelines.recognize.extract import extract

    rows = [["项目名称", "甲", "", "", ""],
            ["年度总体目标", "预期目标", "办好十场活动", "实际完成情况", "办了十二场"],
            ["一级指标", "二级指标", "三级指标", "分值", "得分"],
            ["产出指标", "数量指标", "场次", "50", "50"]]
    (project,) = extract(Document([Table(rows)], "docx")).to_json()["projects"]
    assert (project["goal_expected"], project["goal_actual"]) == ("办好十场活动", "办了十二场")
