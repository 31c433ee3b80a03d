"""The site model: plain data, built once from validated content, read (never changed) by themes.

Links are two-way and resolved once in `graph.py`: a matter holds its documents and each of
those documents holds the matter; every taxonomy term holds the items filed under it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterator, Union

from .vocabulary import STAGES


@dataclass(eq=False)
class Body:
    """A Markdown text and where it starts in its file; parsed only when its page is rendered."""

    text: str
    source: str
    line: int
    # The links in it (markdown.LinkRef), when found as its file was read: in the workers that
    # read the files, not in the serial step that checks them (graph._check_body_links).
    links: tuple | None = field(default=None, repr=False)


class NodeRepr:
    """Nodes print as their key: a list of linked nodes reads, and fingerprints, as their keys."""

    key: str

    def __repr__(self) -> str:
        return self.key


@dataclass(eq=False, repr=False)
class Term(NodeRepr):
    """A taxonomy term with a page: domain, stage, category, list, level, organization or tag."""

    kind: str
    id: str
    name: str
    path: str
    matters: list["Matter"] = field(default_factory=list)
    documents: list["Document"] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Return the id of this node among every node of the site, for dependency records."""
        return f"{self.kind}:{self.id}"


@dataclass(eq=False, repr=False)
class Category(Term):
    stage: Term | None = None
    required: tuple[str, ...] = ()
    disclosure_days: int | None = None  # active-disclosure time limit, working days (default 20)
    stale_after: str = ""  # e.g. 2w, 6m, 1y: older than this, the column counts as not updated
    needs_interpretation: bool = False  # its valid documents need a 政策解读


@dataclass(eq=False, repr=False)
class Stage(Term):
    categories: list[Category] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class Organization(Term):
    level: Term | None = None
    code: str = ""
    parent: "Organization | None" = None
    children: list["Organization"] = field(default_factory=list)


@dataclass(eq=False, repr=False)
class Place(NodeRepr):
    id: str
    name: str
    address: str
    lat: float | None = None
    lon: float | None = None
    hours: str = ""
    phone: str = ""
    kind: str = ""
    matters: list["Matter"] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"place:{self.id}"


@dataclass(frozen=True)
class Material:
    name: str
    copies: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    who: str = ""
    days: int | None = None


@dataclass(eq=False)
class Faq:
    question: str
    answer: Body


@dataclass(eq=False)
class CatalogueRow:
    """One disclosable item of a matter, in the ten national columns."""

    matter: "Matter"
    item: str
    stage: Term
    content: str = ""
    basis: str = ""
    time_limit: str = ""
    subject: str = ""
    channels: tuple[str, ...] = ()
    audience: str = ""
    method: str = ""
    levels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attachment:
    file: str  # relative to files/
    title: str
    size: int
    path: str  # output path, files/…

    @property
    def extension(self) -> str:
        return self.file.rsplit(".", 1)[-1].upper() if "." in self.file else ""


@dataclass(eq=False, repr=False)
class Matter(NodeRepr):
    id: str
    title: str
    source: str
    path: str
    domain: Term
    list: Term
    department: Organization
    level: Term
    body: Body
    basis: tuple[str, ...] = ()
    statutory_days: int | None = None
    promised_days: int | None = None
    max_visits: int | None = None
    fee: str = ""
    conditions: Body | None = None
    materials: tuple[Material, ...] = ()
    steps: tuple[Step, ...] = ()
    places: tuple[Place, ...] = ()
    online_url: str = ""
    phone: str = ""
    tags: tuple[Term, ...] = ()
    hot: bool = False
    faq: tuple[Faq, ...] = ()
    catalogue: tuple[CatalogueRow, ...] = ()
    aliases: tuple[str, ...] = ()
    documents: list["Document"] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"matter:{self.id}"

    @property
    def time_cut_percent(self) -> int | None:
        """Return how much shorter the promised time limit is than the statutory one, in %."""
        if not self.statutory_days or self.promised_days is None:
            return None
        return round(100 * (self.statutory_days - self.promised_days) / self.statutory_days)

    @property
    def documents_by_stage(self) -> list[tuple[str, str, list["Document"]]]:
        """Return (stage id, stage label, documents) for each of the five stages that has any."""
        groups = []
        for stage_id, label in STAGES.items():
            docs = [d for d in self.documents if d.stage.id == stage_id]
            if docs:
                groups.append((stage_id, label, docs))
        return groups


