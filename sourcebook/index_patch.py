"""The index after one source was edited, learnt from its old and new facts: the Site index()
would make of every source, without reading them all again.

An edit can move a source in time (its date, its title: its place in every list), rename it (a
new title gives a new slug), change whom and where it names, add a source or delete one. Each
index of the Site is spliced: the source's entries leave the lists it was in and join those it
is in now, at its new position. A minister the site gains or loses is made (or taken out) from
the sources that name them, which Memory keeps per person. What is global by nature returns
None, and the caller indexes every source again: a surname resolved to another person (it
renames people in other sources), a slug that shifts other sources' slugs.
index.py stays the definition: every entry is made by its functions; tests compare the patched
Site with index() of all sources.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .aliases import with_aliases
from .index import active_in, place_refs, roles_elsewhere
from .model import Document, Extraction, Site, frozen_mapping
from .patch_entities import ministers_after, moved, people_after, with_id
from .related import RELATED_WINDOW, entity_holders, related_entities, related_of
from .slugs import slugify


@dataclass(frozen=True)
class Memory:
    """What the index knew besides the Site, for the next patch: counts over every source's
    unindexed facts (slugs before they were made unique, names for surname resolution), and per
    source the entities that relate it to others."""

    bases: Counter  # slug as the source wants it -> sources wanting it
    suffixed: bool  # some source's slug was made unique with a number
    full_names: dict  # surname -> Counter(full name's key -> sources)
    surnames: Counter  # key of a surname-only person -> sources
    entities: dict  # document id -> index.related_entities
    named: dict  # person key -> ids of the documents whose people include them
    # person key -> ids of the documents that mention them, or quote them: where a person who
    # becomes a minister (or stops being one) is a link, a companion, a related source's reason
    mentioned: dict = None
    spoken: dict = None


NOTHING = Extraction()  # the facts of a source that is not there (added, or deleted)


def remember(site: Site, raw: list[tuple[Document, Extraction]]) -> Memory:
    """The Memory of a Site index() made from `raw`, the documents and extractions it was given
    (slugs as wanted, surnames unresolved)."""
    full, single = defaultdict(Counter), Counter()
    for _, extraction in raw:
        count_names(full, single, extraction, 1)
    named, mentioned, spoken = defaultdict(set), defaultdict(set), defaultdict(set)
    for doc_id, extraction in site.extractions.items():
        for person in extraction.people:
            named[person.key].add(doc_id)
        for mention in extraction.mentions:
            if mention.kind == "person":
                mentioned[mention.key].add(doc_id)
        for quote in extraction.quotes:
            spoken[quote.speaker].add(doc_id)
    return Memory(
        bases=Counter(d.slug for d, _ in raw),
        suffixed=set(site.documents) != {d.slug for d, _ in raw},
        full_names=dict(full),
        surnames=single,
        entities={d: related_entities(e, site.ministers, site.places) for d, e in site.extractions.items()},
        named=dict(named),
        mentioned=dict(mentioned),
        spoken=dict(spoken),
    )


def count_names(full, single, extraction: Extraction, by: int) -> None:
    """Count (or uncount) one source's names as index.surname_aliases reads them."""
    for person in extraction.people:
        words = person.name.split()
        if len(words) > 1:
            full[slugify(words[-1])][person.key] += by
        elif len(words) == 1:
            single[person.key] += by


