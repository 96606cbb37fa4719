"""Lines at the top of a scraped page that are not its headline: the site speaking to its reader,
the page's kind and fields, bylines, mastheads and issuing offices, dates, and a debate's speaker
lines. headline.py passes over them; boilerplate.py and clean.py drop or read them."""

from __future__ import annotations

import re

# The site speaking to its reader, on a line of its own: "Stay up to date with notifications from
# The Daily", "Notifications can be managed in browser preferences.", "Welcome to the news.com BETA.
# Read our ...", a broadcaster's "Jo Bloggs presents Drive Monday to Friday from 5pm on ...".
READER_NOTICE = (
    r"(?:stay up to date|get (?:the latest|breaking news|notified)|sign up|subscribe)\b.{0,80}|subscribe to\b.{0,120}\bnewsletter\b.{0,120}"
    r"|.{0,60}\b(?:notifications|browser (?:preferences|settings))\b.{0,60}"
    r"|welcome to (?:the )?[\w-]+\.(?:com|net|org|co\.\w\w|com\.\w\w)\b.*"
    r"|.{0,80}\bpresents\b.{1,60}\b(?:monday to friday|weekdays|every (?:day|weekday|morning|evening))\b.*"
    r"|you can (?:also )?(?:listen to|watch|download) (?:the|this) (?:story|program(?:me)?|interview)\b.*"
    # a government site's banner ("An official website of the United States government", "A .mil
    # website belongs to ...", "A lock ... means you've safely connected"), an archive's notice
    # ("This is historical material ...", "This page has been archived")
    r"|an official website of the .{1,40}|an? \.(?:gov|mil) website .*|a lock \(.*|secure \.(?:gov|mil) websites .*"
    # a site's own advertising between paragraphs: "Advertisement - scroll to continue reading",
    # "Are you getting our free newsletter?"
    r"|advertisement\s*[-–—|]\s*(?:scroll|story|article) continues?(?: below| reading)?|advertisement\s*[-–—|]\s*scroll to continue(?: reading)?"
    r"|are you getting our (?:free )?(?:daily |weekly )?newsletter\??"
    r"|this article is more than \w+ (?:years?|months?|days?) old"
    r"|this is historical material\b.*|this (?:page|website|site|content) (?:has been|was|is) archived\b.*"
    # a row of links: "Read Full debate Read Hansard Text Watch Debate"
    r"|(?:(?:read|watch|view|listen)\b(?: \w+){1,3}? ?){2,}"
    # Irish government pages' skip link and view switch, in Irish
    r"|léim ar aghaidh chuig an bpríomhábhar|gnáthamharc"
    # "You are using an older browser version. Please use a supported version ..."
    r"|you are using an? (?:older|outdated|unsupported) (?:browser|version)\b.*")
IS_READER_NOTICE = re.compile(f"(?i)^(?:{READER_NOTICE})$")


def is_icon_names(line: str) -> bool:
    """A page's icon font read out as text: "icon bookmark-bicon cameraicon chevron downicon ..."."""
    if "icon" not in line and "Icon" not in line:
        return False  # (the cheap test first: it is asked of every line of every page)
    words = line.lower().split()
    return len(words) >= 5 and sum("icon" in w for w in words) >= 0.4 * len(words)
# A caption that ends on its labelled credit: "... on Tuesday. Photograph: Jo Bloggs/Agency"
# or on an agency's name after its last full stop: "... in August 2019. PA"
CREDITED = re.compile(r"(?:\b(?:Photo|Picture|Photograph|Image)s?\s*[:/|]\s*[^.:|]{1,60}"
                      r"|[.!?]\s+(?:PA|AP|AFP|Reuters|EPA|AAP|Getty Images|Shutterstock|Alamy))$")
