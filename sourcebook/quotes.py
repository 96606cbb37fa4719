"""Quoted passages and who said them."""

from __future__ import annotations

from .model import Document, Mention, Person, Quote


def find_quotes(
    document: Document, people: tuple[Person, ...], mentions: tuple[Mention, ...]
) -> tuple[Quote, ...]:
    """Every quoted passage of a document, attributed to its speaker where the text says who."""
    return ()
