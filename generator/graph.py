"""Build the site model from checked content: resolve every reference, link both ways, derive values."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from . import index_numbers, markdown, urls
from .content import Content, Record
from .diagnostics import Report, suggest
from .model import (Alias, Attachment, Body, CatalogueRow, Document, Faq, Footer, Material, Matter, Page,
                    Place, Site, Step, document_order)
from .terms import Taxonomies, build_taxonomies


@dataclass
class Builder:
    """Turns checked records into the linked site model, reporting every dangling reference."""

    content: Content
    report: Report
    taxonomies: Taxonomies

    def ref(self, record: Record, key: str, table: dict[str, Any], what: str, *path: Any) -> Any:
        """Return the item a record names under `key`, or None after reporting an unknown id."""
        value = record.values.get(key) if not path else _dig(record.values, (key, *path))
        if value is None:
            return None
        found = table.get(value)
        if found is None and value not in self.content.declared.get(what, ()):
            hint = suggest(value, table)
            self.report.error(record.source, record.line(key, *path), f'unknown {what} "{value}"',
                              hint or f"use the id of a {what} defined in {_where_defined(what)}")
        return found

    def body(self, record: Record, text: str | None, line: int) -> Body | None:
        # Not parsed here: Markdown parsing was 85% of loading a district, and rendering
        # (in parallel workers) parses each body anyway. Links are checked by markdown.links.
        return Body(text, record.source, line) if text and text.strip() else None

    def own_body(self, record: Record) -> Body:
        """Return the Markdown after a file's front matter (empty when blank), with the links found
        where the file was read."""
        text = record.body if record.body.strip() else ""
        return Body(text, record.source, record.body_line, record.links)


@dataclass
class Linked:
    """The site model, and the taxonomies its items were filed under (`serve` links edited items with them)."""

    site: Site
    taxonomies: Taxonomies


def build_site(content: Content, report: Report) -> Site | None:
    """Return the linked site model, or None when site.yaml is unusable; all problems go to `report`."""
    linked = link(content, report)
    return linked.site if linked else None


def link(content: Content, report: Report) -> Linked | None:
    """Return the linked site model and its taxonomies, or None when site.yaml is unusable."""
    if content.site is None:
        return None
    taxonomies = build_taxonomies(content.site, report)
    builder = Builder(content, report, taxonomies)
    places = {r.id: _place(r) for r in content.places}
    matters = [m for m in (_matter(builder, r, places) for r in content.matters) if m]
    documents = [d for d in (_document(builder, r) for r in content.documents) if d]
    pages = [_page(builder, r) for r in content.pages]
    by_id = {m.id: m for m in matters}, {d.id: d for d in documents}
    _link_matters_documents(builder, by_id[0], by_id[1])
    _link_interpretations(builder, by_id[1])
    published = sorted((d for d in documents if not d.draft), key=document_order)
    index_numbers.assign(published)
    _check_index_numbers(report, published)
    _file_under_terms(matters, published)
    site = _site(content.site, taxonomies, places, matters, published, documents, pages, sorted(content.files))
    site.aliases = _aliases(report, content, site)
    site.links = _links(site)
    _check_body_links(report, site, documents, content.declared)
    return Linked(site, taxonomies)


def relink(linked: Linked, content: Content, record: Record, report: Report) -> Matter | Document | Page | None:
    """Return a new node for one edited item, linked to nothing yet; problems go to `report`.

    Its references are checked, and so are the links in its text, against the site as it is.
    """
    builder = Builder(content, report, linked.taxonomies)
    places = {place.id: place for place in linked.site.places}
    node = {"matter": lambda: _matter(builder, record, places), "document": lambda: _document(builder, record),
            "page": lambda: _page(builder, record)}[record.kind]()
    if node is None:
        return None
    bodies = [node.body] + ([node.conditions, *(f.answer for f in node.faq)] if isinstance(node, Matter) else [])
    drafts, files = {d.id for d in linked.site.drafts}, set(linked.site.files)
    for body in filter(None, bodies):
        for ref in markdown.links(body):
            _check_link(report, linked.site, ref, drafts, files, body.source, content.declared)
    return node


def _where_defined(what: str) -> str:
    return {"matter": "matters/", "document": "documents/", "place": "places.yaml"}.get(what, "site.yaml")


def _dig(values: dict, path: tuple) -> Any:
    for part in path:
        try:
            values = values[part]
        except (KeyError, IndexError, TypeError):
            return None
    return values


def _place(record: Record) -> Place:
    v = record.values
    return Place(record.id, v["name"], v.get("address", ""), v.get("lat"), v.get("lon"), v.get("hours", ""),
                 v.get("phone", ""), v.get("kind", ""))


def _matter(builder: Builder, record: Record, places: dict[str, Place]) -> Matter | None:
    t, v = builder.taxonomies, record.values
    domain = builder.ref(record, "domain", t.domains, "domain")
    department = builder.ref(record, "department", t.organizations, "organization")
    matter_places = [builder.ref(record, "places", places, "place", i) for i in range(len(v.get("places", ())))]
    _check_days(builder.report, record)
    if domain is None or department is None or not {"title", "list"} <= v.keys():
        return None
    matter = Matter(
        id=record.id, title=v["title"], source=record.source, path=urls.matter_path(record.id),
        domain=domain, list=t.lists[v["list"]], department=department, level=t.levels[v.get("level", "district")],
        body=builder.own_body(record),
        basis=tuple(v.get("basis", ())), statutory_days=v.get("statutory_days"),
        promised_days=v.get("promised_days"), max_visits=v.get("max_visits"), fee=v.get("fee", ""),
        conditions=builder.body(record, v.get("conditions"), record.line("conditions") + 1),
        materials=tuple(Material(m["name"], m.get("copies"), m.get("note", "")) for m in v.get("materials", ())),
        steps=tuple(Step(i + 1, s["name"], s.get("who", ""), s.get("days")) for i, s in enumerate(v.get("steps", ()))),
        places=tuple(p for p in matter_places if p), online_url=v.get("online_url", ""), phone=v.get("phone", ""),
        tags=tuple(dict.fromkeys(t.tag(name) for name in v.get("tags", ()))), hot=v.get("hot", False),
        faq=tuple(Faq(f["q"], builder.body(record, f["a"], record.line("faq", i, "a"))) for i, f in
                  enumerate(v.get("faq", ())) if "q" in f and "a" in f),
        aliases=tuple(v.get("aliases", ())),
    )
    matter.catalogue = tuple(_catalogue_row(t, matter, row) for row in v.get("catalogue", ()) if _complete(row))
    return matter


def _complete(row: dict) -> bool:
    return "item" in row and "stage" in row


def _catalogue_row(t: Taxonomies, matter: Matter, row: dict) -> CatalogueRow:
    return CatalogueRow(
        matter=matter, item=row["item"], stage=t.stages[row["stage"]], content=row.get("content", ""),
        basis=row.get("basis", ""), time_limit=row.get("time_limit", ""), subject=row.get("subject", ""),
        channels=tuple(row.get("channels", ())), audience=row.get("audience", ""), method=row.get("method", ""),
        levels=tuple(row.get("levels", ())),
    )


def _check_days(report: Report, record: Record) -> None:
    statutory, promised = record.values.get("statutory_days"), record.values.get("promised_days")
    if statutory is not None and promised is not None and promised > statutory:
        report.error(record.source, record.line("promised_days"),
                     f"promised_days ({promised}) is longer than statutory_days ({statutory})",
                     "the promised time limit must not exceed the statutory one: check both numbers")


def _document(builder: Builder, record: Record) -> Document | None:
    t, v, report = builder.taxonomies, record.values, builder.report
    category = builder.ref(record, "category", t.categories, "category")
    publisher = builder.ref(record, "publisher", t.organizations, "organization")
    draft = v.get("draft", False)
    if not draft and "published" not in v and ("published",) not in record.meta.lines:
        report.error(record.source, record.line(), 'missing required key "published"',
                     "add a line 'published: YYYY-MM-DD', or 'draft: true' if it is not published yet")
    _check_document_dates(report, record)
    if category is not None:
        _check_category_keys(report, record, category.id, category.required)
    attachments = _attachments(builder, record)
    if category is None or publisher is None or "title" not in v or (not draft and "published" not in v):
        return None
    return Document(
        id=record.id, title=v["title"], source=record.source, path=urls.document_path(record.id),
        category=category, publisher=publisher,
        body=builder.own_body(record),
        published=v.get("published"), written=v.get("written"), number=v.get("number", ""),
        index_no=v.get("index_no", ""), keywords=tuple(v.get("keywords", ())), validity=v.get("validity", "valid"),
        valid_until=v.get("valid_until"), disclosure=v.get("disclosure", "active"), summary=v.get("summary", ""),
        draft=draft, attachments=attachments, aliases=tuple(v.get("aliases", ())),
    )


def _check_document_dates(report: Report, record: Record) -> None:
    v = record.values
    written, published = v.get("written"), v.get("published")
    if written and published and written > published:
        report.error(record.source, record.line("written"),
                     f"written ({written}) is after published ({published})",
                     "a document is written (成文日期) before it is published (发布日期): check both dates")
    if v.get("draft") and not written:
        report.error(record.source, record.line(), 'a draft needs "written"',
                     "add 'written: YYYY-MM-DD': reminders count the disclosure time limit from it")


def _check_category_keys(report: Report, record: Record, category_id: str, required: tuple[str, ...]) -> None:
    for key in required:
        if key not in record.values:
            report.error(record.source, record.line("category"),
                         f'category "{category_id}" requires "{key}", which this document does not give',
                         f"add a line '{key}: …' (site.yaml lists what each category requires)")


def _attachments(builder: Builder, record: Record) -> tuple[Attachment, ...]:
    found = []
    sizes = builder.content.files
    for index, entry in enumerate(record.values.get("attachments", ())):
        if "file" not in entry:
            continue
        name = entry["file"].strip().lstrip("/")
        name = name[len("files/"):] if name.startswith("files/") else name
        line = record.line("attachments", index, "file")
        normal = posixpath.normpath(name)
        if normal not in sizes:
            outside = normal.startswith("..")
            builder.report.error(record.source, line,
                                 f'attachment "{entry["file"]}" is {"outside files/" if outside else "not in files/"}',
                                 "put the file under files/ and give its path relative to files/"
                                 + _nearby(normal, sizes))
            continue
        found.append(Attachment(normal, entry.get("title") or posixpath.basename(normal), sizes[normal],
                                urls.file_path(normal)))
    return tuple(found)


def _nearby(name: str, files: Iterable[str]) -> str:
    hint = suggest(name, files)
    return f"; {hint}" if hint else ""


def _page(builder: Builder, record: Record) -> Page:
    v = record.values
    return Page(record.id, v.get("title", record.id), record.source, urls.page_path(record.id),
                builder.own_body(record),
                v.get("summary", ""), v.get("order", 0), tuple(v.get("aliases", ())))


def _link_matters_documents(builder: Builder, matters: dict[str, Matter], documents: dict[str, Document]) -> None:
    """Link matters and documents both ways, whichever side named the other."""
    pairs: set[tuple[str, str]] = set()
    for record in builder.content.matters:
        for index, doc_id in enumerate(record.values.get("documents", ())):
            if builder.ref(record, "documents", documents, "document", index) and record.id in matters:
                pairs.add((record.id, doc_id))
    for record in builder.content.documents:
        for index, matter_id in enumerate(record.values.get("matters", ())):
            if builder.ref(record, "matters", matters, "matter", index) and record.id in documents:
                pairs.add((matter_id, record.id))
    for matter_id, doc_id in sorted(pairs):
        matter, document = matters[matter_id], documents[doc_id]
        document.matters.append(matter)
        if not document.draft:
            matter.documents.append(document)
    for matter in matters.values():
        matter.documents.sort(key=document_order)


def _link_interpretations(builder: Builder, documents: dict[str, Document]) -> None:
    for record in builder.content.documents:
        target = builder.ref(record, "interprets", documents, "document")
        if target is None or record.id not in documents:
            continue
        if target.id == record.id:
            builder.report.error(record.source, record.line("interprets"), "a document cannot interpret itself",
                                 "give the id of the document this one explains")
            continue
        interpretation = documents[record.id]
        interpretation.interprets = target
        if not interpretation.draft:
            target.interpreted_by.append(interpretation)
    for document in documents.values():
        document.interpreted_by.sort(key=document_order)


def _check_index_numbers(report: Report, documents: list[Document]) -> None:
    first: dict[str, Document] = {}
    for document in sorted(documents, key=lambda d: d.source):
        other = first.setdefault(document.index_no, document)
        if other is not document:
            report.error(document.source, 1, f'index number (索引号) "{document.index_no}" is also used by {other.source}',
                         "each document needs its own 索引号: change or remove index_no in one of them")


def _file_under_terms(matters: list[Matter], documents: list[Document]) -> None:
    """Fill every taxonomy term with its matters and documents (documents newest first)."""
    for matter in matters:
        for term in (matter.domain, matter.list, matter.level, matter.department, *matter.tags):
            term.matters.append(matter)
        for place in matter.places:
            place.matters.append(matter)
    for document in documents:
        terms = {id(t): t for t in (document.category, document.stage, document.publisher, *document.domains)}
        for term in terms.values():
            term.documents.append(document)


def _site(record: Record, t: Taxonomies, places: dict[str, Place], matters: list[Matter],
          published: list[Document], documents: list[Document], pages: list[Page], files: list[str]) -> Site:
    v = record.values
    return Site(
        title=v["title"] if "title" in v else "", organization=v.get("organization", ""),
        base_url=site_address(v), language=v.get("language", "zh-CN"),
        footer=Footer(**v.get("footer", {})),
        domains=list(t.domains.values()), stages=list(t.stages.values()), categories=list(t.categories.values()),
        lists=list(t.lists.values()), levels=list(t.levels.values()), organizations=list(t.organizations.values()),
        tags=sorted(t.tags.values(), key=lambda term: (-len(term.matters), term.name)),
        places=list(places.values()), matters=sorted(matters, key=lambda m: m.id), documents=published,
        drafts=sorted((d for d in documents if d.draft), key=lambda d: d.id),
        pages=sorted(pages, key=lambda p: (p.order, p.id)), aliases=[], files=files, kiosk=v.get("kiosk", False),
        abbreviations=v.get("search", {}).get("abbreviations", {}), source=record.source,
        kiosk_idle_seconds=v.get("kiosk_idle_seconds") or 120,
    )


def base_url(url: str) -> str:
    """Return a site's address as canonical links and QR codes use it."""
    # Canonical links and QR codes append addresses to it, so it must end in "/".
    return url if not url or url.endswith("/") else url + "/"


