"""Diagnostics for editors: every problem names the file, the line, what is wrong and how to fix it."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Iterable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in the content, located as precisely as the source allows."""

    path: str
    line: int
    severity: str
    message: str
    fix: str = ""

    def format(self) -> str:
        """Return the editor-facing line: `path:line: severity: what — how to fix`."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} — {self.fix}" if self.fix else text

    def as_dict(self) -> dict:
        """Return the stable JSON form used by `check --format json`."""
        return {
            "path": self.path,
            "line": self.line,
            "severity": self.severity,
            "message": self.message,
            "fix": self.fix,
        }


@dataclass
class Report:
    """Collects every diagnostic of a run so that all of them are shown, not just the first."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def error(self, path: str, line: int, message: str, fix: str = "") -> None:
        self.diagnostics.append(Diagnostic(path, line, ERROR, message, fix))

    def warning(self, path: str, line: int, message: str, fix: str = "") -> None:
        self.diagnostics.append(Diagnostic(path, line, WARNING, message, fix))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == WARNING]

    def sorted(self) -> list[Diagnostic]:
        """Return the diagnostics in a stable order: by file, then line."""
        return sorted(set(self.diagnostics))


def suggest(value: str, candidates: Iterable[str]) -> str:
    """Return ` did you mean "x"?` for the closest candidate, or an empty string."""
    matches = difflib.get_close_matches(str(value), sorted(set(candidates)), n=1, cutoff=0.6)
    return f'did you mean "{matches[0]}"?' if matches else ""


def known_values_hint(candidates: Iterable[str], limit: int = 12) -> str:
    """Return a short list of the accepted values for a fix message."""
    values = sorted(set(candidates))
    shown = ", ".join(values[:limit])
    more = f" … ({len(values)} in all)" if len(values) > limit else ""
    return f"use one of: {shown}{more}"
