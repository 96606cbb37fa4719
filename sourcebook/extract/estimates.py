"""What a careful reader says of a source's date from the clues kept: a day, a month or a year
the window allows, or why it stays undated."""

from __future__ import annotations

import datetime as dt

from ..model import DateEstimate
from .clues import Clue
from .dateparse import iso

DAY = dt.timedelta(days=1)


def read_estimate(chosen: list[Clue], window) -> DateEstimate | None:
    """The estimate a careful reader would give from the clues kept and the window they leave."""
    lo, hi = window
    near = [c for c in chosen if c.kind == "near"]
    if near:
        evidence = "; ".join([near[0].evidence] + [c.evidence for c in chosen if c.kind == "weekday"])
        value, precision = window_value(lo, hi)
        if near[0].rule == "relative to event" and precision == "day":
            # "yesterday" next to words that name an event of the story: the story's acts are
            # close together and a phrase may name a neighbouring one ("received the report" is
            # not "the report released"), so the month, not the day
            value, precision = iso(lo, "month"), "month"
        return DateEstimate(value, precision, evidence, near[0].rule)
    lower = [c for c in chosen if c.lo == lo and c.lo]
    upper = [c for c in chosen if c.hi == hi and c.hi]
    if lower and upper and not doubtful(chosen, window):
        bounds = "; ".join(c.evidence for c in lower + upper)
        for precision in ("month", "year"):
            if iso(lo, precision) == iso(hi, precision):
                return DateEstimate(iso(lo, precision), precision, bounds, "date range")
    return None


def doubtful(chosen: list[Clue], window) -> bool:
    """Bounds from two different dates pin the writing between them; one date read as both past
    and planned ("in April 2013" twice) is a doubt about that date, not a window."""
    lo, hi = window
    lower = [c.anchor for c in chosen if c.lo == lo and c.lo]
    return any(c.anchor in lower for c in chosen if c.hi == hi and c.hi)


def why_undated(chosen: list[Clue], window) -> str:
    """What an undated source's text does say about its date, and why that is not enough."""
    lo, hi = window
    if not chosen:
        return "undated: no dateline, and no date or dated event in the text"
    parts = []
    if lo:
        parts.append(f"written after {lo.isoformat()} ({next(c.evidence for c in chosen if c.lo == lo)})")
    if hi:
        parts.append(f"before {hi.isoformat()} ({next(c.evidence for c in chosen if c.hi == hi)})")
    return "undated: no dateline; the text only bounds its date: " + "; ".join(parts)


def window_value(lo: dt.date, hi: dt.date) -> tuple[str, str]:
    """(value, precision) for a writing date known to lie between lo and hi."""
    if lo == hi:
        return lo.isoformat(), "day"
    if iso(lo, "month") == iso(hi, "month") or (hi - lo).days <= 31:
        return iso(majority_month(lo, hi), "month"), "month"
    return str(lo.year), "year"


def majority_month(lo: dt.date, hi: dt.date) -> dt.date:
    """The first day of the month holding most of the days from lo to hi."""
    counts: dict[dt.date, int] = {}
    day = lo
    while day <= hi:
        key = day.replace(day=1)
        counts[key] = counts.get(key, 0) + 1
        day += DAY
    return max(counts, key=lambda k: (counts[k], -k.toordinal()))
