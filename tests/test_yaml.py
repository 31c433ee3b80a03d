"""sources.read_nodes reads front matter quicker than PyYAML's constructor and two more walks over
the nodes; it must give the same values, lines and duplicate keys."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.diagnostics import Report
from generator.sources import ContentLoader, parse_yaml, read_nodes

ROOT = Path(__file__).resolve().parent.parent

EDGE_CASES = [
    "title: 出生登记\nmax_visits: 0\npromised_days: 5\nonline: yes\nfee: ~\nratio: 1.5\nhex: 0x1f\nsexagesimal: 1:30",
    "published: 2024-03-01\nwritten: 2024-13-01\nkeywords: [户籍, 出生]\nmatters:\n  - birth\n  - 'birth'",
    "base: &b {a: 1, b: [x, y]}\nother:\n  <<: *b\n  c: 3",  # merge key: PyYAML's constructor does it
    "a: &x [1, 2]\nb: *x\nc: *x",  # one node twice, not a loop
    "? [a, b]\n: complex key",  # a key that is a list: PyYAML's error
    "1: one\ntrue: yes\nnull: nothing\n2.5: float key",
    "set: !!set {a, b}\nomap: !!omap [{a: 1}]\nbinary: !!binary aGk=",
    "quoted: '2024'\nplain: 2024\nnested: {a: {b: [c, {d: e}]}}",
    "title: a\nsteps:\n  - name: 受理\n    name: 审核\ntitle: b\nmaterials: [{x: 1, x: 2}]",  # duplicate keys, nested too
    "title: a\ntitle: b\nbad: !unknown x",  # duplicates, then a constructor error
    "just text",
    "- a\n- b",
]


def _record_lines(node: yaml.Node, path: tuple, first_line: int, lines: dict[tuple, int]) -> None:
    """The lines as parse_yaml recorded them before read_nodes, in a walk of their own."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = path + (key_node.value,)
            lines[key] = first_line + key_node.start_mark.line
            _record_lines(value_node, key, first_line, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = first_line + item.start_mark.line
            _record_lines(item, path + (index,), first_line, lines)


def _duplicate_keys(node: yaml.Node, first_line: int) -> list[tuple[int, str, int]]:
    """The duplicate keys as parse_yaml found them before read_nodes (keys that are lists skipped)."""
    found = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = first_line + key_node.start_mark.line
            if not isinstance(key_node, yaml.ScalarNode):
                pass
            elif key_node.value in seen:
                found.append((line, key_node.value, seen[key_node.value]))
            else:
                seen[key_node.value] = line
            found += _duplicate_keys(value_node, first_line)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found += _duplicate_keys(item, first_line)
    return found


def _pyyaml(text: str):
    """What parse_yaml gave before read_nodes: PyYAML's constructor and the two walks."""
    loader = ContentLoader(text)
    try:
        node = loader.get_single_node()
        duplicates = _duplicate_keys(node, 2)
        try:
            value = loader.construct_document(node)
        except yaml.YAMLError as exc:
            return ("error", str(exc), duplicates)
        lines: dict[tuple, int] = {}
        _record_lines(node, (), 2, lines)
        return value, lines, duplicates
    finally:
        loader.dispose()


def _mine(text: str):
    loader = ContentLoader(text)
    try:
        node = loader.get_single_node()
        try:
            return read_nodes(loader, node, 2)
        except yaml.YAMLError as exc:
            return ("error", str(exc), _duplicate_keys(node, 2))
    finally:
        loader.dispose()


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_read_as_pyyaml_reads_them(text):
    assert _mine(text) == _pyyaml(text)


@pytest.mark.parametrize("text, problem", [
    ("loop: &l [1, *l]", "a value contains itself"),
    ("max_visits: !!int abc", "a value cannot be read"),
    ("fee: 0\nfee: 1\nmax_visits: !!int abc", 'key "fee" appears twice'),
    ("bad: !unknown x\nloop: &l [1, *l]", "could not determine a constructor"),  # the error, then a loop
    ("? [a, b]\n: complex key", "found unhashable key"),
])
def test_odd_yaml_is_an_error_for_the_editor_not_a_crash(text, problem):
    report = Report()
    assert parse_yaml(text, "x.md", 2, report) is None
    assert problem in report.errors[0].message and len(report.errors) == 1 + ("twice" in problem)


def test_a_value_that_contains_itself_is_reported_at_its_anchor():
    report = Report()
    assert parse_yaml("title: a\nloop: &l\n  - 1\n  - *l", "x.md", 2, report) is None
    assert report.errors[0].line == 3 and "contains itself"  # the line of `loop: &l` in report.errors[0].message


def test_duplicate_keys_are_reported_with_both_lines_also_before_an_error():
    report = Report()
    assert parse_yaml("title: a\ntitle: b\nbad: !unknown x", "x.md", 2, report) is None
    assert (report.errors[0].line, report.errors[0].message) == (3, 'key "title" appears twice (first on line 2)')
    assert len(report.errors) == 2 and "YAML syntax error" in report.errors[1].message


def test_every_demo_file_reads_as_pyyaml_reads_it():
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "content").rglob("*.yaml"))]
    for path in sorted((ROOT / "content").rglob("*.md")):
        texts.append(path.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n"))
    assert len(texts) > 100
    for text in texts:
        assert _mine(text) == _pyyaml(text), text[:200]
