"""Spread the late, independent work of a build over the machine's cores.

Rendering pages and encoding QR codes read the finished site model and write separate
files, so they split cleanly. Workers are forked: they inherit the model as it is in
memory, and nothing large is pickled. Each writes its files straight into the staging
folder and sends back only what the pages read. The parent builds the search index
meanwhile, then renders too. Where fork is not available, or the work is small, it all runs
in this process.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import parallel, qr
from .model import Site
from .output import InPlace, Staging, link_file
from .plan import Output
from .render import Renderer
from .state import KeyTable, PageState
from .theme import Theme

PAGES_PER_TASK = 200
CODES_PER_TASK = 2000
PARALLEL_FROM = 2000  # pages; below this a pool costs more than it saves


@dataclass
class Job:
    """Everything a task needs; a forked worker inherits it instead of receiving it."""

    site: Site
    theme: Theme
    outputs: list[Output]  # the pages to render
    target: Staging | InPlace  # where files go: a staging folder (any process) or a live one (this process)
    cache: Path | None  # a previous output whose QR codes can be reused
    keys: KeyTable | None = None  # numbers each page's reads for the build state where it is rendered
    renderer: Renderer | None = None
    qr_seconds: float = 0.0  # CPU seconds this process spent on QR codes: their share of a build

    def render(self, start: int, end: int) -> tuple[dict[str, PageState], int]:
        """Render pages[start:end]; return what each read and how many files changed."""
        self.renderer = self.renderer or Renderer(self.site, self.theme)
        pages, written = {}, 0
        for output in self.outputs[start:end]:
            page = self.renderer.render(output)
            written += self.target.write(output.path, page.data)
            pages[output.path] = PageState(page.reads, tuple(code.path for code in page.codes),
                                           self.keys.encode(page.reads) if self.keys else None)
            if page.codes:  # (codes() reads the CPU clock, a system call: not for every page)
                written += self.codes(list(page.codes))[1]
        return pages, written

    def codes(self, codes: list[qr.QrCode]) -> tuple[int, int]:
        """Write the QR codes not yet in the folder; return how many were reused and written."""
        cached = 0
        started = time.process_time()
        missing = []
        for code in codes:
            # Named by a hash of address and settings: same name, same bytes. A folder that began
            # empty has only the codes this build made, which the exclusive create finds: no stat.
            if not self.target.fresh and self.target.exists(code.path):
                cached += 1
            elif self.cache is not None and link_file(self.cache / code.path, self.target.folder, code.path):
                cached += 1
            else:
                missing.append(code)
        made = _encode(self.target, missing)
        self.qr_seconds += time.process_time() - started
        return cached + len(missing) - made, made


def _encode(target: Staging | InPlace, codes: list[qr.QrCode]) -> int:
    """Write the images of QR codes named by their content; return how many were not there yet."""
    return sum(target.create(code.path, image) for code, image in zip(codes, qr.svgs([code.url for code in codes])))


class EarlyCodes:
    """QR codes encoded by a process of their own while this one links and plans the site.

    Linking and planning keep one core busy for ~2 s at district scale, and most of a
    first build's QR codes are known before: one on each matter's and document's page,
    whose address the records give. The rest are written with the pages as usual.

    The process is forked before the content is read, and then waits to be told the codes:
    forked later, it would share the records' memory, and every page of it that linking
    writes would be copied first (44,000 page faults, 0.25 s of this process's time).
    """

    def __init__(self) -> None:
        self.target: Staging | None = None
        self.paths: set[str] = set()
        self._done = False
        context = multiprocessing.get_context("fork")
        orders, self._orders = context.Pipe(duplex=False)
        self._results, results = context.Pipe(duplex=False)
        self._process = context.Process(target=_early, args=(orders, results, (self._orders, self._results)),
                                        daemon=True)
        self._process.start()
        orders.close()  # each end open in one process only: a side that goes is seen by the other
        results.close()

    def start(self, target: Staging, codes: list[qr.QrCode]) -> None:
        """Have the codes written into `target`."""
        self.target, self.paths = target, {code.path for code in codes}
        self._orders.send((target, [(code.url, code.path) for code in codes]))

    def finish(self, needed: set[str]) -> tuple[int, float]:
        """Wait for the codes, and remove those no page shows (`needed`: the paths of those it does);
        return how many files are left written and the CPU seconds they took."""
        assert self.target is not None
        self._done = True
        try:
            outcome = self._results.recv()
        except EOFError:
            outcome = RuntimeError(f"the process writing QR codes stopped (exit code {self._process.exitcode})")
        finally:
            self._close()
        if isinstance(outcome, BaseException):
            raise outcome
        written, seconds = outcome
        extra = sorted(self.paths - needed)
        for path in extra:
            self.target.remove(path)
        return written - len(extra), seconds

    def abandon(self) -> None:
        """Stop the process and discard its codes' folder, unless the build got as far as finish()."""
        if self._done:
            return
        self._done = True
        self._process.terminate()  # a build that failed on the content reports it now, not after the codes
        self._close()
        if self.target is not None:
            self.target.discard()

    def _close(self) -> None:
        self._orders.close()
        self._process.join()
        self._results.close()


def _early(orders: Any, results: Any, parents: tuple[Any, ...]) -> None:
    # Ctrl-C reaches every process of the terminal: the build stops this one (abandon), quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for end in parents:
        end.close()
    try:
        target, codes = orders.recv()
    except EOFError:  # the build needs no codes of it
        return
    try:
        started = time.process_time()
        codes = [qr.QrCode(url, path) for url, path in codes]
        written = sum(_encode(target, codes[i:i + CODES_PER_TASK]) for i in range(0, len(codes), CODES_PER_TASK))
        results.send((written, time.process_time() - started))
    except BaseException as exc:  # told to the parent, which raises it
        results.send(RuntimeError(f"writing QR codes failed: {exc!r}"))


@dataclass
class Done:
    pages: dict[str, PageState] = field(default_factory=dict)
    written: int = 0  # files whose bytes changed
    qr_cached: int = 0
    qr_seconds: float = 0.0
    workers: int = 1
    side: Any = None  # what the parent's own work returned


_job: Job | None = None  # set by _start: in each forked worker, and here while this process renders


def _start(job: Job | None) -> None:
    global _job
    _job = job


def _task(task: tuple[str, Any]) -> tuple[str, Any, float]:
    """Run one task; return its kind, its result and the CPU seconds it spent on QR codes."""
    assert _job is not None
    kind, args = task
    before = _job.qr_seconds
    value = _job.render(*args) if kind == "pages" else _job.codes(args)
    return kind, value, _job.qr_seconds - before


def run(job: Job, codes: list[qr.QrCode], side: Callable[[], Any], workers: int | None = None,
        advance: Callable[[int], None] | None = None) -> Done:
    """Render the job's pages and write its QR codes in `workers` processes, this one included, which
    runs `side` first (parallel.py).

    `workers` None means one per core when there are enough pages to gain from it; a number is obeyed.
    `advance` is told how many pages each finished task rendered (for the progress line).
    """
    advance = advance or (lambda count: None)
    tasks: list[tuple[str, Any]] = [("codes", codes[i:i + CODES_PER_TASK]) for i in range(0, len(codes), CODES_PER_TASK)]
    tasks += [("pages", (i, min(i + PAGES_PER_TASK, len(job.outputs))))
              for i in range(0, len(job.outputs), PAGES_PER_TASK)]
    small = workers is None and len(job.outputs) < PARALLEL_FROM
    processes = 1 if small else parallel.can_fork(workers)
    results, side_result = parallel.fork_map(_task, tasks, _start, job, processes, side,
                                             lambda result: _counted(result, advance))
    done = _collect(results, processes)
    done.side = side_result
    return done


def _counted(result: tuple[str, Any, float], advance: Callable[[int], None]) -> None:
    """Tell the progress line how many pages a finished task rendered."""
    kind, value, _ = result
    if kind == "pages":
        advance(len(value[0]))


def _collect(results: list[tuple[str, Any, float]], workers: int) -> Done:
    done = Done(workers=workers)
    for kind, value, qr_seconds in results:
        done.qr_seconds += qr_seconds
        if kind == "pages":
            pages, written = value
            done.pages.update(pages)
            done.written += written
        else:
            cached, written = value
            done.qr_cached += cached
            done.written += written
    return done
