"""End-to-end: build the demo district in content/ and check the output contract on every page."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT
from generator.build import load_site
from generator.diagnostics import Report
from sitecheck import html_pages, parse_page, resolve, tree_digest

CONTENT = ROOT / "content"


def run_build(output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(CONTENT),
                           "--output", str(output), *extra], capture_output=True, text=True, cwd=output.parent)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("demo") / "output"
    result = run_build(output)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "the demo must build without warnings:\n" + result.stderr
    return output


@pytest.fixture(scope="module")
def site():
    report = Report()
    model = load_site(CONTENT, report)
    assert not report.diagnostics, [d.format() for d in report.diagnostics]
    return model


@pytest.fixture(scope="module")
def pages(demo):
    return {path: parse_page(demo, path) for path in html_pages(demo)}


def test_demo_is_a_real_district(site):
    assert [d.name for d in site.domains] == ["就业创业", "养老服务", "社会救助", "社会保险", "户籍管理",
                                             "医疗卫生", "城市综合执法", "义务教育", "环境保护"]
    assert len(site.matters) >= 45
    assert all(len(domain.matters) >= 5 for domain in site.domains)
    assert {m.list.id for m in site.matters} == {"administrative-power", "public-service", "public-concern"}
    assert {m.level.id for m in site.matters} == {"district", "subdistrict", "community"}
    assert len(site.documents) + len(site.drafts) >= 180
    assert all(category.documents for category in site.categories)
    assert {d.validity for d in site.documents} == {"valid", "expired", "repealed"}
    assert sum(1 for d in site.documents if d.interprets) >= 3
    assert site.drafts and site.places
    assert sum(1 for d in site.documents if d.attachments) >= 10
    assert any(re.search("[戶與為們發國區規]", d.title) for d in site.documents), "some Traditional documents"


def test_every_page_has_its_canonical_address(pages, site):
    for path, page in pages.items():
        assert page.canonical == [site.base_url + path], path


def test_every_relative_link_resolves(pages, demo):
    broken = []
    for path, page in pages.items():
        for tag, attribute, value in page.links:
            target = resolve(path, value)
            if target is None:
                continue
            if not (demo / target).is_file():
                broken.append(f"{path}: {tag} {attribute}={value}")
            fragment = value.partition("#")[2]
            if fragment and target.endswith(".html") and fragment not in pages[target].ids:
                broken.append(f"{path}: {value} (no id {fragment})")
    assert broken == []


def test_nothing_loads_from_another_host(pages):
    remote = [(path, value) for path, page in pages.items() for tag, attribute, value in page.links
              if attribute == "src" or tag == "link" if re.match(r"[a-z]+:|//", value)]
    assert remote == []


def test_links_between_pages_are_relative(pages, site):
    absolute = [(path, value) for path, page in pages.items() for _, _, value in page.links
                if value.startswith("/") or value.startswith(site.base_url)]
    assert absolute == []


def test_matter_and_document_links_are_two_way(pages, site):
    for matter in site.matters:
        page = pages[matter.path]
        linked = {resolve(matter.path, value) for _, _, value in page.links}
        for document in matter.documents:
            assert document.path in linked, (matter.id, document.id)
            back = {resolve(document.path, value) for _, _, value in pages[document.path].links}
            assert matter.path in back, (document.id, matter.id)
    assert all(m.documents for m in site.matters), "every demo matter has related documents"


def test_birth_registration_gathers_everything(pages, site):
    matter = next(m for m in site.matters if m.id == "birth-registration")
    assert (matter.statutory_days, matter.promised_days, matter.max_visits) == (50, 15, 1)
    stages = {d.stage.id for d in matter.documents}
    assert len(stages) >= 3
    text = pages[matter.path].text
    for heading in ("办事要点", "申请材料", "办理流程", "相关文件", "标准目录", "常见问题"):
        assert heading in text


def test_catalogue_has_the_ten_national_columns(pages, site):
    text = pages["catalogue.html"].text
    for column in ("序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                   "公开对象", "公开方式", "公开层级"):
        assert column in text
    assert len(site.catalogue_rows) >= len(site.matters)


def test_every_item_has_its_page(demo, site):
    expected = {m.path for m in site.matters} | {d.path for d in site.documents} | {p.path for p in site.pages}
    expected |= {t.path for terms in (site.domains, site.stages, site.categories, site.lists, site.levels,
                                      site.organizations, site.tags) for t in terms}
    missing = [path for path in expected if not (demo / path).is_file()]
    assert missing == []
    assert not any((demo / d.path).exists() for d in site.drafts)


def test_index_numbers_are_unique(site):
    counts = Counter(d.index_no for d in site.documents)
    assert counts.most_common(1)[0][1] == 1


def test_two_builds_are_byte_identical(demo, tmp_path):
    again = tmp_path / "again"
    assert run_build(again).returncode == 0
    assert tree_digest(again) == tree_digest(demo)


def test_every_qr_code_of_the_demo_scans(demo, pages, site):
    from qrdecode import scan_svg

    scanned, aliases = 0, {site.base_url + a.path for a in site.aliases}
    for path in pages:
        html = (demo / path).read_text(encoding="utf-8")
        for chunk in html.split("<img ")[1:]:
            if "data-qr=" not in chunk:
                continue
            src = chunk.split('src="', 1)[1].split('"', 1)[0]
            data = chunk.split('data-qr="', 1)[1].split('"', 1)[0]
            assert scan_svg(demo / resolve(path, src)) == [data], (path, src)
            assert data not in aliases
            scanned += 1
    own = [p for p in (m.path for m in site.matters)] + [d.path for d in site.documents]
    for path in own:
        assert f'data-qr="{site.base_url}{path}"' in (demo / path).read_text(encoding="utf-8"), path
    assert scanned >= len(own)
