"""`make bench`: build figures at 1/10 and full district scale, as medians of several runs.

Figures: cold full build (fresh output, so no QR codes to reuse) wall and CPU seconds, peak
RSS (the build and its workers), pages and bytes written, the QR and search shares, a
rebuild with nothing changed, and the search budget (bytes a first query loads, time to
results from a cold page in Chromium, later queries). Printed, and written to
bench/results.json. The corpus is generated once per scale and cached under bench/cache/.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
QUERIES = ["出生登记", "低保", "社会保险", "户籍迁入", "养老服务补贴", "环境影响评价", "义务教育入学", "就业困难人员"]


def corpus(scale: float) -> Path:
    # Keyed by the generator's own bytes: a changed generator makes a new corpus, never a stale one.
    version = hashlib.sha256((HERE / "corpus.py").read_bytes()).hexdigest()[:12]
    target = CACHE / f"corpus-{scale:g}-{version}"
    if not (target / "site.yaml").is_file():
        run([sys.executable, str(HERE / "corpus.py"), str(target), "--scale", str(scale)])
    return target


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def timed_build(content: Path, output: Path, fresh: bool) -> dict:
    """Run one build in a child process; return its wall and CPU seconds and peak RSS."""
    if fresh and output.exists():
        shutil.rmtree(output)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content),
                                "--output", str(output)], capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        raise SystemExit(completed.stderr)
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            # ru_maxrss of children is the largest single child: the parent or one worker.
            "peak_rss_mib": after.ru_maxrss / 1024, "log": completed.stdout.strip()}


def tree_size(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files), sum(1 for p in files if p.suffix == ".html")


def search_budget(output: Path) -> dict:
    """Measure what a first query loads and how fast results show, in Chromium from file://."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
    figures: dict[str, list] = {"first_ms": [], "first_kib_gzip": [], "later_ms": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for query in QUERIES:
            context = browser.new_context()
            page = context.new_page()
            loaded: list[str] = []
            page.on("requestfinished", lambda request: loaded.append(request.url))
            start = time.perf_counter()
            page.goto((output / "search.html").as_uri() + "?q=" + query)
            page.wait_for_function("() => document.querySelector('#search-results li') || "
                                   "document.getElementById('search-help').hidden === false", timeout=20_000)
            figures["first_ms"].append((time.perf_counter() - start) * 1000)
            total = 0
            for url in set(loaded):
                path = Path(url.removeprefix("file://").split("?")[0])
                if path.is_file():
                    total += len(gzip.compress(path.read_bytes(), 6))
            figures["first_kib_gzip"].append(total / 1024)
            for other in QUERIES[:4]:
                ms = page.evaluate("q => new Promise(r => { const t = performance.now();"
                                   " ZW_SEARCH.search(q, {}, 20, () => r(performance.now() - t)); })", other)
                figures["later_ms"].append(ms)
            context.close()
        browser.close()
    return {"first_query_ms_median": statistics.median(figures["first_ms"]),
            "first_query_ms_max": max(figures["first_ms"]),
            "first_query_kib_gzip_median": statistics.median(figures["first_kib_gzip"]),
            "first_query_kib_gzip_max": max(figures["first_kib_gzip"]),
            "later_query_ms_median": statistics.median(figures["later_ms"]),
            "later_query_ms_max": max(figures["later_ms"])}


def measure(scale: float, runs: int) -> dict:
    content = corpus(scale)
    output = CACHE / f"output-{scale:g}"
    cold = [timed_build(content, output, fresh=True) for _ in range(runs)]
    warm = [timed_build(content, output, fresh=False) for _ in range(runs)]
    files, size, pages = tree_size(output)
    search_files = [p for p in (output / "search").rglob("*") if p.is_file()]
    result = {
        "scale": scale,
        "cold_wall_s": statistics.median(r["wall"] for r in cold),
        "cold_cpu_s": statistics.median(r["cpu"] for r in cold),
        "cold_cores_busy": statistics.median(r["cpu"] / r["wall"] for r in cold),
        "peak_rss_mib": max(r["peak_rss_mib"] for r in cold),
        "nochange_rebuild_wall_s": statistics.median(r["wall"] for r in warm),
        "pages": pages, "files": files, "bytes": size,
        "search_index_mib": sum(p.stat().st_size for p in search_files) / 2 ** 20,
        "search_files": len(search_files),
        "log": cold[-1]["log"],
    }
    if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        result["search"] = search_budget(output)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="0.1,1", help="comma-separated corpus scales (1 = district)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; medians are reported")
    args = parser.parse_args()
    os.chdir(HERE.parent)
    CACHE.mkdir(exist_ok=True)
    results = [measure(float(s), args.runs) for s in args.scales.split(",")]
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for r in results:
        print(f"\nscale {r['scale']:g}: {r['pages']} pages, {r['files']} files, {r['bytes'] / 2**20:.0f} MiB")
        print(f"  cold build      {r['cold_wall_s']:.1f} s wall, {r['cold_cpu_s']:.1f} s CPU "
              f"({r['cold_cores_busy']:.2f} cores busy), peak RSS {r['peak_rss_mib']:.0f} MiB")
        print(f"  no-change build {r['nochange_rebuild_wall_s']:.1f} s wall")
        print(f"  search index    {r['search_index_mib']:.1f} MiB in {r['search_files']} files")
        if "search" in r:
            s = r["search"]
            print(f"  first query     {s['first_query_kib_gzip_median']:.0f} KiB gzip (max {s['first_query_kib_gzip_max']:.0f}),"
                  f" {s['first_query_ms_median']:.0f} ms to results (max {s['first_query_ms_max']:.0f})")
            print(f"  later queries   {s['later_query_ms_median']:.1f} ms (max {s['later_query_ms_max']:.1f})")
        print(f"  {r['log']}")
    print(f"\nwritten to {HERE / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
