"""What each date phrase of a text says about when it was written: a Clue, a window of days and its weight."""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .dateparse import Found

DAY = dt.timedelta(days=1)
CLAUSE = 120  # characters before a date read for its tense
# After a date, only a plain future says the clause is a plan ("agreed to deploy" was agreed then).
MODAL_FUTURE = re.compile(r"(?i)\b(?:will|shall|won['’]t|(?:is|are)\s+(?:to|due|expected|set\s+to|going\s+to)|plans?\s+to)\b")
NEW_CLAUSE = re.compile(r"(?:;\s+|,?\s(?:and|but|while|whereas)\s+)(?:in|on|from|during)\s+$")
CLAUSE_AFTER = re.compile(r",?[^.;:!?,]*")  # the rest of a clause, up to its punctuation
ADJACENT = 25  # a relative phrase this close to a date is about that date ("last year, in 2019")
SENTENCE_END = re.compile(
    # the mark first, then what stands before it: the engine tests the look-behinds at marks only
    r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\b[A-Z].)[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])"
)
SINCE = re.compile(
    r"(?i)\b(?:since|ever\s+since)\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of)[\s-]+)?$"
)
FUTURE_PREPOSITION = re.compile(r"(?i)\b(?:by|until|till|before|ahead\s+of|due\s+in|the\s+end\s+of)\s+$")
# A modal or a verb of intention, with the verb it governs, so that it ends after a past participle
# ("will be deployed in May"): the marker nearest the date decides its tense.
FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|won['’]t|wouldn['’]t|going\s+to|is\s+to|are\s+to|plans|intends?"
    # a gerund after a preposition names an act, not an intention: "responsible for planning the attack"
    r"|(?<!\bfor )(?<!\bof )(?<!\bin )(?<!\bwith )(?<!\bafter )(?<!\bwithout )planning"
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
# "on Thursday, October 11, 2018": a weekday named with a date
WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$")
# An event recalled, not reported: "on the anniversary of", "a year after"
RECALLED = re.compile(r"(?i)\banniversary\b|\b(?:a|one|two|three|\d+)\s+years?\s+(?:ago|since|after|on)\b")
ANNIVERSARY = re.compile(r"(?i)\banniversary\b")
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


def sentence_start(bounds: list[int], pos: int) -> int:
    return bounds[bisect.bisect_right(bounds, pos) - 1]


def sentence_end(text: str, bounds: list[int], pos: int) -> int:
    i = bisect.bisect_right(bounds, pos)
    return bounds[i] if i < len(bounds) else len(text)


def tense(text: str, pos: int, bounds: list[int], headline: bool = False, end: int | None = None) -> str:
    """"since", "future" or "past": how the clause before `pos` places what is dated there; with
    no marker there, the clause the date opens ("in 2018-20 Australia will co-chair")."""
    prefix = text[max(sentence_start(bounds, pos), pos - CLAUSE) : pos]
    opening = NEW_CLAUSE.search(prefix)
    if opening and end is not None:
        prefix = prefix[opening.start() + 1:]  # "..., and in 2018-20 Australia will": a clause of its own
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
    if FUTURE_PREPOSITION.search(prefix):
        return "future"
    if end is not None:
        clause = CLAUSE_AFTER.match(text, end, min(len(text), end + CLAUSE))
        future = MODAL_FUTURE.search(clause.group()) if clause else None
        if future and not any(p.search(clause.group(), 0, future.start()) for p in (PAST, PAST_PARTICIPLE)):
            return "future"
    return "past"


def quote(text: str, start: int, end: int) -> str:
    """The phrase text[start:end] quoted, with the preposition before it ("in November 2014")."""
    lead = LEADING_WORD.search(text, max(0, start - 12), start)
    return f"text: '{text[lead.start() if lead else start:end]}'"


def date_clues(pid: str, text: str, bounds: list[int], dates: list[Found], relatives: list[Found]) -> list[Clue]:
    """Clues from the explicit dates of one paragraph."""
    clues = []
    for found in dates:
        when = tense(text, found.start, bounds, headline=pid == "title", end=found.end)
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
        elif found.precision == "day" and WEEKDAY_BEFORE.search(text, max(0, found.start - 14), found.start):
            # "on Thursday, October 11, 2018": a writer names the weekday of a day just past
            evidence = quote(text, WEEKDAY_BEFORE.search(text, max(0, found.start - 14), found.start).start(), found.end)
            clue = Clue(found.first, found.first + 6 * DAY, "near", 5, "weekday and date", evidence, found.first)
        else:
            # A date the text reports is only a bound: a report may recall any earlier day.
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
