"""Markdown bodies: kept as text at load (links checked by a scan), parsed and rendered per page
with relative links, then sanitised.

Content comes from many editors and is untrusted. Markdown and pasted HTML alike pass
through nh3 (ammonia), an allow-list sanitizer: no script, event handler, `javascript:` URL
or frame survives, while tables, lists, emphasis, links and images from `files/` do.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import unquote

import nh3
from markdown_it import MarkdownIt

try:  # markdown-it.rs: the same parser as markdown-it-py, in Rust, about 20x faster
    from markdown_it_pyrs import MarkdownIt as FastMarkdownIt
except ImportError:  # pragma: no cover - no wheel for this platform: the pure-Python twin
    FastMarkdownIt = None

from .model import Body
from .urls import relative

# Links editors write to other items: [出生登记](matter:birth-registration)
ITEM_SCHEMES = ("matter", "document", "page")
EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel")
SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")

# Landmarks and image maps from content would confuse the page's own structure.
ALLOWED_TAGS = set(nh3.ALLOWED_TAGS) - {
    "header", "footer", "nav", "article", "aside", "area", "map", "hgroup", "center", "acronym", "strike", "tt",
}

URL_SCHEMES = set(EXTERNAL_SCHEMES + ITEM_SCHEMES)

# What markdown-it makes of plain prose: tags without attributes that nh3 keeps as they are.
# A body whose HTML holds only these, and no character reference or character that the
# sanitizer's serializer writes otherwise, is already what nh3 would return.
PLAIN_TAGS = frozenset(
    f"<{slash}{tag}>" for tag in ("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "blockquote",
                                  "s", "del", "table", "thead", "tbody", "tr", "th", "td")
    if tag in ALLOWED_TAGS for slash in ("", "/")
)
TAG = re.compile(r"<[^>]*>")
INLINE_TAGS = frozenset(tag for tag in PLAIN_TAGS if tag.strip("</>") in ("em", "strong", "s", "del"))
# A link as markdown-it writes it: the address percent-encoded, so no space, quote, `&` or `<`.
OWN_LINK = re.compile(r"<a href=\"([A-Za-z0-9\-._~:/?#@!$'()*+,;=%]*)\">")
KEPT_AS_IS = re.compile(r"[^\x00-\x20\x7f\"&<>\xa0]*")
# nh3 writes "&" references and the no-break space its own way; control characters are
# left to it too, to be on the safe side.
REWRITTEN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f&\xa0]")

Resolver = Callable[[str, str], "str | None"]  # (kind, id) → output path, or None when unknown


@dataclass(frozen=True)
class LinkRef:
    """A link or image in a body that names something the build must check exists."""

    kind: str  # matter, document, page or file
    target: str
    line: int


class Parser:
    """CommonMark with tables and strikethrough; raw HTML allowed here, then sanitised.

    Bodies are parsed by markdown-it.rs where its wheel exists: at district scale
    markdown-it-py spent more time parsing than the rest of the build together.
    Both give the same HTML (tests/test_markdown.py holds them to it).
    """

    def __init__(self, fast: bool = True) -> None:
        if fast and FastMarkdownIt is not None:
            self._render = FastMarkdownIt("commonmark").enable_many(["table", "strikethrough"]).render
        else:
            self._render = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render

    def html(self, text: str) -> str:
        """Return a body's HTML with its top heading level moved to h2."""
        return shift_headings(self._render(text))


def make_parser() -> Parser:
    return Parser()


HEADING_TAG = re.compile(r"<(/?)h([1-6])(?=[\s>])")


def shift_headings(html: str) -> str:
    """Move every heading so the top one is h2, since the page title is the only h1.

    Editors start at # or at ## alike; either way the outline must not skip a level.
    """
    if "<h1" not in html and ("<h2>" in html or "<h2 " in html or "<h" not in html):
        return html  # the top heading is h2 already, or there is none: most bodies
    levels = [int(m[2]) for m in HEADING_TAG.finditer(html)]
    if not levels or min(levels) == 2:
        return html
    shift = 2 - min(levels)
    return HEADING_TAG.sub(lambda m: f"<{m[1]}h{min(max(int(m[2]) + shift, 2), 6)}", html)


# Link targets as editors write them: [text](target), ![alt](target), [label]: target, href="…", src="…".
LINK_TARGETS = re.compile(
    r"!?\[(?:[^\]\\\n]|\\.)*\]\(\s*(?:<(?P<angle>[^>\n]+)>|(?P<inline>[^\s)]+))"
    r"|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<reference>[^\s>]+)"
    r"|\b(?:href|src)\s*=\s*[\"'](?P<attribute>[^\"']+)[\"']",
    re.M,
)
LINK_MARKERS = ("](", "]:", "href", "src")  # every form LINK_TARGETS matches has one of these
CODE = re.compile(r"^[ ]{0,3}(```|~~~).*?^[ ]{0,3}\1[^\n]*$|`[^`\n]+`", re.M | re.S)


def links(body: Body) -> Iterator[LinkRef]:
    """Yield every item link and `files/` reference of a body, with its line in the file.

    A scan of the text, not a parse: checking links must not cost a Markdown parse of every
    body at load. Code is blanked first (keeping its line breaks), so examples do not count.
    """
    if body.links is not None:
        yield from body.links
        return
    text = body.text
    if not any(marker in text for marker in LINK_MARKERS):
        return  # most bodies link nowhere: the regular expression below costs 50 ns a character
    if "`" in text or "~~~" in text:
        text = CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    for match in LINK_TARGETS.finditer(text):
        target = unquote(match["angle"] or match["inline"] or match["reference"] or match["attribute"])
        ref = classify(target, body.line + text.count("\n", 0, match.start()))
        if ref:
            yield ref


