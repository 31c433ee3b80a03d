"""The build state kept in the output folder, so the next build redoes only what changed.

It holds what the last build read (digests of the content and theme files), what each
page read of the site model (node keys) and what those nodes looked like (fingerprints),
and every file the build wrote. It is written like the rest of the output: the same
content gives the same bytes, and it names no unpublished file (source paths are hashed).
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

FOLDER = ".zhengwu"
SOURCES = f"{FOLDER}/sources.json"
PAGES = f"{FOLDER}/pages.json"
FORMAT = 1


@dataclass(frozen=True)
class PageState:
    """What one page read and which extra files (off-site QR codes) it needs."""

    reads: tuple[str, ...]
    codes: tuple[str, ...] = ()


@dataclass
class BuildState:
    settings: dict[str, str]
    sources: dict[str, str]  # hashed content path → digest
    theme: dict[str, str]  # theme file path → digest
    warnings: int = 0  # the build's warnings: a build that had some is never skipped, so they show again
    nodes: dict[str, str] = field(default_factory=dict)  # node, site value or template key → fingerprint
    pages: dict[str, PageState] = field(default_factory=dict)  # output path → what it read
    files: list[str] = field(default_factory=list)  # every file of the output but the state itself

    def to_files(self) -> dict[str, bytes]:
        """Return the state as files of the output, by path."""
        table = sorted({key for page in self.pages.values() for key in page.reads})
        index = {key: number for number, key in enumerate(table)}
        pages = {path: [[index[k] for k in page.reads], list(page.codes)] for path, page in self.pages.items()}
        return {
            SOURCES: _json({"format": FORMAT, "settings": self.settings, "sources": self.sources, "theme": self.theme,
                            "warnings": self.warnings}),
            PAGES: _json({"format": FORMAT, "keys": table, "nodes": self.nodes, "pages": pages, "files": self.files}),
        }


@functools.lru_cache(maxsize=None)  # `serve` asks for every path at each rebuild
def hashed(path: str) -> str:
    """Return the name under which a content path is kept: drafts' file names stay private."""
    return hashlib.blake2b(path.encode("utf-8"), digest_size=10).hexdigest()


def load_sources(output: Path) -> BuildState | None:
    """Return the previous build's settings and digests, or None when there is no usable state."""
    data = _read(output / SOURCES)
    if data is None:
        return None
    return BuildState(data["settings"], data["sources"], data["theme"], data["warnings"])


def load_pages(output: Path, state: BuildState) -> bool:
    """Add the previous build's pages, nodes and files to `state`; False when they are missing."""
    data = _read(output / PAGES)
    if data is None:
        return False
    table = data["keys"]
    state.nodes = data["nodes"]
    state.pages = {path: PageState(tuple(table[i] for i in reads), tuple(codes))
                   for path, (reads, codes) in data["pages"].items()}
    state.files = data["files"]
    return True


def _read(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def _json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")
