"""Read content files: decode them, split front matter from body, and parse YAML with line numbers."""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from typing import Any

import yaml

from .diagnostics import Report

try:  # the C loader is several times faster at district scale
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class ContentLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe YAML loader that leaves dates as text, so that we can report bad dates ourselves.

    PyYAML would turn `2024-13-01` into an exception from deep inside the constructor,
    losing the line; we parse dates in the schema instead.
    """


ContentLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}

Path_ = tuple  # a location inside a YAML document: keys and list indexes


@dataclass
class YamlData:
    """Parsed YAML plus the file line of every key and list item in it."""

    value: Any
    lines: dict[tuple, int] = field(default_factory=dict)
    first_line: int = 1

    def line(self, *path: Any) -> int:
        """Return the line of `path`, or of its nearest located parent."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.first_line


@dataclass
class SourceFile:
    """A content file after reading: front matter, body and where the body starts."""

    path: str  # as shown to editors
    meta: YamlData
    body: str
    body_line: int


def decode_text(raw: bytes, shown: str, report: Report) -> str | None:
    """Return a file's text as UTF-8 without BOM and with LF line ends, or report why not."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        report.error(shown, line, *_encoding_problem(raw, shown))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encoding_problem(raw: bytes, shown: str) -> tuple[str, str]:
    quoted = shlex.quote(shown)
    convert = f"iconv -f GB18030 -t UTF-8 {quoted} > {quoted}.utf8 && mv {quoted}.utf8 {quoted}"
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return ("the file is not UTF-8 text", f"save it again as UTF-8 (in Notepad: 另存为 → 编码 UTF-8)")
    return (
        "the file is not UTF-8; it is probably GBK/GB18030, as saved by a Windows editor",
        f"save it again as UTF-8 (in Notepad: 另存为 → 编码 UTF-8), or convert it: {convert}",
    )


def parse_yaml(text: str, shown: str, first_line: int, report: Report) -> YamlData | None:
    """Parse one YAML document; report syntax errors and duplicate keys with their lines."""
    simple = read_simple(text, first_line)
    if simple is not None:
        return simple
    loader = ContentLoader(text)
    node = None
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlData({}, {}, first_line)
        value, lines, duplicates = read_nodes(loader, node, first_line)
    except _Loop as loop:
        report.error(shown, loop.args[0], "YAML error: a value contains itself (an alias *name inside its own &name)",
                     "write the value out instead of referring to it")
        return None
    except yaml.MarkedYAMLError as exc:
        if node is not None:  # composed, but not constructed: its duplicate keys still count
            _report_duplicates(_duplicates(loader, node, first_line), shown, report)
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        problem = exc.problem or exc.context or "invalid YAML"
        report.error(shown, line, f"YAML syntax error: {problem}", _yaml_fix(problem))
        return None
    except yaml.YAMLError as exc:
        report.error(shown, first_line, f"YAML error: {exc}", "check the indentation and quoting")
        return None
    except (ValueError, TypeError) as exc:  # PyYAML's own constructors, on e.g. `!!int abc`
        if node is not None:
            _report_duplicates(_duplicates(loader, node, first_line), shown, report)
        report.error(shown, first_line, f"YAML error: a value cannot be read ({exc})",
                     "remove the !! tag before the value, or correct the value")
        return None
    finally:
        loader.dispose()
    _report_duplicates(duplicates, shown, report)
    return YamlData(value, lines, first_line)


# Front matter as nearly every document has it: one `key: value` a line, each value a plain
# scalar, a flow list of them, or a block list whose items are plain scalars or flow maps of
# them ({file: …, title: …}): nothing that YAML reads in any other way.
SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]{0,99}):(?: (.*))?")  # (YAML caps a key at 1,024 characters)
SIMPLE_ITEM = re.compile(r"( *)- (.*)")
FLOW_LIST = re.compile(r"\[([^\[\]{}]*)\]")
FLOW_MAP = re.compile(r"\{([^\[\]{}]*)\}")
NESTED = re.compile(r"\n +[^ \-]")  # an indented line that is no list item: block text, nested maps
# A plain scalar is left to PyYAML when it starts with an indicator, holds a character that
# means something in YAML (comments, flow, `: `) or that YAML reads other than as written
# (tabs, line breaks of its own, characters it refuses), or ends in a space or a colon.
NOT_SIMPLE = re.compile(
    r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|[,\[\]{}#\t\x85\u2028\u2029\ufeff]|: |[\s:]$"
    r"|[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_SCALARS = yaml.constructor.SafeConstructor()  # turns a resolved plain scalar into its value, as PyYAML does


class _NotSimple(Exception):
    """Front matter that read_simple leaves to PyYAML."""


def read_simple(text: str, first_line: int) -> YamlData | None:
    """Return the value and lines of simple front matter, or None for anything else (read_nodes reads it).

    PyYAML composes every document node by node (through libyaml), and at district scale
    that was most of the time of reading 21,000 documents' few lines each: these are read
    line by line instead, every scalar resolved by PyYAML's own rules. tests/test_yaml.py
    holds the two to the same values and lines.
    """
    if NESTED.search(text):
        return None  # a matter's, say: found at once, not after its first ten lines
    value: dict[str, Any] = {}
    lines: dict[tuple, int] = {}
    listed: list | None = None  # the block list being read
    indent = ""
    try:
        for number, line in enumerate(text.split("\n"), first_line):
            item = SIMPLE_ITEM.fullmatch(line) if listed is not None else None
            if item is not None and (not listed or item[1] == indent):
                indent = item[1]
                lines[(key, len(listed))] = number
                listed.append(_flow(item[2], (key, len(listed)), number, lines))
                continue
            match = SIMPLE_LINE.fullmatch(line)
            if match is None or listed == [] or _resolve(match[1]) != STR or match[1] in value:
                return None  # (a key twice: PyYAML's reading reports it)
            key = match[1]
            lines[(key,)] = number
            if match[2] is None:
                listed = value[key] = []
            else:
                listed, value[key] = None, _flow(match[2], (key,), number, lines)
    except _NotSimple:
        return None
    return YamlData(value, lines, first_line) if value and listed != [] else None


def _flow(raw: str, path: tuple, number: int, lines: dict[tuple, int]) -> Any:
    """Return a plain scalar's value, or a flow list's or flow map's of plain scalars, noting their lines."""
    if raw.startswith("["):
        found = FLOW_LIST.fullmatch(raw)
        if found is None:
            raise _NotSimple
        parts = found[1].split(",")
        items = [] if parts == [""] else [_plain(part.strip(" ")) for part in parts]
        lines.update(((*path, index), number) for index in range(len(items)))
        return items
    if raw.startswith("{"):
        found = FLOW_MAP.fullmatch(raw)
        if found is None:
            raise _NotSimple
        mapping: dict[str, Any] = {}
        for part in found[1].split(","):
            key, colon, item = part.strip(" ").partition(": ")
            if not colon or _plain(key) != key or key in mapping or not SIMPLE_LINE.fullmatch(key + ":"):
                raise _NotSimple
            mapping[key] = _plain(item.strip(" "))
            lines[(*path, key)] = number
        return mapping
    return _plain(raw)


