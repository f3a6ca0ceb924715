"""How fast the dashboard opens on the published warehouse, in headless Chromium.

Starts the dashboard, then times (median of several loads, each in a fresh browser page) from
navigation until the first page's ranking table is shown. Target: under 3 s on the seed warehouse.
With --screenshot PATH, also saves a screenshot of the first page (the README's).

    python -m scripts.bench_dashboard [--runs 5] [--screenshot docs/dashboard.png]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

from pipelines import paths
from tests.test_dashboard import CHROMIUM_ARGS, start_dashboard


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("dashboard bench skipped: Debian's chromium is not installed (apt-get install chromium)")
        return 0
    if not paths.published_db().exists():
        print(f"dashboard bench skipped: no published warehouse at {paths.published_db()} (run `make run`)")
        return 0
    from playwright.sync_api import sync_playwright

    process, url = start_dashboard({"published": paths.published_db(), "raw": paths.raw_dir()})
    timings = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for run in range(args.runs + 1):
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                started = time.perf_counter()
                page.goto(url)
                page.get_by_text("单位排名（按金额加权的执行率）").wait_for(timeout=60000)
                page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=60000)
                elapsed = time.perf_counter() - started
                if run > 0:  # the first load warms the server's caches and imports
                    timings.append(elapsed)
                if args.screenshot and run == args.runs:
                    page.wait_for_timeout(1500)
                    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(args.screenshot))
                page.close()
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
    print(f"dashboard opens in {statistics.median(timings):.2f} s (median of {len(timings)} loads, "
          f"max {max(timings):.2f} s; target < 3 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
