"""The preview's rebuild after an edit to one source that reaches other pages (its title, date,
the people and places it names; a source added or deleted): spliced into the last Site from the
source's old and new facts (index_patch.py), the pages it reaches planned again (repage.py) and
rendered when their inputs changed."""

from __future__ import annotations

import os
import time

from .cache import SourceCache, code_version
from .export import previews_json
from .export_records import records_of
from .fingerprint import Inputs, template_digests
from .gather import document_key, process
from .index_patch import patched
from .per_site import known_plan
from .pipeline import EXPORT
from .plan import plan
from .preview_files import (
    listed,
    remove_stale,
    write_chunks_if_changed,
    write_if_changed,
)
from .read import digest_bytes, read_bytes
from .rebuild_log import PATCHED_EXPORT, Rebuild
from .render import asset_versions, render
from .repage import replanned


def rebuild_spliced(builder, rel: str) -> Rebuild | None:
    """Patch an edit to one source that reaches other pages (its title, date, the people
    and places it names; a source added or deleted) into the last Site (index_patch.py) and
    bring the pages it reaches up to date (repage.py); None when it reaches further than a
    patch knows (a surname that now resolves otherwise, a slug that shifts others', a theme
    change) or the source has a problem the full rebuild reports."""
    settings, doc_id = builder.settings, builder.slugs.get(rel)
    if builder.memory is None:
        return None
    theme = (template_digests(builder.templates), asset_versions(os.path.join(builder.templates, "static")))
    try:
        raw = read_bytes(settings.content, rel)
    except OSError:
        raw = None
    if theme != builder.theme or (raw is None and (doc_id is None or os.path.lexists(os.path.join(settings.content, rel)))):
        return None  # neither there nor gone: the full rebuild says what is wrong
    if doc_id is None and not listed(settings.content, rel):
        return None  # not a source (gather reports a skipped file)
    version = code_version()
    key = SourceCache.key(rel, digest_bytes(raw), settings.digest, version) if raw is not None else None
    now = (builder.cache.get(key) or process(rel, raw, settings)) if raw is not None else None
    before = builder.cache.get(SourceCache.key(rel, builder.digests[rel], settings.digest, version)) if doc_id else None
    if (now is not None and (now.document is None or any(not p.warning for p in now.problems))) or (
            doc_id is not None and before is None):
        return None
    clock = [("read", time.perf_counter())]
    done = patched(builder.site, builder.memory, doc_id, before and (before.document, before.extraction),
                   now and (now.document, now.extraction))
    clock.append(("index", time.perf_counter()))
    if done is None:
        return None
    site, memory = done
    slug = None if now is None else doc_id if doc_id in site.documents else next(
        s for s in set(site.documents) - set(builder.site.documents))
    reach = replanned(builder.site, site, doc_id, slug, memory)
    records = records_of(site, builder.records, reach.records)
    keys = {k: v for k, v in builder.keys.items() if k != doc_id}
    if now is not None:
        builder.cache.put(key, now)
        keys[slug] = document_key(key, slug, now.extraction, site.extractions[slug])
    pages = dict(builder.pages)
    for path, page in reach.pages:
        for name in (pages[path].inputs if path in pages else ()):
            builder.readers[name].discard(path)
        if page is None:
            pages.pop(path, None)
        else:
            pages[path] = page
            for name in page.inputs:
                builder.readers[name].add(path)
    inputs = Inputs(site, theme[0], theme[1], keys, builder.input_digests, reach.inputs)
    builder.patches += 1
    # a list of every source that certainly changed is not hashed (10,000 titles) to find out:
    # a marker no build makes has its pages rendered now, and by the next full rebuild
    inputs.memo.update({name: f"patched-{builder.patches}" for name in reach.certain})
    # the pages reading an input that did change: a place named by 8,000 sources has 80 parts
    # reading "place:taji", which a retitle leaves as it was
    changed_inputs = [name for name in reach.inputs
                      if builder.readers.get(name) and inputs.of(name) != builder.input_digests.get(name)]
    showing = {path for name in changed_inputs for path in builder.readers[name]}
    showing |= {path for path, page in reach.pages if page is not None}
    wanted = {k: v for k, v in builder.page_digests.items() if k not in EXPORT and k in pages}
    wanted.update({path: inputs.page(pages[path]) for path in showing})
    wanted.update(PATCHED_EXPORT)
    stale = [pages[path] for path in sorted(showing) if wanted[path] != builder.page_digests.get(path)]
    known_plan(site, plan(site, pages))
    clock.append(("plan, export, digests", time.perf_counter()))
    files = render(stale, site, builder.templates, builder.env, theme[1])
    clock.append(("render", time.perf_counter()))
    files[EXPORT[1]] = previews_json(site)
    changed = sum(write_if_changed(builder.output, rel_, data) for rel_, data in files.items())
    changed += write_chunks_if_changed(builder.output, EXPORT[0], records.chunks, builder.records.chunks)
    removed = remove_stale(builder.output, set(builder.page_digests) - set(wanted))
    clock.append(("write", time.perf_counter()))
    builder.site, builder.memory, builder.keys, builder.pages, builder.page_digests, builder.records = site, memory, keys, pages, wanted, records
    builder.input_digests.update(inputs.memo)
    if now is None:
        del builder.digests[rel], builder.slugs[rel]
    else:
        builder.digests[rel], builder.slugs[rel] = digest_bytes(raw), slug
    stages = tuple((name, (t - clock[i][1]) * 1000) for i, (name, t) in enumerate(clock[1:]))
    return Rebuild(changed, removed, len(files), 0.0, reindexed=False, spliced=True, stages=stages)
