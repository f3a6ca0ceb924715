"""单位比较: where a unit-year stands among all units, its province and its peers (same kind, same province)."""

from __future__ import annotations

from dataclasses import replace

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.common import (
    CHART_HEIGHT,
    binned,
    filter_caption,
    filters,
    histogram,
    integer,
    money,
    number,
    q,
    rate,
    share,
    show,
    unit_findings,
)

# measure → (label, bin width, clip low, clip high, order of "best first" for the top/bottom lists)
MEASURES = {
    "derived_execution_rate": ("推算执行率 %", 5.0, 0.0, 150.0),
    "reported_total_score": ("报告得分", 2.0, 50.0, 100.0),
    "share_full_marks": ("满分指标占比", 0.05, 0.0, 1.0),
    "funds_score_gap": ("资金得分高于规则（分）", 0.5, -5.0, 10.0),
    "project_share": ("项目支出占比", 0.05, 0.0, 1.0),
}
GROUPS = {"province": "省份", "unit_kind": "单位类型"}
MAX_GROUPS, ROW_HEIGHT = 40, 16  # box plot rows shown (every province fits), pixels per row
TABLE = {"unit_label": "单位", "unit_kind": "单位类型", "fiscal_year": integer("年度"),
         "execution_basis": "执行率口径", "adjusted_budget": money("全年预算数"), "executed": money("全年执行数"),
         "derived_execution_rate": rate("推算执行率"), "reported_execution_rate": rate("报告执行率"),
         "reported_rate_caveat": "执行率说明", "rank_across_units": integer("全国排名"),
         "rank_in_province": integer("省内排名"), "reported_total_score": number("报告得分"),
         "share_full_marks": share("满分指标占比"), "funds_score_gap": number("资金得分差", 2),
         "project_share": share("项目支出占比"), "three_public_final": money("三公经费决算"),
         "n_findings": integer("数据质量提示")}
BASIS_NAMES = "CASE execution_basis WHEN 'department_table' THEN '部门整体' WHEN 'projects_sum' THEN '项目汇总' END"


def distribution(measure: str, group: str, where: str, params: list) -> pd.DataFrame:
    """Box-plot statistics per group, computed in SQL: the chart gets one row per group, not per unit."""
    return q(f"SELECT coalesce({group}, '未识别') AS grp, count(*) AS n, "
             f"quantile_cont({measure}, 0.05) AS p05, quantile_cont({measure}, 0.25) AS p25, "
             f"median({measure}) AS p50, quantile_cont({measure}, 0.75) AS p75, "
             f"quantile_cont({measure}, 0.95) AS p95 FROM mart_unit_year "
             f"WHERE {measure} IS NOT NULL {where} GROUP BY ALL ORDER BY p50 DESC", params)


def box_chart(stats: pd.DataFrame, label: str, group_label: str) -> alt.LayerChart:
    base = alt.Chart(stats).encode(y=alt.Y("grp:N", title=group_label, sort=stats["grp"].tolist(),
                                           axis=alt.Axis(labelOverlap=False)))
    whisker = base.mark_rule().encode(x=alt.X("p05:Q", title=label, scale=alt.Scale(zero=False)), x2="p95:Q")
    box = base.mark_bar(size=10, opacity=0.7).encode(x="p25:Q", x2="p75:Q", tooltip=[
        alt.Tooltip("grp:N", title=group_label), alt.Tooltip("n:Q", title="单位-年度数"),
        alt.Tooltip("p25:Q", title="下四分位", format=".2f"), alt.Tooltip("p50:Q", title="中位数", format=".2f"),
        alt.Tooltip("p75:Q", title="上四分位", format=".2f")])
    median = base.mark_tick(color="black", thickness=2, size=14).encode(x="p50:Q")
    # one row per group (at most MAX_GROUPS, a province count): the height follows the groups, never the units
    return (whisker + box + median).properties(height=max(CHART_HEIGHT, ROW_HEIGHT * len(stats)))


def peer_position(unit_key: str, measure: str, label: str, year: int | None) -> None:
    """The chosen unit against units of the same kind in the same province (its peers)."""
    mine = q("SELECT * FROM mart_unit_year WHERE unit_key = ?" + (" AND fiscal_year = ?" if year else "")
             + " ORDER BY fiscal_year DESC LIMIT 1", [unit_key] + ([year] if year else []))
    if mine.empty:
        st.info("该单位在所选年度没有数据。")
        return
    row = mine.iloc[0]
    peers_where = " AND unit_kind = ? AND province IS NOT DISTINCT FROM ? AND fiscal_year = ?"
    peers_params = [row["unit_kind"], row["province"], int(row["fiscal_year"])]
    peers = q(f"SELECT unit_key, {measure} AS value FROM mart_unit_year WHERE {measure} IS NOT NULL" + peers_where,
              peers_params)
    st.subheader(f"{row['unit_label']}（{int(row['fiscal_year'])}年度）与同类单位")
    area = row["province"] or "未识别省份"
    st.caption(f"同类单位：{area}的{row['unit_kind']}，共 {len(peers)} 个（含本单位）有“{label}”数据。")
    value = row[measure]
    cols = st.columns(4)
    cols[0].metric(label, "—" if pd.isna(value) else f"{value:.2f}")
    cols[1].metric("同类中位数", "—" if peers.empty else f"{peers['value'].median():.2f}")
    if not pd.isna(value) and not peers.empty:
        below = int((peers["value"] < value).sum())
        cols[2].metric("高于同类单位", f"{below} / {len(peers)}")
    cols[3].metric("省内执行率排名", "—" if pd.isna(row["rank_in_province"]) else int(row["rank_in_province"]))
    if row["reported_rate_caveat"] and not pd.isna(row["reported_rate_caveat"]):
        st.warning(f"执行率说明：{row['reported_rate_caveat']}（报告 {row['reported_execution_rate']:.2f}%，"
                   f"推算 {row['derived_execution_rate']:.2f}%）")
    if not peers.empty:
        width = MEASURES[measure][1]
        bins = binned("mart_unit_year", measure, width, peers_where, peers_params,
                      low=MEASURES[measure][2], high=MEASURES[measure][3])
        st.altair_chart(histogram(bins, label, marker=None if pd.isna(value) else float(value)), width="stretch")
    unit_findings(unit_key, int(row["fiscal_year"]))


