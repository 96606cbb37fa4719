"""When a document was written: front matter, or an estimate from its text, with evidence.

A news source is written after the past events it reports and before the future ones it
anticipates. Each date in the text becomes a clue (a bound, or a window of days after an anchor),
the clues are intersected strongest first, and the estimate is read off what remains.
"""

from __future__ import annotations

import bisect
import dataclasses
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from .dateparse import (
    WEEKDAYS, Found, find_dates, find_relative_months, find_relatives, iso, numeric_order, period,
)
from .errors import Problem, warning
from .model import DateEstimate, Document, EventSetting, Paragraph

DAY = dt.timedelta(days=1)
PRECISIONS = ("year", "month", "day")
CLAUSE = 120  # characters before a date read for its tense
ADJACENT = 25  # a relative phrase this close to a date is about that date ("last year, in 2019")
CONTRADICTION = dt.timedelta(days=31)  # front matter this far outside the text's window disagrees
WEEK_WINDOW = 31  # weekdays are read only inside a window of days this narrow

SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])"
)
SINCE = re.compile(
    r"(?i)\b(?:since|ever\s+since)\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of)[\s-]+)?$"
)
FUTURE_PREPOSITION = re.compile(r"(?i)\b(?:by|until|till|before|ahead\s+of|due\s+in|the\s+end\s+of)\s+$")
# A modal or a verb of intention, with the verb it governs, so that it ends after a past participle
# ("will be deployed in May"): the marker nearest the date decides its tense.
FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|won['’]t|wouldn['’]t|going\s+to|is\s+to|are\s+to|plans|planning|intends?"
    r"|expects?|expected|scheduled|set\s+to|due|likely|upcoming|next|coming|proposed"
    r"|(?:agreed|decided|planned|intended|aims?|hopes?|prepares?|preparing|ready|promised|pledged)\s+to)\b"
    r"(?:\s+(?:not|be|have|been|also|then|only|soon|now|still|to))*(?:\s+\w+)?"
)
PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|has\s+been|have\s+been|ago|began|begun|went|came|took|met|said|told"
    r"|earlier|previously|already|since)\b"
)
# A relative clause giving when something still going on began is background, not the news:
# "the mission, which began in May 2015, will run until 2018" was written after May 2015.
BACKGROUND = re.compile(
    r"(?i)\b(?:which|that)\s+(?:first\s+)?(?:began|started|commenced|was\s+(?:launched|established|set\s+up))"
    r"(?:\s+(?:in|on|from))?\s+$"
)
# A headline drops "is": "Iraq mission to end in June 2020" is a plan.
HEADLINE_FUTURE = re.compile(r"\bto\s+[a-z]+\b[^.;:!?]{0,40}$")
LEADING_WORD = re.compile(r"(?i)\b(?:in|on|since|by|until|till|from|during|before|after|between)\s+$")
PAST_PARTICIPLE = re.compile(r"\b(?!(?:need|indeed|speed|feed|seed|hundred|proceed|exceed|succeed)\b)[a-z]\w+ed\b")

# A dateline: the date a source gives for itself, on a line of its own ("Published: 12:05 PM
# January 8, 2020", "By Jane Smith | 24 February 2015", "Sunday 12 January 2020") or opening the
# story ("Wellington, 3 November 2014 - ..."). What such a line holds besides the date:
DATELINE_LABEL = re.compile(r"(?i)\b(?:first\s+published|last\s+updated|published|updated|posted|dated?)\b\s*:?")
CLOCK_TIME = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")  # a line with one says something: it is no dateline
DATELINE_PLACE = re.compile(r"^[A-Z][\w.'’ -]{0,40}?(?:\s*\([^)]{1,30}\))?,\s*$")  # "Wellington, "
DATELINE_DASH = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?[-–—:]")
DATELINE_LINES = 8  # at most: the title, short lines above the story, and its first paragraph
SHORT_LINE = 120  # a line this short above a story may be a dateline, a byline or furniture

