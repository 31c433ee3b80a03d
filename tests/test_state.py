"""The build state's pages.json: what each page read, numbered where the page was rendered or at the end."""
from __future__ import annotations

import json
from pathlib import Path

from generator.state import PAGES, BuildState, KeyTable, PageState, load_pages, load_sources

READS = {
    "documents/a.html": PageState(("document:a", "site.title", "template:base.html"), ("qr/x.svg",)),
    "matters/b.html": PageState(("document:a", "matter:b", "site.title", "template:base.html")),
    "index.html": PageState(("matter:b", "site.hot_matters", "template:home.html")),
}
TABLE = KeyTable.of({"document:a", "matter:b", "matter:unread", "site.title", "template:base.html",
                     "template:home.html"})  # no site.hot_matters: a key found only while rendering


def state(pages: dict[str, PageState]) -> BuildState:
    return BuildState({"engine": "e"}, {"x": "1"}, {"templates/base.html": "2"}, 0,
                      {"document:a": "3", "matter:b": "4"}, pages, sorted(pages))


def numbered(table: KeyTable) -> dict[str, PageState]:
    """The pages as the rendering processes return them: each with its reads numbered."""
    return {path: PageState(page.reads, page.codes, table.encode(page.reads)) for path, page in READS.items()}


def read_back(files: dict[str, bytes], folder: Path) -> BuildState:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    loaded = load_sources(folder)
    assert loaded is not None and load_pages(folder, loaded)
    return loaded


def test_pages_numbered_where_rendered_give_the_same_bytes_as_numbered_at_the_end():
    assert numbered(TABLE)["index.html"].numbers is None  # it read a key the table lacks
    assert numbered(TABLE)["matters/b.html"].numbers == "[0,1,3,4]"
    assert state(numbered(TABLE)).to_files(TABLE) == state(READS).to_files(TABLE)


def test_a_key_missing_from_the_table_is_numbered_after_it_and_reads_back(tmp_path):
    files = state(numbered(TABLE)).to_files(TABLE)
    written = json.loads(files[PAGES])
    assert written["keys"] == TABLE.keys + ["site.hot_matters"]  # unread keys stay: the numbers were given
    assert written["pages"]["documents/a.html"] == [[0, 3, 4], ["qr/x.svg"]]
    loaded = read_back(files, tmp_path)
    assert loaded.pages == READS
    assert loaded.files == sorted(READS)


def test_without_a_table_only_the_keys_read_are_numbered(tmp_path):
    files = state(READS).to_files()
    assert json.loads(files[PAGES])["keys"] == sorted({key for page in READS.values() for key in page.reads})
    assert read_back(files, tmp_path).pages == READS
    # the text json.dumps gives the same data, so any JSON reader reads it
    data = json.loads(files[PAGES])
    assert files[PAGES] == (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()


def test_every_key_a_page_reads_is_numbered_before_rendering(make_content, run_cli, tmp_path):
    from generator import changes
    from generator.build import load_site
    from generator.diagnostics import Report
    from generator.theme import find_theme

    content = make_content()
    assert run_cli("build", "--content", str(content), "--output", str(tmp_path / "output"), "--quiet").code == 0
    site = load_site(content, Report())
    known = changes.readable_keys(site, find_theme("default").digests())
    written = json.loads((tmp_path / "output" / PAGES).read_text(encoding="utf-8"))
    # The table was not extended at the end: the rendering processes numbered every read.
    assert written["keys"] == sorted(known)
    assert {key for reads, _ in written["pages"].values() for key in map(written["keys"].__getitem__, reads)} < known
