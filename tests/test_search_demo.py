"""Real queries on the demo district, in Chromium, from file:// (a kiosk) and over HTTP (a web host).

Each query is what a resident would type; the expected pages were read and judged the right
answer to it, not copied from the engine's output.
"""
from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, search_in

M, D = "matters/{}.html".format, "documents/{}.html".format

# (query, filters, expected pages, within): the pages must all be among the first `within` results,
# a list in that order among them, a set in any order.
QUERIES = [
    # Simplified, as typed at the hall.
    ("出生登记", {}, [M("birth-registration")], 1),
    ("最低生活保障", {}, [M("minimum-living-allowance"), D("mz-2025-fw-3")], 3),  # the matter, then how to apply
    ("居住证", {}, [M("residence-permit"), D("ga-2025-fw-2")], 3),
    ("工伤认定", {}, [M("work-injury-certification"), D("hrss-2025-fw-6")], 3),
    ("噪声", {}, [M("noise-complaint")], 1),  # part of the matter's title 噪声污染投诉处理
    ("长者饭堂", {}, [M("elderly-meal-service")], 1),
    ("创业担保贷款", {}, [M("entrepreneurship-loan"), D("hrss-2025-fw-5")], 2),
    ("家庭医生签约", {}, {D("wj-2024-gf-1"), D("wj-2024-gf-1-jd")}, 2),  # the policy and its 政策解读; no matter
    ("零工市场", {}, {D("qrsg-2026-3"), D("qrsg-2026-3-jd")}, 2),
    # Traditional queries find Simplified text, Simplified queries find Traditional text.
    ("出生登記", {}, [M("birth-registration")], 1),
    ("戶籍遷入", {}, {D("qgg-2025-4"), D("ga-2025-jd-2")}, 2),
    ("醫療救助", {}, [M("medical-assistance"), D("yb-2025-fw-4")], 3),
    ("港澳臺居民", {}, {D("yb-2025-hk-1"), D("hrss-2024-hk-2"), D("jy-2026-fw-2")}, 3),
    ("港澳台居民", {}, {D("yb-2025-hk-1"), D("hrss-2024-hk-2"), D("jy-2026-fw-2")}, 3),  # titles in 繁體
    # Abbreviations, built in.
    ("低保", {}, [M("minimum-living-allowance")], 1),
    ("社保卡", {}, [M("social-security-card"), D("sb-2026-notice-11")], 2),
    ("环评", {}, [M("eia-approval"), D("sthj-2025-xk-4")], 2),
    ("特困", {}, [M("extreme-poverty-support"), D("qmg-2026-1")], 3),
    ("身份证", {}, [M("id-card-renewal")], 1),
    ("高龄补贴", {}, [M("senior-allowance")], 1),  # the district calls it 高龄津贴
    # Part of a word or phrase.
    ("出生证明", {}, [M("birth-medical-certificate")], 1),  # 出生医学证明
    ("居家养老补贴", {}, [M("home-care-subsidy")], 1),  # 居家养老服务补贴
    ("养老机构补贴", {}, {D("qmg-2025-3"), D("mz-2025-jd-5")}, 3),  # 养老机构运营补贴办法
    ("学位申请", {}, [D("jyg-2024-1")], 4),  # 学位申请和学校招生实施办法
    # 文号 and 索引号 as typed, with either kind of brackets, in either case.
    ("青府办〔2024〕16号", {}, [D("qfb-2024-16")], 1),
    ("青府办[2024]16号", {}, [D("qfb-2024-16")], 1),
    ("江公青规〔2025〕4号", {}, [D("qgg-2025-4")], 1),
    ("青民规〔2023〕1号", {}, [D("qmg-2023-1")], 1),
    ("MB1C0208X/2025-00005", {}, [D("sthj-2025-xk-4")], 1),
    ("mb1c03150/2026-00001", {}, [D("sb-2026-fw-1")], 1),
    # The valid edition above the expired one.
    ("出生登记办事指南", {}, [D("ga-2026-fw-1"), D("ga-2022-fw-3")], 2),
    ("失业保险金申领", {}, [D("sb-2026-fw-1"), D("sb-2024-fw-1")], 2),
    # Filters.
    ("低保", {"type": "d"}, [D("mz-2025-fw-3")], 5),
    ("出生登记", {"stage": "service"}, [D("ga-2026-fw-1")], 1),
    ("低保", {"domain": "social-assistance", "type": "d"}, [D("dongmen-xinyuan-2026-gs-1")], 1),
    ("补贴", {"type": "m"}, {M("home-care-subsidy"), M("skills-training-subsidy")}, 2),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("search") / "output"
    subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(ROOT / "content"), "--output",
                    str(output)], check=True, capture_output=True)
    return output


@pytest.mark.parametrize("query, filters, expected, within", QUERIES, ids=[q[0] + str(q[1]) for q in QUERIES])
def test_query_from_file_url(page, demo, query, filters, expected, within):
    results = search_in(page, demo.as_uri() + "/", query, **filters)
    top = results[:within]
    assert set(expected) <= set(top), results[:5]
    if isinstance(expected, list):
        assert [path for path in top if path in expected] == expected, results[:5]
    assert page.js_errors == []


