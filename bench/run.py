"""`make bench`: build figures at 1/10 and full district scale, as medians of several runs.

Figures: cold full build (fresh output, so no QR codes to reuse) wall and CPU seconds, peak
RSS (the build and its workers), pages and bytes written, the QR and search shares, a
rebuild with nothing changed, the search budget (bytes a first query loads, time to
results from a cold page in Chromium, later queries), QR codes (per code cold and cached),
and `serve` (from saving a document, a matter or a template to the updated page served). Printed, and written to
bench/results.json. The corpus is generated once per scale and cached under bench/cache/.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import qr_figures  # bench/qr_figures.py, beside this script
import search_budget
import serve_latency

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"


def corpus(scale: float) -> Path:
    # Keyed by the generator's own bytes: a changed generator makes a new corpus, never a stale one.
    version = hashlib.sha256((HERE / "corpus.py").read_bytes()).hexdigest()[:12]
    target = CACHE / f"corpus-{scale:g}-{version}"
    if not (target / "site.yaml").is_file():
        run([sys.executable, str(HERE / "corpus.py"), str(target), "--scale", str(scale)])
    return target


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def timed_build(content: Path, output: Path, fresh: bool, aside: Path | None = None) -> dict:
    """Run one build in a child process; return its wall and CPU seconds and peak RSS.

    `fresh` builds into an empty folder: the previous output is moved into `aside`, not deleted.
    On ext4 without a journal (this machine's disk), the kernel will not hand out an inode freed
    in the last minute while it finds others: each of the build's 53,000 new files then walked
    past the 53,000 just freed, ~5 % of the build's CPU in kernel time (perf) that is the
    bench's deletion, not the build. The set-aside folders are deleted after the cold runs.
    """
    if fresh and output.exists():
        assert aside is not None
        aside.mkdir(parents=True, exist_ok=True)
        output.rename(aside / f"{output.name}-{time.time_ns()}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content),
                                "--output", str(output)], capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        raise SystemExit(completed.stderr)
    qr = re.search(r"QR codes \(\d+ reused, ([\d.]+) s CPU\)", completed.stdout)
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "qr_cpu": float(qr[1]) if qr else 0.0,  # as the build itself counted it, in all its processes
            # ru_maxrss of children is the largest single child: the parent or one worker.
            "peak_rss_mib": after.ru_maxrss / 1024, "log": completed.stdout.strip()}


def tree_size(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files), sum(1 for p in files if p.suffix == ".html")


def measure(scale: float, runs: int) -> dict:
    content = corpus(scale)
    output = CACHE / f"output-{scale:g}"
    aside = CACHE / "set-aside"
    cold = [timed_build(content, output, fresh=True, aside=aside) for _ in range(runs)]
    shutil.rmtree(aside, ignore_errors=True)
    warm = [timed_build(content, output, fresh=False) for _ in range(runs)]
    files, size, pages = tree_size(output)
    search_files = [p for p in (output / "search").rglob("*") if p.is_file()]
    result = {
        "scale": scale,
        "cold_wall_s": statistics.median(r["wall"] for r in cold),
        "cold_cpu_s": statistics.median(r["cpu"] for r in cold),
        "cold_cores_busy": statistics.median(r["cpu"] / r["wall"] for r in cold),
        "cold_qr_share": statistics.median(r["qr_cpu"] / r["cpu"] for r in cold),
        "peak_rss_mib": max(r["peak_rss_mib"] for r in cold),
        "nochange_rebuild_wall_s": statistics.median(r["wall"] for r in warm),
        "pages": pages, "files": files, "bytes": size,
        "search_index_mib": sum(p.stat().st_size for p in search_files) / 2 ** 20,
        "search_files": len(search_files),
        "log": cold[-1]["log"],
    }
    search: dict = {"index": search_budget.index_timings(content)}
    if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        search["browser"] = search_budget.browser_budget(output)
    result["search"] = search
    result["qr"] = qr_figures.measure(content, output)
    result["serve"] = serve_latency.measure(content, CACHE)
    return result


def print_table(results: list[dict]) -> None:
    """The figures side by side, with the full/tenth ratio: linear growth shows as ~10."""
    rows = [("cold build wall (s)", "cold_wall_s"), ("cold build CPU (s)", "cold_cpu_s"),
            ("cores busy", "cold_cores_busy"), ("peak RSS (MiB)", "peak_rss_mib"),
            ("no-change rebuild (s)", "nochange_rebuild_wall_s"), ("pages", "pages"), ("files", "files"),
            ("MiB written", lambda r: r["bytes"] / 2 ** 20),
            ("QR share of build CPU", "cold_qr_share"),
            ("QR share, codes alone", lambda r: r["qr"]["cold_total_s"] / r["cold_cpu_s"]),
            ("serve: document edit (s)", lambda r: r["serve"]["document"]["median_s"]),
            ("serve: matter edit (s)", lambda r: r["serve"]["matter"]["median_s"]),
            ("serve: template edit (s)", lambda r: r["serve"].get("template", {}).get("median_s", 0.0))]
    print("\n" + f"{'':28}" + "".join(f"{'scale ' + format(r['scale'], 'g'):>12}" for r in results)
          + ("       ratio" if len(results) == 2 else ""))
    for label, key in rows:
        values = [key(r) if callable(key) else r[key] for r in results]
        ratio = f"{values[1] / values[0]:12.1f}" if len(values) == 2 and values[0] else ""
        print(f"{label:28}" + "".join(f"{v:12,.2f}" if isinstance(v, float) else f"{v:12,}" for v in values) + ratio)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="0.1,1", help="comma-separated corpus scales (1 = district)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; medians are reported")
    args = parser.parse_args()
    os.chdir(HERE.parent)
    CACHE.mkdir(exist_ok=True)
    results = [measure(float(s), args.runs) for s in args.scales.split(",")]
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(results)
    for r in results:
        print(f"\nscale {r['scale']:g}: {r['pages']} pages, {r['files']} files, {r['bytes'] / 2**20:.0f} MiB")
        print(f"  cold build      {r['cold_wall_s']:.1f} s wall, {r['cold_cpu_s']:.1f} s CPU "
              f"({r['cold_cores_busy']:.2f} cores busy), peak RSS {r['peak_rss_mib']:.0f} MiB; "
              f"QR codes {r['cold_qr_share']:.1%} of its CPU")
        print(f"  no-change build {r['nochange_rebuild_wall_s']:.1f} s wall")
        print(f"  search index    {r['search_index_mib']:.1f} MiB in {r['search_files']} files")
        search_budget.print_figures(r["search"])
        qr_figures.print_figures(r["qr"], r["cold_cpu_s"])
        serve_latency.print_figures(r["serve"])
        print(f"  {r['log']}")
    print(f"\nwritten to {HERE / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
