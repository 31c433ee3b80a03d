"""Profile a cold build in one process with pyinstrument: where the time goes, for issue 7's table.

`python bench/profile_build.py CONTENT [--output DIR]` prints the call tree (one process, so
the workers' share shows too). pyinstrument is a test dependency.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from pyinstrument import Profiler

from generator.build import BuildOptions, build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        profiler = Profiler()
        profiler.start()
        result = build(BuildOptions(content=args.content, output=Path(scratch) / "site", workers=1))
        profiler.stop()
        shutil.rmtree(Path(scratch) / "site", ignore_errors=True)
    print(result.timings)
    print(profiler.output_text(unicode=False, show_all=False))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
