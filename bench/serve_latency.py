"""The `serve` figures of `make bench`: from saving a file to the updated page being served.

`python -m generator serve` runs on a copy of the corpus and of the default theme (the
originals are never touched). Each edit writes a file the way an editor's save does and
then asks the server for the page every 10 ms until it shows the change; the figure is
the time from the save to that answer. Edits: document titles, matter titles (both take
the fast path), and a template (every document page is rendered again).

Run alone: `python bench/serve_latency.py CONTENT [--documents N] [--matters N] [--templates N]`.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from trash import Trash, discard  # bench/trash.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
POLL = 0.01


class Server:
    def __init__(self, content: Path, theme: Path) -> None:
        started = time.perf_counter()
        self.process = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--content", str(content),
                                         "--theme", str(theme), "--port", "0"], cwd=ROOT,
                                        stderr=subprocess.PIPE, text=True)
        while True:
            line = self.process.stderr.readline()
            if not line:
                raise SystemExit("serve stopped before serving")
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                self.url = found[1]
                break
        self.startup = time.perf_counter() - started

    def page(self, path: str) -> str:
        try:
            with urllib.request.urlopen(self.url + path, timeout=120) as response:
                return response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.read().decode("utf-8", "replace")

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=60)


def edit_to_served(server: Server, file: Path, old: str, new: str, path: str, marker: str,
                   limit: float = 600) -> float:
    """Save `file` with `old` replaced by `new`; return the seconds until `path` is served showing `marker`."""
    text = file.read_text(encoding="utf-8")
    assert old in text, (file, old)
    saved = time.perf_counter()
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    while marker not in server.page(path):
        if time.perf_counter() - saved > limit:
            raise SystemExit(f"{path} did not show {marker!r} within {limit} s")
        time.sleep(POLL)
    return time.perf_counter() - saved


def items(content: Path, folder: str, count: int) -> list[Path]:
    """Return `count` published items spread evenly over the folder."""
    files = [p for p in sorted((content / folder).rglob("*.md"))
             if "\ndraft: true" not in p.read_text(encoding="utf-8")]
    step = max(1, len(files) // count)
    return files[::step][:count]


def retitle(server: Server, files: list[Path], folder: str) -> list[float]:
    """Edit each item's title in turn; return the seconds until each page was served with it."""
    runs = []
    for number, file in enumerate(files):
        marker = f"（第{number}次修改）"
        runs.append(edit_to_served(server, file, "\ntitle: ", f"\ntitle: {marker}", f"{folder}/{file.stem}.html",
                                   marker))
    return runs


def figures(seconds: list[float]) -> dict:
    return {"median_s": statistics.median(seconds), "min_s": min(seconds), "max_s": max(seconds), "runs": seconds}


def measure(content: Path, work: Path, documents: int = 5, matters: int = 5, templates: int = 2,
            trash: Trash | None = None) -> dict:
    copy, theme = work / "serve-content", work / "serve-theme"
    for folder in (copy, theme):
        discard(folder, trash)
    shutil.copytree(content, copy)
    shutil.copytree(ROOT / "themes" / "default", theme)
    server = Server(copy, theme)
    try:
        time.sleep(1)  # let the watcher settle after the first build
        result: dict = {"startup_s": server.startup}
        result["document"] = figures(retitle(server, items(copy, "documents", documents), "documents"))
        result["matter"] = figures(retitle(server, items(copy, "matters", matters), "matters"))
        runs = []
        page = f"documents/{items(copy, 'documents', 1)[0].stem}.html"
        template = theme / "templates" / "document.html"
        for number in range(templates):
            marker = f"bench-template-{number}"
            runs.append(edit_to_served(server, template, "{% endblock %}",
                                       f'<p hidden>{marker}</p>{{% endblock %}}', page, marker))
        if runs:
            result["template"] = figures(runs)
        result["rss_mib"] = server.rss_mib()
        return result
    finally:
        server.stop()
        discard(copy, trash)
        discard(theme, trash)


def print_figures(result: dict) -> None:
    print(f"  serve           first build served after {result['startup_s']:.1f} s, RSS {result['rss_mib']:.0f} MiB")
    for kind in ("document", "matter", "template"):
        if kind in result:
            r = result[kind]
            print(f"    edit a {kind:<9}served {r['median_s']:.2f} s after the save (median of {len(r['runs'])}; "
                  f"{r['min_s']:.2f}–{r['max_s']:.2f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("--work", type=Path, default=Path(__file__).resolve().parent / "cache")
    parser.add_argument("--documents", type=int, default=5)
    parser.add_argument("--matters", type=int, default=5)
    parser.add_argument("--templates", type=int, default=2)
    args = parser.parse_args()
    result = measure(args.content.resolve(), args.work.resolve(), args.documents, args.matters, args.templates)
    print_figures(result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
