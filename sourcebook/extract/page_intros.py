"""People a page introduces by its layout rather than in a sentence: a transcript's speaker line
("Hon PHIL GOFF (Minister of Defence): ..."), a release headed by its minister ("Hon Stuart Nash"
over "Minister of Police"), and a headline's title with no name ("Defence Minister praises troops")."""

from __future__ import annotations

import re

from ..model import Document, Paragraph, Role
from ..page_lines import BYLINE_NAMES, PORTRAIT, speaker_heading, without_portrait
from .candidates import looks_like_name
from .given_names import GIVEN_NAMES
from .mentions import Intro
from .names import is_name_word, title_case
from .titles import ANCHOR, normal_title, read_title
from .vocabulary import PORTFOLIO_WORDS, TITLE_COUNTRIES

# "Hon PHIL GOFF (Minister of Defence):" at the start of a transcript paragraph.
SPEAKER_LINE = re.compile(
    r"^(?:\d+\.\s+)?(?:(?:Rt\.?\s+)?Hon\.?\s+)?(?:(?i:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"((?:[A-Z][\w'’\-]*\s+){1,3}(?:Mc|Mac)?[A-Z][A-ZĀĒĪŌŪ'’\-]+)\s*(?:\(([^()]{1,80})\)|,\s+([A-Z][A-Z ,'’&-]{2,60}[A-Z]))?"
    r"(?:\s+(?:to|on\s+behalf\s+of)\s+the\s+[^:]{1,60})?\s*(?::|—)"  # Australia's Hansard: "Mr BLOGGS (Minister for Ports) —"
)
# A parliament names a member by seat, their name in brackets: "the hon. Member for Hampstead and
# Kilburn (Tulip Siddiq)", "my right hon. Friend the Member for Northtown (Jo Bloggs)".
MEMBER_FOR = re.compile(r"\b(?i:hon\.|honourable)\s+(?:Member|Friend|Lady|Gentleman)(?:\s+the\s+Member)?\s+"
                        r"(for\s+[A-Z][^()]{1,60}?)\s+\(((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s)?[A-Z][^()]{2,40})\)")
HEADER_LINES = 8  # a release names its minister among its first lines
HEADER_ADDRESS = re.compile(r"^(?:Senator )?(?:(?:[Tt]he |Rt\.? )?(?:Hon\.?|Honourable) )?(?:(?:Dr|Sir|Dame|Mr|Ms|Mrs)\.? )?")
INITIAL_DOT = re.compile(r"[A-Z]\.")
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\b\.?)?")


# A parliament's record as mySociety's sites show it (TheyWorkForYou, OpenAustralia): the speaker's
# photo's caption, their name, then their seat or office, on a line above their words: "Photo of
# Jo Bloggs Jo Bloggs The Secretary of State for Ports 11:32 am, ...", "Photo of Jo BloggsJo Bloggs
# (Northtown, Liberal Party, Minister for Ports) Share this".
PHOTO_SPEAKER = re.compile(r"^Photo of ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) ?\1\b(.{0,160})$")
# The same line copied without the photo: "Jo Bloggs (Northtown, Liberal Party, Minister for Ports) Share this | Hansard source"
RECORD_SPEAKER = re.compile(r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})( \([^()]{2,120}\) ?(?:Share this|Link to this|Hansard source)\b.{0,80})$")

PORTFOLIO_TAIL = re.compile(r" ((?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,4})")
PHOTO_TAIL = re.compile(r"\s\d{1,2}[:.]\d{2}\b|\sShare this\b")


def photo_speaker(text: str) -> tuple[str, int, int, str] | None:
    """(name, start, end, what follows it) of a record's speaker line, or None."""
    match = PHOTO_SPEAKER.match(text) if text.startswith("Photo of ") else RECORD_SPEAKER.match(text) if " (" in text else None
    return (match.group(1), match.start(1), match.end(1), match.group(2)) if match else None


def speaker_line(pid: str | None, text: str, alone: bool = False) -> list[Intro]:
    """The speaker of a transcript paragraph: 'Hon PHIL GOFF (Minister of Defence): ...', 'BRENDAN
    NELSON, DEFENCE MINISTER: ...', or a record's 'Photo of Jo Bloggs Jo Bloggs The Minister ...'.
    `alone`: the text has no other label."""
    photo = photo_speaker(text) if pid else None
    if photo:
        name, start, end, rest = photo
        rest = rest.strip()[1:].split(")")[0] if rest.strip().startswith("(") else PHOTO_TAIL.split(rest)[0]
        return [Intro(name, pid, start, end, *role_in(rest.strip()))]
    match = SPEAKER_LINE.match(text) if pid else None
    if not match or match.group(1).split()[-1] in ("SPEAKER", "MEMBERS", "CHAIRPERSON"):
        return []
    if alone and not (match.group(2) or match.group(3) or title_case(match.group(1).split()[0]) in GIVEN_NAMES):
        return []  # the one label of a story, with nothing to say it is a person's: a dateline ("KUALA LUMPUR: ...")
    name = " ".join(title_case(w) for w in match.group(1).split())
    capitals = " ".join(title_case(w) if w.isupper() else w for w in (match.group(3) or "").split())
    role, description = role_in((match.group(2) or capitals).strip())
    return [Intro(name, pid, match.start(1), match.end(1), role, description)]


def role_in(description: str) -> tuple[Role | None, str]:
    """A speaker line's description as a ministerial role, when it holds one ("Bradfield,
    Liberal Party, Minister for Defence"), else as a description."""
    description = CLOCK.sub("", description).strip(" ,")  # "(2:52 PM)" is when, not the Prime Minister
    anchor = ANCHOR.search(description) if description else None
    parsed = read_title(description, anchor) if anchor else None
    if parsed and parsed[5]:
        # "Secretary of State for Waterways": a portfolio the vocabulary lacks runs to the line's end
        more = PORTFOLIO_TAIL.fullmatch(description, parsed[1])
        words = parsed[2] + (more.group(1).split() if more else [])
        return Role(normal_title(words), parsed[3], parsed[4]), ""
    return None, description


# A wire story's credits: "(Reporting by Jo Bloggs, Al Smith and Ann Lee; Editing by Tom Reyes)";
# a byline in capitals: "By JO BLOGGS".
CREDITS = re.compile(r"(?=[AaRrWwEeCc])\b(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ords) by ([^;()]{4,160})")
CAPITALS_BYLINE = re.compile(r"(?:^|\s)By ([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})(?=$|\s[|,]|\s*$)")
CREDIT_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")


def credit_intros(pid: str | None, text: str) -> list[Intro]:
    """The reporters and editors a story credits: they are people the text names."""
    found = []
    for match in CREDITS.finditer(text):
        for part in re.split(r",\s+|\s+and\s+|\s+&\s+", match.group(1).rstrip(" .")):
            name = CREDIT_NAME.fullmatch(part.strip())
            if name and looks_like_name(part.split()) and all(is_name_word(w) for w in part.split()):
                start = match.start(1) + match.group(1).index(part)
                found.append(Intro(part.strip(), pid, start, start + len(part.strip()), None, ""))
    listed = BYLINE_NAMES.match(text) if len(text) <= 160 else None
    if listed:  # "By Jo Bloggs, Al Smith and Ann Lee The Associated Press": each is a reporter
        for part in re.finditer(r"[A-Z][^,&]*?(?=,|$| and | & )", listed.group(1)):
            name = part.group()
            if CREDIT_NAME.fullmatch(name) and looks_like_name(name.split()):
                start = listed.start(1) + part.start()
                found.append(Intro(name, pid, start, start + len(name), None, ""))
    byline = CAPITALS_BYLINE.search(text) if len(text) <= 80 else None
    if byline:
        name = " ".join(title_case(w) for w in byline.group(1).split())
        if looks_like_name(name.split()):
            found.append(Intro(name, pid, byline.start(1), byline.end(1), None, ""))
    return found


def member_intros(pid: str | None, text: str) -> list[Intro]:
    """Members a parliament's record names by their seat: "the hon. Member for X (Jo Bloggs)",
    and its speaker lines: "Jo Bloggs (Northtown) (Lab)"."""
    found = []
    line = without_portrait(text).lstrip()
    heading = speaker_heading(line) if pid else None
    if heading and heading.group("party") and looks_like_name(heading.group("member").split()):
        at = len(text) - len(line)
        found.append(Intro(heading.group("member"), pid, at + heading.start("member"), at + heading.end("member"), None, ""))
    for match in MEMBER_FOR.finditer(text):
        name = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s", "", match.group(2))
        start = match.end(2) - len(name)
        if 2 <= len(name.split()) <= 4 and looks_like_name(name.split()) and all(is_name_word(w) for w in name.split()):
            found.append(Intro(name, pid, start, match.end(2), None, "Member " + match.group(1)))
    return found


def portrait_intros(document: Document) -> list[Intro]:
    """A record's speaker line under the member's picture, captioned with their full name: "Jo
    Bloggs Portrait Mr Bloggs" names Jo Bloggs. Not a peer's later name over the line of the
    time ("Lord Bloggs of Northtown Portrait Mr Bloggs"): the caption must end with the surname."""
    found = []
    for paragraph in document.paragraphs:
        portrait = PORTRAIT.match(paragraph.text)
        if not portrait:
            continue
        alt = paragraph.text[:portrait.end()].removesuffix(" Portrait ").strip()
        line = without_portrait(paragraph.text)
        words = alt.split()
        if 2 <= len(words) <= 4 and line.rstrip(" )").split()[-1:] and looks_like_name(words) \
                and re.search(r"\b" + re.escape(words[-1]) + r"\b", line) and all(is_name_word(w) for w in words):
            found.append(Intro(alt, paragraph.id, 0, len(alt), None, ""))
    return found


# A transcript's turn labelled with the speaker's name as written: "Jo Bloggs: Sir, my question is ..."
NAME_LABEL = re.compile(r"^((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+):\s")
NAME_LABELS = 2  # at least: one such line may be a heading ("Jo Bloggs: a life")


def name_label_intros(document: Document) -> list[Intro]:
    """The people a transcript's name labels name, when two paragraphs or more open with one."""
    found = []
    for paragraph in document.paragraphs:
        match = NAME_LABEL.match(paragraph.text)
        words = match.group(1).split() if match else []
        # one word is a name when the turn says it again ("Sidhant: Sir, Sidhant from WION"), not
        # an agency asking ("Bloomberg: About the trial ...")
        alone = len(words) == 1 and not re.search(r"\b" + re.escape(words[0]) + r"\b", paragraph.text[match.end():])
        if words and not alone and looks_like_name(words) and all(is_name_word(w) for w in words):
            found.append(Intro(match.group(1), paragraph.id, 0, match.end(1), None, ""))
    return found if len({i.name for i in found}) >= NAME_LABELS else []


def with_headline_role(document: Document, intros: list[Intro]) -> list[Intro]:
    """"Defence Minister praises troops", "..., says UK defence secretary": a headline's title
    with no name is the holder the story opens on, the first person its first paragraphs name
    with no title or description of their own."""
    title = document.title
    if not document.title_inferred or any(i.paragraph is None for i in intros) or len(title.split()) < 4:
        return intros  # a headline that names its minister, or a label ("Prime Minister"), needs no inference
    role = None
    for anchor in ANCHOR.finditer(title):
        parsed = read_title(title, anchor)
        if parsed and parsed[5]:
            role = Role(normal_title(parsed[2]), parsed[3] or TITLE_COUNTRIES.get(normal_title(parsed[2])), parsed[4])
            break
    if role is None or not document.paragraphs:
        return intros
    if any(i.role and i.role.title == role.title and i.role.country in (None, role.country) for i in intros):
        return intros  # the story names who holds it ("Dutch PM" in the headline, "Prime Minister Jo Bloggs" below)
    # the story's first two paragraphs, but not a byline among them ("Jo Bloggs and Al Smith")
    opening = {p.id for p in document.paragraphs[:2]
               if p.text.rstrip().endswith((".", "!", "?", '"', "”", "’")) or len(p.text.split()) >= 8}
    first = next((i for i in intros if i.paragraph in opening), None)
    if first is None or first.role or first.description:
        return intros
    return [i._replace(role=role) if i is first else i for i in intros]


def header_lines(document: Document) -> list[Paragraph]:
    """The lines a release or a speech names its speaker among: its first paragraphs, and the
    title when it was read from the page (a name alone at the top may have been taken for it)."""
    lines = list(document.paragraphs[:HEADER_LINES])
    if document.title_line:
        lines.insert(0, Paragraph("", document.title, "", document.title_line))
    return lines


def header_intros(document: Document) -> list[Intro]:
    """A release or a speech headed by its speakers: a line with a name alone ("Hon Stuart Nash",
    "Senator the Hon Jo Bloggs") above a line with their title ("Minister of Police")."""
    paragraphs, found = header_lines(document), []
    for line, below in zip(paragraphs, paragraphs[1:]):
        name = HEADER_ADDRESS.sub("", line.text.strip().removeprefix("• ")).removesuffix(" MP")
        words = name.split()
        if not (2 <= len(words) <= 4 and looks_like_name(words) and all(is_name_word(w) or INITIAL_DOT.fullmatch(w) for w in words)):
            continue
        anchor = ANCHOR.match(below.text) or ANCHOR.search(below.text, 0, 40)
        title = read_title(below.text, anchor) if anchor else None
        start = line.text.index(name)
        if title and title[5] and title[0] == 0:
            role = Role(normal_title(title[2]), title[3], title[4])
            found.append(Intro(name, line.id or None, start, start + len(name), role, ""))  # a joint release has several
        elif is_portfolio_tag(below.text):
            # "• Jo Bloggs" over "Foreign Affairs": a government site's speech or release, tagged with
            # the portfolio it is filed under; the person is its speaker, the tag no title of theirs
            found.append(Intro(name, line.id or None, start, start + len(name), None, ""))
    return found


def is_portfolio_tag(text: str) -> bool:
    """A line naming a portfolio alone: "Foreign Affairs", "Trade and Export Growth"."""
    words = text.split()
    return 0 < len(words) <= 6 and words[0][:1].isupper() and all(w.lower() in PORTFOLIO_WORDS for w in words)
