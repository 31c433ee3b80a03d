"""Search on scratch content: one cut of Chinese in Python, numpy and JS, and the real search page in Chromium."""
from __future__ import annotations

import random
import unicodedata

import numpy as np
import pytest
import yaml

from conftest import DOCUMENT, MATTER, SITE, search_in
from generator import search_postings as sp
from generator.search_files import shard_of
from generator.textfold import NOT_PLAIN, normalize_all, table
from generator.textnorm import HAN_CHAR, code_token, nfkc, normalize, t2s_table, token_set, tokens

SAMPLES = ["戶籍管理", "出生證明", "ＡＢＣ１２３ 社保", "青府办〔2024〕8号", "最低生活保障", "户", "Hello-World 2024年",
           "𠀋𠀌 乾隆", "證照辦理流程", "①号 ㈠ ﹝2024﹞ 豈", "한국어 é e\u0301 Å", "𫝈㑮𬭛𨨏", "ǅ ﬁ ＫＭ ㎏"]


def test_normalize_folds_traditional_width_and_case():
    assert normalize("戶籍") == "户籍"
    assert normalize("ＡＢＣ") == "abc"
    assert tokens(normalize("出生證明")) == ["出生", "生证", "证明"]
    assert tokens("abc123 户") == ["abc123", "户"]
    assert code_token(normalize("青府办〔2024〕8号")) == "#青府办20248号"


@pytest.mark.parametrize("text", SAMPLES + ["，。：；（）！？％＋－１２３", "\u3000全角空格", ""])
def test_normalize_is_the_plain_definition(text):
    """The shortcuts of normalize() change nothing: NFKC, lower case, then the OpenCC table."""
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert normalize(text) == unicodedata.normalize("NFKC", text).lower().translate(t2s_table())


def test_normalize_all_is_normalize():
    """textfold folds plain characters by a table and leaves texts with any other to normalize():
    the same texts either way, whatever the characters beside each other."""
    folded = table()
    plain = [code for code in range(0x10000) if folded[code] != NOT_PLAIN]
    assert [chr(folded[code]) for code in plain] == [normalize(chr(code)) for code in plain]
    assert "é" not in map(chr, plain) and "\u0301" not in map(chr, plain) and "Σ" not in map(chr, plain)
    rng = random.Random(7)
    every = [code for code in range(0x30000) if not 0xD800 <= code <= 0xDFFF]
    texts = SAMPLES + ["Σ", "ΑΣ Σ", "e\u0301", "\u1100\u1161", "ＡＢＣ", "", "\0户\0"]
    texts += ["".join(chr(rng.choice(plain)) for _ in range(rng.randrange(0, 200))) for _ in range(2000)]
    texts += ["".join(chr(rng.choice(every if rng.random() < 0.1 else plain)) for _ in range(rng.randrange(0, 30)))
              for _ in range(5000)]
    assert normalize_all(texts) == [normalize(text) for text in texts]
    assert normalize_all([]) == []


@pytest.mark.parametrize("text", SAMPLES + ["户a籍 b户c 户", "单字：户、籍。abc户籍def", ""])
def test_token_set_is_the_set_of_tokens(text):
    assert token_set(normalize(text)) == set(tokens(normalize(text)))


