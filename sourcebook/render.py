"""Stage 6: Page -> HTML (or XML, text) with Jinja2; mentions in a source's body become links.

Templates get the Site and a few helpers; they never see raw source markup, only text that
autoescaping escapes and paragraph HTML that clean.py sanitised.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from . import structured_data
from .errors import BuildError, error
from .export import describe_roles
from .fingerprint import list_facts
from .markup import link_spans, with_id
from .model import DateEstimate, Page, Site
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
from .filters import escape_attr, excerpt, first_day, format_date, full_day, json_ld, non_overlapping
from .per_site import per_site, refs_by_part
from .quote_marks import insert_at, quote_points
from .roles import roles_in
from .sitemap import sitemap_entries
from .svg import connections_svg, timeline_svg

RUN_ENDS = 32  # a list's runs of sources (PageHelpers.doc_items) are this long on average


def make_environment(templates: str) -> jinja2.Environment:
    """The Jinja2 environment: autoescaping everywhere, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = format_date
    env.filters["json_ld"] = json_ld
    env.filters["excerpt"] = excerpt
    env.list_items = {}  # PageHelpers.list_item's rendered items; the preview's builder empties it
    return env


def render(pages, site: Site, templates: str, env: jinja2.Environment | None = None,
           assets: dict[str, str] | None = None) -> dict[str, bytes]:
    """Render the given pages; a template error is reported with its file and line."""
    return dict(render_each(pages, site, templates, env, assets))


def render_each(pages, site: Site, templates: str, env: jinja2.Environment | None = None,
                assets: dict[str, str] | None = None):
    """(output path, bytes) for each page, one at a time."""
    env = env or make_environment(templates)
    assets = assets if assets is not None else asset_versions(os.path.join(templates, "static"))
    for page in pages:
        yield page.output_path, render_page(env, page, site, assets)


def render_page(env: jinja2.Environment, page: Page, site: Site, assets: dict[str, str]) -> bytes:
    helpers = PageHelpers(site, page, assets, getattr(env, "list_items", None))
    try:
        template = env.get_template(page.template)
        text = template.render(site=site, page=page, h=helpers, **page.context)
    except jinja2.TemplateSyntaxError as exc:
        raise BuildError([error(template_path(exc.filename, exc.name), exc.message or "syntax error", exc.lineno)]) from None
    except jinja2.TemplateError as exc:
        raise BuildError([error(f"templates/{page.template}", f"{type(exc).__name__}: {exc}", template_line(exc))]) from None
    return text.encode("utf-8")


def template_path(filename: str | None, name: str | None) -> str:
    if filename:
        return os.path.relpath(filename)
    return f"templates/{name}"


def template_line(exc: Exception) -> int | None:
    """The template line of a runtime error, from the traceback Jinja rewrites."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith((".html", ".xml", ".txt")):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def asset_versions(static: str) -> dict[str, str]:
    """A short content hash per static asset, so a changed stylesheet is never served stale."""
    versions = {}
    for folder, _, files in os.walk(static):
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, static).replace(os.sep, "/")
            with open(path, "rb") as f:
                versions[rel] = hashlib.sha256(f.read()).hexdigest()[:10]
    return versions


class PageHelpers:
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
        site, extraction = self.site, self.site.extractions[doc_id]
        by_paragraph: dict[str, list] = {}
        for m in extraction.mentions:
            if m.kind == "person" and m.key in site.ministers:
                kind, href = "minister", self.minister_link(m.key)
            elif m.kind == "place" and m.key in site.places:
                kind, href = "place", self.place_link(m.key)
            else:
                continue
            opening = f'<a class="mention mention-{kind}" href="{escape_attr(href)}" {self.preview(kind, m.key)}>'
            by_paragraph.setdefault(m.paragraph, []).append((m.start, m.end, opening))
        parts = []
        names = {p.key: p.name for p in extraction.people}
        speaker_link = lambda key: self.minister_link(key) if key in site.ministers else None  # noqa: E731
        speaker_name = lambda key: site.ministers[key].name if key in site.ministers else names.get(key, key)  # noqa: E731
        for paragraph in site.documents[doc_id].paragraphs:
            linked = with_id(link_spans(paragraph.html, non_overlapping(by_paragraph.get(paragraph.id, []))), paragraph.id)
            parts.append(insert_at(linked, quote_points(extraction.quotes, paragraph, speaker_link, speaker_name,
                                                        self.document_link(doc_id) if absolute else "")))
        return Markup("\n".join(parts))

    def list_item(self, macro, doc_id: str, show_phase: bool = True) -> Markup:
        """`macro(doc_id, h, site, show_phase)` (the theme's doc_item), rendered once per link
        depth and per way the source appears in lists (fingerprint.list_facts, what a list
        page's digest reads of it): the timeline and the phase pages list every source, and the
        preview renders them again after each retitle."""
        if self.list_items is None:
            return macro(doc_id, self, self.site, show_phase)
        key = (self.root, show_phase, list_facts(self.site, doc_id))
        item = self.list_items.get(key)
        if item is None:
            item = self.list_items[key] = macro(doc_id, self, self.site, show_phase)
        return item

    def doc_items(self, macro, ids, show_phase: bool = True) -> Markup:
        """list_item for each of `ids`, joined. Cut into runs where a source's id hashes to a
        boundary (RUN_ENDS), each run rendered once per link depth and per way its sources
        appear in lists: after a retitle, a date change or a source added, the preview joins
        the runs it has and renders one, rather than calling the theme for 10,000 sources.
        The cuts depend on the ids alone, so a source added shifts no other run."""
        if self.list_items is None:
            return Markup("").join(self.list_item(macro, d, show_phase) for d in ids)
        out, run = [], []
        for doc_id in ids:
            run.append(doc_id)
            if zlib.crc32(doc_id.encode("utf-8")) % RUN_ENDS == 0:
                out.append(self.doc_run(macro, run, show_phase))
                run = []
        if run:
            out.append(self.doc_run(macro, run, show_phase))
        return Markup("").join(out)

    def doc_run(self, macro, run: list[str], show_phase: bool) -> Markup:
        key = ("run", self.root, show_phase, tuple(list_facts(self.site, d) for d in run))
        item = self.list_items.get(key)
        if item is None:
            item = self.list_items[key] = Markup("").join(self.list_item(macro, d, show_phase) for d in run)
        return item

    def each(self, macro, items) -> Markup:
        """`macro(*item)` for each of `items` (tuples of plain values, the first naming the
        item), joined. In runs cut where the first value hashes to a boundary, each run
        rendered once per template and link depth (as doc_items): the macro's output must
        depend on its arguments alone. The sitemap's 10,000 lines change by one after an edit."""
        if self.list_items is None:
            return Markup("").join(macro(*item) for item in items)
        out, run = [], []
        for item in items:
            run.append(item)
            if hash(item[0]) % RUN_ENDS == 0:  # runs are kept in this process only
                out.append(self.each_run(macro, run))
                run = []
        if run:
            out.append(self.each_run(macro, run))
        return Markup("").join(out)

    def each_run(self, macro, run: list) -> Markup:
        key = ("each", self.page.template, macro.name, self.root, tuple(run))
        item = self.list_items.get(key)
        if item is None:
            item = self.list_items[key] = Markup("").join(macro(*entry) for entry in run)
        return item

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
