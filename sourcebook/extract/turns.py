"""Words given without quotation marks, whose speaker the text sets out beforehand: a
transcript's turns ("WRIGHT: How was your holiday?", "Hon BILL ENGLISH: ..."), which run on
over the paragraphs after the label, and a statement or a speech introduced by its speaker
("The Minister issued the following statement:", a release headed by the minister's name)."""

from __future__ import annotations

import re

from ..model import Document, Mention, Person
from ..page_lines import speaker_heading
from .page_intros import SPEAKER_LINE, header_lines
from .records import ADDRESS, ASKING, HEADER_WIDTH, TITLE_END, is_speech, person_named
from .spans import quote_spans
from .subjects import NOBODY, Index, speaker_of
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
TITLE_THEN_NAME = re.compile(r"^(?:The )?[A-Z][\w’' -]{2,60} \((?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Shri|Shrimati|Smt|Hon|Deputy|Senator)\.?\s+)?$")
# A parliamentary question, numbered, in its asker's words: "49. Deputy Jo Bloggs asked the Minister for ..."
NUMBERED_ASKER = re.compile(r"^\d+\.\s+(?:(?:Deputy|Senator|Mr|Mrs|Ms|Dr)\.?\s+)?$")
# "... issued the following statement:", "The Minister said:" closing a paragraph.
STATEMENT_INTRO = re.compile(r"(?i)\b(?:statement|remarks|says|said|added|wrote)(?:\s+(?:here|below|in full))?"
                             r"(?:\s+(?:on|about|regarding|marking)\s+[^:.]{1,60})?\s*:\s*$")  # "... statement on World Fisheries Day:"
# A text introduced as someone's words that follow: "Below is the text of the statement made by ..."
# "Read the full transcript of Jo Bloggs's speech ...", "The statement made by Jo Bloggs, the Minister, on ..."
TEXT_OF = re.compile(r"(?i)\b(?:below|following|here)\b[^.]{0,30}?\b(?:full )?(?:text|transcript) of (?:the |a |an |his |her )?"
                     r"(?:[\w-]+ ){0,2}(?:statement|speech|remarks|address|article|letter)\b[^.]{0,40}?\bby\s"
                     r"|\b(?:full )?(?:text|transcript) of (?=(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})['’]s? (?:[\w-]+ ){0,2}"
                     r"(?:statement|speech|remarks|address)\b)"
                     r"|^the (?:statement|speech|remarks|address) (?:made|given|delivered) by\s"
                     # a speech page's note of who gave it: "As delivered by Minister Jo Bloggs"
                     r"|^as (?:delivered|prepared for delivery) by\s"
                     # a release's line over the text it gives: "Statement by Ambassador Jo Bloggs, ... at the Council"
                     r"|^(?:joint |opening |closing )?(?:statement|remarks|speech|address) (?:(?:made|given|delivered) )?by\s")
TEXT_OF_WIDTH = 300
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|us|me)\b")
SPOKEN_TITLE = re.compile(r"^(?:(?:Press |Media |Joint |Ministerial |Opening |Closing |Keynote |Welcome )?(?:Statement|Remarks|Speech|Address)"
                          r"|Transcript)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:said|says|told)\b")
UNLABELLED_TITLE = re.compile(r"(?i)\b(?:transcript|doorstop|interview)\b")  # a record of questions put to the speaker
QUESTION_WORDS = 60
MARKS = re.compile(r"[\"“”‘]")
HEADER_EXTRA = re.compile(r",.*$| MP$")  # "Antony J. Blinken, Secretary of State", "The Hon Greg Hunt MP"
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
        colon = re.compile(r"\s*:\s+").match(text, first.end)  # "The Secretary-General, Jo Bloggs: ..."
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


