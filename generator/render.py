"""Render planned pages through the theme, noting what each page read of the site model."""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any

import jinja2
import jinja2.meta
from markupsafe import Markup

from . import markdown, qr, recording, urls
from .model import NODE_TYPES, Site
from .plan import Output
from .theme import Theme, ThemeError, make_environment

OFFSITE_LINK = re.compile(r'<a href="(https?://[^"]+)"[^>]*>(.*?)</a>', re.S)
ITEM_KINDS = {"matters": "matter", "documents": "document", "pages": "page"}


@dataclass(frozen=True)
class Rendered:
    """One rendered page: its bytes, what it read (sorted keys), the off-site codes it shows."""

    data: bytes
    reads: tuple[str, ...]
    codes: tuple[qr.QrCode, ...] = ()


class Renderer:
    """Renders planned pages; one environment and one Markdown parser serve the whole build."""

    def __init__(self, site: Site, theme: Theme) -> None:
        self.site = site
        self.parser = markdown.make_parser()
        self.env = make_environment(theme)
        self.env.site = site
        self.env.globals.update(site=site, markdown=self._markdown, canonical=self._canonical, offsite=self.offsite,
                                chrome=self._chrome)
        self.templates = TemplateClosure(self.env)
        self._chrome_cache: dict[tuple[str, str, bool], tuple[Markup, frozenset]] = {}
        self._codes: dict[str, qr.QrCode] = {}  # off-site codes of the page being rendered

    def render(self, output: Output) -> Rendered:
        """Return one page, with every node and site value it read."""
        reads = _context_nodes(output.context)
        self.env.reads, self._codes = reads, {}
        try:
            template = self.env.get_template(output.template)
            html = template.render(page_path=output.path, qr=output.qr, **output.context)
        except jinja2.TemplateSyntaxError as exc:
            raise ThemeError(f"{exc.filename}:{exc.lineno}: template error: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise ThemeError(f"template {output.template} failed on {output.path}: {exc}") from exc
        finally:
            self.env.reads = None
        keys = recording.keys(reads) + self.templates.keys(output.template)
        return Rendered(html.encode("utf-8"), tuple(sorted(keys)), tuple(self._codes[p] for p in sorted(self._codes)))

    def forget(self, changed: set[str]) -> None:
        """Drop the header and footer rendered from nodes or values that changed since."""
        self._chrome_cache = {key: value for key, value in self._chrome_cache.items() if value[1].isdisjoint(changed)}

    @jinja2.pass_context
    def _chrome(self, context: jinja2.runtime.Context, part: str) -> Markup:
        """Return the header or footer, rendered once per folder: it was half of each page's time."""
        page_path = context["page_path"]
        key = (part, page_path.rpartition("/")[0], page_path == urls.SEARCH)
        page_reads = self.env.reads
        if key not in self._chrome_cache:
            name = f"chrome_{part}.html"
            chrome_reads: set = {f"template:{name}"}
            self.env.reads = chrome_reads
            try:
                html = Markup(self.env.get_template(name).render(page_path=page_path))
            finally:
                self.env.reads = page_reads
            self._chrome_cache[key] = (html, frozenset(chrome_reads))
        html, chrome_reads = self._chrome_cache[key]
        if page_reads is not None:
            page_reads |= chrome_reads  # every page that shows the chrome depends on what it read
        return html

    def offsite(self, url: str) -> qr.QrCode:
        """Return the QR code for an address outside the site, to be written with the page."""
        code = qr.code_for(url)
        self._codes[code.path] = code
        return code

    @jinja2.pass_context
    def _markdown(self, context: jinja2.runtime.Context, body: Any) -> Markup:
        html = markdown.render(self.parser, body, context["page_path"], self._resolve)
        if self.site.kiosk:
            # A kiosk is offline: a link that leaves the site becomes a code to scan with a phone.
            html = OFFSITE_LINK.sub(lambda m: self._offsite_html(m, context["page_path"]), html)
        return Markup(html)

    def _resolve(self, kind: str, item_id: str) -> str | None:
        """Resolve a link in a body, noting the item it reaches (through an alias too)."""
        path = self.site.resolve(kind, item_id)
        if path is not None and self.env.reads is not None:
            folder, name = posixpath.split(path)
            self.env.reads.add(f"{ITEM_KINDS[folder]}:{name.removesuffix('.html')}")
        return path

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


def _context_nodes(context: dict[str, Any]) -> set:
    """Return the nodes a page was planned from (its item, its list of matters …): it depends on them."""
    nodes: set = set()
    for value in context.values():
        if type(value) in NODE_TYPES:
            nodes.add(value)
        elif isinstance(value, (list, tuple)):
            nodes.update(v for v in value if type(v) in NODE_TYPES)
    return nodes


class TemplateClosure:
    """The templates a page's template uses, through extends, include and import, as "template:NAME" keys."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.env = env
        self._closures: dict[str, list[str]] = {}

    def keys(self, name: str) -> list[str]:
        if name not in self._closures:
            self._closures[name] = sorted(f"template:{n}" for n in self._walk(name, set()))
        return self._closures[name]

    def _walk(self, name: str, seen: set[str]) -> set[str]:
        seen.add(name)
        source = self.env.loader.get_source(self.env, name)[0] if self.env.loader else ""
        for child in jinja2.meta.find_referenced_templates(self.env.parse(source)):
            if child is not None and child not in seen:
                self._walk(child, seen)
        return seen
