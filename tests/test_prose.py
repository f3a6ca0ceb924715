"""Facts stated in prose: each kind of statement and each trap, on made-up sentences of the same kind as the
reports' (never copies of the corpus), then the corpus documents whose facts are in prose against their gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.documents.legacy import soffice
from pipelines.documents.model import Document, Paragraph, Table
from pipelines.recognize.extract import extract
from pipelines.recognize.prose.sentences import (
    Line,
    heading_level,
    labelled_value,
    mentions,
    names_a_level,
    phase_of,
    report_kind,
    restore_detached_figures,
    sections,
    sentences,
)
from tests.conftest import CORPUS_DIR, LEGACY_SUFFIXES, corpus_extraction, corpus_gold
from tests.gold_compare import compare


def doc(*texts: str) -> Document:
    return Document(blocks=[Paragraph(t) for t in texts], format="txt", path="snippet.txt")


def facts(*texts: str) -> dict:
    return extract(doc(*texts)).to_json()


def spending(result: dict) -> dict[tuple[str, tuple[str, ...], str], float]:
    return {(s["classification"], tuple(s["path"]), s["phase"]): s["amount"] for s in result["spending"]}


# ---------------------------------------------------------------- sentences and figures


def test_figures_with_labels_lists_and_brackets() -> None:
    found = mentions("本年收入合计500万元;包括财政拨款收入450万元(其中,一般公共预算440万元,政府性基金预算10万元),"
                     "占90%;其他收入50万元。")
    assert [(m.label, m.value) for m in found] == [
        ("本年收入合计", 500), ("财政拨款收入", 450), ("一般公共预算", 440), ("政府性基金预算", 10), ("其他收入", 50)]
    assert [m.parent for m in found] == [None, 0, 1, 1, 0]
    assert [m.bracketed for m in found] == [False, False, True, True, False]


def test_changes_carryovers_and_procurement_are_marked() -> None:
    found = mentions("2023年度收入总计300万元,与2022年度相比,增加12.5万元,增长4.3%;年末结转和结余8万元;"
                     "政府采购金额20万元。")
    assert [(m.value, m.trap) for m in found] == [(300, None), (12.5, "change"), (8, "carryover"),
                                                  (20, "procurement")]


def test_standards_and_word_counts_are_not_money() -> None:
    assert mentions("按人均800元的标准发放,每户0.05万元,补贴0.1万元/年,出版读本20万字,单价50万元以上设备") == []
    assert [m.value for m in mentions("按生均600元安排,共计42万元")] == [42]


def test_comma_between_two_figures_is_no_thousands_separator() -> None:
    assert [m.value for m in mentions("收入1,250.5万元,支出20.5,30.25万元")] == [1250.5, 30.25]


def test_money_in_yuan_keeps_every_digit() -> None:
    assert mentions("共收到财政资金12345678.91元")[0].value == 1234.567891


def test_list_words_without_a_figure_open_no_list() -> None:
    found = mentions("当期发生支出300万元。其中,基本支出为200万元,基本支出包括:办公费、差旅费等;项目支出为100万元。")
    assert [m.parent for m in found] == [None, 0, 0]


def test_a_nested_list_ends_at_a_stronger_break_than_its_items() -> None:
    found = mentions("基本支出300万元，占60%，其中人员经费250万元、公用经费50万元；项目支出200万元，占40%。")
    assert [m.parent for m in found] == [None, 0, 0, None]
    found = mentions("本年支出合计500万元，其中：基本支出300万元，占60%；项目支出200万元，占40%。")
    assert [m.parent for m in found] == [None, 0, 0]


def test_an_increment_is_no_budget() -> None:
    assert [m.trap for m in mentions("年中追加预算12万元，追加后预算为112万元，全年预算调增至120万元")] \
        == ["change", None, None]


def test_phase_of_the_last_phase_word() -> None:
    assert phase_of("年初预算安排") == "initial_budget"
    assert phase_of("年中调整后预算数为") == "adjusted_budget"
    assert phase_of("财政安排支出共计") == "final"
    assert phase_of("项目资金总额", "adjusted_budget") == "adjusted_budget"
    assert phase_of("财政预算内拨款") is None
    assert phase_of("资金到位率") is None


def test_figures_drawn_apart_from_their_line_are_put_back() -> None:
    lines = restore_detached_figures([
        Line(1, "本年支出合计 万元，其中：基本支出 万元，占 ；项目支出", 3),
        Line(2, "618.40 512.08 82.81%", 3),
        Line(3, "万元，占 ；", 3),
        Line(4, "106.32 17.19%", 3),
    ])
    assert [line.text for line in lines] == ["本年支出合计618.40万元，其中：基本支出512.08万元，占82.81%；项目支出",
                                             "106.32万元，占17.19%；"]


def test_figures_line_that_fits_no_blanks_stays() -> None:
    lines = restore_detached_figures([Line(1, "收入决算情况", 1), Line(2, "32.5 100%", 1)])
    assert [line.text for line in lines] == ["收入决算情况", "32.5 100%"]


def test_line_break_between_figure_and_unit() -> None:
    texts = [s.text for s in sentences(doc("本年收入合计90万元，其中：上级补助收入0", "万元，其他收入90万元。"))]
    assert texts == ["本年收入合计90万元,其中:上级补助收入0万元,其他收入90万元。"]


def test_headings_stand_alone_and_name_what_follows() -> None:
    found = list(sentences(doc("三、项目实施情况", "全年完成巡河120次，没有句号", "四、项目绩效情况",
                               "保障了河道畅通")))
    assert [(s.text, s.heading, s.is_heading) for s in found] == [
        ("三、项目实施情况", "项目实施情况", True), ("全年完成巡河120次,没有句号", "项目实施情况", False),
        ("四、项目绩效情况", "项目绩效情况", True), ("保障了河道畅通", "项目绩效情况", False)]


def test_sections_run_to_the_next_heading_of_their_level() -> None:
    found = list(sentences(doc("一、项目情况", "（一）甲项目", "1.资金情况", "甲的钱", "（二）乙项目", "乙的钱",
                               "二、问题", "没有")))
    by_head = {head.text: [s.text for s in under] for head, under in sections(found)}
    assert by_head["(一)甲项目"] == ["1.资金情况", "甲的钱"]
    assert by_head["(二)乙项目"] == ["乙的钱"]
    assert len(by_head["一、项目情况"]) == 5
    assert [heading_level(t) for t in ("第二部分", "三、", "(四)", "5.", "(6)", "7.5万元")] == [0, 1, 2, 3, 4, None]


def test_labelled_values_end_at_the_next_label() -> None:
    line = "项目名称:乡村保洁项目主管部门:某县住房和城乡建设局实施单位:某镇人民政府"
    assert labelled_value(line, "(?:项目)?主管(?:部门|单位)") == "某县住房和城乡建设局"
    assert labelled_value(line, "(?:项目)?实施单位") == "某镇人民政府"
    assert labelled_value("项目实施单位:某镇卫生院。", "(?:项目)?实施单位") == "某镇卫生院"
    assert labelled_value("由县卫健局主管,镇卫生院实施。", "(?:项目)?实施单位") is None


def test_prose_of_a_one_column_layout_table() -> None:
    page = Document(blocks=[Table([["某县林业局2021年度整体支出绩效评价报告\n经综合评价，总体评分为91分。"]])],
                    format="html", path="page.html")
    assert [s.text for s in sentences(page)][-1] == "经综合评价,总体评分为91分。"


def test_kind_of_report_from_its_head() -> None:
    assert report_kind("某区图书馆2023年度部门决算") == "final_accounts"
    assert report_kind("某镇2024年部门预算公开说明") == "budget"
    assert report_kind("某县林业局2021年度部门整体支出绩效自评报告") == "department"
    assert report_kind("关于2022年度乡村道路养护资金绩效自评报告") == "project"
    assert report_kind("某市水利局部门整体支出绩效评价报告预算编码:201") == "department"


# ---------------------------------------------------------------- 决算 / 预算 explanations


def test_income_and_spending_totals_of_a_year() -> None:
    result = facts(
        "某县图书馆2023年度单位决算",
        "2023年度收、支总计各为812.4，806.15万元。与2022年相比，收、支总计各增加20.1，18.3万元，各增长2.5%、2.3%。",
        "2023年本年收入合计800万元，其中：一般公共预算财政拨款收入780万元，占97.5%；事业收入0万元，占0%；"
        "其他收入20万元，占2.5%。",
        "2023年本年支出合计790.5万元，其中：基本支出600.5万元，占75.96%；项目支出190万元，占24.04%；"
        "经营支出0万元，占0%。",
    )
    found = spending(result)
    assert found[("income", ("收入总计",), "final")] == 812.4
    assert found[("expenditure_type", ("支出总计",), "final")] == 806.15
    assert found[("income", ("本年收入合计",), "final")] == 800
    assert found[("income", ("事业收入",), "final")] == 0
    assert found[("expenditure_type", ("经营支出",), "final")] == 0
    assert 20.1 not in found.values() and 18.3 not in found.values()
    department = result["department"]
    assert (department["funds"]["executed"], department["basic_expenditure"], department["project_expenditure"]) \
        == (790.5, 600.5, 190)


def test_one_figure_for_both_totals() -> None:
    found = spending(facts("某中心2023年度部门决算", "2023年度收入、支出总计均为66.6万元。"))
    assert found[("income", ("收入总计",), "final")] == found[("expenditure_type", ("支出总计",), "final")] == 66.6


def test_nested_income_and_the_appropriation_restated() -> None:
    result = facts(
        "某站2022年度单位决算",
        "2022年度收入总计120万元，支出总计118万元，与2021年度相比，增加10万元，增长9%。",
        "本年收入合计118万元；包括财政拨款收入110万元（其中，一般公共预算100万元，政府性基金预算10万元），"
        "占收入合计93.2%；其他收入8万元，占收入合计6.8%。",
        "2022年度财政拨款收入总计110万元，支出总计110万元。财政拨款支出年初预算数105万元，完成年初预算的104.76%。",
    )
    found = spending(result)
    assert found[("income", ("财政拨款收入", "一般公共预算"), "final")] == 100
    assert found[("income", ("财政拨款收入", "政府性基金预算"), "final")] == 10
    assert found[("income", ("收入总计",), "final")] == 120
    assert found[("expenditure_type", ("支出总计",), "final")] == 118
    assert (result["department"]["funds"]["initial_budget"], result["department"]["funds"]["execution_rate"]) \
        == (105, 104.76)


def test_items_of_a_functional_class_with_budget_and_final() -> None:
    found = spending(facts(
        "某局2024年度部门决算",
        "一般公共预算财政拨款支出300万元，主要用于以下方面：教育支出（类）250万元，占83.33%；"
        "住房保障支出（类）50万元，占16.67%。",
        "1.教育（类）普通教育（款）小学教育（项）。主要用于学校运转。年初预算为240万元，支出决算为250万元。"
        "决算数大于预算数的主要原因：新增教师。",
    ))
    assert found[("functional", ("教育支出",), "final")] == 250
    assert found[("functional", ("教育支出", "普通教育", "小学教育"), "initial_budget")] == 240
    assert found[("functional", ("教育支出", "普通教育", "小学教育"), "final")] == 250


def test_classes_listed_with_their_figures_without_a_lead_in() -> None:
    found = spending(facts(
        "某局2023年度部门决算情况说明",
        "（二）结构情况",
        "农林水支出（类）410.5万元，占82.1%；社会保障和就业（类）89.5万元，占17.9%。",
        "（三）具体情况",
        "1.农林水支出（类）林业和草原（款）行政运行（项）：支出决算为300万元，较上年增加10万元。",
    ))
    assert found[("functional", ("农林水支出",), "final")] == 410.5
    assert found[("functional", ("社会保障和就业支出",), "final")] == 89.5
    assert found[("functional", ("农林水支出", "林业和草原", "行政运行"), "final")] == 300
    assert [path for (c, path, _ph) in found if c == "functional" and len(path) == 1] \
        == [("农林水支出",), ("社会保障和就业支出",)]


def test_three_public_budget_and_final() -> None:
    found = spending(facts(
        "某所2023年度“三公”经费支出决算",
        "2023年度“三公”经费支出预算为6万元，支出决算为4.5万元，完成预算的75%，较上年减少1万元，下降18%。",
        "1.公务接待费预算为2万元，支出决算为1.5万元；国内公务接待12批次，80人次。",
        "2.公务用车购置及运行维护费支出决算3万元，其中：公务用车运行维护费3万元。",
    ))
    assert found[("three_public", ("三公经费",), "initial_budget")] == 6
    assert found[("three_public", ("三公经费",), "final")] == 4.5
    assert found[("three_public", ("三公经费", "公务接待费"), "initial_budget")] == 2
    assert found[("three_public", ("三公经费", "公务接待费"), "final")] == 1.5
    assert found[("three_public", ("三公经费", "公务用车购置及运行维护费", "公务用车运行维护费"), "final")] == 3
    assert 1 not in [v for (c, _p, _ph), v in found.items() if c == "three_public" and _ph == "final"]


def test_personnel_and_public_expenditure() -> None:
    result = facts("某局2023年度部门决算",
                   "2023年本年支出合计50万元，其中：基本支出50万元。",
                   "一般公共预算财政拨款基本支出50万元，其中：", "人员经费42万元，主要包括基本工资、津贴补贴。",
                   "公用经费8万元，主要包括办公费、印刷费。")
    assert (result["department"]["personnel_expenditure"], result["department"]["public_expenditure"]) == (42, 8)


def test_a_budget_publication_states_initial_budgets() -> None:
    result = facts(
        "某委员会2024年部门预算说明",
        "（一）收入预算：2024年本部门收入预算360.5万元，其中，一般公共预算拨款350.5万元，政府性基金预算拨款0万元，"
        "纳入专户管理的非税收入10万元。",
    )
    found = spending(result)
    assert found[("income", ("收入合计",), "initial_budget")] == 360.5
    assert found[("income", ("一般公共预算拨款",), "initial_budget")] == 350.5
    assert found[("income", ("政府性基金预算拨款",), "initial_budget")] == 0
    assert result["department"]["funds"]["initial_budget"] == 360.5
    assert result["department"]["basic_expenditure"] is None


def test_budget_totals_printed_as_budget_grand_totals() -> None:
    result = facts("某县疾控中心2024年部门预算公开说明",
                   "2024年本中心收入预算总计520.5万元，支出预算总计520.5万元，与2023年预算相比增加20万元。")
    found = spending(result)
    assert found[("income", ("收入总计",), "initial_budget")] == 520.5
    assert found[("expenditure_type", ("支出总计",), "initial_budget")] == 520.5
    assert 20 not in found.values()
    assert result["department"]["funds"]["initial_budget"] == 520.5
    result = facts("某乡2023年部门预算公开说明", "2023年本乡收支预算总计1,250.5万元，比上年增加30万元。")
    found = spending(result)
    assert found[("income", ("收入总计",), "initial_budget")] == found[
        ("expenditure_type", ("支出总计",), "initial_budget")] == 1250.5
    assert result["department"]["funds"]["initial_budget"] == 1250.5


def test_a_budget_publications_total_in_other_words() -> None:
    result = facts("某县档案馆2024年部门预算公开",
                   "2024年部门预算收入250.40万元，全部为一般公共预算拨款收入；支出250.40万元，其中基本支出200.40万元，"
                   "占80.03%；项目支出50.00万元，占19.97%。")
    assert spending(result)[("income", ("收入合计",), "initial_budget")] == 250.4
    assert result["department"]["funds"]["initial_budget"] == 250.4
    result = facts("某县档案馆2024年部门预算公开", "2024年收支总预算312.6万元，收支总预算较上年增加12.5万元。")
    found = spending(result)
    assert found[("income", ("收入总计",), "initial_budget")] == found[
        ("expenditure_type", ("支出总计",), "initial_budget")] == 312.6
    assert 12.5 not in found.values()
    assert result["department"]["funds"]["initial_budget"] == 312.6


def test_income_by_source_listed_without_its_total() -> None:
    found = spending(facts(
        "某县疾控中心2024年部门预算公开说明",
        "2024年收入预算中：一般公共预算拨款480.5万元，占92.3%；政府性基金预算拨款40万元，占7.7%；"
        "国有资本经营预算拨款0万元；财政专户管理资金0万元；单位资金0万元。",
        "财政拨款收入中：一般公共预算财政拨款收入30万元。",
    ))
    assert {path[0]: value for (c, path, phase), value in found.items() if c == "income"} == {
        "一般公共预算拨款": 480.5, "政府性基金预算拨款": 40, "国有资本经营预算拨款": 0, "财政专户管理资金": 0,
        "单位资金": 0}
    assert {phase for (_c, _p, phase) in found} == {"initial_budget"}


def test_a_budget_split_by_type_with_the_basic_parts_nested() -> None:
    found = spending(facts(
        "某镇2024年部门预算公开说明",
        "（一）按支出类型分：基本支出300万元，占60%，其中人员经费250万元、公用经费50万元；项目支出200万元，占40%。",
    ))
    assert found[("expenditure_type", ("基本支出",), "initial_budget")] == 300
    assert found[("expenditure_type", ("项目支出",), "initial_budget")] == 200
    assert found[("economic", ("公用经费",), "initial_budget")] == 50


def test_functional_items_chained_with_bare_figures() -> None:
    found = spending(facts(
        "某局2024年部门预算公开说明",
        "主要项级科目情况：教育支出（类）普通教育（款）小学教育（项）120.5万元，主要用于按生均800元标准保障运转；"
        "教育支出（类）普通教育（款）初中教育（项）80万元；社会保障和就业支出（类）行政事业单位养老支出（款）"
        "机关事业单位基本养老保险缴费支出（项）30万元，较上年增加2万元。",
    ))
    assert found[("functional", ("教育支出", "普通教育", "小学教育"), "initial_budget")] == 120.5
    assert found[("functional", ("教育支出", "普通教育", "初中教育"), "initial_budget")] == 80
    assert found[("functional", ("社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"),
                  "initial_budget")] == 30
    assert 2 not in found.values()


def test_unit_slip_beside_the_same_figure() -> None:
    result = extract(doc("某会2024年度部门决算",
                         "本会2024年收入预算总额80.5万元，收入决算总额90万元，支出预算总额80.5元，支出决算总额90万元。"))
    found = spending(result.to_json())
    assert found[("expenditure_type", ("支出总计",), "initial_budget")] == 80.5
    assert any(w["rule"] == "unit_slip" for w in result.warnings)


def test_grand_totals_with_their_parts_and_an_own_total_name() -> None:
    found = spending(facts("某中心2023年度单位决算",
                           "2023年度收入总计210万元，其中：本年收入合计200万元，年初结转和结余10万元。",
                           "2023年度支出总计210万元，其中：基本支出150万元，项目支出50万元，年末结转和结余10万元。",
                           "2023年总收入200万元，总支出200万元。"))
    assert found[("income", ("收入总计",), "final")] == 210
    assert found[("income", ("本年收入合计",), "final")] == 200
    assert found[("expenditure_type", ("项目支出",), "final")] == 50
    assert found[("income", ("总收入",), "final")] == found[("expenditure_type", ("总支出",), "final")] == 200
    assert 10 not in found.values()


def test_prose_restating_a_table_is_one_fact() -> None:
    """The table's name stands; a part of a table line under another depth is no restatement."""
    from pipelines.recognize.extract import _not_restated
    from pipelines.recognize.facts import Spending

    table = [Spending("income", ["一般公共预算财政拨款收入"], "final", 2023, 98.5),
             Spending("three_public", ["三公经费", "公务用车购置及运行维护费"], "final", 2023, 0)]
    prose = [Spending("income", ["财政拨款收入"], "final", 2023, 98.5),
             Spending("income", ["其他收入"], "final", 2023, 1.5),
             Spending("three_public", ["三公经费", "公务用车购置及运行维护费", "公务用车购置"], "final", 2023, 0)]
    assert [s.path[-1] for s in _not_restated(prose, table)] == ["其他收入", "公务用车购置"]


