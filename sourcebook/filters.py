"""Small pure helpers of rendering: Jinja filters (dates, JSON-LD, excerpts) and the text
work the page helpers share."""

from __future__ import annotations

import functools
import json

from markupsafe import Markup

from .model import DateEstimate

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def full_day(estimate: DateEstimate) -> str:
    """An estimate as a whole day (its first day) for formats that need one."""
    return first_day(estimate.value)


@functools.lru_cache(maxsize=8192)
def first_day(value: str) -> str:
    """The first day of an ISO date at any precision (a few thousand values among 10,000
    sources: the sitemap dates every source after each edit in the preview)."""
    return "-".join((value.split("-") + ["01", "01"])[:3])


def non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the first (then longest) of overlapping spans."""
    out, last_end = [], -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] >= last_end:
            out.append(span)
            last_end = span[1]
    return out


def escape_attr(text: str) -> str:
    return str(Markup.escape(text))


def format_date(estimate: DateEstimate | str | None, about: bool = True) -> str:
    """'24 February 2015', 'January 2020', 'about 2014'; '' for none."""
    if estimate is None:
        return ""
    value = estimate if isinstance(estimate, str) else estimate.value
    parts = value.split("-")
    try:
        if len(parts) == 3:
            text = f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        elif len(parts) == 2:
            text = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        else:
            text = parts[0]
    except (ValueError, IndexError):
        text = value
    if about and not isinstance(estimate, str) and estimate.estimated:
        return "about " + text
    return text


def json_ld(data: dict) -> Markup:
    """JSON for a <script type="application/ld+json"> block that no value can break out of."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def excerpt(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
