"""bench/corpus.py: the synthetic district for benchmarks is deterministic, valid and scales linearly."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from generator.build import load_site
from generator.diagnostics import Report
from generator.vocabulary import STAGES

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = corpus  # dataclasses look their module up by name
_spec.loader.exec_module(corpus)

TINY = 0.01  # 12 matters, 210 documents


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "content"
    corpus.write_corpus(out, TINY, 2018)
    return out


def test_same_seed_and_scale_give_byte_identical_trees(tiny, tmp_path):
    again = tmp_path / "again"
    corpus.write_corpus(again, TINY, 2018)
    first, second = tree(tiny), tree(again)
    assert list(first) == list(second)
    assert [name for name in first if first[name] != second[name]] == []
    other = tmp_path / "other-seed"
    corpus.write_corpus(other, TINY, 7)
    assert tree(other) != first


def test_the_generator_loads_it_without_a_single_diagnostic(tiny):
    report = Report()
    site = load_site(tiny, report)
    assert site is not None
    assert [d.format() for d in report.sorted()] == []
    assert len(site.matters) == round(corpus.FULL_MATTERS * TINY)
    assert len(site.documents) + len(site.drafts) == round(corpus.FULL_DOCUMENTS * TINY)
    assert {d.stage.id for d in site.documents} == set(STAGES)
    assert all(1 <= len(d.matters) <= 5 for d in site.documents + site.drafts)
    assert all(domain.matters for domain in site.domains)
    assert site.drafts and any(d.interprets for d in site.documents)
    assert {d.validity for d in site.documents} == {"valid", "expired", "repealed"}
    assert len(site.organizations) >= 40 and len(site.places) >= 50 and len(site.pages) >= 2
    assert any(a.path.endswith(".pdf") for d in site.documents for a in d.attachments)


def test_matters_and_documents_scale_linearly(tmp_path):
    for scale in (0.005, 0.02):
        summary = corpus.write_corpus(tmp_path / str(scale), scale, 2018)
        assert summary.matters == round(corpus.FULL_MATTERS * scale)
        assert summary.documents == round(corpus.FULL_DOCUMENTS * scale)


def test_bodies_and_titles_have_realistic_lengths(tiny):
    for path in sorted((tiny / "documents").rglob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        title = front.split("\n", 1)[0].removeprefix("title: ")
        assert 10 <= len(title) <= 42, path
        assert 800 <= len(body) <= 2500, path


def test_it_never_replaces_a_folder_it_did_not_write(tmp_path):
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(corpus.Refused):
        corpus.write_corpus(foreign, TINY, 2018)
    assert tree(foreign) == {"mine.txt": b"keep me"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]  # no staging folder left behind

    ours = tmp_path / "ours"
    corpus.write_corpus(ours, 0.005, 2018)
    (ours / "documents" / "stale.md").write_text("left from an old run", encoding="utf-8")
    corpus.write_corpus(ours, 0.005, 2018)
    assert not (ours / "documents" / "stale.md").exists()
    assert (ours / corpus.MARKER).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes", "ours"]