@pytest.mark.parametrize("batch_chars", [500, 10**9])
def test_numpy_cut_is_the_python_cut(monkeypatch, batch_chars):
    """search_postings cuts all texts at once with numpy; it must give textnorm's tokens, record by record,
    whichever batch a text falls in, as sorted unique postings."""
    monkeypatch.setattr(sp, "BATCH_CHARS", batch_chars)
    alphabet = "户籍出生证明𠀋乾隆abc123 ，。-" + "".join(chr(c) for c in (0x4E00, 0x9FFF, 0x3400, 0xF900, 0x2A700))
    rng = random.Random(5)
    texts = [normalize("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))) for _ in range(300)]
    texts += [normalize(s) for s in SAMPLES]
    records = np.arange(len(texts), dtype=np.int64) * 3
    words = sp.Words()
    for every_char in (False, True):
        postings = sp.text_postings(words, texts, records, every_char)
        assert (np.diff(postings) > 0).all()
        found: dict[int, set[str]] = {}
        for key, record in zip(sp.keys_of(postings).tolist(), sp.records_of(postings).tolist()):
            found.setdefault(record, set()).add(words.text(key))
        for i, text in enumerate(texts):
            expected = token_set(text) | (set(HAN_CHAR.findall(text)) if every_char else set())
            assert found.get(int(records[i]), set()) == expected, text


def test_gaps_are_hexadecimal_differences():
    lists = [[], [1, 5, 300], [], [0, 16, 17]]
    values = np.array([n for records in lists for n in records], dtype=np.int64)
    assert sp.gap_texts(values, np.array([len(r) for r in lists])) == ["", "1,4,127", "", "0,10,1"]


def test_each_tokens_records_are_gathered_from_the_postings():
    """What the shards are made of: for each token asked, its records, cut from sorted postings at once."""
    records = {3: [0, 7, 9], 5: [], 8: [2], 12: [1, 4]}  # token key → its records
    postings = np.array(sorted(key << sp.RECORD_BITS | r for key, found in records.items() for r in found),
                        dtype=np.int64)
    keys = np.array([5, 8, 12, 3, 40], dtype=np.int64)
    starts, ends = sp.ranges(postings, keys)
    values, lengths = sp.gathered(postings, starts, ends)
    assert lengths.tolist() == [0, 1, 2, 3, 0]
    assert values.tolist() == [2, 1, 4, 0, 7, 9]
    assert sp.gap_texts(values, lengths) == ["", "2", "1,3", "0,7,2", ""]
    assert (sp.within(postings, np.array([3, 5, 8, 40])) & sp.RECORD_MASK).tolist() == [0, 7, 9, 2]


@pytest.fixture
def scratch_site(make_content, run_cli, tmp_path):
    """A small district: every ranking rule has two records that differ in just that rule."""
    def document(title: str, extra: str = "", body: str = "请按规定办理。", published: str = "2024-03-01") -> str:
        return DOCUMENT.replace("title: 关于出生登记的通知", f"title: {title}").replace(
            "matters: [birth]", f"matters: [birth]{extra}").replace(
            "published: 2024-03-01", f"published: {published}").replace("written: 2024-02-26", f"written: {published}").replace(
            "请按[出生登记](matter:birth)办理。", body)
    site = {**SITE, "search": {"abbreviations": {"老年证": ["老年人优待证"]}}}
    batches = {f"documents/2022/batch-{i}.md": document(f"关于第{i}批就业补贴发放的公示", published=f"2022-01-{i + 10}")
               for i in range(12)}  # more than a page of results
    make_content({
        **batches,
        "site.yaml": yaml.safe_dump(site, allow_unicode=True, sort_keys=False),
        "matters/senior-card.md": MATTER.replace("title: 出生登记", "title: 老年人优待证办理").replace(
            "婴儿出生后一个月内办理。", "年满60周岁的本区户籍老人可申领。"),
        "documents/2024/old-1.md": document("关于出生登记的旧通知", "\nvalidity: repealed", published="2024-05-01"),
        "documents/2024/tw-1.md": document("戶籍遷入辦理須知", "\nnumber: 测公〔2024〕7号", published="2024-01-05"),
        "documents/2024/noise-body.md": document("夏季施工管理的通告", body="夜间施工噪声扰民可以投诉。",
                                                 published="2024-08-01"),
        "documents/2024/noise-title.md": document("关于噪声投诉的通告", published="2024-02-01"),
        "documents/2023/notice-old.md": document("关于出生登记的通知（2023年）", published="2023-03-01"),
        "documents/2024/draft-1.md": DOCUMENT.replace("published: 2024-03-01", "draft: true").replace(
            "title: 关于出生登记的通知", "title: 尚未发布的低保草稿").replace("请按[出生登记](matter:birth)办理。", "草稿正文绝密内容。"),
    })
    assert run_cli("build", "--content", "content", "--output", "output").code == 0
    return (tmp_path / "output").as_uri() + "/"


def test_js_normalises_cuts_and_shards_like_python(page, scratch_site):
    page.goto(scratch_site + "search.html")
    page.wait_for_function("() => window.ZW_SEARCH && window.ZW_SEARCH.search")
    for text in SAMPLES:
        assert page.evaluate("t => ZW_SEARCH.normalize(t)", text) == normalize(text), text
        for char in text:  # the results page folds what it shows a character at a time
            assert page.evaluate("c => ZW_SEARCH.normalizeChar(c)", char) == normalize(char), char
        js = page.evaluate("t => ZW_SEARCH.tokens(ZW_SEARCH.normalize(t))", text)
        assert js == tokens(normalize(text)), text
        for token in js:
            assert page.evaluate("([t, n]) => ZW_SEARCH.shardOf(t, n)", [token, 1024]) == shard_of(token, 1024)


def test_ranking_rules(page, scratch_site):
    # A matter above a document that matches as well; the valid notice above the newer repealed one;
    # among equals, the newer first.
    assert search_in(page, scratch_site, "出生登记")[:4] == [
        "matters/birth.html", "documents/notice-1.html", "documents/notice-old.html", "documents/old-1.html"]
    # A title hit above a text hit, though the text hit is newer.
    assert search_in(page, scratch_site, "噪声")[:2] == ["documents/noise-title.html", "documents/noise-body.html"]
    assert page.js_errors == []


def test_chinese_queries(page, scratch_site):
    # Traditional query, Simplified content, and the reverse.
    assert search_in(page, scratch_site, "出生登記")[:1] == ["matters/birth.html"]
    assert search_in(page, scratch_site, "户籍迁入") == ["documents/tw-1.html"]
    # Part of a word: the coverage of the query's bigrams, not all of them.
    assert search_in(page, scratch_site, "出生证明")[:1] == ["matters/birth.html"]
    # An abbreviation from site.yaml, and a one-character query.
    assert search_in(page, scratch_site, "老年证")[:1] == ["matters/senior-card.html"]
    assert "matters/senior-card.html" in search_in(page, scratch_site, "老")
    assert page.locator("#search-results a[href='matters/senior-card.html'] mark").inner_text() == "老"
    # A 文号 as typed, with other brackets too, and marked where the result shows it.
    assert search_in(page, scratch_site, "测公〔2024〕7号")[:1] == ["documents/tw-1.html"]
    marked = page.locator("#search-results li").first.locator(".zw-results__meta mark").all_inner_texts()
    assert marked == ["测公", "2024"]  # a lone "7" or "号" is marked only when it is the whole query
    assert search_in(page, scratch_site, "测公[2024]7号")[:1] == ["documents/tw-1.html"]
    assert page.js_errors == []


def test_drafts_are_never_indexed(page, scratch_site, tmp_path):
    assert search_in(page, scratch_site, "草稿") == []
    assert search_in(page, scratch_site, "绝密内容") == []
    index = b"".join(p.read_bytes() for p in (tmp_path / "output" / "search").rglob("*.js"))
    assert "绝密".encode() not in index and "draft-1".encode() not in index


def test_filters(page, scratch_site):
    assert search_in(page, scratch_site, "出生登记", type="m") == ["matters/birth.html"]
    documents = search_in(page, scratch_site, "出生登记", type="d")
    assert documents and all(d.startswith("documents/") for d in documents)
    assert search_in(page, scratch_site, "出生登记", stage="decision") == []
    assert search_in(page, scratch_site, "出生登记", domain="employment") == []
    assert "matters/birth.html" in search_in(page, scratch_site, "出生登记", domain="household")
    assert page.input_value("#search-type") == "" and page.input_value("#search-domain") == "household"


def test_no_result_explains_and_suggests(page, scratch_site):
    assert search_in(page, scratch_site, "火星移民") == []
    assert page.inner_text("#search-status") == "没有找到与“火星移民”相关的事项或文件。"
    assert page.is_visible("#search-help") and page.is_hidden("#search-widen")
    assert page.locator("#search-help a").count() >= 2
    # Nothing under a filter, but results without it: say so, and link to them.
    assert search_in(page, scratch_site, "出生登记", domain="employment") == []
    widen = page.locator("#search-widen a")
    assert widen.is_visible() and "去掉筛选条件" in widen.inner_text()
    widen.click()
    page.wait_for_selector("#search-results li")
    assert page.eval_on_selector_all("#search-results a", "a => a.map(x => x.getAttribute('href'))")[0] == "matters/birth.html"


def test_results_show_type_domain_date_and_highlighted_words(page, scratch_site):
    search_in(page, scratch_site, "出生登記")
    first, second = page.locator("#search-results li").nth(0), page.locator("#search-results li").nth(1)
    assert first.locator("mark").first.inner_text() == "出生登记"  # a Traditional query marks Simplified text
    assert "事项" in first.locator(".zw-results__meta").inner_text()
    meta = second.locator(".zw-results__meta").inner_text()
    assert "文件" in meta and "户籍管理" in meta and "2024-03-01" in meta
    assert "找到" in page.inner_text("#search-status")


FIRST_RESULT = "() => { const a = document.querySelector('#search-results a'); return a && a.getAttribute('href'); }"


def first_result_is(page, test: str) -> None:
    page.wait_for_function(f"() => {{ const href = ({FIRST_RESULT})(); return href && {test}; }}")


def test_search_again_in_place_by_keyboard(page, scratch_site):
    """Type, Enter: the results change without reloading the page, and the address follows (back works)."""
    search_in(page, scratch_site, "噪声")
    page.evaluate("() => { window.sameDocument = true; }")
    page.focus("#search-q")
    page.fill("#search-q", "出生登记")
    page.keyboard.press("Enter")
    first_result_is(page, "href === 'matters/birth.html'")
    assert page.evaluate("() => window.sameDocument") is True
    assert "q=%E5%87%BA%E7%94%9F%E7%99%BB%E8%AE%B0" in page.url
    page.select_option("#search-type", "d")  # a filter applies at once
    first_result_is(page, "href.startsWith('documents/')")
    assert "type=d" in page.url
    page.go_back()
    first_result_is(page, "href === 'matters/birth.html'")
    assert page.input_value("#search-type") == ""


RANKINGS = "() => performance.getEntriesByName('zw-search:ranked').length"  # searches the engine has ranked


def test_typing_searches_in_the_background_and_enter_shows_it(page, scratch_site):
    """The typed words are searched before Enter, unseen; Enter then shows that search, not a new one."""
    search_in(page, scratch_site, "噪声")
    address, ranked = page.url, page.evaluate(RANKINGS)
    page.fill("#search-q", "")
    page.locator("#search-q").press_sequentially("出生登记", delay=10)  # faster than the pause: one search
    page.wait_for_function(f"() => ({RANKINGS})() > {ranked}")
    page.wait_for_timeout(200)
    assert page.evaluate(RANKINGS) == ranked + 1
    assert page.eval_on_selector("#search-results a", "a => a.getAttribute('href')") == "documents/noise-title.html"
    assert page.url == address
    page.keyboard.press("Enter")
    first_result_is(page, "href === 'matters/birth.html'")
    assert page.evaluate(RANKINGS) == ranked + 1
    assert page.js_errors == []


def test_an_input_method_is_searched_once_its_words_are_chosen(page, scratch_site):
    """Pinyin being composed is no query; the characters it becomes are."""
    search_in(page, scratch_site, "噪声")
    ranked = page.evaluate(RANKINGS)
    page.fill("#search-q", "")
    page.focus("#search-q")
    ime = page.context.new_cdp_session(page)
    for letters in ("chu", "chusheng", "chushengdengji"):
        ime.send("Input.imeSetComposition", {"text": letters, "selectionStart": len(letters), "selectionEnd": len(letters)})
        page.wait_for_timeout(30)
    page.wait_for_timeout(200)
    assert page.input_value("#search-q") == "chushengdengji"
    assert page.evaluate(RANKINGS) == ranked
    ime.send("Input.insertText", {"text": "出生登记"})  # the words chosen: the composition ends
    page.wait_for_function(f"() => ({RANKINGS})() > {ranked}")
    assert page.input_value("#search-q") == "出生登记"
    page.keyboard.press("Enter")
    first_result_is(page, "href === 'matters/birth.html'")
    assert page.evaluate(RANKINGS) == ranked + 1


def test_more_results_move_the_focus_to_the_first_new_one(page, scratch_site):
    search_in(page, scratch_site, "就业补贴")
    assert page.locator("#search-results li").count() == 10
    assert page.inner_text("#search-status") == "找到 12 条结果，显示前 10 条"
    page.click("#search-more button")
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length === 12")
    focused = page.evaluate("() => document.activeElement.getAttribute('href')")
    assert focused == page.locator("#search-results li").nth(10).locator("a").get_attribute("href")
    assert page.is_hidden("#search-more")


def test_a_site_without_matters_still_searches(page, make_content, run_cli, tmp_path):
    """lunr.py cannot build an index of nothing; the matters' index is then empty, and documents are found."""
    make_content({"matters/birth.md": None, "places.yaml": "[]\n",
                  "documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]\n", "").replace(
                      "请按[出生登记](matter:birth)办理。", "请按时办理。")})
    assert run_cli("build", "--content", "content", "--output", "output").code == 0
    assert search_in(page, (tmp_path / "output").as_uri() + "/", "出生登记") == ["documents/notice-1.html"]
    assert page.js_errors == []


def test_the_page_is_labelled_for_screen_readers(page, scratch_site):
    search_in(page, scratch_site, "出生登记")
    assert page.get_attribute("#search-status", "role") == "status"
    assert page.get_attribute("#search-results", "aria-labelledby") == "search-status"
    for control in ("search-q", "search-type", "search-domain", "search-stage"):
        assert page.locator(f"label[for={control}]").count() == 1
    assert page.get_attribute("#search-form", "role") == "search"
