"""Quoted passages in a paragraph: where the marks are and what they enclose."""

from __future__ import annotations

import re
from typing import NamedTuple

MARK = re.compile(r"[\"“”]")
OPENING = re.compile(r"\s*[\"“‘']\s*")  # a paragraph that opens with a quote mark


class Span(NamedTuple):
    """A quoted passage in a paragraph: where its marks and its words are."""

    open: int  # index of the opening mark, or -1 when the paragraph starts inside a quote
    start: int  # first character of the quoted words
    end: int  # one past the last quoted word
    close: int  # index of the closing mark, or len(text) when it never closes


def quote_spans(text: str) -> list[Span]:
    """Quoted passages in double marks and, outside them, in single marks (as the British press
    quotes: ‘We will respond’), in the order they open."""
    double = double_spans(text)
    if "‘" not in text and "'" not in text:
        return double
    inside = [(s.open, s.close) for s in double]
    single = [s for s in single_spans(text) if not any(a <= s.open <= b for a, b in inside)]
    return sorted(double + single, key=lambda s: s.open)


# A single mark opens a quote at the start of a text or after a space, bracket or dash, before a
# word; it closes one after a word, before anything but a letter (‘No,’ he said; ‘it’s’ is inside).
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[^\W_]|…)")
SINGLE_CLOSE = re.compile(r"(?<=[^\s‘'])[’'](?![^\W_])")


def single_spans(text: str) -> list[Span]:
    """Passages in single quotation marks. An apostrophe ("Navalny’s", "don't") never closes
    one; a curly opening left unclosed runs to the end of the paragraph."""
    spans, cursor = [], 0
    for opening in SINGLE_OPEN.finditer(text):
        if opening.start() < cursor:
            continue
        close = SINGLE_CLOSE.search(text, opening.end())
        if close is not None:
            spans.append(make_span(text, opening.start(), close.start()))
            cursor = close.end()
        elif opening.group() == "‘":  # a curly opening is never an apostrophe: left open, it runs on
            spans.append(make_span(text, opening.start(), len(text)))
            break
        else:
            break  # no closing mark after this one, so none after a later one either
    return [s for s in spans if s.end > s.start]


def double_spans(text: str) -> list[Span]:
    """Quoted passages, straight or curly marks mixed; one left open ends with the paragraph."""
    spans, opened = [], None
    # '"Under our law I am required ...," says Jo.' with its opening mark typed as an apostrophe
    lead = len(text) - len(text.lstrip())
    mistyped = text[lead:lead + 1] in ("'", "‘")
    for mark in MARK.finditer(text):
        i, char = mark.start(), mark.group()
        if opened is None and char == "”" and mistyped and not spans:
            spans.append(make_span(text, lead, i))
            continue
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
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",’'"):
        end -= 1
    return Span(opened, start, end, close)


def masked(text: str, spans: list[Span]) -> str:
    """The text with quoted words blanked out, so their full stops end no sentence."""
    chars = list(text)
    for span in spans:
        chars[span.open + 1:span.close] = "x" * (span.close - span.open - 1)
    return "".join(chars)
