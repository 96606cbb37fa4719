"""Quoted passages and who said them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import NamedTuple

from .model import Document, Mention, Person, Quote
from .names import FORMER, PORTFOLIO_WORDS, PRONOUNS, SPEECH_VERBS, WORD, word_pattern
from .people import MINISTER_HEADS, TITLE_MODIFIERS

MARK = re.compile(r"[\"“”]")
OPENING = re.compile(r"\s*[\"“]\s*")  # a paragraph that opens with a quote mark
SPEECH = re.compile(r"\b" + word_pattern(SPEECH_VERBS | {"According"}) + r"\b")
# Lowercase words that may stand in a title before a name ("former defence minister").
TITLE_WORDS = PORTFOLIO_WORDS | FORMER | MINISTER_HEADS | TITLE_MODIFIERS | {"of", "for"}
MAX_TITLE_WORDS = 7
# A sentence ends at . ! ? followed by a space, except after a title of address ("Mr. Key").
SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?](?=\s|$)")
# "Hon PHIL GOFF (Minister of Defence): ..." or "Key: ..." opening a transcript paragraph.
SPEAKER_PREFIX = re.compile(r"^(?:\d+\.\s+)?(?:(?:Rt\.?\s+)?Hon\.?\s+)?(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?$")
SPEAKER_COLON = re.compile(r"\s*(?:\([^()]{0,80}\))?(?:\s+to\s+the\s+[^:]{1,60})?\s*:\s+")
# A transcript speaker we cannot name as a person: "Mr SPEAKER: Order!"
UNNAMED_SPEAKER = re.compile(r"^((?:Mr|Madam|The)\s+[A-Z][A-Z ]{2,30}[A-Z]|Hon\s+Members|[A-Z]{3,}(?:\s+[A-Z]{3,})*)\s*:\s+")
ADDRESS_GENDER = {"Mr": "he", "Sir": "he", "Ms": "she", "Mrs": "she", "Miss": "she", "Dame": "she"}
RECENT = 12  # people named in earlier paragraphs that "he" or "she" may still mean
DASH_TAG = re.compile(r"[.,]?\s*[—–-]+\s*")  # '"We are proud." — Ron Mark': the speaker signs the quote
MIN_WORDS = 4  # shorter quoted passages are scare quotes unless a speech verb claims them
MAX_TAG_WORDS = 8  # "," opposition defence spokesman Mark Mitchell said": the tag is short
Speaker = tuple  # (person key or None, name as written or None)
NOBODY: Speaker = (None, None)


class Index(NamedTuple):
    """A paragraph's person mentions, in order, found by position in log time."""

    mentions: list[Mention]
    starts: list[int]
    genders: Mapping[str, str] = MappingProxyType({})  # person key -> "he" or "she", where a form of address says
    recent: tuple[str, ...] = ()  # people named in earlier paragraphs, the latest last

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]


class Span(NamedTuple):
    """A quoted passage in a paragraph: where its marks and its words are."""

    open: int  # index of the opening mark, or -1 when the paragraph starts inside a quote
    start: int  # first character of the quoted words
    end: int  # one past the last quoted word
    close: int  # index of the closing mark, or len(text) when it never closes


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


def pronoun_speaker(pronoun: str, focus: Speaker, mentions: Index, before: int) -> Speaker:
    """Who 'he' or 'she' is: the person the text is about, unless their form of address says
    otherwise; then the latest person named before whom it fits."""
    wanted = pronoun.lower()
    genders = mentions.genders
    if focus[0] and genders.get(focus[0], wanted) == wanted:
        return focus
    if not genders:
        return NOBODY
    earlier = [m.key for m in mentions.mentions if m.start < before][::-1] + list(mentions.recent[::-1])
    fits = next((key for key in earlier if genders.get(key) == wanted), None)
    return (fits, None) if fits else NOBODY


def quote_spans(text: str) -> list[Span]:
    """Quoted passages, straight or curly marks mixed; one left open ends with the paragraph."""
    spans, opened = [], None
    for mark in MARK.finditer(text):
        i, char = mark.start(), mark.group()
        if opened is None:
            if char == "“" or (char == '"' and (i == 0 or text[i - 1] in " \t([—–-/")):
                opened = i
        elif char in "\"”":
            spans.append(make_span(text, opened, i))
            opened = None
        else:  # a new opening mark: the quote before it never closed
            spans.append(make_span(text, opened, i))
            opened = i
    if opened is not None:
        spans.append(make_span(text, opened, len(text)))
    return [s for s in spans if s.end > s.start]


def make_span(text: str, opened: int, close: int) -> Span:
    """The quoted words between two marks, without surrounding spaces or a trailing comma."""
    start, end = opened + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Span(opened, start, end, close)


def masked(text: str, spans: list[Span]) -> str:
    """The text with quoted words blanked out, so their full stops end no sentence."""
    chars = list(text)
    for span in spans:
        chars[span.open + 1:span.close] = "x" * (span.close - span.open - 1)
    return "".join(chars)


def transcript_speaker(text: str, mentions: list[Mention]) -> tuple[Speaker, int] | None:
    """'Hon PHIL GOFF (Minister of Defence): words': the speaker and where their words start."""
    first = mentions[0] if mentions else None
    if first is not None and SPEAKER_PREFIX.match(text[:first.start]):
        colon = SPEAKER_COLON.match(text, first.end)
        if colon:
            return (first.key, None), colon.end()
    unnamed = UNNAMED_SPEAKER.match(text)
    return ((None, unnamed.group(1)), unnamed.end()) if unnamed else None


