"""textnorm.normalize over many texts at once: one table lookup per character, with numpy.

The search index normalises ~30 million characters at district scale; done text by text
(NFKC, lower case, the OpenCC table) that took ~2 s. Almost every character of Chinese
prose normalises on its own, whatever stands beside it, to exactly one character: such
"plain" characters are looked up in a table of the BMP. A text holding any other
character (a combining mark, Hangul, Σ, ㈠, an astral character …) goes through
textnorm.normalize as before, so the result is normalize()'s in every case
(tests/test_search.py compares the two).

A character is plain when its compatibility decomposition is one character that is a
starter and can never be the second of a canonical composition: then NFKC can neither
reorder nor compose it with a neighbour, and NFKC of the text is that of each character.
Lower case and the OpenCC table must give one character too; Σ is not plain, as its
lower case depends on what follows it.
"""
from __future__ import annotations

import functools
import unicodedata

import numpy as np

from .textnorm import normalize, t2s_table

NOT_PLAIN = 0xFFFFFFFF  # in the table: this character needs textnorm.normalize
BMP = 0x10000
HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)  # decomposed by rule: unicodedata.decomposition() gives ""
# Where Unicode has canonical decompositions beyond the BMP: the supplementary planes' scripts and
# the CJK compatibility ideographs supplement (none anywhere else).
DECOMPOSING = [*range(0x20000), *range(0x2F800, 0x2FA20)]


@functools.lru_cache(maxsize=1)
def table() -> np.ndarray:
    """Return what normalize() makes of each plain BMP character alone (as a code point), else NOT_PLAIN;
    one more entry, NOT_PLAIN, stands for every astral character."""
    seconds = _composition_seconds()
    t2s = t2s_table()
    folded = np.full(BMP + 1, NOT_PLAIN, dtype=np.uint32)
    for code in range(BMP):
        if 0xD800 <= code <= 0xDFFF or code in HANGUL_SYLLABLES:
            continue  # surrogates never stand alone in a str read from UTF-8; syllables decompose
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char) if unicodedata.decomposition(char) else char
        if (len(decomposed) != 1 or decomposed in seconds or decomposed == "Σ"
                or unicodedata.combining(char) or unicodedata.combining(decomposed)):
            continue
        lower = decomposed.lower()
        if len(lower) != 1:
            continue
        simple = t2s.get(ord(lower), lower)
        if len(simple) == 1:
            folded[code] = ord(simple)
    return folded


def _composition_seconds() -> frozenset[str]:
    """Return every character that can be the second of a canonical composition (NFC_Quick_Check
    Maybe, roughly): the second of a two-character canonical decomposition, and Hangul vowels and
    final consonants, which compose by rule rather than from the table."""
    seconds = {chr(code) for code in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}
    for code in DECOMPOSING:
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                seconds.add(chr(int(parts[1], 16)))
    return frozenset(seconds)


def normalize_all(texts: list[str]) -> list[str]:
    """Return [textnorm.normalize(text) for text in texts], quicker on many texts of Chinese prose."""
    if not texts:
        return []
    points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    folded = table()[np.minimum(points, BMP)]
    bad = folded == NOT_PLAIN
    slow: set[int] = set()  # the texts that hold a character that is not plain
    if bad.any():
        slow = set(np.unique(np.repeat(np.arange(len(texts)), lengths)[bad]).tolist())
    folded[bad] = 0  # a text holding one is normalised on its own below
    joined = folded.tobytes().decode("utf-32-le")
    ends = np.cumsum(lengths).tolist()
    return [normalize(text) if number in slow else joined[end - length:end]
            for number, (text, end, length) in enumerate(zip(texts, ends, lengths.tolist()))]
