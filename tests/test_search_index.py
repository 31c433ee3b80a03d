"""The search index as files: deterministic, and kept up to date by SearchIndex.update exactly as a fresh build.

Every edit is made to a private copy of the demo; after each update the files must be
byte-identical to those of a fresh SearchIndex of the edited content.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from generator.build import load_site
from generator.diagnostics import Report
from generator.search import SearchIndex, build_index
from generator.search_files import shard_of, shard_path
from generator.textnorm import normalize, tokens

DOCUMENT = "documents/2024/qfb-2024-16.md"
MATTER = "matters/household/birth-registration.md"


def load(content: Path):
    report = Report()
    site = load_site(content, report)
    assert site is not None and not report.errors
    return site


@pytest.fixture
def content(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def apply(files: dict[str, bytes], written: dict[str, bytes], removed: set[str]) -> dict[str, bytes]:
    """Return the files after an update, as a writer of the output would leave them."""
    return {**{path: data for path, data in files.items() if path not in removed}, **written}


def test_the_same_content_gives_the_same_bytes():
    site = load(ROOT / "content")
    first, second = build_index(site), SearchIndex(load(ROOT / "content")).files()
    assert first == second
    assert {"search/search.js", "search/p/0.js", "search/d/0.js"} <= set(first)


def test_every_shard_exists_even_empty_and_each_token_is_in_its_own(content):
    files = build_index(load(content))
    count = json.loads(_index_json(files))["shards"]
    assert {p for p in files if p.startswith("search/p/")} == {shard_path(n) for n in range(count)}
    shard = files[shard_path(shard_of("出生", count))].decode("utf-8")
    assert '"出生":[' in shard


def _index_json(files: dict[str, bytes]) -> str:
    text = files["search/search.js"].decode("utf-8")
    quoted = re.search(r"ZW_SEARCH\.i\(JSON\.parse\('(.*)'\)\);", text, re.S)[1]
    return quoted.replace("\\'", "'").replace("\\\\", "\\")


EDITS = [
    ("a document's title", {DOCUMENT: [("title: 青溪区人民政府办公室关于印发", "title: 青溪区人民政府办公室关于修订印发")]}),
    ("a document's body", {DOCUMENT: [("**一、工作目标**", "**一、总体目标** 新增长者助浴服务")]}),
    ("a document's date", {DOCUMENT: [("published: 2024-06-21", "published: 2026-11-20")]}),
    ("a document's validity", {DOCUMENT: [("keywords: [出生一件事", "validity: repealed\nkeywords: [出生一件事")]}),
    ("a matter's title", {MATTER: [("title: 出生登记", "title: 新生儿出生登记")]}),
    ("a matter's domain, which its documents show", {MATTER: [("domain: household", "domain: health")]}),
]


@pytest.mark.parametrize("name, changes", EDITS, ids=[e[0] for e in EDITS])
def test_an_update_gives_the_bytes_of_a_fresh_index(content, name, changes):
    index = SearchIndex(load(content))
    files = index.files()
    keys = set()
    for path, replacements in changes.items():
        for old, new in replacements:
            edit(content / path, old, new)
        keys.add(("matter:" if path.startswith("matters/") else "document:") + Path(path).stem)
    site = load(content)
    written, removed = index.update(site, keys, set())
    assert written, "an edit changes some file"
    assert apply(files, written, removed) == SearchIndex(site).files() == index.files()


def test_a_sequence_of_updates_with_a_new_and_a_deleted_document(content):
    index = SearchIndex(load(content))
    files = index.files()
    new = content / "documents/2026/new-notice.md"
    new.write_text((content / DOCUMENT).read_text(encoding="utf-8").replace(
        "title: 青溪区人民政府办公室关于印发", "title: 新增的测试通知：关于印发").replace(
        "number: 青府办〔2024〕16号", "number: 青府办〔2026〕99号").replace("published: 2024-06-21", "published: 2026-12-01"),
        encoding="utf-8")
    steps = [({"document:new-notice"}, set()),
             ({"document:qfb-2024-16"}, set()),
             (set(), {"document:new-notice"})]
    for number, (changed, removed_keys) in enumerate(steps):
        if number == 1:
            edit(content / DOCUMENT, "published: 2024-06-21", "published: 2025-01-02")
        if number == 2:
            new.unlink()
        site = load(content)
        written, removed = index.update(site, changed, removed_keys)
        files = apply(files, written, removed)
        assert files == SearchIndex(site).files(), f"step {number}"


def test_a_title_edit_rewrites_only_its_tokens_shards_and_its_chunk(content):
    site = load(content)
    index = SearchIndex(site)
    before = index.files()
    old_title = next(d.title for d in site.documents if d.id == "qfb-2024-16")
    edit(content / DOCUMENT, "title: 青溪区人民政府办公室关于印发", "title: 青溪区人民政府办公室关于修订印发")
    site = load(content)
    new_title = next(d.title for d in site.documents if d.id == "qfb-2024-16")
    written, removed = index.update(site, {"document:qfb-2024-16"}, set())
    count = json.loads(_index_json(before))["shards"]
    changed_tokens = set(tokens(normalize(old_title))) ^ set(tokens(normalize(new_title)))
    changed_tokens |= set(normalize(old_title)) ^ set(normalize(new_title))  # single characters of titles
    allowed = {shard_path(shard_of(t, count)) for t in changed_tokens if t.strip()}
    shards = {p for p in written if p.startswith("search/p/")}
    chunks = {p for p in written if p.startswith("search/d/")}
    assert shards and shards <= allowed
    assert len(chunks) == 1
    assert set(written) - shards - chunks == set()  # a document's title is not in search.js (matters' are)
    assert not removed
