"""Who the text is about and who last spoke, carried from sentence to sentence, so that a quote
with no verb of its own goes on with the speaker before it."""

from __future__ import annotations

import re

from ..model import Mention
from .attribution import SPEECH
from .subjects import NOBODY, Index, Speaker, after_verb, speaker_of
from .vocabulary import PRONOUNS

# A sentence's opening phrase, before its subject: "In a statement after talks with Mr Raab, ..."
INTRODUCTORY = re.compile(r"\s*(?:In|After|At|On|During|Following|Before|Despite|With|Speaking|Asked|Writing|Responding|Meanwhile)\b[^,.;:!?\"“”]{0,120},\s")
PASSIVE = re.compile(r"as ")  # "as claimed", "as reported": a verb of speech with no speaker


def continuing(span, text, sentence_start, carried, last, here) -> Speaker:
    """An unattributed quote that opens its sentence continues the speaker before it: the one
    whose quote was left open, the person this paragraph is about, or the last speaker."""
    if span.open <= 0 and carried is not None:
        return carried
    if text[sentence_start:max(span.open, 0)].strip():
        return NOBODY
    return here if here[0] else last


def outside_quotes(found: list[Mention], spans) -> list[Mention]:
    """The mentions (in order) that stand outside every quoted span (in order, none overlapping):
    one pass over both, so a sentence of thousands of quotes stays linear."""
    out, j = [], 0
    for mention in found:
        while j < len(spans) and spans[j].close <= mention.start:
            j += 1
        if not (j < len(spans) and spans[j].open < mention.start < spans[j].close):
            out.append(mention)
    return out


def narrate(text, start, end, spans, mentions, focus, last):
    """Update who the text is about (first person named) and who last spoke, from one sentence."""
    outside = outside_quotes(mentions.between(start, end), spans)
    opening = text[start:end].split(None, 1)[:1]
    # "After talks with Mr Raab in London, Secretary Pompeo accused ...": the subject follows the opening phrase
    lead = INTRODUCTORY.match(text, start, end)
    subject = [m for m in outside if m.start >= lead.end()] if lead else []
    if outside and not (opening and opening[0] in PRONOUNS):
        focus = ((subject or outside)[0].key, None)  # "She pointed to the Navalny affair": she is still the one
    if spans:
        return focus, last  # a sentence with a quote: its speaker is already the last one
    verb = SPEECH.search(text, start, end)
    if verb:
        # Reported speech: "Mr Shearer said he was not convinced". A body speaking
        # ("The National Party has said") leaves no person to continue.
        heard = Index(outside, [m.start for m in outside], mentions.genders, mentions.recent)
        # ("... international airport, says Leader of the Opposition Jo Bloggs.": the speaker after the verb)
        last = speaker_of(text, verb, start, heard, focus) or after_verb(text, verb.end(), end, heard, focus, verb.group()) or NOBODY
        if last[0] and not PASSIVE.match(text, max(0, verb.start() - 3)):
            focus = last  # the one who speaks is the one "he" or "she" will be
        elif last[0]:
            last = NOBODY  # "as claimed in the book by ...": nobody of the sentence spoke
    return focus, last
