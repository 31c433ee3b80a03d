"""Search on scratch content: the same normalisation in Python and JS, and the real search page in Chromium."""
from __future__ import annotations

import pytest

from conftest import DOCUMENT, MATTER, search_in
from generator.search import shard_of
from generator.textnorm import code_token, normalize, token_set, tokens

SAMPLES = ["戶籍管理", "出生證明", "ＡＢＣ１２３ 社保", "青府办〔2024〕8号", "最低生活保障", "户", "Hello-World 2024年",
           "𠀋𠀌 乾隆", "證照辦理流程"]


def test_normalize_folds_traditional_width_and_case():
    assert normalize("戶籍") == "户籍"
    assert normalize("ＡＢＣ") == "abc"
    assert tokens(normalize("出生證明")) == ["出生", "生证", "证明"]
    assert tokens("abc123 户") == ["abc123", "户"]
    assert code_token(normalize("青府办〔2024〕8号")) == "#青府办20248号"


@pytest.mark.parametrize("text", SAMPLES + ["户a籍 b户c 户", "单字：户、籍。abc户籍def", ""])
def test_token_set_is_the_set_of_tokens(text):
    assert token_set(normalize(text)) == set(tokens(normalize(text)))


@pytest.fixture
def scratch_site(make_content, run_cli, tmp_path):
    repealed = DOCUMENT.replace("title: 关于出生登记的通知", "title: 关于出生登记的旧通知").replace(
        "matters: [birth]", "matters: [birth]\nvalidity: repealed")
    make_content({
        "documents/2024/old-1.md": repealed,
        "documents/2024/tw-1.md": DOCUMENT.replace("title: 关于出生登记的通知", "title: 戶籍遷入辦理須知").replace(
            "matters: [birth]", "number: 测公〔2024〕7号"),
        "documents/2024/draft-1.md": DOCUMENT.replace("published: 2024-03-01", "draft: true").replace(
            "title: 关于出生登记的通知", "title: 尚未发布的低保草稿"),
    })
    assert run_cli("build", "--content", "content", "--output", "output").code == 0
    return (tmp_path / "output").as_uri() + "/"


def test_js_normalises_and_shards_like_python(page, scratch_site):
    page.goto(scratch_site + "search.html")
    page.wait_for_function("() => window.ZW_SEARCH && window.ZW_SEARCH.search")
    page.evaluate("() => new Promise(r => ZW_SEARCH.search('x', {}, 1, r))")  # loads the t2s map
    for text in SAMPLES:
        js = page.evaluate("t => ZW_SEARCH.tokens(ZW_SEARCH.normalize(t))", text)
        assert js == tokens(normalize(text)), text
        for token in js:
            assert page.evaluate("([t, n]) => ZW_SEARCH.shardOf(t, n)", [token, 1024]) == shard_of(token, 1024)


def test_search_page_from_file_url(page, scratch_site):
    assert search_in(page, scratch_site, "出生登记")[:1] == ["matters/birth.html"]
    # Traditional query finds Simplified text and the reverse.
    assert search_in(page, scratch_site, "出生登記")[:1] == ["matters/birth.html"]
    assert search_in(page, scratch_site, "户籍迁入") == ["documents/tw-1.html"]
    # 文号 as typed.
    assert search_in(page, scratch_site, "测公〔2024〕7号")[:1] == ["documents/tw-1.html"]
    # Valid before repealed on equal match; drafts never indexed.
    results = search_in(page, scratch_site, "通知", type="d")
    assert results.index("documents/notice-1.html") < results.index("documents/old-1.html")
    assert search_in(page, scratch_site, "草稿") == []
    assert page.js_errors == []


def test_no_result_shows_help(page, scratch_site):
    assert search_in(page, scratch_site, "火星移民") == []
    assert page.inner_text("#search-status") == "没有找到与“火星移民”相关的事项或文件。"
    assert page.is_visible("#search-help")
