"""Whose words a statement, a speech or a release gives: the speaker its header, its title or a
line introducing it names ("... issued the following statement:", "Statement by Ambassador Jo
Bloggs"), paragraph by paragraph; and a doorstop set out with no labels at all."""

from __future__ import annotations

import re

from ..model import Document, Mention, Person
from ..page_lines import speaker_heading
from .page_intros import header_lines
from .records import ADDRESS, HEADER_WIDTH, is_speech
from .subjects import NOBODY, Index, speaker_of
from .turns import LABEL, MARKS, Speaker, is_unmarked, label_speaker, named_in

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
HEADER_EXTRA = re.compile(r",.*$| MP$")  # "Antony J. Blinken, Secretary of State", "The Hon Greg Hunt MP"
# A title that says whose words the text gives: "Remarks by Secretary Jo Bloggs at the ...",
# "Foreign Minister Jo Bloggs's remarks and answers to media questions ..."
TITLE_SPEAKER = re.compile(r"^(?:(?:Joint |Opening |Closing )?(?:Statement|Remarks|Speech|Address|Comments|Keynote address) by (?P<by>.{3,80}?)"
                           r"(?= (?:on|at|to|in|following|before|after|during)\b|,|:|$)|(?P<owner>.{3,80}?)['’]s? (?:opening |closing )?"
                           r"(?:statement|remarks|speech|address|comments)\b"
                           # "Taoiseach Jo Bloggs Dáil Statement on ...": the speaker's name, then the kind of text
                           r"|(?P<lead>(?:[A-Z][\w'’-]+ ){1,4}[A-Z][\w'’-]+) (?:[A-Z][\w'’-]+ )?(?:Statement|Speech|Address|Remarks) (?:on|at|to)\b)")
THE_TITLE = re.compile(r"\bthe ((?:[\w’'-]+ ){0,2}[\w’'-]+)\s+$", re.IGNORECASE)


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
