"""Who said a quoted passage: the tag after it ('," Peters said.') or the verb of speech before it
in the same sentence ('Brownlee said: "'). Whose the verb is: `subjects`; the speaker a quote with
no verb goes on with: `narration`."""

from __future__ import annotations

import re

from .names import read_name, word_pattern
from .subjects import (
    DETERMINERS,
    NOBODY,
    Speaker,
    after_verb,
    pronoun_speaker,
    speaker_of,
)
from .vocabulary import PRONOUNS, SPEECH_VERBS, WORD

SPEECH = re.compile(r"\b" + word_pattern(SPEECH_VERBS | {"According"}) + r"\b")
# Before a quote with no verb of speech, verbs that put words in their subject's mouth too: 'Parly
# called the deal "a stab in the back"'; not in the passive ('was called "a hero"').
QUOTING = re.compile(r"\b" + word_pattern(SPEECH_VERBS | {
    "According", "called", "calls", "calling", "described", "describes", "describing", "labelled", "labeled",
    "branded", "dubbed", "termed", "adding"}) + r"\b")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$")
DASH_TAG = re.compile(r"[.,]?\s*[—–-]+\s*")  # '"We are proud." — Ron Mark': the speaker signs the quote
# A speaker that belongs to someone: "Mr Schmitt's office", "the minister's spokesman"
OWNED_SPEAKER = re.compile(r"(?:^|,\s*)((?:[\w.-]+\s+){0,3}[\w-]+['’]s\s+(?:office|spokesman|spokeswoman|spokesperson|lawyers?"
                           r"|ministry|department|team|family|campaign|party|government|embassy|aides?))$")
# Between a speaker's name and the verb: who they are, set off by commas
APPOSED = re.compile(r"(?:,\s+[^,;.!?\"“”]{2,120}){1,2},\s*(?:(?:also|later|then|earlier)\s+)?")
CLOSING_TAG_WORDS = 3  # '..., he said on Tuesday.': a tag that ends the sentence
CONNECTIVE = re.compile(r"\s*(?:,|and|or|but|,\s*and|as well as)\s*")
PLURAL_SUBJECTS = {"they", "we", "they both", "both"}
MIN_WORDS = 3  # shorter quoted passages are scare quotes ("the club") unless a speech verb claims them
MAX_TAG_WORDS = 8  # "," opposition defence spokesman Mark Mitchell said": the tag is short
AGE_EPITHET = re.compile(r"(?i)the \d{1,3}-year-old")
OWN_SUBJECT = re.compile(r"[A-Z][\w'’-]+\s+$")  # a capitalised word just before the verb: its subject, named or not
NEXT_PRONOUN = re.compile(r"\s+(?:He|She|They|We|I)\s")
ADDRESSED = re.compile(r"\b(?:told|asked|urged|warned|thanked|met|called\s+on|criticised|criticized)\s+(?:\S+\s+){0,3}$")
COORDINATED_VERB = re.compile(r"[\s,]*(?:and|but)\s+" + word_pattern(SPEECH_VERBS) + r"\b")  # "... and said"


def attribute(text, spans, k, mentions, sentence_start, sentence_end, focus) -> Speaker | None:
    """The speaker a speech verb names after quote k, or before it in the same sentence."""
    span = spans[k]
    nxt = spans[k + 1].open if k + 1 < len(spans) else len(text)
    after = (span.close + 1, min(sentence_end, nxt))
    # '... this." She said Canada had ...': a quote closed by a full stop ends its sentence, and
    # a capitalised pronoun after it opens the next one, which is no tag of this quote
    ended = text[span.start:span.end].rstrip().endswith((".", "!", "?")) and NEXT_PRONOUN.match(text, span.close + 1)
    words = len(WORD.findall(text[span.start:span.end]))
    found = None if ended else tag_after(text, after, mentions, focus, whole=words >= MIN_WORDS)
    if found and found != NOBODY:
        return found  # a pronoun after it that fits nobody leaves the verb before it to say
    previous = max(spans[k - 1].close + 1, sentence_start) if k else sentence_start
    found = tag_before(text, (previous, max(span.open, 0)), mentions, focus, close=words < MIN_WORDS)
    if found is None and previous > sentence_start and CONNECTIVE.fullmatch(text, previous, max(span.open, 0)):
        # 'He said Canadians are "angry" and "perhaps frightened right now"': the verb before the first
        found = tag_before(text, (sentence_start, max(span.open, 0)), mentions, focus, close=False)
    if found is None and previous > sentence_start and COORDINATED_VERB.match(text, previous, max(span.open, 0)):
        # 'Mr Diab blamed "endemic corruption" and said his government was the "victim of rumours"':
        # the verb's subject is the one person named before the sentence's earlier quote, unless
        # that person is spoken to ('One protester told Morrison he was "..." and said ...')
        named = mentions.between(sentence_start, previous)
        if len({m.key for m in named}) == 1 and not ADDRESSED.search(text, sentence_start, named[0].start):
            found = (named[0].key, None)
    return found


