"""The static search index: lunr for the matters, sharded postings for everything, classic scripts.

`SearchIndex(site).files()` is every file under `search/`; `update(site, changed, removed)`
brings them up to date after edits and returns only the files whose bytes changed, so a
live preview need not rebuild the index on each save. After any updates the files are
byte-identical to those of a fresh `SearchIndex` of the new site (tests/test_search_index.py).

Why two engines (issue 5, research/search.md §1): lunr (lunr.py building, lunr.js querying)
ranks the ~1,200 matters by title with BM25; its index of titles alone is a few hundred KB
at district scale, so documents (20,000) and all body text go to sharded postings, of which
a query loads only its tokens' shards. The browser ranks both together.
"""
from __future__ import annotations

import json

import numpy as np
from lunr.builder import Builder

from . import search_files as files
from . import search_postings as sp
from .model import Document, Matter, Site
from .search_files import FOLDER  # noqa: F401  (pipeline.py names the folder through this module)
from .search_records import Content, Item, codes, contents, facets, order, place, row
from .textnorm import tokens
from .vocabulary import STAGES

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


READ_BATCH = 1_000  # records read and tokenised at once: bounds memory
RENDER_BATCH = 256  # shards rendered at once


def build_index(site: Site, abbreviations: dict[str, list[str]] | None = None) -> dict[str, bytes]:
    """Return every search file as {output path: bytes}."""
    return SearchIndex(site, abbreviations).files()


