"""The pipeline of a build with something to do: load and validate → site model → plan → render
what changed → write (build.py scans first, and stops when nothing changed)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import changes, content as content_loader, graph, heap, inventory, parallel, patch, qr, search, state, urls
from . import workers
from .build import ASSETS, BuildOptions, BuildResult, Clock, Memory, UsageError, hashed
from .diagnostics import Report
from .graph import Linked, link
from .model import Site
from .output import MARKER, InPlace, Staging
from .plan import Output, item_codes, plan
from .schema import URL_PATTERN
from .theme import Theme


def run(options: BuildOptions, memory: Memory | None, theme: Theme, scanned: inventory.Inventory,
        now: changes.Sources, previous: changes.Previous | None, result: BuildResult, clock: Clock) -> BuildResult:
    """Bring the output up to the content, once build() has found that something changed."""
    report = result.report
    if memory is not None and previous is not None and _patch(options, memory, previous, now, scanned, result):
        result.seconds = clock.total()
        return result
    if memory is not None:
        memory.model = None  # until this build succeeds
    # The model lives as long as the build: kept out of every collection until it ends (heap.py).
    with heap.frozen():
        clock.step(f"checking and linking {len(scanned.texts):,} files")
        early = _early_process(options, memory, previous, scanned)
        try:
            with heap.growing():
                content = read(options.content, options.base_url, scanned, _records(memory), options.workers, report)
            if early is not None and not _early_codes(early, options, content, report):
                early.abandon()
                early = None
            with heap.growing():
                linked = link_content(content, report, options.base_url)
            site = result.site = linked.site if linked else None
            if scanned.listed:  # the files' digests came back with their records
                now = changes.Sources(now.settings, hashed(scanned.digests), now.theme)
            clock.lap("load")
            if linked is None or site is None or report.errors or (options.strict and report.warnings):
                return result
            site.kiosk = site.kiosk or options.kiosk
            clock.step("planning pages")
            with heap.growing():
                outputs = plan(site, theme)
            _check_collisions(report, outputs, site, theme)
            if report.errors:
                return result
            _write(options, site, theme, outputs, now, previous, result, clock, memory, early)
        finally:
            if early is not None:
                early.abandon()
        if memory is not None:
            memory.model = patch.Model(linked, content, theme, {output.path: output for output in outputs})
    result.ok = True
    result.seconds = clock.total()
    result.timings = clock.laps
    return result


def _records(memory: Memory | None) -> content_loader.RecordCache | None:
    """Return the records `serve` keeps from build to build (None: a build of its own)."""
    if memory is None:
        return None
    if memory.records is None:
        memory.records = content_loader.RecordCache()
    return memory.records


def load(content_dir: Path, report: Report, base_url: str | None, scanned: inventory.Inventory | None,
         cache: content_loader.RecordCache | None, jobs: int | None
         ) -> tuple[Linked | None, content_loader.Content]:
    """Load, validate and link a content folder; every problem goes to `report`."""
    content = read(content_dir, base_url, scanned, cache, jobs, report)
    return link_content(content, report, base_url), content


def read(content_dir: Path, base_url: str | None, scanned: inventory.Inventory | None,
         cache: content_loader.RecordCache | None, jobs: int | None, report: Report) -> content_loader.Content:
    """Read and check every file of a content folder (not yet linked); every problem goes to `report`."""
    if not content_dir.is_dir():
        raise UsageError(f"content folder not found: {content_dir}")
    if base_url is not None and not URL_PATTERN.match(base_url):
        raise UsageError(f"--base-url must be a web address starting with https:// or http://, not {base_url!r}")
    return content_loader.load(scanned or inventory.scan(content_dir), report, cache, jobs)


def link_content(content: content_loader.Content, report: Report, base_url: str | None) -> Linked | None:
    """Link the records read into the site model; every problem goes to `report`."""
    linked = link(content, report)
    site = linked.site if linked else None
    if site is not None:
        site.digests = content.digests
    if site is not None and base_url is not None and content.site is not None:
        site.base_url = graph.site_address(content.site.values, base_url)
    if site is not None and not site.base_url and content.site is not None:
        report.warning(content.site.source, 0, "no base_url: canonical links cannot give the public address "
                       "and QR codes cannot be made", "add 'base_url: https://…/' to site.yaml, or pass --base-url")
    return linked


def _early_process(options: BuildOptions, memory: Memory | None, previous: changes.Previous | None,
                   scanned: inventory.Inventory) -> workers.EarlyCodes | None:
    """Start the process that encodes a first build's QR codes while this one links and plans
    (workers.EarlyCodes); None when the build reuses codes or is small."""
    if (memory is not None or previous is not None or _previous_output(options.output) is not None
            or parallel.can_fork(options.workers) < 2
            or len(scanned.folder("matters")) + len(scanned.folder("documents")) < workers.PARALLEL_FROM):
        return None
    return workers.EarlyCodes()


def _early_codes(early: workers.EarlyCodes, options: BuildOptions, content: content_loader.Content,
                 report: Report) -> bool:
    """Give the early process the QR codes of the matter and document pages; False when there are none
    (no base_url), or when the build will fail anyway."""
    if content.site is None or report.errors:
        return False
    address = graph.site_address(content.site.values, options.base_url)  # as link_content will set it
    if not address:
        return False
    documents = [record.id for record in content.documents if not record.values.get("draft")]
    early.start(Staging(options.output), item_codes(address, [record.id for record in content.matters], documents))
    return True


def _patch(options: BuildOptions, memory: Memory, previous: changes.Previous, now: changes.Sources,
           scanned: inventory.Inventory, result: BuildResult) -> bool:
    """Try `serve`'s fast path (patch.py) for edits that leave every item where it was; True if it did."""
    model = memory.model
    if model is None or previous is not memory.state or previous.warnings or previous.theme != now.theme:
        return False
    edited = patch.edited_files(previous, now.content, scanned)
    if not edited or not changes.files_unchanged(scanned, options.output):
        return False
    target = InPlace(options.output, memory.lock)
    try:
        patched = patch.apply(model, previous, now.content, scanned, edited, target, memory.search)
        if patched is None:
            return False
        target.commit()
    except BaseException:
        target.discard()
        memory.model = memory.search = None  # part-patched: the next build starts afresh
        raise
    memory.state = patched.state
    result.ok = result.patched = True
    result.site = model.linked.site
    result.pages, result.rendered, result.written = len(model.outputs), patched.rendered, patched.written
    result.files = len(patched.state.files)
    return True


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
           previous: changes.Previous | None, result: BuildResult, clock: Clock, memory: Memory | None,
           early: workers.EarlyCodes | None) -> None:
    """Render what changed and write it: into a staging copy of the output swapped in at the end,
    or, for a few pages in `serve`, straight into the served folder while requests wait."""
    # A first build needs the fingerprints only for its state: made beside the workers (_beside_workers).
    fingerprints = None if previous is None else changes.fingerprints(site, theme, now.theme, previous)
    stale = outputs if fingerprints is None else changes.stale_pages(outputs, previous, fingerprints)
    clock.lap("plan")
    clock.step("rendering pages" + ("" if previous is not None else ", QR codes and the search index"), len(stale))
    in_place = memory is not None and previous is not None and len(stale) < workers.PARALLEL_FROM
    target: Staging | InPlace = (early.target if early else InPlace(options.output, memory.lock) if in_place and memory
                                 else Staging(options.output, clone=previous is not None))
    try:
        keys = state.KeyTable.of(changes.readable_keys(site, now.theme)) if memory is None else None
        job = workers.Job(site, theme, stale, target, None if in_place else _previous_output(options.output),
                          keys=keys)
        codes = _qr_codes(outputs)
        later = [code for path, code in codes.items() if early is None or path not in early.paths]
        done = workers.run(job, later,
                           lambda: _beside_workers(target, site, theme, options, now, previous, fingerprints, memory),
                           1 if in_place else options.workers, clock.advance)
        if early is not None:
            early_written, early_seconds = early.finish(set(codes))
            done.written += early_written
            done.qr_seconds += early_seconds
        clock.lap("render")
        clock.step("writing files")
        beside: Beside = done.side
        written = done.written + beside.written
        # The state is made of a million small objects that all live on: a collection in this
        # serial step only walks them (0.2 s at district scale).
        with heap.growing():
            pages = changes.page_states(outputs, previous, done.pages)
            expected = changes.expected_files(pages, codes, beside.search_paths, beside.static_paths)
            written += changes.remove_stale(target, previous, expected)
            built = changes.state(now, site, beside.fingerprints, pages, expected, len(result.report.warnings))
            state_files = built.to_files(keys) if memory is None else {}
        for path, data in sorted(state_files.items()):
            target.write(path, data)
        if memory is not None:
            memory.state = built
        target.commit()
    except BaseException:
        if early is not None:
            early.abandon()  # before its folder goes: a code being written would make it again
        target.discard()
        raise
    clock.lap("write")
    result.pages, result.rendered, result.written = len(outputs), len(stale), written
    result.files, result.qr_codes, result.qr_cached = len(expected), len(codes), done.qr_cached
    result.qr_seconds = done.qr_seconds
    result.workers = done.workers