def tag_after(text, bounds, mentions, focus, whole: bool = True) -> Speaker | None:
    """'," Peters said.' / '" said Mr Key.' / '," a spokesman said.' / '," he said.' / '" — Ron Mark'"""
    start, end = bounds
    dash = DASH_TAG.match(text, start)
    if dash:
        named = mentions.between(dash.end(), end)
        if named and named[0].start == dash.end() and not text[named[0].end:end].strip(" .,;"):
            return (named[0].key, None)
    verb = SPEECH.search(text, start, end)
    if not verb:
        return None
    if text.startswith(":", verb.end()):
        return None  # '... area." Jo Bloggs responded: "...': the verb opens the next quote
    subject = text[start:verb.start()].strip(" ,;:—–-")
    opening = len(text) - len(text[start:].lstrip(" ,;:—–-"))
    span = read_name(text, opening) if opening < verb.start() else None
    if span and APPOSED.fullmatch(text, span[1], verb.start()):
        # '," Jo Bloggs, director of the port's relations, told reporters.': the name, then who they are
        named = [m for m in mentions.between(opening, span[1]) if m.start == opening]
        return (named[0].key, None) if named else (None, text[span[0]:span[1]])
    if subject.lower() in PLURAL_SUBJECTS:
        return (None, subject)  # '," they said': several speak, none of them alone
    owned = OWNED_SPEAKER.search(subject)
    if owned and "," in subject:
        return (None, owned.group(1))  # '" to suggest a motive, Mr Schmitt's office said': his office spoke, not he
    if "," in subject:
        # '... "is extremely important" that ..., he said.': a tag closing the sentence is its whole speaker's
        tail = subject.rsplit(",", 1)[1].strip()
        # (not a scare quote's: 'Officials have "strongly advised" people to leave, Mr Key said')
        closing = whole and len(WORD.findall(text, verb.end(), end)) <= CLOSING_TAG_WORDS
        named = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
        if closing and tail in PRONOUNS:
            return pronoun_speaker(tail, focus, mentions, start)
        if closing and named and text[named[-1].start:verb.start()].strip() == tail:
            return (named[-1].key, None)
    if len(WORD.findall(text, start, verb.start())) > MAX_TAG_WORDS:
        return None
    if "," in subject:
        return None  # the sentence goes on after the quote: "have "strongly advised" people to leave, Mr Key said"
    before = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
    if before:
        return (before[-1].key, None)
    if subject.split()[-1:] and subject.split()[-1] in PRONOUNS and len(subject.split()) <= 2:
        return pronoun_speaker(subject.split()[-1], focus, mentions, start)  # "he", "as he"
    if subject and not subject[:1].isupper() and subject.split()[0].lower() not in DETERMINERS:
        return None  # "by Australia over the deal, says ...": the sentence goes on, no speaker here
    if subject and AGE_EPITHET.fullmatch(subject) and focus[0]:
        return focus  # "the 44-year-old said": the person the text is about
    if subject:
        return (None, subject) if len(subject.split()) <= 5 else None
    return after_verb(text, verb.end(), end, mentions, focus, verb.group())


def tag_before(text, bounds, mentions, focus, close: bool) -> Speaker | None:
    """'Brownlee said: "' or 'Ron Mark told reporters the Government was "': the last speech verb
    of the sentence before the quote, and who it belongs to. A short quote needs the verb close."""
    start, end = bounds
    # A verb of speech wins: 'Mr Raab said he had called on them to hold a "full inquiry"'.
    verbs = list(SPEECH.finditer(text, start, end)) or [
        v for v in QUOTING.finditer(text, start, end) if not PASSIVE_BEFORE.search(text, max(0, v.start() - 8), v.start())]
    if not verbs:
        return None
    verb = verbs[-1]
    if close and len(WORD.findall(text, verb.end(), end)) > 2:
        return None
    found = speaker_of(text, verb, start, mentions, focus)
    if found or OWN_SUBJECT.search(text, start, verb.start()):
        return found  # "Irish Foreign Office says Ambassador Jo Bloggs 'had no information'": the office speaks of her
    return after_verb(text, verb.end(), end, mentions, focus, verb.group())


