"""`serve`: build into a private folder, serve it on 127.0.0.1, rebuild when content or theme changes.

Each rebuild goes through the same atomic swap as `build`, so a half-built site is never
served; a failed rebuild keeps the last good site and shows the errors as a page instead.
"""
from __future__ import annotations

import functools
import html
import shutil
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from .build import BuildOptions, UsageError, build
from .theme import ThemeError, find_theme

DEBOUNCE_SECONDS = 0.3


class SiteState:
    """The folder being served and the errors of the last build, shared with request handlers."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.errors: list[str] = []
        self.lock = threading.Lock()


def rebuild(options: BuildOptions, state: SiteState) -> None:
    try:
        result = build(options)
        errors = [d.format() for d in result.report.errors] if not result.ok else []
    except (UsageError, ThemeError) as exc:
        errors = [str(exc)]
    with state.lock:
        state.errors = errors
    for line in errors or ["rebuilt"]:
        print(line, file=sys.stderr)


class Handler(SimpleHTTPRequestHandler):
    state: SiteState

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        with self.state.lock:
            errors = list(self.state.errors)
        if errors and self.path.split("?")[0].endswith((".html", "/")):
            self._send_errors(errors)
            return
        super().do_GET()

    def list_directory(self, path):  # type: ignore[override]
        self.send_error(404, "No directory listings")
        return None

    def _send_errors(self, errors: list[str]) -> None:
        items = "".join(f"<li><code>{html.escape(e)}</code></li>" for e in errors)
        body = (f"<!DOCTYPE html><html lang=zh-CN><meta charset=utf-8><title>内容有错误</title>"
                f"<h1>内容有错误，网站未更新</h1><p>请按提示修改后保存，页面会自动恢复。</p><ul>{items}</ul>").encode()
        self.send_response(500)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Watcher(FileSystemEventHandler):
    """Debounces file events into one rebuild at a time."""

    def __init__(self, options: BuildOptions, state: SiteState) -> None:
        self.options, self.state = options, state
        self.timer: threading.Timer | None = None
        self.running = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if self.timer:
            self.timer.cancel()
        self.timer = threading.Timer(DEBOUNCE_SECONDS, self._rebuild)
        self.timer.daemon = True
        self.timer.start()

    def _rebuild(self) -> None:
        with self.running:
            rebuild(self.options, self.state)


def serve(content: Path, host: str, port: int, theme_name: str) -> int:
    """Serve the content folder until Ctrl-C; return the exit status."""
    if not content.is_dir():
        raise UsageError(f"content folder not found: {content}")
    theme = find_theme(theme_name)
    workdir = Path(tempfile.mkdtemp(prefix="zhengwu-serve-"))
    options = BuildOptions(content=content, output=workdir / "site", theme=theme_name)
    state = SiteState(options.output)
    rebuild(options, state)
    observer = Observer()
    watcher = Watcher(options, state)
    for folder in (content, theme.folder):
        observer.schedule(watcher, str(folder), recursive=True)
    observer.start()
    handler = type("BoundHandler", (Handler,), {"state": state})
    server = ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(options.output)))
    print(f"serving {content} at http://{host}:{server.server_port}/index.html (Ctrl-C to stop)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        observer.stop()
        observer.join()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0