class SearchIndex:
    """Every search file of a site, kept so that edits rewrite only what they change."""

    def __init__(self, site: Site, abbreviations: dict[str, list[str]] | None = None) -> None:
        self._extra = abbreviations or {}
        self._abbreviations = {**ABBREVIATIONS, **site.abbreviations, **self._extra}
        self._names = _names(site)
        self._words = sp.Words()
        self._contents: dict[str, Content] = {}
        items = order(site)
        self._keys = [item.key for item in items]
        self._places = {item.key: place(item) for item in items}  # what a record's place in the order rests on
        self._postings = self._read(items, list(range(len(items))))
        # What records show and are labelled with (filters, codes), kept by key: see _derive.
        self._rows: dict[str, list[str]] = {}
        self._labels: dict[str, list[str]] = {}
        self._label_postings = np.zeros(0, dtype=np.int64)
        self._linked: dict[str, set[str]] = {}  # matter key → keys of its documents when last derived
        self._code_tokens: dict[tuple[str, str], list[str]] = {}
        self._files: dict[str, bytes] = {}
        self._chunk_rows: list[list[str]] = []
        self._matters = 0  # how many of _chunk_rows are matters' (m.js)
        self._shards: dict[int, set[int]] = {}  # shard number → keys of the tokens in it
        self._shard_of: dict[int, int] = {}  # token key → shard number
        self._lunr: tuple[tuple[str, ...] | None, str] = (None, "")
        self._write(site, items, None, None)

    def files(self) -> dict[str, bytes]:
        """Return every search file as {output path: bytes}."""
        return dict(self._files)

    def update(self, site: Site, changed: set[str], removed: set[str]) -> tuple[dict[str, bytes], set[str]]:
        """Bring the index up to `site` after the records keyed in `changed` and `removed` changed.

        Keys are "matter:ID" and "document:ID". `changed` must name every record whose own
        file changed (new ones are found anyway; a renamed domain, organization or category,
        or new abbreviations in site.yaml, reread every record). Returns the files whose bytes
        changed and the paths no longer made.
        An edit of a title or text rewrites the shards of the tokens it adds or removes and
        the chunk of its row; a new, deleted or re-dated record renumbers records, and then
        every shard is rendered again (only the changed ones are returned).
        """
        items, keys = self._order(site, changed)
        self._abbreviations = {**ABBREVIATIONS, **site.abbreviations, **self._extra}
        if _names(site) != self._names:  # records' texts hold these names
            self._names, changed = _names(site), set(keys)
        fresh = {key for key in keys if key in changed or key not in self._contents}
        old = {key: number for number, key in enumerate(self._keys)}
        kept = set(keys) - fresh - removed
        for key in old.keys() - kept:
            self._contents.pop(key, None)
        gone = np.array(sorted(number for key, number in old.items() if key not in kept), dtype=np.int64)
        before, self._postings = self._postings.split(gone)
        renumbered = keys != self._keys
        if renumbered:
            new = {key: number for number, key in enumerate(keys)}
            self._postings = self._postings.renumbered(np.array([new.get(k, 0) for k in self._keys], dtype=np.int64))
        self._keys = keys
        numbers = [number for number, key in enumerate(keys) if key in fresh]
        after = self._read([items[n] for n in numbers], numbers)
        self._postings = self._postings.with_postings(after)
        previous = dict(self._files)
        if renumbered:
            self._write(site, items, None, None)
        else:  # the same records, same numbers: only the postings that differ reach the files
            # Both sides are postings, sorted without repeats: np.setxor1d need not make them so (it hashes).
            touched = sp.union(*(sp.keys_of(np.setxor1d(b, a, assume_unique=True))
                                 for b, a in ((before.title, after.title), (before.text, after.text))))
            self._write(site, items, touched, self._affected(site, fresh))
        written = {path: data for path, data in self._files.items() if previous.get(path) != data}
        return written, set(previous) - set(self._files)

    def _order(self, site: Site, changed: set[str]) -> tuple[list[Item], list[str]]:
        """Return the records in order and their keys, sorting again only when one came, went or may have moved."""
        by_key: dict[str, Item] = {m.key: m for m in site.matters}
        by_key.update((d.key, d) for d in site.documents)
        if by_key.keys() == set(self._keys) and all(self._places.get(k) == place(by_key[k]) for k in changed
                                                    if k in by_key):
            return [by_key[key] for key in self._keys], self._keys
        items = order(site)
        keys = [item.key for item in items]
        self._places = {key: place(item) for key, item in zip(keys, items)}
        return items, keys

    def _affected(self, site: Site, fresh: set[str]) -> set[str]:
        """Return the records whose row or labels an edit of `fresh` can change: them, and the documents
        of an edited matter (they show its domain), linked before or now."""
        affected = set(fresh)
        for matter in site.matters:
            if matter.key in fresh:
                affected |= self._linked.get(matter.key, set()) | {d.key for d in matter.documents}
        return affected

    # Tokens -----------------------------------------------------------------------------

    def _read(self, items: list[Item], numbers: list[int]) -> sp.Postings:
        """Read and tokenise records (numbered `numbers`), a batch at a time: their texts are large."""
        parts = []
        for start in range(0, len(items), READ_BATCH):
            batch = items[start:start + READ_BATCH]
            self._contents.update(zip([item.key for item in batch], contents(batch)))
            parts.append(self._tokenise(batch, np.array(numbers[start:start + READ_BATCH], dtype=np.int64)))
        return sp.Postings.joined(parts)

    def _tokenise(self, items: list[Item], records: np.ndarray) -> sp.Postings:
        contents = [self._contents[item.key] for item in items]
        titles = [c.title for c in contents]
        title = sp.text_postings(self._words, titles, records, every_char=True)
        text = sp.text_postings(self._words, [c.text for c in contents], records)
        for c in contents:
            c.text = ""  # its tokens are all the index keeps of a text
        # A matter's title is in lunr, not in the shards; its title tokens are still not text hits.
        matters = records[[isinstance(item, Matter) for item in items]]
        return sp.Postings(title[~np.isin(title & sp.RECORD_MASK, matters)], sp.without(text, title))

    # Files ------------------------------------------------------------------------------

    def _write(self, site: Site, items: list[Item], keys: np.ndarray | None, affected: set[str] | None) -> None:
        """Render what changed: the shards of `keys` (tokens whose postings changed; None: all), the rows
        and labels of `affected` records (None: all), and search.js."""
        label_keys = self._derive(items, affected)
        count = files.shard_count(self._postings.size + len(self._label_postings))
        everything = keys is None or count != len(self._shards)
        self._write_shards(count, None if everything else sp.union(keys, label_keys))
        self._write_chunks([self._rows[key] for key in self._keys], len(site.matters), keys is None)
        self._files[f"{FOLDER}/search.js"] = files.engine_file(self._meta(site, items, count), self._lunr_index(items))

    def _derive(self, items: list[Item], affected: set[str] | None) -> np.ndarray:
        """Derive the rows and labels (filter facets, 文号 and 索引号) of `affected` records, or of all;
        return the keys of the label tokens whose postings changed.

        Unlike a record's words, these read other items: a document's domains come from its
        matters, and a generated 索引号 counts the publisher's documents of the year (a new or
        re-dated document renumbers, so everything is derived again then)."""
        numbers, labels = [], []
        for number, (key, item) in enumerate(zip(self._keys, items)):
            if affected is not None and key not in affected:
                continue
            self._rows[key] = row(item, self._contents[key].snippet)
            self._labels[key] = facets(item) + (
                self._codes(item.number, item.index_no) if isinstance(item, Document) else [])
            if isinstance(item, Matter):
                self._linked[key] = {d.key for d in item.documents}
            numbers.append(number)
            labels.append(self._labels[key])
        records = np.array(numbers, dtype=np.int64)
        new = sp.label_postings(self._words, records, labels)
        if affected is None:
            live = set(self._keys)
            for cache in (self._rows, self._labels, self._linked):
                for key in cache.keys() - live:
                    del cache[key]
            self._label_postings = new
            return sp.keys_of(new)
        old, others = sp.Postings(self._label_postings, np.zeros(0, dtype=np.int64)).split(records)
        self._label_postings = np.insert(others.title, np.searchsorted(others.title, new), new)
        return sp.keys_of(np.setxor1d(old.title, new, assume_unique=True))

    def _codes(self, number: str, index_no: str) -> list[str]:
        found = self._code_tokens.get((number, index_no))
        if found is None:
            found = self._code_tokens[(number, index_no)] = codes((number, index_no))
        return found

    def _write_shards(self, count: int, keys: np.ndarray | None) -> None:
        """Render the shards of the given token keys, or every shard (even empty: the browser may ask for any)."""
        everything = keys is None
        if keys is None:
            self._shards = {n: set() for n in range(count)}
            self._shard_of = {}
            keys = sp.union(self._postings.keys(), sp.keys_of(self._label_postings))
            for path in [p for p in self._files if p.startswith(f"{FOLDER}/p/")]:
                del self._files[path]
        new = [key for key in keys.tolist() if key not in self._shard_of]
        for key, shard in zip(new, files.shards_of([self._words.text(key) for key in new], count)):
            self._shard_of[key] = shard
            self._shards[shard].add(key)
        numbers = sorted(range(count) if everything else {self._shard_of[k] for k in keys.tolist()})
        for start in range(0, len(numbers), RENDER_BATCH):
            self._files.update(self._render_shards(numbers[start:start + RENDER_BATCH]))

    def _render_shards(self, numbers: list[int]) -> dict[str, bytes]:
        """Render the given shards from the postings, forgetting tokens that no record holds any more.

        Every token's records are cut from the sorted postings at once: a district's shards hold
        ~60,000 tokens, and an array per token and list cost ~0.5 s (sp.gathered)."""
        keys = np.array(sorted(k for n in numbers for k in self._shards[n]), dtype=np.int64)
        # A labelled token's records are found in the title: most are codes (文号, 索引号), in no title.
        # Joined for these shards only: an edit renders a few of them.
        titled = sp.union(sp.within(self._postings.title, keys), sp.within(self._label_postings, keys))
        title_from, title_to = sp.ranges(titled, keys)
        text_from, text_to = sp.ranges(self._postings.text, keys)
        empty = (title_from == title_to) & (text_from == text_to)
        for key in keys[empty].tolist():
            self._shards[self._shard_of.pop(key)].discard(key)
        held = ~empty
        title_gaps = sp.gap_texts(*sp.gathered(titled, title_from[held], title_to[held]))
        text_gaps = sp.gap_texts(*sp.gathered(self._postings.text, text_from[held], text_to[held]))
        entries: dict[int, list[tuple[str, str, str]]] = {n: [] for n in numbers}
        for key, title, text in zip(keys[held].tolist(), title_gaps, text_gaps):
            entries[self._shard_of[key]].append((self._words.text(key), title, text))
        return {files.shard_path(n): files.shard_file(n, found) for n, found in entries.items()}

    def _write_chunks(self, rows: list[list[str]], matters: int, everything: bool) -> None:
        chunk = files.CHUNK
        count = (len(rows) + chunk - 1) // chunk
        for number in range(count):
            part = rows[number * chunk:(number + 1) * chunk]
            if everything or part != self._chunk_rows[number * chunk:(number + 1) * chunk]:
                self._files[files.chunk_path(number)] = files.chunk_file(number, part)
        for number in range(count, (len(self._chunk_rows) + chunk - 1) // chunk):
            self._files.pop(files.chunk_path(number), None)
        if everything or rows[:matters] != self._chunk_rows[:self._matters]:
            self._files[files.MATTERS_PATH] = files.matters_file(rows[:matters])
        self._chunk_rows, self._matters = rows, matters

    def _meta(self, site: Site, items: list[Item], count: int) -> dict:
        return {"records": len(items), "matters": len(site.matters), "shards": count, "chunk": files.CHUNK,
                "domains": [d.id for d in site.domains], "stages": list(STAGES),
                "abbreviations": self._abbreviations}

    def _lunr_index(self, items: list[Item]) -> str:
        """Return the lunr index of the matters' titles as JSON; rebuilt only when a matter's title changes."""
        titles = tuple(self._contents[key].title for key, item in zip(self._keys, items) if isinstance(item, Matter))
        if self._lunr[0] != titles:
            self._lunr = (titles, _lunr_json(titles))
        return self._lunr[1]


def _names(site: Site) -> tuple:
    """Return the names from site.yaml that records' texts include."""
    return tuple((term.id, term.name) for terms in (site.domains, site.organizations, site.categories)
                 for term in terms)


def _lunr_json(titles: tuple[str, ...]) -> str:
    """Return lunr.py's index of normalised titles, referenced by record number.

    The titles are cut here, as the query is in the browser; an extractor returning the
    tokens bypasses lunr's whitespace tokenizer, and the empty pipelines keep lunr.js's
    ASCII-only trimmer from erasing Chinese terms (research/search.md §1).
    """
    if not titles:  # lunr.py divides by the number of documents
        return '{"fieldVectors":[],"fields":["t"],"invertedIndex":[],"pipeline":[],"version":"2.3.9"}'
    builder = Builder()
    builder.ref("r")
    builder.field("t", extractor=lambda record: record["t"])
    for number, title in enumerate(titles):
        builder.add({"r": str(number), "t": tokens(title)})
    return json.dumps(builder.build().serialize(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
