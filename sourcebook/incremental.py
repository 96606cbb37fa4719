"""The preview's rebuild: only what a change affects, into a folder that is updated in place.

Stages 1-3 come from an in-memory cache keyed by content hash (files the watcher did not report
are not even read again). An edit that stays inside one source (its text, but not its title,
date, people, quotes or the sentences naming places: index.shared_facts) patches that document
into the last Site and re-renders the pages that show it; an edit to one source that reaches
further (those facts, or a source added or deleted) is spliced into the last Site from the
source's old and new facts (index_patch.py); any other change (several sources at once, a
template, site.yaml) re-indexes and re-plans the whole site, which is linear but takes seconds
at 10,000 sources. Either way a page
is rendered again only when the digest of its inputs (fingerprint.py) changed, and a file is
written only when its bytes changed. The result is byte for byte what a clean build writes.
"""

from __future__ import annotations

import gc
import os
import shutil
import time
from collections import defaultdict
from dataclasses import dataclass, replace

from .cache import SourceCache, code_version
from .config import load_settings
from .edit_inside import shared_facts, with_document_replaced
from .export import previews_json
from .export_records import Records, records_of
from .fingerprint import Inputs, template_digests
from .gather import document_key, gather, process
from .index_patch import Memory, patched, remember
from .model import Page, Settings, Site
from .per_site import known_plan
from .pipeline import EXPORT, extra_files, with_export_key
from .plan import part_of, plan
from .preview_files import listed, remove_stale, sync_static, write_chunks_if_changed, write_if_changed
from .read import digest_bytes, read_bytes
from .render import asset_versions, make_environment, render
from .repage import replanned
from .search import build_search_index
from .write import ASSETS

# After a patch the export's digest is not made (a digest of every page's, 20,000 of them): the
# preview's export is kept up to date record by record (export_records.py), and this marker,
# never a digest, has the next full rebuild make the export again and write it if it differs.
PATCHED_EXPORT = {name: "patched" for name in EXPORT}
LIST_ITEMS_KEPT = 200_000  # rendered list items (render.PageHelpers.list_item) kept between rebuilds


@dataclass(frozen=True)
class Rebuild:
    """What one rebuild did, for its log line."""

    pages: int  # files rendered and found different
    removed: int
    rendered: int
    milliseconds: float
    reindexed: bool = True  # False: an edit inside sources, patched into the last Site
    spliced: bool = False  # the edit reached other pages and was spliced into the index (index_patch.py)
    stages: tuple = ()  # (stage, milliseconds) of a spliced edit, for bench/edits.py