def attribute(text, spans, k, mentions, sentence_start, sentence_end, focus) -> Speaker | None:
    """The speaker a speech verb names after quote k, or before it in the same sentence."""
    span = spans[k]
    nxt = spans[k + 1].open if k + 1 < len(spans) else len(text)
    after = (span.close + 1, min(sentence_end, nxt))
    found = tag_after(text, after, mentions, focus)
    if found:
        return found
    words = len(WORD.findall(text[span.start:span.end]))
    previous = max(spans[k - 1].close + 1, sentence_start) if k else sentence_start
    return tag_before(text, (previous, max(span.open, 0)), mentions, focus, close=words < MIN_WORDS)


def tag_after(text, bounds, mentions, focus) -> Speaker | None:
    """'," Peters said.' / '" said Mr Key.' / '," a spokesman said.' / '," he said.' / '" — Ron Mark'"""
    start, end = bounds
    dash = DASH_TAG.match(text, start)
    if dash:
        named = mentions.between(dash.end(), end)
        if named and named[0].start == dash.end() and not text[named[0].end:end].strip(" .,;"):
            return (named[0].key, None)
    verb = SPEECH.search(text, start, end)
    if not verb or len(WORD.findall(text, start, verb.start())) > MAX_TAG_WORDS:
        return None
    subject = text[start:verb.start()].strip(" ,;:—–-")
    if "," in subject or "." in subject:
        return None  # the sentence goes on after the quote: "have "strongly advised" people to leave, Mr Key said"
    before = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
    if before:
        return (before[-1].key, None)
    if subject in PRONOUNS:
        return pronoun_speaker(subject, focus, mentions, start)
    if subject:
        return (None, subject) if len(subject.split()) <= 5 else None
    return after_verb(text, verb.end(), end, mentions, focus)


def after_verb(text, start, end, mentions, focus) -> Speaker | None:
    """The speaker named right after the verb: 'said Mr Key', 'said he', 'said a spokesman'."""
    following = mentions.between(start, end)
    if following and title_only(text[start:following[0].start]) and not text.startswith(("'s", "’s"), following[0].end):
        return (following[0].key, None)
    rest = text[start:end].strip(" ,:;.!?")
    if rest in PRONOUNS:
        return pronoun_speaker(rest, focus, mentions, start)
    if rest and len(rest.split()) <= 10 and rest.split()[0].lower() in ("a", "an", "the"):
        # "said a spokesman for Defence Minister Ron Mark": someone we cannot name, not the minister
        return (None, rest)
    return None


def title_only(gap: str) -> bool:
    """Nothing, or only a title, between a speech verb and a name: 'said Prime Minister
    Jacinda Ardern', 'according to former defence minister Wayne Mapp'. Not 'said a spokesman
    for Ron Mark': the spokesman spoke."""
    words = gap.replace(",", " ").split()
    if words[:1] == ["to"]:
        words = words[1:]  # "according to"
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() or w.lower() in TITLE_WORDS for w in words)


def tag_before(text, bounds, mentions, focus, close: bool) -> Speaker | None:
    """'Brownlee said: "' or 'Ron Mark told reporters the Government was "': the last speech verb
    of the sentence before the quote, and who it belongs to. A short quote needs the verb close."""
    start, end = bounds
    verbs = list(SPEECH.finditer(text, start, end))
    if not verbs:
        return None
    verb = verbs[-1]
    if close and len(WORD.findall(text, verb.end(), end)) > 2:
        return None
    return speaker_of(text, verb, start, mentions, focus) or after_verb(text, verb.end(), end, mentions, focus)


def speaker_of(text, verb, start, mentions, focus) -> Speaker | None:
    """Who a speech verb belongs to: a person named before it, or a pronoun just before it."""
    before = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
    if before:
        return (before[0].key, None)
    words = text[start:verb.start()].split()
    if words and words[-1] in PRONOUNS:
        return pronoun_speaker(words[-1], focus, mentions, verb.start())
    return None


def continuing(span, text, sentence_start, carried, last, here) -> Speaker:
    """An unattributed quote that opens its sentence continues the speaker before it: the one
    whose quote was left open, the person this paragraph is about, or the last speaker."""
    if span.open <= 0 and carried is not None:
        return carried
    if text[sentence_start:max(span.open, 0)].strip():
        return NOBODY
    return here if here[0] else last


def narrate(text, start, end, spans, mentions, focus, last):
    """Update who the text is about (first person named) and who last spoke, from one sentence."""
    outside = [m for m in mentions.between(start, end) if not any(s.open < m.start < s.close for s in spans)]
    if outside:
        focus = (outside[0].key, None)
    if spans:
        return focus, last  # a sentence with a quote: its speaker is already the last one
    verb = SPEECH.search(text, start, end)
    if verb:
        # Reported speech: "Mr Shearer said he was not convinced". A body speaking
        # ("The National Party has said") leaves no person to continue.
        heard = Index(outside, [m.start for m in outside], mentions.genders, mentions.recent)
        last = speaker_of(text, verb, start, heard, focus) or NOBODY
    return focus, last
