"""Streamlit dashboard on the dbt marts: compare units at a glance, drill down to the source cell.

    streamlit run dashboard/app.py      (or: make dashboard)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import altair as alt  # noqa: E402
import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from dashboard.data import query, version, warehouse_file, where  # noqa: E402
from pipelines import paths  # noqa: E402

PAGES = ("执行率", "得分与评分虚高", "支出结构", "溯源", "数据状态")
FUND_ROW_NAMES = {"total": "年度资金总额", "current_appropriation": "其中：当年财政拨款",
                  "carryover": "上年结转资金", "other": "其他资金"}
MONEY = "%.2f 万元"


@st.cache_data(show_spinner=False)
def cached(sql: str, params: tuple, file_version: float) -> pd.DataFrame:
    return query(sql, list(params))


def q(sql: str, params: list | None = None) -> pd.DataFrame:
    return cached(sql, tuple(params or []), version())


def money(label: str) -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(label, format=MONEY)


def rate(label: str) -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(label, format="%.1f%%")


def sidebar() -> tuple[str, dict[str, object]]:
    st.sidebar.title("绩效自评数据仓库")
    page = st.sidebar.radio("页面", PAGES, key="page")
    units = q("SELECT unit_key, unit_name, province FROM dim_unit ORDER BY province, unit_name")
    years = q("SELECT DISTINCT fiscal_year FROM mart_score_inflation WHERE fiscal_year IS NOT NULL ORDER BY 1")
    themes = q("SELECT DISTINCT category AS theme FROM mart_spending_categories WHERE category_type = 'theme' "
               "ORDER BY 1")
    provinces = ["全部"] + sorted(units["province"].dropna().unique().tolist())
    province = st.sidebar.selectbox("省份", provinces, key="province")
    shown = units if province == "全部" else units[units["province"] == province]
    unit = st.sidebar.selectbox("单位", ["全部"] + shown["unit_name"].tolist(), key="unit")
    year = st.sidebar.radio("年度", ["全部"] + [str(y) for y in years["fiscal_year"]], key="year", horizontal=True)
    theme = st.sidebar.selectbox("主题", ["全部"] + themes["theme"].tolist(), key="theme")
    filters = {
        "province": None if province == "全部" else province,
        "unit": None if unit == "全部" else unit,
        "year": None if year == "全部" else int(year),
        "theme": None if theme == "全部" else theme,
    }
    return page, filters


UNIT_COLUMNS = {"province": "province", "unit": "unit_name", "year": "fiscal_year"}


def theme_clause(filters: dict[str, object], id_column: str = "project_id") -> tuple[str, list]:
    if filters.get("theme") is None:
        return "", []
    return f" AND {id_column} IN (SELECT project_id FROM dim_project WHERE theme = ?)", [filters["theme"]]


def page_execution(filters: dict[str, object]) -> None:
    st.header("预算执行率")
    clause, params = where(filters, UNIT_COLUMNS)
    units = q("SELECT unit_name, fiscal_year, basis, initial_budget, adjusted_budget, executed, "
              "reported_execution_rate, derived_execution_rate, budget_credibility, credibility_band, "
              "rank_across_units FROM mart_execution_rate" + clause + (" AND " if clause else " WHERE ")
              + "level = 'unit' ORDER BY fiscal_year, basis, rank_across_units", params)
    st.subheader("单位排名（按金额加权的执行率）")
    if units.empty:
        st.info("没有符合筛选条件的单位。")
    else:
        chart = units.melt(id_vars=["unit_name", "basis"], value_vars=["reported_execution_rate",
                           "derived_execution_rate"], var_name="kind", value_name="rate").dropna()
        chart["kind"] = chart["kind"].map(
            {"reported_execution_rate": "报告执行率", "derived_execution_rate": "推算执行率"})
        st.altair_chart(alt.Chart(chart).mark_bar().encode(
            x=alt.X("rate:Q", title="执行率 %"), y=alt.Y("unit_name:N", title=None, sort="-x"),
            color=alt.Color("kind:N", title=None), yOffset="kind:N",
            tooltip=["unit_name", "basis", "kind", alt.Tooltip("rate:Q", format=".1f")],
        ), width="stretch")
        st.dataframe(units, hide_index=True, width="stretch", column_config={
            "unit_name": "单位", "fiscal_year": "年度", "basis": "口径", "initial_budget": money("年初预算数"),
            "adjusted_budget": money("全年预算数"), "executed": money("全年执行数"),
            "reported_execution_rate": rate("报告执行率"), "derived_execution_rate": rate("推算执行率"),
            "budget_credibility": rate("执行数/年初预算"), "credibility_band": "预算可信度等级 (PEFA)",
            "rank_across_units": "排名"})
    extra, extra_params = theme_clause(filters)
    projects = q("SELECT unit_name, fiscal_year, project_name, adjusted_budget, executed, reported_execution_rate, "
                 "derived_execution_rate, distance_from_100, credibility_band FROM mart_execution_rate"
                 + clause + (" AND " if clause else " WHERE ") + "level = 'project'" + extra
                 + " ORDER BY distance_from_100 DESC NULLS LAST LIMIT 20", params + extra_params)
    st.subheader("执行率偏离 100% 最远的项目")
    st.dataframe(projects, hide_index=True, width="stretch", column_config={
        "unit_name": "单位", "fiscal_year": "年度", "project_name": "项目名称", "adjusted_budget": money("全年预算数"),
        "executed": money("全年执行数"), "reported_execution_rate": rate("报告执行率"),
        "derived_execution_rate": rate("推算执行率"), "distance_from_100": rate("偏离 100%"),
        "credibility_band": "等级"})


def page_scores(filters: dict[str, object]) -> None:
    st.header("自评得分与评分虚高")
    clause, params = where(filters, UNIT_COLUMNS)
    extra, extra_params = theme_clause(filters)
    projects = q("SELECT * FROM mart_score_inflation" + clause + (" AND " if clause else " WHERE ")
                 + "level = 'project'" + extra + " ORDER BY evidence_gap DESC NULLS LAST, funds_score_gap DESC",
                 params + extra_params)
    st.caption("对角线以上的点：报告得分高于证据支持的得分（评分虚高）。圆点为项目，方块为单位。")
    unit_points = q("SELECT unit_name, fiscal_year, '（单位）' AS project_name, reported_total_score, "
                    "evidence_adjusted_score, funds_score_gap, 'unit' AS level FROM mart_score_inflation" + clause
                    + (" AND " if clause else " WHERE ") + "level = 'unit' AND evidence_adjusted_score IS NOT NULL",
                    params)
    plotted = pd.concat([projects.assign(level="project"), unit_points], ignore_index=True).dropna(
        subset=["evidence_adjusted_score", "reported_total_score"])
    if not plotted.empty:
        points = alt.Chart(plotted).mark_point(size=90, filled=True).encode(
            x=alt.X("evidence_adjusted_score:Q", title="证据调整后得分", scale=alt.Scale(zero=False)),
            y=alt.Y("reported_total_score:Q", title="报告得分", scale=alt.Scale(zero=False)),
            color=alt.Color("unit_name:N", title="单位"),
            shape=alt.Shape("level:N", title=None, scale=alt.Scale(domain=["project", "unit"],
                                                                  range=["circle", "square"])),
            tooltip=["unit_name", "project_name", "reported_total_score", "evidence_adjusted_score",
                     "funds_score_gap"])
        low = float(min(plotted["evidence_adjusted_score"].min(), plotted["reported_total_score"].min()))
        diagonal = alt.Chart(pd.DataFrame({"x": [low, 100.0], "y": [low, 100.0]})).mark_line(
            strokeDash=[4, 4], color="gray").encode(x="x:Q", y="y:Q")
        st.altair_chart(points + diagonal, width="stretch")
    st.subheader("项目：各项规则")
    st.dataframe(projects[["unit_name", "fiscal_year", "project_name", "reported_total_score", "reported_grade",
                           "implied_grade", "funds_weight", "reported_funds_score", "rule_funds_score",
                           "funds_score_gap", "share_full_marks", "n_full_marks_missing_target",
                           "share_qualitative", "share_boilerplate", "n_weights_not_100", "n_total_inconsistent",
                           "n_grade_inconsistent", "evidence_adjusted_score", "evidence_gap"]],
                 hide_index=True, width="stretch", column_config={
                     "unit_name": "单位", "fiscal_year": "年度", "project_name": "项目名称",
                     "reported_total_score": "报告得分", "reported_grade": "评价等级", "implied_grade": "应得等级",
                     "funds_weight": "资金分值", "reported_funds_score": "资金得分（报告）",
                     "rule_funds_score": "资金得分（按规则）", "funds_score_gap": "资金得分差",
                     "share_full_marks": st.column_config.NumberColumn("满分指标占比", format="percent"),
                     "n_full_marks_missing_target": "满分但未达标",
                     "share_qualitative": st.column_config.NumberColumn("定性指标占比", format="percent"),
                     "share_boilerplate": st.column_config.NumberColumn("重复指标占比", format="percent"),
                     "n_weights_not_100": "权重≠100", "n_total_inconsistent": "总分不符",
                     "n_grade_inconsistent": "等级不符", "evidence_adjusted_score": "证据调整后得分",
                     "evidence_gap": "虚高分"})
    units = q("SELECT unit_name, fiscal_year, reported_total_score, department_score, department_grade, "
              "mean_summary_score, share_summary_excellent, share_full_marks, share_qualitative, "
              "n_grade_inconsistent, evidence_gap FROM mart_score_inflation" + clause
              + (" AND " if clause else " WHERE ") + "level = 'unit' ORDER BY reported_total_score DESC", params)
    st.subheader("单位")
    st.dataframe(units, hide_index=True, width="stretch", column_config={
        "unit_name": "单位", "fiscal_year": "年度", "reported_total_score": "报告得分",
        "department_score": "部门整体得分",
        "department_grade": "部门整体等级", "mean_summary_score": "清单平均得分",
        "share_summary_excellent": st.column_config.NumberColumn("“优”占比", format="percent"),
        "share_full_marks": st.column_config.NumberColumn("满分指标占比", format="percent"),
        "share_qualitative": st.column_config.NumberColumn("定性指标占比", format="percent"),
        "n_grade_inconsistent": "等级不符", "evidence_gap": "虚高分"})


def page_spending(filters: dict[str, object]) -> None:
    st.header("支出结构")
    clause, params = where(filters, UNIT_COLUMNS)
    base = "SELECT * FROM mart_spending_categories" + clause + (" AND " if clause else " WHERE ")
    split = q(base + "category_type = 'expenditure_type' AND phase = 'final' "
                     "AND category IN ('基本支出', '项目支出')", params)
    st.subheader("基本支出与项目支出（决算）")
    if split.empty:
        st.info("所选单位没有公布基本支出/项目支出。")
    else:
        st.altair_chart(alt.Chart(split).mark_bar().encode(
            x=alt.X("amount:Q", title="万元"), y=alt.Y("unit_name:N", title=None),
            color=alt.Color("category:N", title=None), tooltip=["unit_name", "fiscal_year", "category", "amount"]),
            width="stretch")
        table = split.pivot_table(index=["unit_name", "fiscal_year"], columns="category", values="amount",
                                  aggfunc="first").reset_index()
        st.dataframe(table, hide_index=True, width="stretch", column_config={
            "unit_name": "单位", "fiscal_year": "年度", "基本支出": money("基本支出"), "项目支出": money("项目支出")})
    theme_filter = " AND category = ?" if filters.get("theme") else ""
    themes = q(base + "category_type = 'theme'" + theme_filter + " ORDER BY unit_name, amount DESC",
               params + ([filters["theme"]] if filters.get("theme") else []))
    st.subheader("项目主题")
    st.dataframe(themes[["unit_name", "fiscal_year", "category", "amount", "share_of_category", "amount_per_staff"]],
                 hide_index=True, width="stretch", column_config={
                     "unit_name": "单位", "fiscal_year": "年度", "category": "主题", "amount": money("金额"),
                     "share_of_category": st.column_config.NumberColumn("占项目资金", format="percent"),
                     "amount_per_staff": money("人均")})
    columns = ["unit_name", "fiscal_year", "category", "code", "phase", "amount", "share_of_category"]
    config = {"unit_name": "单位", "fiscal_year": "年度", "category": "科目", "code": "科目编码", "phase": "阶段",
              "amount": money("金额"), "share_of_category": st.column_config.NumberColumn("占比", format="percent")}
    st.subheader("功能分类（类/款/项）")
    st.dataframe(q(base + "category_type = 'functional' ORDER BY unit_name, code, category", params)[columns],
                 hide_index=True, width="stretch", column_config=config)
    st.subheader("“三公”经费")
    st.dataframe(q(base + "category_type = 'three_public' ORDER BY unit_name, fiscal_year, phase, category",
                   params)[columns], hide_index=True, width="stretch", column_config=config)


def page_drilldown(filters: dict[str, object]) -> None:
    st.header("溯源：从单位、项目到原始表格")
    clause, params = where(filters, UNIT_COLUMNS)
    owners = q("SELECT DISTINCT unit_name, fiscal_year, owner_id, owner_name FROM mart_project_facts" + clause
               + " ORDER BY unit_name, fiscal_year, owner_name", params)
    if owners.empty:
        st.info("没有符合筛选条件的项目。")
        return
    unit = st.selectbox("单位", owners["unit_name"].unique().tolist(), key="drill_unit")
    mine = owners[owners["unit_name"] == unit]
    labels = {f"{r.owner_name}（{r.fiscal_year}）": r.owner_id for r in mine.itertuples()}
    choice = st.selectbox("项目", list(labels), key="drill_project")
    facts = q("SELECT * FROM mart_project_facts WHERE owner_id = ? ORDER BY fact_type, seq", [labels[choice]])
    facts = facts.assign(label=facts["label"].replace(FUND_ROW_NAMES))
    funds = facts[facts["fact_type"] == "fund_row"]
    indicators = facts[facts["fact_type"] == "indicator"]
    # the document is named once below; page and sheet only where the format has them
    where_cols = {k: v for k, v in {"page": "页", "sheet": "工作表"}.items() if facts[k].notna().any()}
    where_cols["source_text"] = "原文"
    st.subheader("项目资金")
    st.dataframe(funds[["label", "initial_budget", "adjusted_budget", "executed", "weight", "execution_rate",
                        "score", *where_cols]], hide_index=True, width="stretch", column_config={
        "label": "资金行", "initial_budget": money("年初预算数"), "adjusted_budget": money("全年预算数"),
        "executed": money("全年执行数"), "weight": "分值", "execution_rate": rate("执行率"), "score": "得分",
        **where_cols})
    st.subheader("绩效指标")
    st.dataframe(indicators[["level1", "level2", "label", "target", "actual", "weight", "score", "deviation",
                             *where_cols]], hide_index=True, width="stretch", column_config={
        "level1": "一级指标", "level2": "二级指标", "label": "三级指标", "target": "年度指标值", "actual": "实际完成值",
        "weight": "分值", "score": "得分", "deviation": "偏差原因", **where_cols})
    if not facts.empty:
        document = facts.iloc[0]
        original = paths.raw_dir() / str(document["document_path"])
        st.caption(f"来源文件：{document['document_path']}")
        if original.exists():
            st.download_button("打开原始文件", original.read_bytes(), file_name=original.name,
                               key="open_original")


def page_freshness(_filters: dict[str, object]) -> None:
    st.header("数据状态")
    fresh = q("SELECT * FROM mart_freshness")
    row = fresh.iloc[0] if not fresh.empty else None
    cols = st.columns(5)
    cols[0].metric("最近加载", str(row["last_loaded_at"])[:19] if row is not None else "—")
    cols[1].metric("文件（已解析）", int(row["documents_parsed"]) if row is not None else 0)
    cols[2].metric("解析失败", int(row["documents_failed"]) if row is not None else 0)
    cols[3].metric("无报告内容", int(row["documents_without_report"]) if row is not None else 0)
    cols[4].metric("数据质量规则问题", int(row["dq_findings"]) if row is not None else 0)
    st.caption(f"仓库文件：{warehouse_file()}（只读发布副本）")
    st.subheader("最近一次抓取")
    fetch = q("SELECT source, outcome, requests, example_error FROM mart_fetch_outcomes ORDER BY requests DESC")
    if fetch.empty:
        st.info("还没有抓取记录（sources.yaml 中没有配置来源）。")
    else:
        st.dataframe(fetch, hide_index=True, width="stretch")
    st.subheader("解析失败或无报告内容的文件")
    st.dataframe(q("SELECT path, error_kind, error, failed_at FROM mart_ingest_errors ORDER BY failed_at DESC"),
                 hide_index=True, width="stretch")


def main() -> None:
    st.set_page_config(page_title="绩效自评数据仓库", layout="wide")
    if version() == 0.0:
        st.error(f"找不到已发布的数据仓库：{warehouse_file()}。请先运行 `make run`。")
        return
    page, filters = sidebar()
    {"执行率": page_execution, "得分与评分虚高": page_scores, "支出结构": page_spending, "溯源": page_drilldown,
     "数据状态": page_freshness}[page](filters)


main()