def statement_speakers(document: Document, people: tuple[Person, ...], mentions: dict[str, list[Mention]]) -> dict[str, Speaker]:
    """Paragraph id -> the speaker of a statement or speech it belongs to."""
    out: dict[str, Speaker] = {}
    spoken = bool(SPOKEN_TITLE.match(document.title))  # "Statement: ...", "Remarks on ...": all of it is
    # (a transcript's header may name its questioners; a speech's names its speaker)
    speaker = header_speaker(document, people, anyone=spoken and not document.title.lower().startswith("transcript"))
    if speaker is None:
        speaker = title_speaker(document.title, people)  # "Remarks by Jo Bloggs at ...", "Jo Bloggs's remarks ..."
        spoken = spoken or speaker is not None
    if speaker and UNLABELLED_TITLE.search(document.title):
        asked = asked_and_answered(document.paragraphs, speaker)
        if asked:
            return asked
    introduced = False  # the paragraph before said "... said:": this one is the words it announced
    for paragraph in document.paragraphs:
        here = mentions.get(paragraph.id, [])
        # (a paragraph that does not end in a colon introduces nothing: the search is slow)
        intro = STATEMENT_INTRO.search(paragraph.text) if paragraph.text.rstrip().endswith(":") else None
        found = intro and introducer(paragraph.text, intro, here, people)
        text_of = TEXT_OF.search(paragraph.text) if (not found and len(paragraph.text) < TEXT_OF_WIDTH
                                                     and (" of " in paragraph.text or " by " in paragraph.text)) else None  # (the cheap test first)
        if text_of:  # "Below is the text of the statement made by Jo Bloggs, the Foreign Secretary, ..."
            # (after "transcript of", the name itself: "... of Jo Bloggs's speech")
            exact = text_of.group().endswith(" of ")
            found = next(((m.key, None) for m in here if m.start >= text_of.end() and not (exact and m.start > text_of.end())), None)
            spoken = spoken or bool(found)  # all that follows is the statement
        if found:
            speaker, introduced = found, True  # "Minister X issued the following statement:"
            continue
        first, introduced = introduced, False
        if paragraph.text.startswith("•") and len(paragraph.text.split()) > 5 and not paragraph.text.endswith((".", "!", "?", '"', "”")):
            speaker = None  # "• Jo Bloggs – 2024 Speech at ...": a listing's next item
            continue
        if LABEL.match(paragraph.text) or speaker_heading(paragraph.text) or (here and label_speaker(paragraph.text, here, people)):
            speaker = None  # a transcript: its labels say who speaks
            continue
        if not speaker or any(m.key == speaker[0] for m in here) or REPORTED.search(paragraph.text):
            continue  # a paragraph about the speaker, or reporting them, is the writer's
        if (first or spoken) and is_speech(paragraph.text) or MARKS.search(paragraph.text) or FIRST_PERSON.search(paragraph.text):
            out[paragraph.id] = speaker
    return out


# A title that says whose words the text gives: "Remarks by Secretary Jo Bloggs at the ...",
# "Foreign Minister Jo Bloggs's remarks and answers to media questions ..."
TITLE_SPEAKER = re.compile(r"^(?:(?:Joint |Opening |Closing )?(?:Statement|Remarks|Speech|Address|Comments|Keynote address) by (?P<by>.{3,80}?)"
                           r"(?= (?:on|at|to|in|following|before|after|during)\b|,|:|$)|(?P<owner>.{3,80}?)['’]s? (?:opening |closing )?"
                           r"(?:statement|remarks|speech|address|comments)\b"
                           # "Taoiseach Jo Bloggs Dáil Statement on ...": the speaker's name, then the kind of text
                           r"|(?P<lead>(?:[A-Z][\w'’-]+ ){1,4}[A-Z][\w'’-]+) (?:[A-Z][\w'’-]+ )?(?:Statement|Speech|Address|Remarks) (?:on|at|to)\b)")


THE_TITLE = re.compile(r"\bthe ((?:[\w’'-]+ ){0,2}[\w’'-]+)\s+$", re.IGNORECASE)


