"""Dates written in a text: explicit dates, ranges, relative phrases and weekdays, in linear time.

Every pattern is anchored on a word boundary with bounded repetition, so scanning is linear in
the length of the text; what a date *means* for the source (past, future) is decided in dating.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FIRST_YEAR = 1900
# Sources may anticipate a plan a few years ahead; a year beyond that is not a date in news.
LAST_YEAR = dt.date.today().year + 10
# A news text names a few dozen dates at most; past this many, more only cost time (a scraped
# table, a 1 MB paragraph) and the first ones already date the source.
LIMIT = 500

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
YEAR = r"(?:19|20)\d\d"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DASH = r"\s*(?:-|–|—|to|until|till)\s*"
PATTERN = re.compile(
    rf"""(?ix)
    \b(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|bet|fro))  # a cheap first test
    (?:
      (?:(?P<rm_pre>between|from)\s+)?(?P<rm1>{MONTH})(?:\s+(?P<rm1y>{YEAR}))?
          (?:{DASH}|(?(rm_pre)\s+and\s+|(?!)))(?P<rm2>{MONTH}),?\s+(?P<rmy>{YEAR})
    | (?P<iso>{YEAR})[-/](?P<iso_m>\d\d?)(?:[-/](?P<iso_d>\d\d?))?(?![\d/-])
    | (?:(?P<ry_pre>between|from)\s+)?(?P<ry1>{YEAR})
          (?:{DASH}|(?(ry_pre)\s+and\s+|(?!)))(?P<ry2>{YEAR}|\d\d)(?![\d%])
    | (?P<dmy_d>{DAY})(?:\s+(?:of\s+)?(?P<dmy_m>{MONTH}),?\s+|-(?P<dmy_mh>{MONTH})-)(?P<dmy_y>{YEAR})
    | (?P<mdy_m>{MONTH})\s+(?P<mdy_d>{DAY}),?\s+(?P<mdy_y>{YEAR})
    | (?P<my_m>{MONTH}),?\s+(?:of\s+)?(?P<my_y>{YEAR})
    | (?P<num_a>\d\d?)(?P<num_sep>[/.-])(?P<num_b>\d\d?)(?P=num_sep)(?P<num_y>{YEAR})  # 25/02/2022, 25.02.2022, 25-02-2022
    | (?<![$£€.,])(?P<year>{YEAR})
    )(?:\b|(?<=\d)(?=[A-Z][a-z]))(?![.,]?\d)  # "June 24, 2021British ...": a line break lost
    """
)
RELATIVE = re.compile(
    r"""(?ix)\b(?=[0-9]|to|th|ye|la|ov|ea|ne|at|se|tw|fo|fi|si|a\s|da|mo|tu|we|fr|sa|su)  # a cheap first test
    (?:
      (?P<rel>today|tonight|this\s+morning|this\s+afternoon|yesterday|last\s+night|overnight
        |(?:earlier\s+|later\s+)?this\s+(?:week|month|year)|(?:last|next)\s+(?:week|month|year)
        |(?:over|at)\s+the\s+weekend|last\s+weekend|tomorrow
        |(?P<ago>a\s+few|several|two|three|four|five|six|\d)?\s*days\s+ago)
    | (?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
          (?!,?\s+\d|,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))
    \b"""
)
RELATIVE_WORDS = ("day", "night", "week", "month", "year", "morning", "afternoon", "tomorrow")
# "June next year", "last June": a month whose year is told relative to the writing.
MONTH_RELATIVE = re.compile(
    rf"(?i)\b(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|last)"
    rf"(?:(?P<m1>{MONTH})\s+(?:of\s+)?(?P<w1>next|last)\s+year|(?P<w2>next|last)\s+(?P<m2>{MONTH}))\b"
)
QUANTITY_BEFORE = re.compile(
    r"(?i)\b(?:about|around|some|nearly|almost|over|than|up\s+to|at\s+least|approximately|another"
    r"|additional|extra|only|just|roughly|estimated)\s+$"
)
TIME_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|till|from|during|before|after|early|late|mid|and|to|between|through"
    r"|(?:summer|winter|spring|autumn|end|start|beginning|middle|half|quarter)\s+of)[\s-]+$"
)
PLURAL_AFTER = re.compile(r"^\s+(?!(?:was|has|is|as|this|its|his|us|thus|plus|onwards|afterwards)\b)[a-z]+s\b")


@dataclass(frozen=True)
class Found:
    """One date expression in a text, with the days it covers."""

    kind: str  # "date", "range", "relative" or "weekday"
    start: int  # span in the text
    end: int
    text: str
    first: dt.date | None = None  # first day covered ("date" and "range")
    last: dt.date | None = None  # last day covered
    tail: dt.date | None = None  # first day of a range's last part
    precision: str | None = None  # "year", "month" or "day" (of a range's parts)
    word: str = ""  # relative phrase or weekday, lower case, single-spaced
    month: int = 0  # of a "month-relative" phrase
    note: str = ""  # how an ambiguous form was read


def find_dates(text: str, order: str | None = None) -> list[Found]:
    """Explicit dates and date ranges in `text`; `order` reads 03/04/2015 ("dmy", "mdy" or None)."""
    found = []
    for match in PATTERN.finditer(text):
        item = _read(match, text, order)
        if item is not None:
            found.append(item)
            if len(found) == LIMIT:
                break
    return found


def find_relatives(text: str) -> list[Found]:
    """Phrases that place something relative to the writing: "last week", "on Friday", ..."""
    found = []
    folded = text.casefold()
    if not any(word in folded for word in RELATIVE_WORDS):
        return found  # every such phrase holds one of these words: most paragraphs hold none
    for match in itertools.islice(RELATIVE.finditer(text), LIMIT):
        word = " ".join(match.group(0).lower().split())
        kind = "weekday" if match.group("weekday") else "relative"
        if match.group("ago"):
            word = "days ago"
        found.append(Found(kind, match.start(), match.end(), match.group(0), word=word))
    return found


def find_relative_months(text: str) -> list[Found]:
    """Months given with a year relative to the writing: "by June next year", "last November"."""
    found = []
    folded = text.casefold()
    if "next" not in folded and "last" not in folded:
        return found
    for match in itertools.islice(MONTH_RELATIVE.finditer(text), LIMIT):
        month = month_number(match.group("m1") or match.group("m2"))
        word = (match.group("w1") or match.group("w2")).lower() + " year"
        found.append(Found("month-relative", match.start(), match.end(), match.group(0), word=word, month=month))
    return found


def numeric_order(texts, language: str | None = None) -> str | None:
    """The day-month order of numeric dates: from the text's own unambiguous ones, else the language."""
    votes = set()
    for text in texts:
        for match in re.finditer(rf"\b(\d\d?)([/.-])(\d\d?)\2{YEAR}\b", text):
            a, b = int(match.group(1)), int(match.group(3))
            if a > 12 >= b:
                votes.add("dmy")
            elif b > 12 >= a:
                votes.add("mdy")
    if len(votes) == 1:
        return votes.pop()
    if votes or not language:
        return None
    # Month first is the custom of the United States (and a few of its neighbours); elsewhere day first.
    return "mdy" if language.lower().replace("_", "-") in {"en-us", "en-ph", "en-ca"} else "dmy"


@functools.lru_cache(maxsize=4096)
def period(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an ISO date at any precision ("2020", "2020-01", "2020-01-07")."""
    match = re.fullmatch(r"(\d{4})(?:-(\d\d?)(?:-(\d\d?))?)?", value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return _span(year, month, day)


def iso(day: dt.date, precision: str) -> str:
    """`day` written at `precision`."""
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(precision, day.isoformat())


def month_number(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def _span(year: int | None, month: int | None = None, day: int | None = None):
    """(first, last) day of a year, month or day; None when it is not a real date."""
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return (dt.date(year, month, day),) * 2
    except ValueError:  # "31 February", month 13
        return None


def _read(m: re.Match, text: str, order: str | None) -> Found | None:
    """A regex match -> Found, or None when it is no date (31 February, a count of 2000 soldiers)."""
    g = m.group
    span, note, precision = None, "", None
    if g("rm2"):
        end_year = int(g("rmy"))
        start_year = int(g("rm1y")) if g("rm1y") else end_year
        first = _span(start_year, month_number(g("rm1")))
        last = _span(end_year, month_number(g("rm2")))
        if first and last and first[0] <= last[0]:
            return Found("range", m.start(), m.end(), m.group(0), first[0], last[1], last[0], "month")
        return None
    if g("ry1"):
        y1, y2 = int(g("ry1")), g("ry2")
        y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        first, last = _span(y1), _span(y2)
        if first and last and y1 < y2:
            return Found("range", m.start(), m.end(), m.group(0), first[0], last[1], last[0], "year")
        return None
    if g("iso"):
        year, month = int(g("iso")), int(g("iso_m"))
        if month > 12 and not g("iso_d") and len(g("iso_m")) == 2 and "/" not in m.group(0):
            return _short_range(m, year, month)  # "2019-20": a season or financial year
        span = _span(year, month, int(g("iso_d")) if g("iso_d") else None)
        precision = "day" if g("iso_d") else "month"
    elif g("dmy_d"):
        span, precision = _span(int(g("dmy_y")), month_number(g("dmy_m") or g("dmy_mh")), _day(g("dmy_d"))), "day"
    elif g("mdy_m"):
        span, precision = _span(int(g("mdy_y")), month_number(g("mdy_m")), _day(g("mdy_d"))), "day"
    elif g("my_m"):
        span, precision = _span(int(g("my_y")), month_number(g("my_m"))), "month"
    elif g("num_a"):
        # "12.03.2018": dots are the day-first custom (Europe's); month-first writers use slashes
        dotted = order or ("dmy" if "." in m.group(0) else None)
        span, precision, note = _numeric(int(g("num_a")), int(g("num_b")), int(g("num_y")), dotted)
    elif g("year"):
        return _bare_year(m.start(), m.end(), text)
    if span is None:
        return None
    return Found("date", m.start(), m.end(), m.group(0), span[0], span[1], span[0], precision, note=note)


def _short_range(m: re.Match, year: int, tail: int) -> Found | None:
    """2019-20 -> the years 2019 to 2020."""
    first, last = _span(year), _span(year // 100 * 100 + tail)
    if first and last and first[0] < last[0]:
        return Found("range", m.start(), m.end(), m.group(0), first[0], last[1], last[0], "year")
    return None


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _numeric(a: int, b: int, year: int, order: str | None):
    """03/04/2015: day first, month first, or (when the order is unknown) the year alone."""
    if a > 12 or (order == "dmy" and b <= 12):
        return _span(year, b, a), "day", ""
    if b > 12 or order == "mdy" or a == b:
        return _span(year, a, b), "day", ""
    # Unknown order and both readings possible: only the year is certain.
    return _span(year), "year", "day-month order unknown; year only"


def _bare_year(start: int, end: int, text: str) -> Found | None:
    """A four-digit number alone is a year unless it reads as a count ("2000 soldiers")."""
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if QUANTITY_BEFORE.search(before) or (not TIME_BEFORE.search(before) and PLURAL_AFTER.match(after)):
        return None
    span = _span(int(text[start:end]))
    if span is None:
        return None
    return Found("date", start, end, text[start:end], span[0], span[1], span[0], "year")
