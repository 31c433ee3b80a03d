"""Load a content folder: every file read, checked against its schema, with its location kept."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import markdown, parallel, schema
from .diagnostics import Diagnostic, Report
from .inventory import Inventory, read_listed, settle_digests
from .model import Body
from .sources import YamlData, read_markdown_file, read_yaml_file


@dataclass
class Record:
    """One checked content item: its id, typed values and where each came from."""

    kind: str
    id: str
    source: str
    values: dict[str, Any]
    meta: YamlData
    body: str = ""
    body_line: int = 1
    links: tuple[markdown.LinkRef, ...] | None = None  # in `body`, found where it was read (None: not looked for)

    def line(self, *path: Any) -> int:
        return self.meta.line(*path)


@dataclass
class Content:
    """Everything read from a content folder, before references are resolved."""

    root: Path
    site: Record | None
    matters: list[Record] = field(default_factory=list)
    documents: list[Record] = field(default_factory=list)
    pages: list[Record] = field(default_factory=list)
    places: list[Record] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)  # attachment name (relative to files/) → size
    # Ids of every file found, parsed or not: a broken file is reported once, in itself,
    # not again as an "unknown id" wherever other files name it.
    declared: dict[str, set[str]] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)  # source path as shown → digest of the file


KINDS = {"matters": ("matter", schema.MATTER), "documents": ("document", schema.DOCUMENT),
         "pages": ("page", schema.PAGE)}


PARALLEL_FROM = 2000  # files; below this, forking workers costs more than it saves
FILES_PER_TASK = 500

Loaded = tuple["Record | None", list[Diagnostic]]  # a file's record (None if unusable) and its diagnostics


class RecordCache:
    """Checked records by file and digest, with their diagnostics: `serve` re-reads only what changed."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], Loaded] = {}

    def fill(self, inventory: Inventory, jobs: int | None = None) -> None:
        """Read every item file not cached yet, on `jobs` cores (None: all) when there are many.

        Workers send their records back pickled, so the parent's share is not nothing: at
        district scale two cores load in 5.0–5.5 s instead of 7 s (measured on a quiet machine).
        Reading them back keeps the parent busy enough that it loads no files itself: with one
        worker and the parent loading, the same step took 4.8–5.0 s instead of 4.7 s.
        """
        missing = [relative for folder in KINDS for relative in inventory.folder(folder)
                   if relative not in inventory.digests or (relative, inventory.digests[relative]) not in self._entries]
        processes = parallel.can_fork(jobs) if len(missing) >= PARALLEL_FROM else 1
        parts = [missing[i:i + FILES_PER_TASK] for i in range(0, len(missing), FILES_PER_TASK)]
        loaded_parts, _ = parallel.fork_map(_load_files, parts, _share, inventory, processes, join=False)
        read = {}  # the digests of files the scan only listed
        for part, loaded in zip(parts, loaded_parts):
            for relative, (entry, digest) in zip(part, loaded):
                if digest is None:
                    digest = inventory.digests[relative]
                else:
                    read[relative] = digest
                self._entries[(relative, digest)] = entry
        if read:
            settle_digests(inventory, read)

    def get(self, key: tuple[str, str], report: Report) -> Record | None:
        record, diagnostics = self._entries[key]
        report.diagnostics.extend(diagnostics)
        return record

    def keep(self, keys: set[tuple[str, str]]) -> None:
        """Forget every entry but these: files that changed or went away."""
        self._entries = {k: v for k, v in self._entries.items() if k in keys}


_inventory: Inventory | None = None  # what a forked worker reads from; set by _share


def _share(inventory: Inventory | None) -> None:
    global _inventory
    _inventory = inventory


def _load_files(relatives: list[str]) -> list[tuple[Loaded, str | None]]:
    """Load files; return each one's record and diagnostics, and its digest if the scan only listed it."""
    assert _inventory is not None
    loaded = []
    for relative in relatives:
        own = Report()
        raw, digest = _inventory.texts[relative], None
        if raw is None:
            raw, digest = _read_listed(_inventory, relative, own)
        record = None if raw is None else load_item(_inventory, relative, own, raw)
        loaded.append(((record, own.diagnostics), digest))
    return loaded


def _read_listed(inventory: Inventory, relative: str, report: Report) -> tuple[bytes | None, str]:
    try:
        return read_listed(inventory, relative)
    except OSError as exc:  # gone or unreadable since the scan listed it
        report.error(inventory.shown(relative), 0, f"cannot be read: {exc.strerror or exc}",
                     "check that the file is still there and that it may be read, then build again")
        return None, ""


