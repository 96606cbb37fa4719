"""HTML helpers shared by clean and render: Markdown to sanitised blocks, plain text of a block,
and links inserted at plain-text offsets. Sources never contribute markup that is not sanitised."""

from __future__ import annotations

import html
import re

import markdown
import nh3

TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
MARKDOWN_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
# nh3's defaults already refuse script, style, iframe, object, base, meta and event handlers;
# links keep only web and mail schemes, and open nothing with the site's privileges.
URL_SCHEMES = {"http", "https", "mailto"}


def sanitise(fragment: str) -> str:
    """Raw HTML from a source, made safe by a real sanitiser."""
    return nh3.clean(
        fragment,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def markdown_blocks(text: str, first_line: int = 1) -> list[tuple[str, str, int]]:
    """Markdown -> (plain text, safe html, line) for each top-level block."""
    rendered = markdown.markdown(text, extensions=MARKDOWN_EXTENSIONS, output_format="html")
    safe = sanitise(rendered)
    lines = text.split("\n")
    out, cursor = [], 0
    for block in top_level_blocks(safe):
        plain = text_of(block)
        if not plain.strip() and not block.startswith(("<hr", "<img", "<table")):
            continue
        line, cursor = find_line(lines, plain, cursor)
        out.append((plain, block, first_line + line))
    return out


def top_level_blocks(fragment: str) -> list[str]:
    """Split an HTML fragment into its top-level elements; stray text becomes a paragraph."""
    blocks, depth, start, pos = [], 0, 0, 0
    for match in TAG.finditer(fragment):
        if depth == 0 and match.start() > pos and fragment[pos : match.start()].strip():
            blocks.append(f"<p>{fragment[pos:match.start()].strip()}</p>")
        closing, name = match.group(1), match.group(2).lower()
        self_closing = name in VOID or match.group(3).rstrip().endswith("/")
        if depth == 0:
            start = match.start()
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing:
            depth += 1
        if depth == 0:
            blocks.append(fragment[start : match.end()])
        pos = match.end()
    if fragment[pos:].strip():
        blocks.append(f"<p>{fragment[pos:].strip()}</p>")
    return blocks


def text_of(fragment: str) -> str:
    """The plain text of an HTML fragment: its text nodes, unescaped, in order."""
    return "".join(html.unescape(piece) for piece in _texts(fragment))


def _texts(fragment: str):
    pos = 0
    for match in TAG.finditer(fragment):
        yield fragment[pos : match.start()]
        pos = match.end()
    yield fragment[pos:]


def find_line(lines: list[str], plain: str, cursor: int) -> tuple[int, int]:
    """The line (0-based, from `cursor` on) where a block's text begins, best effort."""
    probe = " ".join(plain.split()[:4])
    for i in range(cursor, len(lines)):
        if probe and probe.split()[0] in lines[i]:
            return i, i + 1
    return cursor, cursor


def with_id(block: str, element_id: str) -> str:
    """Give a block's outer element an id (sanitised blocks carry none of their own)."""
    match = TAG.match(block)
    if not match:
        return f'<p id="{element_id}">{block}</p>'
    return f'{block[: match.end(2)]} id="{element_id}"{block[match.end(2):]}'


def link_spans(block: str, links: list[tuple[int, int, str]]) -> str:
    """Wrap plain-text spans [start, end) of a block in the given opening tags.

    `links` holds (start, end, opening_tag); the closing tag is taken from its name. A span that
    would cross a tag boundary, or fall inside an existing link, is left as text.
    """
    if not links:
        return block
    links = sorted(links)
    out, offset, pos, inside_link = [], 0, 0, 0
    pending = list(links)
    for match in list(TAG.finditer(block)) + [None]:
        end = match.start() if match else len(block)
        raw = block[pos:end]
        text = html.unescape(raw)
        node_start, node_end = offset, offset + len(text)
        usable = [
            l for l in pending if node_start <= l[0] and l[1] <= node_end and not inside_link
        ]
        if usable:
            cursor = node_start
            for start, stop, opening in usable:
                if start < cursor:
                    continue
                name = re.match(r"<([a-z]+)", opening).group(1)
                out.append(html.escape(text[cursor - node_start : start - node_start], quote=False))
                out.append(opening)
                out.append(html.escape(text[start - node_start : stop - node_start], quote=False))
                out.append(f"</{name}>")
                cursor = stop
            out.append(html.escape(text[cursor - node_start :], quote=False))
        else:
            out.append(raw)
        pending = [l for l in pending if l[0] >= node_end]
        offset = node_end
        if match:
            out.append(match.group(0))
            if match.group(2).lower() == "a":
                inside_link += -1 if match.group(1) else 1
            pos = match.end()
    return "".join(out)
