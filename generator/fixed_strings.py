"""Write a theme's fixed UI strings into its templates when they are compiled.

`{{ t.document.index_no }}` reads the same string on all 21,000 document pages: two lookups and an
escape at every render. An environment is made for one theme and is never reused after its
strings change (a changed theme gets a new environment), so such an expression can become the
template's own text, escaped as autoescape would escape it, before Jinja2 parses the template.

Only a whole `{{ t.NAME.NAME … }}` (names, or quoted keys in brackets) that reaches a string or a
number is replaced: filters, tests, computed keys (`t.validity[d.validity]`) and missing keys are
left to run as before, so a missing string still fails as StrictUndefined makes it fail. A
template that binds a name `t` of its own (a loop, a set, a macro's parameter …) is left whole.
"""
from __future__ import annotations

from typing import Any, Iterator

from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import escape

from .recording import DICT_ATTRIBUTES

STRINGS = "t"  # the global that holds the theme's strings (theme.make_environment)
MISSING = object()


class FixedStrings(Extension):
    """Replace each `{{ t.… }}` that names one fixed string by the escaped string itself."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        tokens = list(stream)
        strings = self.environment.globals.get(STRINGS)
        if not isinstance(strings, dict) or _binds_strings_name(tokens):
            return iter(tokens)
        return _replaced(tokens, strings)


def _binds_strings_name(tokens: list[Token]) -> bool:
    """Whether `t` appears other than as `t.` or `t[`: as a loop or set target, a parameter, `as t` …"""
    for at, token in enumerate(tokens):
        if token.type == "name" and token.value == STRINGS:
            after = tokens[at + 1].type if at + 1 < len(tokens) else ""
            if after not in ("dot", "lbracket"):
                return True
    return False


def _replaced(tokens: list[Token], strings: dict) -> Iterator[Token]:
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.type == "variable_begin":
            end = _variable_end(tokens, at)
            value = _fixed_value(tokens[at + 1:end], strings)
            if value is not MISSING:
                yield Token(token.lineno, "data", str(escape(value)))
                at = end + 1
                continue
        yield token
        at += 1


def _variable_end(tokens: list[Token], start: int) -> int:
    for at in range(start + 1, len(tokens)):
        if tokens[at].type == "variable_end":
            return at
    return len(tokens)


def _fixed_value(inner: list[Token], strings: dict) -> Any:
    """The string that `t.a.b` or `t.a['b']` names, or MISSING when the expression is anything else."""
    if not inner or inner[0].type != "name" or inner[0].value != STRINGS:
        return MISSING
    value: Any = strings
    at = 1
    while at < len(inner):
        if inner[at].type == "dot" and at + 1 < len(inner) and inner[at + 1].type == "name":
            key, at = inner[at + 1].value, at + 2
            if key in DICT_ATTRIBUTES:  # `t.items` is the dict's method when rendered, not a string
                return MISSING
        elif (inner[at].type == "lbracket" and at + 2 < len(inner) and inner[at + 1].type == "string"
              and inner[at + 2].type == "rbracket"):
            key, at = inner[at + 1].value, at + 3
        else:
            return MISSING
        if not isinstance(value, dict) or key not in value:
            return MISSING
        value = value[key]
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or at == 1:
        return MISSING
    return value
