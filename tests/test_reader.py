"""What a reader sees, in a real headless Chromium: search, previews, dark mode, no-JS reading,
accessibility (axe-core) on every page type in light and dark, and screenshots for review."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import PREFIX, REPO, pages_site

pytestmark = pytest.mark.browser
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"phone": 390, "desktop": 1280}


@pytest.fixture(scope="module")
def reader_site(tmp_path_factory):
    """The example, built for and served under http://127.0.0.1:PORT/repo/ as on GitHub Pages."""
    with pages_site(tmp_path_factory.mktemp("reader")) as (site, base, _):
        yield base, json.loads((site / "data" / "sourcebook.json").read_text())


def page_types(base: str, data: dict) -> dict[str, str]:
    """One URL of each kind of page."""
    first = lambda kind: base + data[kind][0]["url"].lstrip("/")
    return {
        "home": base, "source": first("documents"), "minister": first("ministers"),
        "place": first("places"), "phase": first("phases"), "timeline": base + "timeline/",
        "ministers": base + "ministers/", "places": base + "places/", "phases": base + "phases/",
        "connections": base + "connections/", "search": base + "search/?q=Taji", "404": base + "no/such/page/",
    }


def test_searching_taji_lists_every_source_that_names_taji(reader_site, browser):
    base, data = reader_site
    expected = {base + d["url"].lstrip("/") for d in data["documents"] if "taji" in d["places"]}
    assert len(expected) >= 2
    page = browser.new_page()
    page.goto(base + "search/?q=Taji")
    page.wait_for_selector(".search-results li", timeout=10000)
    page.wait_for_function("document.querySelector('.search-status').textContent.includes('result')")
    links = {a.get_attribute("href") for a in page.query_selector_all(".search-results .result-title")}
    found = {base.rstrip("/") + "/" + href.split(PREFIX, 1)[-1] if href.startswith(PREFIX) else href for href in links}
    assert expected <= found, (expected, found)
    # each result shows its date, phase and the passage that matches
    first = page.query_selector(".search-results li")
    assert first.query_selector("mark").inner_text().lower().strip(".,;:'\"") == "taji"
    assert first.query_selector(".doc-meta").inner_text().strip()
    page.close()


def test_search_filters_by_phase(reader_site, browser):
    base, data = reader_site
    page = browser.new_page()
    page.goto(base + "search/?q=Taji")
    page.wait_for_selector(".search-results li", timeout=10000)
    page.select_option("#filter-phase", label=next(o for o in page.eval_on_selector_all(
        "#filter-phase option", "os => os.map(o => o.textContent)") if o.startswith("Suspension")))
    page.wait_for_function("[...document.querySelectorAll('.search-results .doc-meta')].every(m => m.textContent.includes('Suspension'))")
    suspension = {d["url"] for d in data["documents"] if d["phase"] == "suspension" and "taji" in d["places"]}
    shown = page.eval_on_selector_all(".search-results .result-title", "as => as.map(a => new URL(a.href).pathname)")
    assert {PREFIX.rstrip("/") + u for u in suspension} == set(shown)
    page.close()


class HeldIndex:
    """Holds back every request for the search index until released: what the reader types
    meanwhile is typed before the index and its filters have loaded, however fast they are."""

    def __init__(self, page):
        self.held, self.released = [], False
        page.route("**/pagefind/**", self.handle)

    def handle(self, route):
        if self.released:
            route.continue_()
        else:
            self.held.append(route)

    def release(self):
        self.released = True
        for route in self.held:
            route.continue_()


def sources_found(page, base: str) -> set[str]:
    """The sources among the results shown, once there are results."""
    page.wait_for_selector(".search-results li", timeout=10000)
    paths = page.eval_on_selector_all(".search-results .result-title", "as => as.map(a => new URL(a.href).pathname)")
    return {base + path[len(PREFIX):] for path in paths if path.startswith(PREFIX + "documents/")}


def sources_naming_taji(base: str, data: dict) -> set[str]:
    return {base + d["url"].lstrip("/") for d in data["documents"] if "taji" in d["places"]}


def test_a_query_typed_before_the_index_loads_is_searched_once_it_has(reader_site, browser):
    base, data = reader_site
    page = browser.new_page()
    index = HeldIndex(page)
    page.goto(base + "search/")
    page.keyboard.type("Taji")  # straight after load, into the box that has the focus
    assert index.held, "the index was not requested, so it was not held back"
    assert page.input_value("#search-query") == "Taji"
    assert page.locator(".search-results li").count() == 0
    assert page.inner_text(".search-status") == "Loading the search index…"
    index.release()
    assert sources_found(page, base) == sources_naming_taji(base, data)
    assert page.inner_text(".search-status").endswith("results")
    assert page.locator("#filter-phase option").count() > 1  # the filters loaded too
    assert page.evaluate("location.search") == "?q=Taji"  # the address keeps the query
    page.close()