@dataclass(eq=False, repr=False)
class Document(NodeRepr):
    id: str
    title: str
    source: str
    path: str
    category: Category
    publisher: Organization
    body: Body
    published: dt.date | None = None
    written: dt.date | None = None
    number: str = ""
    index_no: str = ""
    keywords: tuple[str, ...] = ()
    validity: str = "valid"
    valid_until: dt.date | None = None
    disclosure: str = "active"
    summary: str = ""
    draft: bool = False
    attachments: tuple[Attachment, ...] = ()
    aliases: tuple[str, ...] = ()
    matters: list[Matter] = field(default_factory=list)
    interprets: "Document | None" = None
    interpreted_by: list["Document"] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"document:{self.id}"

    @property
    def stage(self) -> Term:
        assert self.category.stage is not None
        return self.category.stage

    @property
    def domains(self) -> list[Term]:
        """Return the domains this document reaches through its matters, in site order."""
        seen: dict[str, Term] = {}
        for matter in self.matters:
            seen.setdefault(matter.domain.id, matter.domain)
        return list(seen.values())


@dataclass(eq=False, repr=False)
class Page(NodeRepr):
    id: str
    title: str
    source: str
    path: str
    body: Body
    summary: str = ""
    order: int = 0
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"page:{self.id}"


@dataclass(frozen=True)
class Footer:
    site_code: str = ""
    icp: str = ""
    police_record: str = ""
    contact: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True, repr=False)
class Alias(NodeRepr):
    """An old address that must keep working: printed QR codes point at it."""

    path: str
    target_path: str
    title: str
    source: str

    @property
    def key(self) -> str:
        return f"alias:{self.path}"


@dataclass(eq=False)
class Site:
    title: str
    organization: str
    base_url: str
    language: str
    footer: Footer
    domains: list[Term]
    stages: list[Stage]
    categories: list[Category]
    lists: list[Term]
    levels: list[Term]
    organizations: list[Organization]
    tags: list[Term]
    places: list[Place]
    matters: list[Matter]
    documents: list[Document]  # published only, newest first (document_order); drafts are in `drafts`
    drafts: list[Document]
    pages: list[Page]
    aliases: list[Alias]
    files: list[str]  # every file under files/, relative to it
    links: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id or alias) → output path
    kiosk: bool = False
    kiosk_idle_seconds: int = 120  # a kiosk left alone returns to the home page
    abbreviations: dict[str, list[str]] = field(default_factory=dict)  # site additions to search
    source: str = "site.yaml"  # as editors know it, e.g. content/site.yaml
    digests: dict[str, str] = field(default_factory=dict)  # each source file's digest, by `source` path

    def resolve(self, kind: str, item_id: str) -> str | None:
        """Return the output path of a matter, document or page named in content, aliases included."""
        return self.links.get((kind, item_id))

    @property
    def hot_matters(self) -> list[Matter]:
        return [m for m in self.matters if m.hot]

    @property
    def catalogue_rows(self) -> list[CatalogueRow]:
        return [row for matter in self.matters for row in matter.catalogue]

    def nodes(self) -> Iterator[Node]:
        """Yield every node a page can show: taxonomy terms, places, matters, documents, pages, aliases."""
        for terms in (self.domains, self.stages, self.categories, self.lists, self.levels, self.organizations,
                      self.tags):
            yield from terms
        yield from self.places
        yield from self.matters
        yield from self.documents
        yield from self.pages
        yield from self.aliases


# What a page can read and the build tracks: each has a `key` unique in its site.
Node = Union[Term, Place, "Matter", "Document", "Page", "Alias"]
NODE_TYPES = frozenset({Term, Category, Stage, Organization, Place, Matter, Document, Page, Alias})


def document_order(document: Document) -> tuple:
    """Newest first, then by id: the stable order of every document list."""
    published = document.published or document.written or dt.date.min
    return (-published.toordinal(), document.id)
