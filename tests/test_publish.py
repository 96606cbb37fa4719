"""Publishing on GitHub Pages: the workflow, and the built site served under a path prefix as
Pages serves it (https://<user>.github.io/<repo>/), with nothing broken.

GitHub cannot be reached from here, so the site is built with a base_url under /<repo>/ and served
by a small server that does what Pages does: /<repo>/ maps to the output folder, a folder answers
with its index.html, and anything missing answers 404 with the site's own 404.html.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from conftest import PREFIX, REPO, html_files, pages_site, run_build

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
BIN = Path(sys.executable).parent
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SHA_PIN = re.compile(r"^\s*(?:-\s*)?uses:\s*([\w.-]+/[\w.-]+)@([0-9a-f]{40}) # v\d+(\.\d+)*\s*$")


# ---------------------------------------------------------------- the workflow

def load_workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_workflow_matches_githubs_schema():
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_schema_check_rejects_a_broken_workflow(tmp_path):
    """The schema check is real: a job with no runs-on and a bad trigger fails it."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: {push: {branches: main, nonsense: 1}}\njobs:\n  build:\n    steps: [{run: echo}]\n")
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(broken)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout


def zizmor_findings(folder: Path, cwd: Path) -> tuple[int, list[dict]]:
    result = subprocess.run([str(BIN / "zizmor"), "--offline", "--format", "json", str(folder)],
                            cwd=cwd, capture_output=True, text=True, timeout=120)
    return result.returncode, json.loads(result.stdout or "[]")


# Findings of medium or high severity that are accepted, each explained in the workflow: none.
ACCEPTED_FINDINGS: set[tuple[str, str]] = set()


def test_zizmor_finds_nothing_of_medium_or_high_severity():
    code, findings = zizmor_findings(Path(".github/workflows"), REPO)
    serious = {(f["ident"], f["determinations"]["severity"]) for f in findings
               if f["determinations"]["severity"] in ("Medium", "High")}
    assert serious <= ACCEPTED_FINDINGS, json.dumps(findings, indent=1)[:4000]
    assert code == 0 or serious, f"zizmor exited {code}"


def test_zizmor_flags_template_injection(tmp_path):
    """The audit is real: an expression pasted into a script is reported as high severity."""
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "bad.yml").write_text(
        "name: bad\non: push\npermissions:\n  contents: read\njobs:\n  x:\n    name: x\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.head_commit.message }}\"\n")
    code, findings = zizmor_findings(Path(".github/workflows"), tmp_path)
    assert code != 0
    assert ("template-injection", "High") in {(f["ident"], f["determinations"]["severity"]) for f in findings}


def test_workflow_builds_checks_and_deploys_with_least_privilege():
    text = WORKFLOW.read_text(encoding="utf-8")
    flow = load_workflow()
    assert flow["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in flow["on"]
    assert flow["permissions"] == {"contents": "read"}
    assert flow["concurrency"]["group"] == "pages"

    # Every action pinned by a full commit SHA, with its version tag beside it.
    uses = [line for line in text.splitlines() if re.match(r"^\s*(-\s*)?uses:", line)]
    assert len(uses) == 6
    for line in uses:
        assert SHA_PIN.match(line), f"not pinned by SHA with a version comment: {line.strip()}"
    pinned = {SHA_PIN.match(line).group(1) for line in uses}
    assert pinned == {"actions/checkout", "actions/setup-python", "actions/configure-pages", "actions/cache",
                      "actions/upload-pages-artifact", "actions/deploy-pages"}

    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"

    steps = {s.get("uses", "").split("@")[0] or s["name"]: s for s in build["steps"]}
    assert steps["actions/checkout"]["with"]["persist-credentials"] is False
    assert steps["actions/setup-python"]["with"]["cache"] == "pip"
    assert steps["actions/cache"]["with"]["path"] == ".cache/sourcebook"
    assert steps["actions/upload-pages-artifact"]["with"]["path"] == "site"
    assert re.search(r"pip install (-e )?\.(\s|$)", steps["Install sourcebook"]["run"])
    check = steps["Build and check the site"]
    assert check["env"]["BASE_URL"] == "${{ steps.pages.outputs.base_url }}"
    assert check["run"] == 'python build.py check --base-url "${BASE_URL}/"'
    configure = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/configure-pages@"))
    assert configure["id"] == "pages"
    # No expression is ever pasted into a script (template injection).
    assert all("${{" not in s.get("run", "") for job in flow["jobs"].values() for s in job["steps"])


# ---------------------------------------------------------------- a Pages-like server

@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The example site built with `check` for http://127.0.0.1:PORT/repo/, served there."""
    with pages_site(tmp_path_factory.mktemp("fork"), "check") as (site, base, result):
        assert "check: 0 problem(s)" in result.stdout
        yield site, base


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


class References(HTMLParser):
    """Every URL a page refers to: links, stylesheets, scripts, images, forms."""

    ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src",
             "iframe": "src", "form": "action"}

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str]] = []  # (tag, url)
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}  # rel -> href
        self.json_ld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.ATTRS and attrs.get(self.ATTRS[tag]):
            self.refs.append((tag, attrs[self.ATTRS[tag]]))
        if tag == "meta" and attrs.get("property"):
            self.meta[attrs["property"]] = attrs.get("content", "")
        if tag == "link" and attrs.get("rel"):
            self.links[attrs["rel"]] = attrs.get("href", "")
        self._in_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(data)