class IncrementalBuilder:
    """Keeps what the last build knew, so the next one does only the work a change needs."""

    def __init__(self, config: str, overrides: dict, templates: str, output: str, use_cache: bool = True):
        self.config = config
        self.overrides = overrides
        self.templates = templates
        self.output = output
        self.settings: Settings | None = None
        self.disk_cache = use_cache
        self.cache: SourceCache | None = None
        self.digests: dict[str, str] = {}  # source path -> digest of its bytes, as last read
        self.page_digests: dict[str, str] = {}  # output path -> digest of its inputs
        self.env = make_environment(templates)
        # What the last rebuild made, for an edit inside one source to patch:
        self.site: Site | None = None
        self.keys: dict[str, str] = {}  # document id -> document_key
        self.slugs: dict[str, str] = {}  # source path -> document id
        self.readers: dict[str, set[str]] = {}  # page input ("document:x", "title:y", ...) -> output paths reading it
        self.pages: dict[str, Page] = {}  # output path -> the page, as last planned
        self.memory: Memory | None = None  # what index_patch needs besides the Site
        self.theme: tuple = ()  # template digests and asset versions
        self.records: Records | None = None  # the data export, record by record
        self.patches = 0  # edits spliced into the index so far
        self.input_digests: dict[str, object] = {}  # page input -> its digest, as last computed

    def rebuild(self, changed_sources: set[str] | None = None, config_changed: bool = False) -> Rebuild:
        """Bring the output up to date. `changed_sources` (paths relative to the content folder)
        are the sources the watcher saw change; None means anything may have changed."""
        started = time.perf_counter()
        if len(self.env.list_items) > LIST_ITEMS_KEPT:
            self.env.list_items.clear()  # items of titles long gone
        if changed_sources and not config_changed and self.site is not None:
            edited = self.edit_in_place(changed_sources)
            if edited is None and len(changed_sources) == 1:
                edited = self.patch_index(next(iter(changed_sources)))
            if edited is not None:
                return replace(edited, milliseconds=(time.perf_counter() - started) * 1000)
        gc.unfreeze()  # what the last full rebuild froze may be garbage now
        if self.settings is None or config_changed:
            self.settings = load_settings(self.config, **self.overrides)
            self.settings = type(self.settings)(**{**self.settings.__dict__, "output": self.output})
        if self.cache is None:
            self.cache = SourceCache(self.settings.cache if self.disk_cache else None)
        known = None
        if changed_sources is not None:
            known = {rel: d for rel, d in self.digests.items() if rel not in changed_sources}
        gathered = gather(self.settings, self.cache, known)
        self.env.list_items.clear()  # rendered with the last theme and settings
        if not self.page_digests:
            shutil.rmtree(self.output, ignore_errors=True)  # a preview left by an earlier session
        site = gathered.site
        pages = plan(site)
        known_plan(site, pages)
        static = os.path.join(self.templates, "static")
        assets = asset_versions(static)
        theme = (template_digests(self.templates), assets)
        inputs = Inputs(site, theme[0], assets, gathered.keys)
        wanted = with_export_key({page.output_path: inputs.page(page) for page in pages})
        stale = [p for p in pages if self.page_digests.get(p.output_path) != wanted[p.output_path]]
        files = render(stale, site, self.templates, self.env, assets)
        records = records_of(site)
        if self.page_digests.get(EXPORT[0]) != wanted[EXPORT[0]]:
            files.update(extra_files(site, records.data))
        changed = sum(write_if_changed(self.output, rel, data) for rel, data in files.items())
        changed += sync_static(static, os.path.join(self.output, ASSETS))
        removed = remove_stale(self.output, set(self.page_digests) - set(wanted))
        self.page_digests, self.digests, self.site, self.keys = wanted, gathered.digests, site, gathered.keys
        self.input_digests = inputs.memo
        self.records = records
        self.slugs = {d.source: slug for slug, d in site.documents.items()}
        self.pages = {p.output_path: p for p in pages}
        self.readers = defaultdict(set)
        for page in pages:
            for name in page.inputs:
                self.readers[name].add(page.output_path)
        self.memory = remember(site, [(r.document, r.extraction) for r in gathered.processed if r.document is not None])
        self.theme = theme
        # The Site, its pages and rendered items live until the next full rebuild: kept out of
        # the collector's sight, an edit's garbage collection scans what the edit made, not
        # millions of objects (a full collection took most of a second at 10,000 sources).
        gc.collect()
        gc.freeze()
        return Rebuild(changed, removed, len(files), (time.perf_counter() - started) * 1000)

    def edit_in_place(self, changed_sources: set[str]) -> Rebuild | None:
        """Patch sources whose edit stays inside them into the last Site and re-render the pages
        that show them (their own, and the pages of the places and people they name, which show
        their sentences and quotes); None when a change reaches further (a new, deleted or
        retitled source, a changed date, people, speakers or places, a theme change)."""
        settings = self.settings
        static = os.path.join(self.templates, "static")
        theme = (template_digests(self.templates), asset_versions(static))
        if theme != self.theme:
            return None
        site, keys, digests, touched = self.site, dict(self.keys), dict(self.digests), set()
        version = code_version()
        for rel in sorted(changed_sources):
            slug = self.slugs.get(rel)
            if slug is None:
                return None
            try:
                raw = read_bytes(settings.content, rel)
            except OSError:
                return None
            file_digest = digest_bytes(raw)
            if file_digest == digests[rel]:
                continue
            key = SourceCache.key(rel, file_digest, settings.digest, version)
            now = self.cache.get(key) or process(rel, raw, settings)
            before = self.cache.get(SourceCache.key(rel, digests[rel], settings.digest, version))
            if now.document is None or before is None or any(not p.warning for p in now.problems):
                return None  # the full rebuild reports the problem, or finds what the cache lost
            document = replace(now.document, slug=slug)
            if now.document.slug != before.document.slug:
                return None  # a new slug in the front matter: a new address, index_patch's to give
            if shared_facts(document, now.extraction) != shared_facts(replace(before.document, slug=slug), before.extraction):
                return None
            self.cache.put(key, now)
            patched = with_document_replaced(site, document, now.extraction)
            keys[slug] = document_key(key, slug, now.extraction, patched.extractions[slug])
            digests[rel] = file_digest
            # its own page, and the part of each place's and minister's page whose sentences or
            # quotes changed
            touched.add(f"document:{slug}")
            for kind, old, new in (("place", site.places, patched.places), ("person", site.ministers, patched.ministers)):
                touched |= {f"{kind}-part:{e}:{part_of(new[e].documents, slug)}" for e in new if new[e] is not old[e]}
            site = patched
        inputs = Inputs(site, theme[0], theme[1], keys)
        showing = {path: self.pages[path] for name in sorted(touched) for path in self.readers.get(name, ())}
        wanted = {k: v for k, v in self.page_digests.items() if k not in EXPORT}
        wanted.update({path: inputs.page(page) for path, page in showing.items()})
        wanted.update(PATCHED_EXPORT)
        stale = [p for path, p in showing.items() if wanted[path] != self.page_digests[path]]
        files = render(stale, site, self.templates, self.env, theme[1])
        records = records_of(site, self.records, {n[len("document:"):] for n in touched if n.startswith("document:")})
        changed = sum(write_if_changed(self.output, rel, data) for rel, data in files.items())
        changed += write_chunks_if_changed(self.output, EXPORT[0], records.chunks, self.records.chunks)
        self.site, self.keys, self.digests, self.page_digests, self.records = site, keys, digests, wanted, records
        self.input_digests.update(inputs.memo)
        return Rebuild(changed, 0, len(files), 0.0, reindexed=False)

    def patch_index(self, rel: str) -> Rebuild | None:
        """Patch an edit to one source that reaches other pages (its title, date, the people
        and places it names; a source added or deleted) into the last Site (index_patch.py) and
        bring the pages it reaches up to date (repage.py); None when it reaches further than a
        patch knows (a surname that now resolves otherwise, a slug that shifts others', a theme
        change) or the source has a problem the full rebuild reports."""
        settings, doc_id = self.settings, self.slugs.get(rel)
        if self.memory is None:
            return None
        theme = (template_digests(self.templates), asset_versions(os.path.join(self.templates, "static")))
        try:
            raw = read_bytes(settings.content, rel)
        except OSError:
            raw = None
        if theme != self.theme or (raw is None and (doc_id is None or os.path.lexists(os.path.join(settings.content, rel)))):
            return None  # neither there nor gone: the full rebuild says what is wrong
        if doc_id is None and not listed(settings.content, rel):
            return None  # not a source (gather reports a skipped file)
        version = code_version()
        key = SourceCache.key(rel, digest_bytes(raw), settings.digest, version) if raw is not None else None
        now = (self.cache.get(key) or process(rel, raw, settings)) if raw is not None else None
        before = self.cache.get(SourceCache.key(rel, self.digests[rel], settings.digest, version)) if doc_id else None
        if (now is not None and (now.document is None or any(not p.warning for p in now.problems))) or (
                doc_id is not None and before is None):
            return None
        clock = [("read", time.perf_counter())]
        done = patched(self.site, self.memory, doc_id, before and (before.document, before.extraction),
                       now and (now.document, now.extraction))
        clock.append(("index", time.perf_counter()))
        if done is None:
            return None
        site, memory = done
        slug = None if now is None else doc_id if doc_id in site.documents else next(
            s for s in set(site.documents) - set(self.site.documents))
        reach = replanned(self.site, site, doc_id, slug, memory)
        records = records_of(site, self.records, reach.records)
        keys = {k: v for k, v in self.keys.items() if k != doc_id}
        if now is not None:
            self.cache.put(key, now)
            keys[slug] = document_key(key, slug, now.extraction, site.extractions[slug])
        pages = dict(self.pages)
        for path, page in reach.pages:
            for name in (pages[path].inputs if path in pages else ()):
                self.readers[name].discard(path)
            if page is None:
                pages.pop(path, None)
            else:
                pages[path] = page
                for name in page.inputs:
                    self.readers[name].add(path)
        inputs = Inputs(site, theme[0], theme[1], keys, self.input_digests, reach.inputs)
        self.patches += 1
        # a list of every source that certainly changed is not hashed (10,000 titles) to find out:
        # a marker no build makes has its pages rendered now, and by the next full rebuild
        inputs.memo.update({name: f"patched-{self.patches}" for name in reach.certain})
        # the pages reading an input that did change: a place named by 8,000 sources has 80 parts
        # reading "place:taji", which a retitle leaves as it was
        changed_inputs = [name for name in reach.inputs
                          if self.readers.get(name) and inputs.of(name) != self.input_digests.get(name)]
        showing = {path for name in changed_inputs for path in self.readers[name]}
        showing |= {path for path, page in reach.pages if page is not None}
        wanted = {k: v for k, v in self.page_digests.items() if k not in EXPORT and k in pages}
        wanted.update({path: inputs.page(pages[path]) for path in showing})
        wanted.update(PATCHED_EXPORT)
        stale = [pages[path] for path in sorted(showing) if wanted[path] != self.page_digests.get(path)]
        known_plan(site, plan(site, pages))
        clock.append(("plan, export, digests", time.perf_counter()))
        files = render(stale, site, self.templates, self.env, theme[1])
        clock.append(("render", time.perf_counter()))
        files[EXPORT[1]] = previews_json(site)
        changed = sum(write_if_changed(self.output, rel_, data) for rel_, data in files.items())
        changed += write_chunks_if_changed(self.output, EXPORT[0], records.chunks, self.records.chunks)
        removed = remove_stale(self.output, set(self.page_digests) - set(wanted))
        clock.append(("write", time.perf_counter()))
        self.site, self.memory, self.keys, self.pages, self.page_digests, self.records = site, memory, keys, pages, wanted, records
        self.input_digests.update(inputs.memo)
        if now is None:
            del self.digests[rel], self.slugs[rel]
        else:
            self.digests[rel], self.slugs[rel] = digest_bytes(raw), slug
        stages = tuple((name, (t - clock[i][1]) * 1000) for i, (name, t) in enumerate(clock[1:]))
        return Rebuild(changed, removed, len(files), 0.0, reindexed=False, spliced=True, stages=stages)

    def update_search_index(self):
        """Re-index the preview for search (slow at scale: the server runs it off the reload path)."""
        return build_search_index(self.output, background=True)

    def save_cache(self) -> None:
        if self.cache is not None:
            self.cache.save()
