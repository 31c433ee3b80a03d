"""Spread the late, independent work of a build over the machine's cores.

Rendering pages, encoding QR codes and building the search index all read the finished
site model and write separate files, so they split cleanly. Workers are forked: they
inherit the model as it is in memory, and nothing large is pickled. Each writes its files
straight into the staging folder and sends back only small results. Where fork is not
available, or the site is small, the same tasks run in this process.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import qr, search
from .model import Site
from .output import link_file, write_file
from .render import Output, Renderer
from .theme import Theme

PAGES_PER_TASK = 400
CODES_PER_TASK = 2000
PARALLEL_FROM = 2000  # outputs; below this a pool costs more than it saves


@dataclass
class Job:
    """Everything a task needs; a forked worker inherits it instead of receiving it."""

    site: Site
    theme: Theme
    outputs: list[Output]
    folder: Path
    cache: Path | None
    renderer: Renderer | None = None

    def render(self, start: int, end: int) -> dict[str, qr.QrCode]:
        renderer = self.renderer or Renderer(self.site, self.theme)
        self.renderer = renderer
        before = set(renderer.offsite_codes)
        for output in self.outputs[start:end]:
            write_file(self.folder, output.path, renderer.render(output))
        return {path: code for path, code in renderer.offsite_codes.items() if path not in before}

    def codes(self, codes: list[qr.QrCode]) -> int:
        cached = 0
        for code in codes:
            if self.cache is not None and link_file(self.cache / code.path, self.folder, code.path):
                cached += 1  # the file is named by a hash of address and settings: same name, same bytes
                continue
            write_file(self.folder, code.path, qr.svg(code.url))
        return cached

    def search_index(self) -> int:
        files = search.build_index(self.site, self.site.abbreviations)
        for path, data in files.items():
            write_file(self.folder, path, data)
        return len(files)


@dataclass
class Done:
    offsite: dict[str, qr.QrCode] = field(default_factory=dict)
    qr_cached: int = 0
    search_files: int = 0
    workers: int = 1


_job: Job | None = None  # set once in each forked worker by _start; never in the parent


def _start(job: Job) -> None:
    global _job
    _job = job


def _task(kind: str, args: Any) -> tuple[str, Any]:
    assert _job is not None
    if kind == "pages":
        return kind, _job.render(*args)
    if kind == "codes":
        return kind, _job.codes(args)
    return kind, _job.search_index()


def run(job: Job, codes: list[qr.QrCode], workers: int | None = None) -> Done:
    """Render every page, write every QR code and the search index; return what they reported.

    `workers` None means one per core for sites large enough to gain from it; a number is obeyed.
    """
    tasks: list[tuple[str, Any]] = [("search", None)]  # the longest single task goes first
    tasks += [("codes", codes[i:i + CODES_PER_TASK]) for i in range(0, len(codes), CODES_PER_TASK)]
    tasks += [("pages", (i, min(i + PAGES_PER_TASK, len(job.outputs))))
              for i in range(0, len(job.outputs), PAGES_PER_TASK)]
    count = workers or os.cpu_count() or 1
    small = workers is None and len(job.outputs) < PARALLEL_FROM
    if count < 2 or small or "fork" not in multiprocessing.get_all_start_methods():
        _start(job)
        try:
            return _collect(map(lambda t: _task(*t), tasks), 1)
        finally:
            _start(None)  # type: ignore[arg-type]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=_start, initargs=(job,)) as pool:
        return _collect(pool.map(_task, *zip(*tasks)), count)


def _collect(results, workers: int) -> Done:
    done = Done(workers=workers)
    for kind, value in results:
        if kind == "pages":
            done.offsite.update(value)
        elif kind == "codes":
            done.qr_cached += value
        else:
            done.search_files = value
    return done
