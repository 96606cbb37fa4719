"""Stages 1-4: every source read, cleaned and extracted (from the cache where it can be, on
every core when there are many), then indexed into one Site."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .cache import SourceCache, code_version
from .clean import assign_slugs, clean
from .corrections import correct
from .errors import BuildError, Problem
from .extract import extract
from .fingerprint import digest
from .index import index
from .model import Document, Extraction, Settings, Site
from .progress import Progress
from .read import digest_bytes, list_sources, read_bytes, read_source

PARALLEL_THRESHOLD = 200  # below this many sources (or pages) to do, a process pool costs more than it saves


@dataclass(frozen=True)
class Gathered:
    """Stages 1-4 done: the Site, what happened to each file, and the digest of each file's bytes."""

    site: Site
    processed: tuple[Processed, ...]
    cached: int
    digests: dict[str, str]  # source path -> digest of its bytes
    keys: dict[str, str]  # document id -> cache key: a digest of everything the document was made from


@dataclass(frozen=True)
class Processed:
    """Stages 1-3 for one file: the document and what it says, or why it was left out."""

    document: Document | None
    extraction: Extraction | None
    problems: tuple[Problem, ...]


def gather(settings: Settings, cache: SourceCache, known: dict[str, str] | None = None) -> Gathered:
    """Stages 1-4: every source read, cleaned and extracted (from the cache where it can be),
    then indexed into one Site. Every error in any source is reported together.

    `known` maps paths to the digest of their bytes when the caller has just read them or knows
    they have not changed (the preview server does, from file events), so a cached source is not
    read again.
    """
    listing = list_sources(settings.content)
    if any(not p.warning for p in listing.problems):
        raise BuildError(listing.problems)
    version = code_version()
    keys, digests, todo, results = {}, {}, [], {}
    for rel in listing.paths:
        raw = None
        if known and rel in known:
            digests[rel] = known[rel]
        else:
            try:
                raw = read_bytes(settings.content, rel)
            except OSError as exc:
                results[rel] = Processed(None, None, (Problem(rel, f"cannot read: {exc.strerror}"),))
                continue
            digests[rel] = digest_bytes(raw)
        keys[rel] = SourceCache.key(rel, digests[rel], settings.digest, version)
        hit = cache.get(keys[rel])
        if hit is not None:
            results[rel] = hit
        else:
            todo.append((rel, raw if raw is not None else read_bytes(settings.content, rel)))
    for rel, result in zip([r for r, _ in todo], process_all(todo, settings)):
        results[rel] = result
        if result.document is not None:
            cache.put(keys[rel], result)
    processed = [Processed(None, None, listing.problems)] if listing.problems else []
    processed += [results[rel] for rel in listing.paths]
    errors = [p for r in processed for p in r.problems if not p.warning]
    if errors:
        raise BuildError(errors)
    kept = [r for r in processed if r.document is not None]
    documents = assign_slugs([r.document for r in kept])
    by_source = {r.document.source: r.extraction for r in kept}
    extractions = {d.slug: by_source[d.source] for d in documents}
    site = index(settings, documents, extractions)
    doc_keys = {d.slug: document_key(keys[d.source], d.slug, extractions[d.slug], site.extractions[d.slug])
                for d in documents}
    return Gathered(site, tuple(processed), len(listing.paths) - len(todo), digests, doc_keys)


def document_key(source_key: str, slug: str, found: Extraction, indexed: Extraction) -> str:
    """What a document and its extraction were made from, as one key. The slug is assigned
    across documents, so it joins the source's own cache key; so does a person the index renamed
    across documents (a surname resolved to a full name elsewhere)."""
    renamed = "" if indexed is found else ":" + digest([p.key for p in indexed.people])
    return f"{source_key}:{slug}{renamed}"


def process_all(todo: list[tuple[str, bytes]], settings: Settings) -> list[Processed]:
    """Stages 1-3 for each file, on every core when there are many."""
    with Progress("extracting", len(todo)) as step:
        if len(todo) < PARALLEL_THRESHOLD or (os.cpu_count() or 1) < 2:
            results = []
            for rel, raw in todo:
                results.append(process(rel, raw, settings))
                step()
            return results
        # Workers get the settings once, not with every file; chunks keep pickling small.
        with ProcessPoolExecutor(initializer=remember_settings, initargs=(settings,)) as pool:
            chunk = max(1, min(64, len(todo) // ((os.cpu_count() or 2) * 4)))
            results = []
            for result in pool.map(process_in_worker, todo, chunksize=chunk):
                results.append(result)
                step()
            return results


_worker_settings: Settings | None = None


def remember_settings(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def process_in_worker(item: tuple[str, bytes]) -> Processed:
    return process(item[0], item[1], _worker_settings)


def process(rel: str, raw: bytes, settings: Settings) -> Processed:
    """Read, clean and extract one source, then apply the researcher's corrections."""
    source = read_source(rel, raw)
    if isinstance(source, Problem):
        return Processed(None, None, (source,))
    document = clean(source)
    extraction, corrections = correct(document, extract(document, settings), settings)
    return Processed(document, extraction, document.warnings + extraction.warnings + corrections)
