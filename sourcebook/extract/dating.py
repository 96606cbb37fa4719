"""When a document was written: front matter, or an estimate from its text, with evidence.

A news source is written after the past events it reports and before the future ones it
anticipates. Each date in the text becomes a clue (a bound, or a window of days after an anchor),
the clues are intersected strongest first, and the estimate is read off what remains.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from ..errors import Problem, warning
from ..model import DateEstimate, Document, EventSetting
from .clues import (
    SENTENCE_END,
    Clue,
    date_clues,
    relative_month_clues,
    tense,
)
from .datelines import (
    SHORT_LINE,
    dateline_clues,
    month_day_clue,
    page_clock,
    with_title,
)
from .dateparse import (
    WEEKDAYS,
    find_dates,
    find_relative_months,
    find_relatives,
    iso,
    numeric_order,
    period,
)
from .estimates import doubtful, read_estimate, why_undated
from .events import event_clues, event_pattern, may_name

DAY = dt.timedelta(days=1)
PRECISIONS = ("year", "month", "day")
CONTRADICTION = dt.timedelta(days=31)  # front matter this far outside the text's window disagrees
WEEK_WINDOW = 31  # weekdays are read only inside a window of days this narrow


def estimate_date(
    document: Document, events: tuple[EventSetting, ...]
) -> tuple[DateEstimate | None, tuple[Problem, ...]]:
    """The document's date: front matter wins; otherwise an estimate from the text, or None."""
    found = dated(document, events)
    return found.estimate, found.problems


class Dated(NamedTuple):
    """estimate_date's answer, why an undated document is undated, and the window of days its
    text leaves for its date (either end open: None)."""

    estimate: DateEstimate | None
    problems: tuple[Problem, ...]
    why: str
    window: tuple[dt.date | None, dt.date | None] = (None, None)


def dated(document: Document, events: tuple[EventSetting, ...]) -> Dated:
    """estimate_date's answer, with why an undated document is undated and its text's window."""
    estimate, window, why = estimate_from_text(document, events)
    if "date" not in document.meta:
        return Dated(estimate, (), why, window)
    line = document.meta_lines.get("date")
    raw = document.meta["date"]
    front = front_matter_date(raw)
    if front is None:
        message = f"front matter 'date' is not a date: {raw!r}; estimated from the text instead"
        return Dated(estimate, (warning(document.source, message, line),), why, window)
    problems = ()
    if estimate is not None and contradicts(front, window):
        message = (
            f"front matter date {front.value} contradicts the text, which points to {estimate.value}"
            f" ({estimate.evidence}); keeping the front matter"
        )
        problems = (warning(document.source, message, line),)
    return Dated(front, problems, "")


def front_matter_date(raw) -> DateEstimate | None:
    """A front matter value as a date: ISO at any precision, a datetime, or a written date."""
    text = str(raw).strip()
    head = re.match(r"(\d{4}(?:-\d\d?(?:-\d\d?)?)?)(?:[T ][\d:.+\-Z ]*)?$", text)
    if head and period(head.group(1)):
        value = head.group(1)
        first, _ = period(value)
        precision = PRECISIONS[value.count("-")]
        return DateEstimate(iso(first, precision), precision, f"front matter: date: {text}", "front matter", False)
    found = find_dates(text)
    if len(found) == 1 and found[0].kind == "date" and found[0].text == text.rstrip("."):
        value, precision = iso(found[0].first, found[0].precision), found[0].precision
        return DateEstimate(value, precision, f"front matter: date: {text}", "front matter", False)
    return None


def contradicts(front: DateEstimate, window: tuple[dt.date | None, dt.date | None]) -> bool:
    """Front matter clearly outside the window the text allows (by more than a month)."""
    first, last = period(front.value)
    lo, hi = window
    return (lo is not None and last < lo - CONTRADICTION) or (hi is not None and first > hi + CONTRADICTION)


def estimate_from_text(document: Document, events: tuple[EventSetting, ...]):
    """(estimate or None, (lo, hi) window the text allows) from the document's paragraphs."""
    language = document.meta.get("language") or document.meta.get("lang")
    order = numeric_order((p.text for p in document.paragraphs), language if isinstance(language, str) else None)
    whole = "\n".join(p.text for p in with_title(document))
    # Only the events the text names at all are looked for paragraph by paragraph.
    lowered = whole.lower()
    matchers = [(event, pattern) for event in events if period(event.date or "") and may_name(event, lowered)
                for pattern in [event_pattern(event)] if pattern is not None and pattern.search(whole)]
    clues, weekdays, months, explicit = [], [], [], []
    for paragraph in with_title(document):
        text = paragraph.text
        if page_clock(document, paragraph) and only_a_date(text):
            continue  # the day the page was shown or copied: after the story, so no lower bound
        bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        relatives = find_relatives(text)
        dates = find_dates(text, order)
        weekdays += [
            (paragraph.id, r)
            for r in relatives
            if r.kind == "weekday" and tense(text, r.start, bounds) != "future"
        ]
        months += [(paragraph.id, text, r) for r in find_relative_months(text)]
        explicit += [f for f in dates if f.kind == "date" and f.precision != "year"]
        clues += date_clues(paragraph.id, text, bounds, dates, relatives)
        for event, pattern in matchers:
            clues += event_clues(paragraph.id, text, bounds, relatives, event, pattern)
    clues += relative_month_clues(months, explicit)
    clues = without_stale_stamp(clues + dateline_clues(document, order))
    chosen, window = combine(clues)
    if not any(c.kind == "near" for c in chosen):
        event_days = tuple(period(e.date)[0] for e in events if period(e.date or ""))
        extra = month_day_clue(document, window[0], event_days) or anniversary_clue(chosen, window)
        if extra:
            chosen, window = combine(clues + extra)
    if any(c.kind == "near" and width(c) <= WEEK_WINDOW for c in chosen):
        window, notes = refine_by_weekdays(chosen, window, weekdays)
        chosen = chosen + notes
    estimate = read_estimate(chosen, window)
    if estimate:
        return estimate, window, ""
    # one date read as both past and planned is a doubt: it bounds nothing, a phase included
    return None, (None, None) if doubtful(chosen, window) else window, why_undated(chosen, window)