def site_address(values: dict, given: str | None = None) -> str:
    """Return the site's public address: `given` (--base-url) when there is one, else site.yaml's."""
    return base_url(given or values.get("base_url", ""))


def _aliases(report: Report, content: Content, site: Site) -> list[Alias]:
    """Return redirect pages for old ids, reporting any address claimed twice."""
    claims: dict[str, str] = {}
    for item in [*site.matters, *site.documents, *site.drafts, *site.pages]:
        claims[item.path] = item.source
    aliases = []
    records = {r.source: r for r in [*content.matters, *content.documents, *content.pages]}
    for item in [*site.matters, *site.documents, *site.pages]:
        path_of: Callable[[str], str] = {Matter: urls.matter_path, Document: urls.document_path,
                                         Page: urls.page_path}[type(item)]
        for index, old_id in enumerate(item.aliases):
            path = path_of(old_id)
            if path in claims:
                report.error(item.source, records[item.source].line("aliases", index),
                             f'alias "{old_id}" claims the address {path}, which {claims[path]} already has',
                             "two sources cannot share one address: remove the alias or rename the other file")
                continue
            claims[path] = item.source
            aliases.append(Alias(path, item.path, item.title, item.source))
    return sorted(aliases, key=lambda a: a.path)


def _links(site: Site) -> dict[tuple[str, str], str]:
    links: dict[tuple[str, str], str] = {}
    for kind, items in (("matter", site.matters), ("document", site.documents), ("page", site.pages)):
        for item in items:
            links[(kind, item.id)] = item.path
            for old_id in item.aliases:
                links.setdefault((kind, old_id), item.path)
    return links


