"""The dashboard on a warehouse built from the seeds plus a republished copy, a report with no unit name and
a blank template: every page with real figures (AppTest), then end to end in Chromium."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest

from tests.conftest import ROOT
from tests.fixtures.browser import CHROMIUM_ARGS, start_dashboard

APP = ROOT / "dashboard" / "app.py"
CORPUS = ROOT / "tests" / "corpus" / "docs"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PAGES = {"单位比较": "views/compare.py", "执行率": "views/execution.py", "得分与评分虚高": "views/scores.py",
         "支出结构": "views/spending.py", "溯源": "views/drilldown.py", "数据状态": "views/status.py"}
REPUBLISHED = "宁夏回族自治区/红寺堡区总工会/2023/000_republished.txt"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory):
    from tests.test_warehouse import materialize_all

    base = tmp_path_factory.mktemp("dashboard")
    raw = base / "raw"
    shutil.copytree(ROOT / "raw", raw)
    # the same report published again (other bytes, same figures), a report whose unit the extractor cannot
    # name, and a blank 决算 template: one unit counted once, one listed by its file, one no unit at all
    original = raw / "宁夏回族自治区/红寺堡区总工会/2023/000_9f8c146217eb217a.txt"
    (raw / REPUBLISHED).write_text(original.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (raw / "other").mkdir()
    for name in ("B03_shouxian_bm_2023_pingfen.pdf", "template_juesuan_tables.pdf"):
        shutil.copy(CORPUS / name, raw / "other" / name)
    env = {"raw": raw, "db": base / "work.duckdb", "published": base / "selfeval.duckdb"}
    saved = dict(os.environ)
    os.environ.update({"WAREHOUSE_PATH": str(env["db"]), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"})
    from pipelines.run import prepare_manifest

    prepare_manifest()
    materialize_all(env)
    os.environ.update({"PUBLISHED_PATH": str(env["published"]), "RAW_DIR": str(raw)})
    yield env
    os.environ.clear()
    os.environ.update(saved)


def sql(env: dict, statement: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(env["published"]), read_only=True) as con:
        return con.execute(statement, params or []).fetchall()


def app_at(page: str, **sidebar: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=90).run()
    assert not at.exception, at.exception
    for key, value in sidebar.items():
        at.sidebar.selectbox(key=key).set_value(value).run()
    at.switch_page(PAGES[page]).run()
    assert not at.exception, at.exception
    return at


def frames(at) -> list:
    return [d.value for d in at.dataframe]


def frame_with(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def cells(at) -> str:
    return "\n".join(f.to_csv() for f in frames(at))


def test_every_page_opens_with_its_chinese_title_and_shows_missing_figures_as_a_dash(published) -> None:
    titles = {"单位比较": "单位比较", "执行率": "预算执行率", "得分与评分虚高": "自评得分与评分虚高",
              "支出结构": "支出结构", "溯源": "溯源：从单位、项目到原始表格", "数据状态": "数据状态"}
    for page, title in titles.items():
        at = app_at(page)
        assert [h.value for h in at.header] == [title]
        assert all(d.proto.placeholder == "—" for d in at.dataframe), page
        for table in at.dataframe:  # every column shown has a Chinese header
            config = json.loads(table.proto.columns)
            labels = [config.get(c, {}).get("label") or c for c in table.value.columns]
            assert all(not label.isascii() for label in labels), (page, labels)


def test_execution_page_shows_one_basis_per_bar_ranked_by_distance_from_100(published) -> None:
    at = app_at("执行率")
    units = frame_with(at, "rank_across_units")
    assert set(units["basis"]) == {"部门整体"}
    assert not units.duplicated(["unit_label", "fiscal_year"]).any()  # never two bases added up
    shigu = units[units["unit_label"].str.startswith("石鼓区总工会")].iloc[0]
    assert shigu["derived_execution_rate"] == pytest.approx(100.0)  # not 181 % (department + projects stacked)
    for _, year in units.dropna(subset=["derived_execution_rate"]).groupby("fiscal_year"):  # ranked per year
        ranks = year.sort_values("rank_across_units")
        assert ranks["rank_across_units"].tolist() == list(range(1, len(ranks) + 1))  # distinct, ties broken
        assert ranks["derived_execution_rate"].sub(100).abs().is_monotonic_increasing
    # 昌黎 prints 240.88 %: executed over 年初预算, said beside the figure
    changli = units[units["unit_label"].str.startswith("昌黎县总工会")].iloc[0]
    assert changli["reported_execution_rate"] == pytest.approx(240.88)
    assert changli["reported_rate_caveat"] == "报告执行率按年初预算数计算"
    assert any("昌黎县总工会" in w.value and "240.88" in w.value for w in at.warning)
    at.radio(key="basis").set_value("项目汇总").run()
    units = frame_with(at, "rank_across_units")
    assert set(units["basis"]) == {"项目汇总"}
    shigu = units[units["unit_label"].str.startswith("石鼓区总工会")].iloc[0]
    assert shigu["derived_execution_rate"] == pytest.approx(81.4286)
    projects = frame_with(at, "project_name")
    assert "2023年创城工作经费" in projects["project_name"].tolist()


def test_scores_page_charts_what_the_mart_computes(published) -> None:
    at = app_at("得分与评分虚高")
    project = frame_with(at, "rule_funds_score")
    row = project[project["project_name"] == "2023年创城工作经费"].iloc[0]
    assert (row["reported_funds_score"], row["rule_funds_score"], row["funds_score_gap"]) == (7, 4.2, 2.8)
    assert row["derived_execution_rate"] == pytest.approx(42.0)
    metrics = {m.label: m.value for m in at.metric}
    above = sql(published, "SELECT count(*) FILTER (WHERE funds_score_gap > 0.01), count(funds_score_gap) "
                           "FROM mart_score_inflation WHERE grain = 'project'")[0]
    assert metrics["资金得分高于规则"] == f"{above[0]} / {above[1]}" and above[0] >= 1
    low_but_top = sql(published, "SELECT count(*) FROM mart_score_inflation WHERE grain = 'project' AND "
                                 "derived_execution_rate < 90 AND reported_total_score >= 90")[0][0]
    assert metrics["执行率 < 90% 却得“优”"] == str(low_but_top) and low_but_top >= 1  # 创城: 42 %, scored 97


def test_spending_page_one_bar_per_unit_year_and_the_table_reads_the_same_rows(published) -> None:
    at = app_at("支出结构")
    split = frame_with(at, "basic_expenditure")
    assert not split.duplicated(["unit_label", "fiscal_year"]).any()
    yanbian = split[split["unit_label"].str.startswith("盐边县总工会")].iloc[0]
    assert (yanbian["basic_expenditure"], yanbian["project_expenditure"]) == (200.09, 32.25)
    assert split["unit_label"].notna().all()
    three = [f for f in frames(at) if "category" in f.columns and "phase" in f.columns][-1]
    assert {"三公经费", "三公经费 › 公务接待费"} <= set(three["category"])
    at = app_at("支出结构", province="四川省")
    shown = cells(at)
    assert "盐边县总工会" in shown and "红寺堡区总工会" not in shown


def test_category_names_are_normalised_once_from_the_vocabulary() -> None:
    """The clean_category macro (dbt) applied the way stg_spending applies it, with the category_aliases seed."""
    import jinja2

    macro = (ROOT / "dbt_project" / "macros" / "clean_category.sql").read_text(encoding="utf-8")
    expression = jinja2.Environment().from_string(macro + "{{ clean_category('x') }}").render()
    aliases = (ROOT / "dbt_project" / "seeds" / "category_aliases.csv").read_text(encoding="utf-8").splitlines()[1:]
    alias_map = dict(line.split(",")[:2] for line in aliases)
    printed = ["项目支出：", "其中：基本支出", "其中基本支出", "三公经费：", " 因公出国(境)费 ", "公务用车购置费"]
    with duckdb.connect() as con:
        cleaned = [con.execute(f"SELECT {expression} FROM (SELECT ? AS x)", [p]).fetchone()[0] for p in printed]
    cleaned = [alias_map.get(c, c) for c in cleaned]
    assert cleaned == ["项目支出", "基本支出", "基本支出", "三公经费", "因公出国（境）费", "公务用车购置"]


def test_year_filter_lists_every_year_and_the_theme_filter_says_where_it_applies(published) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=90).run()
    years = {y for (y,) in sql(published, "SELECT DISTINCT fiscal_year FROM stg_documents "
                                          "WHERE fiscal_year IS NOT NULL")}
    assert at.sidebar.selectbox(key="year").options == ["全部", *[f"{y}年度" for y in sorted(years, reverse=True)]]
    assert "只作用于项目级" in at.sidebar.selectbox(key="theme").help
    theme = at.sidebar.selectbox(key="theme").options[1]
    at.sidebar.selectbox(key="theme").set_value(theme).run()
    assert any(f"主题“{theme}”不作用于" in c.value for c in at.caption)  # 单位比较: unit-level figures only
    at.switch_page(PAGES["得分与评分虚高"]).run()
    assert any(f"主题：{theme}" in c.value for c in at.caption)
    in_theme = {n for (n,) in sql(published, "SELECT project_name FROM dim_project WHERE theme = ?", [theme])}
    assert set(frame_with(at, "rule_funds_score")["project_name"]) <= in_theme


def test_units_are_keyed_and_labelled_and_no_choice_crashes_a_page(published) -> None:
    from dashboard.common import unique_labels

    assert unique_labels(["1|鼓楼区总工会", "2|鼓楼区总工会"], ["鼓楼区总工会", "鼓楼区总工会"]) == {
        "鼓楼区总工会〔1|鼓楼区总工会〕": "1|鼓楼区总工会", "鼓楼区总工会〔2|鼓楼区总工会〕": "2|鼓楼区总工会"}
    labels = [label for (label,) in sql(published, "SELECT unit_label FROM dim_unit")]
    assert "红寺堡区总工会（宁夏回族自治区·吴忠市）" in labels
    assert "未识别单位：B03_shouxian_bm_2023_pingfen.pdf" in labels  # listed by its file until named
    assert not any("template_juesuan_tables" in label for label in labels)  # a blank template is no unit
    assert all(label and "None" not in label and "nan" not in label for label in labels)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=90).run()
    for unit in at.sidebar.selectbox(key="unit").options[1:]:
        at.sidebar.selectbox(key="unit").set_value(unit).run()
        for page in PAGES.values():
            at.switch_page(page).run()
            assert not at.exception, (unit, page, at.exception)


def test_a_republished_report_counts_once_and_the_status_page_says_so(published) -> None:
    rows = sql(published, "SELECT n_documents FROM dim_unit WHERE unit_name = '红寺堡区总工会'")
    assert rows == [(1,)]
    assert sql(published, "SELECT count(*) FROM mart_project_facts WHERE owner_name = '2023年创城工作经费' "
                          "AND fact_type = 'fund_row' AND label = 'total'") == [(1,)]  # not twice
    duplicate = sql(published, "SELECT path, counted_copy FROM mart_duplicate_documents")
    assert len(duplicate) == 1 and {duplicate[0][0], duplicate[0][1]} == {
        REPUBLISHED, "宁夏回族自治区/红寺堡区总工会/2023/000_9f8c146217eb217a.txt"}
    at = app_at("数据状态")
    assert {m.label: m.value for m in at.metric}["重复发布（未计入）"] == "1"
    assert duplicate[0][0] in frame_with(at, "counted_copy")["path"].tolist()


def test_status_page_lists_the_findings_in_chinese_with_unit_names(published) -> None:
    at = app_at("数据状态")
    findings = frame_with(at, "detail")
    n = sql(published, "SELECT count(*) FROM mart_dq_findings")[0][0]
    assert {m.label: m.value for m in at.metric}["数据质量提示"] == str(n) and n > 0
    mismatch = findings[findings["rule_title"] == "报告执行率与执行数/预算数不符"]
    assert any(u.startswith("昌黎县总工会") for u in mismatch["unit_label"])
    assert any("240.88%" in d for d in mismatch["detail"])
    assert not any(d.startswith(("reported", "executed", "score")) for d in findings["detail"].dropna())
    loaded = {m.label: m.value for m in at.metric}["最近加载"]
    assert loaded != "—" and len(loaded) == len("2026-01-01 00:00")  # readable, to the minute


def test_compare_page_places_a_unit_among_its_peers(published) -> None:
    at = app_at("单位比较")
    units = frame_with(at, "n_findings")
    assert len(units) == sql(published, "SELECT count(*) FROM mart_unit_year")[0][0]
    label = next(o for o in at.sidebar.selectbox(key="unit").options if o.startswith("盐边县总工会"))
    at.sidebar.selectbox(key="unit").set_value(label).run()
    assert not at.exception
    assert any(s.value.startswith("盐边县总工会（四川省·攀枝花市）（2024年度）与同类单位") for s in at.subheader)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["推算执行率 %"] == "133.09"
    assert any("报告执行率与全年执行数/全年预算数不符" in w.value for w in at.warning)
    findings = frame_with(at, "rule_title")  # the unit's findings on its page
    assert "执行数超过预算数" in set(findings["rule_title"])
    at.selectbox(key="measure").set_value("报告得分").run()
    assert {m.label: m.value for m in at.metric}["报告得分"] == "94.00"


def test_drilldown_reaches_summary_only_projects_and_the_original(published) -> None:
    at = app_at("溯源")
    label = next(o for o in at.selectbox(key="drill_unit").options if o.startswith("红寺堡区总工会"))
    at.selectbox(key="drill_unit").set_value(label).run()
    at.selectbox(key="drill_project").set_value("2023年创城工作经费（2023）").run()
    assert not at.exception
    text = cells(at)
    assert "投入创城经费一万元。" in text and "年度资金总额" in text
    assert any(c.value.startswith("来源文件：宁夏回族自治区/红寺堡区总工会/2023/000_") for c in at.caption)
    button = at.get("link_button")[0].proto
    assert button.label == "打开原始文件" and button.url.startswith("/original/")
    label = next(o for o in at.selectbox(key="drill_unit").options if o.startswith("昌黎县总工会"))
    at.selectbox(key="drill_unit").set_value(label).run()
    options = at.selectbox(key="drill_project").options
    assert "职工之家项目建设（2023）〔仅见于汇总表〕" in options  # named only in the 自评结果汇总表
    at.selectbox(key="drill_project").set_value("职工之家项目建设（2023）〔仅见于汇总表〕").run()
    assert not at.exception
    summary = frame_with(at, "label")
    assert summary["label"].tolist() == ["职工之家项目建设"]


def test_the_original_opens_inline_or_downloads_with_a_readable_name(published) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from dashboard.originals import ORIGINAL_ROUTE, serve_original

    client = TestClient(Starlette(routes=[Route(ORIGINAL_ROUTE + "/{document_id}", serve_original)]))
    pdf = sql(published, "SELECT document_id FROM stg_documents WHERE format = 'pdf' LIMIT 1")[0][0]
    response = client.get(f"{ORIGINAL_ROUTE}/{pdf}")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline") and response.content[:5] == b"%PDF-"
    text, year = sql(published, "SELECT document_id, fiscal_year FROM stg_documents "
                                "WHERE unit_name = '红寺堡区总工会'")[0]
    response = client.get(f"{ORIGINAL_ROUTE}/{text}")
    assert response.headers["content-disposition"].startswith("attachment")
    assert "%E7%BA%A2%E5%AF%BA%E5%A0%A1" in response.headers["content-disposition"]  # 红寺堡, in the file name
    assert f"_{year}_" in unquote(response.headers["content-disposition"])
    assert client.get(f"{ORIGINAL_ROUTE}/no-such-document").status_code == 404


def probes_base_path(url: str) -> bool:
    """Opened at /execution, Streamlit's frontend first asks /execution/_stcore/… (a 404), then the root."""
    path = url.split("//", 1)[-1].partition("/")[2]
    return "/_stcore/" in "/" + path and not path.startswith("_stcore/")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it: "
                                             "apt-get install chromium)")
