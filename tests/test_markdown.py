"""Markdown: the fast parser (markdown-it.rs) must give exactly the HTML of markdown-it-py."""
from __future__ import annotations

import pytest

from conftest import ROOT
from generator import markdown

FIXTURES = [
    "# 标题\n\n正文**加粗**与*强调*，~~删除~~。\n",
    "| 事项 | 时限 |\n|---|---:|\n| 出生登记 | 15 |\n| 户口迁入 | 5 |\n",
    "1. 申请\n2. 受理\n   - 窗口\n   - 网上\n\n> 引用\n",
    "[出生登记](matter:birth-registration) 与 [附件](files/2024/表.pdf) ![图](files/a.png)\n",
    "<div onclick=\"x()\">原样 HTML</div>\n\n<script>alert(1)</script>\n",
    "```\n<h1>代码</h1>\n```\n\n`行内 <b>` 代码\n",
    "邮箱 cg@qingxi.gov.cn，网址 https://www.qingxi.gov.cn/\n",
    "第一行  \n第二行\\\n第三行\n\n---\n\n[ref]: https://example.gov.cn\n",
]


def bodies() -> list[str]:
    """Return every Markdown body of the demo, then the fixtures above."""
    texts = []
    for path in sorted((ROOT / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        texts.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") else text)
    return texts + FIXTURES


@pytest.mark.skipif(markdown.FastMarkdownIt is None, reason="markdown-it-pyrs has no wheel here")
def test_fast_parser_gives_the_same_html_as_markdown_it_py():
    fast, reference = markdown.Parser(fast=True), markdown.Parser(fast=False)
    different = [text[:60] for text in bodies() if fast.html(text) != reference.html(text)]
    assert different == []


@pytest.mark.parametrize("text, expected", [
    ("# 一\n\n## 二\n\n### 三\n", ["<h2>一</h2>", "<h3>二</h3>", "<h4>三</h4>"]),
    ("## 二\n\n### 三\n", ["<h2>二</h2>", "<h3>三</h3>"]),
    ("### 三\n\n#### 四\n", ["<h2>三</h2>", "<h3>四</h3>"]),
    ("# 一\n\n###### 六\n", ["<h2>一</h2>", "<h6>六</h6>"]),
])
def test_the_top_heading_becomes_h2(text, expected):
    html = markdown.Parser().html(text)
    assert [line for line in html.splitlines() if line.startswith("<h")] == expected