def references(html: bytes) -> References:
    parser = References()
    parser.feed(html.decode("utf-8"))
    return parser


def page_url(site: Path, path: Path) -> str:
    """The URL of an output file relative to the site root: 'documents/x/' for documents/x/index.html."""
    rel = path.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


# ---------------------------------------------------------------- serving and crawling

def test_every_page_reachable_from_home_and_everything_it_refers_to_answers_200(published):
    site, base = published
    origin = base[: -len(PREFIX) + 1]
    pages, seen, queue, broken = set(), {base}, [base], []
    while queue:
        url = queue.pop()
        status, kind, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: {status}")
            continue
        if not kind.startswith("text/html"):
            continue
        pages.add(url)
        for tag, ref in references(body).refs:
            target = urljoin(url, ref).split("#")[0]
            if not target.startswith(origin):
                continue  # an original source elsewhere on the web
            assert target.startswith(base), f"{url} refers outside the site's path: {ref}"
            if target not in seen:
                seen.add(target)
                queue.append(target)
    assert not broken, broken
    expected = {base + page_url(site, p) for p in html_files(site) if p.name != "404.html"}
    assert pages == expected, sorted(expected ^ pages)
    assert base + "assets/style.css" in {u.split("?")[0] for u in seen}
    assert base + "feed.xml" in seen


@pytest.mark.parametrize("missing", ["missing", "a/missing/", "a/b/c/missing/", "documents/nope/index.html"])
def test_a_missing_url_at_any_depth_answers_with_the_styled_404_page(published, missing):
    site, base = published
    url = base + missing
    status, kind, body = fetch(url)
    assert status == 404 and kind.startswith("text/html")
    assert b"Page not found" in body
    refs = references(body).refs
    stylesheets = [urljoin(url, ref) for tag, ref in refs if tag == "link" and "style.css" in ref]
    assert stylesheets
    for tag, ref in refs:
        target = urljoin(url, ref).split("#")[0]
        if target.startswith(base) and not ref.startswith("#"):  # "#main" is on this very page
            status, kind, _ = fetch(target)
            assert status == 200, f"{ref} from the 404 page at {missing} answers {status}"
    status, kind, css = fetch(stylesheets[0])
    assert status == 200 and kind.startswith("text/css") and b"body" in css


def test_a_folder_without_its_slash_and_a_path_outside_the_site_are_not_pages(published):
    """The server behaves like Pages, so the crawl above can fail: a missing page is not a 200."""
    site, base = published
    assert fetch(base + "documents/no-such-source/")[0] == 404
    assert fetch(base[: -len(PREFIX)] + "/timeline/")[0] == 404  # the site is not at the host's root


@pytest.mark.browser
def test_404_page_at_depth_is_styled_in_a_real_browser(published, browser):
    site, base = published
    page = browser.new_page()
    try:
        response = page.goto(base + "a/b/c/missing/")
        assert response.status == 404
        page.wait_for_load_state("load")
        style = page.evaluate("""() => {
            const body = getComputedStyle(document.body);
            const sheet = [...document.styleSheets].find(s => s.href && s.href.includes('style.css'));
            return {margin: body.marginTop, font: body.fontFamily, rules: sheet ? sheet.cssRules.length : 0,
                    brand: getComputedStyle(document.querySelector('.brand')).fontFamily};
        }""")
    finally:
        page.close()
    assert style["rules"] > 10, style  # the stylesheet loaded from /repo/assets/ at depth 4
    assert style["margin"] == "0px", style  # the browser's default is 8px
    assert "Charter" in style["font"] and "system-ui" in style["brand"], style


