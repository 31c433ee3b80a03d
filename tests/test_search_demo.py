"""Real queries on the demo district, in Chromium, from file:// (a kiosk) and over HTTP (a web host)."""
from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, search_in

# (query, filters, what must come first or within the top three)
QUERIES = [
    ("出生登记", {}, ["matters/birth-registration.html"], 1),
    ("出生登記", {}, ["matters/birth-registration.html"], 1),  # Traditional query, Simplified content
    ("出生证明", {}, ["matters/birth-medical-certificate.html"], 1),  # part of 出生医学证明
    ("戶籍遷入", {}, ["matters/move-in-registration.html"], 1),
    ("低保", {}, ["matters/minimum-living-allowance.html"], 1),  # abbreviation of 最低生活保障
    ("最低生活保障", {}, ["matters/minimum-living-allowance.html"], 1),
    ("社保卡", {}, ["matters/social-security-card.html"], 1),  # 社会保障卡
    ("医保", {}, ["matters/medical-assistance.html"], 1),
    ("环评", {}, ["matters/eia-approval.html"], 1),  # 环境影响评价
    ("高齡津貼", {}, ["matters/senior-allowance.html"], 1),
    ("養老服務", {}, ["matters/home-care-subsidy.html"], 3),
    ("居家养老补贴", {}, ["matters/home-care-subsidy.html"], 1),
    ("长者饭堂", {}, ["matters/elderly-meal-service.html"], 1),
    ("噪声", {}, ["matters/noise-complaint.html"], 1),
    ("工伤", {}, ["matters/work-injury-certification.html"], 1),
    ("失业", {}, ["matters/unemployment-registration.html"], 1),
    ("入学", {}, ["matters/primary-school-enrollment.html"], 1),
    ("身份证", {}, ["matters/id-card-renewal.html"], 1),
    ("特困", {}, ["matters/extreme-poverty-support.html"], 1),
    ("青府办〔2023〕27号", {}, ["documents/soci-policy-2023-1.html"], 1),  # 文号 as typed
    ("青府办[2023]27号", {}, ["documents/soci-policy-2023-1.html"], 1),  # with ASCII brackets
    ("MB1C0208X/2025-00008", {}, ["documents/envi-policy-2025-1.html"], 1),  # 索引号
    ("最低生活保障审核确认办法", {}, ["documents/soci-policy-2023-1.html", "documents/soci-interp-2023-1.html"], 3),
    ("居住证积分", {}, ["documents/hous-policy-2025-2.html"], 4),
    ("港澳台居民", {}, ["documents/hous-hkmotw-notice-2026.html"], 3),  # Traditional documents
    ("临时救助", {"type": "d"}, ["documents/soci-guide-temporary-assistance-2026.html"], 1),
    ("创业", {"type": "m"}, ["matters/entrepreneurship-loan.html"], 2),
    ("出生登记", {"stage": "service"}, ["documents/hous-guide-birth-registration-2024.html"], 1),
    ("低保", {"domain": "social-assistance", "type": "d"}, ["documents/soci-guide-minimum-living-allowance-2024.html"], 1),
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
    for path in expected:
        assert path in results[:within], results[:5]
    assert page.js_errors == []


def test_filters_keep_only_what_they_name(page, demo):
    matters = search_in(page, demo.as_uri() + "/", "补贴", type="m")
    assert matters and all(r.startswith("matters/") for r in matters)
    documents = search_in(page, demo.as_uri() + "/", "公示", stage="result")
    assert documents and all(r.startswith("documents/") for r in documents)


def test_no_result_is_helpful(page, demo):
    assert search_in(page, demo.as_uri() + "/", "火星移民") == []
    assert page.is_visible("#search-help")
    assert page.locator("#search-help a").count() >= 5


def test_drafts_are_never_found(page, demo):
    assert not [r for r in search_in(page, demo.as_uri() + "/", "送审稿") if "draft" in r]


def test_results_show_type_domain_date_and_highlight(page, demo):
    search_in(page, demo.as_uri() + "/", "出生登记")
    first = page.locator("#search-results li").first
    assert first.locator("mark").first.inner_text() in ("出生", "出生登记", "生登", "登记")
    meta = page.locator("#search-results li").nth(1).locator(".zw-results__meta").inner_text()
    assert "文件" in meta and "户籍管理" in meta


def test_search_over_http(page, demo):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/"
        assert search_in(page, url, "低保")[:1] == ["matters/minimum-living-allowance.html"]
    finally:
        server.shutdown()
        server.server_close()