# Windows of days after an anchor in which the source was written, by what the text calls it.
DAYS_AFTER = {
    "today": (0, 0), "tonight": (0, 0), "this morning": (0, 0), "this afternoon": (0, 0),
    "yesterday": (1, 1), "last night": (1, 1), "overnight": (0, 1),
    "over the weekend": (1, 8), "at the weekend": (1, 8), "last weekend": (1, 8),
    "days ago": (2, 9), "this week": (0, 6), "earlier this week": (0, 6), "last week": (2, 13),
    "weekday": (1, 6),
}
DAYS_BEFORE = {"tomorrow": (1, 1), "next week": (2, 13), "later this week": (0, 6)}
PAST_WORDS = set(DAYS_AFTER) | {
    "last month", "this month", "earlier this month", "last year", "this year", "earlier this year",
}
FUTURE_WORDS = set(DAYS_BEFORE) | {"next month", "later this month", "next year", "later this year", "this year"}


@dataclass(frozen=True)
class Clue:
    """What one phrase says about the writing date: a window [lo, hi] and how much to trust it."""

    lo: dt.date | None
    hi: dt.date | None
    kind: str  # "near": a window after an anchor; "reported": a past date; "since"; "future"
    strength: int
    rule: str
    evidence: str
    anchor: dt.date | None = None  # for "reported": the date reported, and its precision
    precision: str = "day"
    paragraph: str = ""
    relative: Found | None = None  # the relative phrase of a "near" clue


def estimate_date(
    document: Document, events: tuple[EventSetting, ...]
) -> tuple[DateEstimate | None, tuple[Problem, ...]]:
    """The document's date: front matter wins; otherwise an estimate from the text, or None."""
    estimate, window = estimate_from_text(document, events)
    if "date" not in document.meta:
        return estimate, ()
    line = document.meta_lines.get("date")
    raw = document.meta["date"]
    front = front_matter_date(raw)
    if front is None:
        message = f"front matter 'date' is not a date: {raw!r}; estimated from the text instead"
        return estimate, (warning(document.source, message, line),)
    problems = ()
    if estimate is not None and contradicts(front, window):
        message = (
            f"front matter date {front.value} contradicts the text, which points to {estimate.value}"
            f" ({estimate.evidence}); keeping the front matter"
        )
        problems = (warning(document.source, message, line),)
    return front, problems


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
    matchers = [(event, event_pattern(event)) for event in events if period(event.date or "")]
    clues, weekdays, months, explicit = [], [], [], []
    for paragraph in with_title(document):
        text = paragraph.text
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
    clues += dateline_clues(document, order)
    chosen, window = combine(clues)
    if any(c.kind == "near" and width(c) <= WEEK_WINDOW for c in chosen):
        window, notes = refine_by_weekdays(chosen, window, weekdays)
        chosen = chosen + notes
    return read_estimate(chosen, window), window


def dateline_clues(document: Document, order) -> list[Clue]:
    """The date the source gives for itself, if it gives one: it outweighs every inference."""
    for paragraph in top_lines(document):
        text = paragraph.text
        days = [f for f in find_dates(text, order) if f.kind == "date" and f.precision == "day"]
        if not days:
            continue
        found = days[0]
        before, after = text[:found.start], text[found.end:]
        rest = CLOCK_TIME.sub(" ", DATELINE_LABEL.sub(" ", f"{before} {after}"))
        alone = len(days) == 1 and len(text) <= SHORT_LINE and not LOWER_WORD.search(rest)
        opening = DATELINE_PLACE.match(before) and DATELINE_DASH.match(after)
        if alone or opening:
            evidence = f"text: '{text.strip() if alone else text[:found.end + 2].strip()}'"
            return [Clue(found.first, found.last, "near", 7, "dateline", evidence, found.first, paragraph=paragraph.id)]
    return []


def top_lines(document: Document) -> list[Paragraph]:
    """Where a source dates itself: its title, the short lines above the story (a byline, a
    press release's list of ministers) and the story's first paragraph."""
    lines = []
    for paragraph in with_title(document)[:DATELINE_LINES]:
        lines.append(paragraph)
        if paragraph.id != "title" and len(paragraph.text) > SHORT_LINE:
            break
    return lines


def with_title(document: Document) -> tuple[Paragraph, ...]:
    """The paragraphs, after the title as paragraph "title" unless it only repeats the first sentence."""
    if document.title_repeats_body():
        return document.paragraphs
    # A headline, or a dateline taken for one ("Published 10 June 2019"), says when and what too.
    return (Paragraph("title", document.title, "", 0),) + document.paragraphs


