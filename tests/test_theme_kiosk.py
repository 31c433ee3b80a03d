"""Kiosk mode (`build --kiosk`): a hall touch screen opened from disk, with no network and no keyboard."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import MATTER
from qrdecode import scan_svg
from sitecheck import html_pages
from themekit import ARTIFACTS, SMALL_TARGETS, all_page_types, build_demo, open_page


@pytest.fixture(scope="module")
def kiosk_demo(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("kiosk") / "output", "--kiosk")


@pytest.fixture
def kiosk_site(make_content, run_cli, tmp_path):
    body = MATTER + "\n在线预约请访问[江州政务服务网](https://zwfw.jiangzhou.gov.cn/qingxi/)。\n"
    make_content({"matters/birth.md": body.replace("hot: true", "online_url: https://zwfw.jiangzhou.gov.cn/birth")})
    site = yaml.safe_load((tmp_path / "content/site.yaml").read_text(encoding="utf-8"))
    (tmp_path / "content/site.yaml").write_text(yaml.safe_dump({**site, "kiosk_idle_seconds": 2}, allow_unicode=True),
                                                encoding="utf-8")
    assert run_cli("build", "--content", "content", "--output", "output", "--kiosk").code == 0
    return tmp_path / "output"


def test_kiosk_returns_home_when_idle_and_forgets_the_display_settings(page, kiosk_site):
    page.goto(kiosk_site.as_uri() + "/matters/birth.html")
    assert page.is_visible(".zw-kiosk-home")
    page.click("button[data-display=zw-large]")
    page.wait_for_url("**/index.html", timeout=6_000)
    assert "zw-large" not in page.evaluate("document.documentElement.className")


def test_kiosk_shows_offsite_links_as_codes(kiosk_site):
    html = (kiosk_site / "matters/birth.html").read_text(encoding="utf-8")
    assert not re.search(r'<a [^>]*href="https?:', html)
    for url in ("https://zwfw.jiangzhou.gov.cn/birth", "https://zwfw.jiangzhou.gov.cn/qingxi/"):
        src = html.split(f'data-qr="{url}"', 1)[0].rsplit('src="', 1)[1].split('"', 1)[0]
        assert scan_svg(kiosk_site / "matters" / src) == [url]


def test_no_kiosk_page_links_off_the_site(kiosk_demo):
    """Templates (online_url) and Markdown alike: an off-site address is a code, never a dead link."""
    offsite = [(path, m[0]) for path in html_pages(kiosk_demo)
               for m in re.finditer(r'<a [^>]*href="(?:https?|mailto):[^"]*"', (kiosk_demo / path).read_text("utf-8"))]
    assert offsite == []
    matter = (kiosk_demo / "matters/birth-registration.html").read_text(encoding="utf-8")
    assert 'data-qr="https://zwfw.jiangzhou.gov.cn/qingxi/birth-registration"' in matter


@pytest.mark.parametrize("width, height", [(1080, 1920), (1920, 1080)])
def test_kiosk_has_large_targets_and_the_home_button_always_in_view(browser, kiosk_demo, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    requests: list[str] = []
    context.route("**/*", lambda route: (requests.append(route.request.url), route.continue_()))
    tab = context.new_page()
    small, hidden = [], []
    for name, path in all_page_types(kiosk_demo).items():
        open_page(tab, kiosk_demo, path)
        assert tab.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 20
        small += [f"{name}: {target}" for target in tab.evaluate(SMALL_TARGETS, 52)]
        for where in ("top", "bottom"):
            tab.evaluate("where => window.scrollTo(0, where === 'top' ? 0 : document.body.scrollHeight)", where)
            box = tab.eval_on_selector(".zw-kiosk-home", "el => el.getBoundingClientRect().toJSON()")
            if not (box["top"] >= 0 and box["bottom"] <= height and box["left"] >= 0 and box["right"] <= width):
                hidden.append(f"{name} at the {where}")
        if name in ("home", "matter") and width < height:
            tab.evaluate("window.scrollTo(0, 0)")
            tab.screenshot(path=str(ARTIFACTS / f"kiosk-{name}-{width}.png"))
    context.close()
    assert small == [], "\n".join(small[:30])
    assert hidden == []
    assert [url for url in requests if not url.startswith("file://")] == []
