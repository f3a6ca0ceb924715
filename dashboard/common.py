"""What every page shares: cached queries, the sidebar's filters, Chinese labels, tables and charts
whose size does not grow with the number of units."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.data import Filters, query, version

MISSING = "—"  # how a figure a document does not print is shown (未公布)
CHART_HEIGHT = 360  # every chart has this height, whatever the number of units
TABLE_HEIGHT = 420  # tables scroll (virtualised) inside this height

# values the marts store in English, as analysts read them
BASIS = {"department_table": "部门整体", "projects_sum": "项目汇总", "project_table": "单个项目"}
PHASE = {"final": "决算", "initial_budget": "年初预算", "adjusted_budget": "调整预算"}
FUND_ROWS = {"total": "年度资金总额", "current_appropriation": "其中：当年财政拨款", "carryover": "上年结转资金",
             "other": "其他资金"}
CATEGORY = {"arithmetic": "计算", "consistency": "一致性", "scoring": "评分", "completeness": "完整性",
            "expectation": "数据期望"}


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(sql: str, params: tuple, file_version: float) -> pd.DataFrame:
    return query(sql, list(params))


def q(sql: str, params: list | None = None) -> pd.DataFrame:
    """A query on the published copy, cached until the nightly run publishes a new one."""
    return _cached(sql, tuple(params or []), version())


# --- columns -------------------------------------------------------------------------------------------

def money(label: str) -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(label, format="%.2f 万元")


def rate(label: str) -> st.column_config.NumberColumn:
    """A rate stored in percent (95.1 = 95.1 %)."""
    return st.column_config.NumberColumn(label, format="%.1f%%")


def share(label: str) -> st.column_config.NumberColumn:
    """A share stored as a fraction (0.95 = 95 %)."""
    return st.column_config.NumberColumn(label, format="percent")


def number(label: str, digits: int = 1) -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(label, format=f"%.{digits}f")


def integer(label: str) -> st.column_config.NumberColumn:
    return st.column_config.NumberColumn(label, format="%d")


def show(frame: pd.DataFrame, columns: dict[str, object], *, height: int | str = TABLE_HEIGHT,
         key: str | None = None) -> None:
    """A table with exactly ``columns`` (name → Chinese label or column config), missing values as —.

    Every column shown has a Chinese header, because only the listed ones are shown.
    """
    config = {name: (st.column_config.TextColumn(spec) if isinstance(spec, str) else spec)
              for name, spec in columns.items()}
    shown = frame[[c for c in columns if c in frame.columns]]
    if isinstance(height, int) and len(shown) < 12:
        height = "auto"
    st.dataframe(shown, hide_index=True, width="stretch", height=height, column_config=config,
                 placeholder=MISSING, key=key)


def translate(frame: pd.DataFrame, column: str, names: dict[str, str]) -> pd.DataFrame:
    """English codes of a column in Chinese, for display."""
    if column in frame.columns:
        frame = frame.assign(**{column: frame[column].map(lambda v: names.get(v, v))})
    return frame


# --- filters -------------------------------------------------------------------------------------------

ALL = "全部"


def unique_labels(keys: list[str], labels: list[str]) -> dict[str, str]:
    """label → key, a label shared by two keys told apart by the key: widgets show and return labels."""
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    return {(label if seen[label] == 1 else f"{label}〔{key}〕"): key for key, label in zip(keys, labels, strict=True)}


def unit_choices() -> dict[str, str]:
    """Every unit's label → its key, ordered by province and label."""
    units = q("SELECT unit_key, unit_label FROM dim_unit ORDER BY province NULLS LAST, unit_label, unit_key")
    return unique_labels(units["unit_key"].tolist(), units["unit_label"].tolist())


def year_label(year: int) -> str:
    return f"{year}年度"


def filters() -> Filters:
    """The sidebar's choice (app.py draws the widgets; every page reads them from here)."""
    state = st.session_state

    def chosen(key: str) -> str | None:
        value = state.get(key)
        return None if value in (None, ALL) else value

    year = chosen("year")
    unit = chosen("unit")
    return Filters(province=chosen("province"), unit_kind=chosen("unit_kind"),
                   year=int(year.removesuffix("年度")) if year else None,
                   unit_key=unit_choices().get(unit) if unit else None, theme=chosen("theme"))


def unit_label(unit_key: str | None) -> str:
    if unit_key is None:
        return "全部单位"
    found = q("SELECT unit_label FROM dim_unit WHERE unit_key = ?", [unit_key])
    return str(found.iloc[0, 0]) if not found.empty else unit_key


def filter_caption(chosen: Filters, *, theme_applies: bool) -> None:
    parts = [p for p in (chosen.province, chosen.unit_kind, f"{chosen.year}年度" if chosen.year else None,
                         unit_label(chosen.unit_key) if chosen.unit_key else None) if p]
    if chosen.theme:
        parts.append(f"主题：{chosen.theme}" if theme_applies else f"主题“{chosen.theme}”不作用于本页的单位级数字")
    st.caption("筛选：" + ("；".join(parts) if parts else "全部"))


# --- charts --------------------------------------------------------------------------------------------

def histogram(values: pd.DataFrame, title: str, *, marker: float | None = None) -> alt.LayerChart | alt.Chart:
    """Bars of counts per bin (computed in SQL: ``bin_start``, ``bin_end``, ``n``), optionally a unit's line."""
    bars = alt.Chart(values).mark_bar().encode(
        x=alt.X("bin_start:Q", bin="binned", title=title), x2="bin_end:Q",
        y=alt.Y("n:Q", title="单位-年度数"),
        tooltip=[alt.Tooltip("bin_start:Q", title="从"), alt.Tooltip("bin_end:Q", title="到"),
                 alt.Tooltip("n:Q", title="数量")])
    if marker is None:
        return bars.properties(height=CHART_HEIGHT)
    line = alt.Chart(pd.DataFrame({"x": [marker]})).mark_rule(color="crimson", size=2).encode(x="x:Q")
    return (bars + line).properties(height=CHART_HEIGHT)


def binned(relation: str, column: str, width: float, where: str, params: list, *, low: float | None = None,
           high: float | None = None) -> pd.DataFrame:
    """Counts per bin of ``column``, values beyond [low, high] counted in the end bins (fixed size)."""
    value = column
    if low is not None:
        value = f"greatest({value}, {low})"
    if high is not None:
        value = f"least({value}, {high})"
    return q(f"SELECT floor({value} / {width}) * {width} AS bin_start, floor({value} / {width}) * {width} + {width} "
             f"AS bin_end, count(*) AS n FROM {relation} WHERE {column} IS NOT NULL {where} GROUP BY ALL "
             f"ORDER BY 1", params)


def unit_findings(unit_key: str, year: int | None = None) -> None:
    """The data-quality findings of one unit, in Chinese, beside its figures."""
    sql = ("SELECT fiscal_year, rule_title, subject, detail, document_path FROM mart_dq_findings "
           "WHERE unit_key = ?" + (" AND fiscal_year = ?" if year else "") + " ORDER BY fiscal_year, rule_title")
    found = q(sql, [unit_key] + ([year] if year else []))
    st.subheader(f"数据质量提示（{len(found)}）")
    if found.empty:
        st.caption("该单位没有数据质量规则提示。")
        return
    show(found, {"fiscal_year": integer("年度"), "rule_title": "规则", "subject": "对象", "detail": "发现",
                 "document_path": "文件"}, height=240)
