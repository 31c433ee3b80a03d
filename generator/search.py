"""The static search index: sharded postings, loaded by classic <script> tags so it works from file://.

Layout under `search/` (research/search.md, "Recommended architecture"):
- `meta.js`: counts, shard count, abbreviations, the field and facet vocabularies.
- `facets.js`: for every record, its kind, stage, validity, domains and date: filters and
  ranking need them for every candidate, before any title is loaded.
- `p/N.js`: postings shards. token → record numbers with the token in the title (or a code
  such as 文号) and with it only in the text. A query loads only its tokens' shards.
- `d/N.js`: titles, addresses and snippets, 32 records a chunk, loaded for the results shown.
- `t2s.js`: the Traditional→Simplified map, the same data textnorm.py uses.
Every file calls `ZW_SEARCH.x(…, JSON.parse('…'))`: parsing JSON text is 2–3× faster than
evaluating an object literal of the same size.
"""
from __future__ import annotations

import json
import math
import operator
from collections import defaultdict
from dataclasses import dataclass

from . import markdown
from .model import Document, Matter, Site, document_order
from .textnorm import HAN_CHAR, code_token, normalize, t2s_pairs, token_set
from .vocabulary import STAGES

FOLDER = "search"
CHUNK = 32
TARGET_SHARD_BYTES = 12_000
TEXT_LIMIT = 4_000  # characters of body text indexed per record: enough to find any real topic
SNIPPET = 96
STAGE_IDS = list(STAGES)
VALIDITY_IDS = ["valid", "expired", "repealed"]

# Abbreviations residents type, expanded to the words the documents use (research/search.md §5).
# A site adds its own under `search: {abbreviations: {…}}` in site.yaml.
ABBREVIATIONS = {
    "低保": ["最低生活保障"],
    "特困": ["特困人员", "特困供养"],
    "社保": ["社会保险", "社会保障"],
    "社保卡": ["社会保障卡"],
    "医保": ["医疗保险", "医疗保障"],
    "养老金": ["养老保险"],
    "公积金": ["住房公积金"],
    "身份证": ["居民身份证"],
    "户口": ["户籍"],
    "落户": ["户籍", "迁入"],
    "入学": ["一年级", "招生"],
    "环评": ["环境影响评价"],
    "城管": ["城市管理", "综合执法"],
    "残疾证": ["残疾人证"],
    "失业金": ["失业保险金"],
    "高龄补贴": ["高龄津贴"],
    "出生证": ["出生医学证明"],
    "营业执照": ["市场主体登记"],
    "工伤": ["工伤认定", "工伤保险"],
    "低收入": ["低收入家庭"],
}


@dataclass
class Record:
    """One searchable page: a matter or a published document."""

    kind: str  # "m" matter, "d" document
    item: Matter | Document
    title: str
    text: str
    codes: list[str]


