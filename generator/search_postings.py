"""Posting lists of the search index: which records hold which token, kept as numpy arrays.

At district scale the records' texts hold about 30 million characters and 15 million
(token, record) pairs: a Python set per record costs about a minute and a gigabyte, so
tokens are cut with numpy over all texts at once (the same cut as textnorm.tokens, which
tests/test_search.py checks) and kept as integer keys:

- a Han bigram `ab` is `ord(a) << 18 | ord(b)` (every Han code point is below 2**18);
- a lone Han character `a` is `SINGLE | ord(a)`;
- any other token (Latin/digit runs, codes such as 文号, filter facets) is `WORD | n`,
  numbered by a `Words` table in the order first seen. Numbers never reach the output,
  which names tokens by their text.

A posting is `key << RECORD_BITS | record`; `Postings` holds them as one sorted array per
list, so that a record's tokens, a token's records and an edit are each a vectorised step.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np

from .textnorm import HAN_RANGES

RECORD_BITS = 24  # up to 16 million records: a province is about 2 million
RECORD_MASK = (1 << RECORD_BITS) - 1
CHAR_BITS = 18
CHAR_MASK = (1 << CHAR_BITS) - 1
SINGLE = 1 << 36
WORD = 1 << 37


class Words:
    """Number the tokens that are not Han: Latin/digit runs, codes and facets."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.texts: list[str] = []

    def key(self, word: str) -> int:
        number = self.numbers.get(word)
        if number is None:
            number = self.numbers[word] = len(self.texts)
            self.texts.append(word)
        return WORD | number

    def text(self, key: int) -> str:
        """Return the token a key stands for."""
        if key >= WORD:
            return self.texts[key - WORD]
        if key >= SINGLE:
            return chr(key & CHAR_MASK)
        return chr(key >> CHAR_BITS) + chr(key & CHAR_MASK)


BATCH_CHARS = 2_000_000  # characters cut at once: bounds the arrays to tens of MB


def _code_points(texts: list[str]) -> tuple[str, np.ndarray, np.ndarray]:
    """Return the texts joined by NUL (never Han nor Latin), its code points, and each one's text number."""
    joined = "\0".join(texts) + "\0"
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    lengths = np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))
    return joined, points, np.repeat(np.arange(len(texts), dtype=np.int32), lengths)


def _is_han(points: np.ndarray) -> np.ndarray:
    han = np.zeros(len(points), dtype=bool)
    for first, last in HAN_RANGES:
        han |= (points >= first) & (points <= last)
    return han


def text_postings(words: Words, texts: list[str], records: np.ndarray, every_char: bool = False) -> np.ndarray:
    """Return the sorted unique postings of every token of normalised texts (text i is record records[i]).

    Han runs give their bigrams and a lone Han character itself, Latin/digit runs are kept
    whole, as textnorm.tokens does; `every_char` adds every Han character alone, as titles
    are indexed (a one-character query then finds titles). Both kinds are found in one pass
    over the code points of a batch of texts.
    """
    parts = []
    for start, end in _batches(texts):
        joined, points, owner = _code_points(texts[start:end])
        owners = records[start:end].astype(np.int64)
        # Every Han key is below every other (SINGLE < WORD): a batch's two parts are in order as they come.
        parts.append(np.concatenate((_han_pairs(points, owner, owners, every_char),
                                     _latin_pairs(words, joined, points, owner, owners))))
    if len(parts) == 1:
        return parts[0]  # (sorting it again took a sixth of cutting the texts)
    return unique(np.concatenate(parts or [np.zeros(0, dtype=np.int64)]))


