"""Fingerprints of the site model: what each node looks like to a page, as a short digest.

A page is rebuilt when a node it read has a new fingerprint. A node's fingerprint covers
its own values and derived values, and names the nodes it links to by key only (nodes
print as their keys): a matter that lists a document changes when the list changes, not
when the document's title does; the pages that show that title read the document itself.

Values read straight from a node's own file are covered by that file's digest instead of
being printed one by one: printing every body took seconds at district scale. Terms come
from site.yaml, and a changed site.yaml rebuilds everything, so only their lists count.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
from typing import Any

from .model import Category, Document, Matter, Node, Organization, Page, Site, Stage, Term

SITE = "site."  # keys of the site's own values, e.g. "site.title", "site.documents"

SITE_YAML = frozenset({"kind", "id", "name", "path", "level", "code", "required", "disclosure_days", "stale_after",
                       "needs_interpretation"})
# Fields whose values come from the node's own file alone: its digest stands for them.
OWN_FIELDS: dict[type, frozenset[str]] = {
    Term: SITE_YAML, Category: SITE_YAML, Stage: SITE_YAML, Organization: SITE_YAML,
    Matter: frozenset({"id", "title", "source", "path", "body", "basis", "statutory_days", "promised_days",
                       "max_visits", "fee", "conditions", "materials", "steps", "online_url", "phone", "hot", "faq",
                       "catalogue", "aliases", "time_cut_percent"}),
    Document: frozenset({"id", "title", "source", "path", "body", "published", "written", "number", "keywords",
                         "validity", "valid_until", "disclosure", "summary", "draft", "aliases"}),
    Page: frozenset({"id", "title", "source", "path", "body", "summary", "order", "aliases"}),
}


def digest(value: Any) -> str:
    """Return a short stable digest of a model value (linked nodes print as their keys)."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=8).hexdigest()


def node_fingerprint(node: Node, digests: dict[str, str]) -> str:
    """Return the digest of a node: its file's digest, then every other field and derived value."""
    names = _derived_names(type(node))
    return digest([digests.get(getattr(node, "source", ""), ""), *[getattr(node, name) for name in names]])


def site_fingerprints(site: Site, digests: dict[str, str]) -> dict[str, str]:
    """Return the fingerprint of every node of the site, by key; `digests` are by source path."""
    return {node.key: node_fingerprint(node, digests) for node in site.nodes()}


def site_value_fingerprint(site: Site, key: str) -> str:
    """Return the fingerprint of one of the site's own values, e.g. "site.hot_matters"."""
    value = getattr(site, key[len(SITE):])
    if callable(value):
        raise TypeError(f"a template called {key}(): templates read the site's values, they call no methods")
    return digest(value)


def site_value_names() -> tuple[str, ...]:
    """Return the names of the site's values a template can read."""
    return _value_names(Site)


@functools.lru_cache(maxsize=None)
def _derived_names(kind: type) -> tuple[str, ...]:
    """Return a node class's fields and properties (but `key`) that its own file does not settle."""
    own = OWN_FIELDS.get(kind, frozenset())
    return tuple(name for name in _value_names(kind) if name not in own and name != "key")


@functools.lru_cache(maxsize=None)
def _value_names(kind: type) -> tuple[str, ...]:
    """Return a dataclass's fields, then its properties: the values a template can read of it."""
    properties = sorted(name for name in dir(kind) if isinstance(getattr(kind, name, None), property))
    return tuple([f.name for f in dataclasses.fields(kind)] + properties)
