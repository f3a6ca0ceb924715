"""执行率: one basis at a time (部门整体 or 项目汇总), never two added up; caveats beside printed rates."""

from __future__ import annotations

import altair as alt
import streamlit as st

from dashboard.common import BASIS, CHART_HEIGHT, filter_caption, filters, integer, money, q, rate, show, translate

BARS = 25  # units in the chart: the furthest from 100 %, whatever the number of units


def main() -> None:
    st.header("预算执行率")
    chosen = filters()
    filter_caption(chosen, theme_applies=True)
    where, params = chosen.where()
    basis = {BASIS[b]: b for b in ("department_table", "projects_sum")}[
        st.radio("口径", [BASIS["department_table"], BASIS["projects_sum"]], key="basis", horizontal=True,
                 bind="query-params")]
    st.caption("部门整体：部门整体支出绩效自评表的资金行；项目汇总：该单位各项目自评表的资金按金额加总。"
               "两种口径分别排名，不相加。")
    units = q("SELECT * FROM mart_execution_rate WHERE grain = 'unit' AND basis = ?" + where
              + " ORDER BY rank_across_units NULLS LAST, unit_label", [basis] + params)
    measured = units.dropna(subset=["derived_execution_rate"])
    st.subheader(f"偏离 100% 最远的单位（{BASIS[basis]}口径，至多 {BARS} 个）")
    if measured.empty:
        st.info("没有符合筛选条件的单位。")
    else:
        far = measured.assign(label=measured["unit_label"] + "（" + measured["fiscal_year"].astype(str) + "）")
        far = far.sort_values("distance_from_100", ascending=False).head(BARS)
        order = far["label"].tolist()
        bars = alt.Chart(far).mark_bar().encode(
            x=alt.X("derived_execution_rate:Q", title="推算执行率 %"),
            y=alt.Y("label:N", title=None, sort=order, axis=alt.Axis(labelLimit=320)),
            color=alt.condition("datum.derived_execution_rate > 100", alt.value("#d62728"), alt.value("#1f77b4")),
            tooltip=[alt.Tooltip("label:N", title="单位"),
                     alt.Tooltip("derived_execution_rate:Q", title="推算执行率", format=".2f"),
                     alt.Tooltip("reported_execution_rate:Q", title="报告执行率", format=".2f"),
                     alt.Tooltip("reported_rate_caveat:N", title="说明")])
        reported = alt.Chart(far.dropna(subset=["reported_execution_rate"])).mark_tick(
            color="black", thickness=2).encode(x="reported_execution_rate:Q", y=alt.Y("label:N", sort=order))
        hundred = alt.Chart().mark_rule(strokeDash=[4, 4], color="gray").encode(x=alt.datum(100))
        st.altair_chart(alt.layer(bars, reported, hundred).properties(height=CHART_HEIGHT + 140), width="stretch")
        st.caption("柱：推算执行率（全年执行数 ÷ 全年预算数）；红色为超支；黑色刻度：文件所填执行率；虚线：100%。")
    caveats = measured.dropna(subset=["reported_rate_caveat"])
    if not caveats.empty:
        st.warning("所填执行率与推算不符的单位：" + "；".join(
            f"{r.unit_label}（{r.fiscal_year}）报告 {r.reported_execution_rate:.2f}%、推算 "
            f"{r.derived_execution_rate:.2f}%：{r.reported_rate_caveat}" for r in caveats.head(10).itertuples())
            + ("……" if len(caveats) > 10 else ""))
    st.subheader("单位排名")
    show(translate(units, "basis", BASIS), {
        "rank_across_units": integer("排名"), "rank_in_province": integer("省内排名"), "unit_label": "单位",
        "fiscal_year": integer("年度"), "basis": "口径", "initial_budget": money("年初预算数"),
        "adjusted_budget": money("全年预算数"), "executed": money("全年执行数"),
        "derived_execution_rate": rate("推算执行率"), "reported_execution_rate": rate("报告执行率"),
        "reported_rate_caveat": "执行率说明", "budget_credibility": rate("执行数/年初预算"),
        "credibility_band": "预算可信度等级（PEFA）"})
    st.caption("排名：推算执行率与 100% 的距离，1 = 最接近（超支与结余同样算偏离）；同距离时预算数大者在前。")
    project_where, project_params = chosen.where(theme_column="project_id")
    projects = q("SELECT * FROM mart_execution_rate WHERE grain = 'project'" + project_where
                 + " ORDER BY distance_from_100 DESC NULLS LAST, unit_key, project_id LIMIT 200", project_params)
    st.subheader("执行率偏离 100% 最远的项目（至多 200 个）")
    show(projects, {
        "unit_label": "单位", "fiscal_year": integer("年度"), "project_name": "项目名称",
        "adjusted_budget": money("全年预算数"), "executed": money("全年执行数"),
        "derived_execution_rate": rate("推算执行率"), "reported_execution_rate": rate("报告执行率"),
        "reported_rate_caveat": "执行率说明", "distance_from_100": rate("偏离 100%"), "credibility_band": "等级"})


main()
