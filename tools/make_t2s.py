"""Regenerate generator/data/t2s.json: the Traditional→Simplified character map for search.

The map comes from OpenCC (the maintained converter), character by character: search folds
both the index and the query through it, so 戶籍 finds 户籍 and the reverse. Where OpenCC maps
one character to several, the first is taken (research/search.md §5). Run after upgrading
OpenCC: `.venv/bin/pip install opencc && .venv/bin/python tools/make_t2s.py`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import opencc

RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF)]
TARGET = Path(__file__).resolve().parent.parent / "generator" / "data" / "t2s.json"


def main() -> int:
    converter = opencc.OpenCC("t2s")
    mapping = {}
    for first, last in RANGES:
        for code in range(first, last + 1):
            char = chr(code)
            simplified = converter.convert(char)
            if simplified and simplified != char:
                mapping[char] = simplified[0]
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps({"source": f"OpenCC {opencc.__version__} t2s, per character",
                                  "map": "".join(k + v for k, v in sorted(mapping.items()))},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(mapping)} characters written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
