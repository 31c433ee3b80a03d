"""sources.construct builds front matter quicker than PyYAML's constructor; it must build the same values."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.sources import ContentLoader, construct

ROOT = Path(__file__).resolve().parent.parent

EDGE_CASES = [
    "title: 出生登记\nmax_visits: 0\npromised_days: 5\nonline: yes\nfee: ~\nratio: 1.5\nhex: 0x1f\nsexagesimal: 1:30",
    "published: 2024-03-01\nwritten: 2024-13-01\nkeywords: [户籍, 出生]\nmatters:\n  - birth\n  - 'birth'",
    "base: &b {a: 1, b: [x, y]}\nother:\n  <<: *b\n  c: 3",  # merge key: PyYAML's constructor does it
    "a: &x [1, 2]\nb: *x\nc: *x",  # one node twice, not a loop
    "loop: &l [1, *l]",  # a list that holds itself
    "? [a, b]\n: complex key",  # a key that is a list: PyYAML's error
    "1: one\ntrue: yes\nnull: nothing\n2.5: float key",
    "set: !!set {a, b}\nomap: !!omap [{a: 1}]\nbinary: !!binary aGk=",
    "quoted: '2024'\nplain: 2024\nnested: {a: {b: [c, {d: e}]}}",
    "",
    "just text",
    "- a\n- b",
]


def _both(text: str):
    results = []
    for build in (lambda loader, node: loader.construct_document(node), construct):
        loader = ContentLoader(text)
        try:
            node = loader.get_single_node()
            results.append(("value", None if node is None else build(loader, node)))
        except yaml.YAMLError as exc:
            results.append(("error", type(exc).__name__, str(exc)))
        finally:
            loader.dispose()
    return results


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_build_as_pyyaml_builds_them(text):
    mine, theirs = _both(text)[1], _both(text)[0]
    if text.startswith("loop"):  # a list inside itself: compare its shape, equality would recurse forever
        assert mine[1]["loop"][1] is mine[1]["loop"] and theirs[1]["loop"][1] is theirs[1]["loop"]
    else:
        assert mine == theirs


def test_every_demo_file_builds_as_pyyaml_builds_it():
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "content").rglob("*.yaml"))]
    for path in sorted((ROOT / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        texts.append(text.split("\n---\n", 1)[0].removeprefix("---\n"))
    assert len(texts) > 100
    for text in texts:
        mine, theirs = _both(text)[1], _both(text)[0]
        assert mine == theirs, text[:200]
