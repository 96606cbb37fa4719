"""A minister or place named by hundreds of sources gets its page in parts of ENTITY_PAGE_SIZE
sources, so the page stays readable and an edit to one quote re-renders one part."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_build
from sourcebook.config import load_settings
from sourcebook.incremental import IncrementalBuilder
from sourcebook.pipeline import build
from sourcebook.plan import ENTITY_PAGE_SIZE

SOURCES = 2 * ENTITY_PAGE_SIZE + 30


def source(i: int) -> str:
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    return (f"---\ntitle: Training report number {i}\ndate: 2016-{month:02d}-{day:02d}\n---\n"
            f"Report {i}: a training rotation at Camp Taji finished its course number {i}.\n\n"
            f'Defence Minister Ron Mark said: "Rotation {i} did well at the base."\n')


@pytest.fixture
def many(make_site):
    return make_site({f"r{i:03d}.md": source(i) for i in range(SOURCES)})


def doc_items(html: str) -> list[str]:
    return re.findall(r'<li class="doc-item">\s*<a href="[^"]*">([^<]*)</a>', html)


def test_entity_pages_come_in_parts_that_together_show_every_source(many):
    result = run_build(cwd=many)
    assert result.returncode == 0, result.stderr
    site = many / "site"
    for base in ("places/taji/", "ministers/ron-mark/"):
        parts = [site / base / "index.html"] + [site / base / f"page/{k}/index.html" for k in (2, 3)]
        assert all(p.is_file() for p in parts), base
        assert not (site / base / "page/4").exists()
        assert not (site / base / "page/1").exists()  # part 1 is the entity's own URL
        shown = [doc_items(p.read_text()) for p in parts]
        assert [len(s) for s in shown] == [ENTITY_PAGE_SIZE, ENTITY_PAGE_SIZE, SOURCES - 2 * ENTITY_PAGE_SIZE]
        assert len({t for s in shown for t in s}) == SOURCES  # each source on exactly one part
        second = parts[1].read_text()
        assert f"Sources {ENTITY_PAGE_SIZE + 1}–{2 * ENTITY_PAGE_SIZE} of {SOURCES}, oldest first." in second
        assert "(part 2 of 3) ·" in second.split("</title>")[0]
        assert 'rel="prev"' in second and 'rel="next"' in second
        assert "data-pagefind-body" not in second  # search finds the entity once, on its first part
    taji = [(site / "places/taji/index.html").read_text()] + [
        (site / f"places/taji/page/{k}/index.html").read_text() for k in (2, 3)]
    sentences = [s for html in taji for s in re.findall(r"finished its course number (\d+)\.", html)]
    assert sorted(map(int, sentences)) == list(range(SOURCES))
    quotes = [q for k in ("", "page/2/", "page/3/")
              for q in re.findall(r"Rotation (\d+) did well", (site / f"ministers/ron-mark/{k}index.html").read_text())]
    assert sorted(map(int, quotes)) == list(range(SOURCES))
    sitemap = (site / "sitemap.xml").read_text()
    assert "https://example.org/test/places/taji/page/3/" in sitemap
    check = run_build("check", cwd=many, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr


def test_editing_one_quote_rewrites_one_part_and_matches_a_clean_build(many, tmp_path):
    shutil.copytree(REPO / "templates", many / "templates")
    preview = tmp_path / "preview"
    builder = IncrementalBuilder(str(many / "site.yaml"), {"cache": str(tmp_path / "cache")},
                                 str(many / "templates"), str(preview))
    builder.rebuild()
    site = builder.site
    # the source shown in the middle part of the minister's page
    slug = site.ministers["ron-mark"].documents[ENTITY_PAGE_SIZE + 5]
    path = many / "content" / site.documents[slug].source
    path.write_text(path.read_text().replace("did well at", "did very well at"), encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in preview.rglob("*.html")}
    result = builder.rebuild({site.documents[slug].source})
    assert not result.reindexed
    rewritten = sorted(str(p.relative_to(preview)) for p in preview.rglob("*.html") if p.stat().st_mtime_ns != before[p])
    assert rewritten == [f"documents/{slug}/index.html", "ministers/ron-mark/page/2/index.html"]
    builder.update_search_index()
    clean = tmp_path / "clean"
    build(load_settings(str(many / "site.yaml"), output=str(clean), cache=str(tmp_path / "none")),
          str(many / "templates"), use_cache=False)
    differing = [str(p.relative_to(clean)) for p in clean.rglob("*")
                 if p.is_file() and (preview / p.relative_to(clean)).read_bytes() != p.read_bytes()]
    assert differing == []
    assert sorted(str(p.relative_to(preview)) for p in preview.rglob("*") if p.is_file()) == \
        sorted(str(p.relative_to(clean)) for p in clean.rglob("*") if p.is_file())


@pytest.mark.browser
def test_a_part_page_has_no_accessibility_violations(many, browser):
    from test_reader import AXE

    if not AXE.exists():
        pytest.fail("axe-core is missing: run npm ci (the CI script does)")
    assert run_build(cwd=many).returncode == 0
    page = browser.new_page()
    problems = {}
    for url in ("ministers/ron-mark/page/2/", "places/taji/page/3/"):
        page.goto((many / "site" / url / "index.html").as_uri())
        page.add_script_tag(content=AXE.read_text())
        found = page.evaluate("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")
        if found:
            problems[url] = found
        assert page.locator(".part-pager a[aria-current=page]").inner_text() == url.rstrip("/").rsplit("/", 1)[1]
    page.close()
    assert problems == {}
