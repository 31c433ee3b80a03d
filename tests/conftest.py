"""Shared fixtures: scratch content trees written from dicts, and the CLI run in-process."""
from __future__ import annotations

import contextlib
import io
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
import yaml

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent

SITE = {
    "title": "测试区政务公开",
    "organization": "测试区人民政府办公室",
    "base_url": "https://example.gov.cn/zwgk/",
    "domains": [{"id": "household", "name": "户籍管理"}, {"id": "employment", "name": "就业创业"}],
    "categories": [
        {"id": "normative", "name": "规范性文件", "stage": "decision", "required": ["number"]},
        {"id": "notices", "name": "通知公告", "stage": "service"},
        {"id": "interpretations", "name": "政策解读", "stage": "service"},
        {"id": "results", "name": "结果公示", "stage": "result"},
    ],
    "organizations": [
        {"id": "gov", "name": "测试区人民政府", "level": "district", "code": "001234567"},
        {"id": "police", "name": "测试区公安分局", "level": "district", "parent": "gov", "code": "001234575"},
        {"id": "east", "name": "东街道办事处", "level": "subdistrict", "parent": "gov"},
    ],
    "footer": {"site_code": "1100000001", "icp": "京ICP备00000001号"},
}

MATTER = """\
---
title: 出生登记
domain: household
list: public-service
department: police
statutory_days: 50
promised_days: 15
max_visits: 1
places: [hall]
materials:
  - {name: 出生医学证明, copies: 1}
steps:
  - 申请
  - {name: 审核, who: 户籍窗口, days: 10}
tags: [生育]
hot: true
catalogue:
  - item: 办事指南
    stage: service
    channels: [政府网站]
    audience: public
    method: active
    levels: [county]
---
婴儿出生后一个月内办理。
"""

DOCUMENT = """\
---
title: 关于出生登记的通知
category: notices
publisher: police
published: 2024-03-01
written: 2024-02-26
matters: [birth]
---
请按[出生登记](matter:birth)办理。
"""

PLACES = """\
- id: hall
  name: 区政务服务中心
  address: 测试路1号
"""


def minimal_files() -> dict[str, str]:
    """Return a small valid content tree: one matter, one document, one place."""
    return {
        "site.yaml": yaml.safe_dump(SITE, allow_unicode=True, sort_keys=False),
        "matters/birth.md": MATTER,
        "documents/2024/notice-1.md": DOCUMENT,
        "places.yaml": PLACES,
    }


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write a content tree from {relative path: text or bytes}."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data) if data.startswith("\n") else data, encoding="utf-8")
    return root


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that writes the minimal tree, changed by `files` (None deletes a file)."""

    def make(files: dict[str, str | bytes | None] | None = None) -> Path:
        tree: dict[str, str | bytes | None] = {**minimal_files(), **(files or {})}
        root = tmp_path / "content"
        return write_tree(root, {k: v for k, v in tree.items() if v is not None})

    return make


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.out + self.err).splitlines() if line]


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., Run]:
    """Run the command line in-process from the scratch folder and capture what it prints."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Run:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        return Run(code, out.getvalue(), err.getvalue())

    return run


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.js_errors = errors  # type: ignore[attr-defined]
    yield tab
    context.close()


def search_in(page, site_url: str, query: str, **filters: str) -> list[str]:
    """Open search.html?q=… like a resident would and return the result links, best first."""
    from urllib.parse import urlencode

    page.goto(f"{site_url}search.html?{urlencode({'q': query, **filters})}")
    page.wait_for_function("() => { const s = document.getElementById('search-status');"
                           " return s && s.textContent && s.textContent !== '正在搜索……'; }", timeout=10_000)
    return page.eval_on_selector_all("#search-results a", "links => links.map(a => a.getAttribute('href'))")
