"""A theme's fixed strings compiled into its templates render exactly as when looked up at render time."""
from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator import fixed_strings
from generator.theme import Theme, find_theme, make_environment

STRINGS = {"document": {"index_no": "索引号", "quote": '<"甲" & \'乙\'>', "count": 3, "on": True},
           "validity": {"valid": "有效", "expired": "已失效"}, "items": {"x": "条目"}}

TEMPLATES = {
    "fixed": '<dt title="{{ t.document.quote }}">{{ t.document.index_no }}</dt>{{ t["document"]["quote"] }}'
             '{{ t.document.count }}{{ t.document.on }}',
    "computed": "{% for v in ['valid', 'expired'] %}{{ t.validity[v] }}{% endfor %}{{ t.document.index_no|length }}",
    "loop": "{% for t in people %}{{ t.name }}{% endfor %}{{ t }}",
    "macro": "{% macro row(t) %}[{{ t.document }}]{% endmacro %}{{ row({'document': 'own'}) }}",
    "missing": "{{ t.document.nothing }}",
}


def environments(tmp_path: Path) -> tuple[jinja2.Environment, jinja2.Environment]:
    """Return an environment as themes get it, and one without the compiling step."""
    (tmp_path / "templates").mkdir()
    for name, source in TEMPLATES.items():
        (tmp_path / "templates" / f"{name}.html").write_text(source, encoding="utf-8")
    theme = Theme("test", tmp_path, STRINGS)
    plain = make_environment(theme)
    plain.extensions.clear()
    return make_environment(theme), plain


@pytest.mark.parametrize("name", ["fixed", "computed", "loop", "macro"])
def test_a_compiled_string_renders_as_the_looked_up_one(tmp_path, name):
    compiled, plain = environments(tmp_path)
    context = {"people": [{"name": "张三"}, {"name": "李四"}]}
    html = compiled.get_template(f"{name}.html").render(**context)
    assert html == plain.get_template(f"{name}.html").render(**context)
    assert {"fixed": "&lt;&#34;甲&#34; &amp; &#39;乙&#39;&gt;", "loop": "张三李四", "macro": "[own]",
            "computed": "有效已失效3"}[name] in html


def test_only_whole_fixed_strings_are_compiled_in(tmp_path):
    compiled, _ = environments(tmp_path)
    source = compiled.compile(TEMPLATES["fixed"] + "{{ t.validity[v] }}{{ t.items.x }}", raw=True)
    assert "索引号" in source and "'index_no'" not in source  # no lookup left for a fixed string
    assert "'validity'" in source  # t.validity[v] is looked up as each page renders
    assert "'items'" in source  # t.items is the dict's method, as Jinja2 reads it


def test_a_missing_string_still_fails_when_rendered(tmp_path):
    compiled, _ = environments(tmp_path)
    template = compiled.get_template("missing.html")  # compiling it is no error
    with pytest.raises(jinja2.UndefinedError, match="nothing"):
        template.render()


def test_the_default_theme_compiles_its_fixed_strings():
    env = make_environment(find_theme("default"))
    env.get_template("document.html")
    assert fixed_strings.FixedStrings in {type(e) for e in env.extensions.values()}
    source = env.loader.get_source(env, "document.html")[0]
    assert "{{ t.document.index_no }}" in source
    assert "'document'), 'index_no')" not in env.compile(source, raw=True)
