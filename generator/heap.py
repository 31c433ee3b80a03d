"""Garbage-collector settings for building a large site model that lives as long as the build.

A district's model is millions of objects, none of them garbage until the build ends, and
CPython's cyclic collector walks all of them again whenever enough new objects survive:
3.5 s of a 65 s build (measured with gc.callbacks). Forked workers fare worse: a walk writes
to every object's header, so each worker's collections copy the parent's memory page by page.
"""
from __future__ import annotations

import ctypes
import gc
from contextlib import contextmanager
from typing import Iterator

# glibc's mallopt() parameters (malloc.h).
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3


@contextmanager
def growing() -> Iterator[None]:
    """Pause the collector while the model is built: everything made now lives on.

    What was made is frozen on the way out, not left in the youngest generation: the first
    collection after the pause would walk all of it, and then the next generation's would
    again (two walks of ~0.5 s each at district scale, both in serial steps of the build).
    Use it inside `frozen()`, whose end gives the objects back to the collector.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def frozen() -> Iterator[None]:
    """Leave the objects that exist now out of every collection until the block ends.

    Workers forked inside the block inherit the freeze. Afterwards the objects are collected
    as usual again: `serve` drops one model for the next, and its cycles must be freed.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def keep_freed_memory() -> None:
    """Let C allocations up to 32 MiB reuse freed memory instead of new pages from the kernel.

    The search index makes hundreds of short-lived numpy arrays of 2-30 MB. By default glibc
    maps each large one afresh and gives it back when freed, so every page of every array is a
    page fault and a zeroed page: at district scale 330,000 faults and 0.9 s of system time in
    SearchIndex alone, 130,000 and 0.3 s with this (bench corpus; peak RSS 671 → 704 MiB).
    Process-wide, so the entry point calls it; elsewhere than glibc it does nothing.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(M_MMAP_THRESHOLD, 32 << 20)  # glibc's largest; arrays above it are mapped anyway
    mallopt(M_TRIM_THRESHOLD, 1 << 30)  # keep up to 1 GiB of freed memory for the next arrays
