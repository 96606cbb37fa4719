"""Quoted passages and who said them."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Mention, Person, Quote
from .attribution import (
    MIN_WORDS,
    NOBODY,
    Index,
    Speaker,
    attribute,
    continuing,
    narrate,
)
from .spans import OPENING, masked, quote_spans
from .vocabulary import WORD

# A sentence ends at . ! ? followed by a space, except after a title of address ("Mr. Key").
SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?](?=\s|$)")
# "Hon PHIL GOFF (Minister of Defence): ..." or "Key: ..." opening a transcript paragraph.
SPEAKER_PREFIX = re.compile(r"^(?:\d+\.\s+)?(?:(?:Rt\.?\s+)?Hon\.?\s+)?(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$")
SPEAKER_COLON = re.compile(r"\s*(?:\([^()]{0,80}\))?(?:\s+to\s+the\s+[^:]{1,60})?\s*:\s+")
# A transcript speaker we cannot name as a person: "Mr SPEAKER: Order!"
UNNAMED_SPEAKER = re.compile(r"^((?:Mr|Madam|The)\s+[A-Z][A-Z ]{2,30}[A-Z]|Hon\s+Members|[A-Z]{3,}(?:\s+[A-Z]{3,})*)\s*:\s+")
ADDRESS_GENDER = {"Mr": "he", "Sir": "he", "Ms": "she", "Mrs": "she", "Miss": "she", "Dame": "she"}
RECENT = 12  # people named in earlier paragraphs that "he" or "she" may still mean


def find_quotes(
    document: Document, people: tuple[Person, ...], mentions: tuple[Mention, ...]
) -> tuple[Quote, ...]:
    """Every quoted passage of a document, attributed to its speaker where the text says who."""
    by_paragraph: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "person":
            by_paragraph.setdefault(mention.paragraph, []).append(mention)
    quotes: list[Quote] = []
    state = (NOBODY, NOBODY, None)  # focus, last speaker, speaker of a quote left open
    waiting: list[int] = []  # quotes left open with no speaker: the paragraph they run on into may name one
    genders = genders_of(mentions)
    recent: list[str] = []
    for paragraph in document.paragraphs:
        found_here = by_paragraph.get(paragraph.id, [])
        index = Index(found_here, [m.start for m in found_here], genders, tuple(recent[-RECENT:]))
        recent += [m.key for m in found_here]
        found, state = paragraph_quotes(paragraph.id, paragraph.text, index, state)
        # A quote running over paragraphs opens each with a mark and is attributed once, often
        # at its end: '"We are proud.' then '"They did well," he said.'
        runs_on = bool(found) and OPENING.fullmatch(paragraph.text, 0, found[0].start) is not None
        if waiting and runs_on and (found[0].speaker or found[0].speaker_name):
            for i in waiting:
                quotes[i] = replace(quotes[i], speaker=found[0].speaker, speaker_name=found[0].speaker_name)
        quotes += found
        waiting = (waiting if runs_on else []) + [len(quotes) - 1] if state[2] == NOBODY else []
    return tuple(quotes)


def paragraph_quotes(pid: str, text: str, mentions: Index, state):
    """The quotes of one paragraph, and the state the next paragraph starts from."""
    focus, last, carried = state
    transcript = transcript_speaker(text, mentions.mentions)
    if transcript:
        speaker, start = transcript
        end = len(text.rstrip())
        return [Quote(speaker[0], speaker[1], pid, start, end, text[start:end])], (speaker, speaker, None)
    spans = quote_spans(text)
    mask = masked(text, spans)
    quotes, cursor, here, k = [], 0, NOBODY, 0  # here: the person this paragraph's narration is about
    for sentence_end in [m.end() for m in SENTENCE_END.finditer(mask)] + [len(text)]:
        if sentence_end <= cursor:
            continue
        first = k
        while k < len(spans) and spans[k].open < sentence_end:
            span, k = spans[k], k + 1
            speaker = attribute(text, spans, k - 1, mentions, cursor, sentence_end, focus)
            words = len(WORD.findall(text[span.start:span.end]))
            if speaker is None and words < MIN_WORDS:
                continue  # a scare quote: "the club", "mission creep"
            if speaker is None:
                speaker = continuing(span, text, cursor, carried, last, here)
            carried = None
            quotes.append(Quote(speaker[0], speaker[1], pid, span.start, span.end, text[span.start:span.end]))
            focus, last = (speaker, speaker) if speaker[0] else (focus, speaker)
        focus, last = narrate(text, cursor, sentence_end, spans[first:k], mentions, focus, last)
        here = focus if mentions.between(cursor, sentence_end) else here
        cursor = sentence_end
    left_open = bool(spans) and spans[-1].close == len(text) and bool(quotes) and quotes[-1].end == spans[-1].end
    return quotes, (focus, last, (quotes[-1].speaker, quotes[-1].speaker_name) if left_open else None)


def genders_of(mentions) -> dict[str, str]:
    """'Mr Peters' is he, 'Ms Ardern' she: the pronoun each person takes, where the text's own
    forms of address say, and only when they agree."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        word = m.text.split(" ", 1)[0].rstrip(".") if m.kind == "person" else ""
        if word in ADDRESS_GENDER:
            seen.setdefault(m.key, set()).add(ADDRESS_GENDER[word])
    return {key: found.pop() for key, found in seen.items() if len(found) == 1}


def transcript_speaker(text: str, mentions: list[Mention]) -> tuple[Speaker, int] | None:
    """'Hon PHIL GOFF (Minister of Defence): words': the speaker and where their words start."""
    first = mentions[0] if mentions else None
    if first is not None and SPEAKER_PREFIX.match(text[:first.start]):
        colon = SPEAKER_COLON.match(text, first.end)
        if colon:
            return (first.key, None), colon.end()
    unnamed = UNNAMED_SPEAKER.match(text)
    return ((None, unnamed.group(1)), unnamed.end()) if unnamed else None
