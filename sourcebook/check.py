"""Stage 9: validate a built site: every internal link and #anchor resolves, every page parses
and has content, the feed, sitemap and data export parse."""

from __future__ import annotations

import json
import os
import posixpath
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from .errors import Problem, error

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements whose end tag HTML lets an author leave out; the rest must close in order.
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "colgroup", "caption"}


class PageScan(HTMLParser):
    """Ids, links and structural problems of one HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []
        self.problems: list[tuple[str, int]] = []
        self.stack: list[str] = []
        self.text = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            if attrs["id"] in self.ids:
                self.problems.append((f"duplicate id '{attrs['id']}'", self.getpos()[0]))
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
                self.links.append((attrs[name], self.getpos()[0]))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack and self.stack[-1] != tag and self.stack[-1] in OPTIONAL_END:
            self.stack.pop()
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.problems.append((f"unexpected </{tag}>", self.getpos()[0]))

    def handle_data(self, data):
        if self.stack and self.stack[-1] not in ("script", "style", "title"):
            self.text += len(data.strip())


def check_site(output: str, base_url: str) -> list[Problem]:
    """Every problem of the built site at `output`, each naming its page."""
    problems: list[Problem] = []
    scans: dict[str, PageScan] = {}
    for folder, _, files in os.walk(output):
        for name in sorted(files):
            if name.endswith(".html") and not folder.startswith(os.path.join(output, "pagefind")):
                rel = os.path.relpath(os.path.join(folder, name), output).replace(os.sep, "/")
                scans[rel] = scan(os.path.join(folder, name), rel, problems)
    base_path = urlsplit(base_url).path
    for rel, page in sorted(scans.items()):
        for href, line in page.links:
            problem = check_link(output, rel, href, line, scans, base_url, base_path)
            if problem:
                problems.append(problem)
    problems += check_xml(output, "feed.xml") + check_xml(output, "sitemap.xml")
    problems += check_json(output, "data/sourcebook.json")
    return problems


def scan(path: str, rel: str, problems: list[Problem]) -> PageScan:
    page = PageScan()
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        page.feed(text)
        page.close()
    except (UnicodeDecodeError, AssertionError) as exc:
        problems.append(error(rel, f"page does not parse: {exc}"))
        return page
    if not text.lstrip().lower().startswith("<!doctype html>"):
        problems.append(error(rel, "page does not start with <!DOCTYPE html>", 1))
    for message, line in page.problems:
        problems.append(error(rel, message, line))
    unclosed = [t for t in page.stack if t not in OPTIONAL_END]
    if unclosed:
        problems.append(error(rel, f"elements never closed: {', '.join(unclosed)}"))
    if page.text == 0:
        problems.append(error(rel, "page is empty (no text)"))
    return page


def check_link(output, rel, href, line, scans, base_url, base_path) -> Problem | None:
    """A problem when an internal link or its #anchor does not resolve."""
    if href.startswith(base_url):
        href = base_path + href[len(base_url):]
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None  # external: not ours to check offline
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(base_path):
            return error(rel, f"link outside the site's path {base_path}: {href}", line)
        target = path[len(base_path):]
    elif path:
        target = posixpath.join(posixpath.dirname(rel), path)
    else:
        target = rel  # "#p3": an anchor on this page
    wants_folder = target == "" or target.endswith("/")
    target = posixpath.normpath(target) if target else "."
    if target.startswith(".."):
        return error(rel, f"link leaves the site: {href}", line)
    if wants_folder or os.path.isdir(os.path.join(output, target)):
        target = posixpath.normpath(posixpath.join(target, "index.html"))
    if not os.path.isfile(os.path.join(output, target)):
        return error(rel, f"broken link: {href}", line)
    if parts.fragment and target in scans and parts.fragment not in scans[target].ids:
        return error(rel, f"broken anchor: {href}", line)
    return None


def check_xml(output: str, name: str) -> list[Problem]:
    path = os.path.join(output, name)
    if not os.path.exists(path):
        return [error(name, "missing")]
    try:
        ET.parse(path)
    except ET.ParseError as exc:
        return [error(name, f"does not parse: {exc}", exc.position[0])]
    return []


def check_json(output: str, name: str) -> list[Problem]:
    try:
        with open(os.path.join(output, name), encoding="utf-8") as f:
            json.load(f)
    except FileNotFoundError:
        return [error(name, "missing")]
    except ValueError as exc:
        return [error(name, f"does not parse: {exc}")]
    return []
