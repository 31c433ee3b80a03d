"""`serve`'s fast rebuild: an edit that changes what an item shows, but not where it is filed.

Most edits while previewing change a title, a date of validity, a paragraph: the item stays
in the same category, under the same matters, at the same address. Then the kept site model
is patched in place: the edited file alone is read and checked again, its node takes the new
values, only the nodes around it are fingerprinted again, and the pages that read a node
whose fingerprint changed (known from what each page read last time) are rendered by a
renderer kept warm. Any other change (a new or deleted file, a move to another category,
another matter list, site.yaml, the theme, attachments) takes the general path, which loads
and links the whole site again. Both give the same files: tests compare them.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import content as content_loader, state as state_files
from .content import Content, Record
from .diagnostics import Report
from .fingerprints import node_fingerprint
from .graph import Linked, relink
from .inventory import Inventory
from .model import Document, Matter, Node, Page
from .output import InPlace
from .plan import Output, item_outputs
from .render import Renderer
from .search import SearchIndex
from .state import BuildState, PageState
from .theme import Theme
from .workers import Job

FOLDERS = ("matters/", "documents/", "pages/")
# What places an item in the site: a change to any of these takes the general path.
FILED: dict[type, tuple[str, ...]] = {
    Document: ("category", "publisher", "published", "written", "draft", "aliases"),
    Matter: ("domain", "list", "department", "level", "tags", "places", "hot", "aliases"),
    Page: ("order", "aliases"),
}
LINKS = {Document: ("matters", "interprets"), Matter: ("documents",), Page: ()}  # as the record gives them
# Set by linking, not by the item's own file: kept as they are.
LINKED = frozenset({"matters", "documents", "interprets", "interpreted_by", "index_no", "catalogue"})


@dataclass
class Model:
    """The last good build's model, kept by `serve` so that small edits can patch it."""

    linked: Linked
    content: Content
    theme: Theme
    outputs: dict[str, Output]  # by path, in plan order
    renderer: Renderer | None = None
    readers: dict[str, set[str]] | None = None  # key → paths of the pages that read it

    def readers_of(self, pages: dict[str, PageState]) -> dict[str, set[str]]:
        if self.readers is None:
            self.readers = defaultdict(set)
            for path, page in pages.items():
                for key in page.reads:
                    self.readers[key].add(path)
        return self.readers


@dataclass
class Patched:
    state: BuildState
    rendered: int
    written: int


def edited_files(previous: BuildState, now: dict[str, str], scanned: Inventory) -> list[str] | None:
    """Return the item files whose text changed, or None when anything else changed too."""
    if set(previous.sources) != set(now):
        return None  # a file came or went
    changed = {key for key, value in now.items() if previous.sources[key] != value}
    by_hash = {state_files.hashed(relative): relative for relative in scanned.digests} if changed else {}
    edited = sorted(by_hash[key] for key in changed)
    return edited if all(relative.startswith(FOLDERS) for relative in edited) else None


def apply(model: Model, previous: BuildState, now_sources: dict[str, str], scanned: Inventory,
          edited: list[str], target: InPlace, search: SearchIndex | None) -> Patched | None:
    """Patch the model with the edited files and render what they reach; None: take the general path.

    Nothing is changed before every edited file has been read, checked and found to stay where
    it was filed; after that, a failure leaves the model unusable (the caller drops it).
    """
    site = model.linked.site
    items = {node.source: node for node in [*site.matters, *site.documents, *site.pages]}
    records = {record.source: record for record in [*model.content.matters, *model.content.documents,
                                                     *model.content.pages]}
    fresh: list[tuple[Node, Node, Record]] = []
    for relative in edited:
        report = Report()
        record = content_loader.load_item(scanned, relative, report)
        old = items.get(scanned.shown(relative))
        if record is None or old is None or report.diagnostics:
            return None  # drafts, unusable files and warnings are the general path's to report
        new = relink(model.linked, model.content, record, report)
        if new is None or report.diagnostics or not _same_place(old, new, records[old.source], record):
            return None
        fresh.append((old, new, record))
    touched: set[str] = set()
    retitled: set[str] = set()  # pages whose plan holds an edited item's title
    for old, new, record in fresh:
        keys, paths = _take(model, old, new, record)
        touched, retitled = touched | keys, retitled | paths
        site.digests[old.source] = scanned.digests[_relative(scanned, old.source)]
    return _render(model, previous, now_sources, fresh, touched, retitled, target, search)


