"""`make bench`: build figures at 1/10 and full district scale, as medians of several runs.

Figures: cold full build (fresh output, so no QR codes to reuse) wall and CPU seconds, peak
RSS (the build and its workers), pages and bytes written, Hugo's cold build of the same corpus
beside each of ours (bench/hugo_reference.py), the QR and search shares, a
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
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import child
import hugo_reference
import qr_figures  # bench/qr_figures.py, beside this script
import search_budget
import serve_latency
from trash import Trash

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


def timed_build(content: Path, output: Path, fresh: bool, trash: Trash | None = None) -> dict:
    """Run one build in a child process; return its wall and CPU seconds and peak RSS.

    `fresh` builds into an empty folder: the previous output goes into the trash, which is
    emptied when all figures are taken (bench/trash.py: deleting it now would slow the build).
    """
    if fresh:
        assert trash is not None
        trash.discard(output)
    completed = child.run([sys.executable, "-m", "generator", "build", "--content", str(content),
                           "--output", str(output)])
    if completed.returncode != 0:
        raise SystemExit(completed.stderr)
    qr = re.search(r"QR codes \(\d+ reused, ([\d.]+) s CPU\)", completed.stdout)
    return {"wall": completed.wall, "cpu": completed.cpu,
            "qr_cpu": float(qr[1]) if qr else 0.0,  # as the build itself counted it, in all its processes
            "peak_rss_mib": completed.peak_rss_mib, "log": completed.stdout.strip()}


def tree_size(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files), sum(1 for p in files if p.suffix == ".html")


def reference_seconds() -> float:
    """Return the CPU seconds of a fixed piece of Python work: the machine's speed at the moment.

    This machine is shared, and the same build takes 26 s in one hour and 37 s in another;
    a build's figures are comparable with another run's once divided by this one.
    """
    started = time.process_time()
    total = 0
    for number in range(2_000_000):
        total += number * number % 7
    items = {f"key{n}": str(n) for n in range(200_000)}
    "".join(sorted(items.values()))
    return time.process_time() - started


def measure(scale: float, runs: int, trash: Trash) -> dict:
    content = corpus(scale)
    output = CACHE / f"output-{scale:g}"
    cold, reference, hugo = [], [], []
    hugo_binary = hugo_reference.executable()
    for _ in range(runs):
        reference.append(reference_seconds())
        cold.append(timed_build(content, output, fresh=True, trash=trash))
        if hugo_binary:  # right after ours: the same corpus at the machine's same speed
            hugo.append(hugo_reference.timed_build(hugo_binary, content, CACHE / f"hugo-output-{scale:g}",
                                                   CACHE / "hugo-cache", trash))
    warm = [timed_build(content, output, fresh=False) for _ in range(runs)]
    files, size, pages = tree_size(output)
    search_files = [p for p in (output / "search").rglob("*") if p.is_file()]
    result = {
        "scale": scale,
        "cold_wall_s": statistics.median(r["wall"] for r in cold),
        "cold_wall_runs_s": [r["wall"] for r in cold],  # in order: the machine's speed drifts
        "cold_cpu_s": statistics.median(r["cpu"] for r in cold),
        "cold_cores_busy": statistics.median(r["cpu"] / r["wall"] for r in cold),
        "cold_qr_share": statistics.median(r["qr_cpu"] / r["cpu"] for r in cold),
        # The machine's speed beside each cold build, and the build's wall time in units of it.
        "reference_s": statistics.median(reference),
        "cold_wall_in_references": statistics.median(r["wall"] / ref for r, ref in zip(cold, reference)),
        "peak_rss_mib": max(r["peak_rss_mib"] for r in cold),
        "nochange_rebuild_wall_s": statistics.median(r["wall"] for r in warm),
        "pages": pages, "files": files, "bytes": size,
        "search_index_mib": sum(p.stat().st_size for p in search_files) / 2 ** 20,
        "search_files": len(search_files),
        "log": cold[-1]["log"],
    }
    if hugo:
        result["hugo"] = {"cold_wall_s": statistics.median(r["wall"] for r in hugo),
                          "cold_wall_runs_s": [r["wall"] for r in hugo],
                          "cold_cpu_s": statistics.median(r["cpu"] for r in hugo),
                          "peak_rss_mib": max(r["peak_rss_mib"] for r in hugo),
                          # each of our builds over the Hugo build that followed it
                          "cold_wall_ratio": statistics.median(r["wall"] / h["wall"] for r, h in zip(cold, hugo))}
    search: dict = {"index": search_budget.index_timings(content)}
    if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        search["browser"] = search_budget.browser_budget(output)
    result["search"] = search
    result["qr"] = qr_figures.measure(content, output, trash)
    result["serve"] = serve_latency.measure(content, CACHE, trash=trash)
    return result


def print_table(results: list[dict]) -> None:
    """The figures side by side, with the full/tenth ratio: linear growth shows as ~10."""
    rows = [("cold build wall (s)", "cold_wall_s"), ("cold build CPU (s)", "cold_cpu_s"),
            ("cores busy", "cold_cores_busy"), ("machine reference (s)", "reference_s"),
            ("cold wall / reference", "cold_wall_in_references")]
    if all("hugo" in r for r in results):  # Hugo is there when `make bench` installed it
        rows += [("Hugo cold build wall (s)", lambda r: r["hugo"]["cold_wall_s"]),
                 ("cold wall / Hugo's", lambda r: r["hugo"]["cold_wall_ratio"])]
    rows += [("peak RSS (MiB)", "peak_rss_mib"),
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
    trash = Trash(CACHE / "trash")
    if trash.folder.exists():  # left by an interrupted run: its deletions must not fall on the first builds
        trash.empty()
        time.sleep(60)
    try:
        results = [measure(float(s), args.runs, trash) for s in args.scales.split(",")]
    finally:
        trash.empty()
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(results)
    for r in results:
        print(f"\nscale {r['scale']:g}: {r['pages']} pages, {r['files']} files, {r['bytes'] / 2**20:.0f} MiB")
        print(f"  cold build      {r['cold_wall_s']:.1f} s wall, {r['cold_cpu_s']:.1f} s CPU "
              f"({r['cold_cores_busy']:.2f} cores busy), peak RSS {r['peak_rss_mib']:.0f} MiB; "
              f"QR codes {r['cold_qr_share']:.1%} of its CPU")
        print(f"  machine speed   reference work {r['reference_s']:.2f} s CPU beside each cold build (median); "
              f"the build took {r['cold_wall_in_references']:.0f} times as long")
        if "hugo" in r:
            h = r["hugo"]
            print(f"  Hugo            {h['cold_wall_s']:.1f} s wall, {h['cold_cpu_s']:.1f} s CPU, peak RSS "
                  f"{h['peak_rss_mib']:.0f} MiB on the same corpus; our cold build took {h['cold_wall_ratio']:.2f} times as long")
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