def test_a_named_parts_appropriation_budget_is_not_the_departments() -> None:
    result = facts(
        "某县档案馆2021年度部门决算公开",
        "2021年度本年支出合计520.6万元，其中：基本支出400万元，项目支出120.6万元。",
        "2021年度“三公”经费财政拨款支出年初预算为12.00万元，决算为9.60万元，完成预算的80.00%，较上年减少1万元。",
        "2021年度机关运行经费财政拨款支出年初预算为40万元，完成年初预算的95%。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["executed"], funds["execution_rate"]) == (None, 520.6, None)
    assert spending(result)[("three_public", ("三公经费",), "initial_budget")] == 12
    result = facts(
        "某县档案馆2021年度部门决算公开",
        "2021年度“三公”经费财政拨款支出年初预算为12.00万元，决算为9.60万元，完成预算的80.00%。",
        "某县档案馆2021年度财政拨款支出年初预算为500万元，支出决算为480万元，完成年初预算的96.00%。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["execution_rate"]) == (500, 96)
    result = facts("某县民政局2022年度部门整体支出绩效自评报告",
                   "2022年“三公”经费年初预算为8万元，实际支出6.5万元，执行率81.25%。",
                   "2022年度公务接待费年初预算3万元，全年执行2万元。")
    assert result["department"] is None or result["department"]["funds"] is None


# ---------------------------------------------------------------- department-wide self-evaluation reports


def test_appropriation_totals_and_rate_of_a_department_report() -> None:
    result = facts("某乡人民政府2023年度绩效自评报告",
                   "2023年度财政拨款收入合计950.25万元，财政拨款支出合计950.25万元，预算执行率100%。"
                   "核心绩效目标：资金支出率≥95%。")
    found = spending(result)
    assert found[("income", ("财政拨款收入合计",), "final")] == 950.25
    assert found[("expenditure_type", ("财政拨款支出合计",), "final")] == 950.25
    assert (result["department"]["funds"]["executed"], result["department"]["funds"]["execution_rate"]) \
        == (950.25, 100)


def test_the_years_money_told_as_a_story() -> None:
    result = facts(
        "某中学2023部门整体支出绩效评价报告",
        "2023年学校共收到财政资金10250000.5元。其中，收到2022年底结转的自有资金50000元，2023年当期取得收入"
        "10200000.5元，2023年当期发生支出10100000.25元。其中，基本支出为8100000.25元，基本支出用于发放工资，包括："
        "工资、社保等；项目支出为2000000元。2023年年末结余自有资金150000.25元。",
    )
    found = spending(result)
    assert found[("income", ("财政资金",), "final")] == 1025.00005
    assert found[("income", ("当期取得收入",), "final")] == 1020.00005
    assert found[("expenditure_type", ("基本支出",), "final")] == 810.000025
    assert 5 not in found.values() and 15.000025 not in found.values()
    assert result["department"]["funds"]["executed"] == 1010.000025
    assert result["department"]["project_expenditure"] == 200


def test_department_budget_total_and_its_split() -> None:
    result = facts("某中心2022年整体和项目支出绩效自评总结报告",
                   "部门预算总金额520万元其中：基本支出400万元，项目支出120万元。完成率均达到99%；整体绩效自评为良好；",
                   "我单位共有1个项目批复了绩效目标，项目金额120万元。其中：", "河道保洁经费120万元。")
    found = spending(result)
    assert found[("expenditure_type", ("部门预算总金额",), "initial_budget")] == 520
    assert found[("expenditure_type", ("基本支出",), "initial_budget")] == 400
    assert found[("project", ("河道保洁经费",), "initial_budget")] == 120
    department = result["department"]
    assert (department["funds"]["initial_budget"], department["funds"]["execution_rate"]) == (520, 99)
    assert (department["grade"], department["basic_expenditure"]) == ("良", None)


def test_budget_adjusted_to_and_the_years_spending_with_its_split() -> None:
    result = facts(
        "某县自然资源局2021年度部门整体支出绩效自评报告",
        "二、部门整体支出情况",
        "2021年度我局年初预算数为800万元，全年预算调整为950万元，主要是年中追加耕地保护补助资金。",
        "全年实际支出930万元，其中：基本支出600万元，项目支出330万元；预算执行率为97.89%，资金到位率100%。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (800, 950, 930, 97.89)
    found = spending(result)
    assert found[("expenditure_type", ("实际支出",), "final")] == 930
    assert found[("expenditure_type", ("项目支出",), "final")] == 330
    assert result["department"]["project_expenditure"] == 330
    result = facts("某县自然资源局2021年度部门整体支出绩效自评报告",
                   "我局2021年实际支出500万元，其中：基本支出320万元，项目支出180万元。",
                   "（二）耕地保护项目", "该项目实际支出90万元，其中：基本支出0万元，项目支出90万元。")
    assert result["department"]["funds"]["executed"] == 500
    found = spending(result)
    assert found[("expenditure_type", ("实际支出",), "final")] == 500
    assert 90 not in found.values()


def test_adjusted_full_year_budget_after_an_increment() -> None:
    result = facts(
        "某县民政局2022年度部门整体支出绩效自评报告",
        "二、部门预算及支出情况",
        "（一）预算安排情况。",
        "2022年部门预算总金额1,200.00万元，其中：基本支出800.00万元，项目支出400.00万元。",
        "年中追加预算150.00万元，调整后全年预算1,350.00万元。",
        "（二）支出执行情况。",
        "2022年度本年支出合计1,320.00万元，预算执行率97.78%。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (1200, 1350, 1320, 97.78)
    assert 150 not in spending(result).values()


def test_a_departments_budget_changed_to_a_new_figure() -> None:
    result = facts(
        "某县司法局2020年度部门整体支出绩效自评报告",
        "2020年度我局年初预算为300万元，年中根据政法专项经费下达情况调整为345.5万元。",
        "全年实际支出340万元，其中：基本支出260万元，项目支出80万元。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"]) == (300, 345.5, 340)


def test_the_years_final_spending_labelled_with_its_phase_gives_its_split() -> None:
    result = facts(
        "某区农业农村局2022年度部门整体支出绩效自评报告",
        "二、部门整体支出情况",
        "2022年部门年初预算1,500.00万元，调整后预算1,620.50万元，全年支出决算1,580.25万元，预算执行率97.52%。"
        "其中：基本支出600.25万元，项目支出980.00万元，项目支出占全部支出的62.02%；基本支出中人员经费520.10万元，"
        "公用经费80.15万元。",
    )
    department = result["department"]
    assert (department["funds"]["executed"], department["funds"]["execution_rate"]) == (1580.25, 97.52)
    assert (department["basic_expenditure"], department["project_expenditure"]) == (600.25, 980)
    found = spending(result)
    assert found[("expenditure_type", ("基本支出",), "final")] == 600.25
    assert found[("expenditure_type", ("项目支出",), "final")] == 980
    assert 1580.25 not in found.values()  # the department's spending is a funds figure only


def test_budget_money_in_yuan_and_the_full_year_budget_after_additions() -> None:
    result = facts(
        "某县第二中学2022年度部门整体支出绩效自评报告",
        "2022年度学校年初预算资金31,250,000.00元，年中追加调整后全年预算资金34,120,500.50元，全年实际支出"
        "33,800,100.25元，预算执行率为99.06%，较上年提高0.5个百分点。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (3125, 3412.05005, 3380.010025, 99.06)
    result = facts(
        "某县第二中学2022年度部门整体支出绩效自评报告",
        "2022年度学校年初预算资金3,125.00万元。",
        "年中追加调整后全年预算资金3,412.05万元。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"]) == (3125, 3412.05)
    assert mentions("年中追加预算200万元")[0].trap == "change"


def test_income_received_listed_source_by_source() -> None:
    result = facts(
        "某县第二中学2022年度部门整体支出绩效自评报告",
        "2022年学校取得财政拨款收入33,000,000.00元、事业收入1,250,300.40元，财政拨款收入占全部收入的96.35%。",
        "学校取得财政拨款收入30万元，支出28万元。",
    )
    found = spending(result)
    assert found[("income", ("财政拨款收入",), "final")] == 3300
    assert found[("income", ("事业收入",), "final")] == 125.03004
    assert [path for (c, path, _p) in found if c == "income"] == [("财政拨款收入",), ("事业收入",)]


def test_named_lines_listed_under_project_spending() -> None:
    result = facts(
        "某县第二中学2022年度部门整体支出绩效自评报告",
        "全年支出中，基本支出3,000.00万元，项目支出380.01万元。",
        "项目支出中，学前教育资助资金支出1,052,000.00元，公务接待费支出8,000.00元，校园安保专项经费35.5万元，"
        "其他项目支出按计划实施。",
    )
    found = spending(result)
    assert found[("project", ("学前教育资助资金",), "final")] == 105.2
    assert found[("project", ("校园安保专项经费",), "final")] == 35.5
    assert [path for (c, path, _p) in found if c == "project"] == [("学前教育资助资金",), ("校园安保专项经费",)]
    found = spending(facts("某县档案馆2024年部门预算公开", "2024年项目支出中，档案数字化加工支出20万元。"))
    assert found[("project", ("档案数字化加工",), "initial_budget")] == 20


def test_overall_score_not_part_scores_averages_or_grade_counts() -> None:
    result = facts("某局2021年度机关整体支出绩效评价报告",
                   "其中预算执行率得分9.5分，产出指标得分38分。",
                   "对本局机关整体支出开展了绩效评价，综合评分为93分，评价等级为“优”。",
                   "绩效自评项目平均得分96分，评价等级为“优”的项目5个。")
    assert (result["department"]["score"], result["department"]["grade"]) == (93, "优")


def test_budget_stated_for_the_department_without_naming_it() -> None:
    result = facts("某县交通运输局2023年度部门整体支出绩效自评报告",
                   "2023年年初预算数为500万元，全年预算数为620万元，全年执行数为610万元，预算执行率为98.39%。")
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (500, 620, 610, 98.39)


def test_department_budget_told_phase_by_phase_across_sections() -> None:
    result = facts(
        "某县林业局2023年度部门整体支出绩效自评报告",
        "二、部门整体支出及预算执行情况",
        "（一）预算安排情况",
        "2023年度我局部门整体年初预算为820.5万元，其中：基本支出年初预算600万元，项目支出年初预算220.5万元。"
        "年中根据《关于下达2023年度森林防火专项资金的通知》（某财农〔2023〕12号）追加预算，调整后预算为900万元。",
        "（二）预算执行情况",
        "截至2023年12月31日，我局全年执行880万元，预算执行率为97.78%。其中：基本支出610万元，占69.32%；"
        "项目支出270万元，占30.68%。",
    )
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (820.5, 900, 880, 97.78)
    assert (result["department"]["basic_expenditure"], result["department"]["project_expenditure"]) == (610, 270)
    found = spending(result)
    assert found[("expenditure_type", ("基本支出",), "initial_budget")] == 600
    assert found[("expenditure_type", ("项目支出",), "initial_budget")] == 220.5
    assert found[("expenditure_type", ("项目支出",), "final")] == 270
    assert 820.5 not in found.values() and 880 not in found.values()


def test_a_projects_phases_in_a_department_report_are_not_the_departments() -> None:
    result = facts(
        "某县林业局2023年度部门整体支出绩效自评报告",
        "（一）森林防火项目",
        "年初预算为50万元，全年执行45万元，执行率90%。",
        "（二）其他情况",
        "上年年初预算为700万元。该项目年初预算为30万元。",
    )
    department = result["department"]
    assert department is None or department["funds"] is None
    assert [p["name"] for p in result["projects"]] == ["森林防火项目"]


def test_rate_of_targets_met_is_no_execution_rate() -> None:
    result = facts("某乡人民政府2023年度绩效自评报告",
                   "2023年度财政拨款支出合计88万元，绩效目标完成率95%。")
    assert result["department"]["funds"]["execution_rate"] is None


def test_counts_dates_and_document_numbers_are_no_facts() -> None:
    result = facts("2021年某市发展和改革局整体支出绩效自评报告",
                   "根据《关于开展2022年绩效自评的通知》（某财绩〔2022〕3号）要求，我局开展了自评。",
                   "我局成立于1960年，设15个内设机构，实有编制数60人，2021年末在职人数55人。联系电话：1234567。")
    assert result["department"] is None and result["spending"] == [] and result["projects"] == []


# ---------------------------------------------------------------- project reports


def test_one_project_report() -> None:
    result = facts(
        "某县第二小学2023年度项目支出绩效自",
        "评报告",
        "（校园安全维护经费）",
        "一、自评结论",
        "通过评价，我校校园安全维护经费项目自评得分96分，自评结果为“优秀”。",
        "1.执行率情况。",
        "2023年度我校校园安全维护经费项目财政资金总额8.50万元，全部为县级资金，拨付使用8.50万元，预算执行率100%。",
        "① 数量指标：2023年，我校收到校园安全维护经费资金8.50万元。",
        "1.项目立项目的和年度绩效目标",
        "校园安全维护经费用于聘请保安，保障师生安全。",
        "2.未完成的绩效目标。",
        "无。",
    )
    assert result["department"] is None and result["spending"] == []
    [project] = result["projects"]
    assert project["name"] == "校园安全维护经费"
    assert project["funds"]["total"]["adjusted_budget"] == 8.5
    assert project["funds"]["total"]["executed"] == 8.5
    assert project["funds"]["total"]["execution_rate"] == 100
    assert (project["total_score"], project["grade"]) == (96, "优")
    assert project["goal_expected"] == "校园安全维护经费用于聘请保安，保障师生安全。"


def test_project_named_in_a_sentence_with_sources_and_spending() -> None:
    result = facts(
        "某县第三中学专项资金绩效自评价报告",
        "一、基本情况",
        "我校2023年项目为一个：学生资助项目",
        "我校2023年按生均500元安排，共计150万元，其中上级资金120万元，本级30万元，项目绩效目标是保障学生就学",
        "三、预算支出组织实施情况",
        "我校2023年财政安排支出共计98.6万元，余款安排下年支出",
        "四、预算支出绩效情况",
        "保障了学生顺利就学",
    )
    [project] = result["projects"]
    assert project["name"] == "学生资助项目"
    assert (project["funds"]["total"]["adjusted_budget"], project["funds"]["total"]["executed"]) == (150, 98.6)
    assert project["funds"]["total"]["execution_rate"] is None
    assert (project["goal_expected"], project["goal_actual"]) == ("保障学生就学", "保障了学生顺利就学")
    found = spending(result)
    assert found == {("income", ("上级资金",), "adjusted_budget"): 120, ("income", ("本级",), "adjusted_budget"): 30}


def test_several_projects_listed_one_a_line() -> None:
    result = facts(
        "2022年度项目支出绩效自评总报告",
        "一、本部门项目绩效目标情况",
        "1、档案数字化项目：预算12.5万元，2022年全年实际支付12万元，使用率96%。具体评价范围为：扫描档案8万页，"
        "编印资料30万字。共支出成本12万元。",
        "2、2022年展馆维护专项资金项目：预算6万元，2022年全年实际支付6万元，使用率100%。",
    )
    assert [(p["name"], p["funds"]["total"]["adjusted_budget"], p["funds"]["total"]["executed"],
             p["funds"]["total"]["execution_rate"]) for p in result["projects"]] == [
        ("档案数字化项目", 12.5, 12, 96), ("2022年展馆维护专项资金项目", 6, 6, 100)]


def test_project_named_by_its_title_with_rate_in_the_next_sentence() -> None:
    result = facts("2023年度农村饮水安全维修项目绩效自评报告",
                   "一、项目资金情况",
                   "该项目年初预算40万元，调整后预算45万元，全年执行44.1万元。预算执行率为98%。项目资金到位45万元。",
                   "二、自评结论", "自评等级：良")
    [project] = result["projects"]
    assert project["name"] == "农村饮水安全维修项目"
    total = project["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"], total["execution_rate"]) \
        == (40, 45, 44.1, 98)
    assert (project["grade"], project["total_score"]) == ("良", None)


def test_transfer_payment_report_by_level_without_a_total() -> None:
    result = facts(
        "某市民政局 关于2022年度养老服务补助资金绩效自评报告",
        "一、绩效目标分解下达情况",
        "2022年我局共收到中央下达养老服务补助资金300万元（某财社〔2021〕12号、某财社〔2022〕5号）。"
        "年度总体目标：1.提升养老服务能力2.改善老年人生活质量。",
        "省级下达资金40万元（某财社〔2022〕8号）。",
        "市县下达资金25.5万元（某财预〔2022〕1号）。",
    )
    [project] = result["projects"]
    assert project["name"] == "养老服务补助资金"
    assert project["funds"] == {}
    assert project["goal_expected"] == "1.提升养老服务能力2.改善老年人生活质量。"
    assert spending(result) == {("income", ("中央下达养老服务补助资金",), "adjusted_budget"): 300,
                                ("income", ("省级下达资金",), "adjusted_budget"): 40,
                                ("income", ("市县下达资金",), "adjusted_budget"): 25.5}


def test_labelled_particulars_of_a_project() -> None:
    result = facts(
        "某镇卫生院2022年度家庭医生签约服务项目支出绩效自评报告",
        "一、项目基本情况",
        "项目名称：家庭医生签约服务项目",
        "项目主管部门：某县卫生健康局",
        "项目实施单位：某镇卫生院",
        "2022年度该项目资金总额36.5万元，全年实际支出35万元，预算执行率为95.89%。",
    )
    [project] = result["projects"]
    assert (project["name"], project["supervising_dept"], project["implementing_unit"]) \
        == ("家庭医生签约服务项目", "某县卫生健康局", "某镇卫生院")


def test_indicator_results_under_the_completion_heading_are_no_goal_actual() -> None:
    result = facts(
        "某镇卫生院2022年度家庭医生签约服务项目支出绩效自评报告",
        "项目名称：家庭医生签约服务项目",
        "年度目标：重点人群签约率达到60%以上。",
        "三、绩效目标完成情况",
        "（一）产出指标：全年签约居民8200人，重点人群签约率71.3%，履约率88.6%，签约居民健康档案更新率92.4%，"
        "均达到年度指标值。",
        "（二）效益指标：居民健康意识明显增强。",
        "（三）满意度指标：签约居民满意度94%。",
    )
    [project] = result["projects"]
    assert project["goal_expected"] == "重点人群签约率达到60%以上。"
    assert project["goal_actual"] is None


def test_several_projects_each_under_its_own_heading() -> None:
    result = facts(
        "某县第二中学2023年度项目支出绩效自评报告",
        "一、项目基本情况",
        "2023年纳入自评的项目共2个，涉及预算资金350万元。",
        "二、项目资金使用及绩效情况",
        "（一）学生营养改善计划项目",
        "该项目预算资金300万元，全年实际支付290万元，执行率96.67%。资金用于学生午餐补助。",
        "经自评，该项目得分92分，评价等级为“优”。",
        "（二）教学设备购置项目",
        "该项目预算资金50万元，全年实际支付50万元，执行率100%。",
        "经自评，该项目得分88分，评价等级为“良”。",
        "三、存在的问题",
        "个别项目支付进度偏慢。",
    )
    assert [(p["name"], p["funds"]["total"]["adjusted_budget"], p["funds"]["total"]["executed"],
             p["funds"]["total"]["execution_rate"], p["total_score"], p["grade"]) for p in result["projects"]] == [
        ("学生营养改善计划项目", 300, 290, 96.67, 92, "优"), ("教学设备购置项目", 50, 50, 100, 88, "良")]
    assert result["spending"] == [] and result["department"] is None


def test_increment_progress_of_spending_and_labelled_goal_completion() -> None:
    result = facts(
        "某县交通运输局2022年度农村公路养护专项资金项目绩效自评报告",
        "项目名称：农村公路养护专项资金项目",
        "一、项目资金情况",
        "该项目年初批复预算500,000元（其中：省级资金400,000元，县级配套资金100,000元），年中追加预算120,000元，"
        "全年预算调整为620,000元。",
        "截至2022年12月31日，实际支出600,000元，支出进度96.77%，资金到位率100%。",
        "项目年度绩效目标为：养护农村公路120公里，优良路率达到80%以上。",
        "三、项目绩效目标实现情况",
        "年度绩效目标完成情况：完成养护农村公路126公里，优良路率为83.5%。",
        "（一）产出指标。",
        "数量指标：养护里程126公里，完成率105%。",
    )
    [project] = result["projects"]
    total = project["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"], total["execution_rate"]) \
        == (50, 62, 60, 96.77)
    assert project["goal_expected"] == "养护农村公路120公里，优良路率达到80%以上。"
    assert project["goal_actual"] == "完成养护农村公路126公里，优良路率为83.5%。"


@pytest.mark.parametrize("goal_line", [
    "（二）项目年度目标：维修校舍3栋，保障学生安全就学。",
    "2.年度绩效目标：维修校舍3栋，保障学生安全就学。",
    "三、本项目年度目标为：维修校舍3栋，保障学生安全就学。",
])
def test_numbered_goal_lines_are_the_goal_but_not_their_completion_or_indicators(goal_line: str) -> None:
    result = facts(
        "某镇中心小学2023年度校舍维修项目绩效自评报告",
        "一、项目基本情况",
        "（一）项目名称：校舍维修项目",
        "（二）产出指标：维修校舍3栋。",
        "（三）年度目标完成情况：完成维修校舍3栋。",
        goal_line,
        "二、绩效目标完成情况",
        "年度目标完成情况：校舍维修全部完成，学生安全就学得到保障。",
    )
    [project] = result["projects"]
    assert project["goal_expected"] == "维修校舍3栋，保障学生安全就学。"
    assert project["goal_actual"] == "校舍维修全部完成，学生安全就学得到保障。"


def test_numbered_goal_completion_line_is_no_goal() -> None:
    result = facts(
        "某镇中心小学2023年度校舍维修项目绩效自评报告",
        "一、项目基本情况",
        "（一）项目名称：校舍维修项目",
        "（二）年度目标完成情况：完成维修校舍3栋。",
        "（三）绩效指标：维修校舍3栋。",
    )
    [project] = result["projects"]
    assert project.get("goal_expected") is None


def test_sources_by_level_without_a_phase_word_of_their_own() -> None:
    result = facts(
        "某县水利局关于2022年度小型水库维修养护资金绩效自评报告",
        "项目名称：小型水库维修养护资金",
        "2022年，我局共收到资金下达文件3个。其中：中央财政下达资金500万元（某财农〔2022〕5号）；"
        "省级财政下达资金100万元；市县配套资金50.5万元（某财农〔2022〕9号）。",
    )
    assert spending(result) == {("income", ("中央财政下达资金",), "adjusted_budget"): 500,
                                ("income", ("省级财政下达资金",), "adjusted_budget"): 100,
                                ("income", ("市县配套资金",), "adjusted_budget"): 50.5}


def test_level_labels_of_any_tier_and_not_names_that_only_start_like_one() -> None:
    for label in ("州本级配套资金", "区级资金", "县配套资金", "本级财政资金", "配套资金", "省市两级资金",
                  "中央预算内投资"):
        assert names_a_level(label), label
    for label in ("市场监管专项经费", "区域协调发展资金", "县城污水管网项目", "乡村振兴衔接资金",
                  "上级及县级共下达资金"):
        assert not names_a_level(label), label
    result = facts(
        "某区农业农村局关于2020年度高标准农田建设项目绩效自评报告",
        "项目名称：高标准农田建设项目",
        "该项目年初预算安排资金500万元，后经追加调整，全年预算资金为720.00万元，"
        "其中：中央预算内资金400万元，省级资金200万元，区本级配套资金120万元。",
    )
    assert spending(result) == {("income", ("中央预算内资金",), "adjusted_budget"): 400,
                                ("income", ("省级资金",), "adjusted_budget"): 200,
                                ("income", ("区本级配套资金",), "adjusted_budget"): 120}
    total = result["projects"][0]["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"]) == (500, 720)