def introducer(text: str, intro: re.Match, here: list[Mention], people: tuple[Person, ...]) -> Speaker | None:
    """Who "... said:" or "... issued the following statement:" introduces: the verb's subject
    ("Responding to ... Dr Jo Bloggs, Senior Secretary Al Smith said:" is Al Smith's), or the one
    person whose title the subject gives ("On Ukraine, the Tánaiste said:")."""
    if here:
        start = max(text.rfind(". ", 0, intro.start()) + 1, 0)
        found = speaker_of(text, intro, start, Index(here, [m.start for m in here]), NOBODY)
        return (found[0], None) if found and found[0] else (here[0].key, None)
    titled = THE_TITLE.search(text, max(0, intro.start() - 60), intro.start())
    if titled:
        words = titled.group(1).lower().split()
        holders = {p.key for p in people if p.role and any(words[-1] in r.title.lower().split() for r in (p.role, *p.also))}
        if len(holders) == 1:
            return (holders.pop(), None)
    return None


def title_speaker(title: str, people: tuple[Person, ...]) -> Speaker | None:
    """The one person of the text a spoken text's title says the words are of."""
    match = TITLE_SPEAKER.match(title)
    if not match:
        return None
    part = match.group("by") or match.group("owner") or match.group("lead")
    named = named_in(part, people)
    return (named.pop(), None) if len(named) == 1 else None


def asked_and_answered(paragraphs, speaker: Speaker) -> dict[str, Speaker]:
    """A doorstop or an interview its page sets out with no labels at all: from the first question
    on, each question (a short paragraph ending in "?") is a journalist's, nobody we can name, and
    each other paragraph is the speaker's answer. Two questions at least, and no labelled turn."""
    questions = [i for i, p in enumerate(paragraphs) if p.text.rstrip().endswith("?") and len(p.text.split()) <= QUESTION_WORDS]
    if len(questions) < 2 or any(LABEL.match(p.text) for p in paragraphs):
        return {}
    # (a copy cut off mid-sentence may have cut a question short: its last words are no one's we know)
    cut = not paragraphs[-1].text.rstrip().endswith((".", "!", "?", "…", ")", "”", "’", '"', "'"))
    return {p.id: NOBODY if i in questions else speaker for i, p in enumerate(paragraphs[questions[0]:], questions[0])
            if is_unmarked(p.text) and not (cut and i == len(paragraphs) - 1)}


def header_speaker(document: Document, people: tuple[Person, ...], anyone: bool = False) -> Speaker | None:
    """A release or a speech headed by its speaker alone on a line: "Hon Dr Jonathan Coleman",
    "Jacinda Ardern", "Antony J. Blinken, Secretary of State". Only a minister heads a release with
    their name (a reporter's byline heads a report), but `anyone` heads a text its title calls a speech."""
    names = {p.name: p.key for p in people if p.role or anyone}
    found = []
    # (a name line above the headline left the body with the page's chrome; it still heads the release)
    above = [d.text for d in document.dropped if d.reason == "page chrome" and d.line < document.title_line]
    for line in above + [p.text for p in header_lines(document)]:
        if len(line) > HEADER_WIDTH:
            if len(line) > 200:
                break
            continue
        text = HEADER_EXTRA.sub("", line.removeprefix("• ")).removeprefix("Senator ")
        while ADDRESS.match(text) or text.startswith(("The ", "the ")):
            text = ADDRESS.sub("", text).removeprefix("The ").removeprefix("the ")
        text = re.sub(r"^(?:Dr|Sir|Dame)\s+", "", text)
        if text in names and names[text] not in found:
            found.append(names[text])
    # a joint release of two ministers says whose words are whose in the text, if anywhere
    return (found[0], None) if len(found) == 1 else None


def is_unmarked(text: str) -> bool:
    """A paragraph with no quotation mark: the speaker's words run through it whole. (Straight
    single marks are apostrophes too: only a quoted passage read as one counts.)"""
    return not MARKS.search(text) and ("'" not in text or not quote_spans(text))
