"""What each page was made from, as one digest: a page is re-rendered when its digest changes.

Page.inputs (set by plan.py) name the facts a page shows ("document:x", "title:y", "nav", ...);
this module turns each name into a digest of exactly those facts, in one place, so the
incremental rebuild and the warm build agree with a clean build byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
from dataclasses import replace

from .export import describe_roles
from .model import Page, Site
from .plan import ENTITY_PAGE_SIZE, part_documents
from .roles import roles_in

TEMPLATE_REFERENCE = re.compile(r"""{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")


def digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:20]


class Inputs:
    """Digests of the named inputs of one Site, computed on demand and remembered."""

    def __init__(self, site: Site, templates: dict[str, str], assets: dict[str, str], keys: dict[str, str],
                 last: dict | None = None, fresh: frozenset = frozenset()):
        self.site = site
        # After an edit the preview knows which inputs it can have changed (`fresh`); any other
        # is taken from the digests of the last build (`last`) rather than computed again.
        self.last = last if last is not None else {}
        self.fresh = fresh
        # document id -> the cache key of its source and slug: it determines the document and
        # what was extracted from it, so it stands for both without hashing either again.
        self.keys = keys
        self.templates = templates
        self.assets = assets
        self.memo: dict[str, str] = {}
        self.names: dict[str, tuple] = {}
        self.parts: dict[tuple[str, str], dict[int, tuple]] = {}

    def page(self, page: Page) -> str:
        """The digest of everything `page` shows: its template chain and its inputs."""
        return digest(page.url, self.templates.get(page.template), sorted(page.context.items()),
                      [self.of(name) for name in page.inputs])

    def of(self, name: str) -> str:
        if name not in self.memo:
            if name in self.last and name not in self.fresh:
                return self.last[name]
            self.memo[name] = self.compute(name)
        return self.memo[name]

    def compute(self, name: str) -> str:
        site = self.site
        kind, _, key = name.partition(":")
        if kind == "nav" or kind == "settings":
            s = site.settings
            # No count of sources or ministers: a page that showed one would change with every
            # source added or deleted (the home page shows them, from "all-documents"/"all-entities").
            return digest(s.title, s.description, s.base_url, s.language, s.phases, sorted(self.assets.items()))
        if kind == "document":
            # Its body links every mention with the entity's name and role (or description).
            extraction = site.extractions[key]
            names = sorted({m.key for m in extraction.mentions} | {p.key for p in extraction.people})
            elsewhere = [(person, role, self.title(role.document)) for person, role in site.roles_elsewhere.get(key, ())]
            roles_here = [r for p in extraction.people if p.key in site.ministers for r in roles_in(site, p.key, key)]
            return digest(self.content(key), site.related[key], site.neighbours[key],
                          [(n, self.name_of(n), n in site.ministers) for n in names], elsewhere, roles_here)
        if kind == "title":
            return self.title(key)
        if kind == "person":
            if key not in site.ministers:
                return digest(None, site.people.get(key))
            # What every part of the page shows: all but the quotes and the list of sources. Of
            # the sources giving each role, the table shows the first and last (or up to three):
            # only their titles count, so retitling one of a thousand sources redraws no part.
            minister = site.ministers[key]
            mentioned = [m for m, _ in minister.companions] + [p for p, _ in minister.places]
            groups: dict[tuple, list[str]] = {}
            for role in minister.roles:
                groups.setdefault((role.title, role.country, role.former), []).append(role.document)
            shown = [(group, len(docs), [self.title(d) for d in (docs if len(docs) <= 3 else (docs[0], docs[-1]))])
                     for group, docs in groups.items()]
            return digest(minister.id, minister.name, minister.countries, minister.distinct_roles,
                          len(minister.documents), len(minister.quotes), minister.companions, minister.places,
                          shown, [self.name_of(m) for m in mentioned])
        if kind == "place":
            place = site.places.get(key)
            return digest(replace(place, sentences=(), documents=len(place.documents)) if place else None)
        if kind in ("person-part", "place-part"):
            entity_id, _, part = key.rpartition(":")
            entity = (site.ministers if kind == "person-part" else site.places)[entity_id]
            shown = part_documents(entity.documents, int(part))
            return digest(self.refs_by_part(kind, entity).get(int(part), ()), [self.title(d) for d in shown])
        if kind == "all-documents":
            return digest([self.title(d) for d in site.documents], site.phases, site.timeline, site.undated)
        if kind == "all-dates":
            # every source's address and date, in time order, and which phase lists it
            ex = site.extractions
            return digest(site.timeline, [ex[d].date.value for d in site.timeline], site.undated,
                          [(p.id, p.documents) for p in site.phases])
        if kind == "all-entities":
            # how lists show a minister: name, countries, roles as described, counts (a role per
            # source is thousands of records to hash for what is one line of text)
            return digest([(m.id, m.name, m.countries, m.distinct_roles, len(m.documents), len(m.quotes), m.companions,
                            m.places) for m in site.ministers.values()],
                          [(p.id, p.name, p.description, len(p.documents)) for p in site.places.values()],
                          sorted(site.people))
        raise KeyError(f"unknown page input {name!r}")

    def refs_by_part(self, kind: str, entity) -> dict[int, tuple]:
        """plan.part_refs of every part of an entity's page, in one pass over its quotes or
        sentences (asking part by part reads them all for each of fifty parts)."""
        if (kind, entity.id) not in self.parts:
            refs = entity.quotes if kind == "person-part" else entity.sentences
            part = {d: i // ENTITY_PAGE_SIZE + 1 for i, d in enumerate(entity.documents)}
            found: dict[int, list] = {}
            for ref in refs:
                if ref.document in part:
                    found.setdefault(part[ref.document], []).append(ref)
            self.parts[(kind, entity.id)] = {n: tuple(r) for n, r in found.items()}
        return self.parts[(kind, entity.id)]

    def content(self, doc_id: str) -> str:
        """A digest of a document and what was extracted from it."""
        return self.keys[doc_id]

    def title(self, doc_id: str) -> tuple:
        """How a document appears in lists: id, title, date, phase."""
        return list_facts(self.site, doc_id)

    def name_of(self, entity: str) -> tuple:
        """How a page names an entity it links: name and roles, or name and description."""
        if entity not in self.names:
            self.names[entity] = self.naming(entity)
        return self.names[entity]

    def naming(self, entity: str) -> tuple:
        if entity in self.site.ministers:
            m = self.site.ministers[entity]
            return (m.id, m.name, describe_roles(m))
        place = self.site.places.get(entity)
        return (entity, place.name, place.description) if place else (entity,)


def list_facts(site: Site, doc_id: str) -> tuple:
    """How a document appears in lists (its id, title, date, phase), as plain values: cheap to
    hash for 10,000 sources, and what list_runs.py keys a rendered list item by. Asked for every
    source after each edit in the preview, so kept while its document and extraction are the
    same objects (a patched Site keeps those of the sources an edit did not reach)."""
    doc, ex = site.documents[doc_id], site.extractions[doc_id]
    known = _facts.get(doc_id)
    if known is not None and known[0] is doc and known[1] is ex:
        return known[2]
    date = ex.date
    facts = (doc_id, doc.title, date and (date.value, date.precision, date.estimated), ex.phase.phase)
    _facts[doc_id] = (doc, ex, facts)
    return facts


_facts: dict[str, tuple] = {}  # document id -> (document, extraction, list_facts)


def template_digests(folder: str) -> dict[str, str]:
    """For each template, a digest of its text and of every template it extends, includes or imports."""
    texts = {}
    for root, _, files in os.walk(folder):
        if os.path.basename(root) == "static" or os.sep + "static" + os.sep in root + os.sep:
            continue
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                texts[rel] = f.read()

    def chain(name: str, seen: frozenset) -> list[str]:
        if name in seen or name not in texts:
            return [name]
        found = [name]
        for ref in TEMPLATE_REFERENCE.findall(texts[name]):
            found += chain(ref, seen | {name})
        return found

    return {name: digest(sorted((n, texts.get(n)) for n in set(chain(name, frozenset())))) for name in texts}


STATE_FILE = "pages.pickle"


class PageState:
    """What the last build wrote to an output folder: each file's input digest."""

    def __init__(self, output: str, digests: dict[str, str], inputs_key: str = "", report: dict | None = None):
        self.output = os.path.abspath(output)
        self.digests = digests
        self.inputs_key = inputs_key  # a digest of everything the build read
        self.report = report  # what that build reported

    @classmethod
    def load(cls, cache: str | None, output: str) -> "PageState":
        """The state of the last build into `output`; empty without a cache or after another output."""
        if cache:
            try:
                with open(os.path.join(cache, STATE_FILE), "rb") as f:
                    saved = pickle.load(f)
                if saved.get("output") == os.path.abspath(output) and os.path.isdir(output):
                    return cls(output, saved["digests"], saved.get("inputs_key", ""), saved.get("report"))
            except (OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError, TypeError):
                pass
        return cls(output, {})

    def unchanged(self, wanted: dict[str, str]) -> set[str]:
        """Paths whose digest is what the last build wrote, and whose file is still there."""
        return {
            path for path, value in wanted.items()
            if self.digests.get(path) == value and os.path.isfile(os.path.join(self.output, path))
        }

    def search_index(self) -> set[str]:
        """The files of the previous search index, to keep when no page changed."""
        bundle = os.path.join(self.output, "pagefind")
        return {
            os.path.relpath(os.path.join(folder, name), self.output).replace(os.sep, "/")
            for folder, _, files in os.walk(bundle) for name in files
        }

    def save(self, cache: str | None) -> None:
        if not cache:
            return
        os.makedirs(cache, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=cache, prefix=".pages-")
        with os.fdopen(handle, "wb") as f:
            pickle.dump({"output": self.output, "digests": self.digests, "inputs_key": self.inputs_key,
                         "report": self.report}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, os.path.join(cache, STATE_FILE))