@dataclass
class Beside:
    """What this process made while the workers rendered."""

    fingerprints: dict[str, str]
    search_paths: set[str]  # every search file of this build
    static_paths: list[str]  # theme assets and attachments
    written: int  # files whose bytes changed


def _beside_workers(target: Staging | InPlace, site: Site, theme: Theme, options: BuildOptions, now: changes.Sources,
                    previous: changes.Previous | None, fingerprints: dict[str, str] | None,
                    memory: Memory | None) -> Beside:
    """Do this process's own share while the workers render, before it renders too: the search index
    and its files, the theme's assets and the attachments, and a first build's fingerprints. Done
    beside the rendering, this work adds no serial step to the build."""
    if fingerprints is None:
        fingerprints = changes.fingerprints(site, theme, now.theme, previous)
    search_files, search_paths = _search_files(site, previous, fingerprints, memory)
    written = sum(target.write(path, data) for path, data in sorted(search_files.items()))
    static = _static_files(target, site, theme, options.content)
    return Beside(fingerprints, search_paths, static.paths, written + static.written)


def _search_files(site: Site, previous: changes.Previous | None, fingerprints: dict[str, str],
                  memory: Memory | None) -> tuple[dict[str, bytes], set[str]]:
    """Return the search files to write, and the paths of all of them after this build.

    `serve` keeps the index and updates it with what changed; a build from the command line
    makes it anew (and writes only the files whose bytes changed).
    """
    if memory is None or memory.search is None or previous is None:
        index = search.SearchIndex(site)
        if memory is not None:
            memory.search = index
        files = index.files()
        return files, set(files)
    before = {path for path in previous.files if path.startswith(f"{search.FOLDER}/")}
    changed, removed = changes.changed_items(previous, fingerprints)
    if not changed and not removed:
        return {}, before
    files, gone = memory.search.update(site, changed, removed)
    return files, (before - gone) | set(files)


@dataclass
class StaticFiles:
    paths: list[str]
    written: int


def _static_files(staging: Staging | InPlace, site: Site, theme: Theme, content_dir: Path) -> StaticFiles:
    """Copy the theme's assets and the attachments, each only if changed."""
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
