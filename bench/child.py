"""Run a command and take its own resource use: wall and CPU seconds, and peak RSS.

`getrusage(RUSAGE_CHILDREN)` keeps the largest RSS of every child the bench ever waited for:
once Hugo's build (2.1 GiB) had run, every later build of ours "peaked" at 2.1 GiB too.
`wait4` gives the usage of one child and of the processes it waited for (our workers).
"""
from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    wall: float
    cpu: float
    peak_rss_mib: float  # the largest single process: the command or one of its children


def run(command: list[str]) -> Finished:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0)
        err.seek(0)
        return Finished(process.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                        wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
