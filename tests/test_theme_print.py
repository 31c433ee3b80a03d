"""Matter pages, document pages and the catalogue printed on A4 from Chromium, read back from the PDF."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from conftest import MATTER
from themekit import ARTIFACTS, build_demo, document_page

HIDDEN_ON_PAPER = (".zw-skip", ".zw-display", ".zw-nav", ".zw-breadcrumbs", ".zw-search-box", ".zw-contents",
                   ".zw-footer__links", ".zw-footer__top", "[data-module=print]")
CHROME_WORDS = ("跳到正文", "阅读辅助", "本页内容", "打印本页", "返回顶部", "公开主体\n")  # menu and tools


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("print") / "output")


def pdf_pages(tab, name: str) -> list[str]:
    """Print the open page as Chromium would on A4, keep the PDF, and return each page's text (spaces removed)."""
    import pypdf

    data = tab.pdf(prefer_css_page_size=True, print_background=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"{name}-print.pdf").write_bytes(data)
    reader = pypdf.PdfReader(io.BytesIO(data))
    tab.pdf_sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    return [re.sub(r"[ \t]+", "", page.extract_text()) for page in reader.pages]


def printed_link_addresses(tab) -> list[str]:
    """Return what print CSS writes after each link (attr(href) and the like), so relative ones can be caught."""
    return tab.evaluate("""() => [...document.querySelectorAll('main a')]
        .map(a => getComputedStyle(a, '::after').content).filter(c => c && c !== 'none' && c !== 'normal')""")


@pytest.mark.parametrize("kind", ["matter", "document", "catalogue"])
def test_prints_cleanly_on_a4(page, demo, kind):
    path = {"matter": "matters/birth-registration.html", "document": document_page(demo),
            "catalogue": "catalogue.html"}[kind]
    page.goto(demo.as_uri() + "/" + path)
    page.emulate_media(media="print")
    for selector in HIDDEN_ON_PAPER:
        assert all(not el.is_visible() for el in page.query_selector_all(selector)), selector
    assert page.is_visible("main h1") and page.is_visible(".zw-qr__img")
    page.screenshot(path=str(ARTIFACTS / f"{kind}-print.png"), full_page=True)
    for address in printed_link_addresses(page):
        assert "../" not in address and ".html" not in address, address  # relative links mean nothing on paper

    pages = pdf_pages(page, kind)
    text = "\n".join(pages)
    canonical = page.get_attribute("link[rel=canonical]", "href")
    assert canonical.startswith("https://") and canonical in text.replace("\n", "")  # where to find it online
    assert not [word for word in CHROME_WORDS if word in text], "navigation chrome on paper"
    width, height = page.pdf_sizes[0]
    if kind == "catalogue":  # ten columns: across the page, the header row on every page of the table
        assert width > height and len(pages) > 1
        assert all("公开时限" in p for p in pages), [i + 1 for i, p in enumerate(pages) if "公开时限" not in p]
    else:
        assert (round(width), round(height)) == (595, 842)  # A4 portrait, in points
    if kind == "matter":
        assert "https://zwfw.jiangzhou.gov.cn/qingxi/birth-registration" in text.replace("\n", "")  # 在线办理
    if kind == "document" and page.query_selector(".zw-attachments"):
        assert "https://www.qingxi.gov.cn/zwgk/files/" in text.replace("\n", "")


def test_a_long_table_repeats_its_header_on_every_printed_page(page, make_content, run_cli, tmp_path):
    """Sixty catalogue rows span pages: each page must show the column headers again."""
    rows = "".join(f"  - {{item: 第{n}项公开内容, stage: service, content: {'要素' * 30}, time_limit: 20个工作日内,"
                   f" channels: [政府网站], audience: public, method: active, levels: [county]}}\n"
                   for n in range(1, 61))
    make_content({"matters/birth.md": MATTER.replace(
        "catalogue:\n  - item: 办事指南\n    stage: service\n    channels: [政府网站]\n    audience: public\n"
        "    method: active\n    levels: [county]\n", "catalogue:\n" + rows)})
    assert run_cli("build", "--content", "content", "--output", "output").code == 0
    for path in ("matters/birth.html", "catalogue.html"):
        page.goto((tmp_path / "output" / path).as_uri())
        pages = pdf_pages(page, "long-table-" + path.split("/")[0].removesuffix(".html"))
        with_rows = [p for p in pages if "项公开内容" in p]
        assert len(with_rows) >= 2, path
        assert all("公开内容（要素）" in p for p in with_rows), path
