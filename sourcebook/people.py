"""People named in a document, and which of them the document calls a minister."""

from __future__ import annotations

from .model import Document, Mention, MinisterHint, Person


def find_people(
    document: Document, hints: tuple[MinisterHint, ...]
) -> tuple[tuple[Person, ...], tuple[Mention, ...]]:
    """The people a document introduces (ministers with their role) and every mention of them."""
    return (), ()
