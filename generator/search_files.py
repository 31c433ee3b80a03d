"""The search index as files: classic scripts that hand their data to `ZW_SEARCH`, so they load from file://.

Layout under `search/` (research/search.md, "Recommended architecture"):
- `search.js`: everything a query needs before its tokens' shards, in one file so that the
  shards are asked for as soon as it runs: lunr.js 2.3.9 (vendored), the engine
  (data/search.js), the Traditional→Simplified map, the counts, shard count,
  abbreviations and filter vocabularies, and the lunr index of the matters' titles.
- `p/N.js`: postings shards, token → [records with it in the title, records with it only in
  the text], as hexadecimal gaps. A query loads only its tokens' shards.
- `d/N.js`: what the results show (title, address, kind, domains, date, validity, snippet,
  文号) for CHUNK records; a query loads the chunks of the results it shows.
- `m.js`: the same for every matter, loaded once the first results are shown. Most queries
  lead with matters (they go first on equal scores), and from disk each file a query waits
  for costs it ~4 ms more (measured: 7 ms for one, 23 ms for five).
Data is passed as `JSON.parse('…')`: parsing JSON text is 2–3× faster than evaluating an
object literal of the same size (research/search.md §1).
"""
from __future__ import annotations

import functools
import json
import math
from pathlib import Path

import numpy as np

from .textnorm import t2s_table

FOLDER = "search"
CHUNK = 16
TARGET_SHARD_BYTES = 16_000
DATA = Path(__file__).resolve().parent / "data"
LUNR = DATA / "lunr-2.3.9.min.js"
ENGINE = DATA / "search.js"


def shard_count(postings: int) -> int:
    """Return how many shards: about TARGET_SHARD_BYTES each at ~3 bytes a posting, a power of two."""
    return max(8, 2 ** math.ceil(math.log2(max(1, postings * 3 / TARGET_SHARD_BYTES))))


def shard_of(token: str, count: int) -> int:
    """Return the shard of a token: FNV-1a over UTF-16 code units, as search.js computes it."""
    return shards_of([token], count)[0]


def shards_of(tokens: list[str], count: int) -> list[int]:
    """Return the shard of each token, hashing all tokens of one length at once: a loop over code
    units in Python took 0.5 s for a district's 59,000 tokens."""
    units = [token.encode("utf-16-le") for token in tokens]
    lengths = np.array([len(data) // 2 for data in units], dtype=np.int64)
    shards = np.zeros(len(tokens), dtype=np.int64)
    for length in np.unique(lengths).tolist():
        rows = np.flatnonzero(lengths == length)
        codes = np.frombuffer(b"".join(units[i] for i in rows.tolist()), dtype="<u2").reshape(len(rows), length)
        value = np.full(len(rows), 0x811C9DC5, dtype=np.uint32)
        for column in range(length):
            value ^= codes[:, column]
            value *= np.uint32(0x01000193)  # uint32 arithmetic wraps, as the & 0xFFFFFFFF of FNV-1a
        shards[rows] = value % count
    return shards.tolist()


MATTERS_PATH = f"{FOLDER}/m.js"


def shard_path(number: int) -> str:
    return f"{FOLDER}/p/{number}.js"


def chunk_path(number: int) -> str:
    return f"{FOLDER}/d/{number}.js"


def shard_file(number: int, entries: list[tuple[str, str, str]]) -> bytes:
    """Return shard `number` holding (token, title gaps, text gaps) entries."""
    body = ",".join(f'{json.dumps(token, ensure_ascii=False)}:["{title}","{text}"]'
                    for token, title, text in sorted(entries))
    return _script("p", number, "{" + body + "}")


def chunk_file(number: int, rows: list[list[str]]) -> bytes:
    return _script("d", number, _json(rows))


def matters_file(rows: list[list[str]]) -> bytes:
    """Return m.js: the rows of all matters, which lead the records."""
    return f"ZW_SEARCH.m(JSON.parse('{_quoted(_json(rows))}'));\n".encode("utf-8")


@functools.lru_cache(maxsize=1)
def _engine() -> str:
    lunr = LUNR.read_text(encoding="utf-8").rstrip("\n")
    engine = ENGINE.read_text(encoding="utf-8").rstrip("\n")
    # A JSON object: the browser parses it into a lookup faster than a script can build one.
    table = _json({chr(code): simplified for code, simplified in t2s_table().items()})
    return f"{lunr}\n{engine}\nZW_SEARCH.t(JSON.parse('{_quoted(table)}'));\n"


def engine_file(meta: dict, lunr_index: str) -> bytes:
    """Return search.js: lunr.js as published (with its licence), the engine, the map, `meta` and the lunr index."""
    data = _json(meta)[:-1] + ',"lunr":' + lunr_index + "}"
    return f"{_engine()}ZW_SEARCH.i(JSON.parse('{_quoted(data)}'));\nZW_SEARCH.start();\n".encode("utf-8")


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _quoted(text: str) -> str:
    """Return JSON text as the body of a single-quoted JS string, safe inside any HTML too."""
    return (text.replace("\\", "\\\\").replace("'", "\\'").replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029").replace("</", "<\\/"))


def _script(callback: str, number: int, text: str) -> bytes:
    """Return a classic script that hands JSON `text` to the page: works from file:// where fetch does not."""
    return f"ZW_SEARCH.{callback}({number},JSON.parse('{_quoted(text)}'));\n".encode("utf-8")