def _check_body_links(report: Report, site: Site, documents: list[Document],
                      declared: dict[str, set[str]]) -> None:
    drafts = {d.id for d in documents if d.draft}
    files = set(site.files)
    bodies: list[Body | None] = []
    for matter in site.matters:
        bodies += [matter.body, matter.conditions, *(f.answer for f in matter.faq)]
    bodies += [d.body for d in site.documents] + [p.body for p in site.pages]
    for body in filter(None, bodies):
        for link in markdown.links(body):
            _check_link(report, site, link, drafts, files, body.source, declared)


def _check_link(report: Report, site: Site, link: markdown.LinkRef, drafts: set[str], files: set[str],
                source: str, declared: dict[str, set[str]]) -> None:
    if link.kind == "file":
        if link.target not in files:
            hint = suggest(link.target, files)
            report.error(source, link.line, f'link to a missing file "files/{link.target}"',
                         hint or "put the file under files/, or correct the path")
    elif site.resolve(link.kind, link.target) is None and link.target not in declared.get(link.kind, ()):
        if link.kind == "document" and link.target in drafts:
            report.error(source, link.line, f'link to document "{link.target}", which is a draft',
                         "a draft is not published: remove the link until it is")
            return
        known = [key[1] for key in site.links if key[0] == link.kind]
        hint = suggest(link.target, known)
        report.error(source, link.line, f'link to an unknown {link.kind} "{link.target}"',
                     hint or f"use the id (file name without .md) of an existing {link.kind}")
