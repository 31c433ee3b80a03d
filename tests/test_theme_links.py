"""Links in templates: `x|url` and `url(x)` are one helper, relative to the page being rendered."""
from __future__ import annotations

from types import SimpleNamespace

from generator.theme import Theme, make_environment

TEMPLATE = ("{{ 'index.html'|url }} {{ url('index.html') }} {{ item|url }} {{ url(item) }}"
            "{% for i in [item] %}{% set z = i %} {{ z|url }}{% endfor %}")


def test_url_as_a_filter_and_as_a_function_give_the_same_relative_link(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text(TEMPLATE, encoding="utf-8")
    env = make_environment(Theme("test", tmp_path, {}))
    item = SimpleNamespace(path="documents/a.html")
    html = env.get_template("page.html").render(page_path="matters/m.html", item=item)
    assert html == "../index.html ../index.html ../documents/a.html ../documents/a.html ../documents/a.html"
    assert env.get_template("page.html").render(page_path="index.html", item=item) == (
        "index.html index.html documents/a.html documents/a.html documents/a.html")
