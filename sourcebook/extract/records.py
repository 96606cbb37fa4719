"""The layout of a parliament's record and of a transcript: lines that name who speaks next
("Andy Smith (Northtown) (Lab)", a member's portrait, "QUESTION" or "MINISTER LOWE" alone on a
line, "Asked by Dr Jo Bloggs"), a record copied without its speakers' names, and what counts as
someone's speech there rather than the page's furniture."""

from __future__ import annotations

import re

from ..model import Document, Person
from ..page_lines import PORTRAIT, speaker_heading, without_portrait
from .attribution import MIN_WORDS
from .mentions import person_of
from .names import title_case
from .page_intros import photo_speaker
from .titles import ANCHOR

ADDRESS = re.compile(r"^(?i:mr|mrs|ms|miss|dr|sir|dame|hon|rt hon|madam|lord|baroness|lady|viscount|earl)\.?\s+")
HEADER_WIDTH = 120
SPOKEN_END = (".", "!", "?", ",", ":", ";", "—", "–", "-", '"', "”", "’")
Speaker = tuple  # (person key or None, name as written or None)


def heading_speaker(text: str, people: tuple[Person, ...], debate: bool) -> Speaker | None:
    """In a `debate`, a line that only names who speaks next: "The Prime Minister (Mrs Jo Bloggs)",
    "Andy Smith (Northtown) (Lab)", or, once they have spoken, the name alone ("Mr. Smith")."""
    photo = photo_speaker(text)
    if photo:  # "Photo of Jo Bloggs Jo Bloggs The Minister for Ports 11:32 am": unmistakable on its own
        key = person_of(photo[0], people)
        return key, None if key else photo[0]
    # ("Jo Bloggs Portrait Jo Bloggs (Northtown) (Con)": a record's speaker line, unmistakable on its own too)
    if not (debate or PORTRAIT.match(text)) or len(text) > HEADER_WIDTH:
        return None
    match = speaker_heading(text)
    name = ADDRESS.sub("", (match.group("named") or match.group("member")) if match else without_portrait(text))
    key = person_of(name, people)
    portrait = PORTRAIT.match(text)
    alt = text[:portrait.end()].removesuffix(" Portrait ").strip() if portrait else ""
    if key is None and alt != name and alt.split()[-1:] == name.split()[-1:] and len(alt.split()) <= 4:
        # "Jo Bloggs Portrait Mr Bloggs": the picture's caption gives the member's full name
        name, key = alt, person_of(alt, people)
    if match:
        return key, None if key else name
    return (key, None) if key and not text.endswith(SPOKEN_END) else None


# A written question's asker and answerer: "Asked by Dr Jo Bloggs", "Answered by: Sir Al Smith"
WRITTEN_BY = re.compile(r"^(?:Asked|Answered) by:?\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Baroness|Lady)\.?\s+)?"
                        r"([A-Z][\w'’.-]*(?: (?:de |van |von )?[A-Z][\w'’.-]*){1,3})(?:\s+\([^()]{1,60}\))?$")


def written_speaker(text: str, people: tuple[Person, ...]) -> Speaker | None:
    """Who asks or answers a written question, from its line "Asked by ..." or "Answered by: ..."."""
    match = WRITTEN_BY.match(text) if text.startswith(("Asked", "Answered")) else None
    if not match:
        return None
    key = person_of(match.group(1), people)
    return key, None if key else match.group(1)


def is_debate(document: Document) -> bool:
    """Two lines or more name a speaker above their words, as a parliament's record sets them."""
    return sum(1 for p in document.paragraphs if speaker_heading(p.text)) >= 2


# A parliament's record dates itself as one: "Volume 683: debated on Tuesday 3 November 2020"
RECORD_DATE = re.compile(r"\bdebated on\b|\b(?:HC|HL) Deb\b")
RECORD_TOP = 4  # paragraphs: the record's date line stands right under its title
SPEECH_WORDS = 8
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")  # a paragraph this long, or ending in punctuation, is someone's speech


