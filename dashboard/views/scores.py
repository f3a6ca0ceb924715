"""得分与评分虚高: printed scores against what the money says (funds score rule, execution rate)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.common import CHART_HEIGHT, filter_caption, filters, integer, number, q, rate, share, show

RATE_BIN, SCORE_BIN = 10, 2  # heat-map cells: 10 points of 执行率 × 2 points of score


def heat_map(where: str, params: list) -> pd.DataFrame:
    """Projects per (执行率, 报告得分) cell, in SQL: the chart has at most 16 × 26 cells at any scale."""
    return q(f"SELECT floor(least(greatest(derived_execution_rate, 0), 150) / {RATE_BIN}) * {RATE_BIN} AS rate_bin, "
             f"floor(greatest(reported_total_score, 50) / {SCORE_BIN}) * {SCORE_BIN} AS score_bin, count(*) AS n "
             "FROM mart_score_inflation WHERE grain = 'project' AND derived_execution_rate IS NOT NULL "
             f"AND reported_total_score IS NOT NULL {where} GROUP BY ALL", params)


def main() -> None:
    st.header("自评得分与评分虚高")
    chosen = filters()
    filter_caption(chosen, theme_applies=True)
    where, params = chosen.where(theme_column="project_id")
    summary = q("SELECT count(*) AS projects, count(reported_total_score) AS scored, "
                "count(*) FILTER (WHERE reported_total_score >= 90) AS excellent, "
                "count(funds_score_gap) AS with_rule, count(*) FILTER (WHERE funds_score_gap > 0.01) AS above_rule, "
                "count(*) FILTER (WHERE derived_execution_rate < 90 AND reported_total_score >= 90) AS low_but_top "
                "FROM mart_score_inflation WHERE grain = 'project'" + where, params).iloc[0]
    cols = st.columns(4)
    cols[0].metric("项目（有得分）", f"{int(summary['scored'])} / {int(summary['projects'])}")
    cols[1].metric("得分 ≥ 90（优）", int(summary["excellent"]))
    cols[2].metric("资金得分高于规则", f"{int(summary['above_rule'])} / {int(summary['with_rule'])}")
    cols[3].metric("执行率 < 90% 却得“优”", int(summary["low_but_top"]))
    st.caption("规则资金得分 = 分值 × min(执行率, 100%)；资金得分差 = 所填资金得分 − 规则资金得分（> 0 即高于规则）。")
    cells = heat_map(where, params)
    st.subheader("报告得分与推算执行率（项目）")
    if cells.empty:
        st.info("没有同时有得分和执行数据的项目。")
    else:
        cells = cells.assign(rate_end=cells["rate_bin"] + RATE_BIN, score_end=cells["score_bin"] + SCORE_BIN)
        st.altair_chart(alt.Chart(cells).mark_rect(stroke="white").encode(
            x=alt.X("rate_bin:Q", title="推算执行率 %（每格 10 个百分点，150 以上并入最后一格）",
                    scale=alt.Scale(domain=[0, 160])), x2="rate_end:Q",
            y=alt.Y("score_bin:Q", title="报告得分（每格 2 分，50 以下并入最低格）",
                    scale=alt.Scale(domain=[50, 102])), y2="score_end:Q",
            color=alt.Color("n:Q", title="项目数", scale=alt.Scale(scheme="blues")),
            tooltip=[alt.Tooltip("rate_bin:Q", title="执行率从"), alt.Tooltip("score_bin:Q", title="得分从"),
                     alt.Tooltip("n:Q", title="项目数")]).properties(height=CHART_HEIGHT), width="stretch")
        st.caption("执行率低的项目若仍集中在 90 分以上，说明得分没有反映资金执行。")
    projects = q("SELECT * FROM mart_score_inflation WHERE grain = 'project'" + where
                 + " ORDER BY funds_score_gap DESC NULLS LAST, n_full_marks_missing_target DESC NULLS LAST, "
                   "unit_key, project_id LIMIT 500", params)
    st.subheader("项目：各项规则（按资金得分差排序，至多 500 个）")
    show(projects, {
        "unit_label": "单位", "fiscal_year": integer("年度"), "project_name": "项目名称",
        "derived_execution_rate": rate("推算执行率"), "reported_total_score": number("报告得分"),
        "reported_grade": "所填等级", "implied_grade": "应得等级", "funds_weight": number("资金分值"),
        "reported_funds_score": number("资金得分（所填）", 2), "rule_funds_score": number("资金得分（按规则）", 2),
        "funds_score_gap": number("资金得分差", 2), "share_full_marks": share("满分指标占比"),
        "n_full_marks_missing_target": integer("满分但未达标"), "share_qualitative": share("定性指标占比"),
        "share_boilerplate": share("重复指标占比"), "n_weights_not_100": integer("分值合计≠100"),
        "n_total_inconsistent": integer("总分不符"), "n_grade_inconsistent": integer("等级不符")})
    unit_where, unit_params = chosen.where()
    units = q("SELECT * FROM mart_score_inflation WHERE grain = 'unit'" + unit_where
              + " ORDER BY reported_total_score DESC NULLS LAST, unit_key", unit_params)
    st.subheader("单位")
    show(units, {
        "unit_label": "单位", "fiscal_year": integer("年度"), "reported_total_score": number("报告得分"),
        "derived_execution_rate": rate("推算执行率"), "department_score": number("部门整体得分"),
        "department_grade": "部门整体等级", "mean_summary_score": number("清单平均得分"),
        "share_summary_excellent": share("“优”占比"), "share_full_marks": share("满分指标占比"),
        "n_funds_score_above_rule": integer("资金得分高于规则的项目"), "n_grade_inconsistent": integer("等级不符")})


main()
