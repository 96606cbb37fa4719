"""A source's headline, found as a reader finds it on a scraped page: the first line near the top
that is about the story, not the site's masthead, navigation, a date or a notice."""

from __future__ import annotations

import functools
import html
import re

from .model import Dropped
from .page_lines import (
    BYLINE,
    CREDITED,
    DATED_LINE,
    GLUED,
    IS_READER_NOTICE,
    KEYWORDS,
    PAGE_KIND,
    PORTRAIT,
    is_date_line,
    is_icon_names,
    is_issuer,
    is_masthead,
    is_role_line,
    is_speaker_heading,
)

TOP_LINES = 14
STORY_BLOCKS = 40  # a headline stands among the first lines of a page, above the story
STORY_LINE = 200  # characters: a longer line is the story itself
STORY_WORDS = 6  # a sentence of this many words, full stop and all, is the story's
MIN_SHARED = 0.6  # share of a headline's content words that the story repeats
# A page's own date stamped before its text by the crawler that stored it: "date 2021-09-16 Headline".
STAMP = re.compile(r"^(date \d{4}-\d\d-\d\d)\s+(\S.*)$")
# "Headline | News | DW | 28.09.2020", "Headline - The Site": the site's parts after the headline.
SITE_SUFFIX = re.compile(r"\s+\|\s+[^|]{1,40}$")
# "Troops withdraw by May – politics": the site's section, in lower case after a dash
SECTION_SUFFIX = re.compile(r"\s+[-–—]\s+(?:politics|world|news|business|opinion|national|international|economy|europe|asia|africa|americas)$")
# "... on her fight for justice. By Jo Bloggs": a standfirst signed by its writer, under the headline
SIGNED = re.compile(r"[.!?’”]\s+By [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$")
# "Page last updated at 10:41 GMT, Sunday, 27 March 2011": when the page changed, no headline
UPDATED = re.compile(r"^(?:Page |This page was )?(?:last )?(?:updated|published|posted|modified)(?: at| on)?\b.*\d", re.IGNORECASE)
GLUED_LINE_WORDS = 8  # "BBC NewsAndrew Marr Show": links run together by the page's markup
PUBLISHED = re.compile(r"^(?:Published|Posted|Released|Date)(?: on)?:?\s")
REFERENCE = re.compile(r"\s*\[[^\]]{1,20}\]$")  # "... make a statement on the matter. [23645/24]": a question's number
# "Harbour reopens   2 Jul 2015": the page's date run on after its headline (it stays in the body)
TRAILING_DATE = re.compile(r"\s+\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}$")
DATE_JOINED = re.compile(r"(?:\b(?:on|of|from|to|until|since|at|in|and|dated|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|,)$")
BREADCRUMB_WORDS = 3
SITE_SEPARATOR = re.compile(r"\s+[-|–—·:]\s+\S")
NUMBERED = re.compile(r"^\d{1,3}\.\s+(?=[A-Z])")  # "5. SAS—Deployment in Afghanistan": a question's number
# A wire's credit run into the headline by the page's markup: "... 'subversive actions'Reuters"
GLUED_AGENCY = re.compile(r"(?<=[a-z'’\"”?!.])(?:Reuters|AFP|PTI|ANI|IANS|Xinhua|AAP)$"
                          r"| by (?:The Associated Press|Reuters|AFP|Agence France-Presse|AAP|PA Media)$")  # "... planes by The Associated Press"
# A wire's version of its story before the headline: "(4th LD) ...", "(LEAD) ...", "(URGENT) ..."
WIRE_VERSION = re.compile(r"^\((?:\d+(?:st|nd|rd|th) LD|LEAD|URGENT|UPDATE(?: \d+)?|REFILE|CORRECTED)\)\s+")
BULLET = re.compile(r"^[-•*·›»–]\s+")  # "• Headline"; lines of them in a row are a menu or breadcrumbs
# "[Title] Press Conference by ...", "Title: ...": a page that labels its fields names its headline
TITLE_FIELD = re.compile(r"^(?:\[Title\]|Title:)\s*(\S.{5,})$")
TERMINAL_MARKS = (".", "!", "?", ":", ";", ",")
# Words that carry a story's content: four letters or more, or an acronym ("SAS", "MH17").
CONTENT_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}|\b[A-Z][A-Z0-9]{2,}\b")
NAME = re.compile(r"\b[A-Z][a-z][\w'’-]+")
STEM = 5  # words compared by their first letters: "announces" is "announced"
COMMON = {
    "about", "after", "again", "also", "been", "before", "from", "have", "into", "more", "most",
    "news", "over", "says", "said", "than", "that", "their", "them", "they", "this", "what",
    "when", "will", "with", "your", "were", "would", "could", "should", "which", "while",
}


def is_story_line(line: str) -> bool:
    """A line of the story itself, not of the page's top: long, or a sentence of several words
    (not a site's short call to the reader: "Get notified of breaking news!")."""
    return len(line) > STORY_LINE or (line.endswith((".", "?")) and len(line.split()) >= STORY_WORDS)


