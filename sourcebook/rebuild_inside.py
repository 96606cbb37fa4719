"""The preview's rebuild after an edit that stays inside its sources (their wording, a quote, a
sentence naming a place; not what index.shared_facts reads): each is patched into the last Site
(edit_inside.py) and only the pages that show it are rendered again."""

from __future__ import annotations

import os
from dataclasses import replace

from .cache import SourceCache, code_version
from .edit_inside import shared_facts, with_document_replaced
from .export_records import records_of
from .fingerprint import Inputs, template_digests
from .gather import document_key, process
from .pipeline import EXPORT
from .plan import part_of
from .preview_files import write_chunks_if_changed, write_if_changed
from .read import digest_bytes, read_bytes
from .rebuild_log import PATCHED_EXPORT, Rebuild
from .render import asset_versions, render


def rebuild_inside(builder, changed_sources: set[str]) -> Rebuild | None:
    """Patch sources whose edit stays inside them into the last Site and re-render the pages
    that show them (their own, and the pages of the places and people they name, which show
    their sentences and quotes); None when a change reaches further (a new, deleted or
    retitled source, a changed date, people, speakers or places, a theme change)."""
    settings = builder.settings
    static = os.path.join(builder.templates, "static")
    theme = (template_digests(builder.templates), asset_versions(static))
    if theme != builder.theme:
        return None
    site, keys, digests, touched = builder.site, dict(builder.keys), dict(builder.digests), set()
    version = code_version()
    for rel in sorted(changed_sources):
        slug = builder.slugs.get(rel)
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
        now = builder.cache.get(key) or process(rel, raw, settings)
        before = builder.cache.get(SourceCache.key(rel, digests[rel], settings.digest, version))
        if now.document is None or before is None or any(not p.warning for p in now.problems):
            return None  # the full rebuild reports the problem, or finds what the cache lost
        document = replace(now.document, slug=slug)
        if now.document.slug != before.document.slug:
            return None  # a new slug in the front matter: a new address, index_patch's to give
        if shared_facts(document, now.extraction) != shared_facts(replace(before.document, slug=slug), before.extraction):
            return None
        builder.cache.put(key, now)
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
    showing = {path: builder.pages[path] for name in sorted(touched) for path in builder.readers.get(name, ())}
    wanted = {k: v for k, v in builder.page_digests.items() if k not in EXPORT}
    wanted.update({path: inputs.page(page) for path, page in showing.items()})
    wanted.update(PATCHED_EXPORT)
    stale = [p for path, p in showing.items() if wanted[path] != builder.page_digests[path]]
    files = render(stale, site, builder.templates, builder.env, theme[1])
    records = records_of(site, builder.records, {n[len("document:"):] for n in touched if n.startswith("document:")})
    changed = sum(write_if_changed(builder.output, rel, data) for rel, data in files.items())
    changed += write_chunks_if_changed(builder.output, EXPORT[0], records.chunks, builder.records.chunks)
    builder.site, builder.keys, builder.digests, builder.page_digests, builder.records = site, keys, digests, wanted, records
    builder.input_digests.update(inputs.memo)
    return Rebuild(changed, 0, len(files), 0.0, reindexed=False)