def build_index(site: Site, abbreviations: dict[str, list[str]] | None = None) -> dict[str, bytes]:
    """Return every search file as {output path: bytes}."""
    records = _records(site)
    title_postings, text_postings = _postings(records)
    shard_count = _shard_count(title_postings, text_postings)
    files = {f"{FOLDER}/p/{n}.js": data for n, data in _shards(title_postings, text_postings, shard_count).items()}
    for start in range(0, len(records), CHUNK):
        chunk = [_summary(site, r) for r in records[start:start + CHUNK]]
        files[f"{FOLDER}/d/{start // CHUNK}.js"] = _script("d", start // CHUNK, chunk)
    files[f"{FOLDER}/facets.js"] = _script("f", 0, _facets(site, records))
    files[f"{FOLDER}/t2s.js"] = _script("t", 0, t2s_pairs())
    files[f"{FOLDER}/meta.js"] = _script("m", 0, {
        "records": len(records), "shards": shard_count, "chunk": CHUNK,
        "domains": [d.name for d in site.domains], "domain_ids": [d.id for d in site.domains],
        "stages": STAGE_IDS, "abbreviations": {**ABBREVIATIONS, **(abbreviations or {})},
    })
    return files


def _records(site: Site) -> list[Record]:
    records = [Record("m", m, m.title, _matter_text(m), []) for m in site.matters]
    for document in sorted(site.documents, key=document_order):
        records.append(Record("d", document, document.title, _document_text(document),
                              [c for c in (document.number, document.index_no) if c]))
    return records


def _plain(body) -> str:
    return markdown.plain(body)


def _matter_text(matter: Matter) -> str:
    parts = [matter.domain.name, matter.department.name, " ".join(matter.basis), matter.fee,
             _plain(matter.conditions), " ".join(m.name for m in matter.materials),
             " ".join(s.name for s in matter.steps), " ".join(t.name for t in matter.tags),
             " ".join(f.question for f in matter.faq), _plain(matter.body)]
    return "\n".join(p for p in parts if p)[:TEXT_LIMIT]


def _document_text(document: Document) -> str:
    parts = [document.summary, " ".join(document.keywords), document.publisher.name, document.category.name,
             _plain(document.body)]
    return "\n".join(p for p in parts if p)[:TEXT_LIMIT]


def _postings(records: list[Record]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    title_postings: dict[str, list[int]] = defaultdict(list)
    text_postings: dict[str, list[int]] = defaultdict(list)
    for number, record in enumerate(records):
        title = normalize(record.title)
        # Single Han characters of titles are indexed too, so that a one-character query finds titles.
        in_title = token_set(title) | set(HAN_CHAR.findall(title)) | {code_token(normalize(c)) for c in record.codes}
        in_title.discard("")
        for token in in_title:
            title_postings[token].append(number)
        for token in token_set(normalize(record.text)) - in_title:
            text_postings[token].append(number)
    return title_postings, text_postings


def shard_of(token: str, shard_count: int) -> int:
    """Return the shard of a token: FNV-1a over UTF-16 code units, as search.js computes it."""
    value = 0x811C9DC5
    data = token.encode("utf-16-le")
    for i in range(0, len(data), 2):
        value = ((value ^ (data[i] | data[i + 1] << 8)) * 0x01000193) & 0xFFFFFFFF
    return value % shard_count


def _shard_count(title_postings: dict[str, list[int]], text_postings: dict[str, list[int]]) -> int:
    # About 2.5 bytes per posting once gap-encoded; a power of two keeps shards even.
    estimate = sum(map(len, title_postings.values())) * 3 + sum(map(len, text_postings.values())) * 3
    return max(8, 2 ** math.ceil(math.log2(max(1, estimate / TARGET_SHARD_BYTES))))


def _gaps(numbers: list[int]) -> str:
    """Return ascending numbers as hexadecimal gaps: small numbers, short text, formatted in C."""
    return ",".join(map("{:x}".format, map(operator.sub, numbers, [0, *numbers[:-1]])))


def _base36(value: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if value == 0:
        return "0"
    out = ""
    while value:
        value, rest = divmod(value, 36)
        out = digits[rest] + out
    return out


def _shards(title_postings: dict[str, list[int]], text_postings: dict[str, list[int]],
            shard_count: int) -> dict[int, bytes]:
    shards: dict[int, dict[str, list[str]]] = defaultdict(dict)
    for token in sorted(set(title_postings) | set(text_postings)):
        shards[shard_of(token, shard_count)][token] = [_gaps(title_postings.get(token, [])),
                                                        _gaps(text_postings.get(token, []))]
    return {n: _script("p", n, shards.get(n, {})) for n in range(shard_count)}


def _summary(site: Site, record: Record) -> list:
    item = record.item
    if isinstance(item, Matter):
        return [record.title, item.path, "m", item.domain.name, "", "valid", _snippet(record.text, item), ""]
    domains = "、".join(d.name for d in item.domains)
    return [record.title, item.path, "d", domains, item.published.isoformat() if item.published else "",
            item.validity, _snippet(record.text, item), item.number]


def _snippet(text: str, item: Matter | Document) -> str:
    lead = item.summary if isinstance(item, Document) and item.summary else text
    return " ".join(lead.split())[:SNIPPET]


def _facets(site: Site, records: list[Record]) -> str:
    """Return `code.domains.date.title-tokens;` per record, in base 36: what filters and ranking need."""
    domain_bit = {d.id: 1 << i for i, d in enumerate(site.domains)}
    out = []
    for record in records:
        item = record.item
        if isinstance(item, Matter):
            code, mask, day = 0, domain_bit[item.domain.id], 0
        else:
            code = 1 + STAGE_IDS.index(item.stage.id) + 6 * VALIDITY_IDS.index(item.validity)
            mask = sum(domain_bit[d.id] for d in item.domains)
            day = item.published.toordinal() - 719162 if item.published else 0  # days since 1970-01-01
        title_tokens = len(token_set(normalize(record.title)))
        out.append(f"{_base36(code)}.{_base36(mask)}.{_base36(day)}.{_base36(title_tokens)}")
    return ";".join(out)


def _script(callback: str, number: int, data: object) -> bytes:
    """Return a classic script that hands `data` to the page: works from file:// where fetch does not."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    quoted = (text.replace("\\", "\\\\").replace("'", "\\'").replace("\u2028", "\\u2028")
              .replace("\u2029", "\\u2029").replace("</", "<\\/"))
    return f"ZW_SEARCH.{callback}({number},JSON.parse('{quoted}'));\n".encode("utf-8")
