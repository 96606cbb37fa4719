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
from dataclasses import replace

from .cache import SourceCache
from .config import load_settings
from .export_records import Records, records_of
from .fingerprint import Inputs, template_digests
from .gather import gather
from .index_patch import Memory, remember
from .model import Page, Settings, Site
from .per_site import known_plan
from .pipeline import EXPORT, extra_files, with_export_key
from .plan import plan
from .preview_files import remove_stale, sync_static, write_if_changed
from .rebuild_inside import rebuild_inside
from .rebuild_log import Rebuild
from .rebuild_spliced import rebuild_spliced
from .render import asset_versions, make_environment, render
from .search import build_search_index
from .write import ASSETS

LIST_ITEMS_KEPT = 200_000  # rendered list items (list_runs.ListRuns.list_item) kept between rebuilds


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
        """An edit that stays inside its sources, patched into the last Site (rebuild_inside.py);
        None when a change reaches further."""
        return rebuild_inside(self, changed_sources)

    def patch_index(self, rel: str) -> Rebuild | None:
        """An edit to one source that reaches other pages, spliced into the last Site
        (rebuild_spliced.py); None when it reaches further than a patch knows."""
        return rebuild_spliced(self, rel)

    def update_search_index(self):
        """Re-index the preview for search (slow at scale: the server runs it off the reload path)."""
        return build_search_index(self.output, background=True)

    def save_cache(self) -> None:
        if self.cache is not None:
            self.cache.save()
