"""Places of the gazetteer named in a document, and place-like names it does not know."""

from __future__ import annotations

from .model import Document, Mention, Person, PlaceSetting


def find_places(
    document: Document, places: tuple[PlaceSetting, ...], people: tuple[Person, ...]
) -> tuple[tuple[Mention, ...], tuple[str, ...]]:
    """Mentions of gazetteer places, and capitalised place-like names not in the gazetteer."""
    return (), ()
