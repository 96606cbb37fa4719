"""An edit inside one source, patched into the last Site: what index() would make of it when
the edit leaves alone everything the index reads from the source to make other pages."""

from __future__ import annotations

from dataclasses import replace

from .aliases import with_aliases
from .index import place_refs
from .model import Document, Extraction, QuoteRef, Site, frozen_mapping


def shared_facts(document: Document, extraction: Extraction) -> tuple:
    """What the index reads from one document to make other pages, but for the words of its
    quotes and of the sentences that name places: where it sits in time and in lists, whom it
    names and how, who speaks and where places are named. An edit that leaves these alone is
    patched in by with_document_replaced."""
    return (
        document.source, document.slug, document.title, extraction.date, extraction.phase.phase, extraction.people,
        tuple((m.kind, m.key) + ((m.paragraph,) if m.kind == "place" else ()) for m in extraction.mentions),
        tuple((q.speaker, q.speaker_name, q.paragraph) for q in extraction.quotes),
        tuple(sorted(set(extraction.place_candidates))),
    )


def with_document_replaced(site: Site, document: Document, extraction: Extraction) -> Site:
    """`site` after an edit inside one document that left its shared_facts (compared by the
    caller) alone: what index() would make, without redoing it. Only the document, the
    sentences its places show and the quotes its ministers show can have changed."""
    if site.aliases:
        extraction = with_aliases(extraction, site.aliases)
    slug = document.slug
    places = dict(site.places)
    for place_id in {m.key for m in extraction.mentions if m.kind == "place" and m.key in site.places}:
        refs = place_refs(document, [m for m in extraction.mentions if m.kind == "place" and m.key == place_id])
        if (sentences := spliced(places[place_id].sentences, slug, refs)) is not None:
            places[place_id] = replace(places[place_id], sentences=sentences)
    ministers = dict(site.ministers)
    for key in {q.speaker for q in extraction.quotes if q.speaker in site.ministers}:
        quotes = [QuoteRef(slug, q.paragraph, q.text, q.speaker) for q in extraction.quotes if q.speaker == key]
        if (spoken := spliced(ministers[key].quotes, slug, quotes)) is not None:
            ministers[key] = replace(ministers[key], quotes=spoken)
    return replace(
        site,
        documents=frozen_mapping({**site.documents, slug: document}),
        extractions=frozen_mapping({**site.extractions, slug: extraction}),
        places=frozen_mapping(places),
        ministers=frozen_mapping(ministers),
    )


def spliced(refs: tuple, doc_id: str, new: list) -> tuple | None:
    """`refs` (grouped by document) with the group of `doc_id` replaced by `new`, in its place;
    None when the group already is `new`, so unchanged entities stay the very same objects."""
    at = next((i for i, r in enumerate(refs) if r.document == doc_id), len(refs))
    end = next((i for i in range(at, len(refs)) if refs[i].document != doc_id), len(refs))
    if list(refs[at:end]) == new:
        return None
    return refs[:at] + tuple(new) + refs[end:]