def test_funds_issued_by_several_levels_together_are_the_projects_budget() -> None:
    result = facts(
        "某县教育局2023年度营养改善计划补助资金绩效自评报告",
        "项目名称：营养改善计划补助资金",
        "2023年，上级和本级共下达营养改善计划补助资金1,520.60万元，其中：中央资金1,000.00万元（某财教〔2023〕3号），"
        "省级资金400.60万元，县级资金120.00万元。",
        "截至2023年12月31日，累计发放补助资金1,500.00万元，资金执行率98.65%，剩余20.60万元结转下年使用。",
    )
    total = result["projects"][0]["funds"]["total"]
    assert (total["adjusted_budget"], total["executed"], total["execution_rate"]) == (1520.6, 1500, 98.65)
    assert spending(result) == {("income", ("中央资金",), "adjusted_budget"): 1000,
                                ("income", ("省级资金",), "adjusted_budget"): 400.6,
                                ("income", ("县级资金",), "adjusted_budget"): 120}


def test_a_projects_budget_changed_later_in_the_year() -> None:
    result = facts(
        "某县第一小学2021年度学生营养餐补助资金项目绩效自评报告",
        "项目名称：学生营养餐补助资金",
        "2021年年初预算安排该项目资金80.00万元，后根据实际就餐人数调整为86.40万元，较上年增加5%。",
        "全年实际支出86.40万元，预算执行率100%。",
    )
    total = result["projects"][0]["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"], total["execution_rate"]) \
        == (80, 86.4, 86.4, 100)
    assert not [w for w in result["warnings"] if w["rule"] == "execution_rate_matches"]
    result = facts("某县第一小学2021年度校舍维修资金项目绩效自评报告", "项目名称：校舍维修资金",
                   "该项目预算安排50万元，年中调增至55万元，已支付55万元。")
    total = result["projects"][0]["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"]) == (50, 55, 55)


