"""What templates know about the page they render (PageHelpers): links relative to it, views
of the Site, structured data; a source's linked body (source_body.py) and memoised list items
(list_runs.py) come from modules of their own."""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import Markup

from . import structured_data
from .export import describe_roles
from .filters import escape_attr, first_day, full_day
from .list_runs import ListRuns
from .model import DateEstimate, Page, Site
from .per_site import per_site, refs_by_part
from .plan import (
    ENTITY_PAGE_SIZE,
    document_url,
    minister_url,
    part_count,
    part_documents,
    part_url,
    phase_url,
    place_url,
)
from .roles import roles_in
from .sitemap import sitemap_entries
from .source_body import linked_body
from .svg import connections_svg, timeline_svg


class PageHelpers(ListRuns):
    """What templates need to know about the page they render: links relative to it, views."""

    def __init__(self, site: Site, page: Page, assets: dict[str, str], list_items: dict | None = None):
        self.site = site
        self.page = page
        self.assets = assets
        self.list_items = list_items
        base_path = urlsplit(site.settings.base_url).path
        # The 404 page is served at any depth, so its links start from the site's root path.
        if page.template == "404.html":
            self.root = base_path
        else:
            depth = page.url.count("/")
            self.root = "../" * depth if depth else "./"

    def url(self, target: str) -> str:
        """A link from this page to `target` (a URL relative to the site root)."""
        if target == "" and self.root == "./":
            return "./"
        return self.root + target if self.root != "./" else target

    def absolute(self, target: str = "") -> str:
        return self.site.settings.base_url + target

    def asset(self, name: str) -> str:
        return self.url(f"assets/{name}") + f"?v={self.assets.get(name, '0')}"

    # links to things, by id
    def document_link(self, doc_id: str) -> str:
        return self.url(document_url(doc_id))

    def minister_link(self, minister_id: str) -> str:
        return self.url(minister_url(minister_id))

    def place_link(self, place_id: str) -> str:
        return self.url(place_url(place_id))

    def phase_link(self, phase_id: str) -> str:
        return self.url(phase_url(phase_id))

    # a minister's or place's page comes in parts of ENTITY_PAGE_SIZE sources (plan.py)
    page_size = ENTITY_PAGE_SIZE
    parts = staticmethod(part_count)
    part_documents = staticmethod(part_documents)

    def part_refs(self, documents: tuple[str, ...], refs: tuple, part: int) -> tuple:
        """plan.part_refs, from every part's refs found in one pass per entity: asked part by
        part, a minister named by 5,000 sources had all their quotes read for each of 50 parts."""
        return per_site(self.site, ("parts", id(documents), id(refs)), lambda: refs_by_part(documents, refs)).get(part, ())

    def part_link(self, part: int) -> str:
        """A link to another part of the minister's or place's page being rendered."""
        context = self.page.context
        entity = minister_url(context["minister_id"]) if "minister_id" in context else place_url(context["place_id"])
        return self.url(part_url(entity, part))

    def phase(self, phase_id: str | None):
        return next((p for p in self.site.phases if p.id == phase_id), None)

    def date_of(self, doc_id: str) -> DateEstimate | None:
        return self.site.extractions[doc_id].date

    def role_here(self, doc_id: str, person) -> str:
        """The title this source gives a person, with the country the index settled on."""
        roles = roles_in(self.site, person.key, doc_id) or [person.role]
        return "; ".join(dict.fromkeys(("former " if r.former else "") + r.title + (f" ({r.country})" if r.country else "")
                                       for r in roles))

    def role_elsewhere(self, role) -> str:
        """'Defence Minister (New Zealand) in <source>, 2020-01': a role and the source that gives it."""
        doc = self.site.documents[role.document]
        date = self.site.extractions[role.document].date
        text = ("former " if role.former else "") + role.title + (f" ({role.country})" if role.country else "")
        return f"{text} in {doc.title}" + (f", {date.value}" if date else "")

    def roles_text(self, minister_id: str) -> str:
        """'Defence Minister (New Zealand)', each distinct role once."""
        return describe_roles(self.site.ministers[minister_id])

    @staticmethod
    def preview(kind: str, key: str) -> Markup:
        """The attribute by which site.js finds an entity link's preview (name, role or
        description, how many sources) in data/previews.json, fetched on first hover or focus.
        Pages carry only the id, so a count changing elsewhere rewrites one small file, not
        every page that links the entity."""
        return Markup(f'data-entity="{escape_attr(kind)}:{escape_attr(key)}"')

    def body(self, doc_id: str, absolute: bool = False) -> Markup:
        """The source's paragraphs with ids, mentions of ministers and places as links, and each
        quote marked with its speaker."""
        return linked_body(self, doc_id, absolute)

    def quotes_of(self, doc_id: str):
        return self.site.extractions[doc_id].quotes

    # views of the whole site
    def ministers_by_country(self):
        """[(country, [ministers by name])], countries alphabetical, unknown last."""
        groups: dict[str, list] = {}
        for minister in self.site.ministers.values():
            for country in minister.countries or ("Country not given",):
                groups.setdefault(country, []).append(minister)
        order = sorted(groups, key=lambda c: (c == "Country not given", c))
        return [(c, sorted(groups[c], key=lambda m: m.name)) for c in order]

    def role_groups(self, minister_id: str) -> list[tuple]:
        """Each distinct role of a minister with the sources that give it, in time order (once per
        minister, not for each part of their page)."""
        def groups_of() -> list[tuple]:
            groups: dict[tuple, list[str]] = {}
            for role in self.site.ministers[minister_id].roles:
                groups.setdefault((role.title, role.country, role.former), []).append(role.document)
            return [(title, country, former, docs) for (title, country, former), docs in groups.items()]

        return per_site(self.site, ("roles", minister_id), groups_of)

    @staticmethod
    def most_named(entities, limit: int) -> list:
        """The `limit` entities named by the most sources, in alphabetical order."""
        top = sorted(entities.values(), key=lambda e: (-len(e.documents), e.name))[:limit]
        return sorted(top, key=lambda e: e.name)

    def phase_neighbours(self, phase_id: str):
        phases = self.site.phases
        i = next(i for i, p in enumerate(phases) if p.id == phase_id)
        return (phases[i - 1] if i > 0 else None, phases[i + 1] if i + 1 < len(phases) else None)

    def dated(self, ids) -> list[str]:
        """`ids` without the undated sources (one set, not a template test per source)."""
        undated = per_site(self.site, "undated", lambda: set(self.site.undated))
        return [d for d in ids if d not in undated]

    def unphased_dated(self) -> list[str]:
        return [d for d in self.site.timeline if not self.site.extractions[d].phase.phase]

    def timeline_svg(self) -> Markup:
        return timeline_svg(self.site, self)

    def connections_svg(self) -> Markup:
        return connections_svg(self.site, self)

    def sitemap_entries(self) -> list[tuple[str, str | None]]:
        return sitemap_entries(self.site)

    def feed_updated(self) -> str:
        # the first day of the newest date: the timeline is in order of date value, and
        # first_day keeps that order (not 10,000 dates looked at after each edit)
        timeline = self.site.timeline
        return (first_day(self.site.extractions[timeline[-1]].date.value) if timeline else "1970-01-01") + "T00:00:00Z"

    def feed_content(self, doc_id: str) -> Markup:
        """A source's text for its feed entry, its links absolute: many feed readers ignore xml:base."""
        helpers = PageHelpers(self.site, self.page, self.assets)
        helpers.root = self.site.settings.base_url
        return helpers.body(doc_id, absolute=True)

    def atom_date(self, estimate: DateEstimate | None) -> str:
        # Atom requires a timestamp; an undated source takes the epoch rather than the build time,
        # so the same inputs always give the same feed.
        return (full_day(estimate) if estimate else "1970-01-01") + "T00:00:00Z"

    # structured data (schema.org JSON-LD)
    def ld_document(self, doc_id: str) -> dict:
        return structured_data.ld_document(self.site, doc_id)

    def ld_minister(self, minister_id: str, brief: bool = False) -> dict:
        return structured_data.ld_minister(self.site, minister_id, brief)

    def ld_place(self, place_id: str, brief: bool = False) -> dict:
        return structured_data.ld_place(self.site, place_id, brief)

    def speaker_name(self, key: str | None, fallback: str | None = None) -> str:
        if key and key in self.site.people:
            return self.site.people[key].name
        return fallback or "unattributed"