def sentence_start(bounds: list[int], pos: int) -> int:
    return bounds[bisect.bisect_right(bounds, pos) - 1]


def sentence_end(text: str, bounds: list[int], pos: int) -> int:
    i = bisect.bisect_right(bounds, pos)
    return bounds[i] if i < len(bounds) else len(text)


def tense(text: str, pos: int, bounds: list[int], headline: bool = False) -> str:
    """"since", "future" or "past": how the clause before `pos` places what is dated there."""
    prefix = text[max(sentence_start(bounds, pos), pos - CLAUSE) : pos]
    if SINCE.search(prefix) or BACKGROUND.search(prefix):
        return "since"
    if headline and HEADLINE_FUTURE.search(prefix):
        return "future"
    future = max((m.end() for m in FUTURE.finditer(prefix)), default=-1)
    past = max((m.end() for pattern in (PAST, PAST_PARTICIPLE) for m in pattern.finditer(prefix)), default=-1)
    if future >= 0 and future >= past:
        return "future"
    if past >= 0:
        return "past"
    return "future" if FUTURE_PREPOSITION.search(prefix) else "past"


def quote(text: str, start: int, end: int) -> str:
    """The phrase text[start:end] quoted, with the preposition before it ("in November 2014")."""
    lead = LEADING_WORD.search(text, max(0, start - 12), start)
    return f"text: '{text[lead.start() if lead else start:end]}'"


def date_clues(pid: str, text: str, bounds: list[int], dates: list[Found], relatives: list[Found]) -> list[Clue]:
    """Clues from the explicit dates of one paragraph."""
    clues = []
    for found in dates:
        when = tense(text, found.start, bounds, headline=pid == "title")
        quoted = quote(text, found.start, found.end) + (f" ({found.note})" if found.note else "")
        near = adjacent_relative(found, relatives, when)
        word = near and ("weekday" if near.kind == "weekday" else near.word)
        window = near and relative_window(found.first, found.last, found.precision, word)
        strength = 2 if found.precision == "year" else 3
        if window:
            evidence = quote(text, min(found.start, near.start), max(found.end, near.end))
            clue = Clue(*window, "near", 5, "relative to date", evidence, found.first, relative=near)
        elif when == "since":
            clue = Clue(found.first, None, "since", 1, "after date", f"{quoted} (since)")
        elif when == "future":
            clue = Clue(None, found.last, "future", strength, "before future date", f"{quoted} (planned)",
                        found.first, found.precision)
        else:
            clue = Clue(found.tail, None, "reported", strength, "explicit date", quoted,
                        found.tail, found.precision)
        clues.append(dataclasses.replace(clue, paragraph=pid))
    return clues


def adjacent_relative(found: Found, relatives: list[Found], when: str) -> Found | None:
    """A relative phrase right next to a date and about it: "last year, in 2019"."""
    words = FUTURE_WORDS if when == "future" else PAST_WORDS
    for rel in relatives:
        gap = found.start - rel.end if rel.end <= found.start else rel.start - found.end
        fits = rel.word in words or (rel.kind == "weekday" and when != "future")
        if 0 <= gap <= ADJACENT and fits:
            return rel
    return None


def relative_window(first: dt.date, last: dt.date, precision: str, word: str):
    """(lo, hi) of the writing date, given an anchor [first, last] and what the text calls it."""
    if word in DAYS_BEFORE:
        a, b = DAYS_BEFORE[word]
        return first - b * DAY, last - a * DAY
    if word in DAYS_AFTER:
        if precision != "day" and DAYS_AFTER[word][1] < 14:
            return None  # "on Friday" says nothing precise about "in 2015"
        a, b = DAYS_AFTER[word]
        return first + a * DAY, last + b * DAY
    if word.endswith("month") and precision != "year":
        shift = {"last month": 1, "next month": -1}.get(word, 0)
        month = first.year * 12 + first.month - 1 + shift
        year, month = divmod(month, 12)
        return dt.date(year, month + 1, 1), dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])
    if word.endswith("year"):
        year = first.year + {"last year": 1, "next year": -1}.get(word, 0)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def relative_month_clues(months, explicit: list[Found]) -> list[Clue]:
    """"June next year" in a text that also says "June 2020" is June 2020: written in 2019."""
    clues = []
    for pid, text, found in months:
        years = {f.first.year for f in explicit if f.first.month == found.month}
        if len(years) != 1:
            continue  # no explicit year for that month, or several: nothing certain
        named = years.pop()
        year = named - {"next year": 1, "last year": -1}[found.word]
        month = calendar.month_name[found.month]
        evidence = f"{quote(text, found.start, found.end)} ({month} {named}, so written in {year})"
        first = dt.date(year, 1, 1)
        clues.append(Clue(first, dt.date(year, 12, 31), "near", 4, "relative to date", evidence, first, "year", pid))
    return clues


