"""Stage 4: all documents -> Site: entities merged across documents, timeline, related sources.

Every cross-document fact is computed here, once, through inverted indexes (entity -> documents),
so no later stage scans every document per entity or compares every pair of documents.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict

from .aliases import surname_aliases, with_aliases
from .extract.dateparse import period
from .model import (
    Document,
    Extraction,
    Minister,
    Person,
    Phase,
    Place,
    PlaceRef,
    QuoteRef,
    RoleInSource,
    Settings,
    Site,
    frozen_mapping,
)
from .related import related_documents

SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+[\"”’]?|$)")


def index(settings: Settings, documents: list[Document], extractions: dict[str, Extraction]) -> Site:
    """Gather what every document says into one Site, keyed by ids."""
    aliases = surname_aliases(extractions)
    if aliases:
        extractions = {doc: with_aliases(e, aliases) for doc, e in extractions.items()}
    order = timeline_order(documents, extractions)
    by_id = {d.slug: d for d in order}
    dated = tuple(d.slug for d in order if extractions[d.slug].date)
    undated = tuple(d.slug for d in order if not extractions[d.slug].date)

    people = merge_people(extractions, order)
    mentions = mentions_by_entity(extractions, order)
    ministers = build_ministers(settings, people, mentions, extractions, order)
    places = build_places(settings, mentions, by_id, extractions)
    phases = build_phases(settings, extractions, order, ministers, places)
    neighbours = {
        doc: (dated[i - 1] if i > 0 else None, dated[i + 1] if i + 1 < len(dated) else None)
        for i, doc in enumerate(dated)
    }
    neighbours.update({doc: (None, None) for doc in undated})
    candidates = Counter(c for e in extractions.values() for c in set(e.place_candidates))
    return Site(
        settings=settings,
        documents=frozen_mapping(by_id),
        extractions=frozen_mapping({d: extractions[d] for d in by_id}),
        ministers=frozen_mapping(ministers),
        people=frozen_mapping(people),
        places=frozen_mapping(places),
        phases=phases,
        timeline=dated,
        undated=undated,
        related=frozen_mapping(related_documents(order, extractions, ministers, places)),
        neighbours=frozen_mapping(neighbours),
        place_candidates=tuple(sorted(candidates.items(), key=lambda kv: (-kv[1], kv[0]))),
        aliases=frozen_mapping(aliases),
        roles_elsewhere=frozen_mapping(roles_elsewhere(ministers, extractions, order)),
    )


SAME_PERIOD = 366  # days: a role another source gives holds for a source this close in time


def roles_elsewhere(ministers, extractions, order, only=None) -> dict[str, tuple]:
    """For each document, the people it names without a ministerial title who hold one in
    another source of the same period, with the role of the source nearest in time. Only dated
    sources are compared: an undated one has no period. `only`: just these documents (the
    preview's patch, index_patch.py, asks again for those an edit can reach)."""
    out = {}
    for doc in (order if only is None else only):
        slug = doc.slug if only is None else doc
        here = ordinal(extractions[slug])
        titled = {p.key for p in extractions[slug].people if p.role}
        named = {p.key for p in extractions[slug].people if p.key in ministers and p.key not in titled}
        found = []
        for key in sorted(named):
            near = [(abs(there - here), r) for r in ministers[key].roles
                    if r.document != slug and here is not None
                    and (there := ordinal(extractions[r.document])) is not None and abs(there - here) <= SAME_PERIOD]
            if near:
                found.append((key, min(near, key=lambda dr: (dr[0], dr[1].document))[1]))
        if found:
            out[slug] = tuple(found)
    return out


def ordinal(extraction: Extraction) -> int | None:
    """The middle day of a source's date, as a day number; None when undated."""
    return day_number(extraction.date.value) if extraction.date else None


@functools.lru_cache(maxsize=8192)
def day_number(value: str) -> int | None:
    span = period(value)
    return (span[0].toordinal() + span[1].toordinal()) // 2 if span else None


def timeline_order(documents: list[Document], extractions: dict[str, Extraction]) -> list[Document]:
    """Dated documents oldest first (a coarser date before finer ones of the same period),
    then undated ones by title; the source path breaks every tie so the order is stable."""

    def key(d: Document):
        date = extractions[d.slug].date
        return (date is None, date.value if date else "", d.title.lower(), d.source)

    return sorted(documents, key=key)


def merge_people(extractions: dict[str, Extraction], order: list[Document]) -> dict[str, Person]:
    """One Person per key; the fullest name and a non-minister description win."""
    people: dict[str, Person] = {}
    for doc in order:
        for person in extractions[doc.slug].people:
            known = people.get(person.key)
            if known is None or len(person.name) > len(known.name):
                people[person.key] = person
    return dict(sorted(people.items()))


def mentions_by_entity(extractions, order) -> dict[tuple[str, str], list[tuple[str, object]]]:
    """(kind, key) -> [(document id, mention)] in timeline order: the inverted index."""
    found: dict[tuple[str, str], list] = defaultdict(list)
    for doc in order:
        for mention in extractions[doc.slug].mentions:
            found[(mention.kind, mention.key)].append((doc.slug, mention))
    return found


def build_ministers(settings, people, mentions, extractions, order) -> dict[str, Minister]:
    """Everyone any source calls a minister, with each role as the source that gives it."""
    roles: dict[str, list[RoleInSource]] = defaultdict(list)
    for doc in order:
        for person in extractions[doc.slug].people:
            if person.role is not None:
                roles[person.key] += roles_given(person, doc.slug)
    position = {d.slug: i for i, d in enumerate(order)}
    quotes_by: dict[str, list[QuoteRef]] = defaultdict(list)
    for doc in order:
        for q in extractions[doc.slug].quotes:
            if q.speaker in roles:
                quotes_by[q.speaker].append(QuoteRef(doc.slug, q.paragraph, q.text, q.speaker))
    ministers = {
        key: new_minister(settings, people[key], their_roles, {d for d, _ in mentions.get(("person", key), ())},
                          tuple(quotes_by[key]), position)
        for key, their_roles in roles.items()
    }
    return with_companions(ministers, extractions, order, settings)


def roles_given(person: Person, doc_id: str) -> list[RoleInSource]:
    """The roles one source gives a person, as the source's country gives them (maybe none)."""
    return [RoleInSource(r.title, r.country, r.former, doc_id) for r in (person.role, *person.also)]


def new_minister(settings, person: Person, their_roles, mentioned: set, quotes: tuple, position) -> Minister:
    """One minister from the roles sources give them (in time order), the sources naming them
    and their quotes; companions and places are counted afterwards (with_companions)."""
    known = sorted({r.country for r in their_roles if r.country})
    # A role the source gives no country for is the person's one known country, a hint's,
    # or the home country of the press the sources come from.
    hints = [h.country for h in settings.ministers if h.country and h.name == person.name]
    fallback = known[0] if len(known) == 1 else (hints[-1] if hints else None) or settings.country
    filled = tuple(
        r if r.country or not fallback else RoleInSource(r.title, fallback, r.former, r.document)
        for r in their_roles
    )
    named = mentioned | {r.document for r in filled}
    return Minister(
        id=person.key,
        name=person.name,
        countries=tuple(sorted({r.country for r in filled if r.country})),
        roles=filled,
        documents=tuple(sorted(named, key=position.__getitem__)),
        quotes=quotes,
        companions=(),
        places=(),
        distinct_roles=tuple(dict.fromkeys((r.title, r.country, r.former) for r in filled)),
    )


def with_companions(ministers, extractions, order, settings):
    """Who and where appears with each minister, counted by shared sources."""
    place_ids = {p.id for p in settings.places}
    per_doc = {d.slug: companions_in(extractions[d.slug], ministers, place_ids) for d in order}
    out = {}
    for key, minister in ministers.items():
        people, places = Counter(), Counter()
        for doc in minister.documents:
            people.update(per_doc[doc][0] - {key})
            places.update(per_doc[doc][1])
        out[key] = Minister(
            **{**minister.__dict__, "companions": ranked(people), "places": ranked(places)}
        )
    return dict(sorted(out.items()))


def companions_in(extraction: Extraction, ministers, place_ids) -> tuple[set, set]:
    """The ministers and the gazetteer's places one source names: what with_companions counts."""
    return ({m.key for m in extraction.mentions if m.kind == "person" and m.key in ministers}
            | {p.key for p in extraction.people if p.key in ministers},
            {m.key for m in extraction.mentions if m.kind == "place" and m.key in place_ids})


def build_places(settings, mentions, by_id, extractions) -> dict[str, Place]:
    """Every gazetteer place, with the sources and sentences that name it."""
    places = {}
    for setting in settings.places:
        found = mentions.get(("place", setting.id), ())
        refs = []
        for doc_id, group in itertools.groupby(found, key=lambda pair: pair[0]):
            refs += place_refs(by_id[doc_id], [mention for _, mention in group])
        places[setting.id] = Place(
            id=setting.id,
            name=setting.name,
            description=setting.description,
            aliases=setting.aliases,
            coordinates=setting.coordinates,
            documents=tuple(unique(d for d, _ in found)),
            sentences=tuple(refs),
        )
    return places


def place_refs(document: Document, mentions) -> list[PlaceRef]:
    """The sentences of `document` in which `mentions` (of one place) stand, each once."""
    refs = {}  # a dict keeps the first of equal refs, in order
    for mention in mentions:
        paragraph = document.paragraph(mention.paragraph)
        refs.setdefault(PlaceRef(document.slug, paragraph.id, sentence_around(paragraph.text, mention.start)))
    return list(refs)


def build_phases(settings, extractions, order, ministers, places) -> tuple[Phase, ...]:
    """The story's phases with their sources in time order and who and where is active in them."""
    phases = []
    for setting in settings.phases:
        docs = tuple(d.slug for d in order if extractions[d.slug].phase.phase == setting.id)
        members = set(docs)
        phases.append(
            Phase(
                id=setting.id,
                name=setting.name,
                description=setting.description,
                start=setting.start,
                end=setting.end,
                documents=docs,
                ministers=active_in(members, ministers),
                places=active_in(members, places),
            )
        )
    return tuple(phases)


def active_in(members: set, entities) -> tuple[str, ...]:
    """The ids of the ministers or places (in their order) that any of `members` names."""
    return tuple(e.id for e in entities.values() if not members.isdisjoint(e.documents))


def sentence_around(text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`."""
    for match in SENTENCE.finditer(text):
        if match.start() <= offset < match.end() or match.end() == len(text):
            return match.group(0).strip()
    return text.strip()


def ranked(counter: Counter) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def unique(items):
    return list(dict.fromkeys(items))