def patched(site: Site, memory: Memory, doc_id: str | None, old: tuple[Document, Extraction] | None,
            new: tuple[Document, Extraction] | None) -> tuple[Site, Memory] | None:
    """`site` after the source `doc_id` changed from `old` to `new` (each as cleaned and
    extracted, before indexing; `doc_id` and `old` None for a new source, `new` None for a
    deleted one); None when the change reaches beyond what a patch knows."""
    names = aliases_after(site, memory, old[1] if old else NOTHING, new[1] if new else NOTHING)
    slug = slug_after(site, memory, doc_id, old[0].slug if old else None, new[0].slug) if new else None
    if names is None or (new and slug is None) or (not new and memory.suffixed):
        return None
    document = replace(new[0], slug=slug) if new else None
    extraction = NOTHING if not new else with_aliases(new[1], site.aliases) if site.aliases else new[1]
    before = site.extractions[doc_id] if doc_id is not None else NOTHING
    titled = lambda e: {p.key for p in e.people if p.role}  # noqa: E731
    gained = {k for k in titled(extraction) - titled(before) if k not in site.ministers}
    lost = {k for k in titled(before) - titled(extraction) if all(r.document == doc_id for r in site.ministers[k].roles)}
    # the timeline: the source leaves its place and takes its new one
    slugs = [s for s in site.documents if s != doc_id]

    def when(s: str) -> tuple:
        d, e = (document, extraction) if s == slug else (site.documents[s], site.extractions[s])
        return (e.date is None, e.date.value if e.date else "", d.title.lower(), d.source)

    if slug is not None:
        slugs.insert(bisect.bisect_left(slugs, when(slug), key=when), slug)
    if not slugs:
        return None
    position = {s: i for i, s in enumerate(slugs)}
    documents = {s: document if s == slug else site.documents[s] for s in slugs}
    extractions = {s: extraction if s == slug else site.extractions[s] for s in slugs}
    dated = tuple(s for s in slugs if extractions[s].date)
    neighbours = {s: (dated[i - 1] if i > 0 else None, dated[i + 1] if i + 1 < len(dated) else None)
                  for i, s in enumerate(dated)}
    neighbours.update({s: (None, None) for s in slugs if not extractions[s].date})

    people, named = people_after(site, memory, doc_id, slug, before, extraction, documents, extractions, position)
    mentioned_by = lambda e: {m.key for m in e.mentions if m.kind == "person"}  # noqa: E731
    spoken_by = lambda e: {q.speaker for q in e.quotes}  # noqa: E731
    memory = replace(
        memory, named=named,
        mentioned=holders_after(memory.mentioned, doc_id, mentioned_by(before), slug, mentioned_by(extraction)),
        spoken=holders_after(memory.spoken, doc_id, spoken_by(before), slug, spoken_by(extraction)))
    ministers = ministers_after(site, memory, doc_id, slug, before, extraction, extractions, people, position,
                                gained, lost)
    places = places_after(site, doc_id, slug, before, document, extraction, position)
    phases = tuple(phase_after(p, doc_id, slug, extraction.phase.phase, position, ministers, places) for p in site.phases)
    entities = {s: e for s, e in memory.entities.items() if s != doc_id}
    if slug is not None:
        entities[slug] = related_entities(extraction, ministers, places)
    # a person who became a minister, or stopped being one, relates (or no longer) every source mentioning them
    changed_entities, reentitled = {("person", k) for k in gained | lost}, set()
    for key in gained | lost:
        reach = set(memory.mentioned.get(key, ())) | set(site.ministers[key].documents if key in lost else ())
        for s in reach & extractions.keys():
            entities[s] = related_entities(extractions[s], ministers, places)
            reentitled.add(s)
    before_entities = memory.entities[doc_id] if doc_id is not None else []
    changed_entities |= set(before_entities) ^ set(entities.get(slug, ()))
    related = related_after(site, doc_id, slug, slugs, position, entities, changed_entities, reentitled)
    candidates = Counter(dict(site.place_candidates))
    candidates.subtract(set(before.place_candidates))
    candidates.update(set(extraction.place_candidates))
    new_site = replace(
        site,
        documents=frozen_mapping(documents),
        extractions=frozen_mapping(extractions),
        ministers=frozen_mapping(ministers),
        people=frozen_mapping(people),
        places=frozen_mapping(places),
        phases=phases,
        timeline=dated,
        undated=tuple(s for s in slugs if not extractions[s].date),
        related=frozen_mapping(related),
        neighbours=frozen_mapping(neighbours),
        place_candidates=tuple(sorted(((n, c) for n, c in candidates.items() if c > 0), key=lambda kv: (-kv[1], kv[0]))),
    )
    new_site = replace(new_site, roles_elsewhere=frozen_mapping(
        elsewhere_after(site, new_site, memory, doc_id, slug, before, extraction, slugs, gained | lost)))
    bases = Counter(memory.bases)
    if old:
        bases[old[0].slug] -= 1
    if new:
        bases[new[0].slug] += 1
    return new_site, replace(memory, bases=+bases, full_names=names[0], surnames=names[1], entities=entities)


def holders_after(holders: dict, doc_id, old_keys: set, slug, new_keys: set) -> dict:
    """person key -> documents, with `doc_id` taken out of `old_keys`' and `slug` put in `new_keys`'."""
    out = dict(holders)
    for key in old_keys:
        out[key] = out[key] - {doc_id}
        if not out[key]:
            del out[key]
    for key in new_keys:
        out[key] = out.get(key, set()) | {slug}
    return out


