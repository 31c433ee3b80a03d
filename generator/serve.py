"""`serve`: build once, serve on 127.0.0.1, and keep the site up to date as files change.

The first build is a full one into a private folder. After that, file events (watchdog)
say which files changed; the build reads only those again, renders only the pages they
reach and writes the few changed files while requests wait (build.Memory). Pages reload
themselves in the browser when a rebuild lands. A failed rebuild keeps the last good
site and shows the errors (file, line, how to fix) in place of every page until fixed.
"""
from __future__ import annotations

import html
import logging
import mimetypes
import posixpath
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from watchdog.events import (DirCreatedEvent, DirDeletedEvent, DirMovedEvent, FileClosedEvent, FileCreatedEvent,
                             FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileSystemEvent,
                             FileSystemEventHandler)
from watchdog.observers import Observer

from . import inventory
from .build import BuildOptions, Memory, UsageError, build
from .theme import ThemeError, find_theme

DEBOUNCE_SECONDS = 0.05  # editors write a file in bursts (temporary file, rename, metadata)
EVENTS = "/__zhengwu/events"  # live reload: Server-Sent Events, one message per finished rebuild
# What a save, a new file, a deletion or a move can look like. Reads are left out, so that
# the kernel does not even queue them: reading the 22,000 files of a district (a backup, a
# search, a build of another copy) filled the kernel's queue of 16,384 events, and the save
# that followed was lost with the overflow.
WATCHED = [FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent,
           DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
OVERFLOW_LOGGER = "watchdog.observers.inotify_c"  # says so when the kernel dropped events
LOST_EVENTS = "many files changed at once: reading the whole content folder again"

RELOAD = """<script>(function(){var g=%d;try{var s=new EventSource('%s');s.onmessage=function(e){
if(+e.data!==g){s.close();location.reload();}};}catch(e){}})();</script>"""


@dataclass
class Preview:
    """The site being previewed: the build's memory, the last errors, and a counter of rebuilds."""

    options: BuildOptions
    memory: Memory = field(default_factory=Memory)
    errors: list[str] = field(default_factory=list)
    generation: int = 0
    changed: threading.Condition = field(default_factory=threading.Condition)
    last_seconds: float = 0.0

    def rebuild(self, paths: set[str] | None = None) -> None:
        """Build again after `paths` (relative to the content folder) changed; None: anything may have."""
        started = time.perf_counter()
        scanned = self.memory.inventory
        if scanned is not None and (paths is None or not inventory.update(scanned, paths)):
            self.memory.inventory = None  # scan everything again
        written = 0
        try:
            result = build(self.options, self.memory)
            written = result.written if result.ok else 0
            errors = [d.format() for d in result.report.sorted()] if not result.ok else []
            note = ("unchanged" if result.unchanged else
                    f"rendered {result.rendered} pages, wrote {result.written} files"
                    + (" (patched in place)" if result.patched else "")) if result.ok else "failed"
        except (UsageError, ThemeError) as exc:
            errors, note = [str(exc)], "failed"
        except Exception:  # a bug of ours: show it, keep serving the last good site, start afresh next time
            errors = ["internal error: a bug in the generator, not in your content; please report it:\n"
                      + traceback.format_exc()]
            note, self.memory.model, self.memory.search = "failed", None, None
        self.last_seconds = time.perf_counter() - started
        with self.changed:
            if written or errors != self.errors:  # open pages reload only when what they show may differ
                self.errors = errors
                self.generation += 1
                self.changed.notify_all()
        for line in errors:
            print(line, file=sys.stderr)
        print(f"rebuilt in {self.last_seconds:.2f} s: {note}", file=sys.stderr)


class Watcher(FileSystemEventHandler):
    """Collects changed paths and rebuilds once they settle, one rebuild at a time."""

    def __init__(self, preview: Preview, content: Path, theme: Path) -> None:
        self.preview = preview
        self.content, self.theme = content.resolve(), theme.resolve()
        self.pending: set[str] | None = set()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        threading.Thread(target=self._loop, daemon=True, name="rebuild").start()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write") or (event.is_directory and event.event_type == "modified"):
            return  # a folder is "modified" whenever a file in it is: that file's own event says which
        with self.lock:
            for raw in filter(None, (event.src_path, getattr(event, "dest_path", ""))):
                self._note(Path(raw if isinstance(raw, str) else raw.decode()), event.is_directory)
        self.wake.set()

    def _note(self, path: Path, is_directory: bool) -> None:
        if path.is_relative_to(self.content) and not is_directory:
            if self.pending is not None:
                self.pending.add(path.relative_to(self.content).as_posix())
        elif path.is_relative_to(self.content):
            self.pending = None  # a folder came or went: scan it all
        # Theme files are read afresh by every build: any event is enough.

    def lost_events(self) -> None:
        """Events were dropped (many files changed at once): scan everything again."""
        with self.lock:
            self.pending = None
        self.wake.set()

    def _loop(self) -> None:
        while True:
            self.wake.wait()
            while self.wake.wait(DEBOUNCE_SECONDS):  # until the burst of events is over
                self.wake.clear()
            with self.lock:
                paths, self.pending = self.pending, set()
            self.preview.rebuild(paths)


class Handler(BaseHTTPRequestHandler):
    """Serves the built site and nothing else: no folder listings, no hidden files, nothing above it."""

    preview: Preview
    server_version = "zhengwu-serve"

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        self._answer(body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(body=False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet: the rebuild lines matter more
        pass

    def _answer(self, body: bool) -> None:
        path = urlsplit(self.path).path
        if path == EVENTS:
            self._events()
            return
        relative = safe_relative(path)
        if relative is None:
            self._send(404, "text/plain; charset=utf-8", b"not found\n", body)
            return
        with self.preview.changed:
            errors, generation = list(self.preview.errors), self.preview.generation
        if errors and relative.endswith(".html"):
            self._send(500, "text/html; charset=utf-8", error_page(errors, generation), body)
            return
        data = self._read(relative)
        if data is None:
            self._send(404, "text/plain; charset=utf-8", b"not found\n", body)
            return
        kind = content_type(relative)
        if kind.startswith("text/html"):
            data = with_reload(data, generation)
        self._send(200, kind, data, body)

    def _read(self, relative: str) -> bytes | None:
        root = self.preview.options.output.resolve()
        with self.preview.memory.lock:  # a rebuild writing now finishes first: no half-built site
            file = (root / relative).resolve()
            if not file.is_relative_to(root) or not file.is_file():
                return None
            return file.read_bytes()

    def _send(self, status: int, kind: str, data: bytes, body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        preview = self.preview
        try:
            with preview.changed:
                seen = preview.generation
            self.wfile.write(f"data: {seen}\n\n".encode())
            self.wfile.flush()
            while True:
                with preview.changed:
                    preview.changed.wait_for(lambda: preview.generation != seen, timeout=15)
                    seen = preview.generation
                self.wfile.write(f"data: {seen}\n\n".encode())  # also a keep-alive every 15 s
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


def safe_relative(url_path: str) -> str | None:
    """Return the file a request names, relative to the site, or None for anything unsafe.

    Refused: `..` anywhere (also percent-encoded, twice over), backslashes, NUL, hidden files
    and folders (the build state), and anything that normalises outside the site.
    """
    decoded = unquote(url_path)
    for form in (decoded, unquote(decoded)):
        if "\\" in form or "\0" in form or ".." in form.split("/"):
            return None
    parts = [p for p in decoded.split("/") if p]
    if any(p == ".." or p.startswith(".") for p in parts):
        return None
    relative = posixpath.normpath("/".join(parts)) if parts else ""
    if relative in ("", ".") or url_path.endswith("/"):
        relative = posixpath.join(relative if relative != "." else "", "index.html")
    return relative


def content_type(relative: str) -> str:
    kind = mimetypes.guess_type(relative)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind in ("application/javascript",
                                                                          "image/svg+xml") else kind


def with_reload(page: bytes, generation: int) -> bytes:
    """Return a page with the live-reload script added (only as served: the built file is unchanged)."""
    script = (RELOAD % (generation, EVENTS)).encode()
    at = page.rfind(b"</body>")
    return page[:at] + script + page[at:] if at >= 0 else page + script


class Overflow(logging.Handler):
    """Turns watchdog's warning that the kernel dropped file events into a full rescan."""

    def __init__(self, watcher: Watcher) -> None:
        super().__init__(logging.WARNING)
        self.watcher = watcher

    def emit(self, record: logging.LogRecord) -> None:
        if "overflow" in record.getMessage().lower():
            print(LOST_EVENTS, file=sys.stderr)
            self.watcher.lost_events()


def error_page(errors: list[str], generation: int) -> bytes:
    items = "".join(f"<li><code>{html.escape(e)}</code></li>" for e in errors)
    page = (f"<!DOCTYPE html><html lang=zh-CN><meta charset=utf-8><title>内容有错误，网站未更新</title>"
            f"<body style='font:1.1rem/1.7 sans-serif;margin:2rem;max-width:60rem'>"
            f"<h1>内容有错误，网站未更新</h1><p>请按下面的提示修改并保存，页面会自动恢复。</p>"
            f"<ol>{items}</ol></body></html>")
    return with_reload(page.encode("utf-8"), generation)


def serve(content: Path, host: str, port: int, theme_name: str) -> int:
    """Serve the content folder until Ctrl-C; return the exit status."""
    if not content.is_dir():
        raise UsageError(f"content folder not found: {content}")
    theme = find_theme(theme_name)
    workdir = Path(tempfile.mkdtemp(prefix="zhengwu-serve-"))
    preview = Preview(BuildOptions(content=content, output=workdir / "site", theme=theme_name))
    preview.rebuild()
    observer = Observer()
    watcher = Watcher(preview, content, theme.folder)
    for folder in (content, theme.folder):
        observer.schedule(watcher, str(folder.resolve()), recursive=True, event_filter=WATCHED)
    # watchdog tells no handler when the kernel's queue overflowed; it only logs a warning.
    logging.getLogger(OVERFLOW_LOGGER).addHandler(Overflow(watcher))
    observer.start()
    # Ctrl-C (and a plain kill) stop cleanly, also when started in the background, where
    # a shell makes processes ignore SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda number, frame: signal.default_int_handler(number, frame))
    handler = type("BoundHandler", (Handler,), {"preview": preview})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    print(f"serving {content} at http://{host}:{server.server_port}/index.html (Ctrl-C to stop)", file=sys.stderr)
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
        observer.stop()
        observer.join()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0