def without_stale_stamp(clues: list[Clue]) -> list[Clue]:
    """A crawler's stamp ("date 2017-02-24") earlier than something the text reports as past,
    to the day or the month, is not when the page was written: the store dated it otherwise."""
    stamp = next((c for c in clues if c.rule == "dateline" and c.evidence.startswith("text: 'date ")), None)
    if stamp and any(c.kind == "reported" and c.strength >= 3 and c.precision != "year" and c.lo > stamp.hi for c in clues):
        return [c for c in clues if c is not stamp and not (c.paragraph == stamp.paragraph and c.anchor == stamp.anchor)]
    return clues


DATE_WORDS = re.compile(r"(?i)\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)[a-z]{3,}")


def only_a_date(text: str) -> bool:
    """A line that holds a date and little else ("December 6, 2021", "Sun, 29 March 2020 10:04")."""
    return len(text) <= SHORT_LINE and len(DATE_WORDS.findall(text)) <= 1


FIRST_ANNIVERSARY = re.compile(r"(?i)\bfirst anniversary\b")


def anniversary_clue(chosen: list[Clue], window) -> list[Clue]:
    """The first anniversary of an event that falls after everything else the text reports."""
    for clue in (c for c in chosen if c.kind == "anniversary"):
        lo = window[0]
        if not (lo and lo > clue.anchor + DAY) and not FIRST_ANNIVERSARY.search(clue.evidence):
            continue  # which year's anniversary, nothing later in the text says
        year = clue.anchor.year + 1
        while True:
            try:
                day = clue.anchor.replace(year=year)
            except ValueError:  # 29 February
                day = clue.anchor.replace(year=year, day=28)
            if lo is None or day >= lo:
                break
            year += 1
        # a plan that seems to end before it is a tense misread; combine() weighs the two
        return [Clue(day, day, "near", 5, "anniversary of event", f"{clue.evidence}: {day.isoformat()}", day,
                     paragraph=clue.paragraph)]
    return []


def combine(clues: list[Clue]) -> tuple[list[Clue], tuple[dt.date | None, dt.date | None]]:
    """Intersect the clues, strongest and most precise first, skipping any that contradict those kept."""
    lo, hi, chosen = None, None, []
    ranked = sorted(enumerate(clues), key=lambda ic: (-ic[1].strength, width(ic[1]), ic[0]))
    for _, clue in ranked:
        new_lo = max(d for d in (lo, clue.lo) if d) if (lo or clue.lo) else None
        new_hi = min(d for d in (hi, clue.hi) if d) if (hi or clue.hi) else None
        if new_lo and new_hi and new_lo > new_hi:
            continue
        lo, hi = new_lo, new_hi
        chosen.append(clue)
    return chosen, (lo, hi)


def width(clue: Clue) -> int:
    """Days a clue leaves open (open-ended clues last)."""
    return (clue.hi - clue.lo).days if clue.lo and clue.hi else 10**6


def refine_by_weekdays(chosen, window, weekdays):
    """Narrow a window of days with the weekdays the text reports ("on Wednesday" = the last one)."""
    lo, hi = window
    # What a follow-up story reports by weekday happened after the event it follows.
    anchor = min(c.anchor for c in chosen if c.kind == "near" and width(c) <= WEEK_WINDOW)
    notes = []
    for pid, found in weekdays:
        if any(c.relative is found for c in chosen):
            continue
        target = WEEKDAYS.index(found.word)
        day = anchor + ((target - anchor.weekday()) % 7) * DAY
        while day + 6 * DAY < lo:  # the writing is within six days after a weekday it reports
            day += 7 * DAY
        if day > hi:
            continue
        lo, hi = max(lo, day), min(hi, day + 6 * DAY)
        note = f"'{found.text}' = {day.isoformat()}"
        if all(n.evidence != note for n in notes):
            notes.append(Clue(day, day + 6 * DAY, "weekday", 0, "relative weekday", note, paragraph=pid))
    return (lo, hi), notes
