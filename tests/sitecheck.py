"""Read a built site the way a browser would: pages, their links, canonical addresses."""
from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {"href", "src"}


@dataclass
class ParsedPage:
    path: str
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, value)
    canonical: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    text: str = ""


class _Parser(HTMLParser):
    def __init__(self, page: ParsedPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "canonical":
            self.page.canonical.append(values.get("href") or "")
            return
        if values.get("id"):
            self.page.ids.add(values["id"] or "")
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.page.links.append((tag, name, value))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def parse_page(root: Path, path: str) -> ParsedPage:
    page = ParsedPage(path)
    parser = _Parser(page)
    parser.feed((root / path).read_text(encoding="utf-8"))
    page.text = "".join(parser.chunks)
    return page


def html_pages(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


def resolve(page_path: str, link: str) -> str | None:
    """Return the output path a relative link points at, or None for an external or in-page link."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_path), unquote(parts.path)))


def tree_digest(root: Path) -> dict[str, str]:
    """Return {relative path: sha256} of every file under root."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}
