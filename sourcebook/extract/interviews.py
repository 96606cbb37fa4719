"""A newspaper's question-and-answer interview: an introduction says who spoke to whom ("Political
editor Jo Bloggs spoke to Ana Ruiz"), then each question is set off with "Q." and the answer
follows it unlabelled, one paragraph or several, until the next question."""

from __future__ import annotations

import re

from ..model import Document, Mention, Person
from .turns import Speaker, is_unmarked

QUESTION = re.compile(r"^Q[.:]\s+(?=\S)")
QUESTIONS = 2  # at least: one "Q." may be anything
# "Jo Bloggs spoke to Ana Ruiz", "Jo Bloggs interviewed Ana Ruiz", "in an interview with Ana Ruiz"
SPOKE_TO = re.compile(r"\b(?:spoke|speaks|talked|talks|chatted|sat down) (?:to|with)\b|\binterview(?:ed|s)?(?: with)?\b")


def interview_turns(document: Document, people: tuple[Person, ...],
                    mentions: dict[str, list[Mention]]) -> dict[str, tuple[Speaker, int]]:
    """Paragraph id -> (speaker, where their words start) for the questions and answers of such an
    interview, when its introduction names the one interviewed; the questions are the
    interviewer's where the same sentence names them, otherwise nobody's we can name."""
    paragraphs = document.paragraphs
    first = next((i for i, p in enumerate(paragraphs) if QUESTION.match(p.text)), None)
    if first is None or sum(1 for p in paragraphs if QUESTION.match(p.text)) < QUESTIONS:
        return {}
    asker, answerer = None, None
    for paragraph in paragraphs[:first]:
        verb = SPOKE_TO.search(paragraph.text)
        if not verb:
            continue
        named = mentions.get(paragraph.id, [])
        before = [m for m in named if m.end <= verb.start() and not paragraph.text[m.end:verb.start()].strip(" ,").count(".")]
        after = [m for m in named if m.start >= verb.end()]
        if after:
            answerer, asker = after[0].key, before[-1].key if before else None
            break
    if answerer is None:
        return {}
    turns: dict[str, tuple[Speaker, int]] = {}
    answering = False
    for paragraph in paragraphs[first:]:
        question = QUESTION.match(paragraph.text)
        if question:
            turns[paragraph.id] = ((asker, None), question.end())
            answering = True
        elif answering and is_unmarked(paragraph.text):
            turns[paragraph.id] = ((answerer, None), 0)
    return turns
