"""XSS in a real browser: payloads of every common kind in source bodies (.md and .txt), titles and
other front matter; every page of the built site opened in headless Chromium, its links hovered
and focused, its search run. No dialog may open, no payload may set window.__xss, and no element
a source named (<x-evil>) may exist in any page's DOM."""

from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest

from conftest import MINIMAL_CONFIG, html_files, run_build
from test_hostile import MARKDOWN_PAYLOADS, RAW_PAYLOADS

pytestmark = pytest.mark.browser

# Each kind once with alert(), so a dialog is the signal as well as the global.
ALERT_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
    "<a href=\"&#106;avascript:alert(1)\">entity</a>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<body onload=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>m</marquee>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<textarea></textarea><img src=x onerror=alert(1)>",
    "<!--><img src=x onerror=alert(1)>-->",
    "<![CDATA[<img src=x onerror=alert(1)>]]>",
    "[click](javascript:alert(1))",
    "![img](x\" onerror=\"alert(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "\" onmouseover=\"alert(1)\" x=\"",
    "' onfocus='alert(1)' autofocus='",
    "</p></div></main><script>alert(1)</script>",
    "{{ ''.__class__.__mro__ }}{{ 7*7 }}{% for x in range(3) %}loop{% endfor %}",
]
TITLE_PAYLOADS = [
    "</title><script>alert(1)</script><x-evil>",
    "</script><script>alert(1)</script>",
    "\" onmouseover=\"alert(1)\" autofocus onfocus=\"alert(1)\" x=\"",
    "<img src=x onerror=alert(1)><x-evil>",
    "{{ 7*7 }}<svg onload=alert(1)>",
    "javascript:alert(1)",
]
FRONT_MATTER_URLS = [
    "javascript:alert(1)",
    "https://example.org/\" onmouseover=\"alert(1)",
    "https://example.org/'><script>alert(1)</script>",
    "data:text/html,<script>alert(1)</script>",
    "https://example.org/ok?a='1'&b=<x>",
    " javascript:alert(1)",
]
PAYLOAD_KINDS = len(RAW_PAYLOADS) + len(MARKDOWN_PAYLOADS) + len(ALERT_PAYLOADS)


def front_matter(i: int) -> str:
    meta = {
        "title": TITLE_PAYLOADS[i % len(TITLE_PAYLOADS)],
        "url": FRONT_MATTER_URLS[i % len(FRONT_MATTER_URLS)],
        "author": f"<script>alert({i})</script><x-evil>",
        "slug": ["../../x", "<svg onload=alert(1)>", "javascript:alert(1)", "a\\b", "/etc", "x" * 300][i % 6],
        "date": "2015-02-24",
    }
    return "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in meta.items()) + "---\n"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("xss") / "project"
    content = root / "content"
    content.mkdir(parents=True)
    (root / "site.yaml").write_text(MINIMAL_CONFIG)
    lead = "Defence Minister Gerry Brownlee said troops trained at Camp Taji near Baghdad; xss probe here."
    payloads = ALERT_PAYLOADS + MARKDOWN_PAYLOADS + RAW_PAYLOADS  # an unclosed <style> last, as in test_hostile
    for i in range(len(TITLE_PAYLOADS)):
        body = "\n\n".join([lead] + payloads) + "\n"
        (content / f"x{i}.md").write_text(front_matter(i) + body)
        (content / f"x{i}.txt").write_text(front_matter(i + 1) + body)
    # One file per payload too, so no payload hides behind another's unclosed element.
    for j, payload in enumerate(payloads):
        (content / f"p{j:02}.md").write_text(f"{lead}\n\n{payload}\n\nAfter the payload.\n")
    result = run_build("build", cwd=root, timeout=180)
    assert result.returncode == 0, result.stderr
    site = root / "site"
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


