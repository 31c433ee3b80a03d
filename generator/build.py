"""A build: scan the content, stop there when nothing changed, else run the pipeline (pipeline.py):
load and validate → site model → plan → render what changed → write."""
from __future__ import annotations

import functools
import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import changes, inventory, state
from .diagnostics import Report
from .model import Site
from .output import MARKER, OutputError, check_output_folder
from .progress import Progress
from .theme import Theme, ThemeError, find_theme

if TYPE_CHECKING:
    from .content import RecordCache
    from .patch import Model
    from .search import SearchIndex

PACKAGE = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE.parent
ASSETS = "assets"


class UsageError(Exception):
    """Bad command-line input: exit status 2."""


@dataclass
class BuildOptions:
    content: Path = Path("content")
    output: Path = Path("output")
    base_url: str | None = None
    theme: str = "default"
    kiosk: bool = False
    strict: bool = False  # warnings fail the build too: for CI of content repositories
    workers: int | None = None  # processes for rendering; default: one per core
    full: bool = False  # ignore the previous build: render and write everything


@dataclass
class BuildResult:
    report: Report
    site: Site | None = None
    pages: int = 0  # pages of the site
    rendered: int = 0  # pages rendered by this build
    files: int = 0  # files of the site
    written: int = 0  # files whose bytes this build changed or removed
    seconds: float = 0.0
    ok: bool = False  # the output holds this content's site
    unchanged: bool = False  # nothing changed since the previous build: nothing was done
    patched: bool = False  # `serve` patched the kept model in place (patch.py)
    qr_codes: int = 0
    qr_cached: int = 0
    qr_seconds: float = 0.0  # CPU seconds spent making QR codes, in all processes
    workers: int = 1
    timings: dict[str, float] = field(default_factory=dict)


def load_site(content_dir: Path, report: Report, base_url: str | None = None,
              scanned: inventory.Inventory | None = None, cache: RecordCache | None = None,
              jobs: int | None = None) -> Site | None:
    """Load, validate and link a content folder; every problem goes to `report`."""
    from . import pipeline  # (imported when needed: see build())

    linked, _ = pipeline.load(content_dir, report, base_url, scanned, cache, jobs)
    return linked.site if linked else None


@dataclass
class Memory:
    """What `serve` keeps between builds, so that each rebuild starts from the last one."""

    records: RecordCache | None = None  # made by the first build that reads the content
    inventory: inventory.Inventory | None = None  # kept up to date from file events
    state: state.BuildState | None = None  # the last build's state, never written to disk
    search: SearchIndex | None = None
    model: Model | None = None  # the last good build's site model, for patch.apply
    lock: threading.Lock = field(default_factory=threading.Lock)  # held while the served folder changes


def build(options: BuildOptions, memory: Memory | None = None, progress: Progress | None = None) -> BuildResult:
    """Build the site into the output folder; nothing is written unless the content has no errors.

    When the output holds a build by this generator with the same settings, only what the
    changes reach is rendered again, and a build with nothing changed does nothing at all.
    """
    clock = Clock(progress)
    clock.step("reading the content folder")
    report = Report()
    result = BuildResult(report)
    theme = _theme(options.theme)
    _check_output(options)
    if not options.content.is_dir():
        raise UsageError(f"content folder not found: {options.content}")
    # A first build (or --full) compares nothing with a previous one: the workers that load the files read them.
    first = memory is None and (options.full or not (options.output / MARKER).is_file())
    scanned = memory.inventory if memory and memory.inventory else inventory.scan(options.content, read=not first)
    if memory is not None:
        memory.inventory = scanned
    now = changes.Sources(_settings(options), hashed(scanned.digests), theme.digests())
    previous = None if options.full else changes.previous_build(options.output, now, memory and memory.state)
    if previous is not None and changes.nothing_changed(previous, now, scanned, options.output):
        result.ok = result.unchanged = True
        result.seconds = clock.total()
        return result
    # Imported only now: a build with nothing to do stops before numpy, markdown-it, nh3 and lunr are
    # loaded (at district scale a no-change rebuild took 1.26 s with them, 0.98 s without: medians of 5).
    from . import pipeline

    previous = changes.with_pages(previous, options.output, memory and memory.state)
    clock.lap("scan")
    return pipeline.run(options, memory, theme, scanned, now, previous, result, clock)


class Clock:
    """Seconds spent in each step of a build, for the progress line and `make bench`."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.started = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}
        self.progress = progress

    def step(self, label: str, total: int = 0) -> None:
        if self.progress is not None:
            self.progress.step(label, total)

    def advance(self, count: int) -> None:
        if self.progress is not None:
            self.progress.advance(count)

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.started


@functools.lru_cache(maxsize=1)
def engine_digest() -> str:
    """Return a digest of the generator's own code and data: a new generator renders everything anew."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".js", ".json", ".html"):
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _settings(options: BuildOptions) -> dict[str, str]:
    return {"engine": engine_digest(), "base_url": options.base_url or "", "kiosk": str(options.kiosk),
            "theme": options.theme}


def hashed(digests: dict[str, str]) -> dict[str, str]:
    return {state.hashed(path): value for path, value in digests.items()}


def _theme(name: str) -> Theme:
    try:
        return find_theme(name)
    except ThemeError as exc:
        raise UsageError(str(exc)) from exc


def _check_output(options: BuildOptions) -> None:
    protected = {"content folder": options.content, "project folder": PROJECT_ROOT, "current folder": Path.cwd()}
    try:
        check_output_folder(options.output, protected)
    except OutputError as exc:
        raise UsageError(str(exc)) from exc


