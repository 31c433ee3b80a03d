"""Plan every output page of a site, then render each through the theme."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

import jinja2
from markupsafe import Markup

from . import markdown, qr, urls
from .model import Document, Matter, Organization, Site, Term
from .theme import Theme, ThemeError, make_environment

DOCUMENTS_PER_PAGE = 50
OFFSITE_LINK = re.compile(r'<a href="(https?://[^"]+)"[^>]*>(.*?)</a>', re.S)


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
    outputs += [Output(p.path, "page.html", p.source, {"title": p.title, "item": p, "crumbs": (home, Crumb(p.title))})
                for p in site.pages]
    for terms in (site.domains, site.stages, site.categories, site.lists, site.levels, site.organizations, site.tags):
        for term in terms:
            outputs += list(_term_pages(term, home, s))
    outputs += [Output(a.path, "alias.html", a.source, {"title": a.title, "alias": a, "crumbs": ()})
                for a in site.aliases]
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


def _posters(site: Site, home: Crumb, s: dict) -> list[Output]:
    index = Crumb(s["posters"]["title"], urls.POSTERS)
    outputs = [Output(urls.POSTERS, "posters.html", "site.yaml",
                      {"title": s["posters"]["title"], "crumbs": (home, Crumb(s["posters"]["title"]))})]
    outputs += [Output(urls.poster_path(m.id), "poster.html", m.source,
                       {"title": m.title, "matters": [m], "crumbs": (home, index, Crumb(m.title))})
                for m in site.matters]
    outputs += [Output(urls.labels_path(d.id), "labels.html", f"site.yaml (domain {d.id})",
                       {"title": s["posters"]["labels_title"].format(domain=d.name), "matters": d.matters,
                        "domain": d, "crumbs": (home, index, Crumb(d.name))})
                for d in site.domains if d.matters]
    return outputs


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


class Renderer:
    """Renders planned pages; one environment and one Markdown parser serve the whole build."""

    def __init__(self, site: Site, theme: Theme) -> None:
        self.site = site
        self.parser = markdown.make_parser()
        self.env = make_environment(theme)
        self.env.globals.update(site=site, markdown=self._markdown, canonical=self._canonical, offsite=self.offsite,
                                chrome=self._chrome)
        self.offsite_codes: dict[str, qr.QrCode] = {}  # kiosk: codes for addresses that leave the site
        self._chrome_cache: dict[tuple[str, str, bool], Markup] = {}

    @jinja2.pass_context
    def _chrome(self, context: jinja2.runtime.Context, part: str) -> Markup:
        """Return the header or footer, rendered once per folder: it was half of each page's time."""
        page_path = context["page_path"]
        key = (part, page_path.rpartition("/")[0], page_path == urls.SEARCH)
        if key not in self._chrome_cache:
            template = self.env.get_template(f"chrome_{part}.html")
            self._chrome_cache[key] = Markup(template.render(page_path=page_path))
        return self._chrome_cache[key]

    def offsite(self, url: str) -> qr.QrCode:
        """Return the QR code for an address outside the site, to be written with the others."""
        code = qr.code_for(url)
        self.offsite_codes[code.path] = code
        return code

    @jinja2.pass_context
    def _markdown(self, context: jinja2.runtime.Context, body: Any) -> Markup:
        html = markdown.render(self.parser, body, context["page_path"], self.site.resolve)
        if self.site.kiosk:
            # A kiosk is offline: a link that leaves the site becomes a code to scan with a phone.
            html = OFFSITE_LINK.sub(lambda m: self._offsite_html(m, context["page_path"]), html)
        return Markup(html)

    def _offsite_html(self, match: re.Match, page_path: str) -> str:
        code = self.offsite(Markup(match[1]).unescape())
        alt = Markup.escape(f"{self.env.globals['t']['kiosk']['scan']} {code.url}")
        return (f'<span class="zw-offsite">{match[2]}<img class="zw-offsite__qr" src="{urls.relative(page_path, code.path)}"'
                f' data-qr="{match[1]}" alt="{alt}" width="96" height="96"></span>')

    @jinja2.pass_context
    def _canonical(self, context: jinja2.runtime.Context) -> str:
        # Without base_url there is no public address: point at the page itself.
        path = context["page_path"]
        return urls.absolute(self.site.base_url, path) if self.site.base_url else urls.relative(path, path)

    def render(self, output: Output) -> bytes:
        """Return the bytes of one page."""
        try:
            template = self.env.get_template(output.template)
            html = template.render(page_path=output.path, qr=output.qr, **output.context)
        except jinja2.TemplateSyntaxError as exc:
            raise ThemeError(f"{exc.filename}:{exc.lineno}: template error: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise ThemeError(f"template {output.template} failed on {output.path}: {exc}") from exc
        return html.encode("utf-8")