def test_sources_in_yuan_listed_under_the_budget_their_clause_opens_with() -> None:
    result = facts(
        "某县第一小学2021年度学生营养餐补助资金项目绩效自评报告",
        "项目名称：学生营养餐补助资金",
        "调整后预算中，中央补助资金648,000元，县级配套资金216,000元。",
        "年初预算中：省级资金300000元。",
        "实施过程中，市级资金5万元用于采购。",
    )
    assert spending(result) == {("income", ("中央补助资金",), "adjusted_budget"): 64.8,
                                ("income", ("县级配套资金",), "adjusted_budget"): 21.6,
                                ("income", ("省级资金",), "initial_budget"): 30}


def test_headed_projects_with_goals_and_a_bracketed_initial_budget() -> None:
    result = facts(
        "某县卫生健康局2020年度项目支出绩效自评报告",
        "一、基层医疗机构运转保障项目",
        "该项目全年预算数为110万元（其中年初预算100万元，年中追加10万元），实际支出105万元，执行率95.45%。",
        "年度目标：保障全县15所乡镇卫生院正常运转。",
        "经自评，该项目得分90分，评价等级为“优”。",
        "二、家庭医生签约服务项目",
        "该项目预算资金40万元，已支付40万元，资金使用率100%。",
        "经自评，该项目得分95分，评价等级为“优”。",
    )
    projects = {p["name"]: p for p in result["projects"]}
    first = projects["基层医疗机构运转保障项目"]
    assert (first["funds"]["total"]["initial_budget"], first["funds"]["total"]["adjusted_budget"]) == (100, 110)
    assert first["goal_expected"] == "保障全县15所乡镇卫生院正常运转。"
    second = projects["家庭医生签约服务项目"]
    assert (second["funds"]["total"]["initial_budget"], second["goal_expected"]) == (None, None)