def _batches(texts: list[str]):
    """Yield (start, end) of consecutive texts of about BATCH_CHARS characters together."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and (size < BATCH_CHARS or end == start):
            size += len(texts[end]) + 1
            end += 1
        yield start, end
        start = end


def _han_pairs(points: np.ndarray, owner: np.ndarray, owners: np.ndarray, every_char: bool) -> np.ndarray:
    han = _is_han(points)
    after = np.append(han[1:], False)
    before = np.insert(han[:-1], 0, False)
    pair = np.flatnonzero(han & after)
    alone = np.flatnonzero(han if every_char else han & ~before & ~after)
    points = points.astype(np.int64)
    keys = np.concatenate(((points[pair] << CHAR_BITS) | points[pair + 1], SINGLE | points[alone]))
    return unique(owners[np.concatenate((owner[pair], owner[alone]))] | keys << RECORD_BITS)


def _latin_pairs(words: Words, joined: str, points: np.ndarray, owner: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """Return the postings of the Latin/digit runs ([a-z0-9]+, as in textnorm.RUNS) of joined texts.

    numpy finds where the runs begin and end, and which of them are the same word: most are
    numbers (years, article numbers) said again and again, and only the distinct ones become
    Python strings (a regular expression over each text spent most of its time on the Han
    characters between; a string and a lookup for each of 770,000 runs took 1.2 s).
    """
    latin = ((points >= 0x61) & (points <= 0x7A)) | ((points >= 0x30) & (points <= 0x39))
    # Where a run begins or ends; the texts end with NUL, so the last run ends inside them.
    edges = np.flatnonzero(latin[1:] != latin[:-1]) + 1
    if len(latin) and latin[0]:
        edges = np.insert(edges, 0, 0)
    starts, ends = edges[0::2], edges[1::2]
    if not len(starts):
        return np.zeros(0, dtype=np.int64)
    packed = _packed_runs(points, starts, ends)
    distinct, first, which = np.unique(packed, return_index=True, return_inverse=True)
    # Numbered in the order first seen, as one run at a time would: the same numbers for the same texts.
    seen = np.argsort(first, kind="stable")
    keys = np.empty(len(distinct), dtype=np.int64)
    key = words.key
    keys[seen] = [key(joined[s:e]) for s, e in zip(starts[first[seen]].tolist(), ends[first[seen]].tolist())]
    return unique(owners[owner[starts]] | keys[which.ravel()] << RECORD_BITS)


PACKED_CHARS = 9  # 7 bits each: a run of up to 9 characters packs into a positive int64


def _packed_runs(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Return a number per run that equals another run's exactly when their text does.

    A run of up to PACKED_CHARS characters (all ASCII, none zero) is its characters' 7-bit codes
    side by side; a longer one is -1 - the place of its first run of the same text, found in Python.
    """
    lengths = ends - starts
    packed = np.zeros(len(starts), dtype=np.int64)
    for place in range(PACKED_CHARS):
        within = lengths > place
        packed[within] |= points[starts[within] + place].astype(np.int64) << (7 * place)
    long_runs = np.flatnonzero(lengths > PACKED_CHARS)
    if len(long_runs):
        firsts: dict[bytes, int] = {}
        for run in long_runs.tolist():
            text = points[starts[run]:ends[run]].tobytes()
            packed[run] = -1 - firsts.setdefault(text, run)
    return packed


def label_postings(words: Words, records: np.ndarray, labels: list[list[str]]) -> np.ndarray:
    """Return the sorted unique postings of whole tokens given per record: filter facets, codes."""
    keys: list[int] = []
    owners: list[int] = []
    for record, found in zip(records.tolist(), labels):
        found = set(found) - {""}
        keys.extend(map(words.key, found))
        owners.extend([record] * len(found))
    if not keys:
        return np.zeros(0, dtype=np.int64)
    return unique(np.array(owners, dtype=np.int64) | np.array(keys, dtype=np.int64) << RECORD_BITS)


def unique(postings: np.ndarray) -> np.ndarray:
    """Return postings sorted without repeats (np.unique hashes since numpy 2.3: far slower here)."""
    return _distinct(np.sort(postings))


def union(*arrays: np.ndarray) -> np.ndarray:
    """Return the values of any of the arrays, sorted without repeats: np.union1d, which hashes too
    (numpy 2.4: 2.1 s for a million postings, where sorting takes 0.03 s)."""
    return unique(np.concatenate(arrays))


def _distinct(ascending: np.ndarray) -> np.ndarray:
    """Return an ascending array without repeats."""
    return ascending[np.append(True, ascending[1:] != ascending[:-1])] if len(ascending) else ascending


def without(postings: np.ndarray, drop: np.ndarray) -> np.ndarray:
    """Return the sorted postings not in the sorted array `drop`."""
    if not len(drop) or not len(postings):
        return postings
    at = np.minimum(np.searchsorted(drop, postings), len(drop) - 1)
    return postings[drop[at] != postings]