LINK_TEXT = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
TAGS = re.compile(r"<[^>\n]+>")
LINE_MARKUP = re.compile(r"\n[ ]{0,3}(?:#{1,6}|[-*+]|\d+[.)]|>)[ \t]+")  # headings, list items, quotes
MARKS = "*_`~|"  # emphasis, code, strike-through, table cells


def plain(body: Body | None) -> str:
    """Return a body's words without Markdown or HTML markup, for the search index."""
    if body is None:
        return ""
    # One pass per kind of markup, each skipped when its first character is absent: Python's
    # regular expressions find a literal quickly but test a character class at every
    # character, and one pattern for all markup took 2 s at district scale (now 0.9 s).
    text = body.text
    if "](" in text:
        text = LINK_TEXT.sub(r"\1", text)
    if "<" in text:
        text = TAGS.sub(" ", text)
    text = LINE_MARKUP.sub("\n ", "\n" + text)[1:]
    for mark in MARKS:  # a space each: the index cuts words at spaces, and snippets fold their runs
        if mark in text:
            text = text.replace(mark, " ")
    return text


def classify(target: str, line: int) -> LinkRef | None:
    """Return what an internal link points at, or None for external and in-page links."""
    match = SCHEME.match(target)
    if match:
        scheme = match.group(1).lower()
        if scheme in ITEM_SCHEMES:
            return LinkRef(scheme, target[match.end():].split("#", 1)[0], line)
        return None
    path = site_path(target)
    if path and path.startswith("files/"):
        return LinkRef("file", path[len("files/"):], line)
    return None


def site_path(target: str) -> str | None:
    """Return a root-relative output path for a relative link, or None for an in-page or remote one."""
    if not target or target.startswith(("#", "//")):
        return None
    path = posixpath.normpath(target.lstrip("/"))
    return None if path.startswith("..") else path


def render(parser: Parser, body: Body | None, page: str, resolve: Resolver) -> str:
    """Return the sanitised HTML of a body as shown on the output page `page`."""
    if body is None or not body.text:
        return ""
    html = parser.html(body.text)
    tags = _tags(html)
    if _plain(tags):
        return html  # most bodies: nh3 would parse and write them back unchanged, at 0.2 ms each
    linked = None if tags is None else _own_links(html, tags, page, resolve)
    if linked is not None:
        return linked

    def rewrite(element: str, attribute: str, value: str) -> str | None:
        if attribute not in ("href", "src"):
            return value
        return _rewrite_url(element, attribute, value, page, resolve)

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        url_schemes=URL_SCHEMES,
        # The filter is a Python call per attribute: most bodies have no link to rewrite.
        attribute_filter=rewrite if ("href" in html or "src" in html) else None,
        link_rel=None,
        strip_comments=True,
    )


def is_plain(html: str) -> bool:
    """Return True when `html` is plain prose markup that sanitizing would leave byte for byte."""
    return _plain(_tags(html))


def _plain(tags: list[str] | None) -> bool:
    """is_plain, for markup whose tags _tags has found already."""
    return tags is not None and PLAIN_TAGS.issuperset(tags)


def _tags(html: str) -> list[str] | None:
    """Return the tags of `html`, or None when nh3 would write some of its text otherwise."""
    return None if REWRITTEN_TEXT.search(html) else TAG.findall(html)


def with_own_links(html: str, page: str, resolve: Resolver) -> str | None:
    """Return plain prose whose only other markup is markdown-it's links to this site's items and
    files, rewritten as the sanitizer's filter rewrites them; None for anything else (nh3 cleans it).

    A fifth of the bench's documents link to a matter or an attachment, and nh3 took 0.27 ms
    each to give back the same markup with only the addresses changed.
    """
    tags = _tags(html)
    return None if tags is None else _own_links(html, tags, page, resolve)


def _own_links(html: str, tags: list[str], page: str, resolve: Resolver) -> str | None:
    """with_own_links, for `html` whose tags _tags has found already."""
    inside = False  # a link is open: only inline markup, and then its end, may follow
    for tag in tags:
        if inside and tag == "</a>":
            inside = False
        elif not inside and tag.startswith("<a ") and OWN_LINK.fullmatch(tag):
            inside = True
        elif tag not in (INLINE_TAGS if inside else PLAIN_TAGS):
            return None
    if inside:
        return None
    addresses: dict[str, str] = {}
    for value in OWN_LINK.findall(html):
        address = _rewrite_url("a", "href", value, page, resolve)
        # Kept as nh3 keeps it: no scheme (ammonia parses those and may drop them), nothing
        # its serializer writes as a character reference.
        if (address is None or SCHEME.match(address) or address.startswith("//")
                or not KEPT_AS_IS.fullmatch(address)):
            return None
        addresses[value] = address
    return OWN_LINK.sub(lambda match: f'<a href="{addresses[match[1]]}">', html)


def _rewrite_url(element: str, attribute: str, value: str, page: str, resolve: Resolver) -> str | None:
    match = SCHEME.match(value)
    if match:
        scheme = match.group(1).lower()
        if scheme in ITEM_SCHEMES:
            item_id, _, fragment = value[match.end():].partition("#")
            target = resolve(scheme, item_id)
            if target is None:
                return None
            return relative(page, target + (f"#{fragment}" if fragment else ""))
        # Nothing may load from another host: remote images are dropped, remote links kept.
        return None if element == "img" else value
    if value.startswith("#"):
        return value
    if value.startswith("//"):
        return None if element == "img" else "https:" + value
    path = site_path(unquote(value))  # markdown-it percent-encodes: files/附件.pdf arrives as %E9%99%84…
    if path is None or (element == "img" and not path.startswith("files/")):
        return None
    return relative(page, path)
