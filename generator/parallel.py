"""A map over forked worker processes, for the steps of a build that split into independent parts.

Workers are forked: they inherit what the parent holds (the read content, the site model)
instead of receiving it pickled. Where fork is not available, or a job is small, the map
runs in this process.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence


def can_fork(jobs: int | None) -> int:
    """Return how many processes to use: `jobs`, or one per core; 1 when fork is not available."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return jobs or os.cpu_count() or 1


def fork_map(task: Callable[[Any], Any], parts: Sequence[Any], start: Callable[[Any], None], shared: Any,
             processes: int) -> list[Any]:
    """Return [task(part) for part in parts], run by `processes` forked workers that called start(shared)."""
    if processes < 2 or len(parts) < 2:
        start(shared)
        try:
            return [task(part) for part in parts]
        finally:
            start(None)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=start,
                             initargs=(shared,)) as pool:
        return list(pool.map(task, parts))
