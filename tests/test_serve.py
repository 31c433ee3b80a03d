"""`serve`: rebuilds kept in memory give what a fresh build gives, and the server is safe and live.

The first half drives the build engine the way `serve` does (one Memory across builds, file
events fed to the inventory) and compares every result with a fresh build of the same
content. The second half runs `python -m generator serve` itself and talks HTTP to it,
and a real browser watches a page reload itself after an edit.
"""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from generator import inventory, serve
from generator.build import BuildOptions, Memory, build
from sitecheck import tree_digest

DOCUMENT = "documents/2024/qfb-2024-16.md"  # linked to four matters, on the demo's service pages
MATTER = "matters/household/birth-registration.md"  # has an alias
PAGE = "pages/about.md"


class Session:
    """A content copy and the output `serve` keeps up to date, with the build's memory."""

    def __init__(self, folder: Path) -> None:
        self.content = folder / "content"
        shutil.copytree(ROOT / "content", self.content)
        self.options = BuildOptions(content=self.content, output=folder / "served")
        self.memory = Memory()
        result = build(self.options, self.memory)
        assert result.ok, [d.format() for d in result.report.sorted()]

    def edit(self, relative: str, old: str, new: str):
        path = self.content / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return self.rebuild({relative})

    def rebuild(self, relatives: set[str]):
        assert inventory.update(self.memory.inventory, relatives)
        result = build(self.options, self.memory)
        assert result.ok, [d.format() for d in result.report.sorted()]
        return result

    def assert_same_as_fresh(self) -> None:
        fresh = self.options.output.parent / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        assert build(BuildOptions(content=self.content, output=fresh)).ok
        expected = {k: v for k, v in tree_digest(fresh).items() if not k.startswith(".zhengwu/")}
        actual = tree_digest(self.options.output)
        assert sorted(set(actual) ^ set(expected)) == []
        assert [path for path in expected if expected[path] != actual[path]] == []


@pytest.fixture
def session(tmp_path) -> Session:
    return Session(tmp_path)