# Words run together by a page's markup ("BidenJoe"), not "McAuliffe", "DeVos" or "MacKenzie".
# The prefix is one only when a capital follows it: "MacronEmmanuel" is glued.
GLUED = re.compile(r"^(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z]\w*[a-z][A-Z]")
# A byline: "By Jo Bloggs", "By Jo Bloggs, Al Smith and Ann Lee The Associated Press"
BYLINE_NAME = r"[A-Z][\w'’.-]+(?: (?!The )[A-Z][\w'’.-]+){0,3}"
BYLINE_AGENCY = r"(?:,? (?:[Ff]or |[Oo]f )?(?:[Tt]he )?(?:Associated Press|Reuters|AFP|Agence France-Presse|PA Media|Press Association|AAP|Bloomberg))"
_NAMES = rf"{BYLINE_NAME}(?:(?:,| and| &) {BYLINE_NAME}){{1,5}}"
BYLINE_NAMES = re.compile(rf"^(?:By|BY) ({_NAMES}){BYLINE_AGENCY}?$")
BYLINE = re.compile(rf"^(?:By|Reporter:|Reported by|Written by)\s+(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,4}}|{_NAMES}{BYLINE_AGENCY}?)$")
# "China, Huawei, ban, Huawei ban UK": a page's keywords, four or more short items and no clause
KEYWORDS = re.compile(r"^[^,]{1,25}(?:, [^,]{1,25}){3,}$")
# "Minister, Arts, Culture and Heritage", "Hon Stuart Nash": a release's header, not its headline
ROLE_LINE = re.compile(r"^(?:(?:Senator )?(?:[Tt]he |Rt\.? )?Hon\.?\s|(?:Acting |Deputy |Associate )?(?:Prime |Deputy |Associate )?Minister\b(?! (?:says|said|to|warns|announces)\b))")
ROLE_LINE_WORDS = {"of", "for", "the", "and", "on", "in"}
# A debate's speaker on a line of their own, above their words: "The Secretary of State for
# Transport (Chris Grayling)", "Andy McDonald (Middlesbrough) (Lab)", "Mr. David Wilshire (Spelthorne)".
_ADDRESS = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? )?"
_NAME = r"[A-Z][\w'’-]+(?: (?:(?:de|da|di|du|van|von|der|den|le|la|al|bin|ibn|el) )?[A-Z][\w'’.-]+){1,3}"
SPEAKER_HEADING = re.compile(
    r"^(?:The [A-Z][^()]{2,80} \(" + _ADDRESS + r"(?P<named>" + _NAME + r")\)"
    r"|" + _ADDRESS + r"(?P<member>" + _NAME + r") \([A-Z][^()]{1,40}\)(?P<party> \([A-Z][\w/ -]{0,20}\))?)$")
SEAT_AND_PARTY = re.compile(r"\([A-Z][^(),]{1,40}, [A-Z][^(),]{1,30}\)$")
PARTY_WIDTH = 30  # a party's name on its own line over a member's line
VIRTUAL = re.compile(r"\s*\[V\]$")
PORTRAIT = re.compile(r"^[A-Z][^()\n]{0,60}? Portrait (?=[A-Z])")
# What kind of page it is, not what it says: "Media Release", "Press statement", "Transcript";
# and a notice to the reader: "Note: Where available, the PDF icon ..."
PAGE_KIND = re.compile(r"(?i)^(?:(?:joint |ministerial )?(?:media|press|news) (?:release|statement|conference|briefing|advisory)"
                       r"|(?:joint |ministerial |written |oral )?statement(?: to parliament)?|transcript|speech|news|release"
                       r"|(?:note|editor['’]s note|disclaimer|correction|update|source):.*|you are on page\b.*"
                       # a page's fields about itself: "Category: Press Releases", "Tags: Iran, UN"
                       r"|(?:categor(?:y|ies)|tags?|filed under|posted in|topics?|section|keywords):.*"
                       # a record's link to a member's other speeches: "Jo Bloggs Excerpts"
                       r"|(?:\S+\s+){1,4}excerpts"
                       # a parliament's record: which house, and which kind of business, above the debate's own heading
                       r"|(?:house|senate|lords|commons|dáil|seanad) debates|questions without notice|questions on notice|statements|adjournment"
                       r"|written (?:answers|questions)(?: and statements)?"
                       r"|(?:\S+ )?transcript(?:, e&oe)?"  # "EPIQ TRANSCRIPT": the transcriber's label
                       r"|.*\)\s*share this\b.*"
                       # a release page's field labels: "Release details", "Release type", "Release content"
                       r"|release (?:details|type|content|date)|related ministers(?: and contacts)?|for immediate release)$")
