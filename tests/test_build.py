"""Builds of scratch content: output safety, atomic swap, sanitising, aliases, drafts, 索引号."""
from __future__ import annotations

import gc
import os
import re
import signal
import time
from pathlib import Path

from conftest import DOCUMENT, MATTER
from generator import pipeline, render, workers
from sitecheck import parse_page, tree_digest

XSS_BODY = """\
<script>alert('x')</script>
<img src="files/photo.png" onerror="alert(1)" alt="办事大厅">
<img src="https://evil.example/track.png" alt="远程">
<a href="javascript:alert(1)">点我</a>
<iframe src="https://evil.example/"></iframe>
<p onclick="alert(2)" style="color:red">段落</p>

[链接](javascript:alert(3)) [附件](files/photo.png) [事项](matter:birth) [外部](https://www.gov.cn/)

| 项目 | 金额 |
|---|---|
| 补贴 | **800元** |
"""


def build(run_cli, *extra: str):
    return run_cli("build", "--content", "content", "--output", "output", *extra)


def test_build_writes_contract_addresses(make_content, run_cli, tmp_path):
    make_content()
    result = build(run_cli)
    assert result.code == 0, result.lines
    out = tmp_path / "output"
    for path in ("index.html", "matters/birth.html", "documents/notice-1.html", "catalogue.html", "404.html",
                 "domains/household.html", "stages/service.html", "categories/notices.html",
                 "lists/public-service.html", "levels/district.html", "organizations/police.html"):
        assert (out / path).is_file(), path
    assert result.out.startswith("built ")


def test_failed_build_leaves_previous_output_untouched(make_content, run_cli, tmp_path):
    make_content()
    assert build(run_cli).code == 0
    before = tree_digest(tmp_path / "output")
    make_content({"matters/birth.md": MATTER.replace("domain: household", "domain: nowhere")})
    result = build(run_cli)
    assert result.code == 1
    assert "build failed: 1 error; output was left as it was" in result.lines
    assert tree_digest(tmp_path / "output") == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".output")] == []


def test_a_build_leaves_nothing_out_of_the_collector(make_content, run_cli):
    """The model is kept out of collections while a build runs (heap.py); `serve` drops it for the next
    build's, which frees it only if nothing stays frozen afterwards, whether the build failed or not."""
    make_content({"matters/birth.md": MATTER.replace("domain: household", "domain: nowhere")})
    assert build(run_cli).code == 1
    assert gc.get_freeze_count() == 0
    make_content()
    assert build(run_cli).code == 0
    assert gc.get_freeze_count() == 0


def test_same_content_gives_identical_bytes(make_content, run_cli, tmp_path):
    make_content()
    assert run_cli("build", "--content", "content", "--output", "a").code == 0
    assert run_cli("build", "--content", "content", "--output", "b").code == 0
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_parallel_build_is_byte_identical_to_serial(make_content, run_cli, tmp_path):
    make_content({f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(60)})
    assert run_cli("build", "--content", "content", "--output", "serial", "--jobs", "1").code == 0
    parallel = run_cli("build", "--content", "content", "--output", "parallel", "--jobs", "2")
    assert parallel.code == 0, parallel.lines
    assert tree_digest(tmp_path / "serial") == tree_digest(tmp_path / "parallel")


