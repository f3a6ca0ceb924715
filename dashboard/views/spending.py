"""支出结构: 基本/项目支出 per unit-year (one bar per unit and year), themes, 类/款/项, 三公经费."""

from __future__ import annotations

import altair as alt
import streamlit as st

from dashboard.common import CHART_HEIGHT, PHASE, filter_caption, filters, integer, money, q, share, show, translate

BARS = 30  # unit-years in the chart: the largest spenders, whatever the number of units


def main() -> None:
    st.header("支出结构")
    chosen = filters()
    filter_caption(chosen, theme_applies=True)
    where, params = chosen.where()
    split = q("SELECT unit_label, unit_key, fiscal_year, basic_expenditure, project_expenditure, project_share "
              "FROM mart_unit_year WHERE (basic_expenditure IS NOT NULL OR project_expenditure IS NOT NULL)"
              + where + " ORDER BY coalesce(basic_expenditure, 0) + coalesce(project_expenditure, 0) DESC, unit_key",
              params)
    st.subheader(f"基本支出与项目支出（决算；支出最多的 {BARS} 个单位-年度）")
    if split.empty:
        st.info("所选单位没有公布基本支出/项目支出。")
    else:
        top = split.head(BARS).assign(label=lambda f: f["unit_label"] + "（" + f["fiscal_year"].astype(str) + "）")
        long = top.melt(id_vars=["label"], value_vars=["basic_expenditure", "project_expenditure"],
                        var_name="category", value_name="amount").dropna()
        long["category"] = long["category"].map({"basic_expenditure": "基本支出", "project_expenditure": "项目支出"})
        st.altair_chart(alt.Chart(long).mark_bar().encode(
            x=alt.X("amount:Q", title="万元"),
            y=alt.Y("label:N", title=None, sort=top["label"].tolist(), axis=alt.Axis(labelLimit=320)),
            color=alt.Color("category:N", title="类别"),
            tooltip=[alt.Tooltip("label:N", title="单位"), alt.Tooltip("category:N", title="类别"),
                     alt.Tooltip("amount:Q", title="万元", format=",.2f")]).properties(height=CHART_HEIGHT + 140),
            width="stretch")
        st.caption("每个单位-年度一根柱，不同年度不相加。下表与图取自同一行数据。")
        show(split, {"unit_label": "单位", "fiscal_year": integer("年度"), "basic_expenditure": money("基本支出"),
                     "project_expenditure": money("项目支出"), "project_share": share("项目支出占比")})
    theme_where = where + (" AND category = ?" if chosen.theme else "")
    theme_params = params + ([chosen.theme] if chosen.theme else [])
    themes = q("SELECT * FROM mart_spending_categories WHERE category_type = 'theme'" + theme_where
               + " ORDER BY amount DESC NULLS LAST, unit_key", theme_params)
    st.subheader("项目主题（项目资金按主题归类）")
    show(themes, {"unit_label": "单位", "fiscal_year": integer("年度"), "category": "主题", "amount": money("金额"),
                  "share_of_category": share("占项目资金"), "amount_per_staff": money("人均")})
    functional = q("SELECT * FROM mart_functional_by_code WHERE true" + where
                   + " ORDER BY unit_label, fiscal_year, phase, code", params)
    st.subheader("功能分类（类/款/项，按科目编码）")
    show(translate(functional, "phase", PHASE), {
        "unit_label": "单位", "fiscal_year": integer("年度"), "phase": "阶段", "code_level": "级次",
        "code": "科目编码", "code_name": "科目名称", "amount": money("金额"), "share_of_level": share("占同级合计")})
    three = q("SELECT * FROM mart_spending_categories WHERE category_type = 'three_public'" + where
              + " ORDER BY unit_label, fiscal_year, phase, category", params)
    st.subheader("“三公”经费")
    show(translate(three, "phase", PHASE), {
        "unit_label": "单位", "fiscal_year": integer("年度"), "phase": "阶段", "category": "科目",
        "amount": money("金额"), "share_of_category": share("占三公经费")})


main()
