"""Text normalisation and tokens for search, mirrored exactly by the browser's search.js.

Index and query are cut the same way, so they cannot disagree (research/search.md §2):
NFKC, lower case, Traditional folded to Simplified per character, then Han runs cut into
bigrams and Latin/digit runs kept whole. A code such as a 文号 or 索引号 is also indexed
as one compact token (Han, letters and digits only), so it is found as typed.

`normalize` runs over every indexed text (tens of millions of characters at district
scale), so it takes two exact shortcuts; tests/test_search.py checks them against the
plain definition.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "t2s.json"

# Han ideographs: the URO with Extension A, compatibility ideographs and Extensions B to H.
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F), (0x30000, 0x323AF))
HAN = "".join(f"{chr(first)}-{chr(last)}" for first, last in HAN_RANGES)
RUNS = re.compile(f"[{HAN}]+|[a-z0-9]+")
HAN_RUN = re.compile(f"[{HAN}]+")
HAN_CHAR = re.compile(f"[{HAN}]")
# For token_set: Han runs of two or more (cut into bigrams), and everything else tokens() keeps whole.
LONG_HAN_RUN = re.compile(f"[{HAN}]{{2,}}")
SHORT_RUNS = re.compile(f"(?<![{HAN}])[{HAN}](?![{HAN}])|[a-z0-9]+")
CODE_CHARS = re.compile(f"[^{HAN}a-z0-9]+")


@functools.lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    """Return the Traditional→Simplified character table (from OpenCC, see tools/make_t2s.py)."""
    pairs = json.loads(DATA.read_text(encoding="utf-8"))["map"]
    return {ord(pairs[i]): pairs[i + 1] for i in range(0, len(pairs), 2)}


@functools.lru_cache(maxsize=1)
def _traditional() -> re.Pattern[str]:
    """Match any character the table folds, or any astral character (rare: then fold without looking)."""
    bmp = "".join(re.escape(chr(code)) for code in sorted(t2s_table()) if code <= 0xFFFF)
    return re.compile(f"[{bmp}\U00010000-\U0010FFFF]")


@functools.lru_cache(maxsize=1)
def _compatibility() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return the BMP characters whose compatibility decomposition is all starters, and that decomposition.

    Replacing such a character by its decomposition never changes the NFKC form of a text
    (NFKD of both is the same sequence), and in practice leaves the text already in NFKC:
    full-width punctuation and digits are most of what NFKC changes in Chinese text.
    """
    table = {}
    for code in range(0x80, 0x10000):
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        if unicodedata.normalize("NFKC", char) != char and all(unicodedata.combining(c) == 0 for c in decomposed):
            table[char] = decomposed
    return re.compile("[" + "".join(re.escape(c) for c in table) + "]"), table


def nfkc(text: str) -> str:
    """Return unicodedata.normalize("NFKC", text), quicker on Chinese prose."""
    pattern, table = _compatibility()
    for char in set(pattern.findall(text)):
        text = text.replace(char, table[char])
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    """Return text as search compares it: NFKC, lower case, Simplified characters."""
    text = nfkc(text).lower()
    # Most text has no Traditional character at all: translating it anyway costs a dict lookup a character.
    return text.translate(t2s_table()) if _traditional().search(text) else text


def tokens(normal: str) -> list[str]:
    """Return the search tokens of normalised text: Han bigrams (a lone Han character alone), Latin/digit runs."""
    found: list[str] = []
    for run in RUNS.findall(normal):
        if HAN_RUN.fullmatch(run) and len(run) > 1:
            found.extend(run[i:i + 2] for i in range(len(run) - 1))
        else:
            found.append(run)
    return found


def token_set(normal: str) -> set[str]:
    """Return set(tokens(normal)) without building the list."""
    found = set(SHORT_RUNS.findall(normal))
    for run in LONG_HAN_RUN.findall(normal):
        found.update([run[i:i + 2] for i in range(len(run) - 1)])
    return found


def code_token(normal: str) -> str:
    """Return the compact form of a code (文号, 索引号): `东府〔2023〕5号` → `#东府20235号`."""
    compact = CODE_CHARS.sub("", normal)
    return f"#{compact}" if compact else ""