def split_stamp(blocks: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A crawler's date stamp run into the first line ("date 2021-09-16 Headline") stands on a
    line of its own: it is the page's date, and the rest is the page's first line."""
    if not blocks:
        return blocks
    text, block_html, line = blocks[0]
    match = STAMP.match(text)
    if not match or not block_html.startswith("<p>"):
        return blocks
    stamp, rest = match.groups()
    if IS_READER_NOTICE.match(rest) or is_icon_names(rest):  # "date 2021-08-16 Welcome to the news.com BETA. ...": only the date is the page's
        return [(stamp, f"<p>{stamp}</p>", line)] + blocks[1:]
    return [(stamp, f"<p>{stamp}</p>", line), (rest, f"<p>{html.escape(rest, quote=False)}</p>", line)] + blocks[1:]


def find_headline(blocks: list[tuple[str, str, int]]) -> tuple[str | None, list, list[Dropped], int]:
    """(headline, the blocks without it, chrome dropped above it, its line), or (None, blocks,
    [], 0) when no line near the top is a headline about the story. Lines above it with a number
    stay first in the body, since one of them may be the page's date."""
    words = None  # the page's content words, counted only when a line may be its headline
    top = blocks[:TOP_LINES]
    labelled = [i for i, (text, _, _) in enumerate(top) if TITLE_FIELD.match(text)]
    bulleted = [bool(BULLET.match(text)) for text, _, _ in top]
    for i, (text, block_html, line) in enumerate(top):
        if i + 1 >= len(blocks):
            break
        if labelled and i != labelled[0] or in_menu(bulleted, i):
            continue
        page_title, named = text, names_a_later_line(text, top[i + 1:])
        if CREDITED.search(text):
            continue  # a picture's caption above the headline, not the story begun
        if is_story_line(text) and not named:
            # the story has begun, or a notice the site put above the headline: a headline over
            # its date further down says which ("Jobs at risk" over "PM - Monday, 3 May, 2004")
            below = dated_headline(blocks, i + 1)
            if below is None:
                break
            return headline_at(blocks, below, blocks[below][0], blocks[below][0])
        dated_head = not named and over_its_date(text, blocks[i + 1][0])
        if dated_head:  # a short line over its date is the headline if the story takes up its words
            words = story_words(blocks) if words is None else words
            dated_head = any(words.get(w, 0) > 1 for w in stems(text))
        if named:  # the page's own title over its headline: the headline is the line it names
            i += named
            text, block_html, line = blocks[i]
        field = TITLE_FIELD.match(text)
        candidate = (text if named else GLUED_AGENCY.sub("", text.removesuffix(".")) if dated_head
                     else field.group(1).strip() if field else headline_text(text))
        if candidate and not field and words is None and not named:
            words = story_words(blocks)
        if candidate and (named or dated_head or field or is_about(candidate, words, text)):
            return headline_at(blocks, i, candidate, page_title)
    return None, blocks, [], 0


def headline_at(blocks: list[tuple[str, str, int]], i: int, candidate: str, page_title: str):
    """find_headline's answer for the headline at block i, read from the line `page_title`: the
    lines above it are chrome, but those with a number stay first in the body."""
    line = blocks[i][2]
    above = [b for b in blocks[:i] if b[0] != page_title]
    chrome = [Dropped(l, t, "page chrome") for t, h, l in blocks[:i] if not has_digit(t) or t == page_title]
    # A date in the site's suffix ("| News | DW | 28.09.2020") is the page's own: it stays.
    stamp = page_title[len(candidate):].strip(" |-–—·:") if page_title.startswith(candidate) else ""
    dated = [(stamp, f"<p>{html.escape(stamp, quote=False)}</p>", line)] if has_digit(stamp) else []
    kept = [b for b in above if has_digit(b[0])] + dated + blocks[i + 1:]
    return candidate, kept, chrome, line


def dated_headline(blocks: list[tuple[str, str, int]], start: int) -> int | None:
    """The first line from `start` among the page's top lines that is a headline over its date,
    most of whose words the story takes up; None when there is none."""
    words = None
    for i in range(start, min(TOP_LINES, len(blocks) - 1)):
        text = blocks[i][0]
        if over_its_date(text, blocks[i + 1][0]) and headline_text(text):
            words = story_words(blocks) if words is None else words
            if is_about(text, words, text) or sum(words.get(w, 0) > 1 for w in stems(text)) >= 2:
                return i
    return None


def weak_headline(blocks: list[tuple[str, str, int]]) -> int | None:
    """Where no line near the top is clearly about the story: the first that could be a headline
    (several words, no sentence, no label) and shares a word with the story, below a masthead and
    a menu ("Stuff", "National", "Troops to stay on until 2020"); None when there is none."""
    words = None
    for i, (text, _, _) in enumerate(blocks[:TOP_LINES]):
        if i + 1 >= len(blocks) or is_story_line(text):
            return None
        candidate = headline_text(text)
        if candidate and not BULLET.match(text) and not DATED_LINE.search(text):
            words = words if words is not None else story_words(blocks)
            if any(words.get(w, 0) > 1 for w in stems(candidate)):
                return i
    return None


def headline_text(text: str) -> str | None:
    """The line as a headline, without a site's suffix or a question's number; None when it
    cannot be one (a sentence of the story, a list of links, a date)."""
    text = WIRE_VERSION.sub("", BULLET.sub("", NUMBERED.sub("", text.strip())))
    while SITE_SUFFIX.search(text) and len(SITE_SUFFIX.sub("", text).split()) >= 4:
        text = SITE_SUFFIX.sub("", text)
    trailing = TRAILING_DATE.search(text)
    if trailing and not DATE_JOINED.search(text, 0, trailing.start()):  # "... Programme, 8 November 2019" keeps it
        text = text[:trailing.start()]
    text = GLUED_AGENCY.sub("", SECTION_SUFFIX.sub("", text))
    keywords = KEYWORDS.match(text) and not re.search(r"\b(?:and|or)\b", text) and all(
        len(item.split()) <= 3 for item in text.split(", "))
    if (keywords or len(text.split()) < 3 or BYLINE.match(text) or is_date_line(text) or " | " in text or " / " in text or text.startswith(("[", "("))
            or REFERENCE.sub("", text).endswith((".", ":")) or SIGNED.search(text) or UPDATED.match(text)
            or (len(text.split()) <= GLUED_LINE_WORDS and any(GLUED.match(w) for w in text.split()))
            or is_masthead(text) or is_issuer(text) or PAGE_KIND.match(text) or is_role_line(text) or is_speaker_heading(text)
            or PORTRAIT.match(text)):
        return None  # a list of links, a label, a sentence, a masthead, or a speaker's role or name
    return text


def over_its_date(text: str, below: str) -> bool:
    """A short line with no full stop right above a line that only dates it: a headline and its
    date, however short ("Harbour Closure" over "Volume 701: debated on 4 June 2019")."""
    words = text.split()
    # a record's heading may end in a full stop ("False Passports.") where it is a few capitalised words
    stopped = text.endswith(".") and not text.endswith("..") and len(words) <= 6 and all(w[:1].isupper() for w in words)
    # a long heading is still one over a labelled publication date ("Published: 19 September 2022")
    limit = 30 if PUBLISHED.match(below) else 14
    return (2 <= len(words) <= limit and (stopped or not text.endswith(TERMINAL_MARKS)) and not text.startswith(("[", "("))
            and not PAGE_KIND.match(text) and not BYLINE.match(text)
            and not BULLET.match(text) and not is_role_line(text) and not is_speaker_heading(text)
            and len(below) <= 80 and bool(DATED_LINE.search(below)))


def names_a_later_line(text: str, below) -> int:
    """"Harbour Closure - Hansard - UK Parliament" over "Harbour Closure": the page's title, the
    headline below it and the site's name (or a full stop); or breadcrumbs run into the headline
    ("Home World Harbour Closure"). How many lines down the headline is, or 0."""
    for n, (line, _, _) in enumerate(below, 1):
        suffixed = text.startswith(line) and (SITE_SEPARATOR.match(text, len(line)) or text == line + ".")
        crumbs = text[:-len(line)].split() if text.endswith(" " + line) else ()
        suffixed = suffixed or (0 < len(crumbs) <= BREADCRUMB_WORDS and all(w.isalpha() for w in crumbs))
        if len(line.split()) >= 2 and suffixed \
                and not is_role_line(line):  # "Minister for X - Transcript - ..." over a release's "Minister for X"
            return n
    return 0


def in_menu(bulleted: list[bool], i: int) -> bool:
    """Whether line i is one of two or more bulleted lines in a row: a menu, not a headline."""
    return bulleted[i] and ((i > 0 and bulleted[i - 1]) or (i + 1 < len(bulleted) and bulleted[i + 1]))


def story_words(blocks) -> dict[str, int]:
    """Content words of the page, with the number of lines each appears on."""
    counts: dict[str, int] = {}
    for text, _, _ in blocks[:STORY_BLOCKS]:  # the lede echoes a headline, if anything does
        for word in stems(text):
            counts[word] = counts.get(word, 0) + 1
    return counts


def is_about(candidate: str, counts: dict[str, int], line: str) -> bool:
    """A headline's words come back in the story: most of them appear on another line."""
    own = stems(line)
    words = stems(candidate)
    if len(words) < 2:
        return False
    shared = {w for w in words if counts.get(w, 0) > (1 if w in own else 0)}
    # A name the story repeats ("Navalny") counts for more than a common word ("minister").
    names = stems(" ".join(candidate.split()[1:])) & {w.lower()[:STEM] for w in NAME.findall(candidate)}
    needed = MIN_SHARED - (0.1 if shared & names else 0)
    return len(shared) >= 2 and len(shared) >= needed * len(words)


@functools.lru_cache(maxsize=1024)  # a page's top lines are asked for again as headline candidates
def stems(text: str) -> frozenset[str]:
    """The content words of a line, by their first letters."""
    return frozenset(w.lower()[:STEM] for w in CONTENT_WORD.findall(text) if w.lower() not in COMMON)


def has_digit(text: str) -> bool:
    """A line with a number above a headline may be its date; it stays for dating to read."""
    return any(c.isdigit() for c in text)
