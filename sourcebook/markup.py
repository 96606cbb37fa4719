"""HTML helpers shared by clean and render: Markdown to sanitised blocks, plain text of a block,
and links inserted at plain-text offsets. Sources never contribute markup that is not sanitised."""

from __future__ import annotations

import hashlib
import html
import re

import markdown
import nh3

from . import plain_markdown

TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
MARKDOWN_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
# nh3's defaults already refuse script, style, iframe, object, base, meta and event handlers;
# links keep only web and mail schemes, and open nothing with the site's privileges.
URL_SCHEMES = {"http", "https", "mailto"}

# Python-Markdown recurses once per level of nesting (2,000 '- ' on one line exhaust the stack);
# it scans to the end of a block for each bracket it cannot close (50,000 '[' take minutes) and
# rebuilds a block's text for each inline match (a 1 MB line of *emphasis* takes a minute). A
# block past these bounds is shown as escaped plain text instead, so a broken or hostile source
# can neither crash nor stall a build. Ordinary prose is far below them. Costs are in units of
# about 0.15 microseconds of Python-Markdown at its worst (see block_cost).
MAX_DEPTH = 16  # levels of '>' quotes and list markers, or indentation in steps of 4 columns
MAX_BLOCK_COST = 6_000_000  # about a second for one block
MAX_COST = 50_000_000  # about eight seconds for a source; past it only trivial blocks render
TRIVIAL_COST = 1_000
NESTING = re.compile(r"[ \t]*(?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)*")
RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def sanitise(fragment: str) -> str:
    """Raw HTML from a source, made safe by a real sanitiser."""
    return nh3.clean(
        fragment,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def new_converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")


# One converter, reset for each source: building one costs more than converting a news story.
_converter = new_converter()


def markdown_blocks(text: str, first_line: int = 1, plain_lines: list[int] | None = None) -> list[tuple[str, str, int]]:
    """Markdown -> (plain text, safe html, line) for each top-level block.

    A block too deep or too costly to render is shown as escaped plain text; its line is added
    to `plain_lines` so the caller can say so.
    """
    global _converter
    guarded, plain, starts = guard(text)
    try:
        # Most sources are plain paragraphs, which plain_markdown renders as Python-Markdown does.
        rendered = plain_markdown.convert(guarded)
        if rendered is None:
            rendered = _converter.reset().convert(guarded)
    except RecursionError:  # a shape the bounds above did not foresee: no block is rendered
        rendered, starts = "".join(f"<p>{html.escape(c, quote=False)}</p>" for _, c in chunks(text)), [0]
        plain = {}
        _converter = new_converter()  # its state after the error is not to be trusted
    safe = sanitise(rendered)
    for marker, chunk in plain.items():
        safe = safe.replace(marker, html.escape(chunk, quote=False))
    if plain_lines is not None:
        plain_lines.extend(first_line + start for start in starts)
    lines = text.split("\n")
    out, cursor = [], 0
    for block in top_level_blocks(safe):
        plain = text_of(block)
        if not plain.strip() and not block.startswith(("<hr", "<img", "<table")):
            continue
        line, cursor = find_line(lines, plain, cursor)
        out.append((plain, block, first_line + line))
    return out


def chunks(text: str) -> list[tuple[int, str]]:
    """Runs of non-blank lines: (index of the first line, text)."""
    out, start, run = [], 0, []
    for i, line in enumerate(text.split("\n") + [""]):
        if line.strip():
            if not run:
                start = i
            run.append(line)
        elif run:
            out.append((start, "\n".join(run)))
            run = []
    return out


def block_cost(chunk: str) -> int:
    """What Python-Markdown's inline stage will spend on a block, measured: the square of the
    brackets it may scan past (scanned in Python), plus inline marks times the block's length
    (each match copies the text)."""
    openers = chunk.count("[") + chunk.count("(") + chunk.count("<")
    marks = openers + sum(chunk.count(c) for c in "*_`&\\!")
    return openers * openers + marks * len(chunk) // 1000


def depth(line: str) -> int:
    """Levels of nesting a line opens: quote markers, list markers and indentation."""
    if RULE.match(line):
        return 0
    prefix = NESTING.match(line).group()
    indent = len(prefix) - len(prefix.lstrip(" \t"))
    columns = indent + prefix[:indent].count("\t") * 3
    markers = prefix.count(">") + len(re.findall(r"(?:^|[ \t>])(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)", prefix))
    return markers + columns // 4


def guard(text: str) -> tuple[str, dict[str, str], list[int]]:
    """The Markdown with each block past the bounds replaced by a marker word; the markers with
    the text they stand for, and the index of each replaced block's first line."""
    token = "sourcebookplain" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    found = chunks(text)
    lines = text.split("\n")
    plain, starts, spent = {}, [], 0
    for start, chunk in found:
        cost = block_cost(chunk)
        too_deep = any(depth(line) > MAX_DEPTH for line in chunk.split("\n"))
        if too_deep or cost > MAX_BLOCK_COST or (spent + cost > MAX_COST and cost > TRIVIAL_COST):
            marker = f"{token}x{len(plain)}"
            plain[marker] = chunk
            starts.append(start)
            count = chunk.count("\n") + 1
            lines[start : start + count] = [marker] + [""] * (count - 1)
        else:
            spent += cost
    return ("\n".join(lines) if plain else text), plain, starts


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
