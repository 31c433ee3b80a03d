"""索引号: the disclosure index number, `publisher-code/year-serial`, generated when an editor gives none.

The 政府信息公开目录系统实施指引 format is 前段码 (the publisher's organisation code) / 后段码
(4-digit year, "-", 5-digit serial). Serials are handed out per publisher and year in order of
publication date, then id, so the same content always gives the same numbers and a newly
published document (the latest date) takes the next free serial without renumbering others.
Serials an editor already wrote by hand are skipped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from .model import Document

EXPLICIT = re.compile(r"(?P<prefix>.+/\d{4})-(?P<serial>\d+)\Z")


def prefix(document: Document) -> str:
    """Return `code/year` for a document: the publisher's code (or id) and the publication year."""
    assert document.published is not None
    code = document.publisher.code or document.publisher.id
    return f"{code}/{document.published.year:04d}"


def assign(documents: Iterable[Document]) -> None:
    """Give every published document without an index number a stable generated one."""
    taken: dict[str, set[int]] = defaultdict(set)
    pending: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        if document.index_no:
            match = EXPLICIT.match(document.index_no)
            if match:
                taken[match["prefix"]].add(int(match["serial"]))
        elif document.published is not None:
            pending[prefix(document)].append(document)
    for key, group in pending.items():
        serial = 0
        for document in sorted(group, key=lambda d: (d.published, d.id)):
            serial += 1
            while serial in taken[key]:
                serial += 1
            document.index_no = f"{key}-{serial:05d}"
