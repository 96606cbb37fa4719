"""The preview's rebuild: only what a change affects, into a folder that is updated in place.

Stages 1-3 come from an in-memory cache keyed by content hash (files the watcher did not report
are not even read again); the index and plan are recomputed whole (they are linear and cheap);
a page is rendered again only when the digest of its inputs (fingerprint.py) changed, and a file
is written only when its bytes changed. The result is byte for byte what a clean build writes.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass

from .cache import SourceCache
from .config import load_settings
from .model import Settings
from .pipeline import EXPORT, extra_files, gather, page_digests
from .plan import plan
from .render import asset_versions, make_environment, render
from .search import build_search_index
from .write import ASSETS, safe_join


@dataclass(frozen=True)
class Rebuild:
    """What one rebuild did, for its log line."""

    pages: int  # files rendered and found different
    removed: int
    rendered: int
    milliseconds: float


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
        self.site = None

    def rebuild(self, changed_sources: set[str] | None = None, config_changed: bool = False) -> Rebuild:
        """Bring the output up to date. `changed_sources` (paths relative to the content folder)
        are the sources the watcher saw change; None means anything may have changed."""
        started = time.perf_counter()
        if self.settings is None or config_changed:
            self.settings = load_settings(self.config, **self.overrides)
            self.settings = type(self.settings)(**{**self.settings.__dict__, "output": self.output})
        if self.cache is None:
            self.cache = SourceCache(self.settings.cache if self.disk_cache else None)
        known = None
        if changed_sources is not None:
            known = {rel: d for rel, d in self.digests.items() if rel not in changed_sources}
        gathered = gather(self.settings, self.cache, known)
        if not self.page_digests:
            shutil.rmtree(self.output, ignore_errors=True)  # a preview left by an earlier session
        site = gathered.site
        pages = plan(site)
        static = os.path.join(self.templates, "static")
        assets = asset_versions(static)
        wanted = page_digests(site, pages, self.templates, assets, gathered.keys)
        stale = [p for p in pages if self.page_digests.get(p.output_path) != wanted[p.output_path]]
        files = render(stale, site, self.templates, self.env, assets)
        if self.page_digests.get(EXPORT[0]) != wanted[EXPORT[0]]:
            files.update(extra_files(site))
        changed = sum(write_if_changed(self.output, rel, data) for rel, data in files.items())
        changed += sync_static(static, os.path.join(self.output, ASSETS))
        removed = remove_stale(self.output, set(self.page_digests) - set(wanted))
        self.page_digests, self.digests, self.site = wanted, gathered.digests, site
        return Rebuild(changed, removed, len(files), (time.perf_counter() - started) * 1000)

    def update_search_index(self):
        """Re-index the preview for search (slow at scale: the server runs it off the reload path)."""
        return build_search_index(self.output)

    def save_cache(self) -> None:
        if self.cache is not None:
            self.cache.save()


def write_if_changed(root: str, rel: str, data: bytes) -> bool:
    """Write `data` unless the file already holds it; atomically, so a reader never sees half."""
    path = safe_join(root, rel)
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return True


def sync_static(static: str, dest: str) -> int:
    """Copy changed static assets and remove deleted ones."""
    count, present = 0, set()
    for folder, _, files in os.walk(static):
        for name in files:
            src = os.path.join(folder, name)
            rel = os.path.relpath(src, static)
            present.add(rel)
            with open(src, "rb") as f:
                count += write_if_changed(dest, rel, f.read())
    for folder, _, files in os.walk(dest):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), dest)
            if rel not in present:
                os.remove(os.path.join(folder, name))
                count += 1
    return count


def remove_stale(root: str, gone: set[str]) -> int:
    """Delete the files of pages that no longer exist, and folders left empty."""
    for rel in gone:
        path = safe_join(root, rel)
        if os.path.exists(path):
            os.remove(path)
            folder = os.path.dirname(path)
            while folder != root and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
                folder = os.path.dirname(folder)
    return len(gone)
