"""Garbage-collector settings for building a large site model that lives as long as the build.

A district's model is millions of objects, none of them garbage until the build ends, and
CPython's cyclic collector walks all of them again whenever enough new objects survive:
3.5 s of a 65 s build (measured with gc.callbacks). Forked workers fare worse: a walk writes
to every object's header, so each worker's collections copy the parent's memory page by page.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def growing() -> Iterator[None]:
    """Pause the collector while the model is built: everything made now lives on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
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
