"""Pictures drawn at build time as inline SVG (no script): the timeline's time axis."""

from __future__ import annotations

import datetime as dt
from html import escape

from markupsafe import Markup

WIDTH, ROW, TOP, LEFT, RIGHT = 960, 16, 34, 20, 20


def parse_day(value: str | None, end: bool = False) -> dt.date | None:
    """An ISO date at any precision as a day: its first day, or its last when `end`."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return dt.date(year, month, parts[2])
    if not end:
        return dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def timeline_svg(site, helpers) -> Markup:
    """Phases as bands, years as ticks, each dated source as a linked dot."""
    docs = [(d, parse_day(site.extractions[d].date.value)) for d in site.timeline]
    bounds = [day for _, day in docs]
    for phase in site.phases:
        bounds += [b for b in (parse_day(phase.start), parse_day(phase.end, end=True)) if b]
    if not bounds:
        return Markup("")
    first, last = min(bounds), max(bounds)
    first, last = dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)
    span = (last - first).days or 1

    def x(day: dt.date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)

    stacks: dict[float, int] = {}
    dots = []
    for doc_id, day in docs:
        cx = x(day)
        level = stacks[cx] = stacks.get(cx, -1) + 1
        dots.append((doc_id, cx, TOP + 20 + level * ROW))
    height = TOP + 40 + max(stacks.values(), default=0) * ROW
    out = [f'<svg class="timeline-svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="timeline-title">',
           '<title id="timeline-title">Sources over time, by phase</title>']
    for i, phase in enumerate(site.phases):
        start, end = parse_day(phase.start) or first, parse_day(phase.end, end=True) or last
        out.append(f'<a href="{escape(helpers.phase_link(phase.id))}"><rect class="band band-{i % 4}" x="{x(start)}" y="{TOP - 4}" '
                   f'width="{max(x(end) - x(start), 1)}" height="{height - TOP}"><title>{escape(phase.name)}</title></rect>'
                   f'<text class="band-label" x="{x(start) + 4}" y="{TOP + 8}">{escape(phase.name)}</text></a>')
    for year in range(first.year, last.year + 2):
        tick = x(dt.date(year, 1, 1)) if year <= last.year else x(last)
        if year <= last.year:
            out.append(f'<line class="tick" x1="{tick}" y1="{TOP - 14}" x2="{tick}" y2="{height}"/>'
                       f'<text class="tick-label" x="{tick + 3}" y="{TOP - 16}">{year}</text>')
    for doc_id, cx, cy in dots:
        doc = site.documents[doc_id]
        label = f"{doc.title} ({site.extractions[doc_id].date.value})"
        out.append(f'<a href="{escape(helpers.document_link(doc_id))}"><circle class="dot" cx="{cx}" cy="{cy}" r="6">'
                   f'<title>{escape(label)}</title></circle></a>')
    out.append("</svg>")
    return Markup("".join(out))