def load(inventory: Inventory, report: Report, cache: RecordCache | None = None, jobs: int | None = None
         ) -> Content:
    """Check every file of a scanned content folder, reporting all problems found."""
    cache = cache or RecordCache()
    cache.fill(inventory, jobs)
    content = Content(inventory.root, _load_site(inventory, report))
    for folder in KINDS:
        records = [cache.get((relative, inventory.digests[relative]), report) for relative in inventory.folder(folder)]
        records = [r for r in records if r]
        content.declared[KINDS[folder][0]] = {_stem(p) for p in inventory.folder(folder) if schema.ID_PATTERN.match(_stem(p))}
        _check_unique_ids(records, KINDS[folder][0], report)
        setattr(content, folder, records)
    for relative in inventory.strays:
        report.warning(inventory.shown(relative), 0, f"not a .md file, so it is not read as a {_kind_of(relative)}",
                       "rename it to end in .md, or move attachments to files/")
    content.places = _load_places(inventory, report)
    content.files = {name: stat.size for name, stat in inventory.files.items()}
    content.digests = {inventory.shown(relative): value for relative, value in inventory.digests.items()}
    cache.keep({(relative, value) for relative, value in inventory.digests.items()})
    return content


def _stem(relative: str) -> str:
    return relative.rpartition("/")[2].removesuffix(".md")


def _kind_of(relative: str) -> str:
    return KINDS[relative.split("/", 1)[0]][0]


def _load_site(inventory: Inventory, report: Report) -> Record | None:
    shown = inventory.shown("site.yaml")
    if "site.yaml" not in inventory.texts:
        report.error(shown, 0, "site.yaml is missing", "create site.yaml with the site's title, domains, "
                     "categories and organizations (see README)")
        return None
    data = read_yaml_file(inventory.texts["site.yaml"], shown, report)
    if data is None:
        return None
    values = schema.Checker(shown, data, report).record(data.value, schema.SITE)
    return None if values is None else Record("site", "site", shown, values, data)


def load_item(inventory: Inventory, relative: str, report: Report, raw: bytes | None = None) -> Record | None:
    """Read and check one matter, document or page file of a scanned content folder (its bytes: `raw`,
    or as the scan read them)."""
    kind, fields = KINDS[relative.split("/", 1)[0]]
    shown, stem = inventory.shown(relative), _stem(relative)
    if not schema.ID_PATTERN.match(stem):
        report.error(shown, 1, f'the file name "{stem}.md" is not a valid id',
                     f'rename it to "{_suggest_id(stem)}.md": lowercase letters a-z, digits and "-" only')
        return None
    raw = inventory.texts[relative] if raw is None else raw
    assert raw is not None, relative  # listed files are read by _load_files
    source = read_markdown_file(raw, shown, report)
    if source is None:
        return None
    values = schema.Checker(shown, source.meta, report).record(source.meta.value, fields)
    if values is None:
        return None
    # Only the lines of the front matter are kept, not its raw values (the checked ones are in
    # `values`): records come back pickled from the workers that read them.
    located = YamlData(None, source.meta.lines, source.meta.first_line)
    links = tuple(markdown.links(Body(source.body, shown, source.body_line)))
    return Record(kind, stem, shown, values, located, source.body, source.body_line, links)


def _suggest_id(stem: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "new-id"


def _check_unique_ids(records: list[Record], kind: str, report: Report) -> None:
    first: dict[str, Record] = {}
    for record in records:
        if record.id in first:
            report.error(record.source, 1, f'{kind} id "{record.id}" is also used by {first[record.id].source}',
                         "ids must be unique: rename one of the two files")
        else:
            first[record.id] = record


def _load_places(inventory: Inventory, report: Report) -> list[Record]:
    if "places.yaml" not in inventory.texts:
        return []
    shown = inventory.shown("places.yaml")
    data = read_yaml_file(inventory.texts["places.yaml"], shown, report)
    if data is None:
        return []
    checker = schema.Checker(shown, data, report)
    if not isinstance(data.value, list):
        checker.error((), "places.yaml must be a list of places",
                      "start each place with '- id: …' followed by name, address")
        return []
    places = []
    for index, item in enumerate(data.value):
        values = checker.record(item, schema.PLACE, (index,))
        if values and "id" in values:
            places.append(Record("place", values["id"], shown, values, _Sub(data, (index,))))
    _check_unique_ids_in_file(places, report)
    return places


class _Sub(YamlData):
    """A view of one list item of a YAML file, so that record lines resolve inside it."""

    def __init__(self, parent: YamlData, prefix: tuple) -> None:
        super().__init__(parent.value, parent.lines, parent.first_line)
        self.prefix = prefix

    def line(self, *path: Any) -> int:
        return super().line(*self.prefix, *path)


def _check_unique_ids_in_file(records: list[Record], report: Report) -> None:
    first: dict[str, Record] = {}
    for record in records:
        if record.id in first:
            report.error(record.source, record.line("id"),
                         f'place id "{record.id}" is used twice (first on line {first[record.id].line("id")})',
                         "ids must be unique: rename one of the two")
        else:
            first[record.id] = record
