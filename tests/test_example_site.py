"""The example site, built end to end from the five sources, as a user builds it."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from conftest import html_files, run_build


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("example")
    import shutil
    from conftest import EXAMPLE_CONTENT, REPO

    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    shutil.copytree(EXAMPLE_CONTENT, root / "content")
    result = run_build("build", "--config", str(root / "site.yaml"), cwd=root)
    assert result.returncode == 0, result.stderr
    return root, result


def test_build_writes_five_source_pages_home_and_export(built):
    root, result = built
    site = root / "site"
    docs = sorted(p.parent.name for p in (site / "documents").glob("*/index.html"))
    assert len(docs) == 5
    assert (site / "index.html").is_file()
    data = json.loads((site / "data" / "sourcebook.json").read_text())
    assert sorted(d["id"] for d in data["documents"]) == docs
    assert {d["source"] for d in data["documents"]} == {
        "000_550c2b39810ba3ce.txt", "001_6815e00bd8c9d89b.txt", "002_855aa30f19ba18b0.txt",
        "003_b6566e3df28cf3a0.txt", "004_a3c286e22370bfac.txt",
    }
    home = (site / "index.html").read_text()
    for doc in docs:
        assert f"documents/{doc}/" in home


def test_the_home_page_alone_counts_the_sources_and_ministers(built):
    """A count of the whole site on every page would make every page change with any source
    added or deleted: the totals are on the home page, not in the nav or the footer."""
    root, _ = built
    site = root / "site"
    data = json.loads((site / "data" / "sourcebook.json").read_text())
    counts = re.search(r'<p class="site-counts">(\d+) sources · (\d+) ministers? · (\d+) places?</p>',
                       (site / "index.html").read_text())
    assert counts, "no counts on the home page"
    assert tuple(map(int, counts.groups())) == (len(data["documents"]), len(data["ministers"]), len(data["places"]))
    for page in html_files(site):
        if page != site / "index.html":
            text = page.read_text()
            assert 'class="site-counts"' not in text and 'class="count"' not in text, page
            assert not re.search(r"<footer[^>]*>\s*<p>\d+ sources", text), page


def test_report_counts_sources_and_boilerplate(built):
    _, result = built
    report = re.search(r"(\d+) sources read .*?(\d+) boilerplate lines dropped, (\d+) pages written", result.stdout)
    assert report, result.stdout
    sources, dropped, pages = map(int, report.groups())
    assert sources == 5
    # 002's caption, 004's caption twice, 004's four related headlines, 000's repeated line.
    assert dropped == 8
    assert pages >= 5 + 1


def test_no_caption_or_related_headlines_on_any_page(built):
    root, _ = built
    for page in html_files(root / "site"):
        text = page.read_text()
        assert "Photo / Supplied" not in text, page
        assert "Photo / Mark Mitchell" not in text, page
        assert "How Iran could retaliate to US attack" not in text, page
        assert "price on Donald Trump" not in text, page


def test_paragraphs_have_stable_ids_and_front_matter_is_used(built):
    root, _ = built
    data = json.loads((root / "site" / "data" / "sourcebook.json").read_text())
    pm = next(d for d in data["documents"] if d["source"].startswith("001"))
    assert pm["title"] == "PM announces contribution to coalition against ISIL"
    assert pm["date"] == "2015-02-24"
    page = (root / "site" / "documents" / pm["id"] / "index.html").read_text()
    assert 'href="https://www.beehive.govt.nz/release/pm-announces-contribution-coalition-against-isil"' in page
    ids = re.findall(r'<p id="(p\d+)"', page)
    assert ids == [f"p{i}" for i in range(1, len(ids) + 1)] and len(ids) == 21


def test_inferred_titles_are_short_and_cut_at_a_word(built):
    root, _ = built
    data = json.loads((root / "site" / "data" / "sourcebook.json").read_text())
    for doc in data["documents"]:
        assert 10 < len(doc["title"]) <= 91, doc["title"]
        assert "Photo /" not in doc["title"]
    slugs = [d["id"] for d in data["documents"]]
    assert len(set(slugs)) == 5 and all(re.fullmatch(r"[a-z0-9-]+", s) for s in slugs)


def test_check_passes_on_the_example(built):
    root, _ = built
    result = run_build("check", "--config", str(root / "site.yaml"), cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problem(s)" in result.stdout


def test_builds_are_byte_identical(built, tmp_path):
    root, _ = built
    other = tmp_path / "again"
    result = run_build("build", "--config", str(root / "site.yaml"), "--output", str(other), "--no-cache", cwd=root,
                       env={"PYTHONHASHSEED": "123"})
    assert result.returncode == 0, result.stderr

    def tree(folder):
        return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    assert tree(root / "site") == tree(other)
