"""Plan every output page of a site: its address, template, context and QR code."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

from . import qr, urls
from .model import Alias, Document, Matter, Organization, Page, Site, Term
from .theme import Theme

DOCUMENTS_PER_PAGE = 50
WINDOW = 2  # pages linked either side of the current one


@dataclass(frozen=True)
class Crumb:
    label: str
    path: str | None = None  # None for the current page


@dataclass(frozen=True)
class Pagination:
    number: int
    count: int
    paths: tuple[str, ...]

    @property
    def previous(self) -> str | None:
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.paths[self.number] if self.number < self.count else None

    @property
    def window(self) -> list[tuple[int, str] | None]:
        """Return the pages to link as (number, path): the first, the last and two either side
        of this one, with None where pages are left out.

        A stage of 4,000 documents has 80 pages: linking all of them from each would put
        6,400 links on those pages alone, and no resident reads a row of 80 numbers.
        """
        near = range(max(1, self.number - WINDOW), min(self.count, self.number + WINDOW) + 1)
        shown, previous = [], 0
        for number in sorted({1, self.count, *near}):
            if number - previous == 2:
                shown.append((previous + 1, self.paths[previous]))  # a gap of one page: show it
            elif number - previous > 2:
                shown.append(None)
            shown.append((number, self.paths[number - 1]))
            previous = number
        return shown


@dataclass(frozen=True)
class Output:
    """One page to write: where, with which template, from what, and who claims the address."""

    path: str
    template: str
    source: str
    context: dict[str, Any] = field(default_factory=dict)
    qr: qr.QrCode | None = None  # the code shown on the page; None without base_url


def plan(site: Site, theme: Theme) -> list[Output]:
    """Return every page of the site, in a stable order, with the QR code each shows."""
    s = theme.strings
    home = Crumb(s["nav"]["home"], urls.HOME)
    outputs = [
        Output(urls.HOME, "home.html", "site.yaml", {"title": site.title, "crumbs": ()}),
        Output(urls.CATALOGUE, "catalogue.html", "site.yaml",
               {"title": s["catalogue"]["title"], "crumbs": (home, Crumb(s["catalogue"]["title"]))}),
        Output(urls.NOT_FOUND, "404.html", "site.yaml",
               {"title": s["not_found"]["title"], "crumbs": (home, Crumb(s["not_found"]["title"]))}),
        Output(urls.ORGANIZATIONS, "organizations.html", "site.yaml",
               {"title": s["organizations"]["title"], "crumbs": (home, Crumb(s["organizations"]["title"]))}),
        Output(urls.TAGS, "tags.html", "site.yaml",
               {"title": s["tags"]["title"], "crumbs": (home, Crumb(s["tags"]["title"]))}),
        Output(urls.SEARCH, "search.html", "site.yaml",
               {"title": s["search"]["title"], "crumbs": (home, Crumb(s["search"]["title"]))}),
    ]
    outputs += [_matter(m, home) for m in site.matters]
    outputs += [_document(d, home) for d in site.documents]
    outputs += [_page(p, home) for p in site.pages]
    for terms in (site.domains, site.stages, site.categories, site.lists, site.levels, site.organizations, site.tags):
        for term in terms:
            outputs += list(_term_pages(term, home, s))
    outputs += [_alias(a) for a in site.aliases]
    if site.base_url:
        outputs += _posters(site, home, s)
        outputs = [_with_qr(site, output) for output in outputs]
    return outputs


# Pages that carry their own QR code: what residents scan from screens, posters and counters.
QR_TEMPLATES = {"home.html", "catalogue.html", "matter.html", "document.html"}


def _with_qr(site: Site, output: Output) -> Output:
    domain_front = (output.template == "term.html" and output.context["item"].kind == "domain"
                    and output.context["pagination"].number == 1)
    if output.template in QR_TEMPLATES or domain_front:
        return replace(output, qr=qr.code_for(urls.absolute(site.base_url, output.path)))
    if output.template in ("poster.html", "labels.html"):
        return replace(output, context={**output.context, "codes": {
            m.id: qr.code_for(urls.absolute(site.base_url, m.path)) for m in output.context["matters"]}})
    return output


def item_codes(base_url: str, matters: list[str], documents: list[str]) -> list[qr.QrCode]:
    """Return the QR codes of the pages of these matters and published documents, as _with_qr gives
    them: known from the records, so a first build can start on them before the site is planned."""
    paths = [*map(urls.matter_path, matters), *map(urls.document_path, documents)]
    return [qr.code_for(urls.absolute(base_url, path)) for path in paths]


def _posters(site: Site, home: Crumb, s: dict) -> list[Output]:
    index = Crumb(s["posters"]["title"], urls.POSTERS)
    outputs = [Output(urls.POSTERS, "posters.html", "site.yaml",
                      {"title": s["posters"]["title"], "crumbs": (home, Crumb(s["posters"]["title"]))})]
    outputs += [_poster(m, home, index) for m in site.matters]
    outputs += [Output(urls.labels_path(d.id), "labels.html", f"site.yaml (domain {d.id})",
                       {"title": s["posters"]["labels_title"].format(domain=d.name), "matters": d.matters,
                        "domain": d, "crumbs": (home, index, Crumb(d.name))})
                for d in site.domains if d.matters]
    return outputs


def item_outputs(site: Site, theme: Theme, item: Matter | Document | Page) -> list[Output]:
    """Return the pages whose plan holds an item's title: its own page, its poster, its aliases' pages."""
    s = theme.strings
    home = Crumb(s["nav"]["home"], urls.HOME)
    if isinstance(item, Matter):
        outputs = [_matter(item, home)]
        if site.base_url:
            outputs.append(_poster(item, home, Crumb(s["posters"]["title"], urls.POSTERS)))
    elif isinstance(item, Document):
        outputs = [_document(item, home)]
    else:
        outputs = [_page(item, home)]
    outputs += [_alias(a) for a in site.aliases if a.target_path == item.path]
    return [_with_qr(site, output) for output in outputs] if site.base_url else outputs


def _poster(matter: Matter, home: Crumb, index: Crumb) -> Output:
    return Output(urls.poster_path(matter.id), "poster.html", matter.source,
                  {"title": matter.title, "matters": [matter], "crumbs": (home, index, Crumb(matter.title))})


def _page(page: Page, home: Crumb) -> Output:
    return Output(page.path, "page.html", page.source, {"title": page.title, "item": page,
                                                         "crumbs": (home, Crumb(page.title))})


def _alias(alias: Alias) -> Output:
    return Output(alias.path, "alias.html", alias.source, {"title": alias.title, "alias": alias, "crumbs": ()})


def _matter(matter: Matter, home: Crumb) -> Output:
    crumbs = (home, Crumb(matter.domain.name, matter.domain.path), Crumb(matter.title))
    return Output(matter.path, "matter.html", matter.source, {"title": matter.title, "item": matter, "crumbs": crumbs})


def _document(document: Document, home: Crumb) -> Output:
    crumbs = (home, Crumb(document.stage.name, document.stage.path),
              Crumb(document.category.name, document.category.path), Crumb(document.title))
    return Output(document.path, "document.html", document.source,
                  {"title": document.title, "item": document, "crumbs": crumbs})


def _term_pages(term: Term, home: Crumb, strings: dict) -> Iterator[Output]:
    count = max(1, math.ceil(len(term.documents) / DOCUMENTS_PER_PAGE))
    paths = tuple(urls.term_path(term.kind, term.id, n) for n in range(1, count + 1))
    parents = [Crumb(p.name, p.path) for p in _term_parents(term)]
    kind_label = strings["kinds"][term.kind]
    for number, path in enumerate(paths, start=1):
        documents = term.documents[(number - 1) * DOCUMENTS_PER_PAGE:number * DOCUMENTS_PER_PAGE]
        title = term.name if number == 1 else f'{term.name}（{strings["pagination"]["page"].format(number=number)}）'
        yield Output(path, "term.html", f"site.yaml ({term.kind} {term.id})", {
            "title": title, "item": term, "kind_label": kind_label, "documents": documents,
            "pagination": Pagination(number, count, paths), "crumbs": (home, *parents, Crumb(term.name)),
        })


def _term_parents(term: Term) -> list[Term]:
    if isinstance(term, Organization):
        chain, parent = [], term.parent
        while parent is not None and parent not in chain:
            chain.insert(0, parent)
            parent = parent.parent
        return chain
    stage = getattr(term, "stage", None)
    return [stage] if stage is not None else []
