"""QR codes: every code scans to its page's canonical address; cached across builds; none without base_url."""
from __future__ import annotations

import yaml

from conftest import MATTER, SITE
from qrdecode import scan_svg
from sitecheck import html_pages, parse_page, resolve


def build(run_cli, *extra: str):
    return run_cli("build", "--content", "content", "--output", "output", *extra)


def qr_images(out):
    """Yield (page, image path, data-qr) for every QR image in the site."""
    for path in html_pages(out):
        html = (out / path).read_text(encoding="utf-8")
        for chunk in html.split("<img ")[1:]:
            if "data-qr=" in chunk:
                src = chunk.split('src="', 1)[1].split('"', 1)[0]
                data = chunk.split('data-qr="', 1)[1].split('"', 1)[0]
                yield path, resolve(path, src), data


def test_every_code_scans_to_its_canonical_address(make_content, run_cli, tmp_path):
    make_content({"matters/birth.md": MATTER.replace("hot: true", "aliases: [birth-old]")})
    result = build(run_cli)
    assert result.code == 0, result.lines
    out = tmp_path / "output"
    images = list(qr_images(out))
    pages_with_own_code = {page for page, _, _ in images if not page.startswith("posters/")}
    assert pages_with_own_code == {"index.html", "catalogue.html", "matters/birth.html", "documents/notice-1.html",
                                   "domains/household.html", "domains/employment.html"}
    for page, image, data in images:
        assert scan_svg(out / image) == [data], (page, image)
        if not page.startswith("posters/"):
            assert parse_page(out, page).canonical == [data]
    # Aliases redirect; their targets' codes are the ones printed.
    assert not any("birth-old" in data for _, _, data in images)
    assert "data-qr" not in (out / "matters/birth-old.html").read_text(encoding="utf-8")
    made = {p.relative_to(out / "qr").as_posix() for p in (out / "qr").rglob("*") if p.is_file()}
    assert made == {image.split("qr/", 1)[1] for _, image, _ in images}  # every code made is shown, and no other


def test_posters_and_labels_carry_the_matter_code(make_content, run_cli, tmp_path):
    make_content()
    assert build(run_cli).code == 0
    out = tmp_path / "output"
    matter_url = "https://example.gov.cn/zwgk/matters/birth.html"
    for page in ("posters/matters/birth.html", "posters/labels/household.html"):
        codes = [data for p, _, data in qr_images(out) if p == page]
        assert codes == [matter_url]
    index = parse_page(out, "posters/index.html")
    assert ("a", "href", "matters/birth.html") in index.links and ("a", "href", "labels/household.html") in index.links


def test_codes_are_reused_from_the_previous_build(make_content, run_cli, tmp_path):
    make_content()
    first = build(run_cli)
    assert "6 QR codes (0 reused," in first.out
    second = build(run_cli, "--full")
    assert "6 QR codes (6 reused," in second.out
    third = build(run_cli, "--base-url", "https://other.example.cn/")
    assert "6 QR codes (0 reused," in third.out


def test_without_base_url_there_are_no_codes(make_content, run_cli, tmp_path):
    site = {k: v for k, v in SITE.items() if k != "base_url"}
    make_content({"site.yaml": yaml.safe_dump(site, allow_unicode=True)})
    result = build(run_cli)
    assert result.code == 0
    warnings = [line for line in result.lines if ": warning: " in line]
    assert warnings == ["content/site.yaml: warning: no base_url: canonical links cannot give the public address "
                        "and QR codes cannot be made — add 'base_url: https://…/' to site.yaml, or pass --base-url"]
    out = tmp_path / "output"
    assert not (out / "qr").exists() and not (out / "posters").exists()
    assert list(qr_images(out)) == []
    strict = build(run_cli, "--strict")
    assert strict.code == 1
    assert "build failed: 1 warning (--strict); output was left as it was" in strict.lines
