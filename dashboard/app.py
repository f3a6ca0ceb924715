"""Streamlit dashboard on the dbt marts: compare thousands of units, drill down to the source cell.

    make dashboard      (streamlit run dashboard/server.py: this app plus the route that opens originals)

Each page has its own URL (/ for 单位比较, then /execution, /scores, /spending, /drilldown, /status); the
sidebar's filters are shared by every page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard.common import ALL, q, unit_choices, year_label  # noqa: E402
from dashboard.data import version, warehouse_file  # noqa: E402

VIEWS = Path(__file__).resolve().parent / "views"
PAGES = (  # file, title, url path
    ("compare.py", "单位比较", ""),  # the default page: Streamlit serves it at /
    ("execution.py", "执行率", "execution"),
    ("scores.py", "得分与评分虚高", "scores"),
    ("spending.py", "支出结构", "spending"),
    ("drilldown.py", "溯源", "drilldown"),
    ("status.py", "数据状态", "status"),
)
THEME_HELP = ("主题按项目名称归类，只作用于项目级的内容：执行率页的项目表、得分页的项目图表、支出结构页的项目主题、"
              "溯源页的项目列表；单位级数字不受影响。")


def pick(label: str, options: list[str], key: str, **kwargs: object) -> str:
    """A select box of plain labels ("全部" first); a stale choice (filtered away) falls back to 全部."""
    options = [ALL, *options]
    if st.session_state.get(key) not in options:
        st.session_state[key] = ALL
    # bound to the URL (?province=四川省&unit=…): a link shares the page with its filters
    return st.sidebar.selectbox(label, options, key=key, bind="query-params", **kwargs)


def sidebar() -> None:
    """The shared filters; their values live in session state (keys province, unit_kind, year, unit, theme)."""
    st.sidebar.title("绩效自评数据仓库")
    units = q("SELECT unit_key, unit_label, province, unit_kind FROM dim_unit")
    years = q("SELECT DISTINCT fiscal_year FROM mart_unit_year WHERE fiscal_year IS NOT NULL ORDER BY 1 DESC")
    themes = q("SELECT DISTINCT theme FROM dim_project WHERE theme IS NOT NULL ORDER BY 1")
    province = pick("省份", sorted(units["province"].dropna().unique().tolist()), "province")
    shown = units if province == ALL else units[units["province"] == province]
    kind = pick("单位类型", sorted(shown["unit_kind"].dropna().unique().tolist()), "unit_kind")
    if kind != ALL:
        shown = shown[shown["unit_kind"] == kind]
    keys = set(shown["unit_key"])
    labels = [label for label, key in unit_choices().items() if key in keys]
    pick(f"单位（{len(labels)}，可输入名称搜索）", labels, "unit")
    pick("年度", [year_label(int(y)) for y in years["fiscal_year"]], "year")
    pick("项目主题", themes["theme"].tolist(), "theme", help=THEME_HELP)


def main() -> None:
    st.set_page_config(page_title="绩效自评数据仓库", layout="wide")
    if version() == 0.0:
        st.error(f"找不到已发布的数据仓库：{warehouse_file()}。请先运行 `make run`。")
        return
    pages = [st.Page(VIEWS / file, title=title, url_path=path or None, default=not path)
             for file, title, path in PAGES]
    page = st.navigation(pages, position="sidebar")
    sidebar()
    page.run()


main()
