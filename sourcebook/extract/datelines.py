"""The date a source gives for itself: a dateline or byline above the story, or the place and date opening it."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Document, Paragraph
from .clues import Clue
from .dateparse import find_dates, month_number

# A dateline: the date a source gives for itself, on a line of its own ("Published: 12:05 PM
# January 8, 2020", "By Jane Smith | 24 February 2015", "Sunday 12 January 2020") or opening the
# story ("Wellington, 3 November 2014 - ..."). What such a line holds besides the date:
# A parliamentary record dates itself too: "Volume 701: debated on Tuesday 4 June 2019", "HC Deb 16
# January 2001 vol 361 cc300-13".
PUBLISHED = re.compile(r"(?i)\b(?:first\s+)?(?:published|posted)\b")
DATELINE_LABEL = re.compile(r"(?i)^part of the debate\b.*?\bon\b|\b(?:(?:first\s+published|last\s+updated|published|updated|edited|posted|created)(?:\s+(?:time|on|at))?|dated?|issued|released"
                            r"|(?:press|media|news)\s+release"
                            r"|debated(?:\s+on)?|delivered(?:\s+on)?|broadcast(?:\s+on)?|aired(?:\s+on)?|release\s+date|date\s+of\s+(?:publication|release|issue)"
                            r"|vol(?:ume)?\.?(?=\s*\d))\b\s*:?")
# "March 12, 2018 / 4:39 PM / Updated 6 years ago": how old the page was when it was copied
AGO = re.compile(r"(?i)\b(?:updated\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b")
CLOCK_TIME = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")  # a line with one says something: it is no dateline
# "Xinhua, October 18, 2016 Adjust font size:": the page's widgets run into its dateline
WIDGETS = re.compile(r"(?i)\b(?:adjust )?(?:font|text) size\b:?|\bprint (?:this )?(?:page|article)\b")
SITE_NAME = re.compile(r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|cn|uk|nz|au|ca|in)\b|\|")  # "chinadaily.com.cn |"
# "WELLINGTON, June 10 (Reuters) -", "MOSCOW, September 28. /TASS/.": a day and month, no year.
MONTH_DAY = re.compile(
    r"^[A-Z][\w.'’ -]{1,40}?,\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b"
    r"(?=\s*\([^)]{1,30}\)|\s*[-–—.:/])", re.IGNORECASE)  # "(Reuters)" or a dash: a dateline's marks
RECENT_NEWS = 60  # days: a year-less dateline takes the year of news it reports this shortly before
STORY_AFTER = 90  # days: a story's reports run on this long after its last event
DATELINE_PLACE = re.compile(r"^[A-Z][\w.'’ -]{0,40}?(?:\s*\([^)]{1,30}\))?,\s*$")  # "Wellington, "
DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .'’-]{2,30}(?:, [A-Z][\w .]{1,30})? \([^()]{2,60}[-–—,]\s*$")  # "MOSCOW (Agency / Wire - "
DATELINE_DASH = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?[-–—:]")
DATELINE_LINES = 8  # at most: the title, short lines above the story, and its first paragraph
# "Sun, 29 March 2020": a weekday cut short, as a site's header shows the day's date
CLOCK_WEEKDAY = re.compile(r"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s")
WEEKDAY_FIRST = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?\s")
DATE_ALONE = 40  # characters: a line this short of a date and a time is a date line
DATE_ALONE_LINE = re.compile(r"(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?\d{1,2} [a-z]{3,9}\.? \d{4}(?: \d{1,2}[.:]\d\d(?: ?[ap]m)?(?: [A-Z]{2,4})?)?$")
RECORD_TITLE = re.compile(r"(?i)^(?:transcript|remarks|speech|statement|address|interview|press conference|doorstop|media conference)\b")
ABOVE_HEADLINE = 2  # lines: a story's own date above its headline stands right over it
SHORT_LINE = 120  # a line this short above a story may be a dateline, a byline or furniture


def dateline_clues(document: Document, order) -> list[Clue]:
    """The date the source gives for itself, if it gives one: it outweighs every inference."""
    found_lines = []
    for paragraph in top_lines(document):
        text = paragraph.text
        days = [f for f in find_dates(text, order) if f.kind == "date" and f.precision == "day"]
        days = [f for i, f in enumerate(days) if all(d.first != f.first for d in days[:i])]  # "Updated: X | Created: X"
        if not days:
            continue
        if page_clock(document, paragraph):
            continue
        # "Published time: 12 Mar, 2018 17:52 Edited time: 13 Mar, 2018 08:16": the published one
        published = PUBLISHED.search(text) if len(days) > 1 else None
        found = next((d for d in days if d.start >= published.end()), days[0]) if published else days[0]
        before, after = text[:found.start], text[found.end:]
        for other in (d for d in days if d is not found):
            after = after.replace(other.text, " ")
        alone = (len(days) == 1 or published) and len(text) <= SHORT_LINE and not LOWER_WORD.search(
            SITE_NAME.sub(" ", CLOCK_TIME.sub(" ", DATELINE_LABEL.sub(" ", AGO.sub(" ", WIDGETS.sub(" ", f"{before} {after}"))))))
        opening = DATELINE_PLACE.match(before) and DATELINE_DASH.match(after)
        # "June 24, 2021British Prime Minister ...": the page's date line run into the story by its markup;
        # "MOSCOW (Pakistan Point News / Sputnik - 24th June, 2021) Moscow regrets ...": the agency's dateline
        opening = opening or (not before and after[:1].isupper() and paragraph.id != "title") \
            or (DATELINE_AGENCY.match(before) and after.startswith(")"))
        # "Foreign Minister Jo Bloggs's remarks at ..., Moscow, March 12, 2018": a title that ends on its date
        # "Transcript of Jo Bloggs's interview with ... on 15 September 2022": a record's title, dated with what it records
        # "Transcript of Press Conference by the Minister on ... (September 17, 2019)": the same, in brackets
        closing = (paragraph.id == "title" or paragraph.text == document.title) and (not after.strip(" .") and (
            before.endswith(", ") or (before.endswith(" on ") and RECORD_TITLE.match(before)))
            or before.endswith("(") and after.strip() == ")")
        if alone or opening or closing:
            evidence = f"text: '{text.strip() if alone else text[:found.end + 2].strip()}'"
            found_lines.append(Clue(found.first, found.last, "near", 7, "dateline", evidence, found.first,
                                    paragraph=paragraph.id))
    # The source's own dateline wins over the date a crawler stamped on the copy it stored,
    # and over a site's clock above the headline when the story dates itself below it
    # ("Friday April 26, 2024" over the headline, "February 25, 2017" under the byline).
    own = [c for c in found_lines if not c.evidence.startswith("text: 'date ")]
    below = [c for c in own if not above_headline(document, c.paragraph)]
    if below:
        texts = {p.id: p.text for p in document.paragraphs}
        own = [c for c in own if not (above_headline(document, c.paragraph) and WEEKDAY_FIRST.match(texts[c.paragraph]))] or own
    chosen = (own or found_lines)[:1]
    if chosen and not own and (chosen[0].lo.month, chosen[0].lo.day) == (1, 1):
        # a stamp of 1 January is the placeholder of a store that knew only the year
        clue = chosen[0]
        chosen = [Clue(clue.lo, clue.lo.replace(month=12, day=31), "near", 7, "dateline",
                       clue.evidence + " (1 January: a stamp that knows only the year)", clue.lo, paragraph=clue.paragraph)]
    return chosen


def above_headline(document: Document, pid: str) -> bool:
    line = next((p.line for p in document.paragraphs if p.id == pid), 0)
    return bool(line and line < document.title_line)


def page_clock(document: Document, paragraph: Paragraph) -> bool:
    """A line above the headline dated by the site, not the story: "Sun, 29 March 2020" is its
    clock on the day the page was copied; a date further up, past the menus, is the page's."""
    if not (paragraph.line and paragraph.line < document.title_line):
        return False
    # (lines of text between, not blank ones: "House debates", the date, "Statements", then "Iraq")
    between = sum(1 for x in (*document.paragraphs, *document.dropped) if paragraph.line < x.line < document.title_line)
    return bool(CLOCK_WEEKDAY.match(paragraph.text) or between >= ABOVE_HEADLINE)


