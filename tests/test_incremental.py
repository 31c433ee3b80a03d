"""Incremental builds: a build after a change writes exactly what a full build would change.

Every test edits a copy of the demo district, builds again into the same output, and
compares the result byte for byte with a fresh build of the edited content: the engine
may skip work, never correctness.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from sitecheck import tree_digest

DOCUMENT = "documents/2024/qfb-2024-16.md"  # a plan linked to four matters, on the demo's service pages
MATTER = "matters/household/birth-registration.md"


def build(content: Path, output: Path, *extra: str) -> str:
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content),
                             "--output", str(output), *extra], capture_output=True, text=True, cwd=output.parent)
    assert result.returncode == 0, result.stderr
    return result.stdout


def inodes(folder: Path) -> dict[str, tuple[int, int]]:
    """Return (inode, mtime) of every file: a file rewritten or replaced gets new ones."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def demo(tmp_path) -> tuple[Path, Path]:
    """Return a private copy of the demo content, built once into `output`."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    build(content, tmp_path / "output")
    return content, tmp_path / "output"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def assert_same_as_fresh(content: Path, output: Path, *extra: str) -> dict[str, str]:
    """Build `content` from nothing and assert `output` holds the same bytes; return the fresh tree."""
    fresh = output.parent / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    build(content, fresh, *extra)
    expected = tree_digest(fresh)
    actual = tree_digest(output)
    assert sorted(set(actual) ^ set(expected)) == []
    assert [path for path in expected if expected[path] != actual[path]] == []
    return expected


def test_a_build_with_nothing_changed_writes_nothing(demo):
    content, output = demo
    before = inodes(output)
    assert build(content, output).startswith("nothing changed since the last build")
    assert inodes(output) == before


def test_a_title_change_rewrites_exactly_the_pages_that_show_it(demo):
    content, output = demo
    before, old = inodes(output), tree_digest(output)
    edit(content / DOCUMENT, "title: 青溪区人民政府办公室关于印发", "title: 青溪区人民政府办公室关于修订印发")
    build(content, output)
    new = assert_same_as_fresh(content, output)
    rewritten = {path for path, stamp in inodes(output).items() if before.get(path) != stamp}
    differing = {path for path in new if old.get(path) != new[path]}
    assert rewritten == differing
    showing = {path for path in new if path.endswith(".html") and "修订印发" in (output / path).read_text("utf-8")}
    assert showing <= rewritten
    assert {"documents/qfb-2024-16.html", "matters/birth-registration.html", "categories/plans.html",
            "stages/decision.html", "organizations/qx-gov-office.html", "domains/household.html"} <= showing
    assert any(path.startswith("search/") for path in rewritten)
    assert rewritten - showing <= {p for p in rewritten if p.startswith(("search/", ".zhengwu/"))}


EDITS = {
    "body": [(DOCUMENT, "**一、工作目标**", "**一、总体目标**")],
    "date": [(DOCUMENT, "published: 2024-06-21", "published: 2026-11-20")],
    "links from a document": [(DOCUMENT, "matters: [birth-registration,", "matters: [residence-permit, birth-registration,")],
    "matter domain and title": [(MATTER, "domain: household", "domain: health"), (MATTER, "title: 出生登记", "title: 新生儿出生登记")],
    "matter hot flag": [(MATTER, "hot: true", "hot: false")],
    "validity": [(DOCUMENT, "keywords: [出生一件事", "validity: repealed\nkeywords: [出生一件事")],
    "site.yaml": [("site.yaml", "title: 青溪区政务公开", "title: 青溪区政府信息公开")],
    "template": [("../themes/templates/document.html", "</h1>", "</h1>\n<!-- edited -->")],
    "theme strings": [("../themes/strings.yaml", "index_no: 索引号", "index_no: 索引号（已改）")],  # compiled in
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_gives_the_same_output_as_a_full_build(demo, name, tmp_path):
    content, output = demo
    theme = None
    for file, old, new in EDITS[name]:
        if file.startswith("../themes/"):  # a private copy of the theme, one of its files changed
            theme = tmp_path / "theme"
            shutil.copytree(ROOT / "themes" / "default", theme)
            build(content, output, "--theme", str(theme), "--full")
            edit(theme / file.removeprefix("../themes/"), old, new)
            continue
        edit(content / file, old, new)
    extra = ("--theme", str(theme)) if theme else ()
    out = build(content, output, *extra)
    if name == "template":
        rendered = int(re.search(r"\((\d+) rendered\)", out)[1])
        documents = len(list((output / "documents").glob("*.html")))
        assert rendered == documents  # document pages use the template; no other page does
        assert_same_as_fresh(content, output, *extra)
    elif name == "theme strings":
        assert_same_as_fresh(content, output, *extra)
        assert "<dt>索引号（已改）</dt>" in (output / "documents/qfb-2024-16.html").read_text("utf-8")
    else:
        assert_same_as_fresh(content, output)


def test_adding_and_deleting_documents(demo):
    content, output = demo
    text = (content / DOCUMENT).read_text("utf-8")
    (content / "documents/2024/qfb-2024-16-copy.md").write_text(text.replace("青府办〔2024〕16号", "青府办〔2024〕99号"),
                                                                "utf-8")
    build(content, output)
    assert (output / "documents/qfb-2024-16-copy.html").is_file()
    assert_same_as_fresh(content, output)
    (content / DOCUMENT).unlink()
    (content / "documents/2024/qfb-2024-16-jd.md").unlink()  # its interpretation goes with it
    build(content, output)
    assert not (output / "documents/qfb-2024-16.html").exists()
    assert "qfb-2024-16.html" not in (output / "matters/birth-registration.html").read_text("utf-8")
    assert_same_as_fresh(content, output)


def test_a_renamed_document_keeps_its_old_address(demo):
    content, output = demo
    old = content / DOCUMENT
    text = old.read_text("utf-8").replace("---\n", "---\naliases: [qfb-2024-16]\n", 1)
    old.unlink()
    (old.parent / "birth-one-thing-plan.md").write_text(text, "utf-8")
    for other in content.rglob("*.md"):
        edit_text = other.read_text("utf-8")
        if "interprets: qfb-2024-16\n" in edit_text:
            other.write_text(edit_text.replace("interprets: qfb-2024-16\n", "interprets: birth-one-thing-plan\n"), "utf-8")
    build(content, output)
    assert "birth-one-thing-plan.html" in (output / "documents/qfb-2024-16.html").read_text("utf-8")
    assert_same_as_fresh(content, output)


def test_a_changed_attachment_is_copied(demo):
    content, output = demo
    attachment = next(p for p in sorted((content / "files").rglob("*.pdf")))
    attachment.write_bytes(attachment.read_bytes() + b"\n% revised\n")
    build(content, output)
    relative = attachment.relative_to(content).as_posix()
    assert (output / relative).read_bytes() == attachment.read_bytes()
    assert_same_as_fresh(content, output)


def test_an_attachment_that_comes_or_goes_alone_is_noticed(demo):
    content, output = demo
    extra = content / "files" / "extra" / "新增附件.txt"
    extra.parent.mkdir(parents=True, exist_ok=True)
    extra.write_bytes("仅供测试\n".encode("utf-8"))
    assert build(content, output).startswith("built ")
    assert (output / "files" / "extra" / "新增附件.txt").read_bytes() == extra.read_bytes()
    assert_same_as_fresh(content, output)
    extra.unlink()
    assert build(content, output).startswith("built ")
    assert not (output / "files" / "extra" / "新增附件.txt").exists()
    assert_same_as_fresh(content, output)


def test_what_the_pages_read_is_needed_only_when_something_changed(demo):
    # A build with nothing changed stops after the digests; pages.json is read only to go on.
    content, output = demo
    (output / ".zhengwu" / "pages.json").write_text("not json", encoding="utf-8")
    assert build(content, output).startswith("nothing changed since the last build")
    edit(content / DOCUMENT, "title: ", "title: 修订：")
    out = build(content, output)
    assert re.search(r"built (\d+) pages \((\d+) rendered\)", out)[1] == re.search(r"\((\d+) rendered\)", out)[1]
    assert_same_as_fresh(content, output)


def test_a_failed_incremental_build_leaves_the_output_as_it_was(demo):
    content, output = demo
    before = tree_digest(output)
    edit(content / DOCUMENT, "category: plans", "category: no-such-category")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content),
                             "--output", str(output)], capture_output=True, text=True, cwd=output.parent)
    assert result.returncode == 1 and 'unknown category "no-such-category"' in result.stderr
    assert tree_digest(output) == before


def test_full_ignores_the_previous_build(demo):
    content, output = demo
    before = inodes(output)
    out = build(content, output, "--full")
    assert re.search(r"built (\d+) pages \((\d+) rendered\)", out)[1] == re.search(r"\((\d+) rendered\)", out)[1]
    after = inodes(output)
    pages = [path for path in after if path.endswith(".html")]
    assert all(before[path][0] != after[path][0] for path in pages)
