"""The reports of `check`: text for the editor's terminal, JSON for tools, a web page for the office."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from .build import UsageError
from .diagnostics import Report
from .inspection import Finding, Inspection, Reminder, documents_by_department
from .model import Site
from .workdays import FIRST_YEAR, LAST_YEAR

REPORT_TEMPLATE = Path(__file__).resolve().parent / "data" / "report.html"


def check_json(report: Report, result: Inspection | None, site: Site | None, today: dt.date) -> dict:
    """Return the stable JSON form of a check (schema documented in the README)."""
    reminders = result.reminders if result else []
    return {
        "today": today.isoformat(),
        "calendar": {"first_year": FIRST_YEAR, "last_year": LAST_YEAR},
        "summary": {
            "errors": len(report.errors), "warnings": len(report.warnings),
            "matters": len(site.matters) if site else 0, "documents": len(site.documents) if site else 0,
            "reminders": len(reminders), "overdue": sum(r.status == "overdue" for r in reminders),
            "findings": len(result.findings) if result else 0,
        },
        "diagnostics": [d.as_dict() for d in report.sorted()],
        **(result.as_dict() if result else {"reminders": [], "findings": [], "notes": []}),
    }


def describe(item: Reminder | Finding) -> str:
    """Return one line of the text report."""
    if isinstance(item, Reminder):
        days = f"{item.working_days} working day{'s' if item.working_days != 1 else ''}"
        when = f"OVERDUE by {days}" if item.status == "overdue" else f"due in {days}"
        return (f'{when}: {item.path}: draft "{item.title}" written {item.written}, due {item.due}'
                " — publish it, or record why it is withheld")
    where = f"{item.path}:{item.line}" if item.line else item.path
    return f"{item.rule}: {where}: {item.message} — {item.fix}"


def check_text(report: Report, result: Inspection | None, today: dt.date) -> str:
    lines = [d.format() for d in report.sorted()]
    if result is not None:
        groups = documents_by_department(result.reminders, result.findings)
        if groups or result.notes:
            lines += ["", f"Reminders and inspection on {today.isoformat()} "
                          f"(working-day calendar {FIRST_YEAR}–{LAST_YEAR}):"]
        for department, items in groups.items():
            lines += ["", f"{department} — {len(items)} to act on:"] + [f"  {describe(i)}" for i in items]
        lines += [f"note: {note}" for note in result.notes]
        lines.append("")
    errors, warnings = len(report.errors), len(report.warnings)
    summary = f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
    if result is not None:
        overdue = sum(r.status == "overdue" for r in result.reminders)
        summary += (f"; {len(result.reminders)} reminder{'s' if len(result.reminders) != 1 else ''} "
                    f"({overdue} overdue); {len(result.findings)} inspection finding"
                    f"{'s' if len(result.findings) != 1 else ''}")
    return "\n".join(lines + [summary])


def write_report_page(path: Path, content: Path, report: Report, result: Inspection | None, site: Site | None) -> None:
    """Write the report as a standalone page for the office; never inside the content folder."""
    target = path.resolve()
    if target.is_relative_to(content.resolve()):
        raise UsageError(f"--html {path}: the report must not be written inside the content folder")
    groups = documents_by_department(result.reminders, result.findings) if result else {}
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    html = env.from_string(REPORT_TEMPLATE.read_text(encoding="utf-8")).render(
        title=(site.title if site else "") + " 公开检查报告", today=result.today.isoformat() if result else "",
        diagnostics=report.sorted(), groups=groups, notes=result.notes if result else [],
        describe=describe)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