def _low_words(postings: np.ndarray) -> np.ndarray:
    """Return the low 32 bits of each posting, which hold its record, as a view: half the bytes to scan."""
    words = postings.view(np.uint32)
    return words[0::2] if sys.byteorder == "little" else words[1::2]


def records_of(postings: np.ndarray) -> np.ndarray:
    return postings & RECORD_MASK


def keys_of(postings: np.ndarray) -> np.ndarray:
    return postings >> RECORD_BITS


@dataclass
class Postings:
    """Every posting of the index: `title` (a document's title and codes) and `text` (only in the text)."""

    title: np.ndarray
    text: np.ndarray

    @classmethod
    def joined(cls, parts: list["Postings"]) -> "Postings":
        """Return the postings of parts that hold different records."""
        return cls(*(np.sort(np.concatenate([getattr(p, name) for p in parts] or [np.zeros(0, dtype=np.int64)]))
                     for name in ("title", "text")))

    def split(self, records: np.ndarray) -> tuple["Postings", "Postings"]:
        """Return the postings of the given records, and all the others: one pass over each array."""
        theirs, others = [], []
        for p in (self.title, self.text):
            at = np.flatnonzero(np.isin(_low_words(p) & RECORD_MASK, records))
            theirs.append(p[at])
            others.append(np.delete(p, at))
        return Postings(*theirs), Postings(*others)

    def with_postings(self, other: "Postings") -> "Postings":
        """Return these postings and `other`'s, which holds other records: inserted, not sorted again."""
        return Postings(*(np.insert(mine, np.searchsorted(mine, theirs), theirs)
                          for mine, theirs in ((self.title, other.title), (self.text, other.text))))

    def renumbered(self, mapping: np.ndarray) -> "Postings":
        """Return the postings with record r numbered mapping[r]."""
        return Postings(*(np.sort((p & ~RECORD_MASK) | mapping[p & RECORD_MASK]) for p in (self.title, self.text)))

    def keys(self) -> np.ndarray:
        """Return every token key, sorted."""
        return union(*(_distinct(keys_of(p)) for p in (self.title, self.text)))

    @property
    def size(self) -> int:
        return len(self.title) + len(self.text)


def ranges(postings: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return where each key's postings begin and end in sorted postings."""
    return np.searchsorted(postings, keys << RECORD_BITS), np.searchsorted(postings, (keys + 1) << RECORD_BITS)


def gathered(postings: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the records of postings[starts[i]:ends[i]] for every i, one list after another, and each
    list's length (what gap_texts takes)."""
    return postings[_spans(starts, ends)] & RECORD_MASK, ends - starts


def within(postings: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Return the postings of the given keys (sorted, as the result is)."""
    return postings[_spans(*ranges(postings, keys))]


def _spans(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Return the positions from starts[i] to ends[i] for every i, one span after another."""
    lengths = ends - starts
    return np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)


HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def gap_texts(values: np.ndarray, lengths: np.ndarray) -> list[str]:
    """Return ascending lists of records, given one after another with each one's length, as
    hexadecimal gaps, `3,1,a`: short text that decodes fast.

    The digits of all lists are laid out by numpy in one buffer, then cut per list: a
    Python call or int object per number costs seconds and hundreds of MB at district scale.
    """
    if not lengths.sum():
        return [""] * len(lengths)
    values = np.asarray(values, dtype=np.int64)
    gaps = np.diff(values, prepend=0)
    starts = np.cumsum(lengths) - lengths
    firsts = starts[lengths > 0]
    gaps[firsts] = values[firsts]
    digits = np.ones(len(gaps), dtype=np.int64)
    for power in range(1, 8):
        digits += gaps >= 16 ** power
    ends = np.cumsum(digits + 1)  # each number ends with a comma
    buffer = np.full(int(ends[-1]), ord(","), dtype=np.uint8)
    for place in range(int(digits.max())):
        has = digits > place
        buffer[ends[has] - 2 - place] = HEX[(gaps[has] >> (4 * place)) & 15]
    text = buffer.tobytes().decode("ascii")
    bounds = np.concatenate(([0], ends))[np.append(starts, len(gaps))].tolist()
    return [text[bounds[i]:bounds[i + 1] - 1] if bounds[i + 1] > bounds[i] else "" for i in range(len(lengths))]
