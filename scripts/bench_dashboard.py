"""How fast each dashboard page opens on a published warehouse, as a browser waits for it.

Starts the dashboard on the warehouse, then for every page times (median of --runs loads, after one
warm-up per page, each in a fresh browser page, so each is a new Streamlit session) from navigation
until the page is rendered as a user sees it: its title shown, the app idle (no "Running", no stale
element, no spinner) and every table and chart drawn. A title alone is not enough: Streamlit shows it
first and fills the tables afterwards, and a user waits for those. Target: under 3 s per page.

    python -m scripts.bench_dashboard [--warehouse FILE] [--raw DIR] [--runs 3] [--pages / /scores]
                                      [--screenshot-dir docs/screenshots]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a file, not with -m
    sys.path.insert(0, str(ROOT))

from pipelines import paths  # noqa: E402
from tests.fixtures.browser import CHROMIUM_ARGS, start_dashboard  # noqa: E402

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

TARGET_S = 3.0
VIEWPORT = {"width": 1440, "height": 900}
# name → url path of each page of the multipage app (st.navigation); the default page is served at /
PAGES: dict[str, str] = {"/compare": "/", "/execution": "/execution", "/scores": "/scores",
                         "/spending": "/spending", "/drilldown": "/drilldown", "/status": "/status"}
STABLE_S = 0.3  # the page must stay rendered this long: Streamlit may start a rerun right after a first paint
POLL_S = 0.025
TIMEOUT_S = 60.0

# "rendered" in the browser: returns "" when not yet, "ok", or "error: ..." when the page raised.
RENDERED_JS = """() => {
  const main = document.querySelector("[data-testid='stMain']");
  if (!main) return "";
  const error = main.querySelector("[data-testid='stException']");
  if (error) return "error: " + error.innerText.split("\\n").slice(0, 3).join(" ").slice(0, 300);
  const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
  const title = main.querySelector("h1, h2");
  if (!title || !visible(title) || !title.innerText.trim()) return "";
  const status = document.querySelector("[data-testid='stStatusWidget']");
  if (status && /Running|Stop/.test(status.innerText)) return "";
  if (document.querySelector("[data-stale='true'], [data-testid='stSkeleton'], [data-testid='stSpinner']"))
    return "";
  for (const table of main.querySelectorAll("[data-testid='stDataFrame']"))
    if (!table.querySelector("canvas, [role='grid'], table")) return "";
  for (const chart of main.querySelectorAll(
      "[data-testid='stVegaLiteChart'], [data-testid='stArrowVegaLiteChart']"))
    if (!chart.querySelector("canvas, svg")) return "";
  return "ok";
}"""

# The height of everything the app shows: Streamlit scrolls inside its main section, not the document,
# so a full-page screenshot needs a viewport that tall.
CONTENT_HEIGHT_JS = """() => {
  const heights = [document.documentElement.scrollHeight];
  for (const sel of ["[data-testid='stMain']", "[data-testid='stAppViewContainer']",
                     "[data-testid='stMainBlockContainer']", "[data-testid='stSidebarContent']"]) {
    const e = document.querySelector(sel);
    if (e) heights.push(e.scrollHeight);
  }
  return Math.max(...heights);
}"""


@dataclass
class Timing:
    """One page's loads."""

    name: str
    seconds: list[float] = field(default_factory=list)
    error: str | None = None  # the page raised or never rendered: no timing
    note: str | None = None  # rendered, but the browser reported a JavaScript error

    def line(self) -> str:
        if self.error:
            return f"page {self.name}: FAILED ({self.error})"
        median = statistics.median(self.seconds)
        note = f"; {self.note}" if self.note else ""
        return (f"page {self.name}: {median:.2f} s (median of {len(self.seconds)}, max {max(self.seconds):.2f} s; "
                f"target < {TARGET_S:.0f} s{note})")


def default_app() -> Path:
    """What `make dashboard` serves: server.py (the app plus the route to originals) when present."""
    server = ROOT / "dashboard" / "server.py"
    return server if server.exists() else ROOT / "dashboard" / "app.py"


