"""What the search index knows of each matter and published document, and their order.

A record's number is its place in the order, and the order is the ranking's tie-break, so
the browser needs no date or validity to rank: matters first (site order), then expired
and repealed documents, then valid ones, each oldest first. Among equal matches the
browser prefers matters, then the higher number: valid above expired and repealed, newer
above older (issue 5). A new document published today is appended, not inserted, so
adding it renumbers nothing.

The text of a record is read once (Markdown stripped, normalised) and only its tokens are
kept. What a record shows in the results (its row), its filter facets and its codes are
cheap and derived again from the site model on every update, since they depend on other
items too: a document's domains come from its matters, and a generated 索引号 counts the
publisher's documents of the year.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import markdown
from .model import Document, Matter, Site, document_order
from .textfold import normalize_all
from .textnorm import code_token, normalize

TEXT_LIMIT = 4_000  # characters of text indexed per record: enough to find any real topic
SNIPPET = 160  # characters of lead text kept for the snippet; the page shows a window of it

Item = Matter | Document


@dataclass
class Content:
    """What a record's own file says, normalised: read again only when its file changes."""

    title: str  # normalised
    text: str  # normalised; dropped once tokenised
    snippet: str  # as written, for display


def contents(items: list[Item]) -> list[Content]:
    """Return the searchable content of matters and documents (normalised all at once: textfold.py)."""
    written = [_written(item) for item in items]
    titles = normalize_all([item.title for item in items])
    texts = normalize_all([text[:TEXT_LIMIT] for text, _ in written])
    return [Content(title, text, snippet) for title, text, (_, snippet) in zip(titles, texts, written)]


def _written(item: Item) -> tuple[str, str]:
    """Return a record's text to index and its snippet, as written."""
    body = markdown.plain(item.body)
    if isinstance(item, Matter):
        text, lead = _matter_text(item, body), body.strip() or markdown.plain(item.conditions)
    else:
        text, lead = _document_text(item, body), item.summary or body
    return text, " ".join(lead.split())[:SNIPPET]


def _matter_text(matter: Matter, body: str) -> str:
    parts = [matter.domain.name, matter.department.name, " ".join(matter.basis), matter.fee,
             markdown.plain(matter.conditions), " ".join(m.name for m in matter.materials),
             " ".join(s.name for s in matter.steps), " ".join(t.name for t in matter.tags),
             " ".join(f"{f.question} {markdown.plain(f.answer)}" for f in matter.faq), body]
    return "\n".join(p for p in parts if p)


def _document_text(document: Document, body: str) -> str:
    parts = [document.summary, " ".join(document.keywords), document.publisher.name, document.category.name,
             " ".join(a.title for a in document.attachments), body]
    return "\n".join(p for p in parts if p)


def order(site: Site) -> list[Item]:
    """Return the matters and published documents in record order (see the module's docstring)."""
    oldest_first = list(reversed(sorted(site.documents, key=document_order)))
    return [*site.matters, *sorted(oldest_first, key=lambda d: d.validity == "valid")]


def place(item: Item) -> tuple | None:
    """Return what a record's place in the order depends on, beside the set of records (matters: their id)."""
    return None if isinstance(item, Matter) else (item.validity == "valid", document_order(item))


def facets(item: Item) -> list[str]:
    """Return the filter tokens of a record: `@d:` its domains, `@s:` its stage (documents only)."""
    if isinstance(item, Matter):
        return [f"@d:{item.domain.id}"]
    return [f"@d:{d.id}" for d in item.domains] + [f"@s:{item.stage.id}"]


def codes(numbers: tuple[str, str]) -> list[str]:
    """Return the code tokens of a document's 文号 and 索引号, found as typed (textnorm.code_token)."""
    return [token for token in (code_token(normalize(n)) for n in numbers if n) if token]


def row(item: Item, snippet: str) -> list[str]:
    """Return what a result shows: title, address, kind, domains, date, validity, snippet, 文号."""
    if isinstance(item, Matter):
        return [item.title, item.path, "m", item.domain.name, "", "valid", snippet, ""]
    date = item.published.isoformat() if item.published else ""
    return [item.title, item.path, "d", "、".join(d.name for d in item.domains), date, item.validity, snippet,
            item.number]
