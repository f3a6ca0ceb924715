"""数据状态: when the warehouse was built, what was read, what was not, and every finding."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.common import CATEGORY, filter_caption, filters, integer, q, show, translate
from dashboard.data import warehouse_file


def readable_time(value: object) -> str:
    if value is None or pd.isna(value):
        return "—"
    return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")


def main() -> None:
    st.header("数据状态")
    fresh = q("SELECT * FROM mart_freshness")
    row = fresh.iloc[0] if not fresh.empty else None
    top = st.columns([2, 1, 1])  # the time needs the room of two figures
    top[0].metric("最近加载", readable_time(row["last_loaded_at"]) if row is not None else "—")
    top[1].metric("文件（已解析）", int(row["documents_parsed"]) if row is not None else 0)
    top[2].metric("解析失败", int(row["documents_failed"]) if row is not None else 0)
    bottom = st.columns([2, 1, 1])
    findings_total = q("SELECT count(*) AS n FROM mart_dq_findings").iloc[0]["n"]
    bottom[0].metric("数据质量提示", int(findings_total))
    bottom[1].metric("无报告内容", int(row["documents_without_report"]) if row is not None else 0)
    bottom[2].metric("重复发布（未计入）", int(row["documents_duplicate"]) if row is not None else 0)
    st.caption(f"仓库文件：{warehouse_file()}（只读发布副本）；数据仓库生成于 "
               f"{readable_time(row['built_at']) if row is not None else '—'}。")
    chosen = filters()
    filter_caption(chosen, theme_applies=False)
    where, params = chosen.where()
    findings = q("SELECT * FROM mart_dq_findings WHERE true" + where
                 + " ORDER BY province NULLS LAST, unit_label NULLS LAST, fiscal_year, rule_title", params)
    st.subheader(f"数据质量提示（{len(findings)}）")
    by_rule = findings.groupby("rule_title", dropna=False).size().reset_index(name="n").sort_values(
        "n", ascending=False)
    left, right = st.columns([1, 2])
    with left:
        show(by_rule, {"rule_title": "规则", "n": integer("数量")}, height=300)
    with right:
        show(translate(findings, "category", CATEGORY), {
            "unit_label": "单位", "fiscal_year": integer("年度"), "rule_title": "规则", "subject": "对象",
            "detail": "发现", "category": "类别", "document_path": "文件"})
    st.subheader("重复发布的文件（同一单位、年度、相同数字，只计一份）")
    show(q("SELECT * FROM mart_duplicate_documents ORDER BY unit_name, fiscal_year"), {
        "unit_name": "单位", "fiscal_year": integer("年度"), "path": "未计入的文件", "counted_copy": "计入的文件",
        "n_figures": integer("相同数字")}, height=240)
    st.subheader("解析失败或无报告内容的文件")
    errors = q("SELECT path, error_kind, error, failed_at FROM mart_ingest_errors ORDER BY failed_at DESC")
    errors = errors.assign(failed_at=errors["failed_at"].map(readable_time))
    show(errors, {"path": "文件", "error_kind": "类型", "error": "原因", "failed_at": "时间"}, height=240)
    st.subheader("最近一次抓取")
    fetch = q("SELECT source, outcome, requests, example_error FROM mart_fetch_outcomes ORDER BY requests DESC")
    if fetch.empty:
        st.info("还没有抓取记录（sources.yaml 中没有配置来源）。")
    else:
        show(fetch, {"source": "来源", "outcome": "结果", "requests": integer("请求数"), "example_error": "错误示例"})


main()