def main() -> None:
    st.header("单位比较")
    chosen = filters()
    filter_caption(chosen, theme_applies=False)
    unit_key = chosen.unit_key
    where, params = replace(chosen, unit_key=None, theme=None).where()  # the whole area: the unit is compared to it
    left, right = st.columns([2, 1])
    by_label = {spec[0]: name for name, spec in MEASURES.items()}
    measure = by_label[left.selectbox("比较指标", list(by_label), key="measure", bind="query-params")]
    group = {label: name for name, label in GROUPS.items()}[right.radio("分组", list(GROUPS.values()),
                                                                          key="group", horizontal=True,
                                                                          bind="query-params")]
    label = MEASURES[measure][0]
    overview = q(f"SELECT count(DISTINCT unit_key) AS units, count(*) AS unit_years, count({measure}) AS measured, "
                 f"median({measure}) AS median FROM mart_unit_year WHERE true {where}", params)
    o = overview.iloc[0]
    cols = st.columns(4)
    cols[0].metric("单位", int(o["units"]))
    cols[1].metric("单位-年度", int(o["unit_years"]))
    cols[2].metric(f"有“{label}”的单位-年度", int(o["measured"]))
    cols[3].metric(f"{label}中位数", "—" if pd.isna(o["median"]) else f"{o['median']:.2f}")
    if unit_key:
        peer_position(unit_key, measure, label, chosen.year)
    stats = distribution(measure, group, where, params)
    chart_left, chart_right = st.columns(2)
    with chart_left:
        st.subheader(f"{label}：按{GROUPS[group]}分布")
        if stats.empty:
            st.info("没有符合筛选条件的数据。")
        else:
            st.altair_chart(box_chart(stats.head(MAX_GROUPS), label, GROUPS[group]), width="stretch")
            st.caption("横线：5%–95% 分位；色块：四分位区间；黑线：中位数。至多显示 40 组。")
    with chart_right:
        st.subheader(f"{label}：分布")
        _, width, low, high = MEASURES[measure]
        bins = binned("mart_unit_year", measure, width, where, params, low=low, high=high)
        if not bins.empty:
            st.altair_chart(histogram(bins, label), width="stretch")
            st.caption(f"超出 {low:g}–{high:g} 的值计入两端的柱。")
    n = st.number_input("前/后 N 名", min_value=5, max_value=100, value=10, step=5, key="top_n")
    order = f"abs({measure} - 100)" if measure == "derived_execution_rate" else measure
    top_left, top_right = st.columns(2)
    ranked = f"SELECT *, {BASIS_NAMES} AS basis_name FROM mart_unit_year WHERE {measure} IS NOT NULL {where} "
    columns = {"unit_label": "单位", "fiscal_year": integer("年度"), measure: TABLE[measure]}
    if measure == "derived_execution_rate":
        top_left.subheader(f"最接近 100% 的 {n} 个")
        top_right.subheader(f"偏离 100% 最远的 {n} 个")
    else:
        top_left.subheader(f"最高的 {n} 个")
        top_right.subheader(f"最低的 {n} 个")
    first = "ASC" if measure == "derived_execution_rate" else "DESC"
    last = "DESC" if first == "ASC" else "ASC"
    with top_left:
        show(q(ranked + f"ORDER BY {order} {first}, unit_key LIMIT ?", params + [int(n)]), columns, height=300)
    with top_right:
        show(q(ranked + f"ORDER BY {order} {last}, unit_key LIMIT ?", params + [int(n)]), columns, height=300)
    st.subheader("全部单位-年度")
    table = q(f"SELECT *, {BASIS_NAMES} AS execution_basis_name FROM mart_unit_year WHERE true {where} "
              "ORDER BY province NULLS LAST, unit_label, fiscal_year", params)
    table = table.assign(execution_basis=table["execution_basis_name"])
    show(table, TABLE)
    st.caption(f"共 {len(table)} 行；表格可滚动、可按列排序。执行率排名按推算执行率与 100% 的距离（1 = 最接近），"
               "同分时预算数大者在前。")


main()
