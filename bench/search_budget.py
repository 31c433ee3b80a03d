"""The search figures of `make bench`: the browser budget of issue 5, and the index's build and update times.

Browser (Chromium from file://, a fresh context per first query, as a kiosk's first visitor):
- first query: from navigation start to the first frame painted with results in it (the
  page's own clock: the frame after results entered the page), and as Playwright waits for
  them; and the gzip size of every file the page loaded by then;
- later queries: put into the box and submitted at once, to the frame painted with their results
  (the page searches in place), and the engine's own time for the same query
  (ZW_SEARCH.search, rows included);
- typed queries: typed a character at a time, then Enter: from the key to the painted frame (the
  page has searched while typing paused).
Index (in this process): SearchIndex of the whole site, and an update after one document's
title and text are edited.

Run alone: `python bench/search_budget.py OUTPUT [--content DIR]`.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

QUERIES = ["出生登记", "低保", "社会保险", "户籍迁入", "养老服务补贴", "环境影响评价", "义务教育入学", "就业困难人员"]
LATER = 4  # later queries after each first one: the next ones in QUERIES, never the first again
# Typed into the page as a visitor types them (after the later queries above, so none of these), a
# character every TYPING_MS, Enter TYPING_MS after the last one: the page searches while typing pauses.
TYPED = ["居民身份证", "残疾人补贴", "住房公积金", "营业执照", "最低生活保障", "医疗保险报销", "失业登记", "老年人优待"]
TYPING_MS = 100
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
# Installed before the page's own scripts: note when results first enter the page, then when the
# frame that shows them has been painted (the next animation frame, and the task after it), and
# say so on the console. Waiting for that message keeps Playwright out of the page: polling with
# wait_for_function first injects Playwright's own script (330 KB), which the trace showed
# running for ~20 ms on the page's main thread while the page was still loading.
PAINTED = """(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#search-results li, #search-help:not([hidden])')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      window.zwPainted = performance.now();
      console.log('zw-painted');
    }, 0));
  });
  observer.observe(document, {childList: true, subtree: true, attributes: true});
})();"""

# A page function: once results are shown after start() (the page's 'shown' mark), wait for the frame
# that paints them, then call done with the ms since start(). start() is Infinity until the clock starts.
WHEN_PAINTED = """(start, done) => {
  const observer = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'zw-search:shown' && entry.startTime >= start()) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - start()), 0));
      }
    }
  });
  observer.observe({entryTypes: ['mark']});
}"""
# Submit a query in the page and resolve with the ms from submitting to the frame painted with its results.
LATER_SHOWN = """q => new Promise(resolve => {
  const start = performance.now();
  (""" + WHEN_PAINTED + """)(() => start, resolve);
  document.getElementById('search-q').value = q;
  document.getElementById('search-form').requestSubmit();
})"""
# Arm before Enter is pressed: resolve window.zwTyped with the ms from the key to the painted frame.
ENTER_SHOWN = """() => { window.zwTyped = new Promise(resolve => {
  let start = Infinity;
  document.getElementById('search-q').addEventListener('keydown', () => { start = performance.now(); }, {once: true});
  (""" + WHEN_PAINTED + """)(() => start, resolve);
}); }"""
ENGINE = """q => new Promise(r => { const t = performance.now();
  ZW_SEARCH.search(q, {}, ZW_SEARCH.pageSize, () => r(performance.now() - t)); })"""


def browser_budget(output: Path) -> dict:
    """Return the medians and maxima of the first-query and later-query figures."""
    from playwright.sync_api import sync_playwright

    figures: dict[str, list[float]] = {"wall": [], "shown": [], "kib": [], "later": [], "engine": [], "typed": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        warm = browser.new_page()  # the browser's own start-up is no part of a query
        warm.goto((output / "search.html").as_uri())
        warm.close()
        for number, query in enumerate(QUERIES):
            context = browser.new_context()
            page = context.new_page()
            page.add_init_script(PAINTED)
            requested: list[str] = []
            by_then: list[str] = []  # what was asked for before the painted frame: events come in order
            page.on("request", lambda request: requested.append(request.url))

            def painted(message) -> bool:
                if message.text != "zw-painted":
                    return False
                by_then.extend(requested)  # not later: the page goes on to load what later queries need
                return True

            start = time.perf_counter()
            with page.expect_console_message(painted, timeout=20_000):
                page.goto((output / "search.html").as_uri() + "?q=" + query, wait_until="commit")
            figures["wall"].append((time.perf_counter() - start) * 1000)
            figures["shown"].append(page.evaluate("() => window.zwPainted"))
            figures["kib"].append(sum(_gzip_size(url) for url in set(by_then)) / 1024)
            for other in [QUERIES[(number + i) % len(QUERIES)] for i in range(1, LATER + 1)]:
                figures["later"].append(page.evaluate(LATER_SHOWN, other))
            for other in [QUERIES[(number + i) % len(QUERIES)] for i in range(LATER + 1, 2 * LATER + 1)]:
                figures["engine"].append(page.evaluate(ENGINE, other))
            for typed in [TYPED[(number + i) % len(TYPED)] for i in range(LATER)]:
                page.fill("#search-q", "")
                page.locator("#search-q").press_sequentially(typed, delay=TYPING_MS)
                page.wait_for_timeout(TYPING_MS)
                page.evaluate(ENTER_SHOWN)
                page.keyboard.press("Enter")
                figures["typed"].append(page.evaluate("() => window.zwTyped"))
            context.close()
        browser.close()
    return {
        "first_query_shown_ms_median": statistics.median(figures["shown"]),
        "first_query_shown_ms_max": max(figures["shown"]),
        "first_query_wall_ms_median": statistics.median(figures["wall"]),
        "first_query_wall_ms_max": max(figures["wall"]),
        "first_query_kib_gzip_median": statistics.median(figures["kib"]),
        "first_query_kib_gzip_max": max(figures["kib"]),
        "later_query_shown_ms_median": statistics.median(figures["later"]),
        "later_query_shown_ms_max": max(figures["later"]),
        "later_query_engine_ms_median": statistics.median(figures["engine"]),
        "later_query_engine_ms_max": max(figures["engine"]),
        "typed_query_shown_ms_median": statistics.median(figures["typed"]),
        "typed_query_shown_ms_max": max(figures["typed"]),
    }


def _gzip_size(url: str) -> int:
    path = Path(url.removeprefix("file://").split("?")[0])
    return len(gzip.compress(path.read_bytes(), 6)) if path.is_file() else 0


def index_timings(content: Path) -> dict:
    """Time a whole SearchIndex, then an update after one document's title and text change."""
    from generator.build import load_site
    from generator.diagnostics import Report
    from generator.model import Body
    from generator.search import SearchIndex

    site = load_site(content, Report())
    start = time.perf_counter()
    index = SearchIndex(site)
    built = time.perf_counter() - start
    document = site.documents[len(site.documents) // 2]
    updates = []
    for n in range(3):
        document.title += f"（修订{n}）"
        document.body = Body(document.body.text + f"\n\n补充说明第{n}条：办理时间延长至晚上八点。",
                             document.body.source, document.body.line)
        start = time.perf_counter()
        written, removed = index.update(site, {document.key}, set())
        updates.append((time.perf_counter() - start, len(written), len(removed)))
    files = index.files()
    return {"index_build_s": built, "index_files": len(files), "index_mib": sum(map(len, files.values())) / 2**20,
            "update_one_document_s_median": statistics.median(u[0] for u in updates),
            "update_files_written": updates[-1][1]}


def print_figures(figures: dict) -> None:
    b = figures.get("browser")
    if b:
        print(f"  first query     {b['first_query_kib_gzip_median']:.0f} KiB gzip (max {b['first_query_kib_gzip_max']:.0f}),"
              f" results shown {b['first_query_shown_ms_median']:.0f} ms after navigation"
              f" (max {b['first_query_shown_ms_max']:.0f}; Playwright's wait {b['first_query_wall_ms_median']:.0f})")
        print(f"  later queries   shown {b['later_query_shown_ms_median']:.1f} ms (max {b['later_query_shown_ms_max']:.1f});"
              f" engine {b['later_query_engine_ms_median']:.1f} ms (max {b['later_query_engine_ms_max']:.1f})")
        print(f"  typed queries   shown {b['typed_query_shown_ms_median']:.1f} ms after Enter"
              f" (max {b['typed_query_shown_ms_max']:.1f}; a character every {TYPING_MS} ms, Enter {TYPING_MS} ms after)")
    i = figures.get("index")
    if i:
        print(f"  search index    built in {i['index_build_s']:.1f} s: {i['index_mib']:.1f} MiB in {i['index_files']} files;"
              f" one edited document updates in {i['update_one_document_s_median'] * 1000:.0f} ms"
              f" ({i['update_files_written']} files)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="a built site")
    parser.add_argument("--content", type=Path, help="its content, to time the index too")
    args = parser.parse_args()
    figures = {"browser": browser_budget(args.output.resolve())}
    if args.content:
        figures["index"] = index_timings(args.content)
    print_figures(figures)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