# ---------------------------------------------------------------- the corpus documents whose facts are in prose

PROSE_DOCUMENTS = ("B05", "B06", "B08", "B09", "C01", "C02", "C05", "C06", "C10", "C12", "D01", "D03", "D04", "D05",
                   "D08", "D09", "D11", "real_putuo_czj_2024_juesuan.")
PROSE_F1 = 0.9


def _prose_documents() -> list[pytest.ParameterSet]:
    paths = sorted(p for p in (CORPUS_DIR / "docs").iterdir() if p.name.startswith(PROSE_DOCUMENTS))
    skip = pytest.mark.skipif(soffice() is None, reason="LibreOffice is needed for legacy formats")
    return [pytest.param(p, id=p.stem, marks=[skip] if p.suffix in LEGACY_SUFFIXES else []) for p in paths]


@pytest.mark.parametrize("path", _prose_documents())
def test_prose_document_matches_gold(path: Path) -> None:
    """Every fact but the unit and year (another recognizer's) against the gold, as the shared scorer pairs them."""
    gold, extraction = corpus_gold(path), corpus_extraction(path.name)
    assert gold is not None and extraction.facts is not None, extraction.error
    got = dict(extraction.facts)
    for record in (gold, got):
        record["unit"], record["fiscal_year"] = {}, None
    result = compare(gold, got, like_scorer=True)
    assert result.f1 >= PROSE_F1, "\n".join(result.misses)