def aliases_after(site, memory, old: Extraction, new: Extraction):
    """The name counts after the edit; None if a surname now resolves otherwise (index.
    surname_aliases), which would rename people in other sources."""
    full = defaultdict(Counter, {k: Counter(v) for k, v in memory.full_names.items()})
    single = Counter(memory.surnames)
    count_names(full, single, old, -1)
    count_names(full, single, new, 1)
    touched = {p.key for e in (old, new) for p in e.people if len(p.name.split()) == 1}
    touched |= {slugify(p.name.split()[-1]) for e in (old, new) for p in e.people if len(p.name.split()) > 1}
    for key in touched:
        holders = [k for k, n in full.get(key, {}).items() if n > 0]
        now = holders[0] if single[key] > 0 and len(holders) == 1 else None
        if now != site.aliases.get(key):
            return None
    return {k: +v for k, v in full.items()}, +single


def slug_after(site, memory, doc_id: str | None, old_base: str | None, new_base: str) -> str | None:
    """The source's id after the edit; None when the new slug could shift another source's."""
    if new_base == old_base:
        return doc_id
    if memory.suffixed or (old_base is not None and memory.bases[old_base] != 1) or memory.bases[new_base] \
            or new_base in site.documents:
        return None
    return new_base


def places_after(site, doc_id, slug, before, document, extraction, position):
    """Each place the source names: its sources and sentences with the source's taken out and
    put back where the source now stands."""
    places = dict(site.places)
    for key in {m.key for e in (before, extraction) for m in e.mentions if m.kind == "place"} & set(places):
        mentions = [m for m in extraction.mentions if m.kind == "place" and m.key == key]
        place = places[key]
        places[key] = replace(
            place,
            documents=with_id(place.documents, doc_id, slug, bool(mentions), position),
            sentences=moved(place.sentences, doc_id, slug, place_refs(document, mentions) if mentions else [], position),
        )
    return places


def phase_after(phase, doc_id, slug, now: str, position, ministers, places):
    documents = with_id(phase.documents, doc_id, slug, now == phase.id, position)
    members = set(documents)
    return replace(phase, documents=documents, ministers=active_in(members, ministers), places=active_in(members, places))


def related_after(site, doc_id, slug, slugs, position, entities, changed_entities, reentitled) -> dict:
    """index.related_of again for every source whose candidates, their weights or their order
    in time can have changed; the others keep theirs. A source's candidates are the sources
    within RELATED_WINDOW of it in each of its entities' lists: only sources that near the
    edited one's old or new place in some list can see a difference in candidates or in
    distance; an entity gained or lost changes its weight, so all that name it are redone.
    A source added or deleted changes every entity's weight (index.entity_holders): all are redone."""
    holders, weight = entity_holders(slugs, entities)
    if len(slugs) != len(site.documents):
        return {s: related_of(i, slugs, entities[s], holders, weight) for i, s in enumerate(slugs)}
    old_slugs = list(site.documents)
    was = old_slugs.index(doc_id)
    follower = next((s for s in old_slugs[was + 1:]), None)
    gap = position[follower] if follower is not None else len(slugs)
    redo = {slug} | reentitled  # `reentitled`: sources whose own entities changed
    for entity in changed_entities:
        redo.update(slugs[i] for i in holders.get(entity, ()))  # its weight changed
    for held in holders.values():
        for spot in (gap, position[slug]):
            k = bisect.bisect_left(held, spot)
            redo.update(slugs[i] for i in held[max(0, k - RELATED_WINDOW - 2): k + RELATED_WINDOW + 2])
    return {s: related_of(position[s], slugs, entities[s], holders, weight) if s in redo else site.related[s]
            for s in slugs}


def elsewhere_after(site, new_site, memory, doc_id, slug, before, extraction, slugs, changed) -> dict:
    """index.roles_elsewhere again for the source and for every source naming a minister it
    gives (or gave) a role: the nearest role in time may now be, or no longer be, its. A minister
    the site gains or loses (`changed`) has, or no longer has, a role for every source naming them."""
    keys = {p.key for e in (before, extraction) for p in e.people if p.role}
    redo = {slug}
    for key in keys:
        for ministers in (site.ministers, new_site.ministers):
            redo.update(ministers[key].documents if key in ministers else ())
    for key in changed:
        redo.update(memory.named.get(key, ()))
        redo.update(site.ministers[key].documents if key in site.ministers else ())
    redo.discard(doc_id)
    redo.discard(None)
    if slug is not None:
        redo.add(slug)
    found = {s: v for s, v in site.roles_elsewhere.items() if s not in redo and s != doc_id}
    found.update(roles_elsewhere(new_site.ministers, new_site.extractions, None, only=sorted(redo)))
    return {s: found[s] for s in slugs if s in found}
