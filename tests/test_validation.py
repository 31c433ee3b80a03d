"""One test per validation rule, each asserting the exact diagnostic line an editor sees.

Messages are part of the product: an editor reads them to fix their file.
Line numbers refer to the fixture files in conftest.py (MATTER: title on line 2, DOCUMENT: title on line 2).
"""
from __future__ import annotations

import json

import pytest
import yaml

from conftest import DOCUMENT, MATTER, PLACES, SITE

M = "content/matters/birth.md"
D = "content/documents/2024/notice-1.md"
S = "content/site.yaml"


def site_yaml(**changes) -> str:
    return yaml.safe_dump({**SITE, **changes}, allow_unicode=True, sort_keys=False)


CASES = {
    "not-utf8": (
        {"matters/birth.md": MATTER.encode("gb18030")},
        f"{M}:2: error: the file is not UTF-8; it is probably GBK/GB18030, as saved by a Windows editor — "
        f"save it again as UTF-8 (in Notepad: 另存为 → 编码 UTF-8), or convert it: "
        f"iconv -f GB18030 -t UTF-8 {M} > {M}.utf8 && mv {M}.utf8 {M}",
    ),
    "no-front-matter": (
        {"matters/birth.md": "title: 出生登记\n"},
        f"{M}:1: error: the file does not start with front matter — begin the file with a line '---', "
        "the YAML keys (title: …), and another '---' line",
    ),
    "front-matter-not-closed": (
        {"matters/birth.md": "---\ntitle: 出生登记\n"},
        f"{M}:1: error: the front matter is not closed — add a line '---' after the last key, "
        "before the Markdown text",
    ),
    "yaml-syntax": (
        {"matters/birth.md": MATTER.replace("title: 出生登记", "title: 通知: 出生登记")},
        f"{M}:2: error: YAML syntax error: mapping values are not allowed in this context — put text that contains "
        "\": \" in quotes, e.g. title: \"通知：关于…\"",
    ),
    "duplicate-key": (
        {"matters/birth.md": MATTER.replace("max_visits: 1", "domain: household")},
        f'{M}:8: error: key "domain" appears twice (first on line 3) — keep one of the two and delete the other',
    ),
    "unknown-key": (
        {"matters/birth.md": MATTER.replace("max_visits: 1", "max_visit: 1")},
        f'{M}:8: warning: unknown key "max_visit" — did you mean "max_visits"? (unknown keys are ignored)',
    ),
    "missing-required": (
        {"matters/birth.md": MATTER.replace("list: public-service", "level: district")},
        f'{M}:2: error: missing required key "list" — add a line \'list: …\'',
    ),
    "missing-required-nested": (
        {"matters/birth.md": MATTER.replace("- {name: 出生医学证明, copies: 1}", "- {copies: 1}")},
        f'{M}:11: error: missing required key "materials #1 name" — add a line \'name: …\'',
    ),
    "not-a-number": (
        {"matters/birth.md": MATTER.replace("statutory_days: 50", "statutory_days: 五十")},
        f'{M}:6: error: "statutory_days" must be a whole number of 0 or more, not "五十" — '
        "write digits only, e.g. statutory_days: 15",
    ),
    "bad-date": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("2024-03-01", "2024-13-01")},
        f'{D}:5: error: "published" is not a valid date: "2024-13-01" — write dates as YYYY-MM-DD, e.g. 2024-03-15',
    ),
    "bad-id": (
        {"matters/Birth Reg.md": MATTER.replace("title: 出生登记", "title: 出生登记二")},
        'content/matters/Birth Reg.md:1: error: the file name "Birth Reg.md" is not a valid id — '
        'rename it to "birth-reg.md": lowercase letters a-z, digits and "-" only',
    ),
    "duplicate-id": (
        {"matters/household/birth.md": MATTER},
        'content/matters/household/birth.md:1: error: matter id "birth" is also used by content/matters/birth.md'
        " — ids must be unique: rename one of the two files",
    ),
    "unknown-domain": (
        {"matters/birth.md": MATTER.replace("domain: household", "domain: housEhold")},
        f'{M}:3: error: "domain" is not a valid id: "housEhold" — ids use lowercase letters a-z, digits and '
        "'-', and start with a letter or digit",
    ),
    "unknown-domain-suggest": (
        {"matters/birth.md": MATTER.replace("domain: household", "domain: househld")},
        f'{M}:3: error: unknown domain "househld" — did you mean "household"?',
    ),
    "unknown-category": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("category: notices", "category: notice")},
        f'{D}:3: error: unknown category "notice" — did you mean "notices"?',
    ),
    "unknown-organization": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("publisher: police", "publisher: polise")},
        f'{D}:4: error: unknown organization "polise" — did you mean "police"?',
    ),
    "unknown-matter": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "matters: [berth]")},
        f'{D}:7: error: unknown matter "berth" — did you mean "birth"?',
    ),
    "unknown-document": (
        {"matters/birth.md": MATTER.replace("hot: true", "documents: [notice-2]")},
        f'{M}:16: error: unknown document "notice-2" — did you mean "notice-1"?',
    ),
    "unknown-place": (
        {"matters/birth.md": MATTER.replace("places: [hall]", "places: [hal]")},
        f'{M}:9: error: unknown place "hal" — did you mean "hall"?',
    ),
    "bad-vocabulary": (
        {"matters/birth.md": MATTER.replace("list: public-service", "list: public")},
        f'{M}:4: error: "list" has an unknown value "public" — did you mean "public-service"? '
        "use one of: administrative-power, public-concern, public-service",
    ),
    "bad-channel": (
        {"matters/birth.md": MATTER.replace("channels: [政府网站]", "channels: [政府网]")},
        f'{M}:20: error: "catalogue #1 channels #1" has an unknown value "政府网" — did you mean "政府网站"? '
        "use one of: 12345政务服务热线, 两微一端, 便民服务站, 入户/现场, 公开查阅点, 其他, 发布会/听证会, "
        "广播电视, 政务服务中心, 政府公报, 政府网站, 社区/企事业单位/村公示栏(电子屏), 精准推送, 纸质媒体",
    ),
    "promised-over-statutory": (
        {"matters/birth.md": MATTER.replace("promised_days: 15", "promised_days: 60")},
        f"{M}:7: error: promised_days (60) is longer than statutory_days (50) — the promised time limit must "
        "not exceed the statutory one: check both numbers",
    ),
    "category-required-key": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("category: notices", "category: normative")},
        f'{D}:3: error: category "normative" requires "number", which this document does not give — '
        "add a line 'number: …' (site.yaml lists what each category requires)",
    ),
    "attachment-missing": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "attachments: [{file: a.pdf}]"),
         "files/b.pdf": b"%PDF-1.4\n"},
        f'{D}:7: error: attachment "a.pdf" is not in files/ — put the file under files/ and give its path '
        'relative to files/; did you mean "b.pdf"?',
    ),
    "attachment-outside": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "attachments: [{file: ../site.yaml}]")},
        f'{D}:7: error: attachment "../site.yaml" is outside files/ — put the file under files/ and give its '
        "path relative to files/",
    ),
    "alias-collision": (
        {"matters/death.md": MATTER.replace("title: 出生登记", "title: 死亡注销").replace(
            "hot: true", "aliases: [birth]")},
        'content/matters/death.md:16: error: alias "birth" claims the address matters/birth.html, which '
        "content/matters/birth.md already has — two sources cannot share one address: remove the alias or "
        "rename the other file",
    ),
    "written-after-published": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("written: 2024-02-26", "written: 2024-03-26")},
        f"{D}:6: error: written (2024-03-26) is after published (2024-03-01) — a document is written (成文日期) "
        "before it is published (发布日期): check both dates",
    ),
    "published-missing": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("published: 2024-03-01\n", "")},
        f"{D}:2: error: missing required key \"published\" — add a line 'published: YYYY-MM-DD', or "
        "'draft: true' if it is not published yet",
    ),
    "draft-without-written": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("published: 2024-03-01\nwritten: 2024-02-26",
                                                        "draft: true")},
        f"{D}:2: error: a draft needs \"written\" — add 'written: YYYY-MM-DD': reminders count the disclosure "
        "time limit from it",
    ),
    "body-link-unknown": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("matter:birth", "matter:brth")},
        f'{D}:9: error: link to an unknown matter "brth" — did you mean "birth"?',
    ),
    "body-link-missing-file": (
        {"matters/birth.md": MATTER + "\n见[申请表](files/form.pdf)。\n"},
        f'{M}:27: error: link to a missing file "files/form.pdf" — put the file under files/, or correct the path',
    ),
    "interprets-itself": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "interprets: notice-1")},
        f"{D}:7: error: a document cannot interpret itself — give the id of the document this one explains",
    ),
    "duplicate-index-number": (
        {"documents/2024/notice-1.md": DOCUMENT.replace("matters: [birth]", "index_no: 001234575/2024-00001"),
         "documents/2024/notice-2.md": DOCUMENT.replace("matters: [birth]", "index_no: 001234575/2024-00001")},
        'content/documents/2024/notice-2.md:1: error: index number (索引号) "001234575/2024-00001" is also used by '
        f"{D} — each document needs its own 索引号: change or remove index_no in one of them",
    ),
    "bad-url": (
        {"matters/birth.md": MATTER.replace("hot: true", "online_url: www.example.gov.cn")},
        f'{M}:16: error: "online_url" is not a web address: "www.example.gov.cn" — write the full address '
        "starting with https:// or http://",
    ),
    "not-a-list": (
        {"matters/birth.md": MATTER.replace("tags: [生育]", "tags: 生育、落户")},
        f"{M}:15: error: \"tags\" must be a list, not \"生育、落户\" — write each entry on its own line starting "
        "with '- ', under 'tags:'",
    ),
    "not-a-bool": (
        {"matters/birth.md": MATTER.replace("hot: true", "hot: 是")},
        f"{M}:16: error: \"hot\" must be true or false, not \"是\" — write hot: true or hot: false",
    ),
    "unknown-parent": (
        {"site.yaml": site_yaml(organizations=[*SITE["organizations"][:2],
                                               {"id": "east", "name": "东街道", "level": "subdistrict",
                                                "parent": "gvo"}])},
        f'{S}:37: error: organization "east" has an unknown parent "gvo" — did you mean "gov"?',
    ),
    "site-missing": (
        {"site.yaml": None},
        f"{S}: error: site.yaml is missing — create site.yaml with the site's title, domains, categories and "
        "organizations (see README)",
    ),
    "duplicate-place": (
        {"places.yaml": PLACES + PLACES.replace("区政务服务中心", "另一个中心")},
        'content/places.yaml:4: error: place id "hall" is used twice (first on line 1) — ids must be unique: '
        "rename one of the two",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_reports_exact_line(name, make_content, run_cli):
    files, expected = CASES[name]
    make_content(files)
    result = run_cli("check", "--content", "content")
    assert expected in result.lines, "\n".join(result.lines)
    assert result.code == (0 if ": warning: " in expected else 1)


def test_clean_content_has_no_diagnostics(make_content, run_cli):
    make_content()
    result = run_cli("check", "--content", "content", "--today", "2024-03-05")
    assert not [line for line in result.lines if ": error: " in line or ": warning: " in line]
    assert result.lines[-1].startswith("0 errors, 0 warnings; 0 reminders (0 overdue); ")
    assert result.code == 0


def test_bom_and_crlf_are_accepted(make_content, run_cli):
    make_content({"matters/birth.md": ("\ufeff" + MATTER).replace("\n", "\r\n").encode("utf-8")})
    result = run_cli("check", "--content", "content")
    assert result.code == 0, result.lines


def test_every_error_of_a_run_is_reported(make_content, run_cli):
    make_content({
        "matters/birth.md": MATTER.replace("domain: household", "domain: nowhere"),
        "documents/2024/notice-1.md": DOCUMENT.replace("category: notices", "category: nothing"),
    })
    result = run_cli("check", "--content", "content")
    assert any(line.startswith(f"{M}:3: error: unknown domain") for line in result.lines)
    assert any(line.startswith(f"{D}:3: error: unknown category") for line in result.lines)
    assert result.lines[-1].startswith("2 errors, 0 warnings;")


def test_json_format(make_content, run_cli):
    make_content({"matters/birth.md": MATTER.replace("max_visits: 1", "max_visit: 1")})
    result = run_cli("check", "--content", "content", "--format", "json", "--today", "2026-01-05")
    data = json.loads(result.out)
    assert data["today"] == "2026-01-05"
    assert {k: data["summary"][k] for k in ("errors", "warnings", "matters", "documents")} == {
        "errors": 0, "warnings": 1, "matters": 1, "documents": 1}
    assert data["diagnostics"] == [{
        "path": M, "line": 8, "severity": "warning", "message": 'unknown key "max_visit"',
        "fix": 'did you mean "max_visits"? (unknown keys are ignored)',
    }]


def test_bad_usage_exits_2(make_content, run_cli):
    make_content()
    assert run_cli("check", "--content", "missing-folder").code == 2
    assert run_cli("build", "--content", "content", "--base-url", "example.org").code == 2
    assert run_cli("check", "--today", "yesterday").code == 2
    assert run_cli("frobnicate").code == 2