EVERY_EVENT = """() => {
  for (const el of document.querySelectorAll("body *")) {
    for (const type of ["mouseover", "mouseenter", "mousemove", "focus", "focusin", "blur", "toggle",
                        "animationstart", "transitionend", "pointerover", "keydown"]) {
      el.dispatchEvent(new Event(type, {bubbles: true}));
    }
  }
}"""
# What the browser itself parsed out of the page, so entity and whitespace tricks count too.
DOM_PROBLEMS = """() => {
  const found = [];
  if (document.querySelector("x-evil")) found.push("<x-evil> in the DOM");
  for (const el of document.querySelectorAll("iframe, object, embed, base, frame, meta[http-equiv], body style")) {
    found.push("<" + el.tagName.toLowerCase() + "> in the DOM");
  }
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith("on")) found.push(el.tagName + " " + attr.name);
    }
  }
  for (const el of document.querySelectorAll("a[href], area[href], img[src], form[action], [formaction], source[src]")) {
    const value = el.href || el.src || el.action || el.formAction || "";
    const scheme = typeof value === "string" ? value.split(":")[0].toLowerCase() : "";
    if (["javascript", "data", "vbscript"].includes(scheme)) found.push(el.tagName + " " + value.slice(0, 60));
  }
  for (const el of document.querySelectorAll("script")) {
    const src = el.getAttribute("src") || "";
    if (el.type !== "application/ld+json" && !/^((\\.\\.\\/)*|\\/[\\w\\/-]*\\/)assets\\/[\\w-]+\\.js\\?v=/.test(src)) {
      found.push("script " + (src || el.textContent.slice(0, 60)));
    }
  }
  return found;
}"""


def visit(browser, url: str, interact: bool = True) -> list[str]:
    """Open `url`, hover and focus what can be hovered or focused; what fired, if anything."""
    page = browser.new_page()
    fired: list[str] = []
    page.on("dialog", lambda dialog: (fired.append(f"dialog {dialog.message!r}"), dialog.dismiss()))
    page.goto(url, wait_until="load")
    if interact:
        # Real pointer and keyboard on the source's own links, then every event a payload could
        # wait for, on every element (inline handlers fire on dispatched events too).
        targets = page.locator(".source-body a:visible, .facts a:visible, main summary:visible")
        for i in range(min(targets.count(), 12)):
            try:
                targets.nth(i).hover(timeout=300)
                targets.nth(i).focus(timeout=300)
            except Exception:  # covered or detached: nothing to hover
                pass
        page.evaluate(EVERY_EVENT)
    page.wait_for_timeout(100)
    if page.evaluate("typeof window.__xss") != "undefined":
        fired.append("window.__xss set")
    fired += page.evaluate(DOM_PROBLEMS)
    page.close()
    return fired


def test_there_are_enough_kinds_of_payload():
    assert PAYLOAD_KINDS >= 15 and len(TITLE_PAYLOADS) + len(FRONT_MATTER_URLS) >= 10


def test_no_payload_runs_on_any_page(hostile_server, browser):
    site, base = hostile_server
    pages = html_files(site)
    assert len([p for p in pages if "documents" in p.parts]) >= 12 + len(ALERT_PAYLOADS)
    fired = {}
    for path in pages:
        rel = path.relative_to(site).as_posix()
        url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        found = visit(browser, url)
        if found:
            fired[rel] = found
    assert fired == {}


def test_the_detector_sees_a_script_that_runs(hostile_server, browser, tmp_path):
    """The probe itself works: a page that does run a payload is caught."""
    site, base = hostile_server
    (site / "probe-unsafe.html").write_text("<!DOCTYPE html><img src=x onerror=\"window.__xss=1;alert(1)\">"
                                            "<x-evil></x-evil><script>window.__xss = 1</script>")
    try:
        assert visit(browser, base + "probe-unsafe.html", interact=False) == [
            "dialog '1'", "window.__xss set", "<x-evil> in the DOM", "IMG onerror", "script window.__xss = 1"]
    finally:
        (site / "probe-unsafe.html").unlink()


@pytest.mark.parametrize("query", ["xss probe", "<x-evil>", "alert", "onerror", "script", "javascript"])
def test_search_results_run_nothing(hostile_server, browser, query):
    site, base = hostile_server
    if not (site / "pagefind").is_dir():
        pytest.skip("Pagefind is not installed: the site has no search index")
    from urllib.parse import quote

    page = browser.new_page()
    fired: list[str] = []
    page.on("dialog", lambda dialog: (fired.append(dialog.message), dialog.dismiss()))
    page.goto(base + "search/?q=" + quote(query), wait_until="load")
    if query == "xss probe":  # the lead sentence of every source: results must show
        page.wait_for_selector("#search li", timeout=8000)
    page.wait_for_timeout(600)
    for link in page.query_selector_all("#search a")[:30]:
        link.hover()
        link.focus()
    assert fired == []
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("document.querySelector('x-evil, #search script, #search img[onerror]') === null")
    page.close()
