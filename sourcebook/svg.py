"""Pictures drawn at build time as inline SVG (no script): the timeline's time axis."""

from __future__ import annotations

import datetime as dt
import functools
import math
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
    values = [site.extractions[d].date.value for d in site.timeline]
    spans = {value: day_span(value) for value in set(values)}  # a few thousand days at most
    bounds = [start for start, _ in spans.values()]
    for phase in site.phases:
        bounds += [b for b in (parse_day(phase.start), parse_day(phase.end, end=True)) if b]
    if not bounds:
        return Markup("")
    first, last = min(bounds), max(bounds)
    first, last = dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)
    span = (last - first).days or 1

    def x(day: dt.date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)

    # A date known to the month or year is drawn as that span with its dot in the middle, hollow
    # when estimated, so "about 2014" is not read as 1 January 2014.
    across = {}
    for value, (start, end) in spans.items():
        x1, x2 = x(start), x(end)
        across[value] = (x1, x2, round((x1 + x2) / 2, 1))
    # The preview draws the timeline again after each retitle or date change: a dot whose
    # source, place and link are as before is taken from the last drawing (helpers.list_items).
    # One pass with few lookups per dot: 10,000 of them after every such edit.
    drawn = helpers.list_items if helpers.list_items is not None else {}
    documents, extractions, root = site.documents, site.extractions, helpers.root
    stacks: dict[float, int] = {}
    dots = []
    for doc_id, value in zip(site.timeline, values):
        x1, x2, cx = across[value]
        level = stacks[cx] = stacks.get(cx, -1) + 1
        cy = TOP + 20 + level * ROW
        title = documents[doc_id].title
        key = ("timeline-dot", root, doc_id, title, value, extractions[doc_id].date.estimated, cy, x1, x2)
        dot = drawn.get(key)
        if dot is None:
            dot = drawn[key] = draw_dot(helpers.document_link(doc_id), title, value, key[5], cx, cy, x1, x2)
        dots.append(dot)
    height = TOP + 40 + max(stacks.values(), default=0) * ROW
    out = [f'<svg class="timeline-svg" viewBox="0 0 {WIDTH} {height}" role="group" aria-labelledby="timeline-title">',
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
    out += dots
    out.append("</svg>")
    return Markup("".join(out))


def draw_dot(href: str, title: str, value: str, estimated: bool, cx, cy, x1, x2) -> str:
    label = f"{title} ({value})"
    line = f'<line class="span" x1="{x1}" y1="{cy}" x2="{x2}" y2="{cy}"/>' if x2 - x1 > 4 else ""
    return (f'<a href="{escape(href)}">{line}<circle class="dot{" estimated" if estimated else ""}" '
            f'cx="{cx}" cy="{cy}" r="6"><title>{escape(label)}</title></circle></a>')


@functools.lru_cache(maxsize=8192)
def day_span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of an ISO date at any precision."""
    return parse_day(value), parse_day(value, end=True)


ROW_HEIGHT, MINISTER_X, PLACE_X, GRAPH_WIDTH = 24, 330, 690, 1000


def connections_svg(site, helpers) -> Markup:
    """Who appears with whom and where: ministers (by country, then name) on the left, places
    on the right; a line for each minister and place named in the same sources, an arc for two
    ministers named together, thicker for more shared sources. Every label links to its page.
    One row per entity keeps every label readable at 5 entities or at 500 (the page scrolls)."""
    ministers = sorted(site.ministers.values(), key=lambda m: (m.countries[:1] or ("~",), m.name))
    places = sorted((p for p in site.places.values() if p.documents), key=lambda p: p.name)
    if not ministers and not places:
        return Markup("")
    y_of_minister = {m.id: 40 + i * ROW_HEIGHT for i, m in enumerate(ministers)}
    y_of_place = {p.id: 40 + i * ROW_HEIGHT for i, p in enumerate(places)}
    height = 40 + max(len(ministers), len(places), 1) * ROW_HEIGHT
    out = [f'<svg class="connections-svg" viewBox="0 0 {GRAPH_WIDTH} {height}" width="{GRAPH_WIDTH}" '
           f'height="{height}" role="group" aria-labelledby="connections-title">',
           '<title id="connections-title">Ministers linked to the places and the other ministers named in the same sources</title>',
           f'<text class="column-label" x="{MINISTER_X}" y="18" text-anchor="end">Ministers</text>',
           f'<text class="column-label" x="{PLACE_X}" y="18">Places</text>']
    for m in ministers:
        y1 = y_of_minister[m.id]
        for place_id, shared in m.places:
            if place_id in y_of_place:
                y2 = y_of_place[place_id]
                mid = (MINISTER_X + PLACE_X) / 2
                out.append(f'<path class="edge edge-place" d="M{MINISTER_X + 6},{y1} C{mid},{y1} {mid},{y2} {PLACE_X - 6},{y2}" '
                           f'stroke-width="{stroke(shared)}"><title>{escape(m.name)} and {escape(site.places[place_id].name)}: '
                           f'{shared} shared source{"s" if shared != 1 else ""}</title></path>')
        for other, shared in m.companions:
            if other in y_of_minister and y_of_minister[other] > y1:
                y2 = y_of_minister[other]
                bulge = MINISTER_X + 16 + min(140, (y2 - y1) * 0.45)
                out.append(f'<path class="edge edge-minister" d="M{MINISTER_X + 6},{y1} C{bulge},{y1} {bulge},{y2} {MINISTER_X + 6},{y2}" '
                           f'stroke-width="{stroke(shared)}"><title>{escape(m.name)} and {escape(site.ministers[other].name)}: '
                           f'{shared} shared source{"s" if shared != 1 else ""}</title></path>')
    for m in ministers:
        y = y_of_minister[m.id]
        label = f"{m.name} ({', '.join(m.countries)})" if m.countries else m.name
        out.append(f'<a href="{escape(helpers.minister_link(m.id))}"><circle class="node node-minister" cx="{MINISTER_X}" cy="{y}" r="5"/>'
                   f'<text class="node-label" x="{MINISTER_X - 10}" y="{y + 4}" text-anchor="end">{escape(label)}</text></a>')
    for p in places:
        y = y_of_place[p.id]
        out.append(f'<a href="{escape(helpers.place_link(p.id))}"><circle class="node node-place" cx="{PLACE_X}" cy="{y}" r="5"/>'
                   f'<text class="node-label" x="{PLACE_X + 10}" y="{y + 4}">{escape(p.name)}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))


def stroke(shared: int) -> float:
    """Line width grows with shared sources, slowly, so a busy pair does not hide the rest."""
    return round(1 + 1.5 * math.log2(shared), 1) if shared > 1 else 1
