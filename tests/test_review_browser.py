"""/review/ in the real preview server and a real Chromium: the rows as a page, evidence linked,
fixes to copy, reloaded after a save; never in the published site. Who said each quote on the
source page, with and without JavaScript; axe in light and dark."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, RunningServer, free_port, run_build
from test_review import CONFIG, SOURCES, paste, review

pytestmark = pytest.mark.browser
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
TIMEOUT_MS = 10000


@pytest.fixture
def served_doubts(make_site):
    root = make_site(SOURCES, CONFIG)
    server = RunningServer(root, free_port())
    server.wait_ready()
    yield root, server
    server.stop()


def axe_violations(page) -> list[str]:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run npm ci (the CI script does)")
    page.add_script_tag(content=AXE.read_text())
    return page.evaluate("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")


def document_url(server, source: str) -> str:
    with __import__("urllib.request").request.urlopen(server.url + "data/sourcebook.json") as f:
        data = json.load(f)
    return server.url.rstrip("/") + next(d["url"] for d in data["documents"] if d["source"] == source)


def test_review_page_shows_each_row_and_reloads_after_a_fix(served_doubts, browser):
    root, server = served_doubts
    rows = review(root)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(server.url + "review/")
    assert page.locator(".review-row").count() == len(rows)
    assert sorted(page.eval_on_selector_all(".review-row", "rows => rows.map(r => r.dataset.kind)")) == sorted(r["kind"] for r in rows)
    # each piece of evidence with a paragraph links to it, and the paragraph is there
    link = page.locator(".review-evidence a").first
    target = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_selector(f"#{target}", timeout=TIMEOUT_MS)
    page.go_back()
    # the fix is copied as shown
    button = page.locator("button.copy-fix").first
    button.click()
    page.wait_for_function("document.querySelector('button.copy-fix').textContent === 'Copied'", timeout=TIMEOUT_MS)
    shown = page.locator(".review-fix code").first.inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == shown
    # pasting a fix and saving reloads the page without its row
    dated = next(r for r in rows if r["kind"] == "estimated-date")
    paste(root, dated["fix"])
    page.wait_for_function(f"document.querySelectorAll('.review-row').length === {len(rows) - 1}", timeout=TIMEOUT_MS)
    assert dated["summary"] not in page.locator("main").inner_text()
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_review_and_source_pages_pass_axe(served_doubts, browser, scheme):
    root, server = served_doubts
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    problems = {}
    for name, url in (("review", server.url + "review/"), ("source", document_url(server, "visit.txt")),
                      ("unattributed", document_url(server, "convoy.txt"))):
        page.goto(url)
        found = axe_violations(page)
        if found:
            problems[name] = found
    context.close()
    assert problems == {}


def test_who_said_each_quote_shows_without_javascript(served_doubts, browser):
    root, server = served_doubts
    data = json.loads((root / ".cache/sourcebook/preview/data/sourcebook.json").read_text())
    exported = {d["source"]: d for d in data["documents"]}
    names = {m["id"]: m["name"] for m in data["ministers"]}
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(document_url(server, "visit.txt"))
    quote = next(q for q in exported["visit.txt"]["quotes"] if q["speaker"])
    mark = page.locator(f"#{quote['paragraph']} .said-by").first
    speaker = mark.locator("a").first
    assert speaker.inner_text() == names[quote["speaker"]]
    assert speaker.get_attribute("href").endswith(f"ministers/{quote['speaker']}/")
    # the quote's own anchor links to it
    anchor = mark.locator("a.quote-link").get_attribute("href")
    assert page.locator(anchor).count() == 1
    page.goto(document_url(server, "convoy.txt") + "#p1-q1")
    assert page.locator("#p1 .said-by.unattributed").inner_text().startswith("unattributed")
    context.close()


def test_review_is_never_published(make_site):
    root = make_site(SOURCES, CONFIG)
    result = run_build("build", cwd=root)
    assert result.returncode == 0, result.stderr
    assert not (root / "site/review").exists()
    assert "review" not in (root / "site/sitemap.xml").read_text()