def test_end_to_end_in_chromium(published, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    process, url = start_dashboard(published["published"], published["raw"], tmp_path / "dashboard.log")
    errors: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error"
                    and not m.text.startswith("Failed to load resource") else None)  # responses: below
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400
                    and not probes_base_path(r.url) else None)
            # each page has its own URL: an analyst can share a link
            for path, title in (("execution", "预算执行率"), ("scores", "自评得分与评分虚高"), ("spending", "支出结构"),
                                ("status", "数据状态"), ("", "单位比较")):
                page.goto(f"{url}/{path}")
                page.locator("[data-testid='stMain'] h2").filter(has_text=title).first.wait_for(timeout=30000)
                assert page.get_by_text("Page not found").count() == 0, path
            page.locator("[data-testid='stVegaLiteChart'], [data-testid='stArrowVegaLiteChart']").first.wait_for(
                timeout=30000)
            page.goto(f"{url}/execution?province=四川省")  # the filters are in the link too
            page.get_by_text("筛选：四川省", exact=True).wait_for(timeout=30000)
            page.goto(f"{url}/drilldown")
            page.get_by_text("溯源：从单位、项目到原始表格").wait_for(timeout=30000)
            unit_box = page.locator("[data-testid='stMain'] [data-testid='stSelectbox']").first
            unit_box.click()
            page.get_by_role("option", name="红寺堡区总工会（宁夏回族自治区·吴忠市）").click()
            page.get_by_text("来源文件：宁夏回族自治区/红寺堡区总工会/2023/000_").wait_for(timeout=30000)
            link = page.get_by_role("link", name="打开原始文件")
            href = link.get_attribute("href")
            assert href and href.startswith("/original/")
            download = page.request.get(url + href)
            assert download.ok and "attachment" in download.headers["content-disposition"]
            page.wait_for_timeout(1000)
            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot), full_page=True)
            browser.close()
        assert shot.stat().st_size > 10_000
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert not errors, errors
