"""Stage 3: Document -> Extraction: who is named, where, who said what, when, and in which phase.

Pure and per document (it reads nothing but the document and the settings' knowledge), so its
result is cached by content hash and computed in parallel.
"""

from __future__ import annotations

import functools

from ..model import Document, Extraction, Person, Settings
from .dating import dated
from .listed import listed_ministers
from .people import find_people
from .phasing import assign_phase
from .places import find_places
from .quotes import find_quotes


def extract(document: Document, settings: Settings) -> Extraction:
    """Everything one document says about people, places, quotes, its date and its phase."""
    listed, listing_warnings = listed_ministers(document, settings.country)
    people, person_mentions = find_people(document, settings.ministers, listed, place_names(settings.places))
    place_mentions, candidates = find_places(document, settings.places, people)
    quotes = find_quotes(document, people, person_mentions)
    # A speaker named only where they speak ('," said Jo Bloggs') is a person of the source too.
    known = {p.key for p in people}
    people += tuple(Person(q.speaker, q.speaker_name, None) for q in unique_speakers(quotes) if q.speaker not in known)
    date, date_warnings, undated_why, window = dated(document, settings.events)
    phase = assign_phase(document, date, settings.phases, window)
    return Extraction(
        people=people,
        mentions=tuple(sorted(person_mentions + place_mentions, key=_order)),
        quotes=quotes,
        date=date,
        phase=phase,
        place_candidates=candidates,
        warnings=listing_warnings + date_warnings,
        undated_why=undated_why,
    )


@functools.lru_cache(maxsize=16)
def place_names(places) -> frozenset[str]:
    """Every name and alias of the gazetteer, case folded."""
    return frozenset(n.casefold() for p in places for n in (p.name, *p.aliases))


def unique_speakers(quotes):
    seen = {}
    for quote in quotes:
        if quote.speaker and quote.speaker_name:
            seen.setdefault(quote.speaker, quote)
    return tuple(seen.values())


def _order(mention):
    return (int(mention.paragraph[1:]), mention.start, mention.end)
