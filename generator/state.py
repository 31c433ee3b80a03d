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
    # `reads` as pages.json lists them, numbered by the build's KeyTable, when the process that
    # rendered the page had it: then the serial end of a build has them ready (to_files).
    numbers: str | None = field(default=None, compare=False, repr=False)


class KeyTable:
    """The numbers under which pages.json lists the keys each page read.

    A table of every key a page can read is known before rendering, so each rendering process
    numbers its own pages: numbering 900,000 reads after rendering was ~1 s of the serial end
    of a district build. A key missing from the table is numbered after all of it (extended).
    """

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        self.numbers = {key: str(number) for number, key in enumerate(keys)}  # as text: what encode() writes

    @classmethod
    def of(cls, keys: set[str]) -> "KeyTable":
        return cls(sorted(keys))

    def encode(self, reads: tuple[str, ...]) -> str | None:
        """Return the reads' numbers as JSON text, or None when a key is not in the table."""
        try:
            return "[" + ",".join(map(self.numbers.__getitem__, reads)) + "]"
        except KeyError:
            return None

    def extended(self, keys: set[str]) -> "KeyTable":
        """Return this table with the keys it lacks numbered after it, in order."""
        missing = sorted(keys - self.numbers.keys())
        return KeyTable(self.keys + missing) if missing else self


@dataclass
class BuildState:
    settings: dict[str, str]
    sources: dict[str, str]  # hashed content path → digest
    theme: dict[str, str]  # theme file path → digest
    warnings: int = 0  # the build's warnings: a build that had some is never skipped, so they show again
    nodes: dict[str, str] = field(default_factory=dict)  # node, site value or template key → fingerprint
    pages: dict[str, PageState] = field(default_factory=dict)  # output path → what it read
    files: list[str] = field(default_factory=list)  # every file of the output but the state itself

    def to_files(self, table: KeyTable | None = None) -> dict[str, bytes]:
        """Return the state as files of the output, by path.

        `table` is the one the pages' `numbers` were made with; without it, the keys read are
        numbered here. Either way the table is written whole, and the same pages give the same bytes.
        """
        numbered = table is not None
        table = (table or KeyTable([])).extended(
            {key for page in self.pages.values() if not numbered or page.numbers is None for key in page.reads})
        entries = []
        for path in sorted(self.pages):
            page = self.pages[path]
            numbers = page.numbers if numbered and page.numbers is not None else table.encode(page.reads)
            codes = _text(list(page.codes)) if page.codes else "[]"
            entries.append(f"{_text(path)}:[{numbers},{codes}]")
        # pages.json as _json() would write it, with the pages' entries already text
        fields = {"files": _text(self.files), "format": _text(FORMAT), "keys": _text(table.keys),
                  "nodes": _text(self.nodes), "pages": "{" + ",".join(entries) + "}"}
        pages = "{" + ",".join(f"{_text(name)}:{value}" for name, value in sorted(fields.items())) + "}\n"
        return {
            SOURCES: _json({"format": FORMAT, "settings": self.settings, "sources": self.sources, "theme": self.theme,
                            "warnings": self.warnings}),
            PAGES: pages.encode("utf-8"),
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
    return (_text(data) + "\n").encode("utf-8")


def _text(data: object) -> str:
    return _ENCODER.encode(data)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # made once: 25,000 paths