def record_speeches(document: Document) -> set[str]:
    """A parliament's record that shows no speakers' names (a debate's page copied without them):
    every paragraph below its date line is someone's speech, whose speaker the text does not
    give. Chair's notes ("[Sir Jo Bloggs in the Chair]") and page links ("Share this debate") are none."""
    top = [i for i, p in enumerate(document.paragraphs[:RECORD_TOP]) if RECORD_DATE.search(p.text)]
    if not top:
        return set()
    return {p.id for p in document.paragraphs[top[0] + 1:] if not p.text.startswith("[") and is_speech(p.text)}


def is_speech(text: str) -> bool:
    """Words someone says, not a page's label or link ("Contacts", "Share this debate"): a
    sentence, a salutation ("Mr Secretary General, Colleagues") or a long run of words."""
    words = len(text.split())
    if YEAR.search(text) and not LOWER_WORD.search(text):
        return False  # "March 12, 2018 - Harbourtown": a date line
    return words >= MIN_WORDS and (text.rstrip().endswith(SPOKEN_END) or "," in text or words >= SPEECH_WORDS)


def person_named(label: str, people: tuple[Person, ...]) -> str | None:
    """The person a label in capitals names: 'WRIGHT' or 'MS NAUERT' is the one person of that
    surname, 'MONIQUE WRIGHT' the one of that name, 'MINISTER ANDREWS' the one Andrews; a title
    alone ('PRIME MINISTER') is nobody; 'PRIME MINISTER KEY' or 'VICE PRESIDENT BIDEN' the one Key, Biden."""
    words = [title_case(w) for w in ADDRESS.sub("", label).split()]
    key = person_of(" ".join(words), people)
    if key is None and len(words) > 1 and TITLE_END.search(" ".join(words[:-1])):
        key = person_of(words[-1], people)
    if key is None and len(words) == 1:  # "JULIEBISHOP:", the page's markup having run the name together
        glued = {p.key for p in people if " " in p.name and "".join(p.name.split()).upper() == label.upper()}
        key = glued.pop() if len(glued) == 1 else None
    return key



TITLE_END = re.compile(r"(?:^|\s)(?:" + ANCHOR.pattern + r")$")  # "Minister", "Prime Minister", "Vice President"
# A turn's label on a line of its own, its words in the paragraphs below: "QUESTION", "MINISTER ANDREWS"
LONE_LABEL = re.compile(r"^(?:(?i:mr|ms|mrs|dr)\.?\s+)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}$|^Q$")
NAMED_LABEL = re.compile(r"^(?:Q\d+\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})$")
CHAIR_LABELS = {"Chair", "Chairman", "Chairwoman", "The Chair"}
ASKING = {"Question", "Journalist", "Reporter", "Moderator", "Media", "Host", "Presenter", "Interviewer"}  # labels no wire story opens with
ASKING_LABELS = {w.upper() for w in ASKING} | {"Q", "HOST", "PRESENTER", "INTERVIEWER"}
LONE_LABEL_WIDTH = 40


def lone_labels(document: Document, people: tuple[Person, ...]) -> dict[str, Speaker]:
    """Paragraph id -> the speaker a label on a line of its own names, in a transcript set out
    that way: two such labels at least, each naming a person of the text, a title or the
    questioner. A line in capitals that is none of these ("ADVERTISEMENT") is no label."""
    found = {}
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        label = text.removesuffix(":").rstrip()  # "ANDREW MARR:" over the turn, as the BBC sets it
        if len(label) <= LONE_LABEL_WIDTH and LONE_LABEL.match(label):
            person = person_named(label, people)
            if person or label in ASKING_LABELS or ANCHOR.search(label):
                found[paragraph.id] = (person, label)
        elif text.endswith(":") and len(label) <= LONE_LABEL_WIDTH and NAMED_LABEL.match(label):
            # a committee's evidence: "Q1 Chair:" or "Dr Fox:" on a line of its own over the words
            bare = NAMED_LABEL.match(label).group(1)
            person = person_named(bare, people)
            if person or bare in CHAIR_LABELS:
                found[paragraph.id] = (person, bare)
    return found if len(found) >= 2 else {}
