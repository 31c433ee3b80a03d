"""What a content folder holds: every file found, read once, with the digest of each text file.

The digests tell a later build what changed without parsing anything: a build with
nothing changed stops after this scan. Attachments under files/ are not read here (they
can be large); their size and modification time are compared with the copies in the
previous output instead, as rsync does.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

TEXT_FOLDERS = ("matters", "documents", "pages")
TEXT_FILES = ("site.yaml", "places.yaml")
FILES = "files"


@dataclass(frozen=True)
class FileStat:
    size: int
    mtime_ns: int


@dataclass
class Inventory:
    """The files of a content folder, by path relative to it (always with "/")."""

    root: Path
    texts: dict[str, bytes] = field(default_factory=dict)  # site.yaml, places.yaml and the .md files
    digests: dict[str, str] = field(default_factory=dict)  # of every text, by the same path
    strays: list[str] = field(default_factory=list)  # other files in matters/, documents/, pages/
    files: dict[str, FileStat] = field(default_factory=dict)  # attachments, relative to files/

    def shown(self, relative: str) -> str:
        """Return the path an editor recognises: the content folder as given, joined with the file."""
        return str(self.root / relative)

    def folder(self, name: str) -> list[str]:
        """Return the text files under a folder, sorted."""
        prefix = name + "/"
        return [path for path in self.texts if path.startswith(prefix)]


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def scan(root: Path) -> Inventory:
    """Read every text file of a content folder and list its attachments."""
    inventory = Inventory(root)
    for name in TEXT_FILES:
        path = root / name
        if path.is_file():
            _read(inventory, name, path)
    for folder in TEXT_FOLDERS:
        for relative, entry in _walk(root / folder, folder):
            if relative.endswith(".md"):
                _read(inventory, relative, Path(entry.path))
            else:
                inventory.strays.append(relative)
    for relative, entry in _walk(root / FILES, ""):
        stat = entry.stat()
        inventory.files[relative] = FileStat(stat.st_size, stat.st_mtime_ns)
    return inventory


def _read(inventory: Inventory, relative: str, path: Path) -> None:
    data = path.read_bytes()
    inventory.texts[relative] = data
    inventory.digests[relative] = digest(data)


def _walk(folder: Path, prefix: str):
    """Yield (relative path, entry) for every file under a folder, sorted, skipping hidden ones."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        relative = f"{prefix}/{entry.name}" if prefix else entry.name
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(Path(entry.path), relative)
        elif entry.is_file(follow_symlinks=True):
            yield relative, entry
