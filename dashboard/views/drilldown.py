"""溯源: from a unit to each project it names (also those only in a summary table) to the printed cell."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard.common import FUND_ROWS, filters, money, number, q, rate, show, unique_labels, unit_findings
from dashboard.originals import ORIGINAL_ROUTE


def original_link(facts: pd.DataFrame) -> None:
    """Where the facts were read: the file, opened in the browser at the page of the first fact with one."""
    document = facts.iloc[0]
    pages = facts["page"].dropna()
    page = int(pages.min()) if not pages.empty else None
    url = f"{ORIGINAL_ROUTE}/{document['document_id']}" + (f"#page={page}" if page else "")
    where = f"，第 {page} 页" if page else ""
    st.caption(f"来源文件：{document['document_path']}{where}")
    st.link_button("打开原始文件", url, help="PDF 与网页在浏览器中打开（PDF 到所在页），其他格式以可读的文件名下载。")


def main() -> None:
    st.header("溯源：从单位、项目到原始表格")
    chosen = filters()
    if chosen.unit_key:
        unit_key = chosen.unit_key
    else:
        where, params = chosen.where()
        units = q("SELECT DISTINCT unit_key, unit_label FROM mart_project_facts WHERE true" + where
                  + " ORDER BY unit_label", params)
        if units.empty:
            st.info("没有符合筛选条件的项目。")
            return
        labels = unique_labels(units["unit_key"].tolist(), units["unit_label"].tolist())
        unit_key = labels[st.selectbox(f"单位（{len(labels)}，可输入名称搜索；也可在侧栏选择）", list(labels),
                                       key="drill_unit")]
    where, params = replace(chosen, unit_key=unit_key).where(theme_column="owner_id")
    owners = q("SELECT owner_id, owner_name, fiscal_year, bool_and(fact_type = 'summary_row') AS only_summary, "
               "any_value(regexp_extract(document_path, '[^/]+$')) AS document_name FROM mart_project_facts "
               "WHERE true" + where + " GROUP BY ALL ORDER BY fiscal_year DESC, owner_name, document_name", params)
    if owners.empty:
        st.info("该单位在所选范围内没有项目或部门整体的表格。")
        unit_findings(unit_key, chosen.year)
        return
    names = [f"{r.owner_name}（{r.fiscal_year}）" + ("〔仅见于汇总表〕" if r.only_summary else "")
             for r in owners.itertuples()]
    repeated = {n for n in names if names.count(n) > 1}  # the same project in two documents: name the file
    names = [f"{n}：{r.document_name}" if n in repeated else n
             for n, r in zip(names, owners.itertuples(), strict=True)]
    labels = unique_labels(owners["owner_id"].tolist(), names)
    owner = labels[st.selectbox(f"项目（{len(labels)}）", list(labels), key="drill_project")]
    facts = q("SELECT * FROM mart_project_facts WHERE owner_id = ? ORDER BY fact_type, seq", [owner])
    facts = facts.assign(label=facts["label"].replace(FUND_ROWS))
    located = {"page": number("页", 0)} if facts["page"].notna().any() else {}
    if facts["sheet"].notna().any():
        located["sheet"] = "工作表"
    located["source_text"] = st.column_config.TextColumn("原文", width="large")
    funds = facts[facts["fact_type"] == "fund_row"]
    if not funds.empty:
        st.subheader("项目资金")
        show(funds, {"label": "资金行", "initial_budget": money("年初预算数"), "adjusted_budget": money("全年预算数"),
                     "executed": money("全年执行数"), "weight": number("分值"), "execution_rate": rate("执行率"),
                     "score": number("得分", 2), **located})
    indicators = facts[facts["fact_type"] == "indicator"]
    if not indicators.empty:
        st.subheader("绩效指标")
        show(indicators, {"level1": "一级指标", "level2": "二级指标", "label": "三级指标", "target": "年度指标值",
                          "actual": "实际完成值", "weight": number("分值"), "score": number("得分"),
                          "deviation": "偏差原因", **located})
    summary = facts[facts["fact_type"] == "summary_row"]
    if not summary.empty:
        st.subheader("自评结果汇总表中的这一行")
        show(summary, {"label": "项目名称", "executed": money("金额"), "score": number("得分"),
                       "deviation": "等级", **located})
    original_link(facts)
    unit_findings(unit_key, chosen.year)


main()
