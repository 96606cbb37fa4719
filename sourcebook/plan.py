"""Stage 5: Site -> Pages: every URL of the site, its template, what it shows and what it was made from."""

from __future__ import annotations

from collections.abc import Mapping

from .errors import BuildError, error
from .model import Page, Site, frozen_mapping

FEED_LIMIT = 50  # a feed is for news of the collection, not a copy of it
ENTITY_PAGE_SIZE = 100  # sources per page of a minister or place: a page stays readable at 10,000
DOCUMENTS, MINISTERS, PLACES, PHASES = "documents/", "ministers/", "places/", "phases/"
NAV = ("nav",)  # every HTML page shows the navigation: the site's title and its phases


def document_url(doc_id: str) -> str:
    return f"{DOCUMENTS}{doc_id}/"


def minister_url(minister_id: str) -> str:
    return f"{MINISTERS}{minister_id}/"


def place_url(place_id: str) -> str:
    return f"{PLACES}{place_id}/"


def phase_url(phase_id: str) -> str:
    return f"{PHASES}{phase_id}/"


def part_url(url: str, part: int) -> str:
    """The URL of one part of a paginated entity page: the first is the entity's own URL."""
    return url if part == 1 else f"{url}page/{part}/"


def part_count(documents: tuple[str, ...]) -> int:
    return max(1, -(-len(documents) // ENTITY_PAGE_SIZE))


def part_documents(documents: tuple[str, ...], part: int) -> tuple[str, ...]:
    """The sources one part of an entity page shows, in time order."""
    return documents[(part - 1) * ENTITY_PAGE_SIZE: part * ENTITY_PAGE_SIZE]


def part_of(documents: tuple[str, ...], doc_id: str) -> int:
    return documents.index(doc_id) // ENTITY_PAGE_SIZE + 1


def part_refs(documents: tuple[str, ...], refs: tuple, part: int) -> tuple:
    """The quotes or sentences (anything with a .document) of the sources of one part."""
    shown = set(part_documents(documents, part))
    return tuple(r for r in refs if r.document in shown)


def plan(site: Site, known: Mapping[str, Page] | None = None) -> tuple[Page, ...]:
    """Every page of the site; two pages wanting one URL is an error naming both. `known`: the
    pages of this Site by output path where the caller has them (the preview keeps its plan up
    to date, repage.py), taken as they are rather than made again for 10,000 sources."""
    nav = NAV
    known = known or {}
    pages = [
        Page("", "home.html", frozen_mapping({}), nav + ("all-documents", "all-entities")),
        Page("timeline/", "timeline.html", frozen_mapping({}), nav + ("all-documents",)),
        Page("search/", "search.html", frozen_mapping({}), nav),
        Page("404.html", "404.html", frozen_mapping({}), nav),
        Page(MINISTERS, "ministers.html", frozen_mapping({}), nav + ("all-entities",)),
        Page(PLACES, "places.html", frozen_mapping({}), nav + ("all-entities",)),
        Page(PHASES, "phases.html", frozen_mapping({}), nav + ("all-documents",)),
        Page("connections/", "connections.html", frozen_mapping({}), nav + ("all-entities",)),
    ]
    pages += [known.get(f"{document_url(doc_id)}index.html") or document_page(site, doc_id) for doc_id in site.documents]
    for kind, entities in (("person", site.ministers), ("place", site.places)):
        for entity_id, entity in entities.items():
            pages += entity_pages(kind, entity_id, entity)
    for phase in site.phases:
        pages.append(
            Page(
                phase_url(phase.id),
                "phase.html",
                frozen_mapping({"phase_id": phase.id}),
                nav + ("all-documents",),
            )
        )
    pages += [
        # the sitemap shows addresses and dates, not titles: a retitle leaves it alone
        Page("sitemap.xml", "sitemap.xml", frozen_mapping({}), ("all-dates", "all-entities")),
        feed_page(site),
        Page("robots.txt", "robots.txt", frozen_mapping({}), ("settings",)),
    ]
    check_collisions(pages)
    return tuple(pages)


def document_page(site: Site, doc_id: str) -> Page:
    """A source's page: it shows the titles of its related sources and its neighbours in time."""
    related = site.related.get(doc_id, ()) + tuple(d for d in site.neighbours[doc_id] if d)
    return Page(document_url(doc_id), "document.html", frozen_mapping({"doc_id": doc_id}),
                NAV + (f"document:{doc_id}",) + tuple(f"title:{d}" for d in related))


def entity_pages(kind: str, entity_id: str, entity) -> list[Page]:
    """The parts of a minister's ("person") or a place's page.

    An entity page shows the entity ("person:x"/"place:x": name, roles, counts) and, a hundred
    sources to a page, their quotes or sentences, titles and dates ("person-part:x:2"); a
    source's body is not on it. An edit to one quote re-renders one part."""
    url, template, key = ((minister_url, "minister.html", "minister_id") if kind == "person"
                          else (place_url, "place.html", "place_id"))
    return [Page(part_url(url(entity_id), part), template, frozen_mapping({key: entity_id, "part": part}),
                 NAV + (f"{kind}:{entity_id}", f"{kind}-part:{entity_id}:{part}"))
            for part in range(1, part_count(entity.documents) + 1)]


def feed_page(site: Site) -> Page:
    feed_ids = feed_documents(site)
    return Page("feed.xml", "feed.xml", frozen_mapping({"doc_ids": feed_ids}),
                ("all-documents",) + tuple(f"document:{d}" for d in feed_ids))


def feed_documents(site: Site) -> tuple[str, ...]:
    """The newest sources, newest first (undated ones after), as many as a feed reader wants."""
    return (tuple(reversed(site.timeline)) + site.undated)[:FEED_LIMIT]


def check_collisions(pages: list[Page]) -> None:
    """Refuse two pages with one output file (say, a place and a minister with one slug)."""
    seen: dict[str, Page] = {}
    problems = []
    for page in pages:
        path = page.output_path
        if path in seen:
            problems.append(
                error(path, f"two pages want this URL: {seen[path].template} {dict(seen[path].context)} "
                            f"and {page.template} {dict(page.context)}")
            )
        seen[path] = page
    if problems:
        raise BuildError(problems)
