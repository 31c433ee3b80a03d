"""The default theme under a finger, at large sizes and from the keyboard, measured in Chromium."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from themekit import LAYOUT_PROBLEMS, SMALL_TARGETS, all_page_types, build_demo, open_page

MATTER = "matters/birth-registration.html"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("layout") / "output")


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_touch_targets_are_at_least_44_px(browser, demo, width):
    """Every link, button and field a finger may hit is 44 × 44 CSS px or more (links inside sentences aside)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    small = []
    for name, path in all_page_types(demo).items():
        open_page(tab, demo, path)
        small += [f"{name}: {target}" for target in tab.evaluate(SMALL_TARGETS, 44)]
    context.close()
    assert small == [], "\n".join(small[:40])


@pytest.mark.parametrize("width, display, text", [
    (640, "", "225%"),  # a 1280 px screen zoomed to 200 %, with the text doubled as well
    (320, "zw-large", ""),  # a small phone in 大字
    (1920, "zw-large zw-contrast", ""),  # a wide PC in 大字 and 高对比
])
def test_nothing_overflows_overlaps_or_is_cut_at_large_sizes(browser, demo, width, display, text):
    context = browser.new_context(viewport={"width": width, "height": 900})
    if display:
        context.add_init_script(f"localStorage.setItem('zw-display', '{display}')")
    tab = context.new_page()
    problems = []
    for name, path in all_page_types(demo).items():
        open_page(tab, demo, path)
        if text:
            tab.add_style_tag(content=f"html {{ font-size: {text} !important; }}")
        problems += [f"{name}: {problem}" for problem in tab.evaluate(LAYOUT_PROBLEMS)]
    context.close()
    assert problems == [], "\n".join(problems[:40])


def test_keyboard_alone_reaches_everything_on_a_matter_page(page, demo):
    """Tab from the top: the skip link comes first and works, every stop shows its focus, no trap."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo.as_uri() + "/" + MATTER)
    page.keyboard.press("Tab")
    skip = page.evaluate("""() => { const el = document.activeElement, box = el.getBoundingClientRect();
        return {cls: el.className, top: box.top, left: box.left, width: box.width,
                background: getComputedStyle(el).backgroundColor}; }""")
    assert skip["cls"] == "zw-skip" and skip["left"] >= 0 and skip["top"] >= 0 and skip["width"] > 0
    assert skip["background"] == "rgb(255, 221, 0)"  # the focus colour, visible on any background
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.closest('main') !== null")
    assert first, "after the skip link, Tab must go on inside the main content"

    unseen, stops, seen = [], 0, set()
    page.goto(demo.as_uri() + "/" + MATTER)
    for _ in range(400):
        page.keyboard.press("Tab")
        stop = page.evaluate("""() => {
            const el = document.activeElement;
            if (!el || el === document.body || el.hasAttribute('data-tabbed')) return null;
            el.setAttribute('data-tabbed', '');
            const box = el.getBoundingClientRect(), style = getComputedStyle(el);
            const shown = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
                           && style.outlineColor !== 'rgba(0, 0, 0, 0)')
                          || style.boxShadow !== 'none' || style.backgroundColor === 'rgb(255, 221, 0)';
            const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
            return {key: el.tagName + (el.id || '') + (el.getAttribute('href') || '') + el.textContent.trim().slice(0, 20),
                    shown, inView, width: box.width};
        }""")
        if stop is None:
            break  # back at the start: the whole page was reachable and nothing trapped the focus
        seen.add(stop["key"])
        stops += 1
        if not (stop["shown"] and stop["inView"] and stop["width"] > 0):
            unseen.append(stop)
    assert stops > 30, "too few focus stops: the page cannot be used from the keyboard"
    assert unseen == [], unseen[:10]
    assert any("返回顶部" in key for key in seen), "focus never reached the footer"


def test_display_controls_work_from_the_keyboard(page, demo):
    page.goto(demo.as_uri() + "/index.html")
    page.focus("button[data-display=zw-large]")
    page.keyboard.press("Enter")
    assert page.get_attribute("button[data-display=zw-large]", "aria-pressed") == "true"
    page.keyboard.press("Space")
    assert page.get_attribute("button[data-display=zw-large]", "aria-pressed") == "false"


def test_nothing_loads_from_another_host(browser, demo):
    """Every page type opened from disk asks for nothing but files of the site (kiosks have no network)."""
    context = browser.new_context()
    requests: list[str] = []
    context.route("**/*", lambda route: (requests.append(route.request.url), route.continue_()))
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(f"{tab.url}: {exc}"))
    for path in all_page_types(demo).values():
        open_page(tab, demo, path)
    context.close()
    assert [url for url in requests if not url.startswith(demo.as_uri())] == []
    assert [error for error in errors if "/search.html" not in error] == []  # search.js: tests/test_search*.py


def test_matter_page_is_light(demo, record_property):
    """HTML + CSS + JS of a matter page, gzipped: what a cheap phone downloads for the first visit."""
    parts = [demo / MATTER, demo / "assets/css/site.css", demo / "assets/js/site.js"]
    sizes = {p.name: len(gzip.compress(p.read_bytes(), 9)) for p in parts}
    total = sum(sizes.values())
    record_property("matter_page_gzip_bytes", total)
    print(f"matter page gzip: {sizes} = {total} bytes")
    assert total < 20 * 1024, sizes
