"""The progress line of a long build: one line on a terminal, rewritten in place.

Only for a person watching a terminal: `build` shows it when stderr is a terminal and
`--quiet` is not given, so logs and pipes get the final summary alone.
"""
from __future__ import annotations

import threading
import time
from typing import TextIO

INTERVAL = 0.1  # seconds between redraws: a terminal redrawn faster only flickers


class Progress:
    """Step name, count done of total, and seconds since the build began."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.perf_counter()
        self.lock = threading.Lock()  # pages are counted from the worker pool's thread
        self.label, self.done, self.total = "", 0, 0
        self.shown = 0.0
        self.width = 0

    def step(self, label: str, total: int = 0) -> None:
        with self.lock:
            self.label, self.done, self.total = label, 0, total
            self._draw(force=True)

    def advance(self, count: int) -> None:
        with self.lock:
            self.done += count
            self._draw(force=self.done >= self.total)

    def finish(self) -> None:
        """Clear the line, so the summary that follows starts clean."""
        with self.lock:
            if self.width:
                self.stream.write("\r" + " " * self.width + "\r")
                self.stream.flush()
            self.width = 0

    def _draw(self, force: bool) -> None:
        now = time.perf_counter()
        if not force and now - self.shown < INTERVAL:
            return
        self.shown = now
        count = f" {self.done:,}/{self.total:,}" if self.total else ""
        text = f"{self.label}{count} · {now - self.started:.1f} s"
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(text))
