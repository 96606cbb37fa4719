"""Which pages and page inputs an edit reaches, from the Site before it and the Site after it
(index_patch.py): the plan made again for only those pages, so the preview need not plan,
fingerprint or render the whole site after an edit to one source.

It errs on the side of more: a page named here is fingerprinted again (fingerprint.py) and
rendered only if its digest changed, so naming a page that did not change costs a digest, while
missing one would leave a stale page. Which inputs a page reads stays plan.py's to say.
"""

from __future__ import annotations

from dataclasses import dataclass

from .export import describe_roles
from .fingerprint import list_facts
from .model import Page, Site
from .plan import ENTITY_PAGE_SIZE, document_page, entity_pages, feed_page, part_count


@dataclass(frozen=True)
class Replan:
    inputs: frozenset  # page inputs ("document:x", "person-part:y:2", ...) that may have changed
    pages: tuple  # (output path, the page now or None if it is gone) for every page planned again
    records: frozenset  # documents whose record in the data export may have changed
    # inputs that did change, for certain: the caller need not hash 10,000 titles to find out
    certain: frozenset = frozenset()


def replanned(before: Site, site: Site, doc_id: str | None, slug: str | None, memory=None) -> Replan:
    """What the edit of the source `doc_id` (now `slug`) reaches; `doc_id` is None for a new
    source, `slug` None for a deleted one. `memory` (index_patch.Memory, after the edit) says
    which sources name a person, for a minister the site gains or loses."""
    names: set[str] = set()
    pages: dict[str, Page | None] = {}
    records = {slug} - {None}
    if doc_id is not None and slug != doc_id:
        pages[document_page(before, doc_id).output_path] = None
    # Each list of every source (all-documents: ids and list_facts in order; all-dates: ids and
    # dates in order) changed exactly when the source's own entry or the order changed.
    reordered = slug != doc_id or before.timeline != site.timeline or before.undated != site.undated \
        or before.phases != site.phases
    certain = set()
    if reordered or (list_facts(before, doc_id) if doc_id else None) != (list_facts(site, slug) if slug else None):
        names |= {f"title:{doc_id}", f"title:{slug}", "all-documents"}
        certain.add("all-documents")
    if reordered or date_value(before, doc_id) != date_value(site, slug):
        names.add("all-dates")
        certain.add("all-dates")
    replan = {slug} if slug is not None else set()
    for s in site.documents:
        if before.related.get(s) != site.related[s] or before.neighbours.get(s) != site.neighbours[s]:
            replan.add(s)
        elsewhere = site.roles_elsewhere.get(s, ())
        if before.roles_elsewhere.get(s, ()) != elsewhere or any(r.document in (slug, doc_id) for _, r in elsewhere):
            names.add(f"document:{s}")
            records.add(s)
    for s in replan:
        names.add(f"document:{s}")
        page = document_page(site, s)
        pages[page.output_path] = page
    for kind, old, new in (("person", before.ministers, site.ministers), ("place", before.places, site.places)):
        for key in sorted(set(old) | set(new)):
            entity = new.get(key)
            if entity is old.get(key):
                continue
            names.add("all-entities")
            names.add(f"{kind}:{key}")
            names.update(f"{kind}-part:{key}:{n}" for n in changed_parts(old.get(key), entity, doc_id, slug))
            kept = entity_pages(kind, key, entity) if entity is not None else []
            had = part_count(old[key].documents) if key in old else 0
            pages.update((p.output_path, p) for p in kept[had:])  # parts it did not have
            gone_pages = entity_pages(kind, key, old[key])[len(kept):] if key in old else []
            pages.update((p.output_path, None) for p in gone_pages)
            if kind != "person":
                continue
            if key not in old or key not in new:
                # a minister gained or lost: every source naming them links them, or no longer
                reached = set((old.get(key) or new.get(key)).documents)
                if memory is not None:
                    for holders in (memory.named, memory.mentioned, memory.spoken):
                        reached |= holders.get(key, set())
                reached &= site.documents.keys()
                names.update(f"document:{d}" for d in reached)
            elif naming(old[key]) != naming(entity):
                # every source naming them links them with their name and roles
                names.update(f"document:{d}" for d in set(old[key].documents) | set(entity.documents))
                names.update(f"person:{m}" for m in new)
    if set(before.people) != set(site.people):
        names.add("all-entities")
    feed = feed_page(site)
    pages[feed.output_path] = feed
    names.discard("title:None")
    names.discard("document:None")
    return Replan(frozenset(names), tuple(pages.items()), frozenset(records), frozenset(certain))


def date_value(site: Site, doc_id: str | None):
    date = site.extractions[doc_id].date if doc_id is not None else None
    return date and date.value


def changed_parts(old, new, doc_id: str | None, slug: str | None) -> set[int]:
    """The parts of an entity's page whose sources, or what they show of them, can differ: those
    spanning where its list of sources before and after the edit differ, and those holding the
    source (its title, date, quotes or sentences). Every part when the entity is new or gone."""
    if old is None or new is None:
        return set(range(1, part_count((old or new).documents) + 1))
    a, b = old.documents, new.documents
    shortest, i = min(len(a), len(b)), 0
    while i < shortest and a[i] == b[i]:
        i += 1
    j = 0
    while j < shortest - i and a[-1 - j] == b[-1 - j]:
        j += 1
    parts = set()
    if i < max(len(a), len(b)):
        parts.update(range(i // ENTITY_PAGE_SIZE + 1, (max(len(a), len(b)) - 1 - j) // ENTITY_PAGE_SIZE + 2))
    parts.update(n // ENTITY_PAGE_SIZE + 1 for ids, d in ((a, doc_id), (b, slug)) if d in ids for n in (ids.index(d),))
    return parts


def naming(minister) -> tuple:
    return (minister.name, describe_roles(minister))
