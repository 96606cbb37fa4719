"""Scraped boilerplate: picture captions and credits, page furniture (share buttons, cookie
banners, players), lines repeated verbatim and runs of related headlines, found line by line."""

from __future__ import annotations

import re

from .headline import is_story_line
from .model import Dropped
from .page_lines import (
    BYLINE,
    CREDITED,
    PAGE_KIND,
    PORTRAIT,
    READER_NOTICE,
    is_icon_names,
    is_speaker_heading,
    party_in,
)

# "Image caption Jo Bloggs said ..." (a broadcaster's caption under a picture)
IMAGE_CAPTION = re.compile(r"^Image caption\s")
# "... since 2015. Photo / Supplied", "Photo: AP", "(Image / Getty Images)"
CAPTION = re.compile(
    r"(?:^|[\s.(])(?:Photos?|Image|Picture|Video|Graphic|Illustration|File photo)"
    r"\s*(?:/|:|\|)\s*[A-Z0-9][\w'’.&,\- ]{0,60}\)?\s*$"
)
# A picture desk's caption: "File photo dated 20/03/2020 of ...", "... Issue date: Wednesday June 23, 2021."
# (its dates are the picture's, not the story's)
PICTURE_DESK = re.compile(r"^File (?:photo|picture|image)s? dated\b|\bIssue date:\s*[^.]{4,40}\.?$")
# "Jo Bloggs spoke on Sunday. (PA)": a picture's caption, its agency's credit in brackets at the end
AGENCY_CREDIT = re.compile(r"[.!?]?\s*\((?:PA|AP|AFP|Reuters|Getty(?: Images)?|EPA|AAP|Shutterstock|Alamy|Supplied|File)\)$")
# "Bill English. Photo Getty": a credit without a separator, after the caption's full stop.
BARE_CREDIT = re.compile(r"[.!?]\s+(?:Photo|Picture|Image)\s+[A-Z][\w'’&]*(?: [A-Z][\w'’&]*){0,3}$")
# "... Dmitry Peskov Sergei Karpukhin/TASS", "© Jo Bloggs/AP": a photographer's credit, its agency after a slash
SLASH_CREDIT = re.compile(r"(?:^©\s*.{1,80}|(?:^|\s)[A-Z][\w'’-]+ [A-Z][\w'’-]+/(?:[A-Z]{2,}|Getty Images|Reuters|Alamy|Shutterstock))$")
# (where the credit is labelled, "... Le Drian. Photo: Jo Bloggs/AFP", the caption before it is the story's to read)
CREDIT_LABEL = re.compile(r"\b(?:Photo|Picture|Photograph|Image)s?\s*[:/|]")
# Page furniture that scrapers keep: whole lines only, compared without case.
FURNITURE = {
    "advertisement", "advertise with nzme.", "advertise with nzme", "sponsored", "share",
    "share this article", "subscribe", "read more", "read more:", "related articles",
    "related stories", "recommended", "skip to main content", "sign up", "loading...",
    "share on facebook", "share on twitter", "share on linkedin", "share via email", "share this",
    "email", "print", "comments", "save", "copy link", "listen to this article", "log in", "sign in",
    "sign up to our newsletter", "most read", "latest news", "more from", "topics", "tags",
    "expand", "collapse", "show more", "read more about", "listen", "listen to this story", "watch",
}
# "3 minutes to read", "Updated 2 hours ago" on a line of their own: the page's, not the story's.
FURNITURE_LINE = re.compile(
    r"(?i)^(?:\d+\s+min(?:ute)?s?(?:\s+to)?\s+read|(?:(?:updated|published)\s+)?\d+\s+(?:seconds?|minutes?|hours?)\s+ago"
    # a notice to the reader's browser: "IE 11 is not supported. For an optimal experience ..."
    r"|(?:IE\s*\d+|Internet Explorer|JavaScript|Your browser)\b.{0,40}\b(?:not supported|disabled|out of date|outdated)\b.*"
    # a broadcaster's player and picture furniture: "Media playback is unsupported on your device",
    # "Image copyright Getty Images", "Share this with Facebook"
    r"|media playback is (?:unsupported|not supported) on your device|image copyright\b.{0,80}|share this with \w+"
    # a site's cookie banner: "Cookies on GOV.UK", "We use some essential cookies ...", "Accept all cookies"
    r"|cookies on .{1,40}|we use (?:some )?(?:essential |necessary |analytics )?cookies\b.*|(?:this (?:website|site) uses|about) cookies\b.*"
    r"|(?:accept|reject|allow|manage|view|set) (?:all |additional |optional |analytics |necessary )?cookies?(?: settings)?"
    r"|cookie (?:settings|preferences|policy|notice)|hide (?:this )?(?:cookie )?message"
    # a site's links for skipping about the page: "Go Search Go Contents Go to bottom site map"
    r"|(?:(?:go|skip|jump) to (?:the )?(?:main )?(?:content|contents|bottom|top|navigation|menu|search)|go (?:search|contents)|site ?map)"
    r"(?:\s*(?:(?:go|skip|jump) to (?:the )?(?:main )?(?:content|contents|bottom|top|navigation|menu|search)|go (?:search|contents)|site ?map))*"
    # a parliament's record's links under a speaker's line: "- Hansard - - - Excerpts"
    r"|[-\s]*hansard[-\s]*(?:excerpts)?"
    r"|" + READER_NOTICE + ")$"
)
TERMINAL = tuple('.!?:;"”’\')…]')
MARKDOWN_SYNTAX = re.compile(r"^\s*(?:#|[-*+]\s|\d+[.)]\s|>|\||```|~~~|    |\t)")
# "Hon Ron Mark, Minister of Defence": a press release's list of its ministers, not headlines
ADDRESSED = re.compile(r"(?:Rt\.? )?Hon\.? [A-Z]")
# "Mr. Jo Bloggs" alone on its line: a record's list of who attended, not a run of headlines
ADDRESSED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)[.,]? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$")
MIN_HEADLINE_RUN = 3
CREDIT_TAIL = 120  # characters: the longest credit or picture desk's note a caption ends with


