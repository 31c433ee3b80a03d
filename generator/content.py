"""Load a content folder: every file read, checked against its schema, with its location kept."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schema
from .diagnostics import Report
from .sources import YamlData, display_path, read_markdown_file, read_yaml_file


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
    files: list[str] = field(default_factory=list)
    # Ids of every file found, parsed or not: a broken file is reported once, in itself,
    # not again as an "unknown id" wherever other files name it.
    declared: dict[str, set[str]] = field(default_factory=dict)


KINDS = {"matters": ("matter", schema.MATTER), "documents": ("document", schema.DOCUMENT),
         "pages": ("page", schema.PAGE)}


def load(root: Path, report: Report) -> Content:
    """Read and check every file of the content folder, reporting all problems found."""
    content = Content(root, _load_site(root, report))
    for folder, (kind, fields) in KINDS.items():
        records = [r for r in _load_folder(root, folder, kind, fields, report) if r]
        content.declared[kind] = _declared_ids(root / folder)
        _check_unique_ids(records, kind, report)
        setattr(content, folder, records)
    content.places = _load_places(root, report)
    content.files = _list_files(root / "files")
    return content


def _load_site(root: Path, report: Report) -> Record | None:
    file = root / "site.yaml"
    shown = display_path(root, file)
    if not file.is_file():
        report.error(shown, 0, "site.yaml is missing", "create site.yaml with the site's title, domains, "
                     "categories and organizations (see README)")
        return None
    data = read_yaml_file(file, shown, report)
    if data is None:
        return None
    values = schema.Checker(shown, data, report).record(data.value, schema.SITE)
    return None if values is None else Record("site", "site", shown, values, data)


def _load_folder(root: Path, folder: str, kind: str, fields: dict, report: Report) -> list[Record | None]:
    base = root / folder
    if not base.is_dir():
        return []
    records = []
    for file in sorted(base.rglob("*")):
        if not file.is_file() or file.name.startswith("."):
            continue
        shown = display_path(root, file)
        if file.suffix != ".md":
            report.warning(shown, 0, f"not a .md file, so it is not read as a {kind}",
                           "rename it to end in .md, or move attachments to files/")
            continue
        records.append(_load_item(file, shown, kind, fields, report))
    return records


def _load_item(file: Path, shown: str, kind: str, fields: dict, report: Report) -> Record | None:
    if not schema.ID_PATTERN.match(file.stem):
        report.error(shown, 1, f'the file name "{file.name}" is not a valid id',
                     f'rename it to "{_suggest_id(file.stem)}.md": lowercase letters a-z, digits and "-" only')
        return None
    source = read_markdown_file(file, shown, report)
    if source is None:
        return None
    values = schema.Checker(shown, source.meta, report).record(source.meta.value, fields)
    if values is None:
        return None
    return Record(kind, file.stem, shown, values, source.meta, source.body, source.body_line)


def _declared_ids(base: Path) -> set[str]:
    if not base.is_dir():
        return set()
    return {p.stem for p in base.rglob("*.md") if schema.ID_PATTERN.match(p.stem)}


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


def _load_places(root: Path, report: Report) -> list[Record]:
    file = root / "places.yaml"
    if not file.is_file():
        return []
    shown = display_path(root, file)
    data = read_yaml_file(file, shown, report)
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


def _list_files(base: Path) -> list[str]:
    if not base.is_dir():
        return []
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file() and not p.name.startswith("."))