def test_filters_keep_only_what_they_name(page, demo):
    matters = search_in(page, demo.as_uri() + "/", "补贴", type="m")
    assert matters and all(r.startswith("matters/") for r in matters)
    results = search_in(page, demo.as_uri() + "/", "公示", stage="result")
    assert len(results) == 10 and all(r.startswith("documents/") for r in results)
    social = search_in(page, demo.as_uri() + "/", "低保", domain="social-assistance")
    metas = page.eval_on_selector_all("#search-results .zw-results__meta", "m => m.map(x => x.textContent)")
    assert social and all("社会救助" in meta for meta in metas)


def test_no_result_is_helpful(page, demo):
    assert search_in(page, demo.as_uri() + "/", "火星移民") == []
    assert page.inner_text("#search-status") == "没有找到与“火星移民”相关的事项或文件。"
    assert page.is_visible("#search-help")
    assert page.locator("#search-help a:visible").count() >= 5  # the hot matters and the catalogue
    assert search_in(page, demo.as_uri() + "/", "低保", domain="environment") == []
    assert "去掉筛选条件" in page.inner_text("#search-widen")


def test_drafts_are_never_found(page, demo):
    for query in ("预约办", "门诊统筹", "重大行政决策事项目录", "元旦春节"):
        assert not [r for r in search_in(page, demo.as_uri() + "/", query) if "draft" in r], query


def test_results_show_type_domain_date_and_highlight(page, demo):
    search_in(page, demo.as_uri() + "/", "出生登记")
    first, second = page.locator("#search-results li").nth(0), page.locator("#search-results li").nth(1)
    assert first.locator("mark").first.inner_text() == "出生登记"
    assert first.locator(".zw-results__meta").inner_text().split() == ["事项", "户籍管理"]
    meta = second.locator(".zw-results__meta").inner_text()
    assert "文件" in meta and "户籍管理" in meta and "2026-" in meta
    assert second.locator(".zw-results__snippet").inner_text()


def test_search_over_http(page, demo):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/"
        assert search_in(page, url, "低保")[:1] == [M("minimum-living-allowance")]
        assert set(search_in(page, url, "戶籍遷入")[:2]) == {D("qgg-2025-4"), D("ga-2025-jd-2")}
        assert search_in(page, url, "青府办〔2024〕16号")[:1] == [D("qfb-2024-16")]
        assert page.js_errors == []
    finally:
        server.shutdown()
        server.server_close()


FIRST_PAGES = """async query => {
  const run = limit => new Promise((resolve, reject) =>
    ZW_SEARCH.search(query, {}, limit, (error, found) => error ? reject(error) : resolve(found)));
  const pages = {};
  let total = 0;
  for (const limit of [1, 2, 3, 5, 10]) {
    const found = await run(limit);
    pages[limit] = found.results.map(r => r.url);
    total = found.total;
  }
  return {pages, total, all: (await run(total)).results.map(r => r.url)};
}"""


def test_a_first_page_is_the_start_of_the_whole_ranking(page, demo):
    # search.js picks a page's records out of many without sorting them all, until more are asked for.
    page.goto(demo.as_uri() + "/search.html")
    page.wait_for_function("() => window.ZW_SEARCH && window.ZW_SEARCH.search")
    for query in ("公示", "办理", "服务", "社会保险"):
        found = page.evaluate(FIRST_PAGES, query)
        assert found["total"] > 8 * 10, (query, found["total"])  # picked, not sorted, for every page size
        assert len(found["all"]) == found["total"]
        for limit, urls in found["pages"].items():
            assert urls == found["all"][:int(limit)], (query, limit)
    assert page.js_errors == []


# Search and note which row chunks (search/d/N.js) were asked for before the ranking was known.
ROUNDS = """([query, filters]) => new Promise((resolve, reject) => {
  const added = [];
  new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
    if (n.src && n.src.includes('/search/d/')) added.push([performance.now(), n.src.split('/search/')[1]]);
  }))).observe(document.head, {childList: true});
  performance.clearMarks();
  ZW_SEARCH.search(query, filters, ZW_SEARCH.pageSize, (error, found) => {
    if (error) return reject(error);
    const ranked = performance.getEntriesByName('zw-search:ranked')[0].startTime;
    resolve({ahead: added.filter(a => a[0] < ranked).map(a => a[1]),
             after: added.filter(a => a[0] >= ranked).map(a => a[1]), urls: found.results.map(r => r.url)});
  });
})"""


