"""The build, stage by stage: read, clean, extract, index (gather.py), plan, render, write."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from .cache import SourceCache, code_version
from .errors import BuildError, Problem
from .export import export_json, previews_json
from .fingerprint import Inputs, PageState, digest, template_digests
from .forked import in_child
from .gather import PARALLEL_THRESHOLD, gather
from .model import Settings, Site
from .plan import plan
from .progress import Progress
from .read import digest_bytes, list_sources, read_bytes
from .render import asset_versions, make_environment, render_each
from .search import build_search_index
from .write import build_lock, fill_tree, new_tree, swap_in, write_file


@dataclass(frozen=True)
class Report:
    """What a build did, for the closing summary."""

    sources: int
    skipped: int
    boilerplate: int
    pages: int
    files: int
    cached: int
    warnings: tuple[Problem, ...]
    candidates: tuple[tuple[str, int], ...]
    undated: int
    phase_conflicts: tuple[str, ...]  # source paths whose date and wording point to different phases
    seconds: float


def build(settings: Settings, templates: str, use_cache: bool = True, strict: bool = False) -> Report:
    """Build the whole site from `settings.content` into `settings.output`.

    With the cache, a build whose inputs (source bytes, settings, theme, code) are those of the
    last build into the same folder does nothing; otherwise a page whose own inputs did not
    change is linked from the previous output instead of rendered again.
    """
    started = time.perf_counter()
    state = settings.cache if use_cache else None
    previous = PageState.load(state, settings.output)
    static = os.path.join(templates, "static")
    assets = asset_versions(static)
    theme = template_digests(templates)
    # Reading every source up front only pays when this build may turn out to have nothing to
    # do; otherwise gather reads each file once and takes the same digests.
    sources = survey(settings) if previous.report else None                      # 1. which files, which bytes
    if sources is not None and previous.inputs_key == inputs_digest(sources, settings, theme, assets, strict):
        return Report(**{**previous.report, "pages": 0, "files": 0, "seconds": time.perf_counter() - started})
    output = os.path.abspath(settings.output)
    with build_lock(output):
        # Stages 1-7 run in a child process that exits once the site is written, so the Site, the
        # pages and the pools are out of memory before Pagefind, a build's largest process, has
        # grown; this process indexes the pages as soon as the last one is written.
        search = SearchIndex()
        try:
            made = in_child(lambda ready: make_site(settings, templates, theme, assets, previous, sources, strict,
                                                    use_cache, ready), search.start)
            indexing = search.wait()                                             # the search index
        except BaseException:
            search.discard()
            raise
        if made.fresh:
            swap_in(made.fresh, output)
    report = replace(made.report, warnings=made.report.warnings + indexing, seconds=time.perf_counter() - started)
    # The next build with the same inputs reports this build (all of it from the cache).
    remembered = {**report.__dict__, "cached": report.sources}
    PageState(settings.output, made.wanted, made.inputs_key, remembered).save(state)
    return report


@dataclass(frozen=True)
class Made:
    """Stages 1-7 done: what the build did, what each file was made from, and the new tree."""

    report: Report  # but the search index's warnings and the time
    wanted: dict[str, str]  # output path -> digest of what it is made from
    inputs_key: str
    fresh: str | None  # the folder to swap in for the output; None when the output already is this build's


def make_site(settings: Settings, templates: str, theme: dict[str, str], assets: dict[str, str], previous: PageState,
              sources: dict[str, str] | None, strict: bool, use_cache: bool, ready) -> Made:
    """Stages 1-7 into a fresh folder; ready((folder, pages changed)) once every page is there."""
    cache = SourceCache(settings.cache if use_cache else None)
    gathered = gather(settings, cache, known=sources)                            # 1-4. read, clean, extract, index
    inputs_key = inputs_digest(gathered.digests, settings, theme, assets, strict)
    site = gathered.site
    warnings = tuple(p for r in gathered.processed for p in r.problems if p.warning)
    if strict and (warnings or site.undated or site.place_candidates):
        raise BuildError(list(warnings) + strict_failures(site))
    pages = plan(site)                                                           # 5. plan
    # What each page is made from decides which pages to render again. With no earlier build
    # every page is rendered, so the digests wait until the pages are written: they are then
    # made while Pagefind indexes, on the core it leaves idle.
    wanted = page_digests(site, pages, theme, assets, gathered.keys) if previous.digests else None
    written = render_and_write(settings, templates, site, pages, wanted, previous, ready)  # 6-7. render, write
    if wanted is None:
        wanted = page_digests(site, pages, theme, assets, gathered.keys)
    report = Report(
        sources=len(site.documents),
        skipped=sum(1 for r in gathered.processed if r.document is None),
        boilerplate=sum(len(d.dropped) for d in site.documents.values()),
        pages=written.pages,
        files=written.files,
        cached=gathered.cached,
        warnings=warnings,
        candidates=site.place_candidates,
        undated=len(site.undated),
        phase_conflicts=tuple(site.documents[d].source for d, e in site.extractions.items() if e.phase.conflict),
        seconds=0.0,
    )
    cache.save()
    return Made(report, wanted, inputs_key, written.fresh)


class SearchIndex:
    """Pagefind over the new tree, in a thread of the building process, from the moment the child
    says every page is written (while it writes the data export and saves the cache)."""

    def __init__(self):
        self.folder: str | None = None
        self.thread: threading.Thread | None = None
        self.problems: list[Problem] = []

    def start(self, ready: tuple[str, bool]) -> None:
        self.folder, pages_changed = ready
        if pages_changed:
            self.thread = threading.Thread(target=self.run, args=(self.folder,), daemon=True)
            self.thread.start()

    def run(self, folder: str) -> None:
        self.problems.extend(p for p in [build_search_index(folder)] if p)

    def wait(self) -> tuple[Problem, ...]:
        if self.thread is not None:
            self.thread.join()
        return tuple(self.problems)

    def discard(self) -> None:
        """The build failed: wait for Pagefind, then remove the half-made tree."""
        self.wait()
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class Written:
    pages: int  # HTML pages rendered
    files: int  # files written (the rest linked from the previous output)
    fresh: str | None  # the new tree; None when nothing needed writing


def render_and_write(settings: Settings, templates: str, site: Site, pages, wanted: dict[str, str] | None,
                     previous: PageState, ready) -> Written:
    """Render the pages whose inputs changed (all of them when `wanted` is None) and write them
    with everything else into a fresh folder to be swapped in for the output; unchanged files are
    linked from the previous output. ready((folder, pages changed)) once every page is there,
    before the data export is written."""
    reuse = previous.unchanged(wanted) if wanted is not None else set()
    stale = [p for p in pages if p.output_path not in reuse]
    exporting = not reuse.issuperset(EXPORT)
    pages_changed = any(p.output_path.endswith(".html") for p in stale) or not previous.digests
    if not pages_changed:
        reuse |= previous.search_index()
    if previous.digests and not (stale or exporting or not reuse.issuperset(wanted)):
        return Written(0, 0, None)  # the output already is this build's
    output = os.path.abspath(settings.output)
    fresh = new_tree(output)
    try:
        with Progress("rendering", len(stale)) as step:
            write_pages(stale, site, templates, fresh, step)
        written = {p.output_path for p in stale}
        fill_tree(fresh, output, os.path.join(templates, "static"), reuse - written - (set(EXPORT) if exporting else set()))
        ready((fresh, pages_changed))
        if exporting:
            extras = extra_files(site)
            for rel in sorted(extras):
                write_file(fresh, rel, extras[rel])
            written |= set(extras)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return Written(sum(1 for p in stale if p.output_path.endswith(".html")), len(written), fresh)


RENDER_CHUNK = 64  # pages per task: few round trips, and the progress line still moves


def write_pages(pages: list, site: Site, templates: str, folder: str, step=lambda count=1: None) -> None:
    """Render each page and write it into `folder`; on every core when there are many. Workers
    are forked, so the Site they are started with is shared, never pickled; each writes the pages
    it renders, so only pages go out and no page's bytes come back."""
    cores = os.cpu_count() or 1
    if len(pages) < PARALLEL_THRESHOLD or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for rel, data in render_each(pages, site, templates):
            write_file(folder, rel, data)
            step()
        return
    chunks = [pages[i:i + RENDER_CHUNK] for i in range(0, len(pages), RENDER_CHUNK)]
    with ProcessPoolExecutor(max_workers=cores, mp_context=multiprocessing.get_context("fork"),
                             initializer=prepare_renderer, initargs=(site, templates, folder)) as pool:
        for count in pool.map(write_in_worker, chunks):
            step(count)


