"""The index after one source was edited, learnt from its old and new facts: the Site index()
would make of every source, without reading them all again.

An edit can move a source in time (its date, its title: its place in every list), rename it (a
new title gives a new slug) and change whom and where it names. Each index of the Site is
spliced: the source's entries leave the lists it was in and join those it is in now, at its new
position. What is global by nature returns None, and the caller indexes every source again: a
surname resolved to another person (it renames people in other sources), a minister the site
gains or loses (every page counts them), a slug that shifts other sources' slugs.
index.py stays the definition: every entry is made by its functions; tests compare the patched
Site with index() of all sources.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .index import (
    RELATED_WINDOW, active_in, companions_in, entity_holders, merge_people, new_minister, place_refs, ranked,
    related_entities, related_of, roles_elsewhere, roles_given, with_aliases,
)
from .model import Document, Extraction, QuoteRef, Site, frozen_mapping
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


def remember(site: Site, raw: list[tuple[Document, Extraction]]) -> Memory:
    """The Memory of a Site index() made from `raw`, the documents and extractions it was given
    (slugs as wanted, surnames unresolved)."""
    full, single = defaultdict(Counter), Counter()
    for _, extraction in raw:
        count_names(full, single, extraction, 1)
    named = defaultdict(set)
    for doc_id, extraction in site.extractions.items():
        for person in extraction.people:
            named[person.key].add(doc_id)
    return Memory(
        bases=Counter(d.slug for d, _ in raw),
        suffixed=set(site.documents) != {d.slug for d, _ in raw},
        full_names=dict(full),
        surnames=single,
        entities={d: related_entities(e, site.ministers, site.places) for d, e in site.extractions.items()},
        named=dict(named),
    )


def count_names(full, single, extraction: Extraction, by: int) -> None:
    """Count (or uncount) one source's names as index.surname_aliases reads them."""
    for person in extraction.people:
        words = person.name.split()
        if len(words) > 1:
            full[slugify(words[-1])][person.key] += by
        elif len(words) == 1:
            single[person.key] += by


def patched(site: Site, memory: Memory, doc_id: str, old: tuple[Document, Extraction],
            new: tuple[Document, Extraction]) -> tuple[Site, Memory] | None:
    """`site` after the source `doc_id` changed from `old` to `new` (each as cleaned and
    extracted, before indexing); None when the change reaches beyond what a patch knows."""
    names = aliases_after(site, memory, old[1], new[1])
    slug = slug_after(site, memory, doc_id, old[0].slug, new[0].slug)
    if names is None or slug is None:
        return None
    document = replace(new[0], slug=slug)
    extraction = with_aliases(new[1], site.aliases) if site.aliases else new[1]
    before = site.extractions[doc_id]
    gained = {p.key for p in extraction.people if p.role} - {p.key for p in before.people if p.role}
    lost = {p.key for p in before.people if p.role} - {p.key for p in extraction.people if p.role}
    if any(k not in site.ministers for k in gained) or any(
            all(r.document == doc_id for r in site.ministers[k].roles) for k in lost):
        return None  # the site gains or loses a minister
    # the timeline: the source leaves its place and takes its new one
    slugs = [s for s in site.documents if s != doc_id]

    def when(s: str) -> tuple:
        d, e = (document, extraction) if s == slug else (site.documents[s], site.extractions[s])
        return (e.date is None, e.date.value if e.date else "", d.title.lower(), d.source)

    at = bisect.bisect_left(slugs, when(slug), key=when)
    slugs.insert(at, slug)
    position = {s: i for i, s in enumerate(slugs)}
    documents = {s: document if s == slug else site.documents[s] for s in slugs}
    extractions = {s: extraction if s == slug else site.extractions[s] for s in slugs}
    dated = tuple(s for s in slugs if extractions[s].date)
    neighbours = {s: (dated[i - 1] if i > 0 else None, dated[i + 1] if i + 1 < len(dated) else None)
                  for i, s in enumerate(dated)}
    neighbours.update({s: (None, None) for s in slugs if not extractions[s].date})

    people, named = people_after(site, memory, doc_id, slug, before, extraction, documents, extractions, position)
    ministers = ministers_after(site, doc_id, slug, before, extraction, extractions, people, position)
    places = places_after(site, doc_id, slug, before, document, extraction, position)
    phases = tuple(phase_after(p, doc_id, slug, extraction.phase.phase, position, ministers, places) for p in site.phases)
    entities = {**memory.entities, slug: related_entities(extraction, ministers, places)}
    if slug != doc_id:
        del entities[doc_id]
    related = related_after(site, doc_id, slug, slugs, position, entities, memory.entities[doc_id])
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
        elsewhere_after(site, new_site, doc_id, slug, before, extraction, slugs)))
    bases = Counter(memory.bases)
    bases[old[0].slug] -= 1
    bases[new[0].slug] += 1
    return new_site, replace(memory, bases=+bases, full_names=names[0], surnames=names[1], entities=entities, named=named)


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


def slug_after(site, memory, doc_id: str, old_base: str, new_base: str) -> str | None:
    """The source's id after the edit; None when the new slug could shift another source's."""
    if new_base == old_base:
        return doc_id
    if memory.suffixed or memory.bases[old_base] != 1 or memory.bases[new_base] or new_base in site.documents:
        return None
    return new_base