def _plain(raw: str) -> Any:
    """Return a plain scalar's value as PyYAML constructs it."""
    if not raw or NOT_SIMPLE.search(raw):
        raise _NotSimple
    tag = _resolve(raw)
    return raw if tag == STR else ContentLoader.yaml_constructors[tag](_SCALARS, yaml.ScalarNode(tag, raw))


def _resolve(raw: str) -> str:
    """Return the tag PyYAML's resolver gives a plain scalar (BaseResolver.resolve, for this one case)."""
    for tag, pattern in ContentLoader.yaml_implicit_resolvers.get(raw[0], ()):
        if pattern.match(raw):
            return tag
    return STR


STR, SEQ, MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
SCALAR_KEYS = frozenset((STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
                         "tag:yaml.org,2002:float"))
Duplicate = tuple[int, str, int]  # line, key, line of its first appearance


class _Loop(Exception):
    """A list or map that contains itself (an alias inside its own anchor): it has no lines to give."""


def read_nodes(loader: yaml.BaseLoader, node: yaml.Node, first_line: int
               ) -> tuple[Any, dict[tuple, int], list[Duplicate]]:
    """Return a composed document's value (as loader.construct_document(node) builds it), the line
    of every key and list item, and its duplicate keys, in one pass over the nodes.

    The pass builds the value of plain front matter (strings, lists and maps of them; other
    scalars through PyYAML's own constructors). Anything else (merge keys, keys that are not
    scalars, explicit tags on lists or maps) stops the building, and PyYAML's constructor
    builds that value instead (and the lines are walked again, as PyYAML merges `<<` keys into
    the nodes). It and two more walks over the nodes were half of the time of reading a
    document's front matter.
    """
    walk = _Walk(loader, first_line, values=True)
    value = walk.build(node, ())
    if walk.values:
        return value, walk.lines, walk.duplicates
    loader.constructed_objects = {}
    value = loader.construct_document(node)
    lines = _Walk(loader, first_line, values=False)  # again: PyYAML merged the `<<` keys into the nodes
    lines.build(node, ())
    return value, lines.lines, walk.duplicates


