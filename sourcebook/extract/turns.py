"""Words given without quotation marks under a label naming their speaker: a transcript's turns
("WRIGHT: How was your holiday?", "Hon BILL ENGLISH: ..."), which run on over the paragraphs
after the label. A statement or a speech introduced by its speaker: `statements`."""

from __future__ import annotations

import re

from ..model import Document, Mention, Person
from .page_intros import SPEAKER_LINE
from .records import ASKING, TITLE_END, person_named
from .spans import quote_spans
from .titles import ANCHOR

# "Hon PHIL GOFF (Minister of Defence): ..." or "Key: ..." opening a transcript paragraph.
SPEAKER_PREFIX = re.compile(r"^(?:\d+\.\s+|Media caption\s+)?(?:(?:Rt\.?\s+)?Hon\.?\s+)?(?:(?i:Dr|Mr|Mrs|Ms|Sir|Dame|Shri|Shrimati|Smt|Senator)\.?\s+)?$")
SPEAKER_COLON = re.compile(r"\s*(?:\([^()]{0,80}\)|,\s+[A-Z][A-Z ,'’&-]{2,60}[A-Z]|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})?(?:\s+(?:to|on\s+behalf\s+of)\s+the\s+[^:]{1,60})?\s*(?::\s+|—\s*)")
# A label in capitals: "PRIME MINISTER: ", "MS NAUERT: ", "QUESTION: ", "Mr SPEAKER: Order!"; and
# a meeting's chair, as its record names them: "The President (spoke in Spanish): "
LABEL = re.compile(r"^((?:Mr|Madam|The)\s+[A-Z][A-Z ]{2,30}[A-Z]|Hon\s+Members|The\s+(?:President|Chair(?:man|person)?|(?:Deputy\s+)?Speaker|Presiding\s+Officer)(?:\s+\([^()]{1,40}\))?|(?:[A-Z][A-Z'’.-]+\s+){0,3}[A-Z][A-Z'’-]{2,}|Q|A"
                   r"|Question|Answer|Journalist|Reporter|Moderator|Media|Host|Presenter|Interviewer|PM|(?:[A-Z][a-z]+ ){0,2}Minister)\s*:\s+")
# A transcript's fields above its turns, in the same capitals: "SUBJECTS: ...", "TOPICS: ..."
FIELD_LABELS = {"SUBJECTS", "SUBJECT", "TOPICS", "TOPIC", "E&OE", "ENDS", "LOCATION", "DATE", "TIME", "EMBARGO"}
# A first name in capitals opening a turn, no colon after it: "GERRY I think ...", "JESSICA $20 billion ..."
BARE_LABEL = re.compile(r"^([A-Z][A-Z'’-]{1,14}) (?=[A-Z0-9$£€“\"‘'])")
BARE_TURNS = 3
INITIALS = re.compile(r"^([A-Z]{2,3}):\s+")
TITLE_COMMA = re.compile(r"(?:The )?[A-Z][\w’'-]*(?: (?:of |for |the )?[A-Z][\w’'-]*){0,4}, $")
BRACKET_COLON = re.compile(r"\)\s*:\s+")
NAME_COLON = re.compile(r"\s*:\s+")
TITLE_THEN_NAME = re.compile(r"^(?:The )?[A-Z][\w’' -]{2,60} \((?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Shri|Shrimati|Smt|Hon|Deputy|Senator)\.?\s+)?$")
# A parliamentary question, numbered, in its asker's words: "49. Deputy Jo Bloggs asked the Minister for ..."
NUMBERED_ASKER = re.compile(r"^\d+\.\s+(?:(?:Deputy|Senator|Mr|Mrs|Ms|Dr)\.?\s+)?$")
MARKS = re.compile(r"[\"“”‘]")
Speaker = tuple  # (person key or None, name as written or None)