def test_matters_leading_a_page_have_their_rows_loaded_with_the_shards(page, demo):
    # From disk the browser loads files one after another: rows asked for only once the ranking is
    # known would be a second round. A matter whose title holds the whole query leads the page.
    def rounds(query, **filters):
        page.goto(demo.as_uri() + "/search.html")  # a fresh page: nothing loaded yet
        page.wait_for_function("() => window.ZW_SEARCH && window.ZW_SEARCH.search")
        return page.evaluate(ROUNDS, [query, filters])

    for query in ("出生登记", "低保", "社保卡"):
        found = rounds(query)
        assert found["ahead"], query
        assert not set(found["ahead"]) & set(found["after"]), query
        matters = [url for url in found["urls"] if url.startswith("matters/")]
        for chunk in found["ahead"]:  # each one holds a matter of the page: none was loaded in vain
            rows = (demo / "search" / chunk).read_text(encoding="utf-8")
            assert any(f'"{url}"' in rows for url in matters), (query, chunk)
    # Where a filter or a 文号 may put documents first, nothing is guessed.
    assert rounds("低保", domain="social-assistance")["ahead"] == []
    assert rounds("出生登记", type="d")["ahead"] == []
    assert rounds("青府办〔2024〕16号")["ahead"] == []
    assert page.js_errors == []


def test_after_the_first_results_a_page_of_matters_needs_no_row_chunk(page, demo):
    """Once a page has shown results it loads every matter's row (search/m.js): a later page of
    matters asks for no row chunk, and shows what a fresh page reads from the chunks."""
    queries = [("低保", {}), ("出生登记", {}), ("社保卡", {}), ("养老", {}), ("证明", {"type": "m"})]
    fresh = []
    for query, filters in queries:
        page.goto(demo.as_uri() + "/search.html")  # no query shown yet: nothing more is loaded
        page.wait_for_function("() => window.ZW_SEARCH && window.ZW_SEARCH.search")
        fresh.append(page.evaluate(ROUNDS, [query, filters]))
        assert not page.evaluate(M_LOADED)
    assert len(fresh[-1]["urls"]) == 10 and fresh[-1]["ahead"]  # a page of matters, read from chunks
    for (query, filters), before in zip(queries, fresh):
        page.goto(demo.as_uri() + "/search.html?q=" + "身份证&type=d")  # first results: documents' rows only
        page.wait_for_function(M_LOADED)
        found = page.evaluate(ROUNDS, [query, filters])
        assert found["urls"] == before["urls"], query
        assert found["ahead"] == [], query  # nothing to guess: the matters' rows are all there
        documents = [url for url in found["urls"] if url.startswith("documents/")]
        for chunk in found["after"]:  # a chunk only for the documents the page shows
            rows = (demo / "search" / chunk).read_text(encoding="utf-8")
            assert any(f'"{url}"' in rows for url in documents), (query, chunk)
        if not documents:
            assert found["after"] == [], query
    assert page.js_errors == []


M_LOADED = "() => performance.getEntriesByName('zw-search:matters').length > 0"  # marked as m.js runs


SAME_AS_LUNR = """literal => {
  const data = JSON.parse(literal).lunr, ours = ZW_SEARCH.loadIndex(data), lunrs = lunr.Index.load(data);
  const wildcard = lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING;
  const terms = data.invertedIndex.map(pair => pair[0]);
  const singles = [...new Set(terms.join(''))];
  const queries = terms.map(t => [t]).concat(terms.slice(1).map((t, i) => [terms[i], t]), singles.map(c => [c, '*']));
  const run = (index, [term, star]) => JSON.stringify(index.query(q => q.term(term, star
    ? {fields: ['t'], usePipeline: false, wildcard} : {fields: ['t'], usePipeline: false})));
  const differ = queries.filter(query => run(ours, query) !== run(lunrs, query));
  return {queries: queries.length, found: queries.filter(query => run(ours, query) !== '[]').length, differ};
}"""


def test_the_matters_index_finds_what_lunrs_own_load_finds(page, demo):
    """search.js loads the matters' lunr index with its own plain trie of terms: every term, every
    pair of neighbouring terms and every single character (as wildcards) finds the same, in the same
    order and with the same scores and match data, as the index that lunr.Index.load makes."""
    page.goto(demo.as_uri() + "/search.html")
    page.wait_for_function("() => window.ZW_SEARCH && window.ZW_SEARCH.loadIndex")
    engine = (demo / "search" / "search.js").read_text(encoding="utf-8")
    literal = engine.split("ZW_SEARCH.i(JSON.parse(", 1)[1].split("));\n", 1)[0]  # a JS string literal
    compared = page.evaluate(f"literal => ({SAME_AS_LUNR})(eval(literal))", literal)
    assert compared["differ"] == []
    assert compared["queries"] > 500 and compared["found"] == compared["queries"]
    assert page.js_errors == []


def test_the_page_script_is_inline_and_unchanged(page, demo):
    """search.html carries its own script inline (one file less to wait for from disk), exactly as
    the theme's file holds it: Jinja, which includes it, changed nothing in it."""
    source = (ROOT / "themes/default/templates/search-page.js").read_text(encoding="utf-8")
    assert "</script" not in source.lower()
    html = (demo / "search.html").read_text(encoding="utf-8")
    assert f"<script>{source}</script>" in html
    assert "search-page.js" not in html and not (demo / "assets/js/search-page.js").exists()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(demo.as_uri() + "/search.html?q=低保")
    page.wait_for_selector("#search-results li")
    assert not [url for url in requested if url.endswith(".js") and "/search/" not in url and "site.js" not in url]
    assert page.js_errors == []
