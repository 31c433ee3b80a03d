"""sources.read_nodes reads front matter quicker than PyYAML's constructor and two more walks over
the nodes, and sources.read_simple reads the simple front matter of most documents line by line;
both must give the same values, lines and duplicate keys as PyYAML."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.diagnostics import Report
from generator.sources import ContentLoader, parse_yaml, read_nodes, read_simple

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


SIMPLE = [  # front matter as documents have it: read_simple must read these itself
    "title: 关于印发《东湖区养老服务补贴办法》的通知\ncategory: notices\npublished: 2024-03-01\nnumber: 东府〔2023〕5号",
    "keywords: [户籍, 出生]\nmatters: [birth , birth-2]\nempty: []\ndraft: true\ncount: 0x1f\nratio: 1.5\nfee: ~",
    "attachments:\n  - {file: 2019/a.pdf, title: 附件1：名单}\n  - {file: b.xlsx,title: 附件2}\nsummary: 公开。",
    "matters:\n- birth\n- birth-2\nurl: https://www.gov.cn/a?b=c",
    "title: a  b  c\nvalid_until: 2025-13-45\nyes_key: yes\nsexagesimal: 1:30\nplus: +1\nunder: 1_000",
]
NOT_SIMPLE = [  # anything else is left to PyYAML: read_simple must decline, never read it otherwise
    "title: a # comment", "title: a:", "title: a: b", "title: 'quoted'", 'title: "quoted"', "title: |\n  text",
    "title: a\tb", "title: a\u2028b", "title: a ", "title: \u3000a", "title: &x a\nother: *x", "title: !!str 1",
    "title: a, b", "title: [a, [b]]", "keywords: [a, b,]", "keywords: [a, ]", "keywords: [a] x", "title:",
    "title:\nnext: a", "on: x", "null: x", "title: a\ntitle: b", "attachments:\n  - {a: 1, a: 2}",
    "attachments:\n  - {a}", "attachments:\n  - {a:b}", "attachments:\n  - {a: [b]}", "items:\n  - a\n    - b",
    "items:\n  - a\n - b", "items:\n  -  a", "items:\n  - - a", "title: a\n\nnext: b", "# comment\ntitle: a",
    "title: -", "title: -1", "title: ? a", "title: %a", "title: @a", "title: `a`", "title: a\x00", "title: a\ufeff", "",
    "  title: a", "title: a\n  continued", "- a\n- b", "title: {a: b}\nnext: {c: d, e: f}x",
]


@pytest.mark.parametrize("text", SIMPLE)
def test_simple_front_matter_is_read_line_by_line_as_pyyaml_reads_it(text):
    simple = read_simple(text, 2)
    assert simple is not None
    assert (simple.value, simple.lines, []) == _pyyaml(text)


@pytest.mark.parametrize("text", NOT_SIMPLE)
def test_other_front_matter_is_left_to_pyyaml(text):
    assert read_simple(text, 2) is None


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_read_line_by_line_are_read_as_pyyaml_reads_them(text):
    simple = read_simple(text, 2)
    assert simple is None or (simple.value, simple.lines, []) == _pyyaml(text)


def test_demo_front_matter_read_line_by_line_is_what_pyyaml_reads():
    texts = [path.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n")
             for path in sorted((ROOT / "content").rglob("*.md"))]
    simple = [(text, read_simple(text, 2)) for text in texts]
    assert sum(found is not None for _, found in simple) > len(texts) / 2  # documents, mostly
    for text, found in simple:
        if found is not None:
            assert (found.value, found.lines, []) == _pyyaml(text), text[:200]


YAML_CHARACTERS = "#:,[]{}'\"&*!|>%@`\t-?~ \u3000\x85\u2028"


def _put_in(text: str, places) -> int:
    """Put each of YAML's special characters into `text` at each place: read_simple must read the
    result as PyYAML does, or decline it. Return how many it read."""
    read = 0
    for char in YAML_CHARACTERS:
        for at in places:
            changed = text[:at] + char + text[at:]
            simple = read_simple(changed, 2)
            try:
                expected = _pyyaml(changed)
            except yaml.YAMLError:
                assert simple is None, changed
                continue
            assert simple is None or (simple.value, simple.lines, []) == expected, changed
            read += simple is not None
    return read


def test_demo_front_matter_with_yaml_characters_put_in_is_read_as_pyyaml_reads_it_or_left_to_it():
    texts = [path.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n")
             for path in sorted((ROOT / "content" / "documents").rglob("*.md"))[:40]]
    texts = [text for text in texts if read_simple(text, 2) is not None]
    read = sum(_put_in(text, {text.index(": ") + 2, text.index("\n") - 1, text.index("\n"), len(text) // 2,
                              len(text)}) for text in texts)
    assert read > 100


def test_flow_lists_and_maps_with_yaml_characters_put_in_anywhere_are_read_as_pyyaml_reads_them_or_left_to_it():
    text = "title: 通知\nkeywords: [甲乙, 丙丁]\nattachments:\n  - {file: a.pdf, title: 附件一}\n  - {file: b.pdf, title: 二}"
    assert read_simple(text, 2) is not None
    assert _put_in(text, range(len(text) + 1)) > 300