def top_lines(document: Document) -> list[Paragraph]:
    """Where a source dates itself: its title, the short lines above the story (a byline, a
    press release's list of ministers) and the story's first paragraph."""
    lines = []
    for paragraph in with_title(document)[:DATELINE_LINES]:
        lines.append(paragraph)
        # a long first line that is no sentence is a long headline, not yet the story
        heading = paragraph.id == "p1" and not paragraph.text.rstrip().endswith((".", "!", "?", '"', "”", ":"))
        if paragraph.id != "title" and len(paragraph.text) > SHORT_LINE and not heading:
            break
    # a date on a line of its own under a long standfirst and a byline ("Tue 16 Feb 2010 08.34 EST")
    shown = {p.id for p in lines}
    lines += [p for p in with_title(document)[:DATELINE_LINES] if p.id not in shown and len(p.text) <= DATE_ALONE
              and DATE_ALONE_LINE.match(p.text)]
    return lines


def with_title(document: Document) -> tuple[Paragraph, ...]:
    """The paragraphs, after the title as paragraph "title" unless it only repeats the first sentence."""
    if document.title_repeats_body():
        return document.paragraphs
    # A headline, or a dateline taken for one ("Published 10 June 2019"), says when and what too.
    return (Paragraph("title", document.title, "", 0),) + document.paragraphs