# ---------------------------------------------------------------- projects named otherwise, tables as statements


def test_project_named_before_the_year_in_its_title() -> None:
    result = facts("农村危房改造补助资金2020年度绩效自评报告", "某县住房和城乡建设局",
                   "一、资金安排情况",
                   "2020年共下达我县农村危房改造补助资金150.00万元，截至年底实际支出145.5万元，资金执行率97%。",
                   "二、自评结论", "我县农村危房改造补助资金自评得分91分，评价等级为“优”。")
    assert result["department"] is None and result["spending"] == []
    [project] = result["projects"]
    assert project["name"] == "农村危房改造补助资金"
    total = project["funds"]["total"]
    assert (total["adjusted_budget"], total["executed"], total["execution_rate"]) == (150, 145.5, 97)
    assert (project["total_score"], project["grade"]) == (91, "优")


def test_project_named_by_a_title_cut_over_two_lines() -> None:
    result = facts("关于乡村道路养护项目2022年度绩效自评情况的报", "告", "县财政局：",
                   "一、项目资金情况",
                   "本年度年初预算安排500,000元，调整后预算620,000元，实际支出600,000元，预算执行率96.77%。")
    [project] = result["projects"]
    assert project["name"] == "乡村道路养护项目"
    total = project["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"]) == (50, 62, 60)


