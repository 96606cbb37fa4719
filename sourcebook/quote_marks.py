"""Who said what, in a source's text: each quote gets an anchor where it opens (#p4-q1) and, where
it closes, a mark naming its speaker (linked to their page) or saying that nobody is named."""

from __future__ import annotations

import html
import re

from markupsafe import escape

from .markup import TAG

OPENING = "\"“‘'"
CLOSING = re.compile("[,.;:!?…]*[\"”’']")


def quote_points(quotes, paragraph, link_of, name_of, page: str = "") -> list[tuple[int, str]]:
    """(text offset, HTML) to insert into `paragraph` for its quotes, outside their quotation
    marks. `link_of(key)` is the speaker's page or None; `name_of(key)` their name; `page` the
    source page's own address where links must be absolute (a feed), else ""."""
    points, text = [], paragraph.text
    for n, quote in enumerate((q for q in quotes if q.paragraph == paragraph.id), 1):
        anchor = f"{paragraph.id}-q{n}"
        start = quote.start - 1 if quote.start and text[quote.start - 1] in OPENING else quote.start
        closing = CLOSING.match(text, quote.end)
        points.append((start, f'<span class="quote-start" id="{anchor}"></span>'))
        points.append((closing.end() if closing else quote.end, said_by(quote, anchor, link_of, name_of, page)))
    return points


def said_by(quote, anchor: str, link_of, name_of, page: str = "") -> str:
    """The mark after a quote: its speaker, or 'unattributed'; then a link to the quote itself."""
    own = f' <a class="quote-link" href="{escape(page)}#{anchor}" aria-label="link to this quote">#</a>'
    if quote.speaker is None and not quote.speaker_name:
        return f'<span class="said-by unattributed" data-pagefind-ignore>unattributed{own}</span>'
    name = escape(name_of(quote.speaker) if quote.speaker else quote.speaker_name)
    href = link_of(quote.speaker) if quote.speaker else None
    who = f'<a href="{escape(href)}">{name}</a>' if href else f"{name}"
    return f'<span class="said-by" data-pagefind-ignore><span class="visually-hidden">said by </span>{who}{own}</span>'


def insert_at(block: str, points: list[tuple[int, str]]) -> str:
    """`block` with each HTML snippet inserted at its offset in the block's text. A point inside
    a link (a mention) moves to just after it: links do not nest."""
    if not points:
        return block
    pending = sorted(points, key=lambda p: p[0])
    out, offset, pos, inside_link, waiting = [], 0, 0, 0, []
    for match in list(TAG.finditer(block)) + [None]:
        end = match.start() if match else len(block)
        text = html.unescape(block[pos:end])
        node_end = offset + len(text)
        cursor = 0
        # a point between two nodes goes into the one with text: inside the block, not before it
        while pending and (pending[0][0] < node_end or (pending[0][0] == node_end and text)):
            at, snippet = pending.pop(0)
            cut = max(cursor, at - offset)
            out.append(html.escape(text[cursor:cut], quote=False))
            cursor = cut
            (waiting if inside_link else out).append(snippet)
        out.append(html.escape(text[cursor:], quote=False) if cursor else block[pos:end])
        offset = node_end
        if match:
            out.append(match.group(0))
            if match.group(2).lower() == "a":
                inside_link += -1 if match.group(1) else 1
                if not inside_link and waiting:
                    out += waiting
                    waiting = []
            pos = match.end()
    return "".join(out + waiting + [snippet for _, snippet in pending])