def find_boilerplate(lines: list[str], first_line: int, markdown: bool) -> list[Dropped]:
    """Captions, page furniture, lines repeated verbatim and runs of related headlines."""
    dropped: dict[int, Dropped] = {}
    seen: set[str] = set()
    above = ""  # the last line that was not blank
    for i, line in enumerate(lines):
        norm = " ".join(line.split())
        if not norm:
            continue
        party, above = above, norm
        # (a credit ends its caption: read the line's last characters only, the test first)
        tail = max(0, len(norm) - CREDIT_TAIL)
        slash_credit = len(norm) <= 100 and SLASH_CREDIT.search(norm) and not CREDIT_LABEL.search(norm)
        if len(norm) < 400 and (CAPTION.search(norm, tail) or BARE_CREDIT.search(norm, tail) or slash_credit or IMAGE_CAPTION.match(norm)
                                or AGENCY_CREDIT.search(norm, tail) or PICTURE_DESK.search(norm, tail) or norm.startswith("File ") and PICTURE_DESK.match(norm)):
            dropped[i] = Dropped(first_line + i, norm, "caption")
        elif norm.lower() in FURNITURE or FURNITURE_LINE.match(norm) or (is_icon_names(norm) and not norm.startswith("date ")):
            dropped[i] = Dropped(first_line + i, norm, "furniture")
        elif same_marks(norm) in seen and len(norm.split()) >= 4 and not (markdown and norm.startswith(("|", "```"))) \
                and not is_speaker_heading(norm) and not PORTRAIT.match(norm) and not repeats_party(norm, party):  # a debate's speakers speak again
            dropped[i] = Dropped(first_line + i, norm, "repeated")
        seen.add(same_marks(norm))

    # a picture's alt text on the line above its caption, which goes on from it to the credit
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for i, j in zip(nonblank, nonblank[1:]):
        alt, caption = " ".join(lines[i].split()), " ".join(lines[j].split())
        if (i not in dropped and len(alt.split()) >= 3 and caption.startswith(alt) and len(caption) > len(alt)
                and (j in dropped and dropped[j].reason == "caption" or CREDITED.search(caption))):
            dropped[i] = Dropped(first_line + i, alt, "caption")

    # Runs of short headline-like lines without closing punctuation (a "related articles" list),
    # except above the story, where a headline, a byline and a dateline look just the same.
    # (a notice to the reader is no part of the story: "Disclaimer: The Library does not warrant ...")
    first_text = next((i for i, l in enumerate(lines)
                       if i not in dropped and is_story_line(l.strip()) and not PAGE_KIND.match(l.strip())
                       and not is_icon_names(l)), len(lines))
    run: list[int] = []
    for i in range(len(lines) + 1):
        line = lines[i].strip() if i < len(lines) else None
        if line == "" or (i in dropped):
            continue
        if line is not None and is_headline_like(line, markdown):
            run.append(i)
            continue
        # a run with a byline is one story's head (headline, date, byline), not a list of links to others
        if len(run) >= MIN_HEADLINE_RUN and run[0] > first_text and not any(BYLINE.match(lines[j].strip()) for j in run):
            for j in run:
                dropped[j] = Dropped(first_line + j, lines[j].strip(), "headlines")
        run = []
    return [dropped[i] for i in sorted(dropped)]


def repeats_party(line: str, above: str) -> bool:
    """A record's member line under the line of their party, which it repeats after the name:
    "Liberal" over "Jo Bloggs LiberalMinister of Ports"."""
    return len(above.split()) <= 3 and above[:1].isupper() and party_in(line, above) is not None


def same_marks(line: str) -> str:
    """A line with its curly quotes made straight: a page may repeat its headline typed either way.
    (str.replace, not str.translate: translating a line with a table is many times slower.)"""
    if line.isascii():
        return line
    return line.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def is_headline_like(line: str, markdown: bool) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 20
        and len(line) <= 120
        and not line.endswith(TERMINAL)
        and not line.startswith(("\"", "“", "‘", "'", "("))
        and not ADDRESSED.match(line)
        and not ADDRESSED_NAME.match(line)
        and (line[0].isupper() or line[0].isdigit() or line[0] in "$£€")
        and not (markdown and MARKDOWN_SYNTAX.match(line))
    )
