"""The dashboard on a warehouse built from the seeds: every page with real figures, then end to end in Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

APP = ROOT / "dashboard" / "app.py"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory):
    from tests.test_warehouse import materialize_all

    base = tmp_path_factory.mktemp("dashboard")
    raw = base / "raw"
    shutil.copytree(ROOT / "raw", raw)
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


def app_at(page: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.sidebar.radio(key="page").set_value(page).run()
    assert not at.exception, at.exception
    return at


def cells(at) -> str:
    return "\n".join(d.value.to_csv() for d in at.dataframe)


def test_execution_page_shows_real_rates(published) -> None:
    at = app_at("执行率")
    text = cells(at)
    assert "2023年创城工作经费" in text and "42.0" in text
    assert "昌黎县总工会" in text and "240.88" in text


def test_scores_page_shows_rule_funds_score(published) -> None:
    at = app_at("得分与评分虚高")
    project = next(d.value for d in at.dataframe if "rule_funds_score" in d.value.columns)
    row = project[project["project_name"] == "2023年创城工作经费"].iloc[0]
    assert (row["reported_funds_score"], row["rule_funds_score"], row["funds_score_gap"]) == (7, 4.2, 2.8)


def test_spending_page_and_filters(published) -> None:
    at = app_at("支出结构")
    assert "200.09" in cells(at) and "三公经费" in cells(at)
    at.sidebar.selectbox(key="province").set_value("四川省").run()
    assert not at.exception
    shown = cells(at)
    assert "盐边县总工会" in shown and "红寺堡区总工会" not in shown


def test_drilldown_reaches_the_source_text(published) -> None:
    at = app_at("溯源")
    at.selectbox(key="drill_unit").set_value("红寺堡区总工会").run()
    at.selectbox(key="drill_project").set_value("2023年创城工作经费（2023）").run()
    assert not at.exception
    text = cells(at)
    assert "投入创城经费一万元。" in text and "年度资金总额" in text
    assert any("000_9f8c146217eb217a.txt" in c.value for c in at.caption)
    assert at.get("download_button"), "no button that opens the original file"


def test_freshness_page(published) -> None:
    at = app_at("数据状态")
    assert [m.value for m in at.metric][1] == "5"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_dashboard(env: dict[str, Path]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", "127.0.0.1", "--server.port",
         str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        env={**os.environ, "PUBLISHED_PATH": str(env["published"]), "RAW_DIR": str(env["raw"])},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    import httpx

    for _ in range(100):
        try:
            if httpx.get(url + "/_stcore/health", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError("the dashboard did not start")


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it: "
                                             "apt-get install chromium)")
def test_end_to_end_in_chromium(published, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    process, url = start_dashboard(published)
    errors: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            page.get_by_text("单位排名（按金额加权的执行率）").wait_for(timeout=30000)
            page.get_by_text("2023", exact=True).first.click()  # the year filter
            page.get_by_text("单位排名（按金额加权的执行率）").wait_for(timeout=30000)
            page.get_by_text("溯源", exact=True).click()
            page.get_by_text("溯源：从单位、项目到原始表格").wait_for(timeout=30000)
            unit_box = page.locator("[data-testid='stSelectbox']").filter(has_text="单位").last
            unit_box.click()
            page.get_by_role("option", name="红寺堡区总工会").click()
            page.get_by_text("来源文件：宁夏回族自治区/红寺堡区总工会/2023/000_9f8c146217eb217a.txt").wait_for(
                timeout=30000)
            page.get_by_text("绩效指标", exact=True).wait_for(timeout=30000)
            page.wait_for_timeout(1000)
            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot), full_page=True)
            browser.close()
        assert shot.stat().st_size > 10_000
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert not errors, errors
