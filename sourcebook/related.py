"""Related sources: for each source, those that share the most, and the rarest, ministers and
places, found through an inverted index (entity -> sources in time order) so the work per source
stays bounded at any size. Part of stage 4 (index.py); the preview's patch (index_patch.py) asks
again for the sources an edit can reach."""

from __future__ import annotations

import bisect
import math
from collections import defaultdict

from .model import Extraction

RELATED_LIMIT = 5
RELATED_WINDOW = 12  # candidates per shared entity, on each side in time


def related_documents(order, extractions, ministers, places) -> dict[str, tuple[str, ...]]:
    """For each document, those that share the most, and the rarest, ministers and places.

    Through an inverted index (entity -> documents in time order): for an entity that many
    sources name, only the RELATED_WINDOW sources nearest in time to this one are candidates,
    so the work per document stays bounded at any size and the pick favours the same moment.
    """
    entities_of = {d.slug: related_entities(extractions[d.slug], ministers, places) for d in order}
    slugs = [d.slug for d in order]
    holders, weight = entity_holders(slugs, entities_of)
    return {slug: related_of(here, slugs, entities_of[slug], holders, weight) for here, slug in enumerate(slugs)}


def related_entities(extraction: Extraction, ministers, places) -> list[tuple[str, str]]:
    """The ministers and places of one source that make others related to it."""
    return sorted({
        (m.kind, m.key)
        for m in extraction.mentions
        if (m.kind == "person" and m.key in ministers) or (m.kind == "place" and m.key in places)
    })


def entity_holders(slugs: list[str], entities_of) -> tuple[dict, dict]:
    """Entity -> positions (in `slugs`, time order) of the sources naming it; entity -> weight."""
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, slug in enumerate(slugs):
        for entity in entities_of[slug]:
            holders[entity].append(i)
    # Weights in whole millionths: sums are then exact, the same in any order of addition.
    weight = {e: round(1e6 * math.log(1 + len(slugs) / len(h))) for e, h in holders.items()}
    return holders, weight


def related_of(here: int, slugs: list[str], entities, holders, weight) -> tuple[str, ...]:
    """The related sources of the source at position `here`: the most shared weight, then the
    nearest in time, then the earliest. (The preview asks again for every source when one is
    added or deleted, as every weight changes: hence plain dict and sort, no heap.)"""
    score: dict[int, int] = {}
    get = score.get
    for entity in entities:
        held = holders[entity]
        at = bisect.bisect_left(held, here)
        w = weight[entity]
        for other in held[max(0, at - RELATED_WINDOW): at + RELATED_WINDOW + 1]:
            score[other] = get(other, 0) + w
    score.pop(here, None)
    best = sorted([(-s, abs(i - here), i) for i, s in score.items()])[:RELATED_LIMIT]
    return tuple(slugs[i] for _, _, i in best)