def month_day_clue(document: Document, lo, event_days: tuple[dt.date, ...] = ()) -> list[Clue]:
    """A dateline with a day and month but no year ("WELLINGTON, June 10 (Reuters) -") dates the
    source when the latest date it reports falls shortly before that day: the year is that date's.
    Failing that, when the story's events (site.yaml) leave that day one year only: a site about
    a story of a few weeks in 2021 dates "MOSCOW, June 25. /TASS/." to 2021."""
    for paragraph in top_lines(document):
        match = MONTH_DAY.match(paragraph.text)
        if not match:
            continue
        month, day_of_month = month_number(match.group(1)), int(match.group(2))
        if lo is not None:
            try:
                day = dt.date(lo.year, month, day_of_month)
            except ValueError:
                return []
            if -1 <= (day - lo).days <= RECENT_NEWS:  # (a day before: a stamp in a time zone ahead)
                evidence = f"text: '{match.group(0)}' (a dateline without a year; the latest date it reports is {lo.isoformat()})"
                return [Clue(day, day, "near", 6, "dateline", evidence, day, paragraph=paragraph.id)]
            return []
        day = story_year(month, day_of_month, event_days)
        if day is None:
            return []
        evidence = f"text: '{match.group(0)}' (a dateline without a year; the story's events fall in {day.year})"
        return [Clue(day, day, "near", 6, "dateline", evidence, day, paragraph=paragraph.id)]
    return []


def story_year(month: int, day_of_month: int, event_days: tuple[dt.date, ...]) -> dt.date | None:
    """The one day of that month and day within the span of the story's events (and a season
    after the last), or None when there are none or the span holds it in more than one year."""
    if not event_days:
        return None
    first, last = min(event_days), max(event_days) + dt.timedelta(days=STORY_AFTER)
    days = []
    for year in range(first.year, last.year + 1):
        try:
            day = dt.date(year, month, day_of_month)
        except ValueError:
            continue
        if first <= day <= last:
            days.append(day)
    return days[0] if len(days) == 1 else None