def _duplicates(loader: yaml.BaseLoader, node: yaml.Node, first_line: int) -> list[Duplicate]:
    """Return the duplicate keys of a document whose value could not be built (a loop ends the walk)."""
    walk = _Walk(loader, first_line, values=False)
    try:
        walk.build(node, ())
    except _Loop:
        pass
    return walk.duplicates


class _Walk:
    """One pass over a document's nodes: the line of every key and list item, its duplicate keys
    (PyYAML silently keeps the last of two equal keys: an editor's earlier value would vanish),
    and while `values` holds, the value of plain front matter."""

    def __init__(self, loader: yaml.BaseLoader, first_line: int, values: bool) -> None:
        self.loader = loader
        self.first_line = first_line
        self.values = values  # False once a node is not plain: PyYAML's constructor builds the value
        self.lines: dict[tuple, int] = {}
        self.duplicates: list[Duplicate] = []
        self.open: set[int] = set()  # the collections being walked: one met again is a loop

    def build(self, node: yaml.Node, path: tuple | None) -> Any:
        """Walk a node found at `path` (None below a key that is not a scalar: it has no path)."""
        if isinstance(node, yaml.ScalarNode):
            if not self.values:
                return None
            return node.value if node.tag == STR else self.loader.construct_object(node)
        if id(node) in self.open:
            raise _Loop(self.first_line + node.start_mark.line)
        self.open.add(id(node))
        self.values = self.values and node.tag in (SEQ, MAP)
        value: Any
        if isinstance(node, yaml.SequenceNode):
            value = []
            for index, item in enumerate(node.value):
                here = None if path is None else path + (index,)
                if here is not None:
                    self.lines[here] = self.first_line + item.start_mark.line
                value.append(self.build(item, here))
        else:
            value = {}
            seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):  # PyYAML's constructor reports it
                    self.values = False
                    self.build(value_node, None)
                    continue
                self.values = self.values and key_node.tag in SCALAR_KEYS
                name, line = key_node.value, self.first_line + key_node.start_mark.line
                if name in seen:
                    self.duplicates.append((line, name, seen[name]))
                else:
                    seen[name] = line
                here = None if path is None else path + (name,)
                if here is not None:
                    self.lines[here] = line
                key, item = self.build(key_node, here), self.build(value_node, here)
                if self.values:
                    value[key] = item
        self.open.discard(id(node))
        return value if self.values else None


def _yaml_fix(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return 'put text that contains ": " in quotes, e.g. title: "通知：关于…"'
    if "found character '\\t'" in problem:
        return "indent with spaces, not tabs"
    return "check the indentation and quoting on this line and the one before"


def _report_duplicates(duplicates: list[Duplicate], shown: str, report: Report) -> None:
    for line, key, first in duplicates:
        report.error(shown, line, f'key "{key}" appears twice (first on line {first})',
                     "keep one of the two and delete the other")


def read_yaml_file(raw: bytes, shown: str, report: Report) -> YamlData | None:
    """Read a whole-file YAML document such as site.yaml or places.yaml."""
    text = decode_text(raw, shown, report)
    return None if text is None else parse_yaml(text, shown, 1, report)


def read_markdown_file(raw: bytes, shown: str, report: Report) -> SourceFile | None:
    """Read a `.md` content file: front matter between `---` lines, then the Markdown body."""
    text = decode_text(raw, shown, report)
    if text is None:
        return None
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        report.error(
            shown, 1, "the file does not start with front matter",
            "begin the file with a line '---', the YAML keys (title: …), and another '---' line",
        )
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        report.error(
            shown, 1, "the front matter is not closed",
            "add a line '---' after the last key, before the Markdown text",
        )
        return None
    meta = parse_yaml("\n".join(lines[1:end]), shown, 2, report)
    if meta is None:
        return None
    body = "\n".join(lines[end + 1:])
    return SourceFile(shown, meta, body, end + 2)
