"""A map over forked worker processes and this one, for the steps of a build that split into
independent parts.

Workers are forked: they inherit what the parent holds (the read content, the site model)
instead of receiving it pickled. Where fork is not available, or a job is small, the map
runs in this process.

`processes` counts this process too: it works on the parts itself, from the back of the
queue while the workers take them from the front, after any work of its own (`first`). A
third busy process on two cores made every process slower, and what this process does
itself is never pickled back. Where the results are large, reading them back keeps this
process busy anyway: `join=False` leaves the parts to `processes` workers.
"""
from __future__ import annotations

import collections
import multiprocessing
import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Callable, Sequence


def can_fork(jobs: int | None) -> int:
    """Return how many processes to use: `jobs`, or one per core; 1 when fork is not available."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return jobs or os.cpu_count() or 1


def fork_map(task: Callable[[Any], Any], parts: Sequence[Any], start: Callable[[Any], None], shared: Any,
             processes: int, first: Callable[[], Any] | None = None,
             finished: Callable[[Any], None] | None = None, join: bool = True) -> tuple[list[Any], Any]:
    """Return [task(part) for part in parts] and first() (None without it), computed by `processes`
    processes in all: forked workers that called start(shared), and this one once first() returned
    (unless `join` is False: then by `processes` workers, while this one runs first() and waits).

    `finished` is called in this process with each result as it comes (in no particular order).
    """
    finished = finished or (lambda result: None)
    if processes < 2 or len(parts) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        results = []
        start(shared)
        try:
            for part in parts:
                results.append(task(part))
                finished(results[-1])
        finally:
            start(None)
        return results, first() if first else None
    queue = _Queue(parts, finished)
    context = multiprocessing.get_context("fork")
    workers = processes - 1 if join else processes
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start,
                             initargs=(shared,)) as pool:
        feeder = threading.Thread(target=queue.feed, args=(pool, task, workers), daemon=True)
        feeder.start()
        try:
            mine = first() if first else None
            if join:
                start(shared)
                while (taken := queue.take(last=True)) is not None:
                    queue.finish(taken[0], task(taken[1]))
        except BaseException:
            queue.stop()
            raise
        finally:
            start(None)
            feeder.join()
        queue.check()
    return queue.results(), mine


class _Queue:
    """Parts taken from either end: by the feeder for the workers, and by this process."""

    def __init__(self, parts: Sequence[Any], finished: Callable[[Any], None]) -> None:
        self._finished = finished
        self._waiting = collections.deque(enumerate(parts))
        self._results: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._error: BaseException | None = None
        self._stopped = False

    def take(self, last: bool = False) -> tuple[int, Any] | None:
        """Return the next part and its number; None when none is left or the map failed."""
        with self._lock:
            if not self._waiting or self._stopped or self._error is not None:
                return None
            return self._waiting.pop() if last else self._waiting.popleft()

    def finish(self, number: int, result: Any) -> None:
        """Keep a part's result, and tell `finished` (one call at a time, from either thread)."""
        with self._lock:
            self._results[number] = result
            self._finished(result)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True

    def feed(self, pool: ProcessPoolExecutor, task: Callable[[Any], Any], workers: int) -> None:
        """Keep every worker busy with a part, and one more waiting each while parts are many, until
        none is left. At the end a part waiting in a worker's queue would be one this process
        could have taken: the map would wait for it."""
        running: dict[Future, int] = {}
        try:
            while True:
                while len(running) < self._ahead(workers) and (taken := self.take()) is not None:
                    running[pool.submit(task, taken[1])] = taken[0]
                if not running:
                    return
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    self.finish(running.pop(future), future.result())
        except BaseException as exc:  # raised again in the calling thread by check()
            with self._lock:
                self._error = exc
            for future in running:
                future.cancel()

    def _ahead(self, workers: int) -> int:
        with self._lock:
            return 2 * workers if len(self._waiting) > 2 * workers else workers

    def check(self) -> None:
        """Raise a worker's failure in the calling thread."""
        if self._error is not None:
            raise self._error

    def results(self) -> list[Any]:
        """Return every part's result, in the order of the parts."""
        return [self._results[number] for number in sorted(self._results)]