def label_speaker(text: str, mentions: list[Mention], people: tuple[Person, ...],
                  transcript: bool = True, answerer: str | None = None, bare: frozenset[str] = frozenset()) -> tuple[Speaker, int] | None:
    """A transcript turn's speaker and where their words start, or None when the paragraph is none.
    A label in capitals that names nobody of the text ("QUESTION:") counts only in a `transcript`:
    elsewhere "WELLINGTON:" opens a wire story and "SAD DAY:" is a subheading. "A:" is the
    `answerer`, the one person the transcript's title names, or nobody we can name."""
    first = mentions[0] if mentions else None
    if first is not None and SPEAKER_PREFIX.match(text[:first.start]):
        colon = SPEAKER_COLON.match(text, first.end)
        if colon:
            return (first.key, None), colon.end()
    if first is not None and NUMBERED_ASKER.match(text, 0, first.start) and (
            text.startswith(" asked the ", first.end) or not text[first.end:].strip()):  # (or cut off after the name)
        return (first.key, None), 0
    if first is not None and TITLE_COMMA.match(text, 0, first.start):
        colon = NAME_COLON.match(text, first.end)  # "The Secretary-General, Jo Bloggs: ..."
        if colon:
            return (first.key, None), colon.end()
    if first is not None and TITLE_THEN_NAME.match(text[:first.start]):
        colon = BRACKET_COLON.match(text, first.end)  # "External Affairs Minister (Jo Bloggs): ..."
        if colon:
            return (first.key, None), colon.end()
    label = LABEL.match(text)
    if not label and bare:
        word = BARE_LABEL.match(text)
        if word and word.group(1) in bare and any(c.islower() for c in text[word.end():word.end() + 80]):  # "GERRY I think it is realistic." in a transcript set that way
            return (person_named(word.group(1), people), word.group(1)), word.end()
    if not label:
        initials = INITIALS.match(text)  # "WH: ..." after "William Hague: ...", as gov.uk sets interviews
        holder = initials and initials_of(initials.group(1), people)
        return ((holder, None), initials.end()) if holder else None
    if not label:
        return None
    if label.group(1).upper() in FIELD_LABELS:
        return None  # "SUBJECTS: Harbour; roads; the budget.": a transcript's field, no one's words
    if label.group(1) in ("A", "Answer"):
        return ((answerer, None) if transcript else None), label.end()
    person = person_named(label.group(1), people)
    if person is None and answerer and TITLE_END.fullmatch(label.group(1).strip()) \
            and any(p.key == answerer and p.role for p in people):
        person = answerer  # "Minister:" in an interview whose title names the one minister
    if person is None and not transcript and not ANCHOR.search(label.group(1)) and label.group(1) not in ASKING:
        return None  # "WELLINGTON:" opens a wire story; "PRIME MINISTER:" is someone speaking
    return (person, label.group(1)), label.end()


def initials_of(initials: str, people: tuple[Person, ...]) -> str | None:
    """The one person of the text whose name's initials these are ("WH" is William Hague)."""
    owners = {p.key for p in people if "".join(w[0] for w in p.name.split() if w[:1].isupper()) == initials}
    return owners.pop() if len(owners) == 1 else None


def answerer(document: Document, people: tuple[Person, ...]) -> str | None:
    """Who answers in a transcript of questions and answers: the one person its title names
    ("Press Conference by Minister Nishimura", "Interview with Jo Bloggs"), or the one minister of those it names."""
    named = named_in(document.title, people)
    if len(named) > 1:  # "Transcript of Minister Jo Bloggs's interview with Al Smith": the minister answers
        named = {p.key for p in people if p.key in named and p.role}
    return named.pop() if len(named) == 1 else None


def named_in(text: str, people: tuple[Person, ...]) -> set[str]:
    """The people whose surname the text holds."""
    return {p.key for p in people if re.search(r"\b" + re.escape(p.name.split()[-1]) + r"\b", text)}


def is_transcript(document: Document) -> bool:
    """Turns taken: two paragraphs or more open with a speaker's label in capitals."""
    return sum(1 for p in document.paragraphs if LABEL.match(p.text) or SPEAKER_LINE.match(p.text)) >= 2 \
        or bool(bare_labels(document))


def bare_labels(document: Document) -> frozenset[str]:
    """The labels of a transcript that sets its speakers' first names in capitals with no colon
    ("JESSICA Thanks, Greg." then "GERRY I think ..."): words in capitals that open three
    paragraphs or more, two of them at least twice. One such word is a dateline or a heading."""
    counts: dict[str, int] = {}
    for paragraph in document.paragraphs:
        word = BARE_LABEL.match(paragraph.text)
        if word and word.group(1) not in FIELD_LABELS and any(c.islower() for c in paragraph.text[word.end():word.end() + 80]):
            counts[word.group(1)] = counts.get(word.group(1), 0) + 1
    if sum(counts.values()) < BARE_TURNS or sum(1 for n in counts.values() if n >= 2) < 2:
        return frozenset()
    return frozenset(counts)


def is_unmarked(text: str) -> bool:
    """A paragraph with no quotation mark: the speaker's words run through it whole. (Straight
    single marks are apostrophes too: only a quoted passage read as one counts.)"""
    return not MARKS.search(text) and ("'" not in text or not quote_spans(text))
