"""`check`: the disclosure office's reminders and the inspector's checklist (research/domain.md §3–4).

Reminders: a draft must be published within its active-disclosure time limit, 20 working days
from `written` (2019 Regulations on Government Information Disclosure, art. 26) unless its
category sets `disclosure_days`. Inspection rules follow 国办秘函〔2019〕19号: stale and empty
columns, a stale home page, policies without interpretation, and more. Each finding names
the department that must act.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from .model import Category, Organization, Site
from .vocabulary import STAGES
from .workdays import CalendarGap, add_working_days, working_days_between

DEFAULT_DISCLOSURE_DAYS = 20
DEFAULT_STALE_AFTER = "6m"  # 通知公告/政策文件 columns: 6 months
HOME_STALE_DAYS = 14  # 首页不更新: no update in 2 weeks
PERIOD = re.compile(r"(\d+)\s*([dwmy])\Z")
PERIOD_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


@dataclass(frozen=True)
class Reminder:
    """A draft whose disclosure time limit has passed or is near."""

    status: str  # overdue | due-soon
    document: str
    title: str
    path: str
    department: str
    department_id: str
    written: str
    due: str
    working_days: int  # overdue by (status overdue) or left (due-soon)


@dataclass(frozen=True)
class Finding:
    """A problem an inspector would flag, with what to do about it."""

    rule: str
    department: str
    department_id: str
    path: str
    line: int
    message: str
    fix: str


@dataclass
class Inspection:
    today: dt.date
    reminders: list[Reminder]
    findings: list[Finding]
    notes: list[str]  # what could not be checked, e.g. dates outside the calendar

    def as_dict(self) -> dict:
        return {"reminders": [asdict(r) for r in self.reminders], "findings": [asdict(f) for f in self.findings],
                "notes": self.notes}


def period_days(text: str) -> int | None:
    """Return the days of a period such as `2w`, `6m`, `1y` or `30d`, or None if it is not one."""
    match = PERIOD.match(str(text).strip().lower())
    return int(match[1]) * PERIOD_DAYS[match[2]] if match else None


def inspect(site: Site, today: dt.date, soon: int = 5) -> Inspection:
    """Return the reminders and inspection findings of a site on `today`."""
    result = Inspection(today, [], [], [])
    office = _office(site)
    result.reminders = _reminders(site, today, soon, result.notes)
    for rule in (_stale_categories, _empty_categories, _empty_domains, _stale_home, _needs_interpretation,
                 _past_valid_until, _undisclosed_stages):
        result.findings.extend(rule(site, today, office))
    result.reminders.sort(key=lambda r: (r.status != "overdue", -r.working_days if r.status == "overdue"
                                         else r.working_days, r.document))
    result.findings.sort(key=lambda f: (f.department_id, f.rule, f.path, f.line))
    return result


def _office(site: Site) -> Organization:
    # Columns, domains and the home page belong to the disclosure office: the site's top organization.
    roots = [o for o in site.organizations if o.parent is None]
    return roots[0] if roots else Organization("organization", "office", site.organization or "政务公开办", "")


def _reminders(site: Site, today: dt.date, soon: int, notes: list[str]) -> list[Reminder]:
    reminders = []
    for draft in site.drafts:
        if draft.written is None:
            continue
        days = draft.category.disclosure_days or DEFAULT_DISCLOSURE_DAYS
        try:
            due = add_working_days(draft.written, days)
            left = working_days_between(today, due)
        except CalendarGap as gap:
            notes.append(f"{draft.source}: no reminder: {gap}; check its due date by hand")
            continue
        if left < 0 or left <= soon:
            reminders.append(Reminder(
                "overdue" if left < 0 else "due-soon", draft.id, draft.title, draft.source, draft.publisher.name,
                draft.publisher.id, draft.written.isoformat(), due.isoformat(), abs(left)))
    return reminders


def _finding(rule: str, who: Organization, path: str, line: int, message: str, fix: str) -> Finding:
    return Finding(rule, who.name, who.id, path, line, message, fix)


def _stale_categories(site: Site, today: dt.date, office: Organization):
    for category in site.categories:
        if not category.documents:
            continue
        period = category.stale_after or DEFAULT_STALE_AFTER
        limit = period_days(period) or period_days(DEFAULT_STALE_AFTER)
        latest = max(d.published for d in category.documents if d.published)
        age = (today - latest).days
        if age > limit:
            yield _finding("stale-category", _main_publisher(category), site.source, 0,
                           f'category "{category.name}" ({category.id}) has not been updated for {age} days '
                           f"(last {latest.isoformat()}; limit {period})",
                           "publish the column's new information, or set stale_after for it in site.yaml")


def _main_publisher(category: Category) -> Organization:
    counts: dict[str, tuple[int, Organization]] = {}
    for document in category.documents:
        count, _ = counts.get(document.publisher.id, (0, document.publisher))
        counts[document.publisher.id] = (count + 1, document.publisher)
    return max(counts.values(), key=lambda pair: (pair[0], pair[1].id))[1]


def _empty_categories(site: Site, today: dt.date, office: Organization):
    for category in site.categories:
        if not category.documents:
            yield _finding("empty-category", office, site.source, 0,
                           f'category "{category.name}" ({category.id}) is empty (空白栏目)',
                           "publish its documents, or remove the category from site.yaml")


def _empty_domains(site: Site, today: dt.date, office: Organization):
    for domain in site.domains:
        if not domain.matters:
            yield _finding("empty-domain", office, site.source, 0, f'domain "{domain.name}" ({domain.id}) has no matters',
                           "add its matters under matters/, or remove the domain from site.yaml")


def _stale_home(site: Site, today: dt.date, office: Organization):
    latest = site.documents[:1]  # newest first
    if latest and latest[0].published and (today - latest[0].published).days > HOME_STALE_DAYS:
        age = (today - latest[0].published).days
        yield _finding("stale-home", office, site.source, 0,
                       f"the home page's newest document is {age} days old ({latest[0].published.isoformat()}): "
                       f"inspections fail a home page not updated for {HOME_STALE_DAYS} days",
                       "publish current information")


def _needs_interpretation(site: Site, today: dt.date, office: Organization):
    for category in site.categories:
        if not category.needs_interpretation:
            continue
        for document in category.documents:
            if document.validity == "valid" and not document.interpreted_by:
                yield _finding("needs-interpretation", document.publisher, document.source, 1,
                               f'"{document.title}" has no policy interpretation (政策解读)',
                               "publish an interpretation with 'interprets: " + document.id + "' at the same time")


def _past_valid_until(site: Site, today: dt.date, office: Organization):
    for document in site.documents:
        if document.validity == "valid" and document.valid_until and document.valid_until < today:
            yield _finding("past-valid-until", document.publisher, document.source, 1,
                           f'"{document.title}" is marked valid but its valid_until {document.valid_until} has passed',
                           "set 'validity: expired', or extend valid_until if it was renewed")


def _undisclosed_stages(site: Site, today: dt.date, office: Organization):
    for matter in site.matters:
        have = {d.stage.id for d in matter.documents}
        promised = sorted({row.stage.id for row in matter.catalogue if row.method == "active"}, key=list(STAGES).index)
        for stage in promised:
            if stage not in have:
                yield _finding("stage-not-disclosed", matter.department, matter.source, 1,
                               f'"{matter.title}": the catalogue discloses the {STAGES[stage]} stage actively, '
                               "but no document of that stage is linked",
                               f"publish it and link it to the matter (matters: [{matter.id}])")


def documents_by_department(reminders: list[Reminder], findings: list[Finding]) -> dict[str, list]:
    """Group reminders and findings under the department that must act, most urgent first."""
    groups: dict[str, list] = {}
    for item in [*reminders, *findings]:
        groups.setdefault(item.department, []).append(item)
    return dict(sorted(groups.items(), key=lambda pair: _urgency(pair[1])))


def _urgency(items: list) -> tuple:
    overdue = [i.working_days for i in items if isinstance(i, Reminder) and i.status == "overdue"]
    soon = [i.working_days for i in items if isinstance(i, Reminder) and i.status == "due-soon"]
    return (-max(overdue, default=-1), min(soon, default=10 ** 6), -len(items))

