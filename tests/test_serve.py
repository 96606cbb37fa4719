"""The live preview: the real dev server on 127.0.0.1 and a real headless Chromium."""

from __future__ import annotations

import http.client
import json
import time

import pytest
from conftest import RunningServer

pytestmark = pytest.mark.browser
TIMEOUT_MS = 8000


def source_url(server, source_name: str) -> str:
    data = json.loads(http_get(server, "/data/sourcebook.json")[1])
    doc = next(d for d in data["documents"] if d["source"] == source_name)
    return server.url.rstrip("/") + doc["url"]


def wait_for_text(page, text: str, present: bool = True) -> None:
    """Wait until the page's text has (or lacks) `text`. A live reload swaps the document, and
    for a moment there is no body: that moment is "not yet", not an error."""
    test = "document.body.innerText.includes(%s)" % json.dumps(text)
    if not present:
        test = "!" + test
    page.wait_for_function(f"document.body !== null && {test}", timeout=TIMEOUT_MS)


def served_while_stale(server, seconds: float = 30.0) -> bool:
    """Whether the search page, asked for again and again after an edit, says its index lags."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if "The search index is being updated" in http_get(server, "/search/")[1]:
            return True
        time.sleep(0.05)
    return False


def http_get(server, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def test_edit_a_source_and_the_open_page_shows_it(served_example, browser):
    page = browser.new_page()
    page.goto(source_url(served_example, "000_550c2b39810ba3ce.txt"))
    assert "force protection, cultural awareness" in page.content()
    path = served_example.root / "content" / "000_550c2b39810ba3ce.txt"
    path.write_text(path.read_text().replace("cultural awareness", "cultural awareness, river crossings"))
    wait_for_text(page, "river crossings")
    assert "rewritten" in served_example.log.read_text()
    page.close()


def test_edit_a_template_and_the_open_page_shows_it(served_example, browser):
    page = browser.new_page()
    page.goto(source_url(served_example, "002_855aa30f19ba18b0.txt"))
    template = served_example.root / "templates" / "document.html"
    template.write_text(template.read_text().replace("<dt>Source file</dt>", "<dt>File of origin</dt>"))
    wait_for_text(page, "File of origin")
    page.close()


def test_a_broken_edit_shows_the_error_and_the_next_good_save_recovers(served_example, browser):
    page = browser.new_page()
    url = source_url(served_example, "001_6815e00bd8c9d89b.txt")
    page.goto(url)
    path = served_example.root / "content" / "001_6815e00bd8c9d89b.txt"
    good = path.read_text()
    path.write_text(good.replace("date: 2015-02-24", "date: [2015-02-24"))
    wait_for_text(page, "Build failed")
    assert "001_6815e00bd8c9d89b.txt:3: error: malformed front matter" in page.inner_text("body")
    assert served_example.process.poll() is None  # the server keeps running
    path.write_text(good)
    wait_for_text(page, "PM announces contribution")
    assert "Build failed" not in page.inner_text("body")
    page.close()


def test_a_template_syntax_error_names_template_and_line(served_example, browser):
    page = browser.new_page()
    page.goto(served_example.url)
    template = served_example.root / "templates" / "home.html"
    good = template.read_text()
    template.write_text(good.replace("{% block main %}", "{% block main %}\n{% if %}", 1))
    wait_for_text(page, "Build failed")
    assert "home.html:" in page.inner_text("body")
    template.write_text(good)
    wait_for_text(page, "Build failed", present=False)
    page.close()


def test_a_deleted_source_disappears_everywhere(served_example, browser):
    url = source_url(served_example, "003_b6566e3df28cf3a0.txt")
    page = browser.new_page()
    page.goto(served_example.url + "timeline/")
    title = "The Iraqi Government has asked for New Zealand"
    assert title in page.inner_text("body")
    (served_example.root / "content" / "003_b6566e3df28cf3a0.txt").unlink()
    wait_for_text(page, title, present=False)
    status, _ = http_get(served_example, url.replace(served_example.url.rstrip("/"), ""))
    assert status == 404
    data = json.loads(http_get(served_example, "/data/sourcebook.json")[1])
    assert all(not d["source"].startswith("003") for d in data["documents"])
    page.close()


@pytest.mark.parametrize("path", ["/../site.yaml", "/%2e%2e/site.yaml", "/%252e%252e/site.yaml",
                                  "/..%2fsite.yaml", "/documents/../../../site.yaml", "/%2e%2e/%2e%2e/etc/passwd",
                                  "/..%5csite.yaml", "/..\\site.yaml", "//etc/passwd", "/%2fetc%2fpasswd",
                                  "/index.html%00.yaml"])
def test_the_server_answers_only_from_the_preview_folder(served_example, path):
    conn = http.client.HTTPConnection("127.0.0.1", served_example.port, timeout=5)
    conn.putrequest("GET", path, skip_host=False)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    assert response.status == 404
    assert "base_url" not in body and "root:" not in body


def test_files_on_disk_stay_clean_and_the_published_site_is_untouched(served_example):
    status, body = http_get(served_example, "/")
    assert status == 200 and "livereload.js" in body
    preview = served_example.root / ".cache" / "sourcebook" / "preview" / "index.html"
    assert "livereload" not in preview.read_text()
    assert not (served_example.root / "site").exists()


def test_port_in_use_gives_a_clear_message(served_example):
    second = RunningServer(served_example.root, served_example.port)
    second.log = served_example.root / "second.log"
    code = second.process.wait(timeout=30)
    output = (served_example.root / "serve.log").read_text()
    assert code == 1
    assert f"port {served_example.port} on 127.0.0.1 is in use" in output


def test_ctrl_c_stops_cleanly(served_example):
    code = served_example.stop()
    assert code == 0
    assert "Traceback" not in served_example.log.read_text()


def test_the_search_page_says_while_its_index_lags_an_edit(served_example, browser):
    """The search index is made again in the background after the reload: until it is, the
    search page says so (at request time: not in the preview folder, never in a build), then
    says it is up to date, and the edit can be found."""
    status, body = http_get(served_example, "/search/")
    assert status == 200 and "search-stale" not in body
    assert json.loads(http_get(served_example, "/_sourcebook/search-status.json")[1]) == {"stale": False}
    path = served_example.root / "content" / "000_550c2b39810ba3ce.txt"
    path.write_text(path.read_text().replace("cultural awareness", "cultural awareness, quokkaology"))
    # The search page served while Pagefind runs says so. Asked for over HTTP every 50 ms: a
    # browser's reload may land after a quick Pagefind run has already finished.
    assert served_while_stale(served_example), "the search page never said its index was being updated"
    # (the browser opens the page only now: one open during the edit is reloaded by the preview,
    # and that reload may cut across the navigation below)
    page = browser.new_page()
    page.goto(served_example.url + "search/")
    if "The search index is being updated" in page.content():
        wait_for_text(page, "The search index is up to date")  # the notice asks the server until it catches up
    page.reload()  # a fresh page loads the new index (a module once imported keeps the old one)
    assert "search-stale" not in page.content()
    found = page.evaluate("""async () => {
        const pf = await import('/pagefind/pagefind.js'); await pf.init();
        return (await pf.search('quokkaology')).results.length }""")
    assert found >= 1
    assert json.loads(http_get(served_example, "/_sourcebook/search-status.json")[1]) == {"stale": False}
    preview = served_example.root / ".cache" / "sourcebook" / "preview" / "search" / "index.html"
    assert "search-stale" not in preview.read_text()
    page.close()
