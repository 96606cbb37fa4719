"""A source's body as its page shows it: paragraphs with ids, mentions of ministers and places as
links, each quote marked with its speaker."""

from __future__ import annotations

from markupsafe import Markup

from .filters import escape_attr, non_overlapping
from .markup import link_spans, with_id
from .quote_marks import insert_at, quote_points


def linked_body(h, doc_id: str, absolute: bool = False) -> Markup:
    """The body of `doc_id` with links relative to the page `h` (PageHelpers) renders; with
    `absolute`, quotes link the source's own page (the feed's copy)."""
    site, extraction = h.site, h.site.extractions[doc_id]
    by_paragraph: dict[str, list] = {}
    for m in extraction.mentions:
        if m.kind == "person" and m.key in site.ministers:
            kind, href = "minister", h.minister_link(m.key)
        elif m.kind == "place" and m.key in site.places:
            kind, href = "place", h.place_link(m.key)
        else:
            continue
        opening = f'<a class="mention mention-{kind}" href="{escape_attr(href)}" {h.preview(kind, m.key)}>'
        by_paragraph.setdefault(m.paragraph, []).append((m.start, m.end, opening))
    parts = []
    names = {p.key: p.name for p in extraction.people}
    speaker_link = lambda key: h.minister_link(key) if key in site.ministers else None  # noqa: E731
    speaker_name = lambda key: site.ministers[key].name if key in site.ministers else names.get(key, key)  # noqa: E731
    for paragraph in site.documents[doc_id].paragraphs:
        linked = with_id(link_spans(paragraph.html, non_overlapping(by_paragraph.get(paragraph.id, []))), paragraph.id)
        parts.append(insert_at(linked, quote_points(extraction.quotes, paragraph, speaker_link, speaker_name,
                                                    h.document_link(doc_id) if absolute else "")))
    return Markup("\n".join(parts))
