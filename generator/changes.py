"""What changed since the previous build, and therefore what this build must render and write.

Changes are classified by where they come from (Zola's ChangeKind): the generator itself or
the build settings (everything is rendered), site.yaml or the theme's strings (every page),
a template (the pages whose templates use it), a static asset or an attachment (copied), and
content files (the pages that read a node whose fingerprint changed, recorded per page).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import state as state_files
from .fingerprints import SITE, site_fingerprints, site_value_fingerprint, site_value_names
from .inventory import Inventory
from .model import Site
from .output import MARKER, InPlace, Staging, same_copy
from .state import BuildState, PageState

if TYPE_CHECKING:  # (plan and qr need numpy, which a build with nothing changed never loads)
    from .plan import Output
    from .qr import QrCode
    from .theme import Theme

STRINGS = "theme:strings.yaml"  # every page shows the theme's strings
SITE_YAML = "site.yaml"  # a changed site.yaml changes every taxonomy: every page is rendered


@dataclass(frozen=True)
class Sources:
    """What this build reads: its settings and the digests of the content and theme files."""

    settings: dict[str, str]
    content: dict[str, str]  # hashed content path → digest
    theme: dict[str, str]  # theme path → digest


Previous = BuildState


def previous_build(output: Path, now: Sources, kept: Previous | None = None) -> Previous | None:
    """Return the state of the previous build in `output` (or kept by `serve`), if this build can go on from it.

    Only its settings and digests are read: enough to tell that nothing changed. What each page
    read (a 9 MB file at district scale, 0.7 s to load) is added by with_pages when something did.
    """
    if not (output / MARKER).is_file():
        return None
    previous = kept or state_files.load_sources(output)
    if previous is None or previous.settings != now.settings:
        return None
    if previous.sources.get(state_files.hashed(SITE_YAML)) != now.content.get(state_files.hashed(SITE_YAML)):
        return None
    return previous


def with_pages(previous: Previous | None, output: Path, kept: Previous | None = None) -> Previous | None:
    """Return the previous build's state with what its pages read, or None when that is missing."""
    if previous is None or previous is kept:
        return previous
    return previous if state_files.load_pages(output, previous) else None


def nothing_changed(previous: Previous, now: Sources, scanned: Inventory, output: Path) -> bool:
    """Return True when no content, theme or attachment changed and the last build had no warnings."""
    if previous.sources != now.content or previous.theme != now.theme or previous.warnings:
        return False
    return files_unchanged(scanned, output)


def files_unchanged(scanned: Inventory, output: Path) -> bool:
    """Return True when every attachment is as the previous build copied it, and none came or went."""
    return all(same_copy(output / "files" / name, stat.size, stat.mtime_ns) for name, stat in scanned.files.items()) \
        and len(scanned.files) == _count_files(output / "files")


def _count_files(folder: Path) -> int:
    """Return how many files a folder holds, in all its subfolders (the output's copies of the attachments)."""
    return sum(len(files) for _, _, files in os.walk(folder))


def fingerprints(site: Site, theme: Theme, theme_digests: dict[str, str], previous: Previous | None) -> dict[str, str]:
    """Return the fingerprint of every key a page can read: nodes, templates, strings, site values."""
    prints = site_fingerprints(site, site.digests)
    prints.update(_templates(theme_digests))
    prints[STRINGS] = theme_digests.get("strings.yaml", "")
    site_keys = {key for key in (previous.nodes if previous else ()) if key.startswith(SITE)}
    prints.update({key: site_value_fingerprint(site, key) for key in site_keys if _is_site_value(site, key)})
    return prints


def readable_keys(site: Site, theme_digests: dict[str, str]) -> set[str]:
    """Return the keys a page can read, as known before rendering: every node, template and value of
    the site, and the theme's strings (fingerprints() covers the same, and the site values read)."""
    keys = {node.key for node in site.nodes()}
    keys.update(_templates(theme_digests))
    keys.add(STRINGS)
    keys.update(SITE + name for name in site_value_names())
    return keys


def _templates(theme_digests: dict[str, str]) -> dict[str, str]:
    """Return the theme's templates' digests by key ("template:NAME", as render.py notes a read)."""
    return {f"template:{path.removeprefix('templates/')}": digest
            for path, digest in theme_digests.items() if path.startswith("templates/")}


def _is_site_value(site: Site, key: str) -> bool:
    return hasattr(site, key[len(SITE):])


def stale_pages(outputs: list[Output], previous: Previous, now: dict[str, str]) -> list[Output]:
    """Return the pages to render: new ones, and those that read something that changed."""
    changed = {key for key, value in previous.nodes.items() if now.get(key) != value}
    if STRINGS in changed:  # pages do not note reading `t` (a plain dict): all of them show it
        return list(outputs)
    return [output for output in outputs
            if output.path not in previous.pages or not changed.isdisjoint(previous.pages[output.path].reads)]


def page_states(outputs: list[Output], previous: Previous | None, rendered: dict[str, PageState]
                ) -> dict[str, PageState]:
    """Return what every page of this build read: rendered now, or as the previous build recorded."""
    pages = {}
    for output in outputs:
        pages[output.path] = rendered.get(output.path) or (previous.pages[output.path] if previous else None)
    return pages


def expected_files(pages: dict[str, PageState], codes: dict[str, QrCode], search_files: set[str],
                   static: list[str]) -> list[str]:
    """Return every file this build's output must hold, sorted."""
    files = set(pages) | set(codes) | search_files | set(static)
    files.update(code for page in pages.values() for code in page.codes)
    return sorted(files)


def changed_items(previous: Previous, now: dict[str, str]) -> tuple[set[str], set[str]]:
    """Return the keys of the matters and documents that are new or changed, and of those gone."""
    items = ("matter:", "document:")
    changed = {key for key, value in now.items() if key.startswith(items) and previous.nodes.get(key) != value}
    removed = {key for key in previous.nodes if key.startswith(items) and key not in now}
    return changed, removed


def remove_stale(staging: Staging | InPlace, previous: Previous | None, expected: list[str]) -> int:
    """Remove what the previous build wrote and this one does not; return how many files went."""
    if previous is None:
        return 0
    gone = sorted(set(previous.files) - set(expected))
    for path in gone:
        staging.remove(path)
    return len(gone)


def state(now: Sources, site: Site, prints: dict[str, str], pages: dict[str, PageState],
          expected: list[str], warnings: int) -> BuildState:
    """Return the state of this build: what the next build compares itself with."""
    read = {key for page in pages.values() for key in page.reads}
    nodes = {key: value for key, value in prints.items() if not key.startswith(SITE)}
    nodes.update({key: site_value_fingerprint(site, key) for key in read
                  if key.startswith(SITE) and _is_site_value(site, key)})
    return BuildState(now.settings, now.content, now.theme, warnings, nodes, pages, expected)