# "October 20, 2018 – Ottawa", "20 Oct 2018": a dateline, which a headline never is
DATED_LINE = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^date \d{4}-")
DATE_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
              "mon", "tue", "wed", "thu", "fri", "sat", "sun", "pm", "am"}
MEDIA_WORDS = {
    "Corporation", "Broadcasting", "News", "Herald", "Times", "Post", "Journal", "Tribune", "Press", "Gazette",
    "Telegraph", "Guardian", "Independent", "Chronicle", "Mail", "Express", "Network", "Radio", "Television",
    "TV", "Media", "Online", "Daily", "Standard", "Observer", "Courier", "Advertiser", "Examiner", "Dispatch",
    "Inquirer", "Bulletin", "Agency", "Constitution", "Wire", "Newswire",
}
ISSUER = re.compile(r"^(?:The )?(?:Office|Department|Ministry|Bureau|Press Office) (?:of|for) (?:the )?[A-Z][\w ,&'’-]{0,60}$")


def is_issuer(text: str) -> bool:
    """A government office's name over its release: "Office of the Vice President", "Ministry of
    Foreign Affairs", "Department of Defence"."""
    return bool(ISSUER.match(text)) and all(w[:1].isupper() or w in ("of", "the", "and", "for", "&") for w in text.split())


def is_masthead(text: str) -> bool:
    """A publisher's name on a line of its own: "Australian Broadcasting Corporation", "The
    Harbourtown Herald": a few capitalised words ending in a word for a newspaper or a broadcaster,
    maybe with the day of the edition ("The Harbourtown Herald - Saturday")."""
    words = re.sub(r"\s+[-–—|,]\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", "", text).split()
    return (0 < len(words) <= 6 and words[-1] in MEDIA_WORDS
            and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words))


def is_date_line(text: str) -> bool:
    """A line that only dates: "22nd July 2019", "Monday, 3 May 2004, 10:15"."""
    return bool(DATED_LINE.search(text)) and all(
        w.lower()[:3] in DATE_WORDS or w.lower() in ("of", "the", "st", "nd", "rd", "th")
        for w in re.findall(r"[^\W\d_]+", text))


def is_speaker_heading(text: str) -> bool:
    """A debate's speaker line, as surely as one line can show it: a title with the holder's name
    in brackets, or a member's name with a constituency and a party ("Jo Bloggs (Northtown) (Lab)",
    "Jo Bloggs (Northtown, Labour)")."""
    match = speaker_heading(text)
    return bool(match and (match.group("named") or match.group("party") or SEAT_AND_PARTY.search(text)))


def party_in(line: str, party: str) -> re.Match | None:
    """Where a record's member line repeats the short line of their party above it, run on after
    the name: "Liberal" in "Jo Bloggs LiberalMinister of Ports", "NDP" in "The Deputy Chair NDP Jo Bloggs"."""
    if not 0 < len(party) <= PARTY_WIDTH:
        return None
    return re.search(r"(?<=\s)" + re.escape(party) + r"(?=\s|[A-Z]|$)", line)


def without_portrait(text: str) -> str:
    """A record's speaker line without the alt text of the member's picture before it: "Jo
    Bloggs Portrait The Secretary of State for Ports (Jo Bloggs)", "Lord Bloggs of Northtown
    Portrait Mr Bloggs" (the member's later title, then the line as the record gives it)."""
    portrait = PORTRAIT.match(text) if " Portrait " in text else None  # (the test first: most lines have none)
    return text[portrait.end():] if portrait else text


def is_role_line(text: str) -> bool:
    """A release's line naming a minister or their office ("Minister for Ports", "Hon Jo Bloggs"),
    not a headline about one ("Minister Bloggs tours the harbour"): no word of it says anything."""
    return bool(ROLE_LINE.match(text)) and not any(w[:1].islower() and w not in ROLE_LINE_WORDS for w in text.split())


def speaker_heading(text: str) -> re.Match | None:
    # ("... (Wakefield) (Con) [V]": a member who spoke by video link)
    line = without_portrait(text)
    if "(" not in line:
        return None  # every speaker line has its brackets
    return SPEAKER_HEADING.match(VIRTUAL.sub("", line) if line.endswith("]") else line)
