"""Text normalisation and tokens for search, mirrored exactly by the browser's search.js.

Index and query are cut the same way, so they cannot disagree (research/search.md §2):
NFKC, lower case, Traditional folded to Simplified per character, then Han runs cut into
bigrams and Latin/digit runs kept whole. A code such as a 文号 or 索引号 is also indexed
as one compact token (Han, letters and digits only), so it is found as typed.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "t2s.json"

# Han ideographs (with Extension A, compatibility ideographs and Extension B), letters and digits.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df"
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


def t2s_pairs() -> str:
    """Return the map as one string of (Traditional, Simplified) pairs, as shipped to the browser."""
    return json.loads(DATA.read_text(encoding="utf-8"))["map"]


def normalize(text: str) -> str:
    """Return text as search compares it: NFKC, lower case, Simplified characters."""
    return unicodedata.normalize("NFKC", text).lower().translate(t2s_table())


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
    """Return set(tokens(normal)), about twice as fast: the indexer's hot loop at district scale."""
    found = set(SHORT_RUNS.findall(normal))
    for run in LONG_HAN_RUN.findall(normal):
        found.update([run[i:i + 2] for i in range(len(run) - 1)])
    return found


def code_token(normal: str) -> str:
    """Return the compact form of a code (文号, 索引号): `东府〔2023〕5号` → `#东府20235号`."""
    compact = CODE_CHARS.sub("", normal)
    return f"#{compact}" if compact else ""
