"""Shared by the theme tests: the demo built once per module, its page types, and in-browser probes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sitecheck import html_pages

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"  # screenshots and PDFs for people to look at (git-ignored)
PAGE_TYPES = {  # one page of every type in the demo; "document" is added by document_page()
    "home": "index.html", "matter": "matters/birth-registration.html", "catalogue": "catalogue.html",
    "search": "search.html?q=出生登记", "domain": "domains/household.html", "stage": "stages/service.html",
    "category": "categories/notices.html", "list": "lists/public-service.html", "level": "levels/district.html",
    "organization": "organizations/qx-police.html", "tag": "tags.html", "organizations": "organizations.html",
    "poster": "posters/matters/birth-registration.html", "labels": "posters/labels/household.html",
    "posters": "posters/index.html", "page": "pages/guide.html", "not-found": "404.html",
    "paged": "stages/service/2.html",
}


def build_demo(output: Path, *options: str) -> Path:
    """Build the demo content into output, as `make build` does, and return output."""
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(ROOT / "content"),
                             "--output", str(output), "--quiet", *options], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return output


def document_page(demo: Path) -> str:
    """Return a repealed document: the page type with the most parts (notice, metadata, attachments)."""
    for path in html_pages(demo):
        if path.startswith("documents/") and "本文件已废止" in (demo / path).read_text(encoding="utf-8"):
            return path
    raise AssertionError("the demo has no repealed document")


def all_page_types(demo: Path) -> dict[str, str]:
    return {**PAGE_TYPES, "document": document_page(demo)}


def open_page(tab, demo: Path, path: str) -> None:
    """Open a page of the built site from disk; on the search page, wait until the search has answered.

    Whether it found the right things is tests/test_search*.py's business; the theme's is how it looks.
    """
    tab.goto(demo.as_uri() + "/" + path)
    if path.startswith("search.html?"):
        tab.wait_for_function("() => { const s = document.getElementById('search-status');"
                              " return s && s.textContent && s.textContent !== '正在搜索……'; }", timeout=10_000)


# Every control a finger can hit. An inline link inside running text is exempt, as in WCAG 2.5.8:
# a sentence cannot grow to 44 px lines, and the text around it spaces it out.
SMALL_TARGETS = """(minimum) => {
  const inText = (el) => {
    const style = getComputedStyle(el);
    if (style.display !== 'inline') return false;
    for (const node of el.parentElement.childNodes) {
      if (node !== el && node.nodeType === 3 && node.textContent.trim()) return true;
    }
    return !!el.closest('.zw-prose, p');
  };
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('.zw-visually-hidden') || el.matches('.zw-skip:not(:focus)') || inText(el)) continue;
    if (box.height < minimum - 0.5 || box.width < minimum - 0.5) {
      small.push(`${el.tagName.toLowerCase()}.${el.className || '-'} "${el.textContent.trim().slice(0, 12)}" `
                 + `${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return small;
}"""

# What goes wrong when text is large: a page wider than the screen, boxes pushed off either edge,
# text cut off by its box, and pieces of text drawn over each other.
LAYOUT_PROBLEMS = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  if (document.documentElement.scrollWidth > width) problems.push(`page ${document.documentElement.scrollWidth}px wide`);
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
      && !el.closest('.zw-visually-hidden, .zw-skip');
  };
  const name = (el) => `${el.tagName.toLowerCase()}.${el.className || '-'} "${el.textContent.trim().slice(0, 10)}"`;
  const texts = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || el.closest('.zw-table-wrap')) continue;
    const box = el.getBoundingClientRect();
    if (box.left < -1 || box.right > width + 1) problems.push(`${name(el)} outside the screen`);
    const style = getComputedStyle(el);
    if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} cut off`);
    if ([...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) {
      for (const line of el.getClientRects()) texts.push([el, line]);
    }
  }
  texts.sort((s, t) => s[1].top - t[1].top);  // a sweep down the page: compare only boxes that share rows
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length && texts[j][1].top < texts[i][1].bottom; j++) {
      const [a, p] = texts[i], [b, q] = texts[j];
      if (a === b || a.contains(b) || b.contains(a)) continue;
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > 2 && y > 2) problems.push(`${name(a)} overlaps ${name(b)}`);
    }
  }
  return [...new Set(problems)];
}"""