@functools.lru_cache(maxsize=256)
def event_pattern(event: EventSetting) -> re.Pattern | None:
    """One regex for an event's phrases: case-insensitive, articles and possessives optional."""
    alternatives = []
    for phrase in event.phrases:
        words, optional = [], ""
        for word in phrase.replace("’", "'").split():
            if word.lower() in {"a", "an", "the"}:
                optional = r"(?:(?:a|an|the)\s+)?"
                continue
            words.append(optional + re.escape(re.sub(r"'s?$", "", word)) + r"(?:['’]s?)?")
            optional = ""
        if words:
            alternatives.append(r"\s+".join(words))
    if not alternatives:
        return None
    return re.compile(r"(?i)\b(?:" + "|".join(alternatives) + r")(?!\w)")


def event_clues(pid, text, bounds, relatives, event: EventSetting, pattern) -> list[Clue]:
    """Clues from mentions of a dated event: shortly after it with "last week", else after it."""
    if pattern is None:
        return []
    day = period(event.date)[0]
    clues = []
    for match in pattern.finditer(text):
        lo_s, hi_s = sentence_start(bounds, match.start()), sentence_end(text, bounds, match.end())
        near = [r for r in relatives if lo_s <= r.start < hi_s and (r.word in DAYS_AFTER or r.kind == "weekday")]
        near.sort(key=lambda r: abs(r.start - match.start()))
        named = f"{event.name}, {event.date}"
        if near:
            rel = near[0]
            a, b = DAYS_AFTER["weekday" if rel.kind == "weekday" else rel.word]
            evidence = f"{quote(text, min(match.start(), rel.start), max(match.end(), rel.end))} ({named})"
            clues.append(Clue(day + a * DAY, day + b * DAY, "near", 5, "relative to event", evidence, day,
                              paragraph=pid, relative=rel))
        else:
            evidence = f"text: '{match.group(0)}' ({named})"
            clues.append(Clue(day, None, "reported", 3, "after event", evidence, day, "day", pid))
    return clues


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


def read_estimate(chosen: list[Clue], window) -> DateEstimate | None:
    """The estimate a careful reader would give from the clues kept and the window they leave."""
    lo, hi = window
    near = [c for c in chosen if c.kind == "near"]
    if near:
        evidence = "; ".join([near[0].evidence] + [c.evidence for c in chosen if c.kind == "weekday"])
        return DateEstimate(*window_value(lo, hi), evidence, near[0].rule)
    reported = [c for c in chosen if c.kind == "reported" and c.lo == lo]
    if reported:
        best = max(reported, key=lambda c: PRECISIONS.index(c.precision))
        precision = "month" if best.precision == "day" else best.precision
        return DateEstimate(iso(best.anchor, precision), precision, best.evidence, best.rule)
    bounds = "; ".join(c.evidence for c in chosen if c.lo == lo or c.hi == hi)
    if lo and hi:
        for precision in ("month", "year"):
            if iso(lo, precision) == iso(hi, precision):
                return DateEstimate(iso(lo, precision), precision, bounds, "date range")
    future = [c for c in chosen if c.kind == "future" and c.hi == hi and c.precision != "year"]
    if future:
        # A plan named to the month is usually weeks or months ahead: the year just before it.
        guess = max(future[0].anchor - dt.timedelta(days=31), lo or dt.date.min)
        return DateEstimate(str(guess.year), "year", future[0].evidence, future[0].rule)
    return None


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
