"""Output addresses and the relative links between them.

Every link is relative so that the output works from any sub-path of a web host and from
disk (`file://`) on a kiosk. The addresses of matters, documents, search and the catalogue
are fixed by the content contract: QR codes are printed with them.
"""
from __future__ import annotations

import functools
import hashlib
import re
from urllib.parse import quote

HOME = "index.html"
SEARCH = "search.html"
CATALOGUE = "catalogue.html"
NOT_FOUND = "404.html"
ORGANIZATIONS = "organizations.html"
TAGS = "tags.html"
POSTERS = "posters/index.html"

TERM_FOLDERS = {
    "domain": "domains",
    "stage": "stages",
    "category": "categories",
    "list": "lists",
    "level": "levels",
    "organization": "organizations",
    "tag": "tags",
}


def matter_path(matter_id: str) -> str:
    return f"matters/{matter_id}.html"


def document_path(document_id: str) -> str:
    return f"documents/{document_id}.html"


def page_path(page_id: str) -> str:
    return f"pages/{page_id}.html"


def poster_path(matter_id: str) -> str:
    return f"posters/matters/{matter_id}.html"


def labels_path(domain_id: str) -> str:
    return f"posters/labels/{domain_id}.html"


def file_path(name: str) -> str:
    return f"files/{name}"


def term_path(kind: str, term_id: str, page: int = 1) -> str:
    """Return a taxonomy page address; later pages of a long list live in a folder of their own."""
    folder = TERM_FOLDERS[kind]
    return f"{folder}/{term_id}.html" if page == 1 else f"{folder}/{term_id}/{page}.html"


def tag_id(name: str) -> str:
    """Return a stable ASCII id for a free-text tag, safe in any file system and URL."""
    return "t" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


SAFE = re.compile(r"[A-Za-z0-9/._~-]*\Z")  # what quote(path, safe="/.-_~") leaves alone


def _quoted(path: str) -> str:
    # Ids are ASCII: quote() would return most paths as they are, ~25 us later.
    return path if SAFE.match(path) else quote(path, safe="/.-_~")


def relative(from_path: str, to_path: str) -> str:
    """Return the relative link from one output file to another (both relative to the root)."""
    folder, _, name = from_path.rpartition("/")
    target, _, fragment = to_path.partition("#")
    link = _relative(folder, target) if target else name
    return f"{link}#{fragment}" if fragment else link


@functools.lru_cache(maxsize=65536)
def _relative(folder: str, target: str) -> str:
    # A district build makes over a million links; posixpath.relpath took half of rendering.
    here = folder.split("/") if folder else []
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    link = "../" * (len(here) - common) + "/".join(there[common:])
    return _quoted(link)


def absolute(base_url: str, path: str) -> str:
    """Return the public address of an output file, as canonical links and QR codes use.

    The home page keeps its `index.html`: the contract says canonical = BASE_URL + address.
    """
    return base_url + _quoted(path)
