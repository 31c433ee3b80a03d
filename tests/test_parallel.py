"""parallel.fork_map: forked workers and the calling process share one queue of parts."""
from __future__ import annotations

import os
import time

import pytest

from generator import parallel

_shared: dict | None = None


def _start(shared: dict | None) -> None:
    global _shared
    _shared = shared


def _task(part: int) -> tuple[int, int]:
    """Return the part times the shared factor, and which process computed it."""
    assert _shared is not None
    time.sleep(0.02)  # long enough that the calling process gets parts of its own
    if part == _shared.get("fail"):
        raise ValueError(f"part {part} failed")
    return part * _shared["factor"], os.getpid()


def test_one_process_reports_each_part_as_it_is_done_then_runs_first():
    log: list[str] = []

    def task(part: int) -> int:
        log.append(f"part {part}")
        return part + 1

    results, mine = parallel.fork_map(task, [1, 2, 3], lambda shared: None, None, 1,
                                      first=lambda: log.append("first") or "mine",
                                      finished=lambda result: log.append(f"done {result}"))
    assert results == [2, 3, 4] and mine == "mine"
    # The progress line advances with each part, not once at the end.
    assert log == ["part 1", "done 2", "part 2", "done 3", "part 3", "done 4", "first"]


def test_workers_and_this_process_share_the_parts():
    finished: list[tuple[int, int]] = []
    parts = list(range(20))
    results, mine = parallel.fork_map(_task, parts, _start, {"factor": 3}, 2, first=lambda: "index",
                                      finished=finished.append)
    assert [value for value, _ in results] == [part * 3 for part in parts]  # in the order of the parts
    assert mine == "index" and sorted(finished) == sorted(results)
    by = {pid for _, pid in results}
    assert os.getpid() in by and len(by) == 2, by
    assert _shared is None  # this process forgets the shared state afterwards


def test_without_join_only_the_workers_take_parts():
    results, _ = parallel.fork_map(_task, list(range(8)), _start, {"factor": 1}, 2, join=False)
    pids = {pid for _, pid in results}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_a_failing_part_raises_in_the_caller():
    with pytest.raises(ValueError, match="part 3 failed"):
        parallel.fork_map(_task, list(range(12)), _start, {"factor": 1, "fail": 3}, 2)
