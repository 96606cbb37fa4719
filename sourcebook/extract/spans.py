"""Quoted passages in a paragraph: where the marks are and what they enclose."""

from __future__ import annotations

import re
from typing import NamedTuple

MARK = re.compile(r"[\"“”]")
OPENING = re.compile(r"\s*[\"“]\s*")  # a paragraph that opens with a quote mark


class Span(NamedTuple):
    """A quoted passage in a paragraph: where its marks and its words are."""

    open: int  # index of the opening mark, or -1 when the paragraph starts inside a quote
    start: int  # first character of the quoted words
    end: int  # one past the last quoted word
    close: int  # index of the closing mark, or len(text) when it never closes


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
