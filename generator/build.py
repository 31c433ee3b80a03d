"""The build pipeline: scan → load and validate → site model → plan → render what changed → write."""
from __future__ import annotations

import functools
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import changes, content as content_loader, inventory, qr, search, state, urls, workers
from .diagnostics import Report
from .fingerprints import site_fingerprints
from .graph import build_site
from .model import Site
from .output import MARKER, OutputError, Staging, check_output_folder
from .plan import Output, plan
from .schema import URL_PATTERN
from .theme import Theme, ThemeError, find_theme

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
    qr_codes: int = 0
    qr_cached: int = 0
    workers: int = 1
    timings: dict[str, float] = field(default_factory=dict)


def load_site(content_dir: Path, report: Report, base_url: str | None = None,
              scanned: inventory.Inventory | None = None, cache: content_loader.RecordCache | None = None
              ) -> Site | None:
    """Load, validate and link a content folder; every problem goes to `report`."""
    if not content_dir.is_dir():
        raise UsageError(f"content folder not found: {content_dir}")
    if base_url is not None and not URL_PATTERN.match(base_url):
        raise UsageError(f"--base-url must be a web address starting with https:// or http://, not {base_url!r}")
    content = content_loader.load(scanned or inventory.scan(content_dir), report, cache)
    site = build_site(content, report)
    if site is not None:
        site.digests = content.digests
    if site is not None and base_url is not None:
        site.base_url = base_url if base_url.endswith("/") else base_url + "/"
    if site is not None and not site.base_url and content.site is not None:
        report.warning(content.site.source, 0, "no base_url: canonical links cannot give the public address "
                       "and QR codes cannot be made", "add 'base_url: https://…/' to site.yaml, or pass --base-url")
    return site


def build(options: BuildOptions, cache: content_loader.RecordCache | None = None) -> BuildResult:
    """Build the site into the output folder; nothing is written unless the content has no errors.

    When the output holds a build by this generator with the same settings, only what the
    changes reach is rendered again, and a build with nothing changed does nothing at all.
    """
    clock = Clock()
    report = Report()
    result = BuildResult(report)
    theme = _theme(options.theme)
    _check_output(options)
    if not options.content.is_dir():
        raise UsageError(f"content folder not found: {options.content}")
    scanned = inventory.scan(options.content)
    now = changes.Sources(_settings(options), _hashed(scanned.digests), theme.digests())
    previous = None if options.full else changes.previous_build(options.output, now)
    if previous is not None and changes.nothing_changed(previous, now, scanned, options.output):
        result.ok = result.unchanged = True
        result.seconds = clock.total()
        return result
    clock.lap("scan")
    site = load_site(options.content, report, options.base_url, scanned, cache)
    result.site = site
    clock.lap("load")
    if site is None or report.errors or (options.strict and report.warnings):
        return result
    site.kiosk = site.kiosk or options.kiosk
    outputs = plan(site, theme)
    _check_collisions(report, outputs, site, theme)
    if report.errors:
        return result
    _write(options, site, theme, outputs, now, previous, result, clock)
    result.ok = True
    result.seconds = clock.total()
    result.timings = clock.laps
    return result


class Clock:
    """Seconds spent in each step of a build, for the progress line and `make bench`."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

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


def _hashed(digests: dict[str, str]) -> dict[str, str]:
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


def _check_collisions(report: Report, outputs: list[Output], site: Site, theme: Theme) -> None:
    """Fail when two sources claim one output address (Zola's find_path_collisions)."""
    claims: dict[str, str] = {}
    entries = [(o.path, o.source) for o in outputs]
    entries += [(f"{ASSETS}/{name}", f"theme {theme.name}") for name in theme.static_files()]
    entries += [(urls.file_path(name), f"files/{name}") for name in site.files]
    for path, source in entries:
        if path in claims and claims[path] != source:
            report.error(source, 0, f"{path} is also produced by {claims[path]}",
                         "two sources cannot share one address: rename one of them")
        claims.setdefault(path, source)


def _write(options: BuildOptions, site: Site, theme: Theme, outputs: list[Output], now: changes.Sources,
           previous: changes.Previous | None, result: BuildResult, clock: Clock) -> None:
    """Render what changed into a staging copy of the output, then swap it in."""
    fingerprints = changes.fingerprints(site, theme, now.theme, previous)
    stale = outputs if previous is None else changes.stale_pages(outputs, previous, fingerprints)
    clock.lap("plan")
    staging = Staging(options.output, clone=previous is not None)
    try:
        job = workers.Job(site, theme, stale, staging.folder, _previous_output(options.output))
        codes = _qr_codes(outputs)
        done = workers.run(job, list(codes.values()), lambda: search.build_index(site, site.abbreviations),
                           options.workers)
        clock.lap("render")
        pages = changes.page_states(outputs, previous, done.pages)
        written = done.written + sum(staging.write(path, data) for path, data in sorted(done.side.items()))
        files = _static_files(staging, site, theme, options.content)
        written += files.written
        expected = changes.expected_files(pages, codes, done.side, files.paths)
        written += changes.remove_stale(staging, previous, expected)
        for path, data in changes.state_files(now, site, fingerprints, pages, expected, len(result.report.warnings)):
            staging.write(path, data)
        staging.commit()
    except BaseException:
        staging.discard()
        raise
    clock.lap("write")
    result.pages, result.rendered, result.written = len(outputs), len(stale), written
    result.files, result.qr_codes, result.qr_cached = len(expected), len(codes), done.qr_cached
    result.workers = done.workers


@dataclass
class StaticFiles:
    paths: list[str]
    written: int


def _static_files(staging: Staging, site: Site, theme: Theme, content_dir: Path) -> StaticFiles:
    """Copy the theme's assets and the attachments, each only if changed (search.py writes search/)."""
    copies = [(f"{ASSETS}/{name}", theme.static / name) for name in theme.static_files()]
    copies += [(urls.file_path(name), content_dir / "files" / name) for name in site.files]
    return StaticFiles([path for path, _ in copies], sum(staging.copy(path, source) for path, source in copies))


def _previous_output(output: Path) -> Path | None:
    """Return the previous output when it is ours: its QR codes serve as the cache."""
    return output if (output / MARKER).is_file() else None


def _qr_codes(outputs: list[Output]) -> dict[str, qr.QrCode]:
    """Return every QR code the pages show, by output path: each address is encoded once."""
    return {code.path: code for output in outputs
            for code in ([output.qr] if output.qr else []) + list(output.context.get("codes", {}).values())}
