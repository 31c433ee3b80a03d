"""The QR figures of `make bench`: codes per site, time per code cold and cached, and their share of a build.

Cold: every code of the site encoded and written into an empty folder, one after another in
this process. Cached: the same codes taken from a previous output (what a build does for an
unchanged page: a hard link, no encoding). The share compares the cold total with the CPU
seconds of a cold full build (in which the codes are made by the same workers as the pages).
`make bench` also prints the share a cold build counts itself: the CPU seconds its processes
spent on codes (`QR codes (N reused, X s CPU)` in its summary), over its CPU seconds.

Run alone: `python bench/qr_figures.py CONTENT OUTPUT` (OUTPUT: a finished build of CONTENT).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from trash import Trash, discard  # bench/trash.py, beside this script

from generator.build import load_site
from generator.pipeline import _qr_codes
from generator.diagnostics import Report
from generator.output import Staging
from generator.plan import plan
from generator.theme import find_theme
from generator.workers import Job


def measure(content: Path, output: Path, trash: Trash | None = None) -> dict:
    site = load_site(content, Report())
    assert site is not None
    theme = find_theme("default")
    codes = list(_qr_codes(plan(site, theme)).values())
    scratch = Path(tempfile.mkdtemp(dir=output.parent))
    try:
        cold = Job(site, theme, [], Staging(scratch / "cold"), None)
        started = time.process_time()
        cold.codes(codes)
        cold_s = time.process_time() - started
        cached = Job(site, theme, [], Staging(scratch / "cached"), output)
        started = time.process_time()
        reused, written = cached.codes(codes)
        cached_s = time.process_time() - started
        assert reused == len(codes) and written == 0, (reused, written)
    finally:
        discard(scratch, trash)
    return {"codes": len(codes), "cold_ms_per_code": 1000 * cold_s / len(codes),
            "cached_ms_per_code": 1000 * cached_s / len(codes), "cold_total_s": cold_s}


def print_figures(result: dict, build_cpu_s: float) -> None:
    share = result["cold_total_s"] / build_cpu_s if build_cpu_s else 0.0
    print(f"  QR codes        {result['codes']:,} codes, {result['cold_ms_per_code']:.3f} ms each cold, "
          f"{result['cached_ms_per_code']:.3f} ms cached; {result['cold_total_s']:.1f} s CPU = {share:.1%} "
          f"of a cold build's CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    result = measure(args.content, args.output)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