def load(page: Page, url: str) -> float:
    """Seconds from navigation until the page is rendered and stays so for STABLE_S; raises on a page error."""
    started = time.perf_counter()
    page.goto(url, wait_until="commit")
    first: float | None = None
    while True:
        now = time.perf_counter()
        if now - started > TIMEOUT_S:
            raise TimeoutError(f"not rendered after {TIMEOUT_S:.0f} s")
        state = page.evaluate(RENDERED_JS)
        if state.startswith("error"):
            raise RuntimeError(state.removeprefix("error: "))
        if state == "ok":
            first = now if first is None else first
            if now - first >= STABLE_S:
                served = urlsplit(page.url).path.rstrip("/")
                if served != urlsplit(url).path.rstrip("/"):  # Streamlit shows its default page for an unknown path
                    raise RuntimeError(f"no such page: the app served {served or '/'} instead")
                return first - started
        else:
            first = None
        page.wait_for_timeout(POLL_S * 1000)


def screenshot(page: Page, target: Path) -> None:
    """The whole page at 1440 wide, a second after it rendered (animations, fonts)."""
    page.wait_for_timeout(1000)
    height = min(int(page.evaluate(CONTENT_HEIGHT_JS)), 10000)
    if height > VIEWPORT["height"]:
        page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
        page.wait_for_timeout(500)
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)


def time_page(browser: Browser, url: str, name: str, runs: int, shots: Path | None) -> Timing:
    timing = Timing(name)
    errors: list[str] = []
    for run in range(runs + 1):  # the first load of a page warms the server's caches and imports
        page = browser.new_page(viewport=VIEWPORT)
        page.on("pageerror", lambda e: errors.append(str(e)))
        try:
            elapsed = load(page, url)
            if run > 0:
                timing.seconds.append(elapsed)
            if shots is not None and run == runs:
                screenshot(page, shots / (name.strip("/").replace("/", "_") + ".png"))
        except (RuntimeError, TimeoutError) as error:
            timing.error = str(error)
            return timing
        finally:
            page.close()
    if errors:
        timing.note = "JavaScript error: " + errors[0][:200]
    return timing


def select_pages(wanted: list[str] | None) -> dict[str, str]:
    """Pages by name (/compare) or url path (/); an unknown path is timed as given."""
    if not wanted:
        return dict(PAGES)
    by_path = {path: name for name, path in PAGES.items()}
    chosen = {}
    for item in wanted:
        item = "/" + item.strip("/")
        name = item if item in PAGES else by_path.get(item, item)
        chosen[name] = PAGES.get(name, item)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=paths.published_db(),
                        help=f"the published DuckDB file the dashboard reads (default {paths.published_db()})")
    parser.add_argument("--raw", type=Path, default=paths.raw_dir(),
                        help="the raw folder of that warehouse (originals the drill-down opens)")
    parser.add_argument("--runs", type=int, default=3, help="timed loads per page, after one warm-up (default 3)")
    parser.add_argument("--pages", nargs="+", metavar="PAGE",
                        help=f"pages to time, by name or url path (default all: {' '.join(PAGES)}; / is the "
                             "default page)")
    parser.add_argument("--screenshot-dir", type=Path,
                        help="save a full-page screenshot of each page here (1440x900 viewport, 1 s after render)")
    parser.add_argument("--app", type=Path, default=default_app(), help="the Streamlit script to serve")
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("dashboard bench skipped: Debian's chromium is not installed (apt-get install chromium)")
        return 0
    if not args.warehouse.exists():
        print(f"dashboard bench skipped: no published warehouse at {args.warehouse} (run `make run`)")
        return 0
    from playwright.sync_api import sync_playwright

    pages = select_pages(args.pages)
    print(f"dashboard bench: {args.app.relative_to(ROOT) if args.app.is_relative_to(ROOT) else args.app} on "
          f"{args.warehouse}, {len(pages)} page(s), {args.runs} load(s) each after a warm-up", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        log = Path(tmp) / "streamlit.log"
        try:
            process, url = start_dashboard(args.warehouse.resolve(), args.raw.resolve(), log, args.app.resolve())
        except RuntimeError as error:
            print(f"dashboard bench failed: {error}")
            return 1
        timings = []
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                for name, path in pages.items():
                    timing = time_page(browser, url + path, name, args.runs, args.screenshot_dir)
                    print(timing.line(), flush=True)
                    timings.append(timing)
                browser.close()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    timed = [t for t in timings if not t.error]
    if timed:
        slowest = max(timed, key=lambda t: statistics.median(t.seconds))
        median = statistics.median(slowest.seconds)
        verdict = "within" if median < TARGET_S else "OVER"
        print(f"slowest page: {slowest.name} {median:.2f} s ({verdict} the {TARGET_S:.0f} s target; "
              f"{len(timed)} of {len(timings)} pages timed)")
    if args.screenshot_dir and timed:
        print(f"screenshots in {args.screenshot_dir}")
    return 1 if any(t.error for t in timings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