def test_typing_on_while_the_index_loads_searches_the_last_query_only(reader_site, browser):
    base, data = reader_site
    page = browser.new_page()
    index = HeldIndex(page)
    page.goto(base + "search/?q=Waiouru")  # names other sources than Taji
    page.keyboard.press("Control+A")
    page.keyboard.type("Taji")
    index.release()
    assert sources_found(page, base) == sources_naming_taji(base, data)
    page.wait_for_timeout(300)  # an earlier search finishing late would replace these results
    assert sources_found(page, base) == sources_naming_taji(base, data)
    page.close()


def test_the_header_box_on_the_search_page_searches_as_the_reader_types(reader_site, browser):
    base, data = reader_site
    page = browser.new_page()
    index = HeldIndex(page)
    page.goto(base + "search/")
    page.evaluate("window.notReloaded = true")
    page.click("#site-search")
    page.keyboard.type("Taji")
    index.release()
    assert sources_found(page, base) == sources_naming_taji(base, data)
    assert page.input_value("#search-query") == "Taji"  # both boxes show the query
    page.keyboard.press("Enter")  # already searched: Enter does not reload the page
    page.wait_for_timeout(500)
    assert page.evaluate("window.notReloaded") is True and page.input_value("#site-search") == "Taji"
    page.close()


def test_enter_in_the_header_box_of_any_page_opens_search_with_the_query(reader_site, browser):
    base, data = reader_site
    page = browser.new_page()
    page.goto(base + "timeline/")
    page.keyboard.press("/")
    page.keyboard.type("Taji")
    page.keyboard.press("Enter")
    page.wait_for_url(base + "search/?q=Taji")
    assert sources_found(page, base) == sources_naming_taji(base, data)
    assert page.input_value("#search-query") == "Taji" and page.input_value("#site-search") == "Taji"
    page.close()


def test_slash_focuses_the_search_box(reader_site, browser):
    base, _ = reader_site
    page = browser.new_page()
    page.goto(base)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-search"
    page.close()


def test_a_preview_appears_on_keyboard_focus_of_a_mention(reader_site, browser):
    base, data = reader_site
    doc = next(d for d in data["documents"] if d["ministers"])
    minister = next(m for m in data["ministers"] if m["id"] == doc["ministers"][0])
    page = browser.new_page()
    page.goto(base + doc["url"].lstrip("/"))
    link = page.locator(f'.source-body a[data-entity="minister:{minister["id"]}"]').first
    link.focus()
    tip = page.locator("#entity-preview")
    tip.wait_for(state="visible", timeout=5000)
    assert minister["name"] in tip.inner_text()
    assert "source" in tip.inner_text()
    assert link.get_attribute("aria-describedby") == "entity-preview"
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden", timeout=5000)
    # keyboard use is untouched: Enter still follows the link
    link.focus()
    link.press("Enter")
    page.wait_for_url("**/ministers/" + minister["id"] + "/")
    page.close()


def test_dark_mode_follows_the_system_setting(reader_site, browser):
    base, _ = reader_site
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(base)
        colours[scheme] = page.evaluate("getComputedStyle(document.body).backgroundColor")
        context.close()
    def luminance(css: str) -> float:
        r, g, b = [int(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3]]
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    assert luminance(colours["light"]) > 0.8 and luminance(colours["dark"]) < 0.2, colours


def test_everything_but_search_reads_without_javascript(reader_site, browser):
    base, data = reader_site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for name, url in page_types(base, data).items():
        if name in ("search", "404"):
            continue
        page.goto(url)
        assert page.locator("main h1").inner_text().strip(), name
    page.goto(page_types(base, data)["source"])
    assert page.locator(".source-body p").count() > 3
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_page_type(reader_site, browser, scheme):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run npm ci (the CI script does)")
    base, data = reader_site
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    problems = {}
    for name, url in page_types(base, data).items():
        page.goto(url)
        if name == "search":
            page.wait_for_selector(".search-results li", timeout=10000)
        page.add_script_tag(content=AXE.read_text())
        result = page.evaluate("async () => (await axe.run(document)).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")
        if result:
            problems[name] = result
    context.close()
    assert problems == {}


def test_screenshots_for_review(reader_site, browser, tmp_path_factory):
    """Writes screenshots of each page type at phone and desktop widths, light and dark."""
    base, data = reader_site
    folder = Path(os.environ.get("SOURCEBOOK_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for scheme in ("light", "dark"):
        for label, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            for name in ("home", "source", "minister", "place", "phase", "timeline", "connections"):
                page.goto(page_types(base, data)[name])
                path = folder / f"{name}-{label}-{scheme}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)
                # nothing wider than the screen: no sideways scrolling on a phone
                assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, (name, label)
            context.close()
    assert all(p.stat().st_size > 5000 for p in written)
    print(f"\nscreenshots for review in {folder}")
