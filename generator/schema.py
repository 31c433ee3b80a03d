"""Declarative schemas for content files, and the checks that turn raw YAML into typed values."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from . import vocabulary as vocab
from .diagnostics import Report, known_values_hint, suggest
from .sources import YamlData

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
URL_PATTERN = re.compile(r"https?://[^\s/]+\S*\Z")
PERIOD = re.compile(r"\d+\s*[dwmy]\Z")


@dataclass(frozen=True)
class Field:
    """What one key accepts: its kind, whether it is required, and its allowed values."""

    kind: str  # text, markdown, int, bool, date, id, url, choice, list, record, step
    required: bool = False
    choices: Mapping[str, str] | tuple[str, ...] | None = None
    item: "Field | None" = None
    fields: Mapping[str, "Field"] = field(default_factory=dict)
    example: str = ""


def text(required: bool = False, example: str = "") -> Field:
    return Field("text", required, example=example)


def choice(values: Mapping[str, str] | tuple[str, ...], required: bool = False) -> Field:
    return Field("choice", required, choices=values)


def list_of(item: Field, required: bool = False) -> Field:
    return Field("list", required, item=item)


def record(fields: Mapping[str, Field], required: bool = False) -> Field:
    return Field("record", required, fields=fields)


CATALOGUE_ROW = {
    "item": text(True, "办事指南"),
    "stage": choice(vocab.STAGES, True),
    "content": text(example="受理部门、办理条件、办理流程"),
    "basis": text(),
    "time_limit": text(example="信息形成或者变更之日起20个工作日内"),
    "subject": text(),
    "channels": list_of(choice(vocab.CHANNELS)),
    "audience": choice(vocab.AUDIENCES),
    "method": choice(vocab.METHODS),
    "levels": list_of(choice(vocab.CATALOGUE_LEVELS)),
}

MATTER = {
    "title": text(True, "出生登记"),
    "domain": Field("id", True),
    "list": choice(vocab.LISTS, True),
    "department": Field("id", True),
    "level": choice(vocab.LEVELS),
    "basis": list_of(text()),
    "statutory_days": Field("int"),
    "promised_days": Field("int"),
    "max_visits": Field("int"),
    "fee": text(),
    "conditions": Field("markdown"),
    "materials": list_of(record({"name": text(True), "copies": Field("int"), "note": text()})),
    "steps": list_of(Field("step", fields={"name": text(True), "who": text(), "days": Field("int")})),
    "places": list_of(Field("id")),
    "online_url": Field("url"),
    "phone": text(),
    "tags": list_of(text()),
    "hot": Field("bool"),
    "documents": list_of(Field("id")),
    "faq": list_of(record({"q": text(True), "a": Field("markdown", True)})),
    "catalogue": list_of(record(CATALOGUE_ROW)),
    "aliases": list_of(Field("id")),
}

DOCUMENT = {
    "title": text(True),
    "category": Field("id", True),
    "publisher": Field("id", True),
    "published": Field("date"),  # required unless draft; checked in validate_document
    "number": text(example="青府办〔2024〕8号"),
    "index_no": text(example="007543118/2024-00012"),
    "written": Field("date"),
    "keywords": list_of(text()),
    "matters": list_of(Field("id")),
    "validity": choice(vocab.VALIDITY),
    "valid_until": Field("date"),
    "disclosure": choice(vocab.DISCLOSURE),
    "interprets": Field("id"),
    "attachments": list_of(record({"file": text(True), "title": text()})),
    "draft": Field("bool"),
    "summary": text(),
    "aliases": list_of(Field("id")),
}

PAGE = {
    "title": text(True),
    "summary": text(),
    "order": Field("int"),
    "aliases": list_of(Field("id")),
}

PLACE = {
    "id": Field("id", True),
    "name": text(True),
    "address": text(True),
    "lat": Field("number"),
    "lon": Field("number"),
    "hours": text(),
    "phone": text(),
    "kind": text(),
}

SITE = {
    "title": text(True),
    "organization": text(),
    "base_url": Field("url"),
    "language": text(),
    "domains": list_of(record({"id": Field("id", True), "name": text(True)}), True),
    "categories": list_of(record({
        "id": Field("id", True),
        "name": text(True),
        "stage": choice(vocab.STAGES, True),
        "required": list_of(text()),
        "disclosure_days": Field("int"),
        "stale_after": Field("period"),
        "needs_interpretation": Field("bool"),
    }), True),
    "organizations": list_of(record({
        "id": Field("id", True),
        "name": text(True),
        "level": choice(vocab.LEVELS, True),
        "parent": Field("id"),
        "code": text(example="007543118"),
    }), True),
    "footer": record({
        "site_code": text(),
        "icp": text(),
        "police_record": text(),
        "contact": text(),
        "phone": text(),
        "email": text(),
        "address": text(),
    }),
    "kiosk": Field("bool"),
    "kiosk_idle_seconds": Field("int"),
    "search": record({"abbreviations": Field("abbreviations")}),
}


class Checker:
    """Check one YAML document against a schema, reporting every problem with its line."""

    def __init__(self, shown: str, data: YamlData, report: Report) -> None:
        self.shown = shown
        self.data = data
        self.report = report

    def error(self, path: tuple, message: str, fix: str = "") -> None:
        self.report.error(self.shown, self.data.line(*path), message, fix)

    def record(self, value: Any, fields: Mapping[str, Field], path: tuple = ()) -> dict | None:
        """Return the checked values of a mapping, or None when it is not a mapping."""
        if not isinstance(value, dict):
            self.error(path, f"{_where(path) or 'the front matter'} must be a set of 'key: value' lines, "
                       f"not {_describe(value)}", "write one 'key: value' per line")
            return None
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key not in fields:
                hint = suggest(str(key), fields)
                self.report.warning(self.shown, self.data.line(*path, key), f'unknown key "{_where(path + (key,))}"',
                                    f"{hint + ' ' if hint else ''}(unknown keys are ignored)")
                continue
            checked = self.value(item, fields[key], path + (key,))
            if checked is not None:
                result[key] = checked
        missing = [key for key, spec in fields.items() if spec.required and value.get(key) in (None, "", [])]
        for key in missing:
            example = f" e.g. {key}: {fields[key].example}" if fields[key].example else ""
            self.error(path, f'missing required key "{_where(path + (key,))}"', f"add a line '{key}: …'{example}")
        # A top-level record stays, so that its other keys are still checked; a nested one is dropped.
        return None if missing and path else result

    def value(self, value: Any, spec: Field, path: tuple) -> Any:
        """Return the value converted to its kind, or None after reporting why it cannot be."""
        if value is None or value == "":
            return None
        check = getattr(self, f"_{spec.kind}")
        return check(value, spec, path)

    def _text(self, value: Any, spec: Field, path: tuple) -> str | None:
        if isinstance(value, bool) or isinstance(value, (dict, list)):
            self.error(path, f'"{_where(path)}" must be text, not {_describe(value)}',
                       "put the text in quotes" if isinstance(value, bool) else "write it as one line of text")
            return None
        return str(value).strip()

    _markdown = _text

    def _int(self, value: Any, spec: Field, path: tuple) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.error(path, f'"{_where(path)}" must be a whole number of 0 or more, not {_describe(value)}',
                       f"write digits only, e.g. {path[-1]}: 15")
            return None
        return value

    def _number(self, value: Any, spec: Field, path: tuple) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(path, f'"{_where(path)}" must be a number, not {_describe(value)}',
                       f"write a decimal number, e.g. {path[-1]}: 22.5485")
            return None
        return float(value)

    def _bool(self, value: Any, spec: Field, path: tuple) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, f'"{_where(path)}" must be true or false, not {_describe(value)}',
                       f"write {path[-1]}: true or {path[-1]}: false")
            return None
        return value

    def _date(self, value: Any, spec: Field, path: tuple) -> dt.date | None:
        raw = str(value).strip()
        try:
            if not DATE_PATTERN.match(raw):
                raise ValueError
            return dt.date.fromisoformat(raw)
        except ValueError:
            self.error(path, f'"{_where(path)}" is not a valid date: "{raw}"',
                       "write dates as YYYY-MM-DD, e.g. 2024-03-15")
            return None

    def _id(self, value: Any, spec: Field, path: tuple) -> str | None:
        raw = str(value).strip()
        if isinstance(value, bool) or not ID_PATTERN.match(raw):
            self.error(path, f'"{_where(path)}" is not a valid id: "{raw}"',
                       "ids use lowercase letters a-z, digits and '-', and start with a letter or digit")
            return None
        return raw

    def _url(self, value: Any, spec: Field, path: tuple) -> str | None:
        raw = str(value).strip()
        if not URL_PATTERN.match(raw):
            self.error(path, f'"{_where(path)}" is not a web address: "{raw}"',
                       "write the full address starting with https:// or http://")
            return None
        return raw

    def _choice(self, value: Any, spec: Field, path: tuple) -> str | None:
        raw = str(value).strip()
        allowed = tuple(spec.choices or ())
        if raw not in allowed:
            hint = suggest(raw, allowed)
            self.error(path, f'"{_where(path)}" has an unknown value "{raw}"',
                       f"{hint + ' ' if hint else ''}{known_values_hint(allowed, 16)}")
            return None
        return raw

    def _list(self, value: Any, spec: Field, path: tuple) -> list | None:
        if not isinstance(value, list):
            self.error(path, f'"{_where(path)}" must be a list, not {_describe(value)}',
                       f"write each entry on its own line starting with '- ', under '{path[-1]}:'")
            return None
        assert spec.item is not None
        checked = (self.value(item, spec.item, path + (index,)) for index, item in enumerate(value))
        return [item for item in checked if item is not None]

    def _record(self, value: Any, spec: Field, path: tuple) -> dict | None:
        return self.record(value, spec.fields, path)

    def _period(self, value: Any, spec: Field, path: tuple) -> str | None:
        raw = str(value).strip().lower()
        if not PERIOD.match(raw):
            self.error(path, f'"{_where(path)}" is not a period: "{raw}"',
                       "write a number and d, w, m or y, e.g. 2w (two weeks), 6m, 1y")
            return None
        return raw

    def _abbreviations(self, value: Any, spec: Field, path: tuple) -> dict | None:
        # 低保: [最低生活保障]: what residents type → the words documents use.
        if not isinstance(value, dict) or not all(isinstance(v, list) for v in value.values()):
            self.error(path, f'"{_where(path)}" must map each abbreviation to a list of full words',
                       "write e.g. 低保: [最低生活保障]")
            return None
        return {str(k).strip(): [str(w).strip() for w in v if str(w).strip()] for k, v in value.items()}

    def _step(self, value: Any, spec: Field, path: tuple) -> dict | None:
        # A step is either a bare name or {name, who, days}: editors start simple and add detail later.
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return {"name": str(value).strip()}
        return self.record(value, spec.fields, path)


def _where(path: tuple) -> str:
    """Return a key path as editors read it: `materials #2 name`."""
    parts = [f"#{part + 1}" if isinstance(part, int) else str(part) for part in path]
    return " ".join(parts)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, dict):
        return "a set of keys"
    if isinstance(value, list):
        return "a list"
    return f'"{value}"'
