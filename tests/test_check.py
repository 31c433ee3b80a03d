"""`check`: working days, reminders for drafts, inspection rules, report formats and exit codes."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml

from conftest import DOCUMENT, MATTER, SITE
from generator.workdays import CalendarGap, add_working_days, working_days_between

D = dt.date


def test_calendar_knows_the_2024_national_day_week():
    # 1–7 Oct off; Sunday 29 Sep and Saturday 12 Oct were make-up working days (调休).
    assert add_working_days(D(2024, 9, 27), 1) == D(2024, 9, 29)
    assert add_working_days(D(2024, 9, 30), 1) == D(2024, 10, 8)
    assert add_working_days(D(2024, 10, 11), 1) == D(2024, 10, 12)
    assert add_working_days(D(2024, 9, 20), 20) == D(2024, 10, 23)
    assert working_days_between(D(2024, 9, 30), D(2024, 10, 8)) == 1
    assert working_days_between(D(2024, 10, 30), D(2024, 10, 23)) == -5


def test_calendar_refuses_to_guess_outside_its_years():
    with pytest.raises(CalendarGap, match="covers 2004–2026, not 2030"):
        add_working_days(D(2030, 1, 2), 3)


def draft(written: str, title: str = "出生登记材料清单调整") -> str:
    return DOCUMENT.replace("published: 2024-03-01\nwritten: 2024-02-26",
                            f"draft: true\nwritten: {written}").replace("title: 关于出生登记的通知", f"title: {title}")


def check(run_cli, *args: str):
    return run_cli("check", "--content", "content", "--format", "json", *args)


def test_overdue_and_due_soon_drafts(make_content, run_cli):
    make_content({"documents/2024/d-1.md": draft("2024-09-20")})
    overdue = json.loads(check(run_cli, "--today", "2024-10-30").out)["reminders"]
    assert overdue == [{"status": "overdue", "document": "d-1", "title": "出生登记材料清单调整",
                        "path": "content/documents/2024/d-1.md", "department": "测试区公安分局",
                        "department_id": "police", "written": "2024-09-20", "due": "2024-10-23", "working_days": 5}]
    soon = json.loads(check(run_cli, "--today", "2024-10-18").out)["reminders"]
    assert [(r["status"], r["working_days"]) for r in soon] == [("due-soon", 3)]
    assert json.loads(check(run_cli, "--today", "2024-10-18", "--soon", "2").out)["reminders"] == []


def test_category_sets_its_own_time_limit(make_content, run_cli):
    categories = [dict(c, disclosure_days=10) if c["id"] == "notices" else c for c in SITE["categories"]]
    make_content({"site.yaml": yaml.safe_dump({**SITE, "categories": categories}, allow_unicode=True),
                  "documents/2024/d-1.md": draft("2024-09-20")})
    reminders = json.loads(check(run_cli, "--today", "2024-10-11").out)["reminders"]
    assert [(r["due"], r["status"], r["working_days"]) for r in reminders] == [("2024-10-10", "overdue", 1)]


def test_dates_outside_the_calendar_are_said_not_guessed(make_content, run_cli):
    make_content({"documents/2024/d-1.md": draft("2027-03-01")})
    data = json.loads(check(run_cli, "--today", "2027-04-01").out)
    assert data["reminders"] == []
    assert data["notes"] == ["content/documents/2024/d-1.md: no reminder: the working-day calendar covers "
                             "2004–2026, not 2027; check its due date by hand"]


def rules(run_cli, today: str) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for finding in json.loads(check(run_cli, "--today", today).out)["findings"]:
        found.setdefault(finding["rule"], []).append(finding)
    return found


def test_inspection_rules(make_content, run_cli):
    categories = [dict(c, needs_interpretation=True, stale_after="1y") if c["id"] == "notices" else c
                  for c in SITE["categories"]]
    make_content({
        "site.yaml": yaml.safe_dump({**SITE, "categories": categories}, allow_unicode=True),
        "documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "matters: [birth]\nvalid_until: 2024-12-31"),
        "matters/birth.md": MATTER.replace("    stage: service", "    stage: decision"),
    })
    found = rules(run_cli, "2025-06-01")
    assert [f["message"] for f in found["stale-category"]] == [
        'category "通知公告" (notices) has not been updated for 457 days (last 2024-03-01; limit 1y)']
    assert found["stale-category"][0]["department"] == "测试区公安分局"
    assert sorted(f["message"] for f in found["empty-category"]) == [
        'category "政策解读" (interpretations) is empty (空白栏目)', 'category "结果公示" (results) is empty (空白栏目)',
        'category "规范性文件" (normative) is empty (空白栏目)']
    assert [f["message"] for f in found["empty-domain"]] == ['domain "就业创业" (employment) has no matters']
    assert [f["message"] for f in found["stale-home"]] == [
        "the home page's newest document is 457 days old (2024-03-01): inspections fail a home page not updated "
        "for 14 days"]
    assert [f["message"] for f in found["needs-interpretation"]] == ['"关于出生登记的通知" has no policy interpretation (政策解读)']
    assert [f["message"] for f in found["past-valid-until"]] == [
        '"关于出生登记的通知" is marked valid but its valid_until 2024-12-31 has passed']
    assert [(f["path"], f["message"]) for f in found["stage-not-disclosed"]] == [
        ("content/matters/birth.md", '"出生登记": the catalogue discloses the 决策 stage actively, but no document of '
                                     "that stage is linked")]
    # A fresh column passes: only the stale rules depend on the date.
    assert "stale-category" not in rules(run_cli, "2024-06-01")


def test_text_report_groups_by_department(make_content, run_cli):
    make_content({"documents/2024/d-1.md": draft("2024-09-20")})
    result = run_cli("check", "--content", "content", "--today", "2024-10-30")
    assert result.code == 0
    lines = result.out.splitlines()
    police = lines.index("测试区公安分局 — 2 to act on:")
    assert lines[police + 1] == ('  OVERDUE by 5 working days: content/documents/2024/d-1.md: draft "出生登记材料清单调整" '
                                 "written 2024-09-20, due 2024-10-23 — publish it, or record why it is withheld")
    assert lines[police + 2].startswith("  stale-category: content/site.yaml: category \"通知公告\"")
    assert police < lines.index("测试区人民政府 — 5 to act on:")
    assert lines[-1] == "0 errors, 0 warnings; 1 reminder (1 overdue); 6 inspection findings"


def test_strict_fails_on_findings_and_html_report(make_content, run_cli, tmp_path):
    make_content({"documents/2024/d-1.md": draft("2024-09-20")})
    assert run_cli("check", "--content", "content", "--today", "2024-10-30").code == 0
    result = run_cli("check", "--content", "content", "--today", "2024-10-30", "--strict", "--html", "report/check.html")
    assert result.code == 1
    html = (tmp_path / "report/check.html").read_text(encoding="utf-8")
    assert "测试区公安分局（2项待办）" in html and "OVERDUE by 5 working days" in html and 'class="overdue"' in html
    refused = run_cli("check", "--content", "content", "--html", "content/report.html")
    assert refused.code == 2 and not (tmp_path / "content/report.html").exists()


def test_json_schema(make_content, run_cli):
    make_content()
    data = json.loads(check(run_cli, "--today", "2024-03-05").out)
    assert sorted(data) == ["calendar", "diagnostics", "findings", "notes", "reminders", "summary", "today"]
    assert data["calendar"] == {"first_year": 2004, "last_year": 2026}
    assert sorted(data["summary"]) == ["documents", "errors", "findings", "matters", "overdue", "reminders", "warnings"]
    assert sorted(data["findings"][0]) == ["department", "department_id", "fix", "line", "message", "path", "rule"]