def test_project_named_as_the_subject_of_its_first_sentence() -> None:
    result = facts("某县第一中学2022年度项目支出绩效自评报告",
                   "一、项目基本情况",
                   "中职学生免学费补助项目是国家为减轻中职学生家庭负担而设立的专项资金。",
                   "我校该项目年初预算20万元，全年预算24万元，全年执行24万元，预算执行率100%。",
                   "二、自评结论", "该项目自评得分95分，评价等级为“优”。")
    assert result["spending"] == []
    [project] = result["projects"]
    assert project["name"] == "中职学生免学费补助项目"
    total = project["funds"]["total"]
    assert (total["initial_budget"], total["adjusted_budget"], total["executed"]) == (20, 24, 24)


def test_a_generic_subject_names_no_project() -> None:
    result = facts("某县第一中学2022年度项目支出绩效自评报告",
                   "一、项目基本情况",
                   "该项目是为改善办学条件设立的。",
                   "中央资金主要用于校舍维修。")
    assert result["projects"] == []


def test_a_two_column_table_of_phases_is_read_as_its_statement() -> None:
    document = Document(blocks=[
        Paragraph("某县档案馆2022年度部门整体支出绩效自评报告"),
        Paragraph("一、部门整体支出情况"),
        Paragraph("2022年度部门整体支出情况如下："),
        Table([["项目", "金额（万元）"], ["年初预算", "300.5"], ["调整预算", "320"], ["实际支出", "310.4"],
               ["执行率", "97%"]]),
    ], format="txt", path="snippet.txt")
    result = extract(document).to_json()
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (300.5, 320, 310.4, 97)
    assert spending(result) == {("expenditure_type", ("部门整体支出",), "initial_budget"): 300.5,
                                ("expenditure_type", ("部门整体支出",), "adjusted_budget"): 320,
                                ("expenditure_type", ("部门整体支出",), "final"): 310.4}


