"""The build pipeline: load → validate → site model → render → write, each step an explicit call."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from . import content as content_loader
from . import qr, search, urls, workers
from .diagnostics import Report
from .graph import build_site
from .model import Site
from .output import MARKER, OutputError, Staging, check_output_folder
from .render import Output, plan
from .schema import URL_PATTERN
from .theme import Theme, ThemeError, find_theme

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS = "assets"
SEARCH_ENGINE = Path(__file__).resolve().parent / "data" / "search.js"


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


@dataclass
class BuildResult:
    report: Report
    site: Site | None = None
    pages: int = 0
    files: int = 0
    seconds: float = 0.0
    written: bool = False
    qr_codes: int = 0
    qr_cached: int = 0
    workers: int = 1
    timings: dict[str, float] = field(default_factory=dict)


def load_site(content_dir: Path, report: Report, base_url: str | None = None) -> Site | None:
    """Load, validate and link a content folder; every problem goes to `report`."""
    if not content_dir.is_dir():
        raise UsageError(f"content folder not found: {content_dir}")
    if base_url is not None and not URL_PATTERN.match(base_url):
        raise UsageError(f"--base-url must be a web address starting with https:// or http://, not {base_url!r}")
    content = content_loader.load(content_dir, report)
    site = build_site(content, report)
    if site is not None and base_url is not None:
        site.base_url = base_url if base_url.endswith("/") else base_url + "/"
    if site is not None and not site.base_url and content.site is not None:
        report.warning(content.site.source, 0, "no base_url: canonical links cannot give the public address "
                       "and QR codes cannot be made", "add 'base_url: https://…/' to site.yaml, or pass --base-url")
    return site


def build(options: BuildOptions) -> BuildResult:
    """Build the site into the output folder; nothing is written unless the content has no errors."""
    started = time.perf_counter()
    report = Report()
    theme = _theme(options.theme)
    _check_output(options)
    site = load_site(options.content, report, options.base_url)
    result = BuildResult(report, site)
    if site is None or report.errors or (options.strict and report.warnings):
        return result
    site.kiosk = site.kiosk or options.kiosk
    outputs = plan(site, theme)
    _check_collisions(report, outputs, site, theme)
    if report.errors:
        return result
    _write(options, site, theme, outputs, result)
    result.written = True
    result.seconds = time.perf_counter() - started
    return result


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


def _write(options: BuildOptions, site: Site, theme: Theme, outputs: list[Output], result: BuildResult) -> None:
    staging = Staging(options.output)
    try:
        clock = time.perf_counter()
        job = workers.Job(site, theme, outputs, staging.folder, _previous_build(options.output))
        codes = _qr_codes(outputs)
        done = workers.run(job, list(codes.values()), options.workers)
        offsite = [code for path, code in sorted(done.offsite.items()) if path not in codes]
        result.qr_cached = done.qr_cached + job.codes(offsite)
        result.qr_codes = len(codes) + len(offsite)
        result.workers = done.workers
        staging.copy(f"{search.FOLDER}/search.js", SEARCH_ENGINE)
        for name in theme.static_files():
            staging.copy(f"{ASSETS}/{name}", theme.static / name)
        for name in site.files:
            staging.copy(urls.file_path(name), options.content / "files" / name)
        result.timings["write"] = time.perf_counter() - clock
        staging.commit()
    except BaseException:
        staging.discard()
        raise
    result.pages, result.files = len(outputs), len(site.files) + len(theme.static_files())


def _previous_build(output: Path) -> Path | None:
    """Return the previous output when it is ours: its QR codes serve as the cache."""
    return output if (output / MARKER).is_file() else None


def _qr_codes(outputs: list[Output]) -> dict[str, qr.QrCode]:
    """Return every QR code the pages show, by output path: each address is encoded once."""
    return {code.path: code for output in outputs
            for code in ([output.qr] if output.qr else []) + list(output.context.get("codes", {}).values())}