# ---------------------------------------------------------------- what a Pages site needs

def test_pages_files_absolute_urls_and_relative_links(published):
    site, base = published
    assert (site / ".nojekyll").is_file()
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {base}sitemap.xml" in robots.splitlines()
    for path in html_files(site):
        url = page_url(site, path)
        refs = references(path.read_bytes())
        if path.name == "404.html":
            # Served at any depth: every site link starts from the site's path, never from the page.
            local = [ref for _, ref in refs.refs if not urlsplit(ref).scheme and not ref.startswith("#")]
            assert local and all(ref.startswith(PREFIX) for ref in local), local
            assert "canonical" not in refs.links
            continue
        assert refs.links["canonical"] == base + url
        assert refs.meta["og:url"] == base + url
        assert refs.meta["og:title"] and refs.meta["og:type"] and refs.meta["og:site_name"]
        assert refs.links["alternate"] == base + "feed.xml"
        # Links between pages are relative, so the site works under any path prefix.
        rooted = [ref for tag, ref in refs.refs if tag != "link" and ref.startswith("/")]
        assert not rooted, f"{url}: {rooted}"


def export(site: Path) -> dict:
    return json.loads((site / "data" / "sourcebook.json").read_text(encoding="utf-8"))


def full_day(value: str) -> str:
    return "-".join((value.split("-") + ["01", "01"])[:3])


def test_sitemap_lists_every_page_with_the_date_of_its_source(published):
    site, base = published
    root = ET.parse(site / "sitemap.xml").getroot()
    assert root.tag == SITEMAP + "urlset"
    entries = {u.findtext(SITEMAP + "loc"): u.findtext(SITEMAP + "lastmod") for u in root.iter(SITEMAP + "url")}
    pages = {base + page_url(site, p) for p in html_files(site) if p.name != "404.html"}
    assert set(entries) == pages
    data = export(site)
    for doc in data["documents"]:
        expected = full_day(doc["date"]) if doc["date"] else None
        assert entries[base + doc["url"].lstrip("/")] == expected, doc["id"]
    for minister in data["ministers"]:
        dates = [full_day(d["date"]) for d in data["documents"] if d["id"] in minister["documents"] and d["date"]]
        assert entries[base + minister["url"].lstrip("/")] == max(dates, default=None)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in entries.values() if v)


def test_feed_is_atom_newest_first_with_the_text_of_each_source(published):
    site, base = published
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == ATOM + "feed"
    stamp = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
    assert feed.findtext(ATOM + "id") == base and feed.findtext(ATOM + "title")
    assert stamp.fullmatch(feed.findtext(ATOM + "updated"))
    assert feed.find(ATOM + "author/" + ATOM + "name") is not None
    assert feed.find(ATOM + "link[@rel='self']").get("href") == base + "feed.xml"
    entries = feed.findall(ATOM + "entry")
    data = {d["id"]: d for d in export(site)["documents"]}
    assert len(entries) == len(data)
    updated = []
    for entry in entries:
        url = entry.find(ATOM + "link[@rel='alternate']").get("href")
        doc_id = url[len(base + "documents/"):].strip("/")
        assert entry.findtext(ATOM + "id") == url and doc_id in data
        assert entry.findtext(ATOM + "title")
        assert stamp.fullmatch(entry.findtext(ATOM + "updated"))
        content = entry.find(ATOM + "content")
        assert content.get("type") == "html" and len(content) == 0  # escaped HTML: text, no elements
        html = content.text
        assert '<p id="p1">' in html and len(html) > 200
        hrefs = re.findall(r'href="([^"]+)"', html)
        assert all(urlsplit(href).scheme for href in hrefs), f"links in a feed entry must be absolute: {hrefs}"
        updated.append((entry.findtext(ATOM + "updated"), data[doc_id]["date"] is not None))
    dated = [u for u, has_date in updated if has_date]
    assert dated == sorted(dated, reverse=True), "newest first"
    assert [has_date for _, has_date in updated] == sorted((h for _, h in updated), reverse=True)