_renderer: tuple | None = None  # in a render worker: the Site, templates, Jinja environment, assets
_folder: str | None = None  # in a render worker: the folder it writes into


def prepare_renderer(site: Site, templates: str, folder: str) -> None:
    global _renderer, _folder
    _renderer = (site, templates, make_environment(templates), asset_versions(os.path.join(templates, "static")))
    _folder = folder


def write_in_worker(pages: list) -> int:
    for rel, data in render_each(pages, *_renderer):
        write_file(_folder, rel, data)
    return len(pages)


def inputs_digest(sources: dict[str, str], settings: Settings, theme: dict[str, str], assets: dict[str, str],
                  strict: bool) -> str:
    """Everything a build reads, as one digest: equal to the last build's, there is nothing to do."""
    return digest(sources, repr(settings), theme, assets, code_version(), strict)


def survey(settings: Settings) -> dict[str, str]:
    """Every source's path and the digest of its bytes: what decides whether anything changed.
    Problems with the content folder are raised by gather, which lists it again."""
    listing = list_sources(settings.content)
    digests = {}
    for rel in listing.paths:
        try:
            digests[rel] = digest_bytes(read_bytes(settings.content, rel))
        except OSError:
            pass  # gather reports it, naming the file
    return digests


EXPORT = ("data/sourcebook.json", "data/previews.json", ".nojekyll")


def page_digests(site: Site, pages, templates: dict[str, str], assets: dict[str, str], keys: dict[str, str]) -> dict[str, str]:
    """Output path -> digest of what it is made from, for every file the build writes but assets;
    `templates` are fingerprint.template_digests of the theme."""
    inputs = Inputs(site, templates, assets, keys)
    return with_export_key({page.output_path: inputs.page(page) for page in pages})


def with_export_key(wanted: dict[str, str]) -> dict[str, str]:
    """The pages' digests and the export's: the export shows what every page shows."""
    export_key = digest(sorted(wanted.items()))
    return {**wanted, **{name: export_key for name in EXPORT}}


def extra_files(site: Site, export: bytes | None = None) -> dict[str, bytes]:
    """Files that are not pages: the data export (`export` if the caller made it already), link
    previews and GitHub Pages' marker."""
    return {"data/sourcebook.json": export if export is not None else export_json(site),
            "data/previews.json": previews_json(site), ".nojekyll": b""}


def strict_failures(site: Site) -> list[Problem]:
    out = [Problem(site.documents[d].source, "no date found (strict)") for d in site.undated]
    out += [Problem("site.yaml", f"place candidate not in the gazetteer: {name} (strict)") for name, _ in site.place_candidates]
    return out