def _relative(scanned: Inventory, shown: str) -> str:
    return Path(shown).relative_to(scanned.root).as_posix()


def _same_place(old: Node, new: Node, old_record: Record, new_record: Record) -> bool:
    """Return True when an edit leaves the item filed as it was: same terms, dates, links and address."""
    kind = type(old)
    if any(getattr(old, name) != getattr(new, name) for name in FILED[kind]):
        return False
    if any(old_record.values.get(name) != new_record.values.get(name) for name in (*LINKS[kind], "index_no")):
        return False
    if isinstance(old, Matter):
        return [row.stage for row in old.catalogue] == [row.stage for row in new.catalogue]  # stage pages list rows
    return True


def _take(model: Model, old: Node, new: Node, record: Record) -> tuple[set[str], set[str]]:
    """Give the kept node the edited values; return the keys whose fingerprints may have changed,
    and the paths of the pages planned again (their context holds the title)."""
    for item in dataclasses.fields(old):
        if item.name not in LINKED:
            setattr(old, item.name, getattr(new, item.name))
    if isinstance(old, Matter):
        old.catalogue = tuple(dataclasses.replace(row, matter=old) for row in new.catalogue)
    site = model.linked.site
    site.aliases = [dataclasses.replace(a, title=old.title) if a.target_path == old.path else a for a in site.aliases]
    _replace_record(model.content, record)
    neighbours = [old, *(a for a in site.aliases if a.target_path == old.path)]
    if isinstance(old, Document):
        neighbours += [*old.matters, *old.interpreted_by, old.category, old.stage, old.publisher, *old.domains]
        neighbours += [old.interprets] if old.interprets else []
    elif isinstance(old, Matter):
        neighbours += [*old.documents, old.domain, old.list, old.department, old.level, *old.tags, *old.places]
    planned = item_outputs(site, model.theme, old)
    model.outputs.update((output.path, output) for output in planned)
    return {node.key for node in neighbours}, {output.path for output in planned}


def _replace_record(content: Content, record: Record) -> None:
    records = {"matter": content.matters, "document": content.documents, "page": content.pages}[record.kind]
    for index, kept in enumerate(records):
        if kept.source == record.source:
            records[index] = record
            return


def _render(model: Model, previous: BuildState, now_sources: dict[str, str], fresh: list[tuple[Node, Node, Record]],
            touched: set[str], retitled: set[str], target: InPlace, search: SearchIndex | None) -> Patched:
    site = model.linked.site
    nodes = {node.key: node for node in site.nodes() if node.key in touched}
    prints = {key: node_fingerprint(node, site.digests) for key, node in nodes.items()}
    changed = {key for key, value in prints.items() if previous.nodes.get(key) != value}
    readers = model.readers_of(previous.pages)
    paths = retitled | {path for key in changed for path in readers.get(key, ())}
    stale = [output for path, output in model.outputs.items() if path in paths]
    if model.renderer is None:
        model.renderer = Renderer(site, model.theme)
    model.renderer.forget(changed)
    job = Job(site, model.theme, stale, target, None, renderer=model.renderer)
    rendered, written = job.render(0, len(stale))
    written += job.codes([output.qr for output in stale if output.qr])[1]
    pages = dict(previous.pages)
    for path, page in rendered.items():
        for key in pages[path].reads:
            readers[key].discard(path)
        for key in page.reads:
            readers[key].add(path)
        pages[path] = page
    indexed = {old.key for old, _, _ in fresh if not isinstance(old, Page)}  # free pages are not searched
    search_files, gone = search.update(site, indexed, set()) if search is not None and indexed else ({}, set())
    written += sum(target.write(path, data) for path, data in sorted(search_files.items()))
    for path in sorted(gone):
        target.remove(path)
    files = sorted((set(previous.files) - gone) | set(search_files))
    nodes_state = {**previous.nodes, **{key: value for key, value in prints.items() if key in previous.nodes}}
    built = BuildState(previous.settings, now_sources, previous.theme, previous.warnings, nodes_state, pages, files)
    return Patched(built, len(stale), written + len(gone))

