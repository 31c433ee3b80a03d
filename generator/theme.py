"""Load a theme: its Jinja2 templates, its UI strings (one file) and its static assets."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup

from . import urls
from .fixed_strings import FixedStrings
from .recording import RecordingEnvironment

THEMES_DIR = Path(__file__).resolve().parent.parent / "themes"


class ThemeError(Exception):
    """A theme that cannot be used: missing, or with a broken template or strings file."""


@dataclass(frozen=True)
class Theme:
    name: str
    folder: Path
    strings: dict[str, Any]

    @property
    def static(self) -> Path:
        return self.folder / "static"

    def static_files(self) -> list[str]:
        if not self.static.is_dir():
            return []
        return sorted(p.relative_to(self.static).as_posix() for p in self.static.rglob("*") if p.is_file())

    def digests(self) -> dict[str, str]:
        """Return the digest of every file of the theme, by path inside its folder."""
        return {p.relative_to(self.folder).as_posix(): hashlib.blake2b(p.read_bytes(), digest_size=16).hexdigest()
                for p in sorted(self.folder.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def find_theme(name: str) -> Theme:
    """Return the named theme (a folder under themes/, or a path to a theme folder)."""
    folder = Path(name) if ("/" in name or Path(name).is_dir()) and Path(name).is_dir() else THEMES_DIR / name
    if not (folder / "templates").is_dir():
        available = sorted(p.name for p in THEMES_DIR.iterdir() if (p / "templates").is_dir()) if THEMES_DIR.is_dir() else []
        raise ThemeError(f'theme "{name}" not found (no {folder / "templates"}); available: {", ".join(available)}')
    strings_file = folder / "strings.yaml"
    try:
        strings = yaml.safe_load(strings_file.read_text(encoding="utf-8")) if strings_file.is_file() else {}
    except yaml.YAMLError as exc:
        raise ThemeError(f"{strings_file}: {exc}") from exc
    return Theme(name, folder, strings or {})


def make_environment(theme: Theme) -> RecordingEnvironment:
    """Return the Jinja2 environment: autoescaped, strict about undefined names, with our helpers."""
    env = RecordingEnvironment(
        loader=jinja2.FileSystemLoader(str(theme.folder / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a build renders with one theme; a changed theme gets a new environment
        extensions=[FixedStrings],  # so its fixed strings can be compiled into its templates
    )
    env.globals.update(url=url, t=theme.strings)
    # `x|url` and `url(x)` give the same link. A filter is called directly; a global goes through
    # Context.call, which cost ~5 µs more a link as our templates call it (a district has 424,000).
    env.filters.update(url=url, date=format_date, size=format_size, nl2br=nl2br)
    return env


@jinja2.pass_context
def url(context: jinja2.runtime.Context, target: Any) -> str:
    """Return the relative link from the page being rendered to an item or an output path."""
    path = target if isinstance(target, str) else target.path
    return urls.relative(context["page_path"], path)


def format_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def nl2br(value: str) -> Markup:
    escaped = Markup.escape(value)
    return Markup("<br>\n").join(escaped.split("\n"))