def moved(refs: tuple, doc_id: str, slug: str, new: list, position: dict) -> tuple:
    """`refs` (grouped by document, in time order) without `doc_id`'s, with `new` (the source's,
    now `slug`) where the source now stands."""
    kept = [r for r in refs if r.document != doc_id]
    at = bisect.bisect_right(kept, position[slug], key=lambda r: position[r.document])
    return tuple(kept[:at] + list(new) + kept[at:])


def with_id(ids: tuple, doc_id: str, slug: str, keep: bool, position: dict) -> tuple:
    """`ids` (in time order) without `doc_id`, and with `slug` in its place if `keep`."""
    kept = [d for d in ids if d != doc_id]
    if keep:
        kept.insert(bisect.bisect_left(kept, position[slug], key=position.__getitem__), slug)
    return tuple(kept)


def people_after(site, memory, doc_id, slug, before, extraction, documents, extractions, position):
    """index.merge_people over the sources naming each person the source names."""
    named = dict(memory.named)
    people = dict(site.people)
    for key in {p.key for p in before.people} | {p.key for p in extraction.people}:
        holders = set(named.get(key, ())) - {doc_id}
        if any(p.key == key for p in extraction.people):
            holders.add(slug)
        named[key] = holders
        order = sorted(holders, key=position.__getitem__)
        merged = merge_people({s: extractions[s] for s in order}, [documents[s] for s in order])
        if key in merged:
            people[key] = merged[key]
        else:
            people.pop(key, None)
            del named[key]
    return dict(sorted(people.items())), named


def ministers_after(site, doc_id, slug, before, extraction, extractions, people, position):
    """Each minister the source names, made again (index.new_minister) from the sources naming
    them; their companions counted again where the source's share changed."""
    place_ids = {p.id for p in site.settings.places}
    ministers = dict(site.ministers)
    old_share = companions_in(before, site.ministers, place_ids)
    new_share = companions_in(extraction, site.ministers, place_ids)
    mentioned = lambda e, k: any(m.kind == "person" and m.key == k for m in e.mentions)
    speakers = {q.speaker for e in (before, extraction) for q in e.quotes}
    for key in (old_share[0] | new_share[0] | speakers) & set(site.ministers):
        old = site.ministers[key]
        docs = [d for d in old.documents if d != doc_id]
        if mentioned(extraction, key) or any(p.key == key and p.role for p in extraction.people):
            docs.insert(bisect.bisect_left(docs, position[slug], key=position.__getitem__), slug)
        roles = [r for d in docs for p in extractions[d].people if p.key == key and p.role for r in roles_given(p, d)]
        quotes = moved(old.quotes, doc_id, slug, [q for q in quote_refs(extraction, slug) if q.speaker == key], position)
        minister = new_minister(site.settings, people[key], roles, {d for d in docs if mentioned(extractions[d], key)},
                                quotes, position)
        people_count = Counter(dict(old.companions))
        place_count = Counter(dict(old.places))
        if doc_id in old.documents:
            people_count.subtract(old_share[0] - {key})
            place_count.subtract(old_share[1])
        if slug in minister.documents:
            people_count.update(new_share[0] - {key})
            place_count.update(new_share[1])
        ministers[key] = replace(minister, companions=ranked(+people_count), places=ranked(+place_count))
    return ministers


def quote_refs(extraction: Extraction, slug: str) -> list[QuoteRef]:
    return [QuoteRef(slug, q.paragraph, q.text, q.speaker) for q in extraction.quotes]


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


def related_after(site, doc_id, slug, slugs, position, entities, before_entities) -> dict:
    """index.related_of again for every source whose candidates, their weights or their order
    in time can have changed; the others keep theirs. A source's candidates are the sources
    within RELATED_WINDOW of it in each of its entities' lists: only sources that near the
    edited one's old or new place in some list can see a difference in candidates or in
    distance; an entity gained or lost changes its weight, so all that name it are redone."""
    holders, weight = entity_holders(slugs, entities)
    old_slugs = list(site.documents)
    was = old_slugs.index(doc_id)
    follower = next((s for s in old_slugs[was + 1:]), None)
    gap = position[follower] if follower is not None else len(slugs)
    redo = {slug}
    for entity in set(before_entities) ^ set(entities[slug]):
        redo.update(slugs[i] for i in holders.get(entity, ()))  # its weight changed
    for held in holders.values():
        for spot in (gap, position[slug]):
            k = bisect.bisect_left(held, spot)
            redo.update(slugs[i] for i in held[max(0, k - RELATED_WINDOW - 2): k + RELATED_WINDOW + 2])
    return {s: related_of(position[s], slugs, entities[s], holders, weight) if s in redo else site.related[s]
            for s in slugs}


def elsewhere_after(site, new_site, doc_id, slug, before, extraction, slugs) -> dict:
    """index.roles_elsewhere again for the source and for every source naming a minister it
    gives (or gave) a role: the nearest role in time may now be, or no longer be, its."""
    keys = {p.key for e in (before, extraction) for p in e.people if p.role and p.key in new_site.ministers}
    redo = {slug}
    for key in keys:
        redo.update(site.ministers[key].documents)
        redo.update(new_site.ministers[key].documents)
    redo.discard(doc_id)
    redo.add(slug)
    found = {s: v for s, v in site.roles_elsewhere.items() if s not in redo and s != doc_id}
    found.update(roles_elsewhere(new_site.ministers, new_site.extractions, None, only=sorted(redo)))
    return {s: found[s] for s in slugs if s in found}
