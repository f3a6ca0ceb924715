"""The unit finder and the fiscal year on small hand-made documents, one kind of place at a time,
and on the labelled corpus (its unit and fiscal_year facts must all be right)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.documents.legacy import soffice
from pipelines.documents.model import Block, Document, Location, Paragraph, Table
from pipelines.recognize.facts import Unit
from pipelines.recognize.unit import find_fiscal_year, find_unit, region_of
from tests.conftest import LEGACY_SUFFIXES, corpus_document, corpus_files, corpus_gold


def doc(*blocks: Block, title: str = "", chrome: list[str] | None = None, fmt: str = "html") -> Document:
    return Document(blocks=list(blocks), format=fmt, title=title, chrome=chrome or [])


def region(unit: Unit) -> tuple[str | None, ...]:
    return unit.name, unit.province, unit.city, unit.county, unit.adcode


# -- kinds of unit ---------------------------------------------------------------------------------

def test_township_government_in_a_labelled_cell() -> None:
    unit = find_unit(doc(Paragraph("2023年度部门整体支出绩效自评表"),
                         Table([["预算部门、单位名称", "衡山县贯塘乡人民政府", "衡山县贯塘乡人民政府"]])))
    assert region(unit) == ("衡山县贯塘乡人民政府", "湖南省", "衡阳市", "衡山县", "430423")


def test_bare_township_takes_its_county_from_the_site() -> None:
    unit = find_unit(doc(
        Paragraph("当前位置：首页 > 政务公开 > 绩效自评公开情况"),
        Paragraph("下桥镇人民政府2024年度绩效自评报告"),
        Paragraph("来源：下桥镇 【字体：大 中 小】 打印"),
        title="下桥镇人民政府2024年度绩效自评报告-徐闻县人民政府网",
        chrome=["徐闻县人民政府网", "首页", "走进徐闻", "主办单位：徐闻县人民政府办公室"],
    ))
    assert region(unit) == ("下桥镇人民政府", "广东省", "湛江市", "徐闻县", "440825")


def test_township_of_several_counties_is_decided_by_the_other_places_named() -> None:
    guizhou = find_unit(doc(Paragraph("太白镇人民政府2021年度部门整体支出绩效自评报告"),
                            Paragraph("为贯彻遵义市绥阳县的部署，我镇认真开展自评。")))
    assert (guizhou.county, guizhou.adcode) == ("绥阳县", "520323")
    jiangxi = find_unit(doc(Paragraph("太白镇人民政府2021年度部门整体支出绩效自评报告"),
                            Paragraph("按照婺源县财政局的统一部署开展自评。")))
    assert (jiangxi.county, jiangxi.adcode) == ("婺源县", "361130")


def test_street_office_under_a_city_without_counties() -> None:
    unit = find_unit(doc(Paragraph("东莞市万江街道办事处2023年度部门决算")))
    assert region(unit) == ("东莞市万江街道办事处", "广东省", "东莞市", None, "441900")


@pytest.mark.parametrize("township", ["青禾镇", "星火镇"])  # unknown to the gazetteer; known elsewhere only
def test_township_the_gazetteer_does_not_place_lies_in_the_sites_county(township: str) -> None:
    unit = find_unit(doc(Paragraph(f"{township}人民政府2023年度部门整体支出绩效自评报告"),
                         title=f"{township}人民政府2023年度部门整体支出绩效自评报告_绥阳县人民政府",
                         chrome=["绥阳县人民政府"]))
    assert region(unit) == (f"{township}人民政府", "贵州省", "遵义市", "绥阳县", "520323")


@pytest.mark.parametrize(("text", "expected"), [
    ("永德县明朗中学2022年度项目支出绩效自评报告", ("永德县明朗中学", "530923")),
    ("广水市白泉卫生院部门2023年度部门决算", ("广水市白泉卫生院", "421381")),
    ("昆明市呈贡区云大附中呈贡中学", ("昆明市呈贡区云大附中呈贡中学", "530114")),
    ("金寨县茶谷和美丽乡村建设服务中心2023年度部门整体支出绩效自评表", ("金寨县茶谷和美丽乡村建设服务中心", "341524")),
    ("中共临湘市委宣传部2022年部门预算说明", ("中共临湘市委宣传部", "430682")),
    ("长沙高新区管委会2023年度部门整体支出绩效自评报告", ("长沙高新区管委会", "430100")),
    ("南昌市烈士陵园管理处2022年度项目支出绩效自评总报告", ("南昌市烈士陵园管理处", "360100")),
    ("2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表", ("昌宁县卡斯镇", "530524")),
    ("耒阳市第四中学专项资金绩效自评价报告", ("耒阳市第四中学", "430481")),
    ("襄樊市民政局2009年度部门决算", ("襄樊市民政局", "420600")),
])
def test_schools_hospitals_centres_party_organs_and_zones_in_a_title(text: str, expected: tuple[str, str]) -> None:
    unit = find_unit(doc(Paragraph(text), Paragraph("一、基本情况")))
    assert (unit.name, unit.adcode) == expected


def test_library_in_a_stamp_line_is_city_level() -> None:
    unit = find_unit(doc(Paragraph("2022 年度共享工程项目自评表"),
                         Paragraph("项目单位（盖章）：黄石市图书馆 主要领导签字："), fmt="pdf"))
    assert region(unit) == ("黄石市图书馆", "湖北省", "黄石市", None, "420200")


# -- how the name is printed ------------------------------------------------------------------------

@pytest.mark.parametrize(("cells", "expected"), [
    (["主管部门", "[155]濉溪县民政局"], "濉溪县民政局"),
    (["单位名称", "219001-衡山县财政局"], "衡山县财政局"),
    (["单位名称", "南县财政局本级"], "南县财政局"),
    (["填报单位（盖章）", "绥阳县太白镇人民政府"], "绥阳县太白镇人民政府"),
    (["主管部门", "大英县司法局部门"], "大英县司法局"),
])
def test_code_prefixes_stamps_and_scope_words_are_not_part_of_the_name(cells: list[str], expected: str) -> None:
    assert find_unit(doc(Table([cells + ["", ""]]))).name == expected


def test_labelled_line_with_stamp_and_letter_spacing() -> None:
    stamped = doc(Paragraph("填报单位（盖章）：绥阳县太白镇人民政府  填报日期：2022年2月3日"))
    assert find_unit(stamped).name == "绥阳县太白镇人民政府"
    assert find_unit(doc(Paragraph("单 位 名 称： 岳阳市水利局"), fmt="pdf")).name == "岳阳市水利局"
    unit_line = doc(Paragraph("单位：绥阳县太白镇人民政府 金额单位：万元"), Table([["项目", "金额"], ["单位", "万元"]]))
    assert find_unit(unit_line).name == "绥阳县太白镇人民政府"
    run_in = doc(Paragraph("项目单位淳安县文化和广电旅游体育局"), fmt="pdf")
    assert find_unit(run_in).name == "淳安县文化和广电旅游体育局"


def test_label_above_its_value_and_a_column_of_one_unit() -> None:
    assert find_unit(doc(Table([["单位名称\n昌宁县卡斯镇人民政府", "单位：万元"]]))).name == "昌宁县卡斯镇人民政府"
    column = Table([["序号", "单位名称", "项目名称"], ["1", "金华市救助管理站", "救助经费"],
                    ["2", "金华市救助管理站", "运行经费"]])
    assert find_unit(doc(column)).name == "金华市救助管理站"
    several = Table([["序号", "单位名称", "备注"], ["1", "上海市普陀区财政局（本级）", ""],
                     ["2", "上海市普陀区国库收付中心", "预算不单列"]])
    assert find_unit(doc(several)) == Unit()


def test_implementing_unit_beats_department_and_title() -> None:
    unit = find_unit(doc(
        Paragraph("部门：临沧市永德县明朗中学"),
        Table([["主管部门", "永德县教育体育局", "实施单位", "永德县明朗中学"]]),
        title="临沧市永德县明朗中学2022年度部门决算公开表",
    ))
    assert region(unit) == ("永德县明朗中学", "云南省", "临沧市", "永德县", "530923")


def test_an_internal_section_as_implementing_unit_leaves_the_department() -> None:
    unit = find_unit(doc(Table([["县级主管部门", "衡山县商务和粮食局", "实施单位", "粮食调控储备与产业发展股"]])))
    assert unit.name == "衡山县商务和粮食局"


def test_form_maker_and_notice_issuer_are_not_the_unit() -> None:
    unit = find_unit(doc(
        Paragraph("2022年度项目支出绩效自评总报告"),
        Paragraph("根据南昌市财政局关于开展2022年度单位自评及部门评价工作的通知，我单位开展了自评。"),
        Paragraph("（一）南昌市烈士陵园管理处2022年度共有5个项目"),
        Paragraph("岳阳市财政局（制）"),
    ))
    assert unit.name == "南昌市烈士陵园管理处"


def test_ordinals_tax_bureaus_and_template_placeholders() -> None:
    assert find_unit(doc(Paragraph("衡阳市第8中学2023年度部门整体支出绩效自评报告"))).name == "衡阳市第8中学"
    tax = find_unit(doc(Table([["单位名称", "国家税务总局衡山县税务局"]])))
    assert (tax.name, tax.county) == ("国家税务总局衡山县税务局", "衡山县")
    assert find_unit(doc(Paragraph("上海市 XX 局2024 年度部门决算"), Paragraph("第一部分 上海市 XX 局概况"))) == Unit()


def test_title_broken_inside_the_name() -> None:
    unit = find_unit(doc(Paragraph("大英县文化广播电视和"), Paragraph("旅游局2022年度单位决算"), fmt="pdf"))
    assert unit.name == "大英县文化广播电视和旅游局"


# -- where the name is printed ------------------------------------------------------------------------

def test_unit_named_only_in_a_sheet_tab() -> None:
    table = Table([["项目", "2023年预算数"], ["三公经费", "1.2"]], Location(sheet="衡山县贯塘乡人民政府"))
    assert find_unit(doc(table, fmt="xlsx")).name == "衡山县贯塘乡人民政府"


def test_unit_named_only_in_the_files_title_property() -> None:
    unit = find_unit(doc(Paragraph("部门整体支出绩效自评报告"), title="8.金华市救助管理站2021年度单位决算", fmt="docx"))
    assert region(unit) == ("金华市救助管理站", "浙江省", "金华市", None, "330700")


def test_unit_named_only_in_the_html_title_not_its_site() -> None:
    unit = find_unit(doc(Paragraph("部门整体支出绩效自评表"),
                         title="金寨县茶谷和美丽乡村建设服务中心2023年度部门整体支出绩效自评表_金寨县人民政府",
                         chrome=["金寨县人民政府"]))
    assert unit.name == "金寨县茶谷和美丽乡村建设服务中心"


def test_unit_named_only_in_the_breadcrumbs() -> None:
    unit = find_unit(doc(Paragraph("绩效自评报告"), Paragraph("一、绩效目标分解下达情况"),
                         chrome=["万源市人民政府", "当前位置：首页 > 信息公开 > 部门信息公开 > 万源市民政局"]))
    assert region(unit) == ("万源市民政局", "四川省", "达州市", "万源市", "511781")


def test_unit_named_in_a_department_line() -> None:
    unit = find_unit(doc(Table([["部门：南漳县招商服务中心", "部门：南漳县招商服务中心", "公开01表\n金额单位：万元"]])))
    assert (unit.name, unit.county) == ("南漳县招商服务中心", "南漳县")


def test_unit_named_only_in_running_text() -> None:
    unit = find_unit(doc(Paragraph("2022年度项目支出绩效自评总报告"),
                         Paragraph("为加强项目资金管理，南昌市烈士陵园管理处2022年度对5个项目开展了自评。")))
    assert unit.name == "南昌市烈士陵园管理处"


def test_placeless_unit_lies_in_the_sites_county() -> None:
    unit = find_unit(doc(Table([["实施单位", "县民政局"]]), chrome=["濉溪县人民政府"],
                         title="（临时救助）绩效目标自评表_濉溪县人民政府"))
    assert region(unit) == ("县民政局", "安徽省", "淮北市", "濉溪县", "340621")


# -- the publisher is not the unit -------------------------------------------------------------------

def test_portal_header_names_the_publisher_not_the_unit() -> None:
    unit = find_unit(doc(
        Paragraph("濉溪县人民政府"),
        Paragraph("当前位置：首页 > 政府信息公开 > 县民政局 > 财政预决算"),
        Paragraph("（临时救助）绩效目标自评表"),
        Table([["项目名称", "临时救助"], ["主管部门", "[155]濉溪县民政局"]]),
        Paragraph("主办：濉溪县人民政府"),
        title="（临时救助）绩效目标自评表_濉溪县人民政府",
        chrome=["濉溪县人民政府", "主办：濉溪县人民政府"],
    ))
    assert region(unit) == ("濉溪县民政局", "安徽省", "淮北市", "濉溪县", "340621")


def test_site_header_kept_in_the_blocks_and_a_party_committee_header() -> None:
    layout = Table([["南县人民政府"], ["首页 | 政务公开 | 走进南县"],
                    ["南县财政局2020年度 机关整体支出绩效评价报告\n来源：南县财政局"], ["主办：南县人民政府办公室"]])
    assert find_unit(doc(layout)).name == "南县财政局"
    party = find_unit(doc(Paragraph("中共岳阳市委"), Paragraph("岳阳市水利局2019年度部门整体支出绩效评价自评报告")))
    assert party.name == "岳阳市水利局"


def test_media_centre_site_is_not_the_unit() -> None:
    unit = find_unit(doc(Paragraph("大英县融媒体中心"), Paragraph("第二部分 2022年度单位决算情况说明"),
                         title="大英县文化广播电视和旅游局2022年度单位决算(第2页)-大英县融媒体中心",
                         chrome=["大英县融媒体中心", "大英县融媒体中心 版权所有"]))
    assert unit.name == "大英县文化广播电视和旅游局"


def test_a_menu_of_departments_is_not_the_unit() -> None:
    unit = find_unit(doc(Paragraph("衡山县民政局"), Paragraph("衡山县财政局"), Paragraph("衡山县教育局"),
                         Paragraph("部门整体支出绩效自评表"), Table([["部门", "衡山县商务和粮食局"]])))
    assert unit.name == "衡山县商务和粮食局"


def test_region_government_alone_in_a_first_line_is_not_the_unit() -> None:
    assert find_unit(doc(Paragraph("衡山县人民政府"), Paragraph("2023年度部门整体支出绩效自评表"), fmt="pdf")) == Unit()


# -- regions ----------------------------------------------------------------------------------------

def test_city_level_municipality_and_autonomous_short_forms() -> None:
    assert region(find_unit(doc(Paragraph("益阳市总工会2023年度部门整体支出绩效自评报告")))) == (
        "益阳市总工会", "湖南省", "益阳市", None, "430900")
    assert region(find_unit(doc(Paragraph("上海市普陀区财政局"), Paragraph("年度部门决算")))) == (
        "上海市普陀区财政局", "上海市", "上海市", "普陀区", "310107")
    zhoushan = find_unit(doc(Paragraph("普陀区财政局2024年度部门决算"), Paragraph("浙江省舟山市普陀区财政局主要职能")))
    assert (zhoushan.province, zhoushan.city, zhoushan.adcode) == ("浙江省", "舟山市", "330903")
    hekou = region_of("河口县总工会", "云南省红河州河口县总工会2023年度部门整体支出绩效自评报告")
    assert (hekou.city, hekou.county, hekou.adcode) == ("红河哈尼族彝族自治州", "河口瑶族自治县", "532532")


def test_no_unit_printed_gives_an_empty_unit() -> None:
    document = doc(
        Paragraph("2023 年度部门整体支出绩效评价自评表"),
        Table([["序号", "一级指标", "二级指标", "三级指标", "分值", "指标解释", "得分"],
               ["1", "规划 (15分)", "基础信息 (3分)", "基础信息完整性", "3", "部门及所属二级单位预算基础信息是否完整",
                "3"]]),
        title="2023年度部门整体支出绩效评价自评表", fmt="pdf",
    )
    assert find_unit(document) == Unit()


# -- fiscal year ------------------------------------------------------------------------------------

def test_year_only_as_filling_date_is_the_year_before() -> None:
    document = doc(Paragraph("部门整体支出绩效自评表"),
                   Table([["单位（盖章）：绥阳县太白镇人民政府", "填报日期：2022年2月3日"],
                          ["资金来源", "年初预算数（A）", "全年执行数（B）"],
                          ["年度资金总额：", "1172.55", "1268.72"]]))
    assert find_fiscal_year(document) == 2021


def test_year_in_a_table_caption() -> None:
    table = Table([["绩效目标自评表"] * 3, ["（2019年度）"] * 3, ["项目名称", "临时救助", "临时救助"]])
    assert find_fiscal_year(doc(Paragraph("（临时救助）绩效目标自评表"), table)) == 2019


def test_year_split_from_its_nian_du() -> None:
    document = doc(Paragraph("上海市普陀区财政局"), Paragraph("年度部门决算"),
                   Paragraph("上海市普陀区财政局 年度收入支出总计 万元。与 年度相比，收入"),
                   Paragraph("2024 2995.39 2023"),
                   Paragraph("预算数的主要原因：当年度无 三公 经费。 年度 三公 经费财政拨款支出决算数与 年度持平。"),
                   Paragraph("2024 “ ” 2023"), fmt="pdf")
    assert find_fiscal_year(document) == 2024


def test_report_and_publication_dates_and_document_numbers_are_not_the_year() -> None:
    document = doc(Paragraph("岳阳市 2019 年度部门整体支出"), Paragraph("报告日期： 2020 年 6 月 15 日"),
                   Paragraph("根据《关于开展 2020 年市级财政资金绩效自评工作的通知》（岳财绩〔2020〕5 号）要求，"
                             "我单位开展了自评。"),
                   Paragraph("发布日期：2020-08-12"), fmt="pdf")
    assert find_fiscal_year(document) == 2019
    assert find_fiscal_year(doc(Paragraph("2021年度困难群众救助补助资金绩效自评报告"),
                                Paragraph("收到资金9056万元（川财社〔2022〕165号、川财绩〔2022〕5号）。"))) == 2021


def test_budget_publication_takes_the_budget_year() -> None:
    document = doc(Paragraph("2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表"), Paragraph("单位：万元"),
                   Table([["项目", "2024年预算数", "2023年预算数", "增减"], ["合计", "3.2", "3.5", "-0.3"]]),
                   Paragraph("注：2023年决算数为2.8万元。"), fmt="xlsx")
    assert find_fiscal_year(document) == 2024


def test_year_in_chinese_numerals_labels_and_title_property() -> None:
    assert find_fiscal_year(doc(Paragraph("二〇二二年度部门决算"))) == 2022
    assert find_fiscal_year(doc(Table([["预算年度：2023", "单位：万元"], ["项目", "金额"]]))) == 2023
    titled = doc(Paragraph("部门决算"), title="2024年上海市普陀区财政局部门决算表.pdf", fmt="pdf")
    assert find_fiscal_year(titled) == 2024


def test_comparison_and_stray_years_lose_to_the_title() -> None:
    document = doc(Paragraph("广水市白泉卫生院部门2023年度部门决算"),
                   Paragraph("纳入广水市白泉卫生院2022年度部门决算编制范围的二级预算单位包括："),
                   Paragraph("2023年本年收入合计4680.58万元，与2022年相比增加12万元，截至2022年底结余0万元。"))
    assert find_fiscal_year(document) == 2023


def test_no_year_printed() -> None:
    assert find_fiscal_year(doc(Paragraph("部门整体支出绩效自评表"))) is None


# -- the labelled corpus ------------------------------------------------------------------------------

def _corpus_params() -> list[object]:
    out = []
    for path in corpus_files():
        if corpus_gold(path) is None:
            continue
        missing = path.suffix.lower() in LEGACY_SUFFIXES and soffice() is None
        skip = pytest.mark.skip(reason="LibreOffice is not installed: legacy formats cannot be read")
        marks = [skip] if missing else []
        out.append(pytest.param(path, id=path.stem, marks=marks))
    return out


@pytest.mark.parametrize("path", _corpus_params())
def test_corpus_unit_and_fiscal_year(path: Path) -> None:
    gold = corpus_gold(path)
    assert gold is not None
    document = corpus_document(path.name)
    assert find_unit(document).to_json() == gold["unit"]
    assert find_fiscal_year(document) == gold["fiscal_year"]


# -- what the readers give the finder ------------------------------------------------------------------

def test_readers_fill_title_and_page_furniture() -> None:
    page = corpus_document("D01_xuwen_xqz_2024_zhengti.html")
    assert page.title == "下桥镇人民政府2024年度绩效自评报告-徐闻县人民政府网"
    assert "徐闻县人民政府网" in page.chrome and "主办单位：徐闻县人民政府办公室" in page.chrome
    assert not any("下桥镇人民政府2024年度" in c for c in page.chrome)  # the article's own title is content
    kept = corpus_document("A02_suixi_mzj_2019_linshijiuzhu.html")  # a header the reader keeps in the blocks
    assert "濉溪县人民政府" in kept.chrome and kept.blocks[0].text == "濉溪县人民政府"  # type: ignore[union-attr]
    assert corpus_document("C06_linxiang_xcb_2022_yusuan.docx").title == "中共临湘市委宣传部2022年部门预算说明"
    assert corpus_document("B01_hengshan_gtx_2023_jichu.xlsx").title == "411001-衡山县贯塘乡人民政府2023年部门决算公开"
    assert corpus_document("real_putuo_czj_2024_juesuan.pdf").title == "2024年上海市普陀区财政局部门决算表.pdf"
