"""People and ministers after an edit to one source, for index_patch.patched: each person the
source names (or named) merged again from the sources naming them, each minister made again
(index.new_minister) from those sources, and the lists an edit moves a source in."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import replace

from .index import companions_in, merge_people, new_minister, ranked, roles_given
from .model import Extraction, QuoteRef


def moved(refs: tuple, doc_id: str, slug: str, new: list, position: dict) -> tuple:
    """`refs` (grouped by document, in time order) without `doc_id`'s, with `new` (the source's,
    now `slug`) where the source now stands."""
    kept = [r for r in refs if r.document != doc_id]
    if not new:
        return tuple(kept)
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


def ministers_after(site, memory, doc_id, slug, before, extraction, extractions, people, position, gained, lost):
    """Each minister the source names, made again (index.new_minister) from the sources naming
    them; their companions counted again where the source's share changed. A minister the site
    gains (or loses) with this source is counted as a companion in (or taken out of) every
    source that names them."""
    place_ids = {p.id for p in site.settings.places}
    keys = (set(site.ministers) - lost) | gained
    ministers = {k: m for k, m in site.ministers.items() if k not in lost}
    old_share = companions_in(before, site.ministers, place_ids)
    new_share = companions_in(extraction, keys, place_ids)
    mentioned = lambda e, k: any(m.kind == "person" and m.key == k for m in e.mentions)  # noqa: E731
    speakers = {q.speaker for e in (before, extraction) for q in e.quotes}
    # companions met in other sources: a gained minister where they are named with others
    met: dict[str, Counter] = defaultdict(Counter)
    for key in gained:
        for d in (memory.mentioned.get(key, set()) | memory.named.get(key, set())) - {slug}:
            share = companions_in(extractions[d], keys, place_ids)[0]
            if key in share:
                for other in share - gained - {key}:
                    if d in site.ministers[other].documents:  # with_companions counts their own sources
                        met[other][key] += 1
    redo = ((old_share[0] | new_share[0] | speakers) & keys) | gained
    recount = set(met) | {k for k, m in ministers.items() if any(c in lost for c, _ in m.companions)}
    for key in sorted(redo | recount):
        old = site.ministers.get(key)
        if key in redo:
            if key in gained:
                docs = sorted((memory.mentioned.get(key, set()) | {slug}) & position.keys(), key=position.__getitem__)
                quotes = [QuoteRef(d, q.paragraph, q.text, q.speaker)
                          for d in sorted(memory.spoken.get(key, ()), key=position.__getitem__)
                          for q in extractions[d].quotes if q.speaker == key]
            else:
                docs = [d for d in old.documents if d != doc_id]
                if slug is not None and (mentioned(extraction, key) or any(p.key == key and p.role for p in extraction.people)):
                    docs.insert(bisect.bisect_left(docs, position[slug], key=position.__getitem__), slug)
                quotes = moved(old.quotes, doc_id, slug, [q for q in quote_refs(extraction, slug) if q.speaker == key],
                               position)
            roles = [r for d in docs for p in extractions[d].people if p.key == key and p.role for r in roles_given(p, d)]
            minister = new_minister(site.settings, people[key], roles, {d for d in docs if mentioned(extractions[d], key)},
                                    tuple(quotes), position)
        else:
            minister = old
        if key in gained:
            people_count, place_count = Counter(), Counter()
            for d in minister.documents:
                share = new_share if d == slug else companions_in(extractions[d], keys, place_ids)
                people_count.update(share[0] - {key})
                place_count.update(share[1])
        else:
            people_count = Counter({c: n for c, n in old.companions if c not in lost})
            place_count = Counter(dict(old.places))
            if doc_id is not None and doc_id in old.documents:
                people_count.subtract(old_share[0] - {key} - lost)
                place_count.subtract(old_share[1])
            if slug is not None and slug in minister.documents:
                people_count.update(new_share[0] - {key})
                place_count.update(new_share[1])
            people_count.update(met.get(key, {}))
        ministers[key] = replace(minister, companions=ranked(+people_count), places=ranked(+place_count))
    return dict(sorted(ministers.items()))


def quote_refs(extraction: Extraction, slug: str) -> list[QuoteRef]:
    return [QuoteRef(slug, q.paragraph, q.text, q.speaker) for q in extraction.quotes]
