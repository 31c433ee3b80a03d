"""Taxonomies from site.yaml and the fixed national vocabularies."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import urls
from . import vocabulary as vocab
from .content import Record
from .diagnostics import Report, suggest
from .model import Category, Organization, Stage, Term
from .schema import DOCUMENT


@dataclass
class Taxonomies:
    """Every taxonomy of a site, keyed by id, in the order site.yaml gives them."""

    domains: dict[str, Term] = field(default_factory=dict)
    stages: dict[str, Stage] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    lists: dict[str, Term] = field(default_factory=dict)
    levels: dict[str, Term] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    tags: dict[str, Term] = field(default_factory=dict)

    def tag(self, name: str) -> Term:
        """Return the tag term for a name, creating it on first use."""
        if name not in self.tags:
            tag_id = urls.tag_id(name)
            self.tags[name] = Term("tag", tag_id, name, urls.term_path("tag", tag_id))
        return self.tags[name]


def build_taxonomies(site: Record, report: Report) -> Taxonomies:
    """Return the site's taxonomies, reporting duplicate ids and unknown parents."""
    taxonomies = Taxonomies()
    taxonomies.stages = {sid: Stage("stage", sid, name, urls.term_path("stage", sid)) for sid, name in vocab.STAGES.items()}
    taxonomies.lists = _fixed("list", vocab.LISTS)
    taxonomies.levels = _fixed("level", vocab.LEVELS)
    for index, entry in _entries(site, "domains", report):
        taxonomies.domains[entry["id"]] = Term("domain", entry["id"], entry["name"], urls.term_path("domain", entry["id"]))
    for index, entry in _entries(site, "categories", report):
        stage = taxonomies.stages[entry["stage"]]
        category = Category("category", entry["id"], entry["name"], urls.term_path("category", entry["id"]),
                            stage=stage, required=tuple(entry.get("required", ())),
                            disclosure_days=entry.get("disclosure_days"), stale_after=entry.get("stale_after", ""),
                            needs_interpretation=entry.get("needs_interpretation", False))
        stage.categories.append(category)
        taxonomies.categories[category.id] = category
    _check_required_keys(site, taxonomies, report)
    for index, entry in _entries(site, "organizations", report):
        taxonomies.organizations[entry["id"]] = Organization(
            "organization", entry["id"], entry["name"], urls.term_path("organization", entry["id"]),
            level=taxonomies.levels[entry["level"]], code=entry.get("code", ""))
    _link_parents(site, taxonomies, report)
    return taxonomies


def _fixed(kind: str, labels: dict[str, str]) -> dict[str, Term]:
    return {tid: Term(kind, tid, name, urls.term_path(kind, tid)) for tid, name in labels.items()}


def _entries(site: Record, key: str, report: Report):
    """Yield (index, entry) for the complete entries of a list in site.yaml, reporting repeated ids."""
    seen: dict[str, int] = {}
    for index, entry in enumerate(site.values.get(key, ())):
        if not {"id", "name"} <= entry.keys() or (key != "domains" and not _has_vocabulary(key, entry)):
            continue
        if entry["id"] in seen:
            report.error(site.source, site.line(key, index, "id"),
                         f'{key} id "{entry["id"]}" is used twice (first on line {seen[entry["id"]]})',
                         "ids must be unique: rename one of the two")
            continue
        seen[entry["id"]] = site.line(key, index, "id")
        yield index, entry


def _has_vocabulary(key: str, entry: dict) -> bool:
    return "stage" in entry if key == "categories" else "level" in entry


def _check_required_keys(site: Record, taxonomies: Taxonomies, report: Report) -> None:
    for index, entry in enumerate(site.values.get("categories", ())):
        for position, key in enumerate(entry.get("required", ())):
            if key not in DOCUMENT:
                hint = suggest(key, DOCUMENT)
                report.error(site.source, site.line("categories", index, "required", position),
                             f'category "{entry.get("id")}" requires an unknown document key "{key}"',
                             hint or "use keys a document can have, e.g. number, keywords, summary")


def _link_parents(site: Record, taxonomies: Taxonomies, report: Report) -> None:
    organizations = taxonomies.organizations
    for index, entry in enumerate(site.values.get("organizations", ())):
        parent_id = entry.get("parent")
        child = organizations.get(entry.get("id", ""))
        if not parent_id or child is None:
            continue
        parent = organizations.get(parent_id)
        if parent is None or parent is child:
            hint = suggest(parent_id, organizations)
            report.error(site.source, site.line("organizations", index, "parent"),
                         f'organization "{child.id}" has an unknown parent "{parent_id}"',
                         hint or "use the id of another organization in this list")
            continue
        child.parent = parent
        parent.children.append(child)
