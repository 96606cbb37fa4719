"""Python-Markdown's HTML for the plainest Markdown, made without running it.

News sources are nearly all paragraphs of text with some **strong** and *emphasis* and now and
then a short '- ' list, and Python-Markdown takes about a millisecond per source to say so: a
tenth of a cold build's extraction at 10,000 sources. `convert` gives the same string for that
subset and None for anything else (a link, an entity, a heading, an indented line, an '*' it
cannot pair for certain), and the caller runs Python-Markdown. Every rule errs towards None:
tests/test_plain_markdown.py compares the two on real, generated and random text.
"""

from __future__ import annotations

import re

# Anything that may start Markdown syntax other than paragraphs, '- ' items and '*' pairs:
# escapes, code, raw HTML and entities, links and images, underscores, headings, tables,
# Python-Markdown's own placeholder characters, tabs and control characters.
UNSAFE = re.compile(r"[\\`<>&\[\]!_#|~=\x00-\x09\x0b-\x1f\x7f]")
# A line that opens a block (or a hard break) unless it is a plain '- ' item of a list block:
# leading or trailing white space, a quote, a list marker, a rule, a setext underline, a number
# and a dot or bracket.
BLOCK_START = re.compile(r"^(?:\s|[-+>]|\*\s|\*\*\*|\d+[.)])|\s$")
ITEM = re.compile(r"- (?=\S)")
# '**strong**' and '*emphasis*' on one line, not inside a word, holding no '*' and not opening or
# closing on a space: the cases where Python-Markdown's readings are not in doubt.
PAIR = re.compile(r"(?<![\w*])(?:\*\*([^\s*](?:[^*\n]*[^\s*])?)\*\*|\*([^\s*](?:[^*\n]*[^\s*])?)\*)(?![\w*])")


def convert(text: str) -> str | None:
    """Python-Markdown's output (extensions tables, fenced_code, sane_lists) for `text`, or None
    when `text` goes beyond the subset this knows."""
    if UNSAFE.search(text):
        return None
    out, last_was_list = [], False
    for chunk in text.strip("\n").split("\n\n"):
        chunk = chunk.strip("\n")
        if not chunk:
            continue
        lines = chunk.split("\n")
        if all(ITEM.match(line) for line in lines):
            if last_was_list:
                return None  # a blank line between two lists makes one loose list
            items = [inline(line[2:]) for line in lines]
            if any(item is None or BLOCK_START.search(line[2:]) for item, line in zip(items, lines)):
                return None
            out.append("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>")
            last_was_list = True
            continue
        if any(BLOCK_START.search(line) for line in lines):
            return None
        body = inline(chunk)
        if body is None:
            return None
        out.append(f"<p>{body}</p>")
        last_was_list = False
    return "\n".join(out)


def inline(text: str) -> str | None:
    """Text with its '*' pairs as <strong> and <em>; None if an '*' is left that is not one."""
    if "*" not in text:
        return text
    done = PAIR.sub(lambda m: f"<strong>{m.group(1)}</strong>" if m.group(1) is not None else f"<em>{m.group(2)}</em>", text)
    return None if "*" in done else done