def test_parallel_build_renders_in_this_process_too(make_content, run_cli, tmp_path, monkeypatch):
    # Two processes in all: a forked worker takes tasks from the front, this one from the back once
    # the search index is done, so that two busy processes share two cores, not three.
    make_content({f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(60)})
    monkeypatch.setattr(workers, "PAGES_PER_TASK", 5)
    seen = tmp_path / "renderers"
    seen.mkdir()
    render = workers.Job.render

    def noted(job, start, end):
        (seen / f"{os.getpid()}-{start}").write_text("")
        return render(job, start, end)

    monkeypatch.setattr(workers.Job, "render", noted)
    assert run_cli("build", "--content", "content", "--output", "out", "--jobs", "2").code == 0
    processes = {name.split("-")[0] for name in os.listdir(seen)}
    assert str(os.getpid()) in processes and len(processes) == 2, processes
    pages = len(list((tmp_path / "out").rglob("*.html")))
    assert len(os.listdir(seen)) == -(-pages // 5)  # every task ran once


def test_a_failing_worker_fails_the_build_and_leaves_the_output(make_content, run_cli, tmp_path, monkeypatch):
    make_content({f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(60)})
    assert build(run_cli).code == 0
    before = tree_digest(tmp_path / "output")
    monkeypatch.setattr(workers, "PAGES_PER_TASK", 5)  # many tasks: the worker surely takes some
    parent = os.getpid()
    render = workers.Job.render

    def failing(job, start, end):
        if os.getpid() != parent:
            raise RuntimeError("worker broke")
        return render(job, start, end)

    monkeypatch.setattr(workers.Job, "render", failing)
    result = run_cli("build", "--content", "content", "--output", "output", "--jobs", "2", "--full")
    assert result.code == 70 and "RuntimeError: worker broke" in result.err, result.lines
    assert tree_digest(tmp_path / "output") == before


def test_first_build_encodes_item_codes_beside_linking(make_content, run_cli, tmp_path, monkeypatch):
    """A large first build has a process of its own encode the matter and document pages' QR codes
    while it links and plans: the same files as a build without it, each code made once."""
    make_content({f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(60)}
                 | {"documents/2024/draft.md": DOCUMENT.replace("published: 2024-03-01", "draft: true")})
    assert run_cli("build", "--content", "content", "--output", "serial", "--jobs", "1").code == 0
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    made = tmp_path / "made"
    made.mkdir()
    encode = workers._encode

    def noted(target, codes):
        for code in codes:
            (made / f"{os.getpid()}-{code.path.replace('/', '_')}").write_text(code.url)
        return encode(target, codes)

    monkeypatch.setattr(workers, "_encode", noted)
    result = run_cli("build", "--content", "content", "--output", "early", "--jobs", "2")
    assert result.code == 0, result.lines
    assert tree_digest(tmp_path / "serial") == tree_digest(tmp_path / "early")
    urls = {}
    for name in os.listdir(made):
        urls.setdefault(name.split("-")[0], set()).add((made / name).read_text())
    assert len(os.listdir(made)) == sum(map(len, urls.values()))  # no code encoded twice
    early = [found for found in urls.values() if "https://example.gov.cn/zwgk/documents/n-000.html" in found]
    assert len(early) == 1 and str(os.getpid()) not in urls  # one process made the page codes, not this one
    pages = {f"https://example.gov.cn/zwgk/documents/{name}" for name in os.listdir(tmp_path / "early" / "documents")}
    assert {url for url in early[0] if "/documents/" in url} == pages  # every document page's, and no draft's
    assert {url for url in early[0] if "/documents/" not in url} == {"https://example.gov.cn/zwgk/matters/birth.html"}
    assert any("https://example.gov.cn/zwgk/index.html" in found for found in urls.values())  # made with the pages


def test_early_codes_that_no_page_shows_are_removed(tmp_path):
    from generator import qr
    from generator.output import Staging
    from qrdecode import scan_svg

    shown, unused = qr.code_for("https://example.gov.cn/a.html"), qr.code_for("https://example.gov.cn/b.html")
    early = workers.EarlyCodes()
    staging = Staging(tmp_path / "out")
    early.start(staging, [shown, unused])
    written, seconds = early.finish({shown.path})
    assert written == 1 and seconds > 0
    assert scan_svg(staging.folder / shown.path) == [shown.url]
    assert not (staging.folder / unused.path).exists() and not (staging.folder / unused.path).parent.exists()
    early.abandon()  # after finish(): nothing to stop, and the folder stays for the build to commit
    assert staging.folder.is_dir()


def test_a_build_failing_on_links_stops_its_early_codes(make_content, run_cli, tmp_path, monkeypatch):
    """Content errors found while linking are reported without waiting for the QR codes, and leave
    no folder behind."""
    make_content({f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(60)}
                 | {"documents/2024/bad.md": DOCUMENT.replace("matters: [birth]", "matters: [nowhere]")})
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    started = tmp_path / "started"

    def slow(target, codes):
        started.write_text("")
        time.sleep(120)
        return 0

    monkeypatch.setattr(workers, "_encode", slow)
    link_content = pipeline.link_content

    def after_the_codes_began(*args):
        # On a fast machine linking 61 files ends before the early process has forked: wait for it,
        # so that there is a running process to stop.
        for _ in range(200):
            if started.exists():
                break
            time.sleep(0.05)
        return link_content(*args)

    monkeypatch.setattr(pipeline, "link_content", after_the_codes_began)
    begun = time.monotonic()
    result = run_cli("build", "--content", "content", "--output", "new/sites/output", "--jobs", "2")
    assert result.code == 1 and any("nowhere" in line for line in result.lines), result.lines
    assert time.monotonic() - begun < 60  # the process was stopped, not waited for
    assert started.exists()  # it had begun
    # No output, no staging folder, and not the folders made to hold them.
    assert sorted(os.listdir(tmp_path)) == ["content", "started"]


def test_a_killed_build_leaves_the_output_as_it_was(make_content, run_cli, tmp_path, monkeypatch):
    """SIGTERM (a plain `kill`) during rendering stops the build as Ctrl-C does: exit 143, the
    output as the last build left it, and no staging folder beside it."""
    content = make_content({f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(20)})
    assert run_cli("build", "--content", "content", "--output", "output").code == 0
    before = tree_digest(tmp_path / "output")
    (content / "documents/2024/n-007.md").write_text(DOCUMENT.replace("title: ", "title: 修订 "), "utf-8")
    rendered = []
    real = render.Renderer.render

    def killed_midway(self, output):
        rendered.append(output.path)
        if len(rendered) == 3:
            os.kill(os.getpid(), signal.SIGTERM)  # a real signal, taken by the build's own handler
        return real(self, output)

    monkeypatch.setattr(render.Renderer, "render", killed_midway)
    handler = signal.getsignal(signal.SIGTERM)
    result = run_cli("build", "--content", "content", "--output", "output", "--full")
    assert result.code == 143, result.err
    assert 3 <= len(rendered) < 20  # stopped while rendering, not after
    assert tree_digest(tmp_path / "output") == before
    assert sorted(os.listdir(tmp_path)) == ["content", "output"]
    assert signal.getsignal(signal.SIGTERM) is handler  # the test process gets its own handler back


def test_refuses_output_overlapping_content(make_content, run_cli, tmp_path):
    make_content()
    before = tree_digest(tmp_path / "content")
    for output in ("content", "content/site", ".", str(tmp_path.parent)):
        result = run_cli("build", "--content", "content", "--output", output)
        assert result.code == 2, (output, result.lines)
        assert result.lines[0].startswith("error: the output folder"), result.lines
    assert tree_digest(tmp_path / "content") == before


def test_refuses_to_replace_a_folder_it_did_not_make(make_content, run_cli, tmp_path):
    make_content()
    mine = tmp_path / "documents-of-mine"
    mine.mkdir()
    (mine / "report.docx").write_bytes(b"precious")
    result = run_cli("build", "--content", "content", "--output", "documents-of-mine")
    assert result.code == 2
    assert "is not empty and was not made by this generator" in result.lines[0]
    assert (mine / "report.docx").read_bytes() == b"precious"


def test_untrusted_content_is_sanitised(make_content, run_cli, tmp_path):
    make_content({
        "documents/2024/notice-1.md": DOCUMENT.replace("请按[出生登记](matter:birth)办理。", XSS_BODY),
        "files/photo.png": b"\x89PNG\r\n\x1a\n",
    })
    assert build(run_cli).code == 0
    html = (tmp_path / "output/documents/notice-1.html").read_text(encoding="utf-8")
    body = html[html.index('<article'):html.index('</article>')]
    for bad in ("<script", "onerror", "onclick", "<iframe", "evil.example", "style="):
        assert bad not in body, bad
    links = parse_page(tmp_path / "output", "documents/notice-1.html").links
    assert not [value for _, _, value in links if value.lower().lstrip().startswith("javascript")]
    assert '<img src="../files/photo.png" alt="办事大厅">' in body
    assert '<a href="../files/photo.png">附件</a>' in body
    assert '<a href="../matters/birth.html">事项</a>' in body
    assert '<a href="https://www.gov.cn/">外部</a>' in body
    assert "<td><strong>800元</strong></td>" in body


def test_links_to_files_with_chinese_names(make_content, run_cli, tmp_path):
    body = "下载[申请表](<files/附件 1.pdf>)，示例写法 `[x](matter:nowhere)` 不算链接。"
    make_content({"documents/2024/notice-1.md": DOCUMENT.replace("请按[出生登记](matter:birth)办理。", body),
                  "files/附件 1.pdf": b"%PDF-1.4\n"})
    result = build(run_cli)
    assert result.code == 0, result.lines
    links = parse_page(tmp_path / "output", "documents/notice-1.html").links
    assert ("a", "href", "../files/%E9%99%84%E4%BB%B6%201.pdf") in links
    assert (tmp_path / "output/files/附件 1.pdf").is_file()


def test_titles_and_metadata_are_escaped(make_content, run_cli, tmp_path):
    make_content({"documents/2024/notice-1.md": DOCUMENT.replace(
        "title: 关于出生登记的通知", 'title: "<script>alert(1)</script>通知"')})
    assert build(run_cli).code == 0
    html = (tmp_path / "output/documents/notice-1.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;通知" in html


def test_alias_keeps_old_address_working(make_content, run_cli, tmp_path):
    make_content({"matters/birth.md": MATTER.replace("hot: true", "aliases: [birth-old]")})
    assert build(run_cli).code == 0
    page = parse_page(tmp_path / "output", "matters/birth-old.html")
    assert ("a", "href", "birth.html") in page.links
    assert page.canonical == ["https://example.gov.cn/zwgk/matters/birth-old.html"]
    html = (tmp_path / "output/matters/birth-old.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=birth.html">' in html


def test_links_resolve_from_either_side(make_content, run_cli, tmp_path):
    # The matter names the document; the document names nothing: both pages still show the link.
    make_content({
        "matters/birth.md": MATTER.replace("hot: true", "documents: [notice-1]"),
        "documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]\n", ""),
    })
    assert build(run_cli).code == 0
    out = tmp_path / "output"
    assert ("a", "href", "../documents/notice-1.html") in parse_page(out, "matters/birth.html").links
    assert ("a", "href", "../matters/birth.html") in parse_page(out, "documents/notice-1.html").links


def test_drafts_are_not_published(make_content, run_cli, tmp_path):
    draft = DOCUMENT.replace("published: 2024-03-01\n", "draft: true\n")
    make_content({"documents/2024/draft-1.md": draft})
    assert build(run_cli).code == 0
    out = tmp_path / "output"
    assert not (out / "documents/draft-1.html").exists()
    assert "draft-1" not in (out / "matters/birth.html").read_text(encoding="utf-8")


def test_interpretation_is_linked_both_ways(make_content, run_cli, tmp_path):
    explainer = DOCUMENT.replace("category: notices", "category: interpretations").replace(
        "matters: [birth]", "interprets: notice-1").replace("title: 关于出生登记的通知", "title: 出生登记通知解读")
    make_content({"documents/2024/explainer.md": explainer})
    assert build(run_cli).code == 0
    out = tmp_path / "output"
    assert ("a", "href", "explainer.html") in parse_page(out, "documents/notice-1.html").links
    assert ("a", "href", "notice-1.html") in parse_page(out, "documents/explainer.html").links


def test_repealed_document_shows_a_notice(make_content, run_cli, tmp_path):
    make_content({"documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "validity: repealed")})
    assert build(run_cli).code == 0
    html = (tmp_path / "output/documents/notice-1.html").read_text(encoding="utf-8")
    assert 'role="region" aria-labelledby="validity-notice"' in html
    assert "本文件已废止" in html


def test_generated_index_numbers_are_stable_and_skip_taken_ones(make_content, run_cli, tmp_path):
    later = DOCUMENT.replace("published: 2024-03-01", "published: 2024-05-01")
    make_content({
        "documents/2024/notice-2.md": later,
        "documents/2024/notice-3.md": later.replace("matters: [birth]", "index_no: 001234575/2024-00002"),
    })
    assert build(run_cli).code == 0
    out = tmp_path / "output"
    assert "001234575/2024-00001" in parse_page(out, "documents/notice-1.html").text
    assert "001234575/2024-00003" in parse_page(out, "documents/notice-2.html").text
    assert "001234575/2024-00002" in parse_page(out, "documents/notice-3.html").text


def test_matter_page_shows_key_facts(make_content, run_cli, tmp_path):
    make_content()
    assert build(run_cli).code == 0
    text = " ".join(parse_page(tmp_path / "output", "matters/birth.html").text.split())
    assert "承诺办结时限 15 个工作日 法定办结时限 50 个工作日，比法定时限压缩 70%" in text
    assert "最多跑动次数 1 次" in text
    assert "第1步 申请" in text and "第2步 审核 户籍窗口 · 10 个工作日" in text


def test_long_lists_are_paginated(make_content, run_cli, tmp_path):
    files = {f"documents/2024/n-{i:03d}.md": DOCUMENT for i in range(120)}
    make_content(files)
    assert build(run_cli).code == 0
    out = tmp_path / "output"
    assert (out / "categories/notices/2.html").is_file() and (out / "categories/notices/3.html").is_file()
    assert not (out / "categories/notices/4.html").exists()
    page = parse_page(out, "categories/notices/2.html")
    assert ("a", "href", "../notices.html") in page.links and ("a", "href", "3.html") in page.links


def test_theme_missing_is_a_usage_error(make_content, run_cli):
    make_content()
    result = run_cli("build", "--content", "content", "--theme", "nope")
    assert result.code == 2
    assert 'theme "nope" not found' in result.lines[0]


def test_writes_nothing_outside_output(make_content, run_cli, tmp_path):
    make_content()
    before = {p.name for p in tmp_path.iterdir()}
    assert build(run_cli).code == 0
    assert {p.name for p in tmp_path.iterdir()} - before == {"output"}


def test_output_must_not_be_a_path(tmp_path: Path):
    from generator.output import OutputError, safe_join, safe_path
    import pytest

    for bad in ("../x.html", "/etc/passwd", "a/../../x", "a\\..\\x"):
        for join in (safe_join, safe_path):
            with pytest.raises(OutputError):
                join(tmp_path, bad)
    assert safe_path(tmp_path, "a/./b.html") == str(safe_join(tmp_path, "a/./b.html")) == str(tmp_path / "a/b.html")


def test_files_read_by_worker_processes_give_what_one_process_reads(tmp_path, monkeypatch):
    import shutil

    from conftest import ROOT
    from generator import content, inventory
    from generator.diagnostics import Report
    from generator.graph import link

    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder)
    broken = folder / "documents" / "zz-broken.md"
    broken.write_text("---\ntitle: 坏文件\ncategory: [\n---\n正文\n", encoding="utf-8")
    linking = folder / "documents" / "zz-linking.md"
    valid = DOCUMENT.replace("police", "qx-police").replace("birth", "birth-registration")  # in the demo
    linking.write_text(valid + "\n见[无此事项](matter:nowhere)。\n", encoding="utf-8")

    def read(jobs: int, listed: bool = False) -> tuple[list, list, dict]:
        # listed: the scan of a first build, which leaves reading the item files to the loading
        scanned = inventory.scan(folder, read=not listed)
        assert (None in scanned.texts.values()) == listed
        report = Report()
        loaded = content.load(scanned, report, content.RecordCache(), jobs)
        records = [(r.kind, r.id, r.values, r.meta.lines, r.body, r.body_line, r.links)
                   for r in loaded.matters + loaded.documents + loaded.pages]
        link(loaded, report)  # body links are found where files are read, and checked here
        assert list(scanned.digests) == list(scanned.texts)  # digests in the listing's order
        return records, [str(d) for d in report.diagnostics], loaded.digests

    monkeypatch.setattr(content, "FILES_PER_TASK", 40)
    alone = read(1)
    assert read(1, listed=True) == alone
    monkeypatch.setattr(content, "PARALLEL_FROM", 1)  # the demo is below the size that forks workers
    together = read(2)
    assert together == alone
    assert read(2, listed=True) == alone
    assert len(alone[0]) > 300 and any("zz-broken.md" in line for line in alone[1])
    line = DOCUMENT.count("\n") + 2
    mine = [text for text in alone[1] if "zz-linking.md" in text]
    assert len(mine) == 1 and f"line={line}," in mine[0] and 'link to an unknown matter "nowhere"' in mine[0]
    assert sum(bool(record[-1]) for record in alone[0]) > 5  # demo bodies that link to items and files


def test_a_file_gone_after_a_first_build_listed_it_is_reported(make_content, tmp_path):
    from generator import content, inventory
    from generator.diagnostics import Report

    folder = make_content()
    scanned = inventory.scan(folder, read=False)
    gone = next(path for path in scanned.texts if path.startswith("documents/"))
    (folder / gone).unlink()
    report = Report()
    loaded = content.load(scanned, report)
    assert [(d.path, d.message) for d in report.errors] == [(str(folder / gone), "cannot be read: No such file or directory")]
    assert gone not in [f"documents/{d.id}.md" for d in loaded.documents] and loaded.matters


def test_long_lists_link_the_first_last_and_nearby_pages(make_content, run_cli, tmp_path):
    # 10 pages of notices: page 6 links 1 … 4 5 [6] 7 8 9 10, with 上一页 and 下一页.
    notices = {f"documents/2024/n-{i:03d}.md": DOCUMENT.replace("title: 关于出生登记的通知", f"title: 通知第{i}号")
               for i in range(1, 500)}
    make_content(notices)
    assert build(run_cli).code == 0
    out = tmp_path / "output" / "categories"

    def links(page: str) -> list[str]:
        html = (out / page).read_text(encoding="utf-8")
        nav = re.search(r'<nav class="zw-pagination".*?</nav>', html, re.S)
        assert nav, page
        return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li[^>]*>(.*?)</li>", nav[0], re.S)]

    assert links("notices/6.html") == ["上一页", "第1页", "…", "第4页", "第5页", "第6页", "第7页", "第8页", "第9页",
                                       "第10页", "下一页"]
    assert links("notices.html") == ["第1页", "第2页", "第3页", "…", "第10页", "下一页"]
    html = (out / "notices/6.html").read_text(encoding="utf-8")
    assert re.findall(r'<span aria-current="page">([^<]*)</span>', html) == ["第6页"]
    assert (out / "notices/10.html").is_file() and not (out / "notices/11.html").exists()


def test_a_long_document_is_read_and_published_whole(make_content, run_cli, tmp_path):
    # Larger than one read of 64 KiB: inventory.read_bytes must not stop at its first read.
    paragraphs = "\n\n".join(f"第{n}段：本通知适用于本区户籍居民办理出生登记。" for n in range(4000))
    body = DOCUMENT + "\n" + paragraphs + "\n\n全文完。\n"
    assert len(body.encode("utf-8")) > 3 * 65536
    make_content({"documents/2024/notice-1.md": body})
    result = build(run_cli)
    assert result.code == 0, result.lines
    page = (tmp_path / "output" / "documents" / "notice-1.html").read_text(encoding="utf-8")
    assert "第3999段" in page and "全文完。" in page


def test_paths_are_shown_as_the_content_folder_was_given():
    from generator.inventory import Inventory

    for root in (".", "/", "content", "content/", "./content", "/tmp/a b/内容", "../site"):
        for relative in ("site.yaml", "documents/2024/qfb-2024-16.md"):
            assert Inventory(Path(root)).shown(relative) == str(Path(root) / relative)