def test_json_ld_for_sources_ministers_and_places(published):
    site, base = published
    data = export(site)
    for doc in data["documents"]:
        page = site / doc["url"].strip("/") / "index.html"
        (ld,) = [json.loads(block) for block in references(page.read_bytes()).json_ld]
        assert ld["@context"] == "https://schema.org" and ld["@type"] == "NewsArticle"
        assert ld["url"] == base + doc["url"].lstrip("/") and ld["headline"] == doc["title"]
        assert ld.get("datePublished") == doc["date"]
        mentioned = {(m["@type"], m["url"]) for m in ld["mentions"]}
        assert {("Person", base + f"ministers/{m}/") for m in doc["ministers"]} <= mentioned
        assert {("Place", base + f"places/{p}/") for p in doc["places"]} <= mentioned
    minister = data["ministers"][0]
    (ld,) = [json.loads(b) for b in references((site / minister["url"].strip("/") / "index.html").read_bytes()).json_ld]
    assert ld["@type"] == "Person" and ld["name"] == minister["name"]
    place = next(p for p in data["places"] if p["id"] == "taji")
    (ld,) = [json.loads(b) for b in references((site / place["url"].strip("/") / "index.html").read_bytes()).json_ld]
    assert ld["@type"] == "Place" and ld["name"] == "Taji" and ld["geo"]["@type"] == "GeoCoordinates"


# ---------------------------------------------------------------- a real HTML validator

HTML_VALIDATE = REPO / "node_modules" / ".bin" / "html-validate"
# html-validate's recommended rules, less one: `long-title` (a title over 70 characters) is search
# engine advice about length, not validity; a source's own headline decides it, and a title cut
# to fit would hide which source a tab or a bookmark is.
VALIDATOR_CONFIG = {"extends": ["html-validate:recommended"], "rules": {"long-title": "off"}}


def html_validate(files: list[Path], tmp_path: Path, root: Path) -> list[str]:
    if not HTML_VALIDATE.exists():
        if os.environ.get("CI"):
            pytest.fail("html-validate is not installed: run npm ci")
        pytest.skip("html-validate is not installed (npm ci)")
    config = tmp_path / "htmlvalidate.json"
    config.write_text(json.dumps(VALIDATOR_CONFIG))
    report = tmp_path / "report.json"
    result = subprocess.run([str(HTML_VALIDATE), "--config", str(config), "--formatter", f"json={report}",
                             *map(str, files)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert report.exists(), result.stderr
    return [f"{Path(f['filePath']).relative_to(root)}:{m['line']}: {m['ruleId']}: {m['message']}"
            for f in json.loads(report.read_text()) for m in f["messages"] if m["severity"] == 2]


def test_every_page_of_the_example_passes_html_validate(published, tmp_path):
    site, _ = published
    files = html_files(site)
    assert len(files) > 20
    errors = html_validate(files, tmp_path, site)
    assert errors == [], "\n".join(errors)


def test_html_validate_catches_invalid_markup(tmp_path):
    """The validator is real: a misnested page fails it."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
                   "<body><p><div>block in a paragraph</p></div><b id=a></b><i id=a></i></body></html>")
    assert len(html_validate([bad], tmp_path, tmp_path)) >= 2


# ---------------------------------------------------------------- build.py check

BROKEN = """\
---
title: Broken links
date: 2015-03-01
---
See [nothing](../nowhere/) and [a paragraph](#missing-anchor), but [this one](#p1) is fine.

Troops trained at Camp Taji.
"""


def test_check_fails_on_a_broken_link_and_names_the_page(make_site):
    root = make_site({"broken.md": BROKEN})
    result = run_build("check", "--no-cache", cwd=root)
    assert result.returncode == 1
    page = "documents/broken-links/index.html"
    assert re.search(rf"^{re.escape(page)}:\d+: error: broken link: \.\./nowhere/$", result.stderr, re.M), result.stderr
    assert re.search(rf"^{re.escape(page)}:\d+: error: broken anchor: #missing-anchor$", result.stderr, re.M)
    assert "#p1" not in result.stderr
    assert "check: 2 problem(s)" in result.stdout


def test_check_reports_a_feed_that_does_not_parse_and_an_empty_page(make_site):
    from sourcebook.check import check_site

    root = make_site({"fine.txt": "Troops trained at Camp Taji in 2016, the Defence Force said.\n"})
    assert run_build("--no-cache", cwd=root).returncode == 0
    site = root / "site"
    assert check_site(str(site), "https://example.org/test/") == []
    (site / "feed.xml").write_text("<feed><entry></feed>")
    (site / "timeline" / "index.html").write_text("<!DOCTYPE html><html><body><main></main></body></html>")
    problems = [str(p) for p in check_site(str(site), "https://example.org/test/")]
    assert any(p.startswith("feed.xml:1: error: does not parse") for p in problems), problems
    assert "timeline/index.html: error: page is empty (no text)" in problems, problems