# (file, old text, new text, whether the kept model can be patched in place)
EDITS = {
    "document title": (DOCUMENT, "title: ", "title: 修订：", True),
    "document validity": (DOCUMENT, "\n---\n", "\nvalidity: expired\n---\n", True),
    "document body": (DOCUMENT, "\n---\n", "\n---\n\n新增的一段正文，链接到[出生登记](matter:birth-registration)。\n", True),
    "matter title (with an alias)": (MATTER, "title: ", "title: 新生儿", True),
    "matter fee": (MATTER, "fee: 不收费", "fee: 不收费（修订）", True),
    "page body": (PAGE, "\n---\n", "\n---\n\n新增的说明。\n", True),
    "document moved to other matters": (DOCUMENT, "matters: [", "matters: [minimum-living-allowance, ", False),
    "matter moved to another list": (MATTER, "list: public-service", "list: administrative-power", False),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_gives_what_a_fresh_build_gives(session, name):
    relative, old, new, patched = EDITS[name]
    result = session.edit(relative, old, new)
    assert result.patched is patched
    assert 0 < result.written < 40  # (a page is read by every page's footer: all render, few change)
    session.assert_same_as_fresh()


def test_edits_in_a_row_patch_and_relink_and_patch_again(session):
    assert session.edit(DOCUMENT, "title: ", "title: 一改：").patched
    assert session.edit(MATTER, "title: ", "title: 二改").patched
    assert not session.edit(DOCUMENT, "title: ", "aliases: [qfb-old]\ntitle: ").patched  # a new address
    assert session.edit(DOCUMENT, "title: ", "title: 三改：").patched  # its alias page shows the new title
    session.assert_same_as_fresh()
    alias = (session.options.output / "documents/qfb-old.html").read_text(encoding="utf-8")
    assert "三改：一改：" in alias


def test_a_new_file_a_deleted_file_and_a_template(session, tmp_path):
    new = session.content / "documents/2024/qfb-2024-99.md"
    text = (session.content / DOCUMENT).read_text(encoding="utf-8")
    new.write_text(re.sub(r"(?m)^index_no:.*\n", "", text).replace("title: ", "title: 新文件：", 1), encoding="utf-8")
    assert not session.rebuild({"documents/2024/qfb-2024-99.md"}).patched
    assert (session.options.output / "documents/qfb-2024-99.html").is_file()
    new.unlink()
    assert not session.rebuild({"documents/2024/qfb-2024-99.md"}).patched
    assert not (session.options.output / "documents/qfb-2024-99.html").exists()
    session.assert_same_as_fresh()


def test_a_broken_edit_changes_nothing_and_its_fix_is_patched(session):
    before = tree_digest(session.options.output)
    path = session.content / DOCUMENT
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title: ", "title: [", 1), encoding="utf-8")
    inventory.update(session.memory.inventory, {DOCUMENT})
    result = build(session.options, session.memory)
    assert not result.ok and result.report.errors
    assert tree_digest(session.options.output) == before
    path.write_text(good.replace("title: ", "title: 修好：", 1), encoding="utf-8")
    assert session.rebuild({DOCUMENT}).ok
    session.assert_same_as_fresh()


# --- the server itself ---------------------------------------------------------------------


class Server:
    """`python -m generator serve` on a free port, stopped with Ctrl-C (SIGINT)."""

    def __init__(self, content: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--content", str(content),
                                         "--port", "0"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        while True:
            line = self.process.stderr.readline()
            assert line, f"serve stopped: {self.lines}"
            self.lines.append(line)
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                self.url = found[1]
                return

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def wait_for(self, path: str, text: str, seconds: float = 30) -> tuple[int, str]:
        deadline = time.monotonic() + seconds
        while True:
            status, body = self.get(path)
            if text in body or time.monotonic() > deadline:
                return status, body
            time.sleep(0.05)

    def stop(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        rest = self.process.stderr.read()
        return self.process.wait(timeout=20), rest


@pytest.fixture
def server(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    running = Server(content)
    running.content = content
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


def test_serve_updates_a_page_survives_broken_yaml_and_stops_cleanly(server):
    status, home = server.get("")
    assert status == 200 and "</html>" in home and "/__zhengwu/events" in home
    path = server.content / DOCUMENT
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title: ", "title: 预览修改：", 1), encoding="utf-8")
    status, page = server.wait_for("documents/qfb-2024-16.html", "预览修改：")
    assert status == 200 and "预览修改：" in page

    path.write_text(good.replace("title: ", "title: [", 1), encoding="utf-8")
    status, page = server.wait_for("documents/qfb-2024-16.html", "内容有错误")
    assert status == 500
    assert re.search(r"qfb-2024-16\.md:\d+: ", page), page  # file and line, then what and how to fix
    assert server.get("index.html")[0] == 500  # every page shows the error until it is fixed
    assert server.get("assets/css/site.css")[0] == 200  # the last good site is still there

    path.write_text(good.replace("title: ", "title: 已修好：", 1), encoding="utf-8")
    status, page = server.wait_for("documents/qfb-2024-16.html", "已修好：")
    assert status == 200 and "已修好：" in page

    code, rest = server.stop()
    assert code == 0 and "stopped" in rest
    assert "Traceback" not in "".join(server.lines) + rest


@pytest.mark.parametrize("path", [
    "../content/site.yaml", "%2e%2e/content/site.yaml", "%252e%252e/content/site.yaml",
    "documents/..%2f..%2fcontent/site.yaml", "documents%5c..%5c..%5csite.yaml", ".zhengwu/sources.json",
    "documents/", "assets/", "site.yaml", "index.html%00.txt",
])
def test_serve_refuses_anything_but_the_built_files(server, path):
    with urllib.request.urlopen(server.url + "index.html", timeout=10) as response:
        assert response.status == 200
    status, body = server.get(path)
    assert status == 404, (path, status)
    assert "title:" not in body and "<a href" not in body


def test_serve_listens_on_loopback_only(server):
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                listening.append(address)
    assert listening == ["0100007F"]  # 127.0.0.1, and no other address, IPv4 or IPv6


def test_the_browser_reloads_itself_after_an_edit(server, page):
    page.goto(server.url + "documents/qfb-2024-16.html")
    heading = page.inner_text("h1")
    path = server.content / DOCUMENT
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: 自动刷新：", 1), encoding="utf-8")
    page.wait_for_function("() => document.querySelector('h1').textContent.includes('自动刷新：')", timeout=30_000)
    assert page.inner_text("h1") == "自动刷新：" + heading


def test_reading_every_file_does_not_drown_the_next_save(server):
    # Reads (a backup, a search, another build) are not watched: before, each queued three
    # kernel events, the queue of 16,384 overflowed and the save after them was lost.
    files = [p for p in server.content.rglob("*") if p.is_file()]
    for _ in range(max(1, 60_000 // len(files))):
        for file in files:
            file.read_bytes()
    path = server.content / DOCUMENT
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: 读后修改：", 1), encoding="utf-8")
    status, page = server.wait_for("documents/qfb-2024-16.html", "读后修改：")
    assert status == 200 and "读后修改：" in page
    code, rest = server.stop()
    assert code == 0 and serve.LOST_EVENTS not in rest


def test_when_the_kernel_drops_events_the_next_rebuild_reads_everything(tmp_path):
    import logging
    import threading

    calls: list = []
    done = threading.Event()

    class Recorder:
        def rebuild(self, paths=None):
            calls.append(paths)
            done.set()

    watcher = serve.Watcher(Recorder(), tmp_path, tmp_path / "theme")
    handler = serve.Overflow(watcher)
    logger = logging.getLogger(serve.OVERFLOW_LOGGER)
    logger.addHandler(handler)
    try:
        with watcher.lock:
            watcher.pending = {"documents/a.md"}  # a save noted before the overflow
        # watchdog's words (watchdog/observers/inotify_c.py); a real overflow cannot be forced
        # reliably in a test: whether the kernel's queue fills depends on the machine's load.
        logger.warning("Inotify queue overflowed; filesystem events were lost")
        assert done.wait(10)
    finally:
        logger.removeHandler(handler)
    assert calls == [None]  # None: scan the whole content folder, not just the files noted