def test_a_two_column_table_without_phases_is_no_statement() -> None:
    document = Document(blocks=[
        Paragraph("某县档案馆2022年度部门整体支出绩效自评报告"),
        Paragraph("主要指标如下："),
        Table([["指标", "金额（万元）"], ["培训费", "3"], ["会议费", "2"]]),
    ], format="txt", path="snippet.txt")
    assert extract(document).to_json()["spending"] == []


def test_labelled_department_total_is_spending_at_each_phase() -> None:
    result = facts("某镇2022年度部门整体支出绩效自评报告", "一、部门整体支出情况",
                   "2022年度本单位部门整体支出年初预算800万元，调整后预算950万元，全年实际支出940万元，"
                   "预算执行率98.95%。其中：基本支出600万元；项目支出340万元。")
    assert result["department"]["funds"]["initial_budget"] == 800
    found = spending(result)
    assert {k: v for k, v in found.items() if k[1] == ("部门整体支出",)} == {
        ("expenditure_type", ("部门整体支出",), "initial_budget"): 800,
        ("expenditure_type", ("部门整体支出",), "adjusted_budget"): 950,
        ("expenditure_type", ("部门整体支出",), "final"): 940}


def test_labelled_department_total_restating_the_spending_total_is_funds_only() -> None:
    result = facts("某卫生院2023年度部门整体支出绩效自评报告", "一、支出情况",
                   "2023年度支出合计940万元，其中：基本支出600万元，项目支出340万元。",
                   "二、预算执行情况",
                   "2023年度部门整体支出年初预算800万元，全年预算950万元，实际支出940万元，预算执行率98.95%。")
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"]) == (800, 950, 940)
    assert not any(path == ("部门整体支出",) for _, path, _ in spending(result))


def test_expenditure_type_with_its_phase_in_yuan() -> None:
    result = facts("某县水利局2024年部门预算公开", "一、收支预算总体情况",
                   "基本支出预算3,206,430.00元，占40%，主要用于保障机构正常运转；项目支出预算4,800,000.00元。")
    assert spending(result) == {("expenditure_type", ("基本支出",), "initial_budget"): 320.643,
                                ("expenditure_type", ("项目支出",), "initial_budget"): 480}


def test_budget_publication_total_from_its_table_is_the_department_budget() -> None:
    document = Document(blocks=[
        Paragraph("某县林业局2024年部门预算公开"), Paragraph("一、部门收支总体情况"),
        Paragraph("2024年基本支出预算300万元，项目支出预算200万元。"),
        Paragraph("部门收支总表"), Paragraph("单位：万元"),
        Table([["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
               ["一、一般公共预算拨款收入", "500", "一、农林水支出", "500"],
               ["本年收入合计", "500", "本年支出合计", "500"], ["收入总计", "500", "支出总计", "500"]]),
    ], format="txt", path="snippet.txt")
    assert extract(document).to_json()["department"]["funds"]["initial_budget"] == 500


def test_year_spending_total_with_a_rate_is_the_department_executed_budget() -> None:
    result = facts("某镇文化站2022年度部门整体支出绩效自评报告", "一、部门整体支出情况",
                   "2022年度部门年初预算500.00万元，年中追加后调整预算为620.00万元。",
                   "本年支出合计600.00万元，预算执行率96.77%。其中：基本支出400.00万元，占66.67%；"
                   "项目支出200.00万元，占33.33%。")
    funds = result["department"]["funds"]
    assert (funds["initial_budget"], funds["adjusted_budget"], funds["executed"], funds["execution_rate"]) \
        == (500, 620, 600, 96.77)


def test_a_figure_that_opens_a_list_of_its_parts_named_as_this_years() -> None:
    result = facts("2023年度部门决算报告", "2023年本局支出情况",
                   "本年度基本支出500.00万元，其中人员经费400.00万元、公用经费100.00万元；项目支出200.00万元，主要用于检测。")
    found = spending(result)
    assert found[("expenditure_type", ("基本支出",), "final")] == 500
    assert found[("expenditure_type", ("项目支出",), "final")] == 200
    assert result["department"]["basic_expenditure"] == 500
    assert result["department"]["personnel_expenditure"] == 400
