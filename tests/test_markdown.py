"""Markdown: the fast parser (markdown-it.rs) must give exactly the HTML of markdown-it-py, and
bodies that skip the sanitizer, or whose own links are rewritten without it, must be exactly
what it would have returned."""
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
    "他说\"好\"，A & B，1 < 2 > 0，&copy; &#169;\n",
    "不换行\u00a0空格\n",
    "控制\u0001字符与\u000b垂直制表\n",
    "| 左 | 中 | 右 |\n|:---|:---:|---:|\n| 1 | 2 | 3 |\n\n| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |\n",
    "```python\nprint(1)\n```\n\n    缩进代码\n\n3. 从三开始\n4. 四\n",
    "- 松散\n\n- 列表\n\n  > 引用里的 **加粗**\n",
    "见[出生登记](matter:birth-registration#材料)、[**附件**](files/2024/申请表.pdf)和[通知](document:notice-1)。\n",
    "- [页面](page:about)\n- [本页](#办理流程)\n- [上级](../files/a.pdf)\n\n## [标题里](matter:birth)\n",
    "[不存在](matter:nowhere) [外部](https://www.gov.cn/) [邮件](mailto:a@b.cn) [协议](//evil.example/)\n",
    "<a href=\"matter:birth\">原样未闭合\n\n<p><a href=\"files/a.pdf\">跨段</p></a>\n",
    "[脚本](javascript:alert(1)) [空白]( javascript:alert(1)) <a href=\"matter:birth\" title=\"t\">标题</a>\n",
    "[带引号](files/a%22b.pdf) [与号](files/a%26b.pdf) [不换行](files/a%C2%A0b.pdf) [问号](files/a.pdf?x=1)\n",
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
    ("正文\n\n---\n\n### 三\n\n## 二\n", ["<hr />", "<h3>三</h3>", "<h2>二</h2>"]),
    ("正文\n\n---\n\n### 三\n", ["<hr />", "<h2>三</h2>"]),
])
def test_the_top_heading_becomes_h2(text, expected):
    html = markdown.Parser().html(text)
    assert [line for line in html.splitlines() if line.startswith("<h")] == expected


def test_bodies_that_skip_the_sanitizer_are_what_it_would_return():
    parser, skipped = markdown.Parser(), 0
    for text in bodies():
        html = parser.html(text)
        sanitised = markdown.nh3.clean(html, tags=markdown.ALLOWED_TAGS, url_schemes=markdown.URL_SCHEMES,
                                       link_rel=None, strip_comments=True)
        if markdown.is_plain(html):
            skipped += 1
            assert sanitised == html, text[:60]
    assert skipped > 20  # most demo bodies are plain prose: the shortcut is taken


def _resolve(kind: str, item_id: str) -> str | None:
    return None if item_id == "nowhere" else f"{kind}s/{item_id}.html"


def test_bodies_whose_own_links_skip_the_sanitizer_are_what_it_would_return():
    parser, skipped = markdown.Parser(), 0
    for text in bodies():
        html = parser.html(text)
        page = "documents/notice-9.html"

        def rewrite(element: str, attribute: str, value: str) -> str | None:
            if attribute not in ("href", "src"):
                return value
            return markdown._rewrite_url(element, attribute, value, page, _resolve)

        linked = markdown.with_own_links(html, page, _resolve)
        if linked is not None:
            skipped += 1
            sanitised = markdown.nh3.clean(html, tags=markdown.ALLOWED_TAGS, url_schemes=markdown.URL_SCHEMES,
                                           attribute_filter=rewrite, link_rel=None, strip_comments=True)
            assert linked == sanitised, text[:60]
            assert linked == markdown.render(parser, markdown.Body(text, "x.md", 1), page, _resolve)
    assert skipped >= 4  # demo bodies with links to matters, documents and attachments


@pytest.mark.parametrize("text", [
    "[不存在](matter:nowhere)\n", "[外部](https://www.gov.cn/)\n", "[协议](//evil.example/)\n",
    "<a href=\"javascript:alert(1)\">脚本</a>\n", "<a href=\"matter:birth\">未闭合\n", "<p><a href=\"files/a.pdf\">跨段</p></a>\n",
    "<a href=\"matter:birth\" title=\"t\">标题</a>\n", "<a href=\"files/a.pdf\"><a href=\"files/b.pdf\">套</a></a>\n",
    "[图](files/a.png) ![图](files/a.png)\n", "[链接](matter:birth) A & B\n",
])
def test_links_the_sanitizer_would_treat_otherwise_are_left_to_it(text):
    assert markdown.with_own_links(markdown.Parser().html(text), "documents/notice-9.html", _resolve) is None


@pytest.mark.parametrize("text", [
    "<b onclick=\"x()\">粗</b>\n", "[链接](https://example.gov.cn)\n", "A & B\n", "他说\"好\"\n",
    "![图](files/a.png)\n", "```js\nx\n```\n", "| 左 |\n|:--|\n| 1 |\n", "行一  \n行二\n", "---\n",
])
def test_markup_the_sanitizer_would_change_is_not_plain(text):
    assert not markdown.is_plain(markdown.Parser().html(text))


def test_plain_text_keeps_the_words_apart_without_the_markup():
    """What the search index reads of a body: markup goes, and the words it separated stay apart."""
    from generator.model import Body

    body = Body("# 标题\n\n- **办理**材料：[申请表](files/a.pdf)、`身份证`\n\n| 项目 | 金额 |\n|---|---|\n"
                "| 补贴 | ~~800~~900元 |\n\n<b>注意</b>_事项_", "x.md", 1)
    assert " ".join(markdown.plain(body).split()) == "标题 办理 材料：申请表、 身份证 项目 金额 --- --- 补贴 800 900元 注意 事项"
    assert markdown.plain(None) == ""
